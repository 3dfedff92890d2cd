"""A shadow prop keeps, at a close-up's scale, only the part of its raster the frame shows, and what
reads its silhouette reads the same bytes as from its whole raster (game/art/prop_outline.py).

At her gaze's push (line 17 at 1080p) the props kept the sofa whole at the move's 4.32x, 13.96 MiB,
because the wall shadows read its outline: now its Outline (the whole raster's reductions) stands in
the casters, and the wall shadow, the side light's inset, the occlusion of a flame and the top-edge
band come out the same as from the whole raster. Bytes and pixels are compared; nothing is timed."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pygame
import pytest

from game.art.prop_outline import Outline
from game.art.props import PropArt
from game.art.svg import SvgCache
from game.fx.occlusion import mask_region
from game.fx.prop_edges import _band_alpha, inset
from game.fx.shadows import ShadowLight, WallShadows
from game.room.model import Rect
from game.room.tmxload import load_room
from game.view import View, camera_view

ROOT = Path(__file__).resolve().parents[2]
ART = ROOT / "assets" / "art" / "props"
CANVAS = (960, 540)
DOWN = 8
Close = tuple[PropArt, View, pygame.Surface, pygame.Rect, float, pygame.Surface]


@pytest.fixture(scope="module")
def close(tmp_path_factory: pytest.TempPathFactory) -> Close:
    """A 4x close-up on the sofa's left arm (as line 82's shows its top): the props, the view, the
    sofa's caster mask, its screen rect and floor, and its whole raster for comparison."""
    pygame.init()
    room = load_room(ROOT / "scenes" / "room.tmx")
    art = PropArt(room, ART, SvgCache(tmp_path_factory.mktemp("svg")))
    sofa = room.anchors["sofa"].rect
    shot = Rect(sofa.x - 40, sofa.y - 60, 240, 135)
    view = camera_view(shot.x, shot.y, shot.w, CANVAS[0])
    art.prepare(view, CANVAS)
    got = {m for m, _r, _f in art.silhouettes(view, CANVAS)}
    piece = next(p for p in art.pieces if p.name == "sofa")
    mask, rect, floor = next(c for c in art.silhouettes(view, CANVAS) if c[1] == art._screen_rect(piece, view))
    assert mask in got
    whole = art.svg.get(piece.path, rect.size, keep=False)
    return art, view, mask, rect, floor, whole


def test_a_close_up_keeps_only_the_part_of_the_sofa_it_shows(close: Close) -> None:
    art, view, mask, rect, _floor, _whole = close
    kept = art._scales[round(view.scale, 4)]["sofa.svg"]
    assert kept.get_width() * kept.get_height() * 2 < rect.w * rect.h, "the sofa kept whole at a close-up's scale"
    assert all(s.get_size() != rect.size for n, s in art._scales[round(view.scale, 4)].items() if n.startswith("sofa"))
    assert isinstance(mask, Outline) and mask.get_width() * 3 < rect.w
    seen = pygame.Rect((0, 0), CANVAS).clip(rect)
    held = mask.fine()
    assert held is not None and held[1].move(rect.topleft).contains(seen), "the part kept does not hold what is shown"


def test_the_outline_reads_as_the_whole_raster(close: Close) -> None:
    _art, view, mask, rect, floor, whole = close
    # the wall shadow of a flame beside the sofa, on a lit light map
    light = ShadowLight(key=8, x=120.0, y=700.0, sway=0.3, base_y=712.0, reach=900.0)
    maps = []
    for m in (mask, whole):
        layer = pygame.Surface((CANVAS[0] // DOWN, CANVAS[1] // DOWN))
        layer.fill((200, 180, 160))
        WallShadows(760.0, DOWN).shade(layer, (0, 0), [light], view, [(m, rect, floor)])
        maps.append(pygame.image.tobytes(layer, "RGB"))
    lit = pygame.Surface((CANVAS[0] // DOWN, CANVAS[1] // DOWN))
    lit.fill((200, 180, 160))
    assert maps[0] == maps[1] and maps[1] != pygame.image.tobytes(lit, "RGB"), "no shadow thrown"
    # the side light's inset, at the light map's size
    a, b = inset((mask, rect, floor), DOWN)[0], inset((whole, rect, floor), DOWN)[0]
    assert a.get_size() == b.get_size() and pygame.image.tobytes(a, "RGBA") == pygame.image.tobytes(b, "RGBA")
    # what hides a flame's halo behind it, over the frame
    area = pygame.Rect(rect.x + 40, max(0, rect.y), 300, 200).clip(pygame.Rect((0, 0), CANVAS))
    ra, rb = mask_region(mask, rect, area), mask_region(whole, rect, area)
    assert ra is not None and rb is not None and ra[1] == rb[1]
    assert np.array_equal(pygame.surfarray.array_alpha(ra[0]), pygame.surfarray.array_alpha(rb[0]))
    # the top edge's band, where the frame shows it
    seen = pygame.Rect((0, 0), CANVAS).clip(rect).move(-rect.x, -rect.y)
    bands = []
    for m in (mask, whole):
        alpha, box = _band_alpha(m, rect.size, 2 * DOWN)
        full = np.zeros(rect.size, dtype=np.uint8)
        full[box.x:box.right, box.y:box.bottom] = alpha
        bands.append(full[seen.x:seen.right, seen.y:seen.bottom])
    assert bands[1].any() and np.array_equal(bands[0], bands[1])


@pytest.mark.parametrize("asked", [False, True])
def test_a_front_prop_made_ahead_off_the_frame_goes_unless_asked_for(tmp_path: Path, asked: bool) -> None:
    """The next shot's front props made ahead as possible covers of the figures (off its frame) are
    let go of once TRIAL_FRAMES of its frames have begun without asking for them (line 17: the
    armchair and the coffee table, 14.1 MiB at 1080p), and kept if one did."""
    from game.art.props import TRIAL_FRAMES

    pygame.init()
    room = load_room(ROOT / "scenes" / "room.tmx")
    art = PropArt(room, ART, SvgCache(tmp_path))
    sofa = room.anchors["sofa"].rect
    view = camera_view(sofa.x - 40, sofa.y - 60, 240, CANVAS[0])  # the armchair is far off this frame
    chair = next(p for p in art.pieces if p.name == "armchair")
    assert not pygame.Rect((0, 0), CANVAS).colliderect(art._screen_rect(chair, view))
    assert art.prepare_piece(chair, view, CANVAS, ahead=True)
    art.prepare(view, CANVAS)  # the cut: what was held apart is taken in
    key = round(view.scale, 4)
    assert "armchair.svg" in art._scales[key]
    for frame in range(TRIAL_FRAMES + 1):
        art.silhouettes(view, CANVAS)
        if asked and frame == 1:
            art._raster(chair, view.scale)  # (as the figures' covers ask for it)
    assert ("armchair.svg" in art._scales[key]) == asked
    assert "armchair.svg#outline" in art._scales[key]  # (its outline, which its wall shadow reads, stays)
