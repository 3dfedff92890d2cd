"""Sprites made a band of rows at a time (issue 16/13: the peak of a 1080p autoplay is partly
transients inside a frame): the light falloff and the sparks' halo at a close-up's size were
~120 MiB of float64 grids and their clipped copies for a 4-8 MB surface. Made in bands they
are the same bytes, and making one takes a small fraction of that."""

from __future__ import annotations

import tracemalloc

import numpy as np
import pygame

from game.fx.sprites import _radius_grid, halo, light_falloff, rgb_surface, rgba_surface


def _whole_falloff(radius: int) -> pygame.Surface:
    """The falloff made whole, as it was before banding (the reference pixels)."""
    x = _radius_grid(max(2, radius) * 2)
    v = 255.0 * np.clip(1.0 - x * x, 0.0, 1.0) ** 1.5 * (0.2 + 0.8 / (1.0 + 16.0 * x * x))
    grey = np.clip(v, 0, 255).astype(np.uint8).T
    return pygame.surfarray.make_surface(np.ascontiguousarray(np.repeat(grey[:, :, None], 3, axis=2)))


def _whole_halo(radius: int, colour: tuple[int, int, int], peak: float) -> pygame.Surface:
    x = _radius_grid(max(2, radius) * 2)
    v = 0.65 * np.exp(-((x / 0.22) ** 2)) + 0.35 * np.clip(1.0 - x, 0.0, 1.0) ** 3
    rgb = np.clip(v[:, :, None] * np.array(colour, dtype=np.float64)[None, None, :] * peak, 0, 255)
    return pygame.surfarray.make_surface(np.ascontiguousarray(rgb.astype(np.uint8).transpose(1, 0, 2)))


def _same(a: pygame.Surface, b: pygame.Surface) -> bool:
    return a.get_size() == b.get_size() and pygame.image.tobytes(a, "RGBX") == pygame.image.tobytes(b, "RGBX")


def test_banded_sprites_are_the_same_pixels() -> None:
    for radius in (1, 2, 45, 160, 333):
        assert _same(light_falloff(radius), _whole_falloff(radius)), radius
        assert _same(halo(radius, (255, 170, 80), 1.4), _whole_halo(radius, (255, 170, 80), 1.4)), radius
    # a part of the falloff is the same pixels as that part of the whole
    part = light_falloff(300, (40, 17, 500, 203))
    assert _same(part, _whole_falloff(300).subsurface((40, 17, 500, 203)).copy())


def test_array_to_surface_rounds_down_and_clips_as_before() -> None:
    rng = np.random.default_rng(3)
    rgb, alpha = rng.uniform(-40.0, 300.0, (300, 257, 3)), rng.uniform(-40.0, 300.0, (300, 257))
    ref = np.clip(rgb, 0, 255).astype(np.uint8)
    got = pygame.surfarray.array3d(rgb_surface(rgb)).transpose(1, 0, 2)
    assert (got == ref).all()
    s = rgba_surface(rgb, alpha)
    assert (np.clip(alpha, 0, 255).astype(np.uint8) == pygame.surfarray.array_alpha(s).T).all()
    assert (pygame.surfarray.array3d(s).transpose(1, 0, 2) == ref).all()


def _peak_mib(make: object, *args: object) -> float:
    tracemalloc.start()
    try:
        start, _ = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        make(*args)  # type: ignore[operator]
        return (tracemalloc.get_traced_memory()[1] - start) / 2**20
    finally:
        tracemalloc.stop()


def test_close_up_sprites_take_little_memory_to_make() -> None:
    """A 1800 px falloff (a light pool at a close-up at 1080p) and a 1400 px halo: the whole-grid
    way took ~127 and ~120 MiB of numpy to make; banded, the bytes kept and a band or two."""
    assert _peak_mib(light_falloff, 900) < 24
    assert _peak_mib(halo, 700, (255, 170, 80), 1.0) < 20
