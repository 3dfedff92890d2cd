"""The figures keep the turns they draw, not their wholes' zero borders.

The cold rim's measure (game/fx/rim_art.py) and the room's part rects (RoomLayers.figure_parts)
asked `PartRasters.at(view, d, "art")` for every part: the whole raster's turn, whose box is
shared with other parts (a face's brows, eyes, mouth and lips are each drawn in the head's box),
and it was kept in the drawn turn's place. At line 17 at 1080p all her ~30 turns were such
wholes: 48 MiB where the turns drawn hold 34. They take `PartRasters.shown` now: the turn as
drawn, where it goes and the rect its whole covers, the same pixels blitted. Bytes, rects and
pixels are compared; nothing is timed.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pygame
import pytest

from game.art.figure_raster import Drawn, PartRasters
from game.art.rig import Placed, load_poses
from game.art.svg import SvgCache
from game.view import View

ROOT = Path(__file__).resolve().parents[2]
SIZE = (960, 540)


@pytest.fixture(scope="module")
def close_up() -> Iterator[Any]:
    """Line 17 (her face close, the rims lit) played for 2 s at 960x540, as the game draws it."""
    from game.assets import Assets
    from game.clock import STEP
    from game.context import build_context
    from game.scenes.story import StoryScene
    from game.settings import Settings

    pygame.init()
    canvas = pygame.display.set_mode(SIZE)
    ctx = build_context(Assets(), Settings(auto_advance=False), audio=False)
    scene = StoryScene(ctx)
    scene.seek(17, 0.0)
    for _ in range(60):
        for _ in range(2):
            scene.update(STEP)
        scene.draw(canvas)
    yield ctx.renderer.layers.figures.rasters
    pygame.quit()


def test_no_whole_turn_is_kept_where_the_drawn_turn_would_do(close_up: PartRasters) -> None:
    rasters = close_up
    kept = rasters._rot.values()
    assert len(kept) >= 10, "the close-up drew her parts"
    wholes = [v for v in kept if v[5] is not None]
    assert not wholes, f"{len(wholes)} of {len(kept)} turns kept as their wholes"  # (all of them before)


def test_the_faces_features_hold_their_drawings_not_the_heads_box(close_up: PartRasters) -> None:
    """Her lips' turn kept is a fifth of the head's box or less (its whole was the head's box)."""
    rasters = close_up
    lips = [k for k in rasters._rot if k[0] == "her" and k[1] == "lips"]
    head = [k for k in rasters._rot if k[0] == "her" and k[1] == "head"]
    assert lips and head
    size = {k: rasters._rot._entries[k].size for k in (*lips, *head)}
    assert max(size[k] for k in lips) * 5 < min(size[k] for k in head), size


def test_shown_is_at_without_the_whole_made(tmp_path: Path) -> None:
    """`shown` blits the same pixels as `at(..., "art")` at its place, gives `at`'s rect, and
    makes no whole (the turn kept is the drawn one)."""
    pygame.init()
    specs = load_poses(ROOT / "assets" / "figures" / "poses.toml")
    mine = PartRasters(specs, ROOT / "assets" / "art" / "figures", SvgCache(tmp_path))
    theirs = PartRasters(specs, ROOT / "assets" / "art" / "figures", SvgCache(tmp_path))
    view = View(2.4, -200 * 2.4 + 0.3, -120 * 2.4 + 0.7)
    for cid, part, ang in (("her", "lips", -8.25), ("her", "torso", -31.5), ("him", "head", 19.75), ("him", "near_hand", 41.0)):
        p = specs[cid].parts[part]
        d = Drawn(cid, part, p.default, Placed(part, 300.3, 200.7, ang, 0, cid == "him"), 1.0)
        img, pos, rect = mine.shown(view, d)
        whole, wpos = theirs.at(view, d, "art")
        assert rect == pygame.Rect(wpos, whole.get_size()), part
        a, b = pygame.Surface((3000, 3000), pygame.SRCALPHA), pygame.Surface((3000, 3000), pygame.SRCALPHA)
        a.blit(img, (pos[0] + 600, pos[1] + 600))
        b.blit(whole, (wpos[0] + 600, wpos[1] + 600))
        assert pygame.image.tobytes(a, "RGBA") == pygame.image.tobytes(b, "RGBA"), part
    assert all(v[5] is None for v in mine._rot.values())
    assert mine._rot.bytes < theirs._rot.bytes


def test_a_zoom_level_left_behind_lets_go_of_its_rasters(tmp_path: Path) -> None:
    """A shot or a camera move is drawn at one scale: once no part is drawn at a zoom level for
    LEVEL_FRAMES frames, its rasters go (line 16's at 4x were held through the push into 17 at
    4.76x, 11.5 MiB at the 1080p soak's day peak). A level still drawn from kept turns stays."""
    pygame.init()
    specs = load_poses(ROOT / "assets" / "figures" / "poses.toml")
    r = PartRasters(specs, ROOT / "assets" / "art" / "figures", SvgCache(tmp_path))
    for part in ("head", "torso", "hair"):
        r.base("her", part, specs["her"].parts[part].default, 8, False, "art")
    d = Drawn("her", "head", specs["her"].parts["head"].default, Placed("head", 300.0, 200.0, -8.0, 0, False), 1.0)
    view = View(2.0 ** (9 / 4.0), 0.0, 0.0)  # (level 9)
    for _ in range(40):  # (LEVEL_FRAMES is 30)
        r.frame()
        r.at(view, d, "art")  # made once at level 9, then drawn from the kept turn
    levels = {k[3] for k in r._raster}
    assert levels == {9}, levels
    assert r._raster_bytes == sum(s.get_width() * s.get_height() * 4 for s in r._raster.values())
