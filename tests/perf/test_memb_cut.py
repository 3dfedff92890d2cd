"""A camera move's cut at 1080p keeps one shrink buffer beside the large frame, not three (MEMB):
the pass down lands in the large frame (read by then, drawn again before the next cut) and the
row blended across in the pass across's buffer. The player must see the very same pixels as the
cut into buffers of its own, at framings that blend across, down, both and neither."""

from __future__ import annotations

import numpy as np
import pygame
import pytest
from test_perf2_push_cut import CANVAS, PUSH, framing, painted

from game.camera import CameraMoves, margin


@pytest.fixture(scope="module")
def frame() -> tuple[pygame.Surface, int, tuple[int, int]]:
    pygame.init()
    size = (int(np.ceil(CANVAS[0] * PUSH)), int(np.ceil(CANVAS[1] * PUSH)))
    pad = margin(CANVAS[0])
    return painted(size, pad), pad, size


@pytest.mark.parametrize("e", [0.0, 0.23, 0.5, 0.87, 0.995, 1.0])
def test_the_cut_into_the_spent_large_frame_shows_the_same_pixels(
        frame: tuple[pygame.Surface, int, tuple[int, int]], e: float) -> None:
    big, pad, size = frame
    alone, spent = CameraMoves(), CameraMoves()
    alone._big, spent._big = big.copy(), big.copy()
    a, b = pygame.Surface(CANVAS), pygame.Surface(CANVAS)
    alone._cut(framing(e, pad, size), a)
    spent._cut(framing(e, pad, size), b, spent=True)
    assert np.array_equal(pygame.surfarray.array3d(a), pygame.surfarray.array3d(b)), e
    assert len(spent._passes) == 1  # the pass across alone: no pass down, no row of its own
    assert spent.memory_bytes() <= memory_of(spent._big) * 2


def memory_of(s: pygame.Surface) -> int:
    return s.get_pitch() * s.get_height()


def test_a_fractional_framing_blends_both_ways_in_the_kept_buffers(
        frame: tuple[pygame.Surface, int, tuple[int, int]]) -> None:
    """A framing off the whole pixel both ways (a blend across and down), cut twice in a row into
    a large frame painted again in between (as `draw` does): the same pixels, the same buffers."""
    big, pad, _size = frame
    moves = CameraMoves()
    moves._big = big.copy()
    out, ids, shots = pygame.Surface(CANVAS), [], []
    f = (pad + 40.37, pad + 21.61, CANVAS[0] * 1.013, CANVAS[1] * 1.013)
    for _ in range(2):
        moves._big.blit(big, (0, 0))
        moves._cut(f, out, spent=True)
        ids.append([id(s) for s in moves._passes])
        shots.append(pygame.surfarray.array3d(out).copy())
    ref = CameraMoves()
    ref._big = big.copy()
    want = pygame.Surface(CANVAS)
    ref._cut(f, want)
    assert ids[0] == ids[1] and len(ids[0]) == 1
    assert np.array_equal(shots[0], shots[1])
    assert np.array_equal(shots[0], pygame.surfarray.array3d(want))
