"""Checks on the room map's tiles: what the map parser leaves to drawing time.

The map's objects are checked when it is loaded (`game.room.tmxload`); its tile layers
are only drawn later, at a shot's scale, so a missing tileset image (1x or its @4x
sibling), an unreadable one, a tile id that no tileset has, or an image reached through
`../..` outside the game's folders would first show up mid-story. Here the map is parsed
as the tile background parses it (pytmx, images not loaded), every image it names is
found, kept inside the content root, loaded and sized, and every tile id is looked up.
Problems name the .tmx or .tsx file and the line of the layer or tileset.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from game.assets import Assets
from game.errors import Problem

HIRES = 4  # as game.room.tiles.HIRES: `<sheet>@4x.png` beside every tileset image


def _line(text: str, pattern: str) -> int:
    m = re.search(pattern, text)
    return text.count("\n", 0, m.start()) + 1 if m else 0


def check_tiles(assets: Assets, map_path: Path | None = None) -> list[Problem]:
    """Every tileset image and tile id of the map's tile layers, checked."""
    import pygame
    import pytmx

    path = map_path or assets.room_map
    shown = assets.rel(path)
    images: list[str] = []

    def loader(filename: str, colorkey: Any = None, **_kwargs: Any) -> Any:
        images.append(filename)
        return lambda rect=None, flags=None: (filename, rect)

    try:
        text = path.read_text(encoding="utf-8")
        tmx = pytmx.TiledMap(str(path), image_loader=loader)
    except Exception:  # the map loader reports an unreadable map with its line
        return []
    problems: list[Problem] = []
    root = assets.root.resolve()
    good: set[str] = set()
    for image in dict.fromkeys(images):
        file = Path(image)
        where = _line(text, re.escape(file.name)) or _line(text, "<tileset")
        try:
            inside = file.resolve().is_relative_to(root)
        except (OSError, RuntimeError):
            inside = False
        if not inside:
            problems.append(Problem(shown, where, f"tileset image {file.resolve()} is outside the game's folders"))
            continue
        for candidate, scale in ((file, 1), (file.with_name(f"{file.stem}@{HIRES}x{file.suffix}"), HIRES)):
            if not candidate.is_file():
                problems.append(Problem(assets.rel(candidate), 0, f"tileset image not found (used by {shown})"))
                break
            try:
                sheet = pygame.image.load(str(candidate))
            except (pygame.error, OSError) as exc:
                problems.append(Problem(assets.rel(candidate), 0, f"tileset image cannot be read: {exc}"))
                break
            if scale == 1:
                base = sheet.get_size()
            elif sheet.get_size() != (base[0] * HIRES, base[1] * HIRES):
                problems.append(Problem(assets.rel(candidate), 0, f"{sheet.get_width()}x{sheet.get_height()} px, "
                                        f"expected {base[0] * HIRES}x{base[1] * HIRES} ({HIRES}x {file.name})"))
        else:
            good.add(image)
    gid_map = {internal: tiled for tiled, internals in getattr(tmx, "gidmap", {}).items()
               for internal, _flags in internals}
    for layer in tmx.visible_layers:
        if not isinstance(layer, pytmx.TiledTileLayer):
            continue
        bad: list[tuple[int, int, int]] = []
        for x, y, gid in layer.iter_data():
            if gid and (gid >= len(tmx.images) or tmx.images[gid] is None):
                bad.append((x, y, gid_map.get(gid, gid)))
        if bad:
            x, y, tiled = bad[0]
            more = f" (and {len(bad) - 1} more tiles)" if len(bad) > 1 else ""
            problems.append(Problem(shown, _line(text, rf'<layer[^>]*name="{re.escape(layer.name)}"'),
                                    f"layer '{layer.name}': tile id {tiled} at ({x}, {y}) is in no tileset{more}"))
    return problems
