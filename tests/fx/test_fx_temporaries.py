"""Memory inside one frame: the effects' sprites made at a close-up's scale must not build
full-size float64 grids (issue 16/13: at the fire close-up, 4.8x, one candle halo's grid and
its temporaries were ~85 MiB on top of everything kept)."""

from __future__ import annotations

import tracemalloc

import numpy as np
import pygame

from game.fx.candles import HALO_RGB, halo_sprite
from game.fx.sprites import _radius_grid, rgb_surface


def _halo_whole(radius: int, peak: float) -> pygame.Surface:
    """The halo as it was made before banding: the whole grid at once (the reference pixels)."""
    x = _radius_grid(max(3, radius) * 2)
    v = 0.42 * np.exp(-((x / 0.09) ** 2)) + 0.5 * np.exp(-((x / 0.36) ** 2)) + 0.25 * np.clip(1.0 - x, 0.0, 1.0) ** 3
    return rgb_surface(v[:, :, None] * np.array(HALO_RGB, dtype=np.float64)[None, None, :] * peak)


def test_halo_banded_is_the_same_pixels() -> None:
    for radius in (1, 20, 64, 65, 200):
        a, b = _halo_whole(radius, 0.75), halo_sprite(radius, 0.75)
        assert a.get_size() == b.get_size()
        assert pygame.image.tobytes(a, "RGBX") == pygame.image.tobytes(b, "RGBX"), radius


def test_close_up_halo_temporaries_are_small() -> None:
    """A 1152 px halo (HALO_R at the fire close-up's scale at 1080p) keeps 4 MB of bytes;
    making it may not take more than a few MiB on top (the whole-grid way took ~85 MiB)."""
    tracemalloc.start()
    try:
        start, _ = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        surf = halo_sprite(576, 0.75)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert surf.get_size() == (1152, 1152)
    assert peak - start < 12 * 2**20, f"{(peak - start) / 2**20:.1f} MiB to make one halo"


def test_close_up_logs_made_in_bands() -> None:
    """The hearth's logs at the fire close-up's scale: made in row bands (the whole bed at
    once took 130 MiB at 4.8x, 1152x307 px; in 24-row bands straight to bytes 13), the same pixels
    as any band height."""
    from game.fx.hearth_art import make_logs, make_logs_steps

    tracemalloc.start()
    try:
        start, _ = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        logs, cracks = make_logs(7, 4.8)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    w, h = logs.get_size()
    assert peak - start < 24 * 2**20, f"{(peak - start) / 2**20:.1f} MiB for {w}x{h} logs"
    gen = make_logs_steps(7, 4.8, rows=1 << 30)
    try:
        while True:
            next(gen)
    except StopIteration as done:
        whole = done.value
    assert pygame.image.tobytes(whole[0], "RGBA") == pygame.image.tobytes(logs, "RGBA")
    assert pygame.image.tobytes(whole[1], "RGB") == pygame.image.tobytes(cracks, "RGB")


def test_rain_sheets_are_one_for_every_level() -> None:
    """The downpour's far sheets are the glass's size (6.3 MiB each at line 51's 3.4x close-up):
    one sheet serves every level (the exterior dims it as it lays it; it kept a base and up to
    two dimmed levels), and made again it is the same pixels."""
    from game.fx.rain import Rain
    from game.room.model import Rect

    rain = Rain(Rect(0.0, 0.0, 100.0, 100.0), 3, False)
    rain._scale = 1.0
    first = pygame.image.tobytes(rain._sheet(64, 48), "RGB")
    assert len(rain._sheets) == 1
    rain._sheets = {}
    assert pygame.image.tobytes(rain._sheet(64, 48), "RGB") == first
