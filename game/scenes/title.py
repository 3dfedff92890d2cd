"""The title card and the ending card, both over the living room.

The title shows the room as the story opens (its first staging block, replayed), the
title and subtitle fading in, and an invitation to begin. The ending shows the room as
the story leaves it (golden glow, the rain gone) and returns to the title by itself.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import pygame

from game.scenes.base import Scene
from game.scenes.ui import CREAM, Veil, draw_text_centered
from game.story.director import Director
from game.story.stage import Stage

if TYPE_CHECKING:
    from game.context import Context

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


CONTINUE_Y = 730
ANEW_Y = 800


class TitleScene(Scene):
    def __init__(self, ctx: Context) -> None:
        super().__init__()
        self.ctx = ctx
        self.stage = opening_stage(ctx)
        self.saved = ctx.saves.load()
        self.veil = Veil()

    def update(self, dt: float) -> None:
        super().update(dt)
        self.ctx.on_room_frame(self.stage.at(self.t), self.t, dt)

    def action(self, name: str) -> None:
        if name != "advance" or self.t < 0.6 or self.stack is None:
            return
        pointer = self.stack.pointer
        anew = pointer is not None and abs(pointer[1] - ANEW_Y) < 30
        # The pen's stamps are warmed once a run (ctx.books), so making the story is cheap.
        start = self.saved.line if self.saved is not None and not anew else None
        self.stack.fade_to(self.ctx.scenes.story(start), 1.6)

    def draw(self, surface: pygame.Surface) -> None:
        self.ctx.renderer.draw(surface, self.stage.at(self.now), self.now)
        self.veil.draw(surface, 110)
        fade = min(1.0, self.now / 1.8)
        script = self.ctx.script
        draw_text_centered(surface, self.ctx.fonts, "serif", 112, script.title, 430, CREAM, fade)
        draw_text_centered(surface, self.ctx.fonts, "serif_italic", 46, script.subtitle, 540, (214, 190, 160),
                           min(1.0, max(0.0, (self.now - 0.8) / 1.8)))
        if self.now >= TITLE_HOLD:
            pulse = 0.55 + 0.45 * math.sin((self.now - TITLE_HOLD) * 2.2)
            appear = min(1.0, (self.now - TITLE_HOLD) / 1.0)
            words = self.ctx.words
            if self.saved is not None:
                draw_text_centered(surface, self.ctx.fonts, "serif_italic", 38, words.continue_, CONTINUE_Y,
                                   (226, 200, 160), appear * pulse)
                draw_text_centered(surface, self.ctx.fonts, "serif_italic", 32, words.begin_anew, ANEW_Y,
                                   (170, 145, 115), appear)
            else:
                hint = words.touch_to_begin if self.ctx.kiosk else words.begin
                draw_text_centered(surface, self.ctx.fonts, "serif_italic", 34, hint, 760, (200, 170, 130),
                                   appear * pulse)


class EndingScene(Scene):
    def __init__(self, ctx: Context) -> None:
        super().__init__()
        self.ctx = ctx
        self.stage = closing_stage(ctx)
        self.left = False
        self.veil = Veil()

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
        self.veil.draw(surface, round(40 + 50 * min(1.0, self.now / 3.0)))
        a = min(1.0, max(0.0, (self.now - 0.8) / 2.5))
        draw_text_centered(surface, self.ctx.fonts, "serif", 90, self.ctx.script.title, 440, CREAM, a)
        draw_text_centered(surface, self.ctx.fonts, "serif_italic", 40, self.ctx.words.the_end, 545, (214, 190, 160),
                           min(1.0, max(0.0, (self.now - 2.0) / 2.5)))
