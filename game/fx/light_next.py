"""The shown shot's next light-map frame made ahead, a piece a 60 Hz frame (issue 13).

The light map is a LIGHT_FPS (20 Hz) animation: every third 60 Hz frame built the whole map
(its sum and wall shadows, the side light, the window's cold rim, the upscale, the props' top
edges, the figures' own side light), ~15 ms at 1080p in that one frame, and it set every room
moment's p95. But the next light frame's inputs are known a frame ahead: the light is a
function of its moment floor(t * LIGHT_FPS) and the state; the figures' silhouettes of theirs
(posed at SILHOUETTE_FPS, the writer's nib rounded); the view and the state are most often the
shown frame's. So each frame of a held shot (`advance`, called after the map is applied) runs a
share of the next light frame's build: the figures' masks at its moment (when they change),
the same frame's light-map call with those (its key and its build, `LightMap.making`), the key
by content, the rim's measure and shape, the wall shadows' bakes, the build's own steps
(`Build.steps`: the sum, the props' side light, the figures', the rest), then the made map's
`finish_steps` (upscale, edges, a figure's side light each, the haze). The work is spread by
what each step cost the cycle before, so that the frames up to the next light frame carry
about the same share; the light frame itself only takes the map made (`take`).

The frame that comes takes the made map only if it is the one it would have built: the same
moment, size, view and light state, and its masks the same pixels (`content_key`, as a cut's
map made ahead is named: game/fx/light_ahead.py), the cold rim posed at the same pose. Any
other frame (a camera move, a tween stepping the state, the writer's nib moved on) builds its
own as before. Nothing here changes what a shown frame draws: the shown map's buffers, edges,
figures and haze, and the cold rim's rims and pose, are put back after every step
(`_Isolated`); the made map is upscaled into an upscale of its own (its rows expanded and
what is laid over them: game/fx/light_bands.py, no canvas), its haze the shown one's if the same.

The window's cold rim measured the drawn figures at its own RIM_POSE_FPS (5 Hz), turning the
lit figures' whole parts at the next pose and the one after: 35-46 ms in one frame at line 51,
where all of her lies off the window's close shot. rim_art now finds a figure with no part on
the canvas without turning any (`rim_art._bound`).
"""

from __future__ import annotations

import copy
import math
import time
from collections.abc import Callable, Hashable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, cast

import pygame

from game import memory
from game.fx.figure_light import RIM_POSE_FPS, ColdRim, Rim
from game.fx.light_ahead import Ahead, _Canvas, _posed, _wax_named, _waxed, content_key, fits
from game.fx.lighting import Build, LightMap
from game.fx.occlusion import Caster
from game.fx.state import FxState, light_moment
from game.view import View

if TYPE_CHECKING:
    from game.fx.room_fx import RoomFx

FRAME_FPS = 60  # the frames a light frame's build is spread over are counted at this rate
# A frame this far (s) or more after the last, itself as far after the one before, makes nothing ahead:
# each is a light frame of its own and builds its own map. Made ahead there, the map was for the next
# light frame, which a frame 4 or more 60 Hz steps later skips (line 1 at 1080p, K steps a frame: K=4
# 37 of 108 maps built twice; K=6 and 8 every one, 10.7-13.1 ms a frame thrown away, a fifth of it), and
# where it was taken (K=3) it cost as much as building it, split between the frame and the next. A slow
# or loaded machine draws such frames (the spiral: a frame covering more time has more to make). One
# late frame among 60 Hz ones (a hitch) does not count.
SLOW_FRAME = 3.0 / FRAME_FPS - 1e-6
GUESS_STEPS = 16  # a light frame's steps made ahead as a rule, for sharing out the first one
# What a step of the build made ahead costs, read around each (`_run`): the main thread's CPU time. The
# kiosk soak's deterministic mode counts steps instead (tools/kiosk/fixed.py), so the share is the frames'.
step_clock: Callable[[], float] = time.thread_time


@dataclass
class _Work:
    """One light frame's map in the making: the frame it is for (`target`: its moment, size,
    view and light state), the steps left, each step's cost so far, and the map once made."""

    target: tuple[Any, ...]
    steps: Iterator[str] | None
    kind: tuple[bool, bool] = (False, False)  # whether it makes the figures' masks, measures a new rim pose
    costs: list[float] = field(default_factory=list)
    made: Ahead | None = None
    frames: list[int] = field(default_factory=list)  # steps run in each frame it was advanced in
    names: list[str] = field(default_factory=list)  # the steps run, in order


class Upcoming:
    """What is kept between frames for the next light frame made ahead (`LightMap.upcoming`)."""

    def __init__(self) -> None:
        self.work: _Work | None = None
        # the step costs (s) of the last whole cycle of each kind (`_Work.kind`), by position: how to share them
        self.costs: dict[tuple[bool, bool], list[float]] = {}
        self.shown: tuple[View, tuple[int, int]] | None = None  # the last frame's view and size
        self.people: tuple[Any, list[Caster], list[Caster] | None] | None = None  # the last masks made: their key, them, as seen
        self.covers: dict[tuple[str, float, int, int], pygame.Surface] = {}  # front props scaled to the masks (RoomLayers.seen_people)
        self.small: pygame.Surface | None = None  # the made map's 1/8-size buffer
        self.last: tuple[float, FxState] | None = None  # the last frame's time and state
        self.slow = False  # the last frame came SLOW_FRAME or more after the one before
        self.taken = 0  # maps taken (for the tests)
        self.built = 0  # maps made

    def memory_bytes(self) -> int:
        """The map made (its upscale's rows and laid rects: game/fx/light_bands.py) and its 1/8-size buffer."""
        made = self.work.made.made if self.work is not None and self.work.made is not None else None
        return (made.upscaled_bytes() if made is not None else 0) + (memory.surface_size(self.small) if self.small else 0)


def advance(fx: RoomFx, size: tuple[int, int], view: View, state: FxState, t: float,
            casters: Sequence[Caster], seen: Sequence[Caster] | None) -> None:
    """After the frame at t applied its map: run this frame's share of the next light frame's
    build (the frames left before it share what is left), and of the next rim pose's turns. A
    frame whose view or size is not the last frame's (a camera move, a cut) makes nothing ahead."""
    lm = fx.light_map
    if lm.making is not None:  # (a map being made ahead calls draw_light itself)
        return
    up = lm.upcoming = lm.upcoming or Upcoming()
    held = up.shown == (view, size)
    up.shown = (view, size)
    pose = fx.cold_rim.posed()
    if not held or pose is None:  # (nothing made ahead)
        _drop(up)
        return
    last = up.last
    tn, sn, left = _next_frame(up, t, state)
    slow, up.slow = up.slow, last is not None and t - last[0] >= SLOW_FRAME
    if slow and up.slow:  # (see SLOW_FRAME: the next frame builds its own)
        _drop(up)
        return
    target = (light_moment(tn), size, view, sn.light_stepped())
    work = up.work
    if work is None or work.target != target:
        _drop(up)
        from game.art.figures import SILHOUETTE_FPS

        kind = (math.floor(tn * SILHOUETTE_FPS) != math.floor(t * SILHOUETTE_FPS),
                math.floor(tn * RIM_POSE_FPS) != math.floor(t * RIM_POSE_FPS))
        work = up.work = _Work(target, _steps(fx, up, size, view, sn, tn, casters, seen, pose), kind)
    if work.steps is None:
        return
    _run(up, work, left)


def cut(fx: RoomFx) -> None:
    """A cut's frame (the figures just given the turns made ahead for it: game/scenes/ahead.py):
    it makes nothing ahead, as if its view were new. Its shot's view can be the last frame's (80's
    page into 81's: the same backdrop), and the next light frame's masks would be turned in the
    cut's own frame from rasters that hold only what the cut draws (27 parts at 1080p)."""
    up = fx.light_map.upcoming
    if up is not None:
        up.shown = None


def _next_frame(up: Upcoming, t: float, state: FxState) -> tuple[float, FxState, int]:
    """The next frame whose light map is not this one's: its time, its state and how many frames
    ahead it is (this one's share: 1/that of the work). The next light frame, or one before it whose
    light state steps: a tween (the rain rising, line 51) steps the map's state between light
    frames too; its state is extrapolated from the last two frames' (a frame it misses builds its own)."""
    last, up.last = up.last, (t, state)
    now = (light_moment(t), state.light_stepped())
    tk, sk, k = t, state, 0
    while k < FRAME_FPS:  # (within a light frame's frames as a rule)
        k += 1
        tk += 1.0 / FRAME_FPS
        sk = _extrapolated(last, t, state, tk)
        if (light_moment(tk), sk.light_stepped()) != now:
            break
    return tk, sk, k


def _extrapolated(last: tuple[float, FxState] | None, t: float, state: FxState, at: float) -> FxState:
    """The state at `at` on the line through the last frame's and this one's (this one's if none)."""
    if last is None or not last[0] < t:
        return state
    k = (at - t) / (t - last[0])
    was = last[1]
    light_rain = None if state.light_rain is None else state.rain + (state.rain - was.rain) * (light_moment(at) - t) / (t - last[0])
    return FxState(rain=state.rain + (state.rain - was.rain) * k, candles=state.candles + (state.candles - was.candles) * k,
                   glow=state.glow + (state.glow - was.glow) * k, fire=state.fire + (state.fire - was.fire) * k,
                   light_rain=light_rain)  # (the light map's rain: at its light frame's moment, FxState.light_stepped)


def _drop(up: Upcoming) -> None:
    """Let go of the work in hand (and the map it made)."""
    up.work = None


def _run(up: Upcoming, work: _Work, left: int) -> None:
    """Run `work`'s steps for one frame of the `left` before its moment: about 1/left of what
    is left by the last cycle's costs (all of it in the last frame); at least one step. Work
    begun only the frame before its moment (a tween's state stepping next frame) runs half here,
    the rest in its frame (`take` finishes it): not the whole build in either."""
    assert work.steps is not None
    if left == 1 and not work.frames:
        left, last = 2, False
    else:
        last = left <= 1
    # (a kind not seen yet goes by another's costs; none yet: GUESS_STEPS steps alike)
    est = up.costs.get(work.kind) or next(iter(up.costs.values()), None) or [1.0] * GUESS_STEPS
    done = len(work.costs)
    mean = sum(est) / len(est)
    share = (sum(est[done:]) + mean * max(0, 1 - len(est[done:]))) / left
    spent, ran = 0.0, 0
    while work.steps is not None and (last or ran == 0 or spent < share):
        at = done + ran
        t0 = step_clock()
        try:
            work.names.append(next(work.steps))
        except StopIteration:
            work.steps = None
        work.costs.append(step_clock() - t0)
        spent += est[at] if at < len(est) else mean
        ran += 1
    work.frames.append(ran)
    if work.steps is None:
        up.costs[work.kind] = work.costs


def take(lm: LightMap, key: Hashable, content: Any) -> bool:
    """At a frame whose map `key` is not the shown one: whether the map made ahead is this frame's
    (`fits`: the same moment, size, view and state, the masks the same pixels, the rim the same
    pose); then its buffers become the shown map's (the old ones kept for the next made ahead).
    A made map the frame does not take is let go of; work not yet done for this very frame (a
    frame dropped) is run to its end first: the share left is what the whole build would cost."""
    up = lm.upcoming
    work = up.work if up is not None else None
    if up is None or work is None:
        return False
    k = cast(tuple[Any, ...], key)
    if work.steps is not None and tuple(k[:4]) == work.target:
        for _step in work.steps:
            pass
        work.steps = None
    ahead = work.made
    if ahead is None:
        return False
    verdict = fits(ahead, key, content)
    if verdict is None:
        return False  # (a frame before its moment)
    if not verdict:
        _drop(up)
        return False
    up.work = None
    made = ahead.made
    lm._big, made._big = made._big, None
    lm._add_big, lm._add_seen = made._add_big, made._add_seen
    lm.edges, lm.figures, lm._add = made.edges, made.figures, made._add
    lm._key = key
    lm.generation += 1
    ahead.taken()
    up.taken += 1
    return True


class _Isolated:
    """Around each step of the made map's build: the light map's build state (its 1/8-size
    buffer, edges, figures, haze) and the cold rim's rims and pose are the made map's, and the
    shown map's are put back after: a frame drawn between two steps sees only its own."""

    def __init__(self, lm: LightMap, rim: ColdRim, pose: tuple[Any, Any, dict[str, Any], float],
                 small: pygame.Surface | None) -> None:
        self.lm, self.rim, self.pose = lm, rim, pose
        self.state: tuple[Any, ...] = (small, [], None, None)
        self.rims: list[Rim] = []

    def __enter__(self) -> None:
        lm, rim = self.lm, self.rim
        self.saved = (lm._small, lm.edges, lm.figures, lm._add, rim.rims, rim.posed())
        lm._small, lm.edges, lm.figures, lm._add = self.state
        rim.rims = self.rims
        rim.pose(*self.pose)

    def __exit__(self, *exc: object) -> None:
        lm, rim = self.lm, self.rim
        self.state, self.rims = (lm._small, lm.edges, lm.figures, lm._add), rim.rims
        lm._small, lm.edges, lm.figures, lm._add, rim.rims, pose = self.saved
        rim.set_pose(pose)


def _people(fx: RoomFx, up: Upcoming, size: tuple[int, int], view: View, tn: float, casters: Sequence[Caster],
            seen: Sequence[Caster] | None, pose: tuple[Any, Any, dict[str, Any], float],
            ) -> Iterator[tuple[list[Caster], list[Caster] | None] | None]:
    """The next light frame's casters and seen casters (yielded last; None: not made ahead): the
    props' as this frame's (the same objects at one scale), the figures' silhouettes posed at its
    moment (the last ones made ahead while the moment of their pose lasts, made anew a step when it
    changes), as seen past the front props. (Yields None between its steps.)"""
    from game.room.layers import RoomLayers

    figures, props, figs, _t = pose
    shown = getattr(figures, "_sil", None)
    if shown is None:
        yield None
        return
    now = shown[1]
    n = len(now)
    if n > len(casters) or any(a is not b for a, b in zip(casters[len(casters) - n:], now, strict=True)):
        yield None  # (not the casters the figures gave: not made ahead)
        return
    props_c = list(casters[: len(casters) - n])
    if seen is not None and (len(seen) < len(props_c) or any(a is not b for a, b in zip(seen, props_c, strict=False))):
        yield None
        return
    twin = copy.copy(figures)  # the figures, their silhouettes' cache apart (the shown frame's is not touched)
    twin._sil = up.people[0] if up.people is not None else shown
    people = twin.silhouettes(view, figs, tn)
    if up.people is not None and people is up.people[0][1]:
        mine, seen_people = people, up.people[2]
    elif people is shown[1]:
        mine, seen_people = people, None if seen is None else list(seen[len(props_c):])
        up.people = (shown, people, seen_people)
    else:
        yield None  # (the figures' masks made: a step)
        mine, seen_people = people, None
        if seen is not None:
            layers = cast(Any, object.__new__(RoomLayers))
            layers.props, layers.figures, layers._covers, layers._seen = props, twin, up.covers, None
            seen_people = RoomLayers.seen_people(layers, view, figs, tn, people, size)
            yield None
        up.people = (twin._sil, people, seen_people)
        figures._sil_next = twin._sil  # (the frame at its moment takes these masks: the same objects)
    yield (props_c + mine, None if seen_people is None else props_c + seen_people)


def _steps(fx: RoomFx, up: Upcoming, size: tuple[int, int], view: View, state: FxState, tn: float,
           casters: Sequence[Caster], seen: Sequence[Caster] | None,
           pose: tuple[Any, Any, dict[str, Any], float]) -> Iterator[str]:
    """The light frame at `tn` made, a piece a step, into `up.work.made` (see the module's doc)."""
    lm, rim = fx.light_map, fx.cold_rim
    figures, props, figs, _t = pose
    nxt = (figures, props, figs, tn)
    made_casters: tuple[list[Caster], list[Caster] | None] | None = None
    for got in _people(fx, up, size, view, tn, casters, seen, pose):
        if got is None:
            yield "light next: the figures' masks"
        else:
            made_casters = got
    if made_casters is None:
        return
    cs, ss = made_casters
    calls: list[tuple[Hashable, Build]] = []
    named, lm.making = lm.named, lambda key, build: calls.append((key, cast(Build, build)))
    try:
        with _posed(rim, nxt):
            fx.draw_light(cast(pygame.Surface, _Canvas(size)), view, state, tn, cs, ss)
            content = content_key(calls[0][0], cs, ss, rim)
    finally:
        lm.making, lm.named = None, named  # (the shown frame's, as it set them)
    key, build = calls[0]
    if not isinstance(build, Build):
        return
    yield "light next: its key"
    box = _Isolated(lm, rim, nxt, up.small)
    wax = fx.candles.wax_casters()  # (the haze's cut reads the wax drawn last: the one its frame draws, as a rule)
    steps = build.steps()
    while True:
        with box, _waxed(fx.candles, wax):
            try:
                name = next(steps)
            except StopIteration as stop:
                small = cast(pygame.Surface, stop.value)
                break
        yield f"light next: {name}"
    made = LightMap()
    _small, made.edges, made.figures, made._add = box.state
    up.small = small
    made._add_big, made._add_seen = lm._add_big, lm._add_seen  # (the shown haze's upscale, if the same: never changed once made)
    for name in made.finish_steps(small, key):
        yield f"light next: {name}"
    assert up.work is not None
    glow = state.light_stepped().glow > 0.0  # (`fits` checks the frame drew that wax: only the haze reads it)
    up.work.made = Ahead(cast(tuple[Any, ...], key), content, made, list(box.rims), rim,
                         _wax_named(wax) if glow else None, fx.candles if glow else None)
    up.built += 1
