"""A typeset notebook: written lines revealed in an italic serif on the open pages.

This is the fallback behind the stroke-by-stroke pen (`game.pen`): it is used when the
pen cannot be built (stroke data missing) so the story still plays, and it shares the
pen notebook's small interface, so the story scene does not care which one it has.
"""

from __future__ import annotations

from collections.abc import Sequence

import pygame

from game.pen.notebook import PenEvent
from game.text.fonts import Fonts
from game.text.layout import split_visible, wrap
from game.text.typewriter import Typewriter

PAGE = (236, 224, 196)
LEATHER = (70, 38, 24)


class PlainNotebook:
    def __init__(self, fonts: Fonts) -> None:
        self.fonts = fonts
        self.lines: list[tuple[str, tuple[int, int, int]]] = []
        self.current: Typewriter | None = None
        self.ink: tuple[int, int, int] = (30, 36, 60)
        self.started = 0.0
        self.t = 0.0
        self.cps = 13.0
        self.forced = False
        self.open = True

    def write(self, text: str, hand: str, ink: tuple[int, int, int] | None = None, line_seed: int = 0,
              at: float | None = None) -> None:
        if self.current is not None:
            self.lines.append((self.current.text, self.ink))
        self.current = Typewriter(text, self.cps)
        self.ink = ink or (30, 36, 60)
        self.started = self.t if at is None else at
        self.forced = False
        self.open = True

    def restore(self, lines: Sequence[tuple[str, str, tuple[int, int, int] | None, int] | None]) -> None:
        self.lines = [(e[0], e[2] or (30, 36, 60)) for e in lines if e is not None]
        self.current = None

    def update(self, t: float, cps: float) -> list[PenEvent]:
        self.t = t
        if self.current is not None and self.current.cps != cps:
            self.current = Typewriter(self.current.text, cps)
        self.cps = cps
        return []

    def duration(self, cps: float) -> float:
        return Typewriter(self.current.text, cps).duration if self.current else 0.0

    @property
    def done(self) -> bool:
        return self.current is None or self.forced or self.current.visible(self.t - self.started) >= len(self.current.text)

    def complete(self) -> None:
        self.forced = True

    def set_open(self, open_: bool, t: float) -> None:
        self.open = open_

    def turn_page(self, t: float) -> None:
        self.lines.clear()

    def visible(self, t: float) -> bool:
        return self.open

    def page_ink(self, page: int, size: tuple[int, int]) -> pygame.Surface | None:
        return None  # the typeset fallback leaves the room's notebook bare

    def draw(self, surface: pygame.Surface, rect: pygame.Rect, t: float, transcription: bool,
             pen: bool = True) -> None:
        scale = rect.width / 1240
        pygame.draw.rect(surface, LEATHER, rect, border_radius=round(18 * scale))
        inner = rect.inflate(round(-36 * scale), round(-36 * scale))
        pygame.draw.rect(surface, PAGE, inner, border_radius=round(6 * scale))
        pygame.draw.line(surface, (200, 186, 158), (inner.centerx, inner.top), (inner.centerx, inner.bottom), 2)
        font = self.fonts.get("serif_italic", 40, scale)
        x = inner.centerx + round(36 * scale)
        width = inner.right - x - round(30 * scale)
        y = inner.top + round(40 * scale)
        entries = [(text, ink, len(text)) for text, ink in self.lines[-4:]]
        if self.current is not None:
            shown = len(self.current.text) if self.forced else self.current.visible(t - self.started)
            entries.append((self.current.text, self.ink, shown))
        for text, ink, visible in entries:
            for line in split_visible(wrap(text, width, lambda s: font.size(s)[0]), visible):
                surface.blit(font.render(line, True, ink), (x, y))
                y += round(50 * scale)
            y += round(14 * scale)
