"""The operator panel: a small overlay for whoever looks after the exhibit.

Opened only by the operator chord, never by a visitor. It is a scene (transparent, so
the story stays visible behind it) listing `Control`s: adjusters with large - and +
targets and plain buttons. It knows nothing about what the controls do; kiosk mode
builds them with callbacks. Operable by touch (`tap` at a logical 1920x1080 point) and by
keyboard (`key`: arrows, Enter, Esc). There are no hover states: a highlighted row is
the keyboard focus, which a tap also moves.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pygame

from game.scenes.base import Scene
from game.scenes.ui import CREAM
from game.text.fonts import Fonts

GOLD = (200, 160, 96)
CARD = pygame.Rect(510, 120, 900, 0)  # height follows the rows
ROW_TOP = 150
ROW_H = 100
TARGET_H = 80
STATUS_H = 44


@dataclass
class Control:
    """One row: an adjuster (`step(-1 | +1)`) or a button (`press()`)."""

    label: str
    value: Callable[[], str] = lambda: ""
    step: Callable[[int], None] | None = None
    press: Callable[[], None] | None = None


class OperatorPanel(Scene):
    opaque = False

    def __init__(self, fonts: Fonts, controls: list[Control], status: Callable[[], list[str]],
                 on_close: Callable[[], None]) -> None:
        super().__init__()
        self.fonts = fonts
        self.controls = controls
        self.status = status
        self.on_close = on_close
        self.focus = 0

    # --- geometry (logical units) -----------------------------------------------------------

    def card(self) -> pygame.Rect:
        height = ROW_TOP + ROW_H * len(self.controls) + STATUS_H * 3 + 30
        return pygame.Rect(CARD.x, CARD.y, CARD.w, height)

    def targets(self, index: int) -> dict[str, pygame.Rect]:
        card = self.card()
        y = card.y + ROW_TOP + index * ROW_H
        if self.controls[index].step is not None:
            return {"minus": pygame.Rect(card.x + 470, y, 100, TARGET_H),
                    "plus": pygame.Rect(card.right - 140, y, 100, TARGET_H)}
        return {"press": pygame.Rect(card.x + 40, y, card.w - 80, TARGET_H)}

    # --- input ------------------------------------------------------------------------------

    def tap(self, x: float, y: float) -> None:
        if not self.card().collidepoint(x, y):
            self.on_close()
            return
        for i, control in enumerate(self.controls):
            for name, rect in self.targets(i).items():
                if rect.inflate(20, 16).collidepoint(x, y):
                    self.focus = i
                    if name == "press" and control.press is not None:
                        control.press()
                    elif control.step is not None:
                        control.step(-1 if name == "minus" else 1)
                    return

    def key(self, key: int) -> None:
        control = self.controls[self.focus]
        if key == pygame.K_ESCAPE:
            self.on_close()
        elif key in (pygame.K_UP, pygame.K_DOWN):
            self.focus = (self.focus + (1 if key == pygame.K_DOWN else -1)) % len(self.controls)
        elif key in (pygame.K_LEFT, pygame.K_RIGHT, pygame.K_MINUS, pygame.K_PLUS, pygame.K_EQUALS):
            if control.step is not None:
                control.step(1 if key in (pygame.K_RIGHT, pygame.K_PLUS, pygame.K_EQUALS) else -1)
        elif key in (pygame.K_RETURN, pygame.K_KP_ENTER, pygame.K_SPACE) and control.press is not None:
            control.press()

    # --- drawing ----------------------------------------------------------------------------

    def _text(self, surface: pygame.Surface, scale: float, text: str, size: int, pos: tuple[float, float],
              colour: tuple[int, int, int], anchor: str = "midleft", italic: bool = False) -> None:
        run = self.fonts.get("serif_italic" if italic else "serif", size, scale).render(text, True, colour)
        rect = run.get_rect(**{anchor: (round(pos[0] * scale), round(pos[1] * scale))})
        surface.blit(run, rect)

    def draw(self, surface: pygame.Surface) -> None:
        scale = surface.get_width() / 1920

        def px(r: pygame.Rect) -> pygame.Rect:
            return pygame.Rect(round(r.x * scale), round(r.y * scale), round(r.w * scale), round(r.h * scale))

        veil = pygame.Surface(surface.get_size(), pygame.SRCALPHA)
        veil.fill((6, 4, 5, 150))
        card = self.card()
        pygame.draw.rect(veil, (20, 14, 14, 235), px(card), border_radius=max(1, round(18 * scale)))
        pygame.draw.rect(veil, (*GOLD, 255), px(card), max(1, round(2 * scale)), border_radius=max(1, round(18 * scale)))
        surface.blit(veil, (0, 0))
        self._text(surface, scale, "Operator", 54, (card.centerx, card.y + 70), CREAM, "center")
        for i, control in enumerate(self.controls):
            y = card.y + ROW_TOP + i * ROW_H + TARGET_H / 2
            focused = i == self.focus
            ink = CREAM if focused else (190, 176, 156)
            targets = self.targets(i)
            for name, rect in targets.items():
                width = max(1, round((3 if focused else 1) * scale))
                pygame.draw.rect(surface, GOLD if focused else (110, 90, 70), px(rect), width,
                                 border_radius=max(1, round(10 * scale)))
                if name != "press":
                    self._text(surface, scale, "−" if name == "minus" else "+", 56, rect.center, ink, "center")
            if control.step is not None:
                self._text(surface, scale, control.label, 38, (card.x + 50, y), ink)
                middle = (targets["minus"].right + targets["plus"].left) / 2
                self._text(surface, scale, control.value(), 38, (middle, y), ink, "center")
            else:
                self._text(surface, scale, control.label, 38, (card.centerx, y), ink, "center")
        top = card.y + ROW_TOP + ROW_H * len(self.controls) + 10
        for j, line in enumerate(self.status()[:3]):
            self._text(surface, scale, line, 26, (card.x + 50, top + j * STATUS_H), (170, 150, 128), italic=True)
