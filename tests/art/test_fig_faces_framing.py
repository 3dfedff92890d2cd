"""FIG (issues 11 and 12): her lower lip and her close shot, as a fresh-eyes reviewer saw them at
1920x1080.

- "Her lower lip sticks out like a tongue" (line 2, the walls shot): the lower lip was a pink
  lozenge whose pointed front stood 0.4-0.9 head px past her chin's profile. Each lower-lip
  drawing now keeps its front inside the profile of head.svg, row by row.
- Her close shot (lines 16, 17, 82, 83) left x 1000-1920 of the frame, nearly half of it, as
  empty wallpaper right of her face: now her head is nearer the middle and the frame is tighter,
  the wall right of the curtain at most 40 % of the width."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pygame
import pytest

from game.art.rig import local_point
from game.assets import Assets
from game.room.tmxload import load_room
from game.view import View

ART = Path(__file__).resolve().parents[2] / "assets" / "art" / "figures" / "her"
K = 8  # raster scale: head px -> raster px
PAST = 0.3  # head px the lower lip's front may stand past the profile (its anti-aliased edge)


@pytest.mark.parametrize("lips", ["lips", "lips_parted", "lips_down"])
def test_her_lower_lip_stays_inside_her_profile(lips: str) -> None:
    pygame.init()
    size = (150 * K, 210 * K)
    head = pygame.image.load_sized_svg(str(ART / "head.svg"), size)
    lip = pygame.image.load_sized_svg(str(ART / f"{lips}.svg"), size)
    worst = -1e9
    for y in range(90 * K, 110 * K):
        xs = [x for x in range(100 * K, 120 * K) if lip.get_at((x, y)).a > 128]
        if not xs:
            continue
        face = [x for x in range(100 * K, 125 * K) if head.get_at((x, y)).a > 128]
        worst = max(worst, (max(xs) - max(face or [0])) / K)
    assert worst > -1e9, f"{lips}: no lip drawn"
    assert worst <= PAST, f"{lips}: the lower lip's front stands {worst:.2f} head px past her profile"


def test_her_close_shot_is_not_half_empty_wallpaper() -> None:
    room = load_room(Assets().room_map)
    shot = room.shots["her"].rect
    curtain = 600.0  # room x: the right edge of the window's curtain; beyond it, bare wall at her head's height
    head_x = 445.0  # room x of her head's middle in the sofa and twirling poses
    assert (shot.x + shot.w - curtain) / shot.w <= 0.40, "over 40 % of her close shot is the bare wall right of the curtain"
    assert 0.33 <= (head_x - shot.x) / shot.w <= 0.5, "her head is not near the middle of her close shot"


# the lines whose words name the body the caption band covered: "perched on the edge of an
# antique armchair" (line 6, his knees under the band) and "Their bodies spoke the language of
# love" (line 78, their thighs under two lines of words)
BODY_LINES = (("He sat on one side of the room, perched", ("him",), 1), ("Their bodies spoke the language", ("him", "her"), 2))  # (words, who, lines of words at 1920)
SHIN = 40.0  # room px down the shin from the knee: the knee's underside, where the band began


@pytest.fixture(scope="module")
def story() -> Iterator[tuple[Any, Any]]:
    from game.capture import capture_context
    from game.settings import Settings

    ctx = capture_context(Assets(), Settings())
    yield ctx, ctx.scenes.story()
    pygame.quit()


@pytest.mark.parametrize(("what", "who", "words"), BODY_LINES)
def test_the_knees_a_line_names_are_above_the_caption_band(story: tuple[Any, Any], what: str, who: tuple[str, ...], words: int) -> None:
    """Each knee (its underside, SHIN px down the shin) lies above the top of the caption band's
    shade (ui.py: BAND_TOP_GAP over the first line of words), in the framing at the end of the
    line's camera move (the tightest)."""
    from game.scenes.ui import BAND_TOP_GAP, LINE_H, TEXT_BOTTOM

    ctx, scene = story
    n = next(i for i, line in enumerate(ctx.script.lines, 1) if what in line.text)
    scene.seek(n, 3.0)
    snap = scene.director.stage.at(scene.t)
    layers = ctx.renderer.layers
    frame = layers.frame((1920, 1080), View(1.0, 0.0, 0.0), snap, scene.t, scene.pen_uv)
    _drawn, final = layers.figures._scene(frame.figures, scene.t)
    r = layers.props.room.shots[snap.shot.value].rect
    _x, y, _w, h = (r.x, r.y, r.w, r.h) if snap.move is None else snap.move.framing_at((r.x, r.y, r.w, r.h), 1.0)
    band = (TEXT_BOTTOM - words * LINE_H - BAND_TOP_GAP) / 1080
    for cid in who:
        spec = layers.figures.specs[cid]
        for side in ("near", "far"):
            shin = final[cid][f"{side}_shin"]
            knee = local_point(spec, shin, (spec.parts[f"{side}_shin"].pivot[0], spec.parts[f"{side}_shin"].pivot[1] + SHIN))
            at = (knee[1] - y) / h
            assert at <= band, f"line {n}: {cid}'s {side} knee at {at:.2f} of the frame's height, under the band (from {band:.2f})"
