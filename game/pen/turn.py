"""The art a page turn holds (`Notebook.turn_page`): what it is made from, then what it shows.

A turn shows leaves cut from the turned spread (game/pen/motion.py `cut_leaves`), once, at its
first drawn frame, when the panel's pixel scale is known. Until then it keeps the turned page
and its ink (two full panels: 10.4 MiB at 1080p); once the leaves are cut, those two go at
once: the leaves are all the turn draws from then on. They had stayed beside the leaves for the
whole turn, and the forgotten notebook's turn (line 81) is the whole story's highest moment at
1080p (the next close shot's figure rasters made ahead during it). Same pixels: the leaves are
cut from the same two copies. A rescale in mid-turn (a resized window) scales the leaves
themselves (it re-cut them from the two copies scaled, the same smoothscale one step earlier).
"""

from __future__ import annotations

import pygame

from game.pen.motion import Leaves, cut_leaves


def _scaled(s: pygame.Surface, size: tuple[int, int]) -> pygame.Surface:
    return s if s.get_size() == size else pygame.transform.smoothscale(s, size)


class TurnArt:
    """The turned spread and its ink until the leaves are cut from them, then the leaves alone."""

    def __init__(self) -> None:
        self.old: pygame.Surface | None = None  # the turned spread, as shown
        self.ink: pygame.Surface | None = None  # its ink alone (white = none)
        self.leaves: Leaves | None = None  # cut at the turn's first frame

    def held(self) -> bool:
        """Whether a turn's art is here to draw from."""
        return self.leaves is not None or self.old is not None

    def begin(self, page: pygame.Surface, ink: pygame.Surface) -> None:
        """A new turn of the spread `page` (its `ink` alone): copies, as the canvas is cleared next."""
        self.old, self.ink, self.leaves = page.copy(), ink.copy(), None

    def drop(self) -> None:
        """The turn is over (or undone): all of it goes."""
        self.old = self.ink = self.leaves = None

    def cut(self, paper: pygame.Surface, left: pygame.Rect, right: pygame.Rect, spine: int) -> Leaves:
        """The leaves (cut now if not yet, and the spread and ink they are cut from let go of)."""
        if self.leaves is None:
            assert self.old is not None and self.ink is not None  # set together
            self.leaves = cut_leaves(self.old, self.ink, paper, left, right, spine)
            self.old = self.ink = None
        return self.leaves

    def rescale(self, panel: tuple[int, int], left: pygame.Rect, right: pygame.Rect, spine: int) -> None:
        """The panel is now `panel` px (its pages at `left`, `right`, the spine at `spine`)."""
        if self.old is not None and self.ink is not None:
            if self.old.get_size() != panel:
                self.old, self.leaves = pygame.transform.smoothscale(self.old, panel), None
            self.ink = _scaled(self.ink, panel)
        elif self.leaves is not None:
            side = (right.right - spine, right.h)
            lv = self.leaves
            self.leaves = Leaves(_scaled(lv.old_left, left.size), _scaled(lv.written, side), _scaled(lv.blank, side),
                                 _scaled(lv.back, side), _scaled(lv.thru, side))

    def memory_bytes(self) -> int:
        """Pixel bytes held (a report's; the notebook's turn budget in game.memory)."""
        held = [self.old, self.ink, *(vars(self.leaves).values() if self.leaves is not None else ())]
        return sum(s.get_pitch() * s.get_height() for s in held if isinstance(s, pygame.Surface))
