"""What the rain shows beyond the glass: the streaks falling past, a downpour's far sheet of
streaks, the town's lights smeared by the water on the glass.

Split from `game.fx.rain`, which keeps the sprites per view scale and lays them down each frame.
Every falling streak has hashed traits (a threshold, where it falls, how near, its phase): it
shows while the rain's density is above its threshold and wraps down the glass on its own
period, its speed independent of the level (a tween must not scramble the streaks). The sheet is a tileable field of faint streaks at its brightest (the exterior dims it to the
rain's level as it lays it down); the smear is the town's warm lights drawn out into soft
vertical glows by the water streaming down the glass, painted once per clearing step at the
night's SKY_W and scaled to the glass. Pure functions of (seed, size, scale) and the night.
"""

from __future__ import annotations

import math
from collections.abc import Generator

import numpy as np
import numpy.typing as npt
import pygame

from game.fx.noise import hash01_np
from game.fx.rain_drops import ramp
from game.fx.sprites import streak
from game.room.model import Rect
from game.steps import finish

FArray = npt.NDArray[np.float64]
IArray = npt.NDArray[np.int64]
MAX_STREAKS = 300
SMEAR_ROWS = 96  # rows of the smear's glow drawn down a step (made ahead)
SHEET_BAND_PX = 1 << 18  # pixels of the sheet made a step (a close-up's glass is millions: 56 ms in one step)
Smear = tuple[pygame.Surface | None, tuple[int, int, int, int]]


class Streaks:
    """The streaks falling past outside `glass` (room px) for `seed`."""

    def __init__(self, glass: Rect, seed: int) -> None:
        self.glass = glass
        i = np.arange(MAX_STREAKS)
        self._s_thr = hash01_np(seed, 1300, i) * 0.97
        self._s_x = hash01_np(seed, 1301, i)
        self._s_depth = hash01_np(seed, 1302, i)
        self._s_phase = hash01_np(seed, 1303, i)

    def at(self, d: float, tt: float, len_bins: int, lum_bins: int) -> tuple[IArray, IArray, FArray, FArray]:
        """The streaks showing at density `d` and (the rain's own) time `tt`: each one's length
        and brightness bins and its top's x and y (room px, y from the glass's top)."""
        a = ramp(d, self._s_thr)
        idx = np.nonzero(a > 0)[0]
        depth = self._s_depth[idx]
        speed = 650 + 700 * depth  # independent of the level: a tween must not scramble the streaks
        slant = 0.06 + 0.1 * d
        ln = depth * 0.6 + d * 0.4
        lb = np.clip(np.round(ln * (len_bins - 1)), 0, len_bins - 1).astype(int)
        length = 12 + 30 * ln
        g = self.glass
        span = g.h + 62.0  # the longest streak and a margin
        yy = ((tt * speed / span + self._s_phase[idx]) % 1.0) * span - length
        xx = g.x - slant * g.h * 0.5 + self._s_x[idx] * (g.w + slant * g.h) + slant * yy
        lum = np.clip(np.round((0.3 + 0.7 * depth) * (0.75 + 0.45 * d) * a[idx] * lum_bins - 1), 0, lum_bins - 1).astype(int)
        return lb, lum, xx, yy


def streak_sprite(length: float, lum: float, slant: float, scale: float) -> pygame.Surface:
    """A falling streak's sprite at view `scale`: `length` in room px, brightness `lum` 0..1,
    `slant` px across for each px down."""
    return streak(max(3, round(length * scale)), slant, (round(120 * lum), round(140 * lum), round(170 * lum)),
                  max(1.0, 0.9 * scale))


def sheet(seed: int, w: int, h: int, scale: float) -> pygame.Surface:
    """The sheet for a w x h glass at view `scale`, whole (`sheet_steps` run to its end)."""
    return finish(sheet_steps(seed, w, h, scale))


def sheet_steps(seed: int, w: int, h: int, scale: float) -> Generator[None, None, pygame.Surface]:
    """A tileable sheet of faint streaks, each a pixel a step down, brightest at its foot,
    made a band of columns a step (yielding between them; returns the surface). Each band
    sums only its own columns' pixels, in the order the whole sheet summed them (bincount
    adds in its input's order, and a band keeps that order): the same bytes made whole."""
    n = int(w * h / (900.0 * scale))
    xs = hash01_np(seed, 1700, np.arange(n)) * w
    ys = hash01_np(seed, 1701, np.arange(n)) * h
    ln = (18 + 26 * hash01_np(seed, 1702, np.arange(n))) * scale
    lum = 0.4 + 0.6 * hash01_np(seed, 1703, np.arange(n))
    k = np.arange(int(ln.max()) + 1, dtype=np.float64)[:, None]  # each streak a pixel a step, brightest at its foot
    on = k < ln[None, :]
    px = ((xs[None, :] + 0.12 * k) % w).astype(int)[on]
    py = ((ys[None, :] + k) % h).astype(int)[on]
    weight = (lum[None, :] * (k / np.maximum(ln, 1.0)[None, :]) * 60)[on]
    out = pygame.Surface((w, h))
    cols = max(1, SHEET_BAND_PX // max(1, h))
    for x0 in range(0, w, cols):
        yield
        x1 = min(w, x0 + cols)
        sel = (px >= x0) & (px < x1)
        v = np.bincount((px[sel] - x0) * h + py[sel], weights=weight[sel], minlength=(x1 - x0) * h)
        v = v.reshape(x1 - x0, h).astype(np.float32)  # (x, y): as the surface is laid out
        rgb = np.empty((x1 - x0, h, 3), dtype=np.uint8)
        for c, tint in enumerate((0.8, 0.9, 1.0)):
            rgb[..., c] = np.minimum(v * np.float32(tint), 255.0)
        pygame.surfarray.blit_array(out.subsurface((x0, 0, x1 - x0, h)), rgb)
    return out


def smear_canon(night: pygame.Surface) -> Smear:
    """The town's lights in `night` (a painting at SKY_W) as seen through streaming water: each
    warm light drawn out into a soft vertical glow, brighter below it (the sheets carry it
    down), haloed; cropped to where it is not black: (the crop or None, its box x0, y0, x1, y1)."""
    return finish(smear_canon_steps(night))


def smear_canon_steps(night: pygame.Surface) -> Generator[None, None, Smear]:
    """`smear_canon` made SMEAR_ROWS rows of its glow a step (the same arithmetic in the same order)."""
    ch = night.get_height()
    rgb = pygame.surfarray.array3d(night).astype(np.float64)  # (x, y, 3)
    warm = np.clip((rgb[..., 0] - 0.7 * rgb[..., 2] - 30.0) / 120.0, 0.0, 1.0)
    lights = rgb * warm[..., None]
    reach = max(2.0, ch / 44)  # px down the glass a light's glow falls to 1/e
    fall = math.exp(-1.0 / reach)
    glow = np.empty_like(lights)
    run = np.zeros_like(lights[:, 0])
    for y in range(ch):  # drawn down from each light, fading (once per clearing step)
        if y % SMEAR_ROWS == 0:
            yield
        run = run * fall + lights[:, y]
        glow[:, y] = run
    for axis in (0, 1, 0):  # and a soft halo round it: the water blurs it as it refracts
        glow = (glow + 0.6 * np.roll(glow, 1, axis=axis) + 0.6 * np.roll(glow, -1, axis=axis)) / 2.2
    glow = 0.3 * glow
    on = glow.max(axis=2) > 2.0
    if not on.any():
        return None, (0, 0, 0, 0)
    xs, ys = np.nonzero(on.any(axis=1))[0], np.nonzero(on.any(axis=0))[0]
    box = (int(xs[0]), int(ys[0]), int(xs[-1]) + 1, int(ys[-1]) + 1)
    crop = np.clip(glow[box[0] : box[2], box[1] : box[3]], 0, 255).astype(np.uint8)
    return pygame.surfarray.make_surface(np.ascontiguousarray(crop)), box


def smear_scaled(canon: Smear, kx: float, ky: float, gain: int) -> tuple[pygame.Surface | None, tuple[int, int]]:
    """The smear `canon` scaled by (kx, ky) from the night's size to the glass's, dimmed to
    `gain` (0..255): (the surface or None, where it lies in the glass)."""
    src, box = canon
    if src is None:
        return None, (0, 0)
    at = (round(box[0] * kx), round(box[1] * ky))
    size = (max(1, round((box[2] - box[0]) * kx)), max(1, round((box[3] - box[1]) * ky)))
    out = pygame.transform.smoothscale(src, size)
    out.fill((gain, gain, gain), special_flags=pygame.BLEND_RGB_MULT)
    return out, at
