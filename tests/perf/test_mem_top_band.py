"""A prop's top-edge band (game/fx/shadows.py `_top_band`, made at a shot change for each prop
in the upscaled light map) without whole-size float64 grids (issue 16/13): at the fire close-up
and the golden glow (lines 9 and 76, 1080p) the sofa's band made ~60 MiB of temporaries, the
largest in those frames. The band is the same bytes; making it takes a fraction of that."""

from __future__ import annotations

import tracemalloc

import numpy as np
import pygame

from game.fx.shadows import _top_band


def _whole(mask: pygame.Surface, size: tuple[int, int], depth: int) -> pygame.Surface:
    """The band as it was made with float64 grids (the reference pixels)."""
    on = pygame.surfarray.array_alpha(mask) > 127
    dist = np.full(on.shape, depth, np.float64)
    for i in range(depth, 0, -1):
        off = np.ones_like(on)
        off[:, i:] = ~on[:, :-i]
        dist[off] = i - 1
    weight = np.where(on, np.clip(1.0 - dist / depth, 0.0, 1.0), 0.0)
    out = pygame.Surface(size, pygame.SRCALPHA)
    out.fill((0, 0, 0, 0))
    alpha = pygame.surfarray.pixels_alpha(out)
    alpha[...] = np.round(weight * 255.0).astype(np.uint8)
    del alpha
    return out


def _mask(w: int, h: int, seed: int) -> pygame.Surface:
    rng = np.random.default_rng(seed)
    m = pygame.Surface((w, h), pygame.SRCALPHA)
    m.fill((0, 0, 0, 0))
    for _ in range(8):
        box = (int(rng.integers(0, w)), int(rng.integers(0, h)), int(rng.integers(5, w)), int(rng.integers(5, h)))
        pygame.draw.ellipse(m, (0, 0, 0, int(rng.integers(100, 256))), box)
    return m


def test_the_band_is_the_same_pixels() -> None:
    for w, h, depth, seed in ((300, 200, 16, 1), (50, 40, 3, 2), (700, 500, 1, 3), (400, 300, 7, 4)):
        m = _mask(w, h, seed)
        band, box = _top_band(m, (w, h), depth)
        ref = _whole(m, (w, h), depth)
        assert box == ref.get_bounding_rect()  # only the band is kept: the rect it is not clear on
        assert pygame.image.tobytes(band, "RGBA") == pygame.image.tobytes(ref.subsurface(box), "RGBA"), (w, h, depth)


def test_a_close_up_band_takes_little_memory_to_make() -> None:
    m = _mask(1600, 900, 5)  # a sofa's size in the light map's upscale at a close-up
    tracemalloc.start()
    try:
        start, _ = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        _top_band(m, (1600, 900), 16)
        peak = (tracemalloc.get_traced_memory()[1] - start) / 2**20
    finally:
        tracemalloc.stop()
    assert peak < 16, f"{peak:.1f} MiB to make one band (float64 grids: ~47)"
