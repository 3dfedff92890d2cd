"""Line 15, the twirl (review9 #5, then FACES5's note): her hand has a proper heel. The old hand was a
pinched neck (84 px at the wrist, 0.45 of its 187 px across the knuckles) flaring straight out past the
bracelet (134 px only 60 px on), so the heel read as wide as the palm. Now a slim wrist 0.6-0.72 of the
knuckles' width, and the heel rising gently from it (at most 0.3 px wider per px along the hand)."""

from __future__ import annotations

from pathlib import Path

import pygame

from tools.hands.twirl import XF, shown

TWIRL = Path(__file__).resolve().parents[2] / "assets" / "art" / "inserts" / "hair_twirl"


def _width(surf: pygame.Surface, x: float) -> int:
    """The hand's width across its axis at local x (from the wrist toward the knuckles)."""
    inside = []
    for y in range(-140, 141):
        p = shown(XF((x, y)))  # (STAGE2: the hand is written mirrored to her right side)
        if 0 <= p[0] < surf.get_width() and 0 <= p[1] < surf.get_height() and surf.get_at((int(p[0]), int(p[1]))).a > 128:
            inside.append(y)
    return max(inside) - min(inside) if inside else 0


def test_a_slim_wrist_and_a_heel_rising_gently_to_the_knuckles() -> None:
    pygame.init()
    hand = pygame.image.load_sized_svg(str(TWIRL / "hand.svg"), (1920, 1080))
    wrist, heel = _width(hand, -10), _width(hand, 50)
    knuckles = max(_width(hand, x) for x in range(150, 205, 5))
    assert 0.6 <= wrist / knuckles <= 0.72, f"wrist {wrist} px of {knuckles} across the knuckles"
    assert (heel - wrist) / 60 <= 0.3, f"the heel flares from {wrist} to {heel} px within 60 px of the wrist"
