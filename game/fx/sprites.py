"""Baked sprites: light falloff, glow halos, flame shapes, soft round beads.

pygame's draw functions give hard, flat shapes; painterly light needs smooth gradients.
So every soft shape is computed once with numpy at the size it is shown and cached by
its caller (keyed by view scale), then blitted many times with `fblits`. Emissive
sprites (light, glow, flame, spark) are plain RGB on black, meant for BLEND_RGB_ADD:
adding black changes nothing, so they need no alpha. Only glass beads carry alpha.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

import numpy as np
import numpy.typing as npt
import pygame

FArray = npt.NDArray[np.float64]
RGB = tuple[int, int, int]
T = TypeVar("T")


BAND_BYTES = 1 << 20  # float bytes clipped at a time when an array becomes pixels


def _bytes_of(arr: npt.NDArray[Any]) -> npt.NDArray[np.uint8]:
    """`arr` (h, ...) in 0..255 as uint8, rounded down (np.clip then astype), a band of rows at a
    time: the whole-size clipped float copy was the largest temporary of a big sprite (a 1200 px
    halo at a close-up: 35 MB of float64 for a 4 MB surface); the same bytes come out."""
    if arr.dtype == np.uint8:
        return arr
    out = np.empty(arr.shape, np.uint8)
    rows = max(1, BAND_BYTES // max(1, arr[:1].nbytes))
    for y in range(0, arr.shape[0], rows):
        out[y : y + rows] = np.clip(arr[y : y + rows], 0, 255)  # (a float to uint8 store truncates, as astype)
    return out


def rgb_surface(rgb: npt.NDArray[Any]) -> pygame.Surface:
    """An RGB Surface from an (h, w, 3) float (or uint8) array in 0..255."""
    return pygame.surfarray.make_surface(np.ascontiguousarray(_bytes_of(rgb).transpose(1, 0, 2)))


def rgba_surface(rgb: npt.NDArray[Any], alpha: npt.NDArray[Any]) -> pygame.Surface:
    """A per-pixel-alpha Surface from (h, w, 3) colour and (h, w) alpha, both 0..255 (float or uint8)."""
    h, w = alpha.shape
    surf = pygame.Surface((w, h), pygame.SRCALPHA)
    pygame.surfarray.blit_array(surf, _bytes_of(rgb).transpose(1, 0, 2))
    a = pygame.surfarray.pixels_alpha(surf)
    a[...] = _bytes_of(alpha).T
    del a
    return surf


def _radius_grid(size: int) -> FArray:
    c = (size - 1) / 2.0
    d = np.arange(size, dtype=np.float64) - c  # broadcast, not two full grids (same values)
    r: FArray = np.hypot(d[None, :], d[:, None]) / max(1.0, size / 2.0)
    return r


def radius_rows(size: int, y0: int, y1: int) -> FArray:
    """Rows y0..y1 of `_radius_grid(size)`'s top-left quadrant (its first size // 2 columns): the
    same values. A round sprite of even `size` is worked out there and mirrored (`mirror_quadrant`)."""
    d = np.arange(size, dtype=np.float64) - (size - 1) / 2.0
    h = size // 2
    r: FArray = np.hypot(d[None, :h], d[y0:y1, None]) / max(1.0, size / 2.0)
    return r


def mirror_quadrant(out: npt.NDArray[Any], h: int) -> None:
    """Fill a square array of side 2h (its first two axes) from its top-left h x h quadrant, mirrored
    into the other three. For a round sprite of even side `_radius_grid`'s offsets are exactly
    antisymmetric (d[2h - 1 - i] == -d[i]) and every step is per pixel: the same bytes as the whole
    grid worked out, for a quarter of the work."""
    out[h:, :h] = out[h - 1::-1, :h]
    out[:, h:] = out[:, h - 1::-1]


def grey_surface(v: FArray) -> pygame.Surface:
    """An RGB Surface with v (h, w, 0..255) in each channel: rounded once, then repeated as
    bytes (the same pixels as `rgb_surface` of the repeated floats, a third of the work)."""
    grey = _bytes_of(v).T
    return pygame.surfarray.make_surface(np.ascontiguousarray(np.repeat(grey[:, :, None], 3, axis=2)))


def _rows(h: int, w: int, channels: int, make: Callable[[int, int], npt.NDArray[Any]]) -> npt.NDArray[np.uint8]:
    """An (h, w[, channels]) uint8 image whose rows y0:y1 are `make(y0, y1)` clipped to 0..255 and
    rounded down, made a band of rows at a time: a sprite made of elementwise float maths is the
    same bytes made whole or in bands, and its float temporaries are a band's, not the sprite's."""
    out = np.empty((h, w, channels) if channels > 1 else (h, w), np.uint8)
    rows = max(1, BAND_BYTES // max(1, w * channels * 8))
    for y in range(0, h, rows):
        out[y : y + rows] = np.clip(make(y, min(h, y + rows)), 0, 255)
    return out


def light_falloff(radius: int, area: tuple[int, int, int, int] | None = None) -> pygame.Surface:
    """Grey light pool of `radius` px: 255 at the centre, a long inverse-square-like tail, 0 at the rim.

    `area` (x, y, w, h inside the 2r x 2r sprite): only that part, the same pixels as a crop
    of the whole (a close-up's light is many times the light map it is added to)."""
    radius = max(2, radius)
    size = radius * 2
    ax, ay, aw, ah = area if area is not None else (0, 0, size, size)
    d = np.arange(size, dtype=np.float64) - (size - 1) / 2.0
    dx, dy, r = d[ax : ax + aw], d[ay : ay + ah], max(1.0, size / 2.0)

    def band(y0: int, y1: int) -> FArray:
        x = np.hypot(dx[None, :], dy[y0:y1, None]) / r
        edge = np.clip(1.0 - x * x, 0.0, 1.0) ** 1.5
        core = 1.0 / (1.0 + 16.0 * x * x)
        v: FArray = 255.0 * edge * (0.2 + 0.8 * core)
        return v

    grey = _rows(len(dy), len(dx), 1, band).T
    return pygame.surfarray.make_surface(np.ascontiguousarray(np.repeat(grey[:, :, None], 3, axis=2)))


def halo(radius: int, colour: RGB, peak: float) -> pygame.Surface:
    """Additive glow around a flame: a bright gaussian core in a long faint tail."""
    radius = max(2, radius)
    size = radius * 2
    d = np.arange(size, dtype=np.float64) - (size - 1) / 2.0  # as _radius_grid, a band at a time
    col = np.array(colour, dtype=np.float64)

    def band(y0: int, y1: int) -> FArray:
        x = np.hypot(d[None, :], d[y0:y1, None]) / max(1.0, size / 2.0)
        v = 0.65 * np.exp(-((x / 0.22) ** 2)) + 0.35 * np.clip(1.0 - x, 0.0, 1.0) ** 3
        rgb: FArray = v[:, :, None] * col[None, None, :] * peak
        return rgb

    return rgb_surface(_rows(size, size, 3, band))


def flame(width: int, height: int, sway: float, palette: str = "candle") -> pygame.Surface:
    """A teardrop flame, base at the bottom centre of the sprite, tip bent by `sway` (-1..1).

    The sprite is (width * 3, height) so a swayed tip stays inside it; the root of the
    flame (the wick) sits at x = sprite width / 2, y = 0.86 * height.
    """
    w = max(3, width * 3)
    h = max(6, height)
    y, x = np.mgrid[0:h, 0:w].astype(np.float64)
    base_y = 0.86 * h
    s = np.clip((base_y + 0.1 * base_y - y) / (1.1 * base_y), 0.0, 1.0)  # 0 under the wick .. 1 at the tip
    half = width / 2.0
    prof = half * np.sin(np.pi * s) * (1.0 - s) ** 0.6 / 0.69
    cx = w / 2.0 + sway * half * 1.8 * s**2
    dx = (x + 0.5 - cx) / np.maximum(prof, 1e-3)
    inside = np.clip((1.1 - np.abs(dx)) / 0.35, 0.0, 1.0) * (prof > 0.2)
    heat = np.clip(1.0 - dx * dx, 0.0, 1.0) * np.clip(1.15 - 0.9 * s, 0.0, 1.0)
    lo, mid, hi = ((np.array([205, 80, 12.0]), np.array([255, 176, 72.0]), np.array([255, 247, 225.0]))
                   if palette == "candle" else
                   (np.array([150, 30, 5.0]), np.array([255, 120, 30.0]), np.array([255, 220, 140.0])))
    k = heat[:, :, None]
    col = np.where(k < 0.5, lo + (mid - lo) * (k / 0.5), mid + (hi - mid) * ((k - 0.5) / 0.5))
    rgb = col * (inside * np.clip(s / 0.08, 0, 1))[:, :, None]
    if palette == "candle":
        # the dark, blue-rimmed zone around the wick at the flame's root
        root = np.exp(-((dx / 0.5) ** 2) - ((s - 0.1) / 0.1) ** 2)
        blue = np.clip(1.0 - s / 0.22, 0, 1) * inside
        rgb = rgb * (1 - 0.75 * root[:, :, None]) * (1 - 0.55 * blue[:, :, None])
        rgb = rgb + (blue * np.clip(np.abs(dx), 0, 1))[:, :, None] * np.array([30, 55, 170.0])
    return rgb_surface(rgb)


def streak(length: int, slant: float, colour: RGB, width: float = 1.0) -> pygame.Surface:
    """A falling rain streak (additive): a thin slanted line, brightest at its lower end."""
    length = max(2, length)
    pad = 2
    w = int(abs(slant) * length) + pad * 2 + 1
    h = length + pad * 2
    y, x = np.mgrid[0:h, 0:w].astype(np.float64)
    v = np.clip((y - pad) / length, 0, 1)
    x0 = pad + (abs(slant) * length) * (v if slant >= 0 else 1 - v)
    d = np.abs(x - x0) / max(0.5, width * 0.6)
    line = np.clip(1.0 - d, 0, 1) * (v**1.5) * ((y >= pad) & (y <= pad + length))
    col = np.array(colour, dtype=np.float64)
    return rgb_surface(line[:, :, None] * col[None, None, :])


# bytes: one effect's sprites at all its kept scales (game.memory reads it): 3 screens at 1080p.
# Was 48 MiB: at the fire close-up (4.8x) the candles kept ~11 halo levels of 4 MB each (46 MiB, the
# largest holder at the story's peak); a level let go is a copy and a multiply to make again
SPRITE_BUDGET = 24 * 1024 * 1024


def art_bytes(obj: object) -> int:
    """Pixel bytes an effect's art keeps: its Surfaces and arrays, directly or in dicts,
    lists and tuples among its attributes (one level down)."""
    def one(v: object) -> int:
        if isinstance(v, pygame.Surface):
            return 0 if v.get_parent() is not None else v.get_pitch() * v.get_height()
        if isinstance(v, np.ndarray):
            return int(v.nbytes)
        return 0

    seen: dict[int, int] = {}  # each image once (a sheet's top level is its base itself)
    values = list(vars(obj).values()) if hasattr(obj, "__dict__") else [obj]
    for v in values:
        items = list(v.values()) if isinstance(v, dict) else list(v) if isinstance(v, (list, tuple)) else [v]
        for x in items:
            seen[id(x)] = one(x)
    return sum(seen.values())


def _shape(obj: object) -> tuple[object, ...]:
    """What `art_bytes` of `obj` is a function of, read without its items: each attribute (or `obj`
    itself) by identity, a container with its length and its last item's identity. Art is made by
    adding sprites and let go of whole or oldest first (`PerScale.trim`), so its bytes change only
    with its shape."""
    values = vars(obj).values() if hasattr(obj, "__dict__") else (obj,)
    out: list[object] = []
    for v in values:
        if isinstance(v, dict):
            out.append((id(v), len(v), id(next(reversed(v.values()))) if v else 0))
        elif isinstance(v, (list, tuple)):
            out.append((id(v), len(v), id(v[-1]) if v else 0))
        else:
            out.append(id(v))
    return tuple(out)


class PerScale(Generic[T]):
    """Art made for one view scale, kept for at most two scales: the one being drawn and
    the next shot's, made ahead while a line plays (`RoomFx.prepare_steps`). A cut to a
    shot at a new scale then finds its sprites ready instead of painting them on its first
    frame; a third scale pushes out the one that is neither drawn nor asked for. The scale last
    made ahead is held until a newer one is asked for ahead; the scale drawn before a cut goes at
    the cut (a shot cut back to is made ahead again, like any next shot: kept until the governor's
    look, a close-up's halos and the window's sheets sat beside the new shot's, ~10-20 MiB at 1080p).
    The memory governor's `release`
    (every 2 s when over its total) let go of it at each look, and the byte budget (`trim`) let
    go of it whole with each sprite made for it, so at a cut from one close shot to another (line
    75's candles, 230 ms) none of what was made ahead was left."""

    KEPT = 2
    SPARE = True  # `release` keeps the art drawn now (game.memory's governor may call it any time)
    SAME = 1e-6  # scales this close share their art (as each effect's one-scale cache did)

    def __init__(self, make: Callable[[float], T]) -> None:
        self._make = make
        self._by: dict[float, T] = {}
        self._drawn: float | None = None
        self._ahead: float | None = None  # the scale last asked for ahead (a shot not drawn yet)
        self._seen = True  # the drawn scale drawn since `watch` (else `release` may let go of it too)
        self._next: float | None = None  # the scale last asked for ahead, the drawn one too
        self._counted: dict[float, tuple[tuple[object, ...], int]] = {}  # each scale's art's shape and bytes

    def near(self, scale: float) -> float:
        """The kept scale within SAME of `scale` (the drawn one first), or `scale` itself: a
        settled camera move's framing is the move's largest scale give or take a rounding."""
        if self._drawn is not None and abs(scale - self._drawn) <= self.SAME:
            self._seen = True  # (each effect asks this of the scale it draws at, every frame it draws)
            return self._drawn
        return next((k for k in self._by if abs(scale - k) <= self.SAME), scale)

    def at(self, scale: float, ahead: bool = False) -> T:
        """The art for `scale` (made if need be); `ahead`: for a shot not drawn yet."""
        scale = self.near(scale)
        hit = self._by.get(scale)
        if hit is None:
            for old in [k for k in self._by if k != self._drawn]:
                if len(self._by) < self.KEPT:
                    break
                del self._by[old]
            hit = self._by[scale] = self._make(scale)
        if ahead:
            self._next = scale
        if not ahead:
            if self._drawn is not None and scale != self._drawn and self._drawn != self._ahead:
                self._by.pop(self._drawn, None)  # the cut has happened: the shot it left is not drawn again
            self._drawn = scale
            if self._ahead == scale:
                self._ahead = None  # (made ahead and now drawn: at the next cut it goes like any drawn scale)
        elif scale != self._drawn:
            self._ahead = scale
        self.trim()
        return hit

    def trim(self, budget: int = SPRITE_BUDGET) -> None:
        """Keep all kept art within `budget` bytes: first let go of a scale neither drawn nor
        made ahead, then of the oldest sprites of the art made ahead, then of the drawn art's
        (each is made again if asked for): the newest sprites made ahead are left for the cut."""
        total = sum(art_bytes(v) for v in self._by.values())
        if total <= budget:
            return
        for old in [k for k in self._by if k not in (self._drawn, self._ahead)]:
            total -= art_bytes(self._by.pop(old))
            if total <= budget:
                return
        for _scale, art in sorted(self._by.items(), key=lambda kv: kv[0] == self._drawn):
            pools = [v for v in vars(art).values() if isinstance(v, dict)] if hasattr(art, "__dict__") else []
            for pool in sorted(pools, key=lambda d: -sum(art_bytes(x) for x in d.values())):
                while pool and total > budget:
                    total -= art_bytes(pool.pop(next(iter(pool))))

    def scales(self) -> list[float]:
        return list(self._by)

    def drop_drawn(self) -> None:
        """The effect is off the shot: let go of the drawn scale's art (not the art made ahead)."""
        if self._drawn is not None and self._drawn != self._ahead:
            self._by.pop(self._drawn, None)
        self._drawn = None

    def memory_bytes(self) -> int:
        """Bytes of the art kept at every scale (game.memory), a scale's counted again only when its
        art's shape changed (`_shape`). Read before each step made ahead (game/memory.py `held`, ~3
        times a frame), their sprites counted one by one: 0.09 ms a read at the wide room at 1080p, now 0.03."""
        counted: dict[float, tuple[tuple[object, ...], int]] = {}
        for scale, art in self._by.items():
            shape, hit = _shape(art), self._counted.get(scale)
            counted[scale] = hit if hit is not None and hit[0] == shape else (shape, art_bytes(art))
        self._counted = counted
        return sum(b for _s, b in counted.values())

    def watch(self) -> None:
        """From now on note whether the drawn scale is drawn (game.memory.watch)."""
        self._seen = False

    def release(self) -> None:
        """Let go of the art of every scale but the one drawn and the one last made ahead (the
        next shot's, until a newer is asked for ahead; once drawn, the one it replaced goes); and of
        the drawn one's sprites too if it was not drawn since `watch` and the next shot, made ahead,
        is at another scale: a shot that draws no room (the notebook's page, an insert; a menu draws
        the room under it) held the room shot's sprites it left beside the next shot's (the candles'
        halos at line 81, 1080p). Emptied in place, as `trim` empties them: the effects hold the
        drawn art's pools and make a sprite again when it is asked for. (A next shot at the drawn
        scale keeps them: its sprites made ahead would go at the look after and be made in its cut.)"""
        for k in [k for k in self._by if k not in (self._drawn, self._ahead)]:
            del self._by[k]
        art = self._by.get(self._drawn) if self._drawn is not None and self._drawn != self._ahead else None
        past = self._next is not None and self._next != self._drawn  # the next shot is elsewhere
        if not self._seen and past and art is not None:
            pools = [art] if isinstance(art, dict) else [v for v in vars(art).values() if isinstance(v, dict)] \
                if hasattr(art, "__dict__") else []
            for pool in pools:
                pool.clear()

    def values(self) -> list[T]:
        return list(self._by.values())
