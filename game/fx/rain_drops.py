"""The drops on the glass: when each one strikes, where it sits, how it runs down.

A pure schedule (split from `game.fx.rain`, which draws what it gives): drop i strikes at
(i + jitter) / DROP_RATE and lives a hashed life; each drop's traits (where it strikes, its
size, whether and when it runs, how fast, how it wanders) are hashed once per seed into a
table of DROP_TABLE rows. The rain's level (a density 0..1) decides which drops show, each
above its own threshold, so a change of level is smooth. Below RESIDUAL the rain has stopped:
no new strikes, but fat drops still run down. A running drop's path is closed-form (stop-go
steps), sampled once and kept while the drop lives; its wet track is the last TRAIL_TIME s of it.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Iterator

import numpy as np
import numpy.typing as npt

from game.fx.glass_water import Track, Trickles
from game.fx.noise import hash01_np, noise1
from game.fx.state import STEPS
from game.room.model import Rect

FArray = npt.NDArray[np.float64]
DROP_RATE = 20.0  # drops per second striking the glass at torrential
DROP_LIFE = 7.0
DROP_TABLE = 4096  # drop j uses the traits in row j % DROP_TABLE (~3 minutes of rain)
TRAIL_TIME = 1.6  # seconds of a trickle's path left wet behind it
PATH_RATE = 240.0  # samples a second of a running drop's path (its track's x is read off them by y)
RESIDUAL = 0.1  # after the rain: drops still running down the glass, as at this density
FILM_FROM = 0.62  # density above which sheets of water stream down the glass (and the tracks run brighter)
TWEEN_STYLES = 2  # steps of the tracks' style shaded ahead in a tween (two can come a frame or two apart)
TWEEN_TRACKS = 3  # tracks shaded ahead a frame for the next step of their style while the rain's level moves
TWEEN_FRAMES = 60  # frames after the level last moved that it is still taken as moving
Beads = tuple[FArray, FArray, FArray, FArray, list[Track]]
_STEPS = np.linspace(0.0, 1.0, 10)


def density(rain: float) -> float:
    return max(0.0, min(1.0, rain / 4.0))


def ramp(d: float, thr: FArray, width: float = 0.08) -> FArray:
    out: FArray = np.clip((d - thr) / width, 0.0, 1.0)
    return out


def track_style(scale: float, d: float) -> tuple[float, float]:
    """A trickle's track's width (screen px) and strength at view `scale` and density `d`, in steps:
    the tracks' shading is kept per track and made again when these change, so a tween of the
    rain must not change them every frame. Over a downpour's film a brighter track, and its
    rivulets run thicker."""
    wet = min(1.0, max(0.0, (d - FILM_FROM) / (1 - FILM_FROM)))
    return round((0.9 + 1.2 * d) * scale * 2) / 2, round(wet * 8) / 8


def window_light(seed: int, rain: float, t: float, calm: bool = False) -> float:
    """The cold window light's strength: dimmer under heavy cloud, shimmering with the rain."""
    d = density(rain)
    shimmer = 0.0 if calm else 0.07 * d * noise1(seed, 1500, t * 2.3)
    return 0.85 - 0.3 * d + shimmer


class TweenAhead:
    """While the rain's level moves (a tween: line 51's 1.5 s up to torrential), the tracks' style
    steps every few glass frames and each step shaded every track again in one frame (15-20 ms
    at the window's close shot). This shades the tracks for the style the level reaches next,
    TWEEN_TRACKS a frame, into the trickles' strips made ahead, which the frame the style steps
    takes up: the same pixels (a strip is a function of its track and style), made earlier."""

    def __init__(self) -> None:
        self._last: float | None = None
        self._way = 0.0  # +1 rising, -1 falling
        self._since = 0  # frames since the level last moved
        self._run: tuple[object, Iterator[str]] | None = None
        self._seen: object = None  # the last key `rising` was given
        self._rising: tuple[object, Iterator[object]] | None = None  # a rising tween's downpour art, made ahead

    def rising(self, key: object, make: Callable[[], Iterator[object]]) -> None:
        """While the level rises, a step of what `make` makes for `key` (the glass's size and scale),
        begun again when the key changes, but not while it changes every frame (a camera move)."""
        if self.way <= 0.0 or key != self._seen:
            self._seen = key
            return
        if self._rising is None or self._rising[0] != key:
            self._rising = (key, make())
        next(self._rising[1], None)  # (run out: nothing more to make for this key)

    @property
    def way(self) -> float:
        """+1 while the level rises, -1 while it falls, 0 when it has not moved for TWEEN_FRAMES."""
        return 0.0 if self._since > TWEEN_FRAMES else self._way

    def step(self, trickles: Trickles, tracks: list[Track], scale: float, rain: float) -> None:
        """A frame at `rain` (stepped, 1/STEPS a unit) with `tracks` on the glass at view `scale`."""
        if self._last is not None and rain != self._last:
            self._way, self._since = (1.0 if rain > self._last else -1.0), 0
        else:
            self._since += 1
        self._last = rain
        if self._way == 0.0 or self._since > TWEEN_FRAMES:
            self._run = None
            return
        styles = [track_style(scale, density(rain))]
        for k in range(1, 4 * STEPS + 1):  # the next TWEEN_STYLES styles on the tween's way
            level = rain + self._way * k / STEPS
            if not 0.0 <= level <= 4.0 or len(styles) > TWEEN_STYLES:
                break
            if track_style(scale, density(level)) != styles[-1]:
                styles.append(track_style(scale, density(level)))
        wanted = [f"tween {(scale, *style)}" for style in styles[1:]]  # (a style keeps its strips while it is ahead)
        trickles.keep_ahead(lambda purpose: not purpose.startswith("tween") or purpose in wanted)
        key = (tuple(styles), scale, tuple(tr[0] for tr in tracks))
        if len(styles) < 2:
            self._run = None
            return
        if self._run is None or self._run[0] != key:  # the nearest first, then the one after
            self._run = (key, itertools.chain(*(trickles.prepare_steps(tracks, scale, *style, purpose="tween")
                                                for style in styles[1:])))
        for _ in range(TWEEN_TRACKS):
            if next(self._run[1], None) is None:
                break


class Drops:
    """Every drop that strikes `glass` (room px) for `seed`; `calm` (reduced motion): slower."""

    def __init__(self, glass: Rect, seed: int, calm: bool) -> None:
        self.glass = glass
        self.calm = calm
        r = np.arange(DROP_TABLE)
        h = [hash01_np(seed, 1600 + j, r) for j in range(10)]  # every drop's fixed traits, hashed once
        size = h[3] ** 1.6
        self._dp = np.stack([
            h[0], 2.0 + (DROP_LIFE - 2.0) * h[1], h[2] * 0.97, size,
            glass.x + 4 + (glass.w - 8) * h[4], glass.y + 4 + (glass.h - 8) * h[5],
            np.where(size > 0.25, h[6], 2.0), 0.3 + 1.2 * h[7], 30 + 50 * h[8],  # runs below 0.35 .. 0.8
            2 * math.pi * (0.6 + 0.9 * h[9]),
        ])
        self._paths: dict[int, tuple[FArray, FArray]] = {}

    def trails(self, rain: float, t: float) -> tuple[FArray, FArray, FArray, FArray, list[FArray]]:
        """The glass at t: beads x, y (room px), size 0..1.4, alpha 0..1, and trickle trails
        (each an (n, 2) array of room points from the top of the trail down to its bead)."""
        x, y, z, al, tracks = self.at(rain, t)
        trails = []
        for _j, py, px, top, bottom, _bead in tracks:
            ys = top + (bottom - top) * _STEPS
            trails.append(np.stack([np.interp(ys, py, px), ys], axis=1))
        return x, y, z, al, trails

    def at(self, rain: float, t: float, keep: bool = False) -> Beads:
        """The beads at t: x, y (room px), size 0..1.4, alpha 0..1; and the tracks behind the
        running ones: (drop, its path's y and x, the track's top and its bead's y (room px), its bead's strength).
        The paths kept are those of the drops alive at t; `keep`: those kept stay too (the
        drops at another time, asked for ahead of a cut, leave the drawn ones' paths)."""
        d = density(rain)
        tt = t * (0.45 if self.calm else 1.0)
        i0 = math.floor((tt - DROP_LIFE) * DROP_RATE)
        idx = np.arange(i0, math.floor(tt * DROP_RATE) + 1, dtype=np.int64)
        jit, life, thr, size, x0, y0, runs, delay, speed, w = self._dp[:, idx % DROP_TABLE]
        age = tt - (idx + jit) / DROP_RATE
        alive = (age >= 0) * (age < life)
        vis = ramp(d, thr, 0.1) * alive
        runner = runs < 0.35 + 0.45 * d
        k = min(1.0, d / RESIDUAL)
        wobble = size * 20  # the phase of its side-to-side wander: a trait (not its size, which swells after the rain)
        if k < 1.0:  # after the rain: no new strikes, but fat drops still run down from above
            vis = vis * k + alive * (runs < 0.8) * np.clip(age / 0.5, 0, 1) * (1.0 - k)
            runner = runner | (runs < 0.8)
            size = size * (1.6 - 0.6 * k)
        fade = np.clip((life - age) / 0.8, 0, 1) * vis
        run = runner & (fade > 0)
        ra = np.clip(age - delay, 0, None)
        x = np.where(run, x0 + 2.0 * np.sin(ra * 1.7 + wobble) * (ra > 0), x0)
        y = np.where(run, y0 + speed * (ra - np.sin(w * ra) / w), y0)
        grow = size + np.clip(0.12 - age, 0, 0.12) * 5  # the splash of a fresh strike
        tracks: list[Track] = []
        floor_y = self.glass.bottom - 1
        for i in np.nonzero(run & (ra > 0))[0].tolist():
            r0 = max(0.0, float(ra[i]) - TRAIL_TIME)  # the path of its last TRAIL_TIME s is still wet
            top = float(y0[i] + speed[i] * (r0 - math.sin(w[i] * r0) / w[i]))
            bottom = min(float(y[i]), floor_y)
            if top < floor_y and bottom > top:
                tracks.append((int(idx[i]), *self.path(int(idx[i])), top, bottom, float(fade[i])))
        if not keep:
            self._paths = {j: self._paths[j] for j in idx.tolist() if j in self._paths}
        keep = (fade > 0.02) & (y < self.glass.bottom - 1)
        return x[keep], y[keep], np.clip(grow[keep], 0, 1.4), fade[keep], tracks

    def path(self, j: int) -> tuple[FArray, FArray]:
        """Drop j's whole run down the glass (y rising, x), sampled PATH_RATE times a second (kept)."""
        hit = self._paths.get(j)
        if hit is None:
            _jit, life, _thr, size, x0, y0, _runs, delay, speed, w = self._dp[:, j % DROP_TABLE]
            ra = np.arange(0.0, max(0.0, life - delay) + 2.0 / PATH_RATE, 1.0 / PATH_RATE)
            py = y0 + speed * (ra - np.sin(w * ra) / w)
            n = min(py.size, int(np.searchsorted(py, self.glass.bottom)) + 2)
            hit = self._paths[j] = (py[:n], (x0 + 2.0 * np.sin(ra * 1.7 + size * 20))[:n])
        return hit
