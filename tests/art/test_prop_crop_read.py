"""A big back prop's crop read alone from the SVG cache's file (game/art/props.py `_read`, SvgCache.crop):
the same pixels as its whole raster loaded and cropped, without the whole (the window at her gaze's
4.32x at 1080p: 25.8 MiB held for a 9.3 MiB crop, at the kiosk's highest moments)."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from game.art import props as props_mod
from game.art.svg import SvgCache
from game.assets import Assets


def test_a_crop_is_read_without_its_whole_raster(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pygame.init()
    pygame.display.set_mode((64, 64))
    window = Assets().art / "props" / "window.svg"
    size, crop = (1200, 1400), (300, 420, 640, 500)
    svg = SvgCache(tmp_path)
    whole = svg.get(window, size, keep=False)  # (rasterized once: its cache file written)
    want = whole.subsurface(crop).convert_alpha()
    loads: list[str] = []
    load = pygame.image.load
    monkeypatch.setattr(pygame.image, "load", lambda *a, **k: (loads.append(str(a[0])), load(*a, **k))[1])
    got, red = props_mod._read(SvgCache(tmp_path), window, size, crop, True)
    assert not loads, "the whole raster was loaded"
    assert red is None and got.get_size() == crop[2:]
    assert pygame.image.tobytes(got, "RGBA") == pygame.image.tobytes(want, "RGBA")
    got, _ = props_mod._read(SvgCache(tmp_path), window, size, crop, False)
    assert pygame.image.tobytes(got, "RGBA") == pygame.image.tobytes(whole.subsurface(crop), "RGBA")
    (tmp_path / "other").mkdir()
    got, _ = props_mod._read(SvgCache(tmp_path / "other"), window, size, crop, True)  # (no cache file: made whole)
    assert loads == [] and pygame.image.tobytes(got, "RGBA") == pygame.image.tobytes(want, "RGBA")
