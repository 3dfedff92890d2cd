"""The page shot: the notebook lying open on the coffee table, seen from straight above.

Its backdrop is the table painted over black, the room beyond the table's far edge drawn once a
line, out of focus, under its rows (`_draw_page_shot`); then the notebook, and the pen in the
writer's hand or lying beside the book. A mixin of the story scene (game/scenes/story.py), which
has what is declared here; the art painted ahead of the shot is game/scenes/page_art.py's.
"""

from __future__ import annotations

from concurrent.futures import Future
from dataclasses import replace
from typing import TYPE_CHECKING

import pygame

from game.pen.book import Spread
from game.pen.desk import FAR_EDGE, paint_table, soften_room
from game.pen.sprite import paint_pen
from game.room.layers import holds_pen
from game.scenes.ahead import STRIP_SHOT
from game.steps import taken
from game.story import commands as c
from game.story.director import Director
from game.story.stage import Change

if TYPE_CHECKING:
    from game.context import Context
    from game.scenes.book import Book

PANEL_W, PANEL_H = 1240.0, 520.0  # the notebook panel's logical size (game.pen.PANEL_W/H)
NOTEBOOK_RECT = (55, 150, 1810, 759)  # logical x, y, w, h of the notebook in its close shot (x1.46)


def page_scale(width: int) -> float:
    """The pen's pixel scale for the page shot on a canvas `width` px wide: the panel drawn
    NOTEBOOK_RECT's width on the 1920-wide logical canvas."""
    return round(NOTEBOOK_RECT[2] * width / 1920) / PANEL_W
STRIP_ROWS = (0.34, 0.62)  # beyond the far edge (STRIP_SHOT): the couple's seats, out of focus
PEN_LYING = (1560.0, 905.0, 28.0)  # logical tip x, y and angle of the pen lying on the table, untouched
PEN_PUT_DOWN = (1877.0, 330.0, 94.0)  # ... and once it has written: laid on the table beside the book
# (it lay across the right page, and the leaf turned at line 81 rose under a pen that stayed on top)


class PageShot:
    """The story scene's page shot (mixed into StoryScene, which has what is declared here)."""

    ctx: Context
    director: Director
    notebook: Book
    _backdrop: tuple[tuple[int, float, tuple[int, int]] | None, pygame.Surface] | None
    _table: pygame.Surface | None
    _table_job: tuple[tuple[int, int], Future[pygame.Surface]] | None
    _lying: tuple[float, float, pygame.Surface, tuple[float, float], pygame.Surface] | None

    if TYPE_CHECKING:
        @property
        def now(self) -> float: ...  # (game/scenes/base.py Scene)

    def close_up(self) -> bool:
        raise NotImplementedError

    def _figures_frame(self) -> None:
        raise NotImplementedError

    def pen_held(self) -> bool:
        """Whether a hand holds the pen over the page (else it lies on the table)."""
        d = self.director
        return isinstance(d.current, c.Write) or (
            bool(d.page_lines) and any(holds_pen(ch.value) for ch in d.stage.poses.values()))

    def _draw_page_shot(self, surface: pygame.Surface) -> None:
        """The notebook on the coffee table from above; beyond the table's far edge the room,
        out of focus (made once a line: the room as the line begins)."""
        d = self.director
        props = getattr(getattr(self.ctx.renderer, "layers", None), "props", None)
        if props is not None:
            props.page_ink = self.notebook.page_ink
        w, h = surface.get_size()
        key = (d.line_number, d.line_started, (w, h))
        if self._backdrop is None or self._backdrop[0] != key:
            if not self._has_table((w, h)):
                job, self._table_job = self._table_job, None
                table = taken(job[1]) if job is not None and job[0] == (w, h) else None  # painted ahead, or now
                self._take_table(table or paint_table((w, h), self.ctx.settings.seed, self._book_rect((w, h))))
            assert self._backdrop is not None and self._table is not None
            frame = self._backdrop[1]
            at = d.stage.at(d.line_started)  # the room drawn on the canvas, all of it covered by the backdrop next
            self._figures_frame()  # (its figures' turns made ahead for the cut's frame: game/room/ahead_turns.py)
            self.ctx.renderer.draw(surface, replace(at, shot=Change(STRIP_SHOT), move=None), d.line_started, None)
            frame.blit(soften_room(surface, (w, self._table.get_height()), STRIP_ROWS), (0, 0))
            frame.blit(self._table, (0, 0))
            self._backdrop = (key, frame)
        surface.blit(self._backdrop[1], (0, 0))
        rect = self.notebook_rect(w)
        held = self.pen_held()
        if rect is not None:
            self.notebook.draw(surface, rect, self.now, self.ctx.settings.transcription, pen=held)
        if not held:
            used = any(isinstance(ln, c.Write) for ln in d.history)
            self._draw_lying_pen(surface, w / 1920, PEN_PUT_DOWN if used else PEN_LYING)
        glow = d.stage.at(self.now).glow
        if glow > 0.01:  # the candles' golden glow (line 74 on) lands on the table and the page
            surface.fill((255, round(255 - 22 * glow), round(255 - 60 * glow)), special_flags=pygame.BLEND_RGB_MULT)
            surface.fill((round(26 * glow), round(14 * glow), 0), special_flags=pygame.BLEND_RGB_ADD)

    def _has_table(self, size: tuple[int, int]) -> bool:
        """Whether the page shot's table is in the backdrop at canvas `size` (`_take_table`)."""
        return self._table is not None and self._backdrop is not None and self._backdrop[1].get_size() == size

    def _take_table(self, table: pygame.Surface) -> None:
        """Keep the painted table (SRCALPHA, the canvas's size) as the backdrop's frame, laid over
        black, and apart only its rows over the room's strip (the room beyond the far edge, made
        again each line under them): one screen kept for the page's backdrop, not two (at 1080p
        8 MB, not 16). Below the strip the frame is the table over black, as it was each line."""
        w, h = table.get_size()
        strip_h = min(h, round(h * FAR_EDGE) + 4)
        frame = pygame.Surface((w, h))
        frame.blit(table, (0, 0))
        self._table = table.subsurface((0, 0, w, strip_h)).copy()
        self._backdrop = (None, frame)

    def _draw_lying_pen(self, surface: pygame.Surface, scale: float, where: tuple[float, float, float]) -> None:
        """The pen lying where it was put down, its soft shadow beside it."""
        scale *= NOTEBOOK_RECT[2] / PANEL_W
        if self._lying is None or self._lying[:2] != (scale, where[2]):
            self._lying = (scale, where[2], *paint_pen(scale, where[2]))
        _, _, img, tip, shadow = self._lying
        k = surface.get_width() / 1920
        x, y = where[0] * k - tip[0], where[1] * k - tip[1]
        off = 4 * scale
        surface.blit(shadow, (round(x + off), round(y + 0.8 * off)))
        surface.blit(img, (round(x), round(y)))

    def notebook_rect(self, canvas_w: int) -> pygame.Rect | None:
        """Where the notebook lies in its close shot, in canvas pixels (None: not shown)."""
        if not self.close_up():
            return None
        x, y, w, h = NOTEBOOK_RECT
        scale = canvas_w / 1920
        return pygame.Rect(round(x * scale), round(y * scale), round(w * scale), round(h * scale))
    def _book_rect(self, size: tuple[int, int]) -> pygame.Rect:
        """The notebook's cover on the page shot's table, in canvas px (the table's shadow of it)."""
        w, _h = size
        m, cover = NOTEBOOK_RECT[2] / PANEL_W * w / 1920, Spread().cover
        return pygame.Rect(round(NOTEBOOK_RECT[0] * w / 1920 + cover.x * m), round(NOTEBOOK_RECT[1] * w / 1920 + cover.y * m),
                           round(cover.w * m), round(cover.h * m))
