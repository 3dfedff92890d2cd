"""A camera move's cut at 1080p makes its two shrink passes in place in the large frame (MEMB:
spent, drawn again before the next cut), keeping at most the row blended across beside it, not
three buffers. The player must see the very same pixels as the cut into buffers of its own, at
framings that blend across, down, both and neither."""

from __future__ import annotations

import numpy as np
import pygame
import pytest
from test_perf2_push_cut import CANVAS, PUSH, framing, painted

from game.camera import CameraMoves, _axis, margin


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
    assert len(spent._passes) <= 1  # no pass across, no pass down: the row blended across at most
    assert spent.memory_bytes() <= memory_of(spent._big) + (CANVAS[0] * (CANVAS[1] + 1)) * 4


def memory_of(s: pygame.Surface) -> int:
    return s.get_pitch() * s.get_height()


@pytest.mark.parametrize("k", [1.0, 1.013])
def test_a_fractional_framing_blends_both_ways_in_the_kept_buffers(
        frame: tuple[pygame.Surface, int, tuple[int, int]], k: float) -> None:
    """A framing off the whole pixel both ways (at the end of a push, scale 1: a blend across and
    down), cut twice in a row into a large frame painted again in between (as `draw` does): the
    same pixels, the same buffers (the row blended across alone, only where it blends down)."""
    big, pad, _size = frame
    moves = CameraMoves()
    moves._big = big.copy()
    out, ids, shots = pygame.Surface(CANVAS), [], []
    f = (pad + 40.37, pad + 21.61, CANVAS[0] * k, CANVAS[1] * k)
    blends_down = _axis(f[1], f[3], CANVAS[1], big.get_height())[4] > 0
    for _ in range(2):
        moves._big.blit(big, (0, 0))
        moves._cut(f, out, spent=True)
        ids.append([id(s) for s in moves._passes])
        shots.append(pygame.surfarray.array3d(out).copy())
    ref = CameraMoves()
    ref._big = big.copy()
    want = pygame.Surface(CANVAS)
    ref._cut(f, want)
    assert ids[0] == ids[1] and len(ids[0]) == int(blends_down)
    assert blends_down or k != 1.0
    assert np.array_equal(shots[0], shots[1])
    assert np.array_equal(shots[0], pygame.surfarray.array3d(want))


def test_a_still_shot_lets_go_of_a_move_cut_away_from(frame: tuple[pygame.Surface, int, tuple[int, int]]) -> None:
    """A move cut away from before it settles: the still shot drawn next lets go of its large
    frame, row and backgrounds, keeping only the background made ahead for the next move."""
    big, pad, _size = frame
    moves = CameraMoves()
    moves._big = big.copy()
    moves._cut((pad + 40.37, pad + 21.61, *CANVAS), pygame.Surface(CANVAS), spent=True)
    box = (0.0, 0.0, 10.0, 10.0)
    moves._bg[(box, 4, 4)] = pygame.Surface((4, 4))
    moves._bg[(box, 8, 8)] = pygame.Surface((8, 8))
    moves._ahead = (box, 8, 8)
    moves.rest()
    assert moves._big is None and moves._passes == [] and list(moves._bg) == [(box, 8, 8)]
