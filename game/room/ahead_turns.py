"""The cut's figure rasters made ahead apart, and made the figures' own at the cut: the next shot's reserve.

A cut into a room shot turned 30-90 figure parts in its first frame (30-95 ms of rotozoom at
1080p, lines 16, 17, 72, 82): the drawn parts, the silhouettes' masks, the rim light's, and
loaded the zoom rasters they are turned from. They can be turned ahead only once the cut's
moment is known (the angles follow the breathing, to a quarter degree: game/scenes/ahead.py
`cut_snapshot`), and not into the figures' own caches: the shot on screen holds about their
whole budgets (PartRasters.ROT_BUDGET, RASTER_SCREENS), so what was made ahead there was let
go of by the next frame, or pushed out what the shot still draws.

So they are made in a PartRasters of their own (`NextRasters.maker`), up to AHEAD_SHARE of the
figures' budgets, and at the cut's frame that one's state becomes the figures' (`swap_into`),
the shot before's let go of. The cut's frame held the old shot's turns and the new one's
together anyway (the turns drawn in the last frame are not let go of before ROT_OVER budgets),
so the high-water mark is about the same; it is held from the last pass before the cut (~1.25 s)
instead of one frame. What the reserve misses (a click before the auto-advance: other angles)
is made at the cut as before.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

import pygame

from game.story.stage import Snapshot
from game.view import View

if TYPE_CHECKING:
    from game.art.figure_raster import Drawn, PartRasters
    from game.room.layers import RoomLayers

AHEAD_SHARE = 2.0  # of the figures' turn budget (PartRasters.ROT_BUDGET), the reserve's bytes at most (bases and turns)


class NextRasters:
    """The next cut's figure rasters: a PartRasters filled ahead, given to the figures at the cut."""

    def __init__(self) -> None:
        self.maker: PartRasters | None = None
        self.line = -1  # the story line whose first frame they are made for (game/scenes/ahead.py)
        self.drawn: set[tuple[object, ...]] = set()  # the parts (turns' rasters' keys) the cut's frame draws (`turn_steps`)

    def memory_bytes(self) -> int:
        return self.maker.memory_bytes() if self.maker is not None else 0

    def release(self) -> None:
        """Let go of what was made (the memory governor; a cut that did not come)."""
        self.maker = None
        self.drawn = set()

    def measured(self) -> None:
        """The cut's light map is made (game/fx/light_ahead.py `light_steps`, the cold rim measured in it): the
        turns of the parts the rim's measure alone asked for go; those of the parts the cut's frame draws
        stay (`drawn`; at any angle: the next breath's is asked for by the cut's frame, `Figures._turn_ahead`),
        and the zoom rasters and the masks. The cut takes the map, rim and all: the others were kept to the
        cut and let go of at the frame after it, held at the kiosk's peak, the last second before her gaze's
        push (line 17 at 1080p: her thighs, shins, feet, drapes and far hand, turned whole at two poses; the
        reserve's turns 19.7 -> 13.7 MiB, line 16's highest RSS between frames 296.6 -> 291.1, the cut's frame
        turning what it did). A cut that does not take the map (a click before the moment made for) measures
        the rim again, as it did."""
        maker = self.maker
        if maker is None:
            return
        for key in maker._rot:  # (a copy of the keys)
            if key[:6] not in self.drawn:
                maker._rot.discard(key)

    def _noted(self, turn: Callable[[PartRasters], object]) -> Callable[[PartRasters], object]:
        """`turn` (a drawn part's), the parts of the turns it makes noted in `drawn` (a turn's key begins
        with its raster's: PartRasters.image)."""
        def noted(r: PartRasters) -> object:
            before = set(r._rot)
            out = turn(r)
            self.drawn.update(k[:6] for k in r._rot if k not in before)
            return out
        return noted

    def budget(self, rasters: PartRasters) -> float:
        """Bytes the reserve holds at most (AHEAD_SHARE of the figures' turn budget)."""
        return AHEAD_SHARE * rasters.ROT_BUDGET

    def make(self, rasters: PartRasters, turn: Callable[[PartRasters], object]) -> bool:
        """`turn` (a PartRasters call that turns a part, and loads its zoom raster) run on the
        reserve's PartRasters, one like the figures' `rasters`; False once the reserve is full."""
        maker = self._maker(rasters)
        if maker.memory_bytes() > self.budget(rasters):
            return False
        turn(maker)
        return True

    def load_steps(self, rasters: PartRasters, view: View, d: Drawn, mode: str) -> Iterator[str]:
        """The zoom raster `d` is turned from through `view` (`mode` "art" or "mask") read into the
        reserve on the loader thread (PartRasters.base_steps), so the turn's step is only the turn."""
        maker = self._maker(rasters)
        if maker.memory_bytes() <= self.budget(rasters):
            level = math.ceil(math.log2(max(view.scale, 1e-3)) * 4.0)
            yield from maker.base_steps(d.char, d.part, d.variant, level, d.placed.flip != d.mirror, mode)

    def _maker(self, rasters: PartRasters) -> PartRasters:
        """The reserve's PartRasters, one like the figures' `rasters` (made when first asked for)."""
        if self.maker is None:
            from game.art.figure_raster import PartRasters

            self.maker = PartRasters(rasters.specs, rasters.art_dir, rasters.svg)
        return self.maker

    def swap_into(self, rasters: PartRasters) -> bool:
        """At the cut's frame (before `PartRasters.frame`): the figures' `rasters` become what was
        made ahead, and what they held goes (the same object keeps its place in the figures and
        the memory governor's list: its state is exchanged, then watched afresh). False: nothing
        was made."""
        maker, self.maker, self.drawn = self.maker, None, set()
        if maker is None:
            return False
        rasters.exchange(maker)
        rasters.adopted()  # (what the governor's next look keeps: what is asked for from now on)
        return True


def turn_steps(layers: RoomLayers, reserve: NextRasters, view: View, snap: Snapshot, area: pygame.Rect) -> Iterator[str]:
    """The figure parts of the frame `snap` (at its moment `snap.t`) turned ahead into `reserve`,
    through `view` on a surface `area`, as that frame asks for them: drawn (`Figures.draw`: a big
    part's piece the shot shows), in the silhouettes' masks (posed at SILHOUETTE_FPS), the masks of
    the parts over the coffee table (`RoomLayers.occluding_people`) and the window's cold rim
    (game/fx/rim_art.py: whole, posed at RIM_POSE_FPS and one pose on). A step a part, until the
    reserve is full."""
    from game.art.figures import MASK_SCALE, NIB_STEP, SILHOUETTE_FPS, STRAND
    from game.fx.figure_light import RIM_POSE_FPS, rim_pose
    from game.room.layers import figure_states

    figures = layers.figures
    rasters = figures.rasters
    states = {k: v for k, v in figure_states(snap).items() if k in figures.specs}
    if not states:
        return
    t = snap.t
    drawn = figures._compose(states, t)[0]
    k = min(1.0, MASK_SCALE / view.scale)
    mview = View(view.scale * k, view.ox * k, view.oy * k)
    tq = math.floor(t * SILHOUETTE_FPS) / SILHOUETTE_FPS
    posed = {c: v if v.nib is None else replace(v, nib=(round(v.nib[0] / NIB_STEP) * NIB_STEP, round(v.nib[1] / NIB_STEP) * NIB_STEP))
             for c, v in states.items()}
    wanted: list[tuple[View, Drawn, str]] = [(view, d, "clip") for d in drawn if d.part != STRAND]
    wanted += [(mview, d, "mask") for d in figures._compose(posed, tq)[0] if d.part not in ("eyes", "tears", "curl", STRAND)]
    if layers.front_depths:
        wanted += [(view, d, "mask") for d in drawn if d.front and d.part != STRAND]
    # (not a rim turn that is a drawn one's: turned whole ahead, the cut would draw it whole where it
    # draws the piece it shows)
    same = {turn_key(d) for d in drawn}
    rq = rim_pose(t)
    for at in (rq, rq + 1.0 / RIM_POSE_FPS):
        wanted += [(view, d, "art") for d in figures._compose(states, at)[0]
                   if d.part != STRAND and d.alpha >= 0.5 and turn_key(d) not in same]
    for v, d, mode in wanted:
        if not area.colliderect(rasters.reach(v, d)):
            continue
        if mode == "clip" and d.part == "curl":  # (Figures.draw rasterizes every frame of the coil)
            reserve.make(rasters, _coil(v, d))
        yield from reserve.load_steps(rasters, v, d, "mask" if mode == "mask" else "art")
        turner = _turner(v, d, mode, area)
        if not reserve.make(rasters, reserve._noted(turner) if mode == "clip" else turner):
            return
        yield f"turn {d.char}/{d.part}"


def people_reach(layers: RoomLayers, view: View, snap: Snapshot) -> list[pygame.Rect]:
    """Each figure's screen rect at the frame `snap` through `view`, sure to hold its silhouette
    (its parts' `reach`): the front props meeting one cover it in the light's `seen_people`, whole."""
    from game.room.layers import figure_states

    figures = layers.figures
    drawn = figures._compose({k: v for k, v in figure_states(snap).items() if k in figures.specs}, snap.t)[0]
    out: dict[str, pygame.Rect] = {}
    for d in drawn:
        if d.part not in figures.specs[d.char].parts:  # (a hair strand: drawn, not a part)
            continue
        r = figures.rasters.reach(view, d)
        out[d.char] = out[d.char].union(r) if d.char in out else r
    return list(out.values())


def turn_key(d: Drawn) -> tuple[object, ...]:
    """What decides a drawn part's turn at one view (PartRasters.image's key but the view's)."""
    return (d.char, d.part, d.variant, d.placed.flip != d.mirror, round(d.placed.angle * 4.0), round(d.squash, 2))


def _coil(view: View, d: Drawn) -> Callable[[PartRasters], object]:
    """The PartRasters calls that rasterize every frame of the coil `d` (Figures._warm_curl)."""
    from game.art import curl

    level = math.ceil(math.log2(max(view.scale, 1e-3)) * 4.0)
    return lambda r: [r.base(d.char, d.part, curl.variant(k), level, d.placed.flip != d.mirror, "art") for k in range(curl.FRAMES)]


def _turner(view: View, d: Drawn, mode: str, area: pygame.Rect) -> Callable[[PartRasters], object]:
    """The PartRasters call that turns `d` as the cut's frame does (`mode` "clip": drawn, "art": the
    rim's measure, `shown`; else `at`)."""
    if mode == "clip":
        return lambda r: r.clipped(view, d, area)
    if mode == "art":
        return lambda r: r.shown(view, d)
    return lambda r: r.at(view, d, mode)
