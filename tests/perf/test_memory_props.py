"""Props at a close zoom keep only what the shot shows (issue 16/13 memory): at the fire
close-up (4.8x at 1080p) the fireplace was kept whole, 20 MB, of which the frame shows less
than half; a big back prop without a wall shadow now keeps the part in view and a margin,
and draws the same pixels."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from game.art import props as props_module
from game.art.props import LAYERS, PropArt, PropState
from game.art.svg import SvgCache
from game.room.tmxload import load_room
from game.view import camera_view

ROOT = Path(__file__).resolve().parents[2]
ART = ROOT / "assets" / "art" / "props"
SIZE = (960, 540)


def _draw(art: PropArt, shot: tuple[float, float, float]) -> pygame.Surface:
    view = camera_view(shot[0], shot[1], shot[2], SIZE[0])
    art.prepare(view, SIZE)
    surf = pygame.Surface(SIZE)
    surf.fill((20, 20, 20))
    for layer in LAYERS:
        art.draw(surf, view, PropState(), 1.0, layer)
    return surf


def test_close_up_keeps_a_crop_and_draws_the_same(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pygame.init()
    room = load_room(ROOT / "scenes" / "room.tmx")
    fire = (1400.0, 520.0, 200.0)  # a 4.8x close-up on the fire (shot x, y, width in room px)
    cropped = PropArt(room, ART, SvgCache(tmp_path / "a"))
    got = _draw(cropped, fire)
    monkeypatch.setattr(props_module, "CROP_FROM", 1 << 40)  # the old way: every raster whole
    whole = PropArt(room, ART, SvgCache(tmp_path / "b"))
    want = _draw(whole, fire)
    assert pygame.image.tobytes(got, "RGB") == pygame.image.tobytes(want, "RGB")
    key = round(SIZE[0] / fire[2], 4)
    kept, full = cropped._scales[key]["fireplace.svg"], whole._scales[key]["fireplace.svg"]
    assert kept.get_width() * kept.get_height() < 0.6 * full.get_width() * full.get_height()
    assert cropped.memory_bytes() < whole.memory_bytes()
    # the svg cache does not keep the whole raster the crop was cut from
    assert all(name != str(ART / "fireplace.svg") for name, _w, _h in cropped.svg._memory)
    # a later draw asking for more than the crop gets the whole raster (and the same pixels)
    wide = _draw(cropped, (1300.0, 420.0, 200.0))
    assert pygame.image.tobytes(wide, "RGB") == pygame.image.tobytes(_draw(whole, (1300.0, 420.0, 200.0)), "RGB")
