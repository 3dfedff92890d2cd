"""Line 15, the twirl (review8 #25): her raised arm is one arm bent at the elbow, the upper arm out of
the puffed sleeve to an elbow inside the frame (not a forearm rising from behind the sleeve to an elbow
below the frame, a third arm), and her face has a jaw line and an ear under the hair."""

from __future__ import annotations

from pathlib import Path

import pygame

TWIRL = Path(__file__).resolve().parents[2] / "assets" / "art" / "inserts" / "hair_twirl"


def _svg(name: str) -> pygame.Surface:
    pygame.init()
    return pygame.image.load_sized_svg(str(TWIRL / name), (1920, 1080))


def test_the_arm_bends_at_an_elbow_in_the_frame_right_of_the_sleeve() -> None:
    arm = _svg("arm.svg")
    # (STAGE2: her right arm, mirrored about her face's middle, tools/hands/twirl.shown)
    for p in ((214, 950), (124, 940), (74, 930)):  # the upper arm leaving the sleeve, the elbow
        assert arm.get_at(p).a > 240, f"no arm at {p}: the elbow is below the frame"
    # the forearm rises from the elbow toward the wrist: the arm's outer (left) edge leans, not a column
    def outer_edge(y: int) -> int:
        return min(x for x in range(0, 644) if arm.get_at((x, y)).a > 200)
    assert outer_edge(760) - outer_edge(920) >= 120, "the forearm stands upright from below the frame"


def test_a_jaw_line_and_an_ear() -> None:
    """Over the neck's colour, the jaw's contour is a soft shade: at its side >= 25 levels under the cheek
    inside it, at the chin >= 25 under the neck below (the old art: 17 and 2, no jaw line)."""
    face = pygame.Surface((1920, 1080))
    face.fill((216, 160, 132))
    face.blit(_svg("face.svg"), (0, 0))

    def lum(p: tuple[int, int]) -> float:
        c = face.get_at(p)
        return 0.299 * c.r + 0.587 * c.g + 0.114 * c.b

    assert lum((700, 596)) - lum((684, 622)) >= 25, "no jaw line at the jaw's side"
    assert lum((772, 690)) - lum((772, 668)) >= 25, "no jaw line under the chin"
    hair = _svg("hair.svg")
    ear = hair.get_at((608, 470))  # her right ear (screen left, STAGE2), between the strands over its inner half
    assert ear.a > 240 and ear.r > 150, "no ear under the hair at her right temple"
