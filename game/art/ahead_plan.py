"""What `Figures._turn_ahead` reads of each part of a moment to come, found once while it is ahead.

Every frame of a shot going on, the turn-ahead (game/art/figures.py) walks the parts of the next
AHEAD_DRAW s's and AHEAD_RIM s's moments (~5 moments, ~35 parts each at line 82's close shot): for
each, whether the shot shows it (`Figures._on`: its reach and its whole turn's rect, ~7 us), whether
the rims measure it (its whole rect near the canvas), the key of its art turn and that turn's size
(`PartRasters.ahead`). A moment is ahead for 9 frames (AHEAD_DRAW at 60 fps) or 24 (AHEAD_RIM), and
none of that changes while it is: the same view, clip and pose. Found anew each frame it was ~190
`_on`s and ~127 keys a frame, nearly all for turns kept or too small to make ahead: line 82 at 1080p
(cProfile) 3.5 s of `_turn_ahead` in 382 frames of which 1.6 s made turns; ~4.8 ms a frame of
looking, at one update a frame or four. So a moment's parts are planned once (`Planned`) and each
frame reads the plan: the same parts asked for in the same order, the same turns made or marked.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pygame

from game.view import View

if TYPE_CHECKING:
    from game.art.figure_raster import Drawn, RotKey


@dataclass
class Planned:
    """A part of a moment to come: its pose, its art turn's key, whether the shot shows it, and
    (found when first asked: only a rims' moment of a figure measured lately asks) whether its
    whole turn's rect meets the rims' canvas."""

    d: Drawn
    key: RotKey
    on: bool
    near: bool | None = None


class AheadPlans:
    """The plans of the moments ahead, by moment, view and clip; one per `Figures`."""

    def __init__(self) -> None:
        self._plans: dict[tuple[float, View, tuple[int, int, int, int]], tuple[list[Drawn], list[Planned]]] = {}

    def plan(self, when: float, view: View, clip: pygame.Rect, drawn: list[Drawn], now: float, reach: float,
             on: Callable[[Drawn], bool], key: Callable[[Drawn], RotKey], skip: str) -> list[Planned]:
        """The parts of `drawn` (the moment `when`'s, in order; `skip`: a part never turned) as planned
        for `view` and `clip`; made if not kept or the moment's parts changed (another `drawn`). The
        plans of moments not within (`now`, `now` + `reach`] go."""
        k = (when, view, (clip.x, clip.y, clip.w, clip.h))
        hit = self._plans.get(k)
        if hit is not None and hit[0] is drawn:
            return hit[1]
        if len(self._plans) >= 16:
            self._plans = {m: p for m, p in self._plans.items() if now < m[0] <= now + reach}
        planned = [Planned(d, key(d), on(d)) for d in drawn if d.part != skip]
        self._plans[k] = (drawn, planned)
        return planned

    def clear(self) -> None:
        self._plans.clear()
