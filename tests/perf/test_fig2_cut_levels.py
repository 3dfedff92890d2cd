"""At a cut to another scale the figures let go of the level the shot's view left at once.

A shot and a camera move are each drawn at one scale, so a zoom level's rasters were let go of
once no part was asked for at it for LEVEL_FRAMES (30) frames. At the 1080p soak's day peak,
rapid taps cut 16 -> 17 four frames after line 16's 4x set was last asked for: its 11.5 MiB
were held beside 17's 4.76x set. The cut's first frame says its view's level (`clipped`), so
the left level's art rasters and turns go at its first part drawn (before the new level's are
read), or once a frame does not ask for them; the masks' level (at most MASK_SCALE) keeps the
30-frame rule. Bytes and keys are asserted, nothing timed.
"""

from __future__ import annotations

from pathlib import Path

import pygame

from game.art.figure_raster import Drawn, PartRasters
from game.art.rig import FigureSpec, Placed, load_poses
from game.art.svg import SvgCache
from game.view import View

ROOT = Path(__file__).resolve().parents[2]


def _draw(r: PartRasters, specs: dict[str, FigureSpec], level: int, ang: float) -> None:
    """One frame of her head and torso drawn through a view at zoom `level`, her mask asked for."""
    scale = 2.0 ** (level / 4.0)
    view = View(scale, 960 - 300.0 * scale, 540 - 200.0 * scale)
    clip = pygame.Rect(0, 0, 1920, 1080)  # (a 1080p window: the rasters' budget holds both levels)
    r.frame()
    for part in ("head", "torso"):
        d = Drawn("her", part, specs["her"].parts[part].default, Placed(part, 300.0, 200.0, ang, 0, False), 1.0)
        r.clipped(view, d, clip)
        r.at(View(0.5, 0.0, 0.0), d, "mask")


def test_the_level_a_cut_left_goes_at_once(tmp_path: Path) -> None:
    pygame.init()
    specs = load_poses(ROOT / "assets" / "figures" / "poses.toml")
    r = PartRasters(specs, ROOT / "assets" / "art" / "figures", SvgCache(tmp_path))
    for i in range(5):  # line 16's shot at level 8 (4x), breathing
        _draw(r, specs, 8, -8.0 + 0.25 * i)
    assert {k[3] for k in r._raster if k[5] == "art"} == {8}
    _draw(r, specs, 9, -8.0)  # the cut into 17 (level 9, 4.76x): its first frame
    art = {k[3] for k in r._raster if k[5] == "art"}
    assert art == {9}, f"the cut's frame holds the left level's rasters beside its own: {art}"  # ({8, 9} for 30 frames before)
    _draw(r, specs, 9, -7.75)
    assert {k[3] for k in r._rot} == {9}
    assert {k[3] for k in r._raster if k[5] == "mask"} == {-4}, "the masks' level stays"
    assert r._raster_bytes == sum(s.get_width() * s.get_height() * 4 for s in r._raster.values())


def test_a_level_asked_for_again_is_kept(tmp_path: Path) -> None:
    """Back at the level before it went (a tap back), nothing of it goes."""
    pygame.init()
    specs = load_poses(ROOT / "assets" / "figures" / "poses.toml")
    r = PartRasters(specs, ROOT / "assets" / "art" / "figures", SvgCache(tmp_path))
    for level in (8, 8, 9, 8, 8, 8):
        _draw(r, specs, level, -8.0)
    assert 8 in {k[3] for k in r._raster if k[5] == "art"}
