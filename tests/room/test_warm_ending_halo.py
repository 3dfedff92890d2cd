"""The ending card's candlelight (review13 D8): beside each flame the halo read pale yellow, e.g.
(1745,700) rgb(159,138,91), G/R 0.87 at 1080p, with a yellow-green haze at 3x; the room's glow showed
through the darkness thinned round the flames. Now candlelight (the Vignette's multiply round each
flame) turns it orange-amber: within 40 px of every flame no bright, non-white pixel has G/R over
0.75 (the flame itself excepted: the hole the tint leaves for its white-hot heart), and the tint is
gone ~110 px out. The candles' wax is not the halo: the ending draws it ivory over the cut (review14 #5,
tests/room/test_warm2_ending_wax.py), so its boxes are left out here."""

from __future__ import annotations

import numpy as np
import pygame

from game.assets import Assets
from game.capture import capture_context, render_moment
from game.scenes.title import closing_stage, ending_candles, ending_lights
from game.settings import Settings

SIZE = (1920, 1080)
NEAR = 40.0  # px (1080p) round each flame where the halo must read orange


FLAME = (0.25, 0.5, 0.7)  # the flame's own soft ellipse: half-width, half-height, height over the light (hole radii)


def _flame(x: float, y: float, r: float, xs: np.ndarray, ys: np.ndarray) -> np.ndarray:
    """The flame's own pixels (its white-hot heart and body above the wick, ~8 x 17 px at 1080p): inside
    the soft ellipse FLAME where it is over 0.15 (the hole the candlelight leaves, Vignette.GLOW_CORE)."""
    kx, ky, up = FLAME
    return np.exp(-((xs - x) / (kx * r)) ** 2 - ((ys - y + up * r) / (ky * r)) ** 2) > 0.15


def test_the_halo_round_each_flame_is_orange_not_yellow() -> None:
    pygame.init()
    rgb = pygame.surfarray.array3d(render_moment(Assets(), "ending", 6.0, SIZE)).astype(np.float64)
    ctx = capture_context(Assets(), Settings())
    lights = ending_lights(ctx, closing_stage(ctx))
    r, g = rgb[..., 0], rgb[..., 1]
    top, low = rgb.max(axis=2), rgb.min(axis=2)
    white = (low >= 0.8 * top) & (top >= 170)
    xs, ys = np.arange(SIZE[0], dtype=np.float64)[:, None], np.arange(SIZE[1], dtype=np.float64)[None, :]
    wax = np.zeros(SIZE, dtype=bool)
    for bx, by, bw, bh in ending_candles(ctx, closing_stage(ctx))[0]:
        wax[round(bx):round(bx + bw), round(by):round(by + bh)] = True
    for x, y, hole in lights:
        near = ((xs - x) ** 2 + (ys - y) ** 2 <= NEAR ** 2) & (r >= 100) & ~white & ~wax & ~_flame(x, y, hole, xs, ys)
        yellow = np.count_nonzero(near & (g > 0.75 * np.maximum(r, 1)))
        assert yellow <= 0.01 * np.count_nonzero(near), \
            f"round the flame at ({x:.0f},{y:.0f}) {yellow} of {np.count_nonzero(near)} lit px read yellow (G/R > 0.75)"
    far = rgb[1790, 660]
    assert far[0] <= 90 and far[1] <= 0.6 * far[0], f"the bloom does not fall off into the dark: {far}"


def test_the_flame_ellipse_is_the_tints_hole() -> None:
    from game.scenes.vignette import Vignette

    assert (*Vignette.GLOW_CORE, Vignette.GLOW_CORE_UP) == FLAME
