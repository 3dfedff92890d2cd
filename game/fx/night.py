"""The night outside the window: an overcast storm sky or a clearing one, over the town.

Painted once per size with numpy (at most SKY_W px wide, then scaled: the town is out of
focus through wet glass) and cached as surfaces; the rain module blends the two skies by
how far the rain has cleared, so nothing here runs per frame. The storm sky is low cloud
lit from below by the town's glow; the clearing sky is deep blue with stars, a moon and
broken clouds whose edges catch its light. Both share the town: rooftops and chimneys
high enough to show in the window's close shot, towers, lit windows in a few warm tones
and a street lamp blurred by the glass. The design's cold blue (#3a5a8c) is the night's own
colour: sky and roofs are blue, not black, so the window reads cold against the warm room
after the light map's glass tint. A pure function of (size, seed).
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
import pygame

from game.fx.noise import fbm2_np, hash01_np
from game.fx.sprites import rgb_surface

FArray = npt.NDArray[np.float64]
SKY_W = 288  # px: the night outside is painted this wide, once, then scaled (it is seen through wet glass)
MOON = (0.74, 0.16, 0.034)  # u, v, radius (times the width) of the moon in the glass


def paint_night(seed: int, w: int, h: int, clear: bool) -> pygame.Surface:
    """The sky and town in a w x h glass (the caller keeps w at most SKY_W and scales up)."""
    return _paint(seed, w, h, clear)


def _town(seed: int, u: FArray, v: FArray, h: int) -> tuple[FArray, FArray, FArray]:
    """(roof line v, building coverage 0..1, lit-window colour) of the town."""
    nb = 9
    b = np.minimum((u * nb).astype(int), nb - 1)
    roof = 0.36 + 0.16 * hash01_np(seed, 1400, b) - 0.12 * (hash01_np(seed, 1403, b) > 0.78)  # a few towers
    chim = np.abs((u * nb) % 1 - 0.3 - 0.4 * hash01_np(seed, 1401, b)) < 0.04
    top = roof - chim * 0.04
    build = np.clip((v - top) * h / 2.0, 0, 1)
    cols, rows = (u * 84).astype(int), (v * 120).astype(int)
    cell = hash01_np(seed, 1402, cols * 97 + rows)
    pane = (((u * 84) % 1) > 0.4) & (((v * 120) % 1) > 0.45) & (v > top + 0.03)
    tone = hash01_np(seed, 1404, cols * 97 + rows)
    warm = np.stack([150 + 60 * tone, 95 + 50 * tone, 40 + 30 * tone], axis=-1)
    floor_on = hash01_np(seed, 1405, b * 131 + rows) < 0.45  # whole floors lit or dark, not a starfield
    lit = ((cell < 0.09) & floor_on & pane)[..., None] * warm * build[..., None]
    return top, build, lit


def _paint(seed: int, w: int, h: int, clear: bool) -> pygame.Surface:
    y, x = np.mgrid[0:h, 0:w].astype(np.float64)
    u, v = x / w, y / h
    cl = fbm2_np(seed + 71, w, h, max(4, w // 4), 4)
    top, build, lit = _town(seed, u, v, h)
    above = np.clip(0.46 - v, 0, None)  # a smooth horizon, not each roof's step
    glow = np.exp(-above * 7.0)[..., None]  # the town's light on the sky just above its roofs
    if clear:
        sky = np.stack([20 + 16 * v, 34 + 26 * v, 66 + 38 * v], axis=2) + glow * np.array([22, 18, 16.0])
        mu, mv, mr = MOON
        md = np.hypot((u - mu) * w, (v - mv) * h) / (mr * w)
        cover = np.clip((cl - 0.46) * 4.0, 0, 1)  # broken cloud, clear lanes between
        star = (hash01_np(seed, 1410, (y.astype(np.int64) * 7919 + x.astype(np.int64))) < 0.0035) * (v < top - 0.02)
        twinkle = 0.5 + 0.5 * hash01_np(seed, 1411, (x * 31 + y).astype(np.int64))
        sky = sky + (star * twinkle * (1 - cover))[..., None] * np.array([190, 200, 230.0])
        sky = sky + (np.exp(-np.maximum(md - 0.9, 0) * 1.3) * 0.6)[..., None] * np.array([60, 70, 95.0])  # its halo
        disc = np.clip((1.0 - md) * 4, 0, 1) * (1 - 0.6 * cover)
        sky = sky * (1 - disc[..., None]) + disc[..., None] * np.array([214, 216, 204.0])
        moonlit = np.exp(-md / 7.0)  # clouds near the moon catch its light on their edges
        edge = cover * (1 - cover) * 4.0
        body = np.array([34, 46, 74.0]) + moonlit[..., None] * np.array([40, 44, 56.0])
        sky = sky * (1 - 0.85 * cover[..., None]) + 0.85 * cover[..., None] * body
        sky = sky + (edge * moonlit * 1.4)[..., None] * np.array([70, 76, 92.0])
    else:
        sky = np.stack([26 + 16 * v, 40 + 24 * v, 70 + 32 * v], axis=2)
        sky = sky + (cl[:, :, None] - 0.4) * np.array([30, 38, 52.0]) * (1 - v[:, :, None])
        sky = sky + glow * np.array([30, 22, 15.0])
    sky = sky * (1 - build[..., None]) + build[..., None] * np.array([13, 19, 34.0]) + lit
    r = np.hypot((u - 0.72) * w, (v - 0.8) * h) / (0.09 * w)  # a street lamp, blurred by the glass
    sky = sky + (np.exp(-r * r) * 0.8 + np.exp(-r * r / 9) * 0.25)[:, :, None] * np.array([120, 85, 40.0])
    return rgb_surface(np.clip(sky, 0, 255))
