"""MEMT: a shot's background shrunk from the tiles at 2x/4x is rendered CROP_BAND rows at a
time (the whole render was the largest transient of a close shot's background at 1080p), and
comes out the same bytes as the whole render shrunk."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from game.room import tiles
from game.room.tiles import CROP_BAND, TileBackground, scale_for, shrink
from game.room.tmxload import load_room

MAP = Path(__file__).resolve().parents[2] / "scenes" / "room.tmx"


@pytest.mark.parametrize("rect", [(100, 80, 1300, 731), (700, 300, 600, 337), (333, 211, 977, 551)])
def test_crop_in_bands_same_bytes(rect: tuple[int, int, int, int], monkeypatch: pytest.MonkeyPatch) -> None:
    pygame.init()
    bg = TileBackground(MAP, load_room(MAP, "scenes/room.tmx"))
    r, size = pygame.Rect(rect), (1920, 1080)
    k = scale_for(r, size)
    whole = shrink(bg.render(pygame.Rect(r.x * k, r.y * k, r.w * k, r.h * k), k), size)
    heights: list[int] = []
    render = tiles.TileBackground.render
    monkeypatch.setattr(tiles.TileBackground, "render", lambda self, a, s: heights.append(a.h) or render(self, a, s))
    out = bg.crop(r, size)
    assert max(heights) <= CROP_BAND
    assert pygame.image.tobytes(out, "RGBX") == pygame.image.tobytes(whole, "RGBX")
