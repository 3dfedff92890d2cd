"""A shot's tile background is shrunk to the canvas with its pass across made in place (MEMB:
no buffer between the passes, ~10 MB of fresh pages at 1080p): the very same pixels as one
smoothscale, for shrinks across and down, across only, and a stretch."""

from __future__ import annotations

import numpy as np
import pygame
import pytest

from game.room.tiles import shrink


@pytest.mark.parametrize(("src", "dst"), [((1300, 760), (960, 540)), ((2400, 1350), (1920, 1080)),
                                          ((1000, 540), (960, 540)), ((900, 500), (960, 540))])
def test_the_shrink_in_place_is_one_smoothscale(src: tuple[int, int], dst: tuple[int, int]) -> None:
    pygame.init()
    rng = np.random.default_rng(src[0])
    part = pygame.Surface(src)
    px = pygame.surfarray.pixels3d(part)
    px[:] = rng.integers(0, 256, (*src, 3), dtype=np.uint8)
    px[src[0] // 3: src[0] // 3 + 5] = 255  # a hard edge
    del px
    want = pygame.surfarray.array3d(pygame.transform.smoothscale(part, dst))
    got = shrink(part, dst)
    assert got.get_size() == dst
    assert np.array_equal(pygame.surfarray.array3d(got), want)
