"""FIG (issues 11 and 12): her lower lip and her close shot, as a fresh-eyes reviewer saw them at
1920x1080.

- "Her lower lip sticks out like a tongue" (line 2, the walls shot): the lower lip was a pink
  lozenge whose pointed front stood 0.4-0.9 head px past her chin's profile. Each lower-lip
  drawing now keeps its front inside the profile of head.svg, row by row.
- Her close shot (lines 16, 17, 82, 83) left x 1000-1920 of the frame, nearly half of it, as
  empty wallpaper right of her face: now her head is nearer the middle and the frame is tighter,
  the wall right of the curtain at most 40 % of the width."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from game.assets import Assets
from game.room.tmxload import load_room

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
