"""A camera move lays its cut of the large frame to a fraction of a pixel: a slow push moves the
picture a tenth of a pixel a frame, and a cut rounded to whole pixels held still for several
frames and then jumped a whole pixel (visible judder). Measured on a soft vertical edge: its
position on the canvas must follow the cut's position in equal small steps."""

from __future__ import annotations

import numpy as np
import pygame
import pytest

from game.camera import FIT_TOLERANCE, PAD, CameraMoves, _fit, pad_edges
from game.camera_fit import filter_step

BIG = (480, 270)
CANVAS = (200, 112)


def big_with_edge() -> pygame.Surface:
    """A large frame (plus its padding): dark left of x 200, light right of it, a 6 px ramp."""
    surf = pygame.Surface((BIG[0] + PAD, BIG[1] + PAD))
    px = pygame.surfarray.pixels3d(surf)
    x = np.arange(BIG[0] + PAD, dtype=np.float64)
    level = np.clip((x - 197.0) / 6.0, 0.0, 1.0) * 200.0 + 20.0
    px[:, :, :] = level[:, None, None].astype(np.uint8)
    del px
    pad_edges(surf, BIG)
    return surf


def edge_x(surface: pygame.Surface) -> float:
    """Where the edge is on the canvas, to a fraction of a pixel: the dark part's width
    measured by its light deficit along a middle row, within 8 px of the edge (an alpha blend
    darkens every pixel by a fraction of a level, which summed over the whole row reads as
    a tenth of a pixel)."""
    row = pygame.surfarray.array3d(surface)[:, CANVAS[1] // 2, 0].astype(np.float64)
    mid = int(np.argmax(row > 120.0))
    lo = max(0, mid - 8)
    return lo + float(((220.0 - row[lo:mid + 8]) / 200.0).sum())


@pytest.mark.parametrize("scale", [2.0, 1.0437, 1.003, 1.0])
def test_the_cut_moves_the_picture_by_fractions_of_a_pixel(scale: float) -> None:
    """At a push's 1.04 the smoothscale lays the fraction itself (`_fit`); at a whole scale
    (2), near 1 and at 1 (the end of a push) no lead reaches most fractions and the rest is
    blended: every path, and a change of path, must glide alike. The framing lies PAD px
    into the large frame, as `CameraMoves.draw` places it."""
    pygame.init()
    moves = CameraMoves()
    moves._big = big_with_edge()
    out = pygame.Surface(CANVAS)
    xs = []
    for i in range(21):  # the cut slides `scale` large px = 1 canvas px, in 20 steps
        moves._cut((PAD + 10.0 + i * scale / 20.0, 8.0, scale * CANVAS[0], scale * CANVAS[1]), out)
        xs.append(edge_x(out))
    steps = np.diff(xs)
    assert abs((xs[0] - xs[-1]) - 1.0) < 0.1, xs  # one canvas px in all
    assert np.all(steps < 0.0), f"the edge stood still or stepped back: {np.round(steps, 3)}"
    assert steps.min() > -0.1, f"the edge jumped: {np.round(steps, 3)}"  # 0.05 each, none a jump


def test_a_push_scale_is_laid_by_the_smoothscale_alone() -> None:
    """At a push's scale the fraction needs no blend (the cheap path), and the fitted box
    lands the framing to within the tolerance at both ends of the canvas."""
    for f in (PAD + 0.0, PAD + 0.37, PAD + 1.91, PAD + 30.5):  # the framing lies PAD px into the large frame, or more
        got = _fit(f, 1.0437, 1920, 2100 + 2 * PAD)
        assert got is not None, f
        i, s, t, lead = got
        assert t >= 1920 + lead + 1 and i + s <= 2100 + 2 * PAD and i >= 0
        q = (filter_step() * s // t) / filter_step()
        for j in (0, 1920):
            assert abs((i + (lead + j) * q) - (f + j * 1.0437)) / 1.0437 <= FIT_TOLERANCE + 1e-9
