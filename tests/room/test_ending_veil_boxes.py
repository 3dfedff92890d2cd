"""The ending's darkness round its flames, worked out only where each flame can show (stop 42: over
the whole frame, 13 flames, the ending's first frame took 0.44 s at 1080p, the whole story's worst).
Its pixels are the same as worked out everywhere: the veil's darkness and warm colour are compared,
value for value, with the whole-frame sums (written here as they were), at two sizes."""

from __future__ import annotations

import numpy as np
import pygame
import pytest

from game.scenes.vignette import Vignette

LIGHTS = [(1395, 366, 24), (1006, 758, 24), (168, 548, 24), (120, 694, 24), (620, 210, 24), (1565, 690, 95),
          (1900, 1070, 30), (-40, 500, 24)]  # (as the ending's, with flames at and past the edges)


def _whole_frame(v: Vignette, w: int, h: int) -> tuple[np.ndarray, np.ndarray]:
    """The darkness and warmth as `Vignette._fields` made them before: every flame over every pixel."""
    scale = w / 1920
    cx, cy = v.centre[0] * scale, v.centre[1] * scale
    xs, ys = np.arange(w, dtype=np.float64), np.arange(h, dtype=np.float64)
    r = np.sqrt(((xs - cx) / (1100.0 * scale))[:, None] ** 2 + ((ys - cy) / (800.0 * scale))[None, :] ** 2)
    dark = np.clip((r - 0.18) / 0.9, 0.0, 1.0)
    warm = np.zeros_like(dark)
    for lx, ly, lr in v.lights:
        gx = np.exp(-(((xs - lx * scale) / (lr * scale)) ** 2))
        gy = np.exp(-(((ys - ly * scale) / (lr * scale)) ** 2))
        dark *= 1.0 - v.LIGHT_KEEP * gx[:, None] * gy[None, :]
        reach = lr * scale * v.WARM_REACH
        wx = np.exp(-(((xs - lx * scale) / reach) ** 2))
        wy = np.exp(-(((ys - ly * scale) / reach) ** 2))
        np.maximum(warm, wx[:, None] * wy[None, :], out=warm)
    return dark, warm


@pytest.mark.parametrize("size", [(960, 540), (1920, 1080)])
def test_the_veil_worked_out_in_boxes_is_the_whole_frame_s(size: tuple[int, int]) -> None:
    pygame.init()
    v = Vignette((960.0, 600.0), colour=(12, 6, 4), lights=LIGHTS)
    dark, warm, _glow = v._fields(*size)
    old_dark, old_warm = _whole_frame(v, *size)
    assert np.array_equal(dark, old_dark)  # (the hole's factor is exactly 1 outside its box)
    veil = v._veil(*size)
    assert np.array_equal(pygame.surfarray.pixels_alpha(veil), np.rint(255.0 * old_dark).astype(np.uint8))
    rgb = pygame.surfarray.pixels3d(veil)
    for i, (c0, c1) in enumerate(zip(v.colour, v.WARM, strict=True)):
        assert np.array_equal(rgb[..., i], np.rint(c0 + (c1 - c0) * old_warm).astype(np.uint8)), i
    assert not np.array_equal(warm, old_warm)  # (the warmth differs only where it cannot show: it is cut)
