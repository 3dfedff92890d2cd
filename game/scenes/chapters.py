"""Chapters: once the story has been finished, any part of it can be begun again.

The parts are the story's own `chapter "Title"` statements; choosing one starts the
story at that chapter's first line (the room as it is there, replayed by the director).
Mouse, touch, keys and a controller: up and down choose, advance begins, menu goes back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.scenes.base import Scene
from game.scenes.ui import CREAM, Veil, draw_text_centered

if TYPE_CHECKING:
    from game.context import Context

FIRST_Y = 250
ROW_H = 64


class ChaptersScene(Scene):
    opaque = False

    def __init__(self, ctx: Context) -> None:
        super().__init__()
        self.ctx = ctx
        self.chapters = list(ctx.script.chapters)
        self.selected = 0
        self.veil = Veil()

    def _row_at(self, pointer: tuple[float, float] | None) -> int | None:
        if pointer is None:
            return None
        k = round((pointer[1] - FIRST_Y) / ROW_H)
        rows = len(self.chapters) + 1  # the chapters, then Back
        return k if 0 <= k < rows and abs(pointer[1] - (FIRST_Y + k * ROW_H)) < ROW_H / 2 else None

    def action(self, name: str) -> None:
        if self.stack is None:
            return
        rows = len(self.chapters) + 1
        if name in ("menu", "back"):
            self.stack.pop()
        elif name in ("up", "down", "rollback", "rollforward"):
            self.selected = (self.selected + (1 if name in ("down", "rollforward") else -1)) % rows
        elif name == "advance":
            pointer = self.stack.pointer
            k = self._row_at(pointer) if pointer is not None else self.selected
            if k is None:
                return
            if k == len(self.chapters):
                self.stack.pop()
                return
            line = self.chapters[k][1]
            self.stack.pop()
            self.stack.fade_to(self.ctx.scenes.story(line), 1.6)

    def draw(self, surface: pygame.Surface) -> None:
        self.veil.draw(surface, 220)
        words, fonts = self.ctx.words, self.ctx.fonts
        draw_text_centered(surface, fonts, "serif_italic", 44, words.chapters, 150, (200, 170, 130))
        labels = [title for title, _ in self.chapters] + [words.back]
        for k, label in enumerate(labels):
            colour = CREAM if k == self.selected else (170, 150, 128)
            draw_text_centered(surface, fonts, "serif", 40, label, FIRST_Y + k * ROW_H, colour)
