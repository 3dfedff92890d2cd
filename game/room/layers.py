"""The room's layers over the tile background: props, figures, light and weather, in order.

Three collaborators draw the room: the prop art (`game.art.props`), the figures
(`game.art.figures`) and the living light (`game.fx`). Each takes its own small state;
this facade is the one place that turns the director's `Snapshot` into those states and
calls them in painter's order:

    night and rain outside -> back props -> rain on the glass -> figures (back)
    -> front props -> figures (front: hands on the table) -> candle wax and logs
    -> darkness and light (with the shadows cast by each flame), flames -> sparks

The light, flames and sparks are given the silhouettes of what stands in front, so a
flame flickers *behind* a figure and the shadows on the wall sway with each candle. A
candle standing on a front-layer prop (the coffee table) is hidden only by the parts of a
figure drawn over that prop (the hands and arms a pose lays on the table): the rest of the
figure is drawn behind the table, so it cannot hide what stands on it (`occluders`).
"""

from __future__ import annotations

import logging
import math
from collections.abc import Iterator
from dataclasses import dataclass, replace

import numpy as np
import numpy.typing as npt
import pygame

from game.art.figure_raster import Drawn
from game.art.figures import (
    MASK_SCALE,
    NIB_STEP,
    SILHOUETTE_FPS,
    STRAND,
    STRAND_ROOT,
    Figures,
    FigureState,
    load_poses,
)
from game.art.insert_light import InsertLight, key_side, light_at
from game.art.inserts import Inserts
from game.art.props import COVER_REACH, PropArt, PropState
from game.art.rig import local_point
from game.art.svg import SvgCache
from game.assets import Assets
from game.fx import FxState, RoomFx
from game.fx.lighting import LightSample
from game.fx.occlusion import MARGIN, Caster, Exact
from game.memory import clear_for
from game.room.compose import merge_rects
from game.room.model import Room
from game.room.states import WRITING_POSE as WRITING_POSE  # (the states' names: imported from here too)
from game.room.states import figure_states as figure_states
from game.room.states import fx_state as fx_state
from game.room.states import holds_pen as holds_pen
from game.room.states import nib_in_room as nib_in_room
from game.room.states import notebook_shift as notebook_shift
from game.room.states import notebook_shifts as notebook_shifts
from game.room.states import prop_state as prop_state
from game.settings import Settings
from game.story.stage import Snapshot
from game.view import Move, View

log = logging.getLogger(__name__)


# Room px around the window glass that the rain may draw on (the splashes off the glazing
# bars and the sill, game/fx/glass_water.py: 130 px/s for 0.24 s): tests/perf/test_compose.py
# fails if the rain ever draws further out than this.
WINDOW_MARGIN = 48.0
NOTEBOOK_MARGIN = 12.0  # room px around the notebook's box (its open pages overhang, its shadow)
HEARTH_MARGIN = 60.0  # room px around the fire's box that its logs may cover
FINE_KEPT, FINE_BUDGET = 8, 6 * 2**20  # figures' masks over the candles kept (`_over_candles`), bytes (1.4 MiB at 1080p)
COVERS_BUDGET = 4 * 2**20  # the front props at the masks' resolution (`seen_people`: 1.5 MiB at 1080p, line 17)
STRAND_MARGIN = 24.0  # room px around a figure's parts that the drawn lock of hair may reach


Part = tuple[object, object, pygame.Rect]  # a figure part: its pose, its look, its screen rect


@dataclass(frozen=True)
class RoomFrame:
    """One frame's derived state: the effects', the props', the figures', and the casters
    (props' and figures' silhouettes, which throw the shadows; `people` the figures' alone;
    `occluders` what hides the candles, the flames and the sparks: as `casters`, but a figure
    hides a candle on the coffee table only with the parts drawn over the table; `seen` as
    `casters`, but each figure less what the front props hide of it: what the side light shades)."""

    fx: FxState
    props: PropState
    figures: dict[str, FigureState]
    casters: list[Caster]
    people: list[Caster]
    occluders: list[Caster]
    seen: list[Caster] | None = None


class RoomLayers:
    def __init__(self, props: PropArt, figures: Figures, fx: RoomFx) -> None:
        self.props = props
        self.figures = figures
        self.fx = fx
        self.shifts = notebook_shifts(props.room)
        self._prepared: tuple[View, tuple[int, int]] | None = None
        self.inserts: Inserts | None = None  # close shots (game/art/inserts.py), set by build_layers
        # the floor y of the candles standing on a front-layer prop (drawn over the figures)
        front = {p.name for p in props.pieces if p.layer == "front"}
        self.front_depths = sorted({s.depth for s in fx.candles.specs if s.name in front})
        self._front: tuple[object, list[Caster]] | None = None
        self._seen: tuple[list[Caster], list[Caster]] | None = None  # the people's silhouettes -> as seen
        self._covers: dict[tuple[str, float, int, int], pygame.Surface] = {}  # front props scaled to the masks
        self._fine: dict[tuple[object, ...], pygame.Surface] = {}  # the figures over the candles (`_over_candles`)

    def spark_bursts_between(self, t0: float, t1: float) -> list[float]:
        return self.fx.spark_bursts_between(t0, t1)

    def draw(self, surface: pygame.Surface, view: View, snap: Snapshot, t: float,
             nib_uv: tuple[float, float] | None = None,
             plate: list[tuple[pygame.Rect, pygame.Surface]] | None = None) -> None:
        """The whole room over the background already on `surface`, in painter's order (over
        the shot's back plate instead with `plate`: see `draw_albedo`)."""
        frame = self.frame(surface.get_size(), view, snap, t, nib_uv)
        self.draw_albedo(surface, view, frame, t, plate)
        self.fx.draw_light(surface, view, frame.fx, t, frame.casters, frame.seen)
        self.draw_emissive(surface, view, frame, t)

    def frame(self, canvas: tuple[int, int], view: View, snap: Snapshot, t: float,
              nib_uv: tuple[float, float] | None = None) -> RoomFrame:
        """What the layers need to draw the snapshot at t (computed once a frame)."""
        if self._prepared != (view, canvas):
            self.props.prepare(view, canvas)
            self._prepared = (view, canvas)
        fs, ps = fx_state(snap), prop_state(snap, t, self.shifts)
        nib = nib_in_room(self.props.notebook_pages(ps), nib_uv) if nib_uv and snap.writer else None
        figs = figure_states(snap, nib)
        people = self.figures.silhouettes(view, figs, t)
        self.fx.cold_rim.pose(self.figures, self.props, figs, t)  # the window's rim, shaped on the drawn figures
        props = self.props.silhouettes(view, canvas)
        occluders = props + self.occluding_people(view, figs, t, people, pygame.Rect((0, 0), canvas),
                                                     burn=fs.clamped().candles)
        return RoomFrame(fs, ps, figs, props + people, people, occluders,
                         props + self.seen_people(view, figs, t, people, canvas))

    def seen_people(self, view: View, figs: dict[str, FigureState], t: float, people: list[Caster],
                    canvas: tuple[int, int]) -> list[Caster]:
        """The figures' silhouettes (`people`, from Figures.silhouettes at t) less what the front
        props (the coffee table, the armchair: drawn over the figures) hide of them, but not the
        parts drawn over those props (the hands on the table). The side light shades these: shaded
        on the whole silhouette, his legs behind the table were laid over the table and the
        armchair as a grey-blue ghost through which they showed (line 41). Made when the
        silhouettes are (posed as they are), the same objects while they last. Only the front props
        within COVER_REACH of the `canvas` are read (one farther off hides nothing the canvas shows)."""
        if self._seen is not None and self._seen[0] is people:
            return self._seen[1]
        ahead = self._seen_ahead(people)
        if ahead is not None:
            self._seen = (people, ahead)
            return ahead
        props = self.props
        skip = {props.pen_name, props.clock_name}
        near = pygame.Rect((0, 0), canvas).inflate(2 * COVER_REACH, 2 * COVER_REACH)
        covers = [(p, r) for p in props.pieces
                  if p.layer == "front" and p.name not in skip and not p.name.startswith("notebook")
                  and (r := props._screen_rect(p, view)).colliderect(near)]
        k = min(1.0, MASK_SCALE / view.scale)  # the masks' resolution and grid (Figures.silhouettes)
        mview, (gx, gy) = self.figures.grid.mask_view(view, k)
        front: list[tuple[pygame.Surface, tuple[int, int]]] | None = None
        out: list[Caster] = []
        for mask, rect, floor in people:
            hits = [(p, r) for p, r in covers if r.colliderect(rect)]
            if not hits:
                out.append((mask, rect, floor))
                continue
            mw, mh = mask.get_size()
            kx, ky = mw / rect.w, mh / rect.h
            cover = np.zeros((mw, mh))
            for p, r in hits:
                size = (max(1, round(r.w * kx)), max(1, round(r.h * ky)))
                img = self._covers.get((p.name, view.scale, *size))
                if img is None:
                    clear_for(self._covers, 4 * size[0] * size[1], 17, COVERS_BUDGET)
                    img = self._covers[(p.name, view.scale, *size)] = pygame.transform.smoothscale(props._raster(p, view.scale), size)
                _alpha_max(cover, img, round((r.x - rect.x) * kx), round((r.y - rect.y) * ky))
            if front is None:  # the parts drawn over the front props, posed as the silhouettes are
                tq = math.floor(t * SILHOUETTE_FPS) / SILHOUETTE_FPS
                states = {c: v if v.nib is None else replace(v, nib=(round(v.nib[0] / NIB_STEP) * NIB_STEP,
                                                                     round(v.nib[1] / NIB_STEP) * NIB_STEP))
                          for c, v in figs.items() if c in self.figures.specs}
                drawn, _ = self.figures._compose(states, tq)
                front = [self.figures.rasters.at(mview, d, "mask") for d in drawn
                         if d.front and d.part != STRAND and d.char in self.figures.specs]
            over = np.zeros((mw, mh))
            for img, pos in front:
                _alpha_max(over, img, round(pos[0] - (rect.x - gx) * kx), round(pos[1] - (rect.y - gy) * ky))
            seen = mask.copy()
            a = pygame.surfarray.pixels_alpha(seen)
            a[...] = (a * (1.0 - cover * (1.0 - over))).astype(np.uint8)
            del a
            out.append((seen, rect, floor))
        self._seen = (people, out)
        return out

    def _seen_ahead(self, people: list[Caster]) -> list[Caster] | None:
        """The figures as seen, made ahead with these very silhouettes by the next light frame's
        build (game/fx/light_next.py `Upcoming.people`: their masks, them, as seen), or None. The
        frame took the masks made ahead (the same objects) and worked out again what was made with
        them: 1.2 ms at each new silhouette at 1080p (10 a second), the same masks."""
        fx = getattr(self, "fx", None)  # (light_next works it out on a bare RoomLayers: none of its own)
        made = getattr(getattr(getattr(fx, "light_map", None), "upcoming", None), "people", None)
        if made is None or len(made) != 3 or made[1] is not people or made[2] is None:
            return None
        seen: list[Caster] = made[2]
        return seen

    def occluding_people(self, view: View, figs: dict[str, FigureState], t: float,
                         people: list[Caster], screen: pygame.Rect | None = None, burn: float = 1.0) -> list[Caster]:
        """The figures as they hide light sources: each whole silhouette standing just not in
        front of the candles on the coffee table (it is drawn behind the table), plus a mask of
        the parts drawn over the table (its hands) at the figure's own floor: those on `screen`
        only (a part off it could hide only the pixels of a sprite that are off it too; the
        window's close-up turned the hands' masks at its 4x scale every frame, 2.3 ms)."""
        drawn, _ = self.figures._scene(figs, t)
        if not self.front_depths:
            return people + self._over_candles(view, burn, drawn, None, screen)
        nearest = self.front_depths[0] + MARGIN  # a floor this far down does not hide them
        out: list[Caster] = [(m, r, min(f, nearest)) for m, r, f in people]
        rasters = self.figures.rasters
        front = tuple(d for d in drawn if d.front and d.part != STRAND and d.char in self.figures.specs
                      and (screen is None or screen.colliderect(rasters.reach(view, d))))
        fine = self._over_candles(view, burn, drawn, nearest, screen)
        if not front:
            return out + fine
        key = (view, front)
        if self._front is None or self._front[0] != key:
            self._front = (key, self._front_masks(view, front))
        return out + self._front[1] + fine

    def _over_candles(self, view: View, burn: float, drawn: list[Drawn], nearest: float | None,
                      screen: pygame.Rect | None) -> list[Caster]:
        """Each figure standing before a candle (wax, wick, flame: `Candles.cores`) as it is drawn
        there, to the pixel: the alpha of its parts' turns (those `Figures.draw` blits) over the
        candle's rect, at its floor (no nearer than `nearest`, as its silhouette). Its silhouette
        alone is a mask at a capped resolution (MASK_SCALE): at line 17's 4.32x push a mask px is
        ~8.6 screen px, its edge a few px inside her outline and smoothed over ~20, and the sill
        candle's wax, its glow and its halo showed through the lower edge of her forearm as a grey
        52 x 40 px rectangle (and along her bust's edge above it)."""
        figures = self.figures
        rasters = figures.rasters
        clip = screen if screen is not None else pygame.Rect(-(1 << 20), -(1 << 20), 1 << 21, 1 << 21)
        out: list[Caster] = []
        cores = [(r.clip(clip), depth) for r, depth in self.fx.candles.cores(view, burn)]
        for core, depth in [(r, depth) for r, depth in cores if r.w > 0 and r.h > 0]:
            for cid in sorted({d.char for d in drawn if d.char in figures.specs}):
                floor = self.props.room.anchor(cid).rect.bottom
                floor = floor if nearest is None else min(floor, nearest)
                if floor <= depth + MARGIN:
                    continue  # (it stands behind the candle: it hides none of it)
                parts = tuple(d for d in drawn if d.char == cid and d.part != STRAND and figures._on(core, view, d))
                if not parts:
                    continue
                key = (view, core.topleft, core.size, clip.topleft, clip.size, parts)
                mask = self._fine.get(key)
                if mask is None:
                    mask = Exact(core.size, pygame.SRCALPHA)
                    mask.fill((0, 0, 0, 0))
                    for d in parts:
                        shown = rasters.clipped(view, d, clip)  # (the turn `Figures.draw` blits)
                        if shown is not None:
                            rasters.put(mask, shown[0], (shown[1][0] - core.x, shown[1][1] - core.y), d.alpha)
                    clear_for(self._fine, 4 * core.w * core.h, FINE_KEPT, FINE_BUDGET)
                    self._fine[key] = mask
                out.append((mask, core, floor))
        return out

    def _front_masks(self, view: View, front: tuple[Drawn, ...]) -> list[Caster]:
        rasters = self.figures.rasters
        out: list[Caster] = []
        for cid in sorted({d.char for d in front}):
            blits = [(rasters.at(view, d, "mask"), d.alpha) for d in front if d.char == cid]
            rect = pygame.Rect(blits[0][0][1], blits[0][0][0].get_size()).unionall(
                [pygame.Rect(pos, img.get_size()) for (img, pos), _ in blits])
            surf = pygame.Surface(rect.size, pygame.SRCALPHA)
            surf.fill((0, 0, 0, 0))
            for (img, pos), alpha in blits:
                rasters.put(surf, img, (pos[0] - rect.x, pos[1] - rect.y), alpha)
            out.append((surf, rect, self.props.room.anchor(cid).rect.bottom))
        return out

    def draw_albedo(self, surface: pygame.Surface, view: View, frame: RoomFrame, t: float,
                    plate: list[tuple[pygame.Rect, pygame.Surface]] | None = None) -> None:
        """Everything the light map multiplies: outside, props, rain on the glass, figures, wax, logs
        (each layer keeps to the surface's clip, so a part of the room can be drawn again alone).
        `plate`: `surface` already holds the shot's back plate (`draw_plate`), so of the layers
        under the figures only its holes (`plate_rects`, each with the tile background under it)
        are painted again."""
        fs, ps, figs, casters = frame.fx, frame.props, frame.figures, frame.occluders
        if plate is None:
            self.fx.draw_exterior(surface, view, fs, t)
            self.props.draw(surface, view, ps, t, "back")
        else:
            clip = surface.get_clip()
            window = self.window_rect(view)
            for r, under in plate:  # outside, back props: as painted whole, within each rect
                part = r.clip(clip)
                if part.w <= 0 or part.h <= 0:
                    continue
                surface.set_clip(part)
                if under.get_parent() is None:  # (a hole of the plate itself holds the background already:
                    surface.blit(under, part.topleft, part.move(-r.x, -r.y))  # the plate was just blitted whole)
                if window is not None and window.colliderect(part):  # (not in the clock's: nothing of it shows there)
                    self.fx.draw_exterior(surface, view, fs, t)
                self.props.draw(surface, view, ps, t, "back")
            surface.set_clip(clip)
        self.fx.draw_glass(surface, view, fs, t)
        self.figures.draw(surface, view, figs, t, layer="back")
        self.props.draw(surface, view, ps, t, "front")
        self.figures.draw(surface, view, figs, t, layer="front")
        self.fx.draw_flames(surface, view, fs, t, casters)

    def window_rect(self, view: View) -> pygame.Rect | None:
        """The screen rect the rain may draw in (the glass and WINDOW_MARGIN round it); None: no window."""
        if self.fx.rain is None:
            return None
        g, m = self.fx.glass, WINDOW_MARGIN
        return pygame.Rect(view.rect(g.x - m, g.y - m, g.w + 2 * m, g.h + 2 * m)).inflate(4, 4)

    def plate_rects(self, view: View, canvas: tuple[int, int]) -> list[pygame.Rect]:
        """Where the layers under the figures change while a shot holds (the back plate's holes):
        the window, where the night and the rain are drawn under its frame (rain falls at every
        t), and the clock (its hands and pendulum). Elsewhere the tile background and the back
        props are the same at every t (`draw_plate`)."""
        screen = pygame.Rect((0, 0), canvas)
        window = self.window_rect(view)
        out: list[pygame.Rect] = [] if window is None else [window]
        if self.props.clock is not None:
            out.append(self.props.clock.screen_rect(view).inflate(4, 4))
        rects = [r.clip(screen) for r in out]
        return merge_rects([r for r in rects if r.w > 0 and r.h > 0])

    def plates(self) -> bool:
        """Whether the back props are the same at every t but for the clock (the notebook and
        the pen, which the story moves, are front props): then a shot's back plate holds."""
        props = self.props
        return not any(p.layer == "back" and (p.name.startswith("notebook") or p.name == props.pen_name)
                       for p in props.pieces)

    def plate_ready(self, view: View, canvas: tuple[int, int]) -> bool:
        """Whether every back prop a `canvas` through `view` shows is rasterized at its scale (the
        plate can be made without making any)."""
        props = self.props
        area = pygame.Rect((0, 0), canvas)
        kept = props._scales.get(round(view.scale, 4)) or {}
        return all(p.path.name in kept for p in props.pieces
                   if p.layer == "back" and p.name != props.clock_name and area.colliderect(props._screen_rect(p, view)))

    def draw_plate(self, surface: pygame.Surface, view: View, state: PropState) -> None:
        """Over the tile background on `surface`: the back props as every frame of the shot draws
        them outside `plate_rects` (the clock at some time: its rect is painted again each frame)."""
        self.props.draw(surface, view, state, 0.0, "back")

    def draw_emissive(self, surface: pygame.Surface, view: View, frame: RoomFrame, t: float) -> None:
        """The light sources over the lit room: flames, embers, halos, then sparks."""
        self.fx.draw_emissive(surface, view, frame.fx, t, frame.occluders)
        self.fx.draw_sparks(surface, view, frame.fx, t, frame.occluders)

    def static_key(self, frame: RoomFrame) -> tuple[object, ...]:
        """What the room's unlit picture depends on outside `moving_rects` and the figures: the
        props' state but the clock's time and where the notebook has slid, and the candles' height."""
        ps = frame.props
        return (ps.notebook_open, ps.notebook_holder, ps.pen_on_table, frame.fx.clamped().candles)

    def moving_rects(self, view: View, frame: RoomFrame, t: float, canvas: tuple[int, int],
                     ) -> dict[tuple[object, ...], Part]:
        """The parts of the unlit room other than the figures that change while `static_key`
        stays, as `figure_parts` gives them: the window (rain falls) and the clock (its
        pendulum swings) at every t, the notebook wherever it slides to. The figures are
        measured by `figure_parts`, the wax and logs a figure may hide by `hidden_rects`."""
        screen = pygame.Rect((0, 0), canvas)
        out: dict[tuple[object, ...], Part] = {}
        if self.fx.rain is not None:
            g, m = self.fx.glass, WINDOW_MARGIN
            out[("window",)] = (None, t, pygame.Rect(view.rect(g.x - m, g.y - m, g.w + 2 * m, g.h + 2 * m)).inflate(4, 4))
        if self.props.clock is not None:
            out[("clock",)] = (None, t, self.props.clock.screen_rect(view).inflate(4, 4))
        nb, m = self.props.notebook_rect(frame.props), NOTEBOOK_MARGIN
        out[("notebook",)] = (None, frame.props.notebook_shift,
                              pygame.Rect(view.rect(nb.x - m, nb.y - m, nb.w + 2 * m, nb.h + 2 * m)))
        return {k: (pose, look, r.clip(screen)) for k, (pose, look, r) in out.items()}

    def hidden_rects(self, view: View, frame: RoomFrame) -> list[pygame.Rect]:
        """Where the figures' silhouettes overlap candle wax or the logs (which they hide): to
        be drawn again when the silhouettes change."""
        hidden = [pygame.Rect(view.rect(*r)).inflate(4, 4) for r in self.fx.candles.wax_rects(frame.fx.clamped().candles)]
        hearth = self.fx.hearth
        if hearth is not None:
            b, m = hearth.box, HEARTH_MARGIN  # the logs overhang the fire's box a little
            hidden.append(pygame.Rect(view.rect(b.x - m, b.y - m, b.w + 2 * m, b.h + 2 * m)))
        out = [rect.clip(h) for _mask, rect, _floor in frame.people for h in hidden]
        return [r for r in out if r.w > 0 and r.h > 0]

    def figure_parts(self, view: View, frame: RoomFrame, t: float, canvas: tuple[int, int],
                     before: dict[tuple[object, ...], Part] | None = None) -> dict[tuple[object, ...], Part]:
        """Each figure part drawn at t: (its pose, what decides its pixels, the screen rect it
        covers), by a key naming the part. A part whose second value is unchanged from one
        frame to the next has the same pixels at the same place. (A part partly off the screen is
        measured by its reach, not turned just to be measured, and named by its exact pose;
        the lock of hair, drawn from t itself, never matches.) `before`: the last frame's
        answer through the same view, whose parts posed exactly alike are not measured again."""
        before = before or {}
        drawn, placed = self.figures._scene(frame.figures, t)  # the moment draw() will show: kept
        rasters = self.figures.rasters
        screen = pygame.Rect((0, 0), canvas)
        out: dict[tuple[object, ...], Part] = {}
        seen: dict[tuple[str, str], int] = {}
        for d in drawn:
            n = seen.get((d.char, d.part), 0)
            seen[(d.char, d.part)] = n + 1
            key = (d.char, d.part, n)
            if d.part == STRAND:
                ends = [pygame.Rect(view.ipt(d.placed.x, d.placed.y), (0, 0))]
                head = placed.get(d.char, {}).get("head")
                if head is not None:  # the curve sags at most ~17 room px below its two ends
                    ends.append(pygame.Rect(view.ipt(*local_point(self.figures.specs[d.char], head, STRAND_ROOT)), (0, 0)))
                m = round(view.len(STRAND_MARGIN)) * 2
                out[key] = (None, t, ends[0].unionall(ends[1:]).inflate(m, m))
                continue
            was = before.get(key)
            if was is not None and was[0] == d:
                out[key] = was  # posed exactly as in the last frame
                continue
            r = rasters.reach(view, d)
            if screen.contains(r):
                img, _pos, whole = rasters.shown(view, d)  # (`at`'s rect, its whole turn not made)
                look = (d.variant, whole.size, whole.topleft, round(d.placed.angle * 4.0), d.placed.flip != d.mirror,
                        round(d.squash, 2), round(255 * d.alpha), d.front, id(img))
                out[key] = (d, look, whole)
            else:
                out[key] = (d, (d, view), r)
        return out

    def draw_insert(self, surface: pygame.Surface, shot: str, snap: Snapshot, t: float,
                    origin: tuple[int, int] = (0, 0), size: tuple[int, int] | None = None) -> None:
        """The close shot `shot` (an insert), lit by the room's lights where its shot rect is
        (`origin`, `size`: the part of a larger canvas `surface` shows, game/art/inserts.py)."""
        if self.inserts is None:
            return
        since = snap.shot.since if snap.shot.value == shot else -1e9
        faces = {who: c.value for who, c in snap.faces.items()}  # its faces follow the live `face` beats
        self.inserts.draw(surface, shot, t - since if since > -1e8 else t, self.insert_light(shot, snap, t), faces,
                          origin, size)

    def insert_light(self, shot: str, snap: Snapshot, t: float) -> InsertLight:
        """The room's light on the close shot `shot` at `t`, from where its shot rect is."""
        box = self.props.room.shots[shot].rect
        fs = fx_state(snap)
        still = [LightSample(li.x, li.y, li.radius, li.colour, li.intensity) for li in self.props.room.lights]
        return light_at(self.fx.lights(fs, t), box.cx, box.cy, self.fx.ambient(fs), fs.clamped().glow,
                        key_side(still, box.cx, box.cy))

    def prepare_insert(self, shot: str, snap: Snapshot, t: float, size: tuple[int, int],
                       move: Move | None = None) -> Iterator[str]:
        """The close shot `shot`'s first frame made ahead, a part per step (game/art/inserts.py),
        lit as the room is now (the light map is kept by its colours, which hold over a line);
        with a camera `move`, at the size game/camera.py draws it (its largest scale)."""
        if self.inserts is None or not self.inserts.has(shot) or shot not in self.props.room.shots:
            return
        if move is not None and not self.fx.reduce_motion:
            r = self.props.room.shots[shot].rect
            scale = move.largest_scale((r.x, r.y, r.w, r.h), size[0])
            size = (math.ceil(r.w * scale), math.ceil(r.h * scale))
        yield from self.inserts.prepare_steps(shot, size, self.insert_light(shot, snap, t))


def _alpha_max(dst: npt.NDArray[np.float64], img: pygame.Surface, x: int, y: int) -> None:
    """`dst` (x, y indexed, 0..1) raised to the alpha of `img` laid at (x, y) on it."""
    w, h = dst.shape
    x0, y0, x1, y1 = max(0, x), max(0, y), min(w, x + img.get_width()), min(h, y + img.get_height())
    if x1 <= x0 or y1 <= y0:
        return
    a = pygame.surfarray.array_alpha(img)[x0 - x:x1 - x, y0 - y:y1 - y] / 255.0
    np.maximum(dst[x0:x1, y0:y1], a, out=dst[x0:x1, y0:y1])


def build_layers(room: Room, assets: Assets, svg: SvgCache, settings: Settings,
                 cast: dict[str, str]) -> RoomLayers:
    """The room's layers; `cast` maps each character's id to its figure (rig) id."""
    props = PropArt(room, assets.art / "props", svg)
    if props.missing:
        log.warning("missing prop art: %s", ", ".join(str(p) for p in props.missing))
    rigs = load_poses(assets.poses)
    figures = Figures(room, {who: rigs[figure] for who, figure in cast.items()}, assets.art / "figures", svg,
                      settings.seed)
    fx = RoomFx(room, settings.seed, settings.reduce_motion, props.wall_base_y)
    layers = RoomLayers(props, figures, fx)
    layers.inserts = Inserts(assets.art / "inserts", svg, settings.seed, settings.reduce_motion)
    return layers
