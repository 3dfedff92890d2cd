"""The map stays a valid Tiled map: tile ids within their tileset, every referenced image
present, the tileset PNG reproducible from its generator, and (when Tiled's own
`tmxrasterizer` is installed) Tiled itself renders the map without error."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pygame
import pytest

ROOT = Path(__file__).resolve().parents[2]
MAP = ROOT / "scenes" / "room.tmx"


def _tilesets() -> list[tuple[int, int, Path, ET.Element]]:
    """(firstgid, tilecount, tsx path, tileset element) for every tileset of the map."""
    out = []
    for ts in ET.parse(MAP).getroot().iter("tileset"):
        first = int(ts.get("firstgid", "1"))
        src = ts.get("source")
        path = (MAP.parent / src) if src else MAP
        elem = ET.parse(path).getroot() if src else ts
        out.append((first, int(elem.get("tilecount", "0")), path, elem))
    return out


def test_every_tile_id_is_within_a_tileset() -> None:
    sets = _tilesets()
    assert sets, "the map has no tileset"
    ranges = [(first, first + count - 1) for first, count, _p, _e in sets]
    for layer in ET.parse(MAP).getroot().iter("layer"):
        data = layer.find("data")
        assert data is not None and data.get("encoding") == "csv", layer.get("name")
        w, h = int(layer.get("width", "0")), int(layer.get("height", "0"))
        gids = [int(v) for v in (data.text or "").replace("\n", "").split(",") if v.strip()]
        assert len(gids) == w * h, layer.get("name")
        for gid in gids:
            gid &= 0x0FFFFFFF  # Tiled's flip flags live in the high bits
            assert gid == 0 or any(lo <= gid <= hi for lo, hi in ranges), f"{layer.get('name')}: tile id {gid}"


def test_every_referenced_image_exists_with_the_declared_size() -> None:
    pygame.init()
    for _first, count, path, elem in _tilesets():
        assert path.exists(), path
        tw, th = int(elem.get("tilewidth", "0")), int(elem.get("tileheight", "0"))
        cols = int(elem.get("columns", "0"))
        for img in elem.iter("image"):
            file = path.parent / img.get("source", "")
            assert file.exists(), file
            surf = pygame.image.load(str(file))
            assert surf.get_size() == (int(img.get("width", "0")), int(img.get("height", "0"))), file
            assert surf.get_width() >= cols * tw and surf.get_height() * cols >= count * th, file
    for img in ET.parse(MAP).getroot().iter("image"):  # image layers / object images, if any
        assert (MAP.parent / img.get("source", "")).exists(), img.get("source")


def test_tileset_png_is_what_its_generator_makes() -> None:
    spec = importlib.util.spec_from_file_location("make_tileset", ROOT / "tools" / "make_tileset.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    pygame.init()
    built = mod.build()
    committed = pygame.image.load(str(mod.OUT))
    assert built.get_size() == committed.get_size()
    assert pygame.image.tobytes(built, "RGB") == pygame.image.tobytes(committed, "RGB"), \
        "scenes/tiles/room-tiles.png is stale: run python tools/make_tileset.py"


@pytest.mark.skipif(shutil.which("tmxrasterizer") is None, reason="Tiled's tmxrasterizer is not installed")
def test_tiled_renders_the_map(tmp_path: Path) -> None:
    out = tmp_path / "room.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(["tmxrasterizer", str(MAP), str(out)], env=env, capture_output=True, text=True,
                          timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    assert out.exists()
    pygame.init()
    assert pygame.image.load(str(out)).get_size() == (1920, 1080)
