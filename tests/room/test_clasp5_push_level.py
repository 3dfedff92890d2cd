"""A camera push keeps the picture's level (review14 §3 #1): pygame's shrink filter truncates, losing
1-1.9 levels a pass, so line 63's insert (drawn 1.05x for its push and cut down) opened ~3 levels
(10 %) darker than line 62's last frame, the same drawing unpushed: the light dropped at the cut.
Measured on a dark frame like the inserts' (mean ~34) through `CameraMoves._cut` both ways."""

from __future__ import annotations

import numpy as np
import pygame
import pytest

from game.camera import PAD, CameraMoves

CANVAS = (480, 270)
SCALE = 1.05


def dark_frame() -> pygame.Surface:
    """A large frame (and its padding) of soft dark shapes, levels 0-120, mean ~35."""
    w, h = round(CANVAS[0] * SCALE) + 2 * PAD, round(CANVAS[1] * SCALE) + 2 * PAD
    x = np.arange(w, dtype=np.float64)[:, None]
    y = np.arange(h, dtype=np.float64)[None, :]
    level = 35.0 + 30.0 * np.sin(x / 37.0) * np.cos(y / 23.0) + 12.0 * np.sin((x + y) / 9.0)
    surf = pygame.Surface((w, h))
    px = pygame.surfarray.pixels3d(surf)
    px[:] = np.clip(level, 0, 120).astype(np.uint8)[:, :, None]
    px[: w // 4] = 0  # black stays black
    del px
    return surf


@pytest.mark.parametrize("spent", [False, True])
def test_a_push_keeps_the_frame_level(spent: bool) -> None:
    pygame.init()
    moves = CameraMoves()
    big = dark_frame()
    moves._big = big.copy()
    frame = (PAD + 3.3, PAD + 1.7, SCALE * CANVAS[0], SCALE * CANVAS[1])
    src = pygame.surfarray.array3d(big)[round(frame[0]):round(frame[0] + frame[2]),
                                        round(frame[1]):round(frame[1] + frame[3])].astype(np.float64)
    out = pygame.Surface(CANVAS)
    moves._cut(frame, out, spent=spent)
    got = pygame.surfarray.array3d(out).astype(np.float64)
    assert abs(got.mean() - src.mean()) < 0.5, (got.mean(), src.mean())
    assert got[: CANVAS[0] // 8].max() <= 1, "black lifted"
