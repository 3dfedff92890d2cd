"""The tile background stays crisp in close-ups: the 4x tile art is the 1x design at finer
detail, 1x flattening is unchanged, and a close-up is built from the 4x art and scaled down,
never a 1x image scaled up.

Sharpness is measured on *structural* edges (rails, grooves, board gaps), by averaging the
shot along one axis first, so the finer grain of the 4x art (which is noise) cannot pass
for sharpness; the spectral measure below counts the grain too, and says so."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np
import pygame
import pytest
import pytmx

from game.room.model import Rect, Room
from game.room.tiles import TileBackground, crop_background, hires_path, scale_for, tile_background
from game.room.tmxload import load_room

ROOT = Path(__file__).resolve().parents[2]
SCENES = ROOT / "scenes"
MAP = SCENES / "room.tmx"
SHEET = SCENES / "tiles" / "room-tiles.png"
CANVAS = (1920, 1080)


@pytest.fixture(scope="module")
def room() -> Room:
    pygame.init()
    return load_room(MAP, "scenes/room.tmx")


@pytest.fixture(scope="module")
def flat(room: Room) -> pygame.Surface:
    """The renderer's own 1x flattening, the reference for everything at scale 1."""
    return load_tile_background(MAP, room)


def tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_tileset", ROOT / "tools" / "make_tileset.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def grey(surf: pygame.Surface) -> np.ndarray:
    """(h, w) float luminance-ish (channel mean)."""
    return pygame.surfarray.array3d(surf).astype(np.float64).mean(axis=2).T


def rgb(surf: pygame.Surface) -> np.ndarray:
    return pygame.surfarray.array3d(surf).astype(np.float64)


def box_down(a: np.ndarray, k: int) -> np.ndarray:
    """Exact k x k box average of a (w, h, 3) array (smoothscale truncates, so not that)."""
    w, h = a.shape[0] // k, a.shape[1] // k
    return a[: w * k, : h * k].reshape(w, k, h, k, -1).mean(axis=(1, 3))


def old_shot(flat: pygame.Surface, r: Rect, size: tuple[int, int]) -> pygame.Surface:
    """What the renderer shows today: the 1x crop smoothscaled to the canvas."""
    area = pygame.Rect(round(r.x), round(r.y), round(r.w), round(r.h)).clip(flat.get_rect())
    return pygame.transform.smoothscale(flat.subsurface(area), size)


def same(a: pygame.Surface, b: pygame.Surface) -> bool:
    return a.get_size() == b.get_size() and pygame.image.tobytes(a, "RGB") == pygame.image.tobytes(b, "RGB")


# -- scale 1 is what it was ------------------------------------------------------------------

def _image_loader(filename: str, colorkey: Any = None, **_kwargs: Any) -> Any:
    sheet = pygame.image.load(filename)

    def extract(rect: Any = None, flags: Any = None) -> pygame.Surface:
        tile = sheet.subsurface(pygame.Rect(rect)).copy() if rect else sheet.copy()
        if flags is not None and (flags.flipped_horizontally or flags.flipped_vertically):
            tile = pygame.transform.flip(tile, flags.flipped_horizontally, flags.flipped_vertically)
        return tile

    return extract


def load_tile_background(map_path: Path, room: Room) -> pygame.Surface:
    """The reference: the tile layers flattened at 1x with pytmx's own tile placement."""
    surf = pygame.Surface((room.width, room.height))
    surf.fill((11, 7, 8))
    tmx: Any = pytmx.TiledMap(str(map_path), image_loader=_image_loader)
    for layer in tmx.visible_layers:
        if isinstance(layer, pytmx.TiledTileLayer):
            for x, y, image in layer.tiles():
                surf.blit(image, (x * tmx.tilewidth, y * tmx.tileheight))
    return surf


def test_1x_flattening_is_the_renderers(room: Room, flat: pygame.Surface) -> None:
    mine = tile_background(MAP, room, 1)
    assert mine.get_size() == (room.width, room.height)
    assert same(mine, flat)


@pytest.mark.parametrize("size", [(1920, 1080), (1280, 720)])
def test_shots_at_1x_or_less_are_the_renderers_scaled_background(room: Room, flat: pygame.Surface,
                                                                 size: tuple[int, int]) -> None:
    wide = room.shots["wide"].rect
    assert scale_for(wide, size) == 1
    assert same(crop_background(MAP, room, wide, size), old_shot(flat, wide, size))


def test_flipped_tiles_are_flipped_at_every_scale(tmp_path: Path) -> None:
    pygame.init()
    target = tmp_path / "scenes"
    shutil.copytree(SCENES, target, ignore=shutil.ignore_patterns("*.story"))
    path = target / "room.tmx"
    text = path.read_text()
    first = "\n6,7,8,6,7,8,"  # the first row of floorboards: flip three (Tiled keeps the flags in the high bits)
    flipped = f"\n{6 | 0x80000000},{7 | 0x40000000},{8 | 0xC0000000},6,7,8,"
    assert first in text
    path.write_text(text.replace(first, flipped, 1))
    room = load_room(path, "room.tmx")
    assert same(tile_background(path, room, 1), load_tile_background(path, room))
    bg = TileBackground(path, room)
    y = 19 * 40  # the row's top
    one = rgb(bg.render(pygame.Rect(0, y, 120, 40), 1))
    four = box_down(rgb(bg.render(pygame.Rect(0, y * 4, 480, 160), 4)), 4)
    for i in range(3):
        tile = slice(i * 40, (i + 1) * 40)
        assert np.abs(four[tile] - one[tile]).mean() < 2.0, f"tile {i + 1}"
        assert np.abs(four[tile] - one[tile][::-1, ::-1]).mean() > 4.0, "not a flip-blind comparison"


# -- the 4x sheet is the same design ---------------------------------------------------------

def test_4x_sheet_is_what_its_generator_makes() -> None:
    pygame.init()
    mod = tool()
    assert hires_path(SHEET) == mod.out_path(4) == SHEET.with_name("room-tiles@4x.png")
    built = mod.build(4)
    committed = pygame.image.load(str(mod.out_path(4)))
    assert built.get_size() == committed.get_size() == (8 * 160, 160)
    assert pygame.image.tobytes(built, "RGB") == pygame.image.tobytes(committed, "RGB"), \
        "scenes/tiles/room-tiles@4x.png is stale: run python tools/make_tileset.py"


def test_4x_sheet_averaged_down_is_the_1x_sheet() -> None:
    """Tile by tile: the 4x art averaged over 4x4 blocks differs from the 1x art by about a
    level (the finer grain and rounding), with no bias; the tile ids keep their meaning."""
    pygame.init()
    one = rgb(pygame.image.load(str(SHEET)))
    four = rgb(pygame.image.load(str(hires_path(SHEET))))
    down = box_down(four, 4)
    assert down.shape == one.shape == (320, 40, 3)
    for i in range(8):
        a, b = one[i * 40:(i + 1) * 40], down[i * 40:(i + 1) * 40]
        assert np.abs(a - b).mean() < 2.0, f"tile {i + 1}"
        assert abs(float((a - b).mean())) < 0.5, f"tile {i + 1}"
        # the design's contrast survives: same spread of tones within the tile
        assert abs(float(a.std() - b.std())) < 0.05 * float(a.std()), f"tile {i + 1}"


def fine_share(a: np.ndarray, cut: float = 0.125) -> float:
    """Share of a grey picture's energy above `cut` cycles per pixel."""
    power = np.abs(np.fft.rfft2(a - a.mean())) ** 2
    fy = np.abs(np.fft.fftfreq(a.shape[0]))[:, None]
    fx = np.fft.rfftfreq(a.shape[1])[None, :]
    return float(power[np.maximum(fy, fx) > cut].sum() / power.sum())


def test_4x_sheet_is_not_an_upscaled_1x_sheet() -> None:
    """Detail finer than a 1x pixel: the 4x art has energy above the 1x sheet's Nyquist
    frequency (1/8 cycle per 4x pixel) several times a smooth upscale's, and it is not a
    blocky upscale either (almost no 4x4 block is one flat colour)."""
    pygame.init()
    four = pygame.image.load(str(hires_path(SHEET)))
    smooth = pygame.transform.smoothscale(pygame.image.load(str(SHEET)), four.get_size())
    assert fine_share(grey(four)) > 3.0 * fine_share(grey(smooth))
    for i in range(8):
        tile = (i * 160, 0, 160, 160)
        assert fine_share(grey(four.subsurface(tile))) > 1.8 * fine_share(grey(smooth.subsurface(tile))), f"tile {i + 1}"
    blocks = rgb(four).astype(np.int64).reshape(320, 4, 40, 4, 3)
    flat_blocks = (blocks.max(axis=(1, 3)) == blocks.min(axis=(1, 3))).all(axis=-1).mean()
    assert flat_blocks < 0.01


# -- the notebook close-up -------------------------------------------------------------------

@pytest.fixture(scope="module")
def notebook(room: Room, flat: pygame.Surface) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(crisp, today's upscaled, the 1x crop) of a 4x close-up on the notebook, grey."""
    r = Rect(725, 660, 480, 270)
    assert scale_for(r, CANVAS) == 4
    crisp = crop_background(MAP, room, r, CANVAS)
    assert crisp.get_size() == CANVAS
    area = pygame.Rect(round(r.x), round(r.y), round(r.w), round(r.h))
    return grey(crisp), grey(old_shot(flat, r, CANVAS)), grey(flat.subsurface(area))


def test_notebook_close_up_is_the_same_room(notebook: tuple[np.ndarray, np.ndarray, np.ndarray]) -> None:
    crisp, _up, one = notebook
    down = crisp.reshape(270, 4, 480, 4).mean(axis=(1, 3))
    assert np.abs(down - one).mean() < 2.0
    assert abs(float((down - one).mean())) < 0.5


def test_notebook_close_up_has_steep_structural_edges(notebook: tuple[np.ndarray, np.ndarray, np.ndarray]) -> None:
    """Averaging the shot across its width leaves the horizontal structure (rails, board gaps)
    and removes the grain; averaging the wainscot rows down their height leaves the stiles and
    grooves. The steepest step of each profile is how sharp those edges are on screen."""
    crisp, up, _one = notebook

    def steepest(profile: np.ndarray) -> float:
        return float(np.abs(np.diff(profile)).max())

    assert steepest(crisp.mean(axis=1)) > 2.5 * steepest(up.mean(axis=1))
    wainscot = slice(0, 230)  # the shot's top: the wainscot panels above the skirting
    assert steepest(crisp[wainscot].mean(axis=0)) > 2.5 * steepest(up[wainscot].mean(axis=0))


def test_notebook_close_up_has_fine_detail(notebook: tuple[np.ndarray, np.ndarray, np.ndarray]) -> None:
    """Share of the picture's energy above 1/8 cycle per pixel (detail finer than 8 canvas px,
    2 room px): edges and the 4x grain. An upscale of the 1x art has almost none up there."""
    crisp, up, _one = notebook
    assert fine_share(crisp) > 3.0 * fine_share(up)


def test_each_shot_is_built_at_the_least_scale_that_needs_no_upscaling(room: Room) -> None:
    assert scale_for(room.shots["two"].rect, CANVAS) == 2  # 1600 room px on 1920
    assert scale_for(room.shots["him"].rect, CANVAS) == 2  # 1040 -> 1920 is 1.85x
    assert scale_for(room.shots["him_close"].rect, CANVAS) == 3  # 640 -> 1920 is 3.0x
    assert scale_for(room.shots["notebook"].rect, (3840, 2160)) == 4  # no finer art: the cap
    for shot in room.shots.values():
        assert crop_background(MAP, room, shot.rect, CANVAS).get_size() == CANVAS
