"""A camera move lays its cut of the large frame to a fraction of a pixel: a slow push moves the
picture a tenth of a pixel a frame, and a cut rounded to whole pixels held still for several
frames and then jumped a whole pixel (visible judder). Measured on a soft vertical edge: its
position on the canvas must follow the cut's position in equal small steps."""

from __future__ import annotations

import numpy as np
import pygame

from game.camera import PAD, CameraMoves, pad_edges

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
    measured by its light deficit along a middle row."""
    row = pygame.surfarray.array3d(surface)[:, CANVAS[1] // 2, 0].astype(np.float64)
    return float(((220.0 - row) / 200.0).sum())


def test_the_cut_moves_the_picture_by_fractions_of_a_pixel() -> None:
    pygame.init()
    moves = CameraMoves()
    moves._big = big_with_edge()
    out = pygame.Surface(CANVAS)
    xs = []
    for i in range(21):  # the cut slides 2 large px = 1 canvas px, in 20 steps
        moves._cut((10.0 + i * 0.1, 8.0, 2.0 * CANVAS[0], 2.0 * CANVAS[1]), out)
        xs.append(edge_x(out))
    steps = np.diff(xs)
    assert abs((xs[0] - xs[-1]) - 1.0) < 0.1, xs  # one canvas px in all
    assert np.all(steps < 0.0), f"the edge stood still or stepped back: {np.round(steps, 3)}"
    assert steps.min() > -0.1, f"the edge jumped: {np.round(steps, 3)}"  # 0.05 each, none a jump
