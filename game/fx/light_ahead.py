"""The next shot's light map made ahead while a line plays, and taken whole at the cut.

The first light map at a new view cost 50-130 ms in a cut's frame at 1080p (stop 27): the wall
shadows baked for new silhouettes, the side light shaped on them, the window's cold rim measured
on the drawn figures and shaped, the upscale, the props' top edges, the figures' own side light
laid by their alpha. Once the cut's moment is known (game/scenes/ahead.py `cut_snapshot`), every
input of that map is known: the stage at that moment, the figure parts turned for it in the
reserve (game/room/ahead_turns.py), the props rasterized or held apart for its scale. So the
last pass before the cut makes the map too (`light_steps`, from game/room/render.py
`prepare_steps`), a piece a step: the figures' masks, the props', what the front props leave
seen, the rim's measure, the map itself, its upscale, edges, figures and haze; it is kept in
`LightMap.ahead` beside the shown shot's.

The cut's frame makes its masks anew (new surfaces), so it cannot name the made map by its
masks' ids as the map's own key does: it names it by their pixels (`content_key`, asked for only
when the frame's moment, size, view and light state are the map's: `fits`). The same inputs,
the same map: the cut takes its buffers and its rims (`Ahead.taken`) and builds nothing; a map
made for a frame that did not come (a click before the auto-advance) is let go of at the first
frame past its moment. Nothing here changes what the shown shot draws: its rims, its rim measure
(rim_art keeps two), its light map's buffers are put back after each step. In the golden glow too
(stop 29): the haze the map adds is kept as a copy (`LightMap.add`: the buffer it is drawn in is
drawn again by the shown frames between the steps) and read with the wax its own frame draws.
"""

from __future__ import annotations

import copy
import hashlib
import math
from collections.abc import Callable, Hashable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast
from weakref import WeakKeyDictionary

import pygame

from game.fx import figure_light
from game.fx.figure_light import RIM_PAD, RIM_POSE_FPS, ColdRim, Rim, rim_pose
from game.fx.occlusion import Caster
from game.fx.state import light_moment
from game.view import View

if TYPE_CHECKING:
    from game.fx.lighting import LightMap
    from game.room.ahead_turns import NextRasters
    from game.room.layers import RoomLayers
    from game.story.stage import Snapshot

_DIGESTS: WeakKeyDictionary[pygame.Surface, tuple[tuple[int, int], bytes]] = WeakKeyDictionary()


def digest(mask: pygame.Surface) -> tuple[tuple[int, int], bytes]:
    """A mask named by its size and pixels (kept while it lives: a prop's raster is asked often)."""
    hit = _DIGESTS.get(mask)
    if hit is None:
        hit = _DIGESTS[mask] = (mask.get_size(), hashlib.blake2b(pygame.image.tobytes(mask, "RGBA"), digest_size=16).digest())
    return hit


def content_key(key: Hashable, casters: Sequence[Caster], seen: Sequence[Caster] | None, rim: ColdRim) -> Hashable:
    """room_fx's light-map `key` (its moment, size, view, light state, then the casters' and the
    seen masks' ids) with each mask named by its pixels, and the pose the cold rim is measured at."""
    pose = rim.posed()
    head = cast(tuple[Any, ...], key)[:4]
    return (head, tuple((digest(m), tuple(r), f) for m, r, f in casters),
            None if seen is None else tuple((digest(m), tuple(r)) for m, r, _f in seen),
            None if pose is None else (tuple(sorted(pose[2].items())), math.floor(pose[3] * RIM_POSE_FPS)))


def wax_key(candles: Any) -> Hashable:
    """The candles' wax drawn last (`Candles.wax_casters`), named by its pixels and places."""
    return _wax_named(candles.wax_casters())


@dataclass
class Ahead:
    """A light map made ahead: the key of the frame it is for, that key by content, the map (a
    LightMap holding only its upscaled buffers) and the cold rims built with it, for `rim`."""

    key: tuple[Any, ...]
    content: Hashable
    made: LightMap
    rims: list[Rim]
    rim: ColdRim
    # the candles' wax as the build read it (the golden haze's cut keeps it lit: Candles.wax_casters,
    # the wax drawn last, set to the frame's own while it is made ahead: `_waxed`), and where to read
    # the wax the frame that takes it drew (`fits`: only then taken)
    wax: Hashable = None
    candles: Any = None

    def taken(self) -> None:
        """The cut takes the map: its rims are the ones drawn from now on."""
        self.rim.rims = list(self.rims)


def fits(ahead: Ahead, key: Hashable, content: Callable[[], Hashable]) -> bool | None:
    """Whether the frame of `key` takes the map made `ahead`: True (the same inputs), False (a
    frame at or past its moment that does not: let it go), None (a frame before it: keep it)."""
    k = cast(tuple[Any, ...], key)
    if len(k) == len(ahead.key) and k[:4] == ahead.key[:4]:
        return content() == ahead.content and (ahead.candles is None or wax_key(ahead.candles) == ahead.wax)
    return False if len(k) != len(ahead.key) or k[0] > ahead.key[0] else None


class _Missing(Exception):
    """A prop the cut's map needs is neither rasterized at its scale nor held apart for it."""


class _HeldProps:
    """The room's props as the cut will have them: a piece's raster at the next scale is the one
    kept or held apart for it (game/art/props.py), never rasterized here (`_Missing`)."""

    def __init__(self, props: Any) -> None:
        self._props = props

    def __getattr__(self, name: str) -> Any:
        return getattr(self._props, name)

    def _raster(self, piece: Any, scale: float) -> pygame.Surface:
        p, key, name = self._props, round(scale, 4), piece.path.name
        made = p._scales.get(key, {}).get(name)
        if made is not None and (key, name) not in p._crops:
            return cast(pygame.Surface, made)
        if key == p._ahead_key and name in p._ahead and name not in p._ahead_crops:
            return cast(pygame.Surface, p._ahead[name])
        raise _Missing(name)

    def _tried(self) -> None:
        """(No frame of the shown shot begins here.)"""

    def _outline(self, piece: Any, view: View, canvas: tuple[int, int] | None) -> pygame.Surface:
        """A shadow prop's outline kept or held apart for the next scale (game/art/prop_outline.py)."""
        got = self._props._kept_outline(round(view.scale, 4), piece.path.name)
        if got is None:
            raise _Missing(piece.path.name)
        return cast(pygame.Surface, got)


class _Canvas:
    """What of the target surface the light map reads (its size), for a map made with no canvas."""

    def __init__(self, size: tuple[int, int]) -> None:
        self.size = size

    def get_size(self) -> tuple[int, int]:
        return self.size

    def get_rect(self) -> pygame.Rect:
        return pygame.Rect((0, 0), self.size)


def light_steps(layers: RoomLayers, reserve: NextRasters, view: View, snap: Snapshot,
                size: tuple[int, int]) -> Iterator[str]:
    """The light map of the frame `snap` (the cut's, at its moment `snap.t`) through `view` on a
    `size` canvas, made into `LightMap.ahead` a piece a step, with the figure parts turned ahead
    in `reserve` (nothing made there: none is). A step is one of: a light's falloff, the figures'
    masks, the props', the figures as seen past the front props, a part turned for the cold rim,
    the rim's measure, its shape, the shadows' bakes, the map (side light, sum), then
    `LightMap.finish_steps` (upscale, edges, a figure's side light, haze)."""
    from game.art.props import PropArt
    from game.room.layers import RoomLayers, figure_states, fx_state

    fx, rasters = layers.fx, reserve.maker
    lm = fx.light_map
    lm.ahead = None
    if rasters is None:
        return
    figs, t = figure_states(snap), snap.t
    for light in fx.lights(fx_state(snap).clamped(), t):  # (as RoomFx.prepare_steps, which comes after)
        lm.prepare(size, view, light)
        yield "light: a falloff"
    figures = copy.copy(layers.figures)  # the figures, turning their parts from the reserve
    figures.rasters, figures._sil = rasters, None
    people = figures.silhouettes(view, figs, t)
    yield "light: the figures' masks"
    held = _HeldProps(layers.props)
    twin = copy.copy(layers)
    twin.props, twin.figures, twin._seen = cast(Any, held), figures, None
    try:
        props = PropArt.silhouettes(cast(PropArt, held), view, size)
        yield "light: the props' masks"
        casters, seen = props + people, props + RoomLayers.seen_people(twin, view, figs, t, people, size)
        yield "light: the figures as seen"
        got: list[tuple[Hashable, Callable[[], pygame.Surface]]] = []
        with _posed(fx.cold_rim, (figures, held, figs, t)):
            lm.making = lambda key, build: got.append((key, build))
            try:
                fx.draw_light(cast(pygame.Surface, _Canvas(size)), view, fx_state(snap), t, casters, seen)
            finally:
                lm.making = None
            content = content_key(got[0][0], casters, seen, fx.cold_rim)
        yield from _rim_turns(fx, figures, figs, view, fx_state(snap), t, size)
        with _posed(fx.cold_rim, (figures, held, figs, t)):
            _rim(fx, view, fx_state(snap), t, seen, size, False)
        yield "light: the figures' alpha for the rim"
        with _posed(fx.cold_rim, (figures, held, figs, t)):
            _rim(fx, view, fx_state(snap), t, seen, size, True)
        yield "light: the rim's shape"
        _shadow_bakes(fx, view, fx_state(snap), t, casters, size)
        yield "light: the wall shadows' bakes"
        drawn = cut_wax(fx.candles, view, fx_state(snap).clamped().candles, size)
        with _posed(fx.cold_rim, (figures, held, figs, t)), _waxed(fx.candles, drawn):
            made, rims = _built(lm, got[0][1], fx.cold_rim)
    except _Missing:
        return
    yield "light: the map"
    key = cast(tuple[Any, ...], got[0][0])
    yield from made.map.finish_steps(made.small, key)
    glow = fx_state(snap).light_stepped().glow > 0.0
    lm.ahead = Ahead(key, content, made.map, rims, fx.cold_rim, _wax_named(drawn) if glow else None, fx.candles if glow else None)


def cut_wax(candles: Any, view: View, burn: float, size: tuple[int, int]) -> list[Caster]:
    """The candles' wax as a frame through `view` on a `size` canvas at `burn` draws it
    (`Candles.draw_wax`: what `wax_casters` then gives), its scale's art put back after."""
    import pygame as pg

    was = candles._scale
    candles._rescale(view.scale)
    try:
        return [(spr, pg.Rect(pos, spr.get_size()), depth) for _k, spr, pos, depth, _w in
                candles._wax_items(view, burn, pg.Rect((0, 0), size))]
    finally:
        candles._rescale(was)


class _waxed:
    """The candles' wax drawn last (`Candles.wax_casters`, which the golden haze's cut keeps lit
    before the logs) set to `wax` while a map is made ahead: the map's frame draws that wax before
    its light; the shown frame's put back after. (Read as it was, the shown shot's wax went into
    the cut's map: `fits` then turned it down, or a frame drawn between took another's.)"""

    def __init__(self, candles: Any, wax: list[Caster]) -> None:
        self.candles, self.wax = candles, wax

    def __enter__(self) -> None:
        self.saved = self.candles._wax_drawn
        self.candles._wax_drawn = list(self.wax)

    def __exit__(self, *exc: object) -> None:
        self.candles._wax_drawn = self.saved


def _wax_named(wax: Sequence[Caster]) -> Hashable:
    """`wax` named by its pixels and places (as `wax_key` names the wax drawn last)."""
    return tuple((digest(m), tuple(r), f) for m, r, f in wax)


@dataclass
class _Made:
    map: LightMap
    small: pygame.Surface


class _posed:
    """The cold rim posed as the cut's frame poses it (its rims and pose put back after)."""

    def __init__(self, rim: ColdRim, pose: tuple[Any, Any, dict[str, Any], float]) -> None:
        self.rim, self.pose = rim, pose

    def __enter__(self) -> None:
        self.saved = (self.rim.posed(), self.rim.rims)
        self.rim.pose(*self.pose)

    def __exit__(self, *exc: object) -> None:
        pose, self.rim.rims = self.saved
        self.rim.set_pose(pose)


def _rim_turns(fx: Any, figures: Any, states: dict[str, Any], view: View, state: Any, t: float,
               size: tuple[int, int]) -> Iterator[str]:
    """The parts of the figures the cold rim measures (rim_art `Coverage.people`: whole, at its
    pose and the next) turned a part a step (into the reserve, as the cut would turn them): in
    the rim's measure, a cut's close shot turned ~20 of them at once (40-55 ms, lines 16, 17).
    Only those the measure turns (`Coverage.wanted`: a part whose whole turn's rect meets the
    canvas, the next pose's only if something of her breathes): every part of a lit figure within
    her reach of the canvas was turned, at the push into line 17 at 1080p 9 turns (4.2 MiB) the
    measure never read, held until the map was made (`NextRasters.measured`)."""
    if figure_light.RIM_PEAK <= 0.0:
        return
    tq = light_moment(t)
    cold = fx.window_light.colour if fx.window_light is not None else (0, 0, 0)
    mine = {k: v for k, v in states.items() if k in figures.specs}
    lit = fx.cold_rim.lit(figures, mine, fx.lights(state.light_stepped(), tq), cold)
    rq = rim_pose(t)  # (as ColdRim.measure asks for it)
    for d in fx.cold_rim.coverage.wanted(figures, view, mine, rq, rq + 1.0 / RIM_POSE_FPS,
                                         pygame.Rect((0, 0), size), RIM_PAD, lit):
        figures.rasters.shown(view, d)  # (as the rim measures it: its whole turn not made)
        yield "light: a part turned for the rim"


def _shadow_bakes(fx: Any, view: View, state: Any, t: float, casters: Sequence[Caster], size: tuple[int, int]) -> None:
    """The wall shadows of the map's key-light pass baked for the cut's casters (game/fx/shadows.py
    keeps them by mask), on a scratch map: the map's own step finds them. (Without the flames'
    shares: the shares' weaker copies are made with the map.)"""
    from game.fx.lighting import DOWNSCALE
    from game.fx.room_fx import KEY_SHADOW

    st = state.light_stepped()
    lights = fx.lights(st, light_moment(t))
    shadows = [light.shadow for light in lights if light.shadow is not None]
    if not shadows or not casters:
        return
    scratch = pygame.Surface((max(1, -(-size[0] // DOWNSCALE)), max(1, -(-size[1] // DOWNSCALE))))
    solid = {id(m) for m, _r, _f in fx._people(view, casters)}
    fx.shadows.shade(scratch, (0, 0), shadows, view, casters, KEY_SHADOW, fx.candles.wax_rects(st.candles), solid)


def _rim(fx: Any, view: View, state: Any, t: float, seen: Sequence[Caster], size: tuple[int, int], shape: bool) -> None:
    """The cold rim measured (rim_art: the figures' alpha at screen resolution), then (`shape`)
    shaped, as the map's build will ask for them (room_fx.draw_light): kept by rim_art and
    ColdRim, so the map's own step finds them. (The rim was the largest part of the map's cost.)"""
    st = state.light_stepped()
    tq = light_moment(t)
    cold = fx.window_light.colour if fx.window_light is not None else (0, 0, 0)
    args = (view, fx._people(view, seen), fx.lights(st, tq), cold, pygame.Rect((0, 0), size))
    if shape:
        fx.cold_rim.update(*args)
    else:
        fx.cold_rim.measure(*args)


def _built(lm: LightMap, build: Callable[[], pygame.Surface], rim: ColdRim) -> tuple[_Made, list[Rim]]:
    """`build` run into a map of its own (the shown map's buffer, edges, figures and haze put
    back): that map, ready for `finish_steps`, and the rims it set on `rim`."""
    from game.fx.lighting import LightMap

    saved = (lm._small, lm.edges, lm.figures, lm._add)
    lm._small = None
    try:
        small = build()
        made = LightMap()
        made.edges, made.figures, made._add = lm.edges, lm.figures, lm._add
        rims = list(rim.rims)
    finally:
        lm._small, lm.edges, lm.figures, lm._add = saved
    return _Made(made, small), rims
