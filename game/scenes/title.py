"""The title card and the ending card, both over the living room.

The title shows the room as the story opens (its first staging block, replayed), the
title and subtitle fading in, and what a player can do: begin, continue, choose a
chapter, change settings, quit. The ending shows the room as
the story leaves it (golden glow, the rain gone) and returns to the title by itself.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pygame

from game.credits import Section, credits_path, load_credits
from game.scenes.base import Scene
from game.scenes.ui import CREAM, Veil
from game.scenes.vignette import Box, Vignette
from game.story.director import Director
from game.story.stage import Stage
from game.view import LOGICAL_W, View, camera_view

if TYPE_CHECKING:
    from game.context import Context
    from game.text.fonts import Fonts

TITLE_HOLD = 2.0  # seconds before the invitation appears
ENDING_HOLD = 14.0  # seconds before the ending returns to the title by itself


def opening_stage(ctx: Context) -> Stage:
    d = Director(ctx.script)
    d.start(-1e6)
    d.stage.settle(-1e6)
    return d.stage


def closing_stage(ctx: Context) -> Stage:
    d = Director(ctx.script)
    d.goto_line(d.total_lines, -1e6)
    d.advance(-1e6)
    d.stage.settle(-1e6)
    return d.stage


# the title's and the ending's words sit in clear space: the bare wall above the fireplace
# (logical px of the wide shot), not across the two of them in the middle of the room
WORDS_X = 1545
TITLE_Y, SUBTITLE_Y = 118, 196
COUPLE_AT = (470.0, 520.0)  # logical px of the embracing couple in the closing wide
CREDITS_X = 1290.0  # logical x of the credits column at most (the couple sit left of 700)
CREDITS_MARGIN = 60.0  # logical px kept clear of the right edge
CREDITS_AT = 6.0  # seconds into the ending when the credits card begins to come up
# the title's choices: on the bare wall between the left sconce and the clock, clear of both of them
ITEMS_X, ITEMS_Y = 805, 395  # logical centre of the first item
ITEM_H = 56
BACKING_W = 460  # logical width of the soft shadow behind the choices


@dataclass(frozen=True)
class Item:
    label: str
    choose: Callable[[], None]


class TitleScene(Scene):
    """The title over the opening room: Begin (or Continue and Begin anew), Chapters once the
    story has been finished, Settings, Quit. Mouse, touch, keys and a controller all work:
    up and down choose, advance takes the chosen item; a click beside the items takes the
    first. In kiosk mode there is nothing to choose: a touch anywhere begins."""

    def __init__(self, ctx: Context) -> None:
        super().__init__()
        self.ctx = ctx
        self.stage = opening_stage(ctx)
        self.saved = ctx.saves.load()
        self.veil = Veil()
        self._pool: pygame.Surface | None = None  # the shadow behind the choices
        self.items = self._items()
        self.selected = 0
        self._kept = False  # the first frame kept for the next start (ctx.title_frame)

    def _items(self) -> list[Item]:
        w, ctx = self.ctx.words, self.ctx
        if ctx.kiosk:
            return [Item(w.touch_to_begin, lambda: self._begin(None))]
        saved = self.saved
        items = ([Item(w.continue_, lambda: self._begin(saved.line)), Item(w.begin_anew, lambda: self._begin(None))]
                 if saved is not None else [Item(w.begin, lambda: self._begin(None))])
        if ctx.seen.endings > 0 and ctx.script.chapters:
            items.append(Item(w.chapters, self._chapters))
        items.append(Item(w.settings, self._settings))
        items.append(Item(w.quit, self._quit))
        return items

    def _begin(self, line: int | None) -> None:
        if self.stack is None:
            return
        # at once, even while the pen's stamps still warm (a thread: the story never waits for it)
        self.stack.fade_to(self.ctx.scenes.story(line), 1.6)

    def _chapters(self) -> None:
        if self.stack is not None:
            self.stack.push(self.ctx.scenes.chapters())

    def _settings(self) -> None:
        if self.stack is not None:
            self.stack.push(self.ctx.scenes.menu(None))

    def _quit(self) -> None:
        if self.stack is not None:
            self.stack.requests.append("quit")

    def update(self, dt: float) -> None:
        super().update(dt)
        self.ctx.on_room_frame(self.stage.at(self.t), self.t, dt)

    # (no `ahead`: the title's room made while the story or the ending fades out took its first frame
    # 149 -> 92 ms at 1080p, under the fade's full black, but the kiosk, reset to the title all day, then
    # held 5 MB more at its high-water mark: its 4 deterministic hours' max RSS 236.6 -> 241.5, twice; stop 43)

    def _item_at(self, pointer: tuple[float, float] | None) -> int | None:
        if pointer is None:
            return None
        k = round((pointer[1] - ITEMS_Y) / ITEM_H)
        if 0 <= k < len(self.items) and abs(pointer[1] - (ITEMS_Y + k * ITEM_H)) < ITEM_H / 2 \
                and abs(pointer[0] - ITEMS_X) < 220:
            return k
        return None

    def action(self, name: str) -> None:
        if self.t < 0.6 or self.stack is None:
            return
        if name in ("up", "down", "left", "right"):
            step = -1 if name in ("up", "left") else 1
            self.selected = (self.selected + step) % len(self.items)
        elif name == "advance":
            pointer = self.stack.pointer
            at = self._item_at(pointer)
            self.items[at if at is not None else (self.selected if pointer is None else 0)].choose()

    def draw(self, surface: pygame.Surface) -> None:
        self.ctx.renderer.draw(surface, self.stage.at(self.now), self.now)
        self.veil.draw(surface, 110)
        fade = min(1.0, self.now / 1.8)
        script = self.ctx.script
        text_at(surface, self.ctx.fonts, "serif", 76, script.title, WORDS_X, TITLE_Y, CREAM, fade)
        text_at(surface, self.ctx.fonts, "serif_italic", 30, script.subtitle, WORDS_X, SUBTITLE_Y, (214, 190, 160),
                min(1.0, max(0.0, (self.now - 0.8) / 1.8)))
        if self.ctx.title_frame is not None and not self._kept:  # the next start opens on this frame
            self._kept = True
            window = pygame.display.get_surface()
            if window is not None:
                from game.firstframe import keep

                keep(window, self.ctx.title_frame)
        if self.now < TITLE_HOLD:
            return
        pulse = 0.82 + 0.18 * math.sin((self.now - TITLE_HOLD) * 2.2)  # the chosen item breathes, never fades
        appear = min(1.0, (self.now - TITLE_HOLD) / 1.0)
        self._backing(surface, appear)
        for k, item in enumerate(self.items):
            chosen = k == self.selected
            colour = (236, 212, 170) if chosen else (176, 150, 120)
            text_at(surface, self.ctx.fonts, "serif_italic", 40 if chosen else 36, item.label, ITEMS_X,
                    ITEMS_Y + k * ITEM_H, colour, appear * (pulse if chosen else 0.9))

    def _backing(self, surface: pygame.Surface, alpha: float) -> None:
        """A soft pool of shadow behind the choices (no hard panel over the painting), so they sit
        on the wall as a block of their own instead of floating on the wallpaper."""
        import numpy as np

        w = surface.get_width()
        scale = w / 1920
        rows = max(1, len(self.items))
        size = (round(BACKING_W * scale), round((ITEM_H * rows + 90) * scale))
        if self._pool is None or self._pool.get_size() != size:
            x = np.linspace(-1.0, 1.0, size[0])[:, None]
            y = np.linspace(-1.0, 1.0, size[1])[None, :]
            pool = pygame.Surface(size, pygame.SRCALPHA)
            pool.fill((6, 3, 4, 255))
            a = pygame.surfarray.pixels_alpha(pool)
            a[...] = (150.0 * np.clip(1.0 - (x ** 2 + y ** 2), 0.0, 1.0) ** 1.6).astype(np.uint8)
            del a
            self._pool = pool
        self._pool.set_alpha(round(255 * max(0.0, min(1.0, alpha))))
        cy = ITEMS_Y + ITEM_H * (rows - 1) / 2
        surface.blit(self._pool, (round(ITEMS_X * scale - size[0] / 2), round(cy * scale - size[1] / 2)))


ENDING_DARK = (26, 11, 5)  # the darkness the ending's room falls into (warm, as the candles leave it)


FLAME_HOLE = 24.0  # logical px: the darkness thins round a candle's flame (the flame and its wick, not the stone round it)
FIRE_HOLE = 95.0  # logical px: round the hearth's fire (its flames and logs, not the mantel beside it)
FLAME_ABOVE_LIGHT = 18.0  # room px the flame's heart stands above the map's light point


def _ending_view(ctx: Context, stage: Stage) -> View:
    """The ending's camera: its shot through the last line's pull-back, settled."""
    snap = stage.at(0.0)
    shot = ctx.room.shots.get(snap.shot.value) or ctx.room.shots["wide"]
    box = (shot.rect.x, shot.rect.y, shot.rect.w, shot.rect.h)
    x, y, w, _ = snap.move.framing(box, math.inf) if snap.move is not None else box
    return camera_view(x, y, w, LOGICAL_W)


def ending_lights(ctx: Context, stage: Stage) -> list[tuple[float, float, float]]:
    """The ending's flames (candles and the fire) in logical px of its shot, with the radius the
    darkness thins round each: the candles go on burning as the room falls dark (review11:
    without this the side table's flames went out and their wax read blue-grey by 6 s)."""
    view = _ending_view(ctx, stage)
    lights = []
    for light in ctx.room.lights:
        if light.kind not in ("candle", "fire"):
            continue
        x, y = view.pt(light.x, light.y - (FLAME_ABOVE_LIGHT if light.kind == "candle" else 0.0))
        hole = FLAME_HOLE if light.kind == "candle" else FIRE_HOLE
        lights.append((x, y, view.len(hole)))
    return lights


WICK = 6.0  # room px atop each wax rect (game/fx/candles.py `wax_rects`): the wick, the flame's, not the wax's
FLAME_BOX = (4.0, 30.0)  # room px: the flame's box over the wax top, wider each side, tall


def ending_candles(ctx: Context, stage: Stage) -> tuple[list[Box], list[Box]]:
    """The ending's candles' wax and flames (logical px boxes of its shot, as the candles have burnt
    down by then): the candlelight's cut spares them and draws them in their own colours (review14
    #5: under the orange halo the white wax read peach, and the pale flames drowned)."""
    view = _ending_view(ctx, stage)
    burn = min(1.0, max(0.0, stage.at(0.0).candles))
    side, tall = FLAME_BOX
    wax, flames = [], []
    for x, y, w, h in ctx.renderer.layers.fx.candles.wax_rects(burn):
        top = y + WICK
        wax.append((*view.pt(x, top), view.len(w), view.len(h - WICK)))
        flames.append((*view.pt(x - side, top - tall), view.len(w + 2 * side), view.len(tall)))
    return wax, flames


def room_steps(ctx: Context, stage: Stage, canvas: tuple[int, int]) -> Iterator[str]:
    """The steps that make a room scene's shot on a `canvas` as its first frame draws `stage` (a camera
    move settled, as the ending's: game/room/render.py `prepare_steps`); none without a room renderer."""
    renderer = ctx.renderer
    if renderer.layers is None:
        return iter(())
    snap = stage.at(0.0)
    shot = renderer.room.shots.get(snap.shot.value)
    if shot is None:
        return iter(())
    settled = None
    if snap.move is not None and renderer.moves.wants(renderer, snap.shot.value, snap):  # (drawn settled)
        settled = snap.move.framing_at((shot.rect.x, shot.rect.y, shot.rect.w, shot.rect.h), 1.0)
    return renderer.prepare_steps(snap.shot.value, snap, canvas, settled=settled)


class EndingScene(Scene):
    def __init__(self, ctx: Context) -> None:
        super().__init__()
        self.ctx = ctx
        self.stage = closing_stage(ctx)
        self.left = False
        self.veil = Veil()
        # the room falls dark around the two of them, into a warm candlelit brown: a fade toward black
        # kept each colour's hue at a fifth of its light, where the beige stone and the flames read
        # olive and blue-grey beside the red room (review11)
        wax, flames = ending_candles(ctx, self.stage)
        self.shade = Vignette(COUPLE_AT, colour=ENDING_DARK, lights=ending_lights(ctx, self.stage),
                              bodies=wax, flames=flames)
        self.credits: tuple[Section, ...] = load_credits(credits_path(Path(ctx.script.file), ctx.assets.scenes))

    def ahead(self, canvas: tuple[int, int]) -> Iterator[str] | None:
        """The vignette, then the closing shot's art (settled, as the ending draws it), made while the
        story fades out: in the ending's first frame they were the whole story's worst (stop 43)."""
        return itertools.chain(self.shade.steps(canvas), room_steps(self.ctx, self.stage, canvas))

    def _leave(self) -> None:
        if not self.left and self.stack is not None:
            self.left = True
            self.stack.fade_to(self.ctx.scenes.title(), 2.4)

    def action(self, name: str) -> None:
        if name == "advance" and self.t >= 1.5:
            self._leave()

    def update(self, dt: float) -> None:
        super().update(dt)
        self.ctx.on_room_frame(self.stage.at(self.t), self.t, dt)
        if self.t >= ENDING_HOLD:
            self._leave()

    def draw(self, surface: pygame.Surface) -> None:
        self.ctx.renderer.draw(surface, self.stage.at(self.now), self.now)
        card = min(1.0, max(0.0, (self.now - CREDITS_AT) / 1.5)) if self.credits else 0.0
        self.shade.draw(surface, round(215 * min(1.0, self.now / 4.0)))  # the edges first, the couple kept
        self.veil.draw(surface, round(20 + 130 * card))
        # "The End" is the ending's word (the title, smaller, signs under it): not the title card again
        a = min(1.0, max(0.0, (self.now - 0.8) / 2.5)) * (1 - card)
        text_at(surface, self.ctx.fonts, "serif_italic", 80, self.ctx.words.the_end, WORDS_X, TITLE_Y, CREAM, a)
        text_at(surface, self.ctx.fonts, "serif", 34, self.ctx.script.title, WORDS_X, SUBTITLE_Y,
                (214, 190, 160), min(1.0, max(0.0, (self.now - 2.0) / 2.5)) * (1 - card))
        if card > 0:
            self._draw_credits(surface, card)

    def credits_x(self, scale: float) -> float:
        """The logical x the credits are centred on: right of the embracing couple (on the sofa,
        logical x 380-700 in the closing wide), as far right as the widest line allows."""
        fonts = self.ctx.fonts
        widest = max([fonts.text("serif", 25, scale, line, CREAM).get_width() / scale
                      for section in self.credits for line in section.lines] or [0.0])
        return max(960.0, min(CREDITS_X, 1920.0 - CREDITS_MARGIN - widest / 2))

    def _draw_credits(self, surface: pygame.Surface, alpha: float) -> None:
        """The credits card: the title, then each section's heading and lines, centred on a
        column in the clear wall right of the couple (never across their heads)."""
        rows = 1 + sum(2 + len(s.lines) for s in self.credits)
        y = 540 - rows * 38 / 2
        fonts = self.ctx.fonts
        cx = self.credits_x(surface.get_width() / 1920)
        text_at(surface, fonts, "serif", 44, self.ctx.script.title, cx, y, CREAM, alpha)
        y += 70
        for section in self.credits:
            text_at(surface, fonts, "serif_italic", 30, section.heading, cx, y, (222, 184, 120), alpha)
            y += 42
            for line in section.lines:
                text_at(surface, fonts, "serif", 25, line, cx, y, (226, 212, 190), alpha)
                y += 34
            y += 30


def text_at(surface: pygame.Surface, fonts: Fonts, role: str, size: float, text: str, cx: float, cy: float,
            colour: tuple[int, int, int], alpha: float = 1.0) -> None:
    """A run of text centred on the logical point (cx, cy)."""
    if alpha <= 0.0:
        return
    scale = surface.get_width() / 1920
    run = fonts.text(role, size, scale, text, colour)
    run.set_alpha(round(255 * min(1.0, alpha)))
    surface.blit(run, (round(cx * scale - run.get_width() / 2), round(cy * scale - run.get_height() / 2)))
    run.set_alpha(255)  # the run is shared; set_alpha(None) would drop its per-pixel alpha
