"""Review16 D15 (line 73, 'their lips meeting in a soft and tender kiss'): her hand on his cheek is a hand,
not a mitten. Her thumb was a separate sausage rising from the middle of the hand's side, and the back of
the hand a lit block whose hard lower edge lay like a glove's cuff over a narrower forearm in shade. Now the
hand's outline swells from the wrist over the thenar into the thumb (tools/faces_close/hand.py THUMB), and
the hand narrows to the wrist and ends on the forearm in its own paint (kiss._arm_paint).

Measured on her hand's drawings (hand.svg and thumb.svg, laid as at rest) in the hand's own frame (local x
runs from the knuckles, -118, to the wrist, ~20, and on down the forearm; local -y is the thumb's side)."""

from __future__ import annotations

import itertools
from pathlib import Path

import pygame
import pytest

from tools.faces_close import kiss

INSERTS = Path(__file__).resolve().parents[2] / "assets" / "art" / "inserts"


def drawn(root: Path = INSERTS) -> pygame.Surface:
    """Her hand and thumb as the shot lays them at rest, on a clear canvas."""
    pygame.init()
    out = pygame.Surface((1920, 1080), pygame.SRCALPHA)
    for name in ("thumb", "hand"):
        out.blit(pygame.image.load_sized_svg(str(root / "kiss" / f"{name}.svg"), (1920, 1080)), (0, 0))
    return out


@pytest.fixture(scope="module")
def hand() -> pygame.Surface:
    return drawn()


def _at(x: float, y: float) -> tuple[int, int]:
    cx, cy = kiss.hand_place()((x, y))
    return round(cx), round(cy)


def thumb_side(s: pygame.Surface, x: float) -> float:
    """How far (local px) the drawing reaches unbroken from the hand's middle toward the thumb's side at local x."""
    y = 0.0
    while y > -120 and s.get_at(_at(x, y - 0.5)).a > 128:
        y -= 0.5
    return -y


def lum(s: pygame.Surface, x: float, y: float) -> float:
    c = s.get_at(_at(x, y))
    return 0.3 * c.r + 0.59 * c.g + 0.11 * c.b


def test_the_thumb_grows_from_the_heel(hand: pygame.Surface) -> None:
    """From the wrist (local x 16) to where the thumb leaves the hand (x -36) the hand's thumb side swells
    steadily into the thumb: it reaches >= 12 local px further out half way (x -12) than at the wrist, and never
    draws back by more than 1 px on the way (old art: 2.5 px, a straight side with the thumb stuck on above;
    new 17)."""
    xs = [16 - 2 * k for k in range(27)]
    reach = [thumb_side(hand, x) for x in xs]
    assert thumb_side(hand, -12) - thumb_side(hand, 16) >= 12, f"the heel does not swell into the thumb: {reach}"
    back = max(a - b for a, b in itertools.pairwise(reach))
    assert back <= 1.0, f"the thumb side draws back {back} px between the wrist and the thumb: {reach}"


def test_the_wrist_runs_into_the_forearm_with_no_edge(hand: pygame.Surface) -> None:
    """Down the wrist from the back of the hand onto the forearm (local x -10 to 50, at y -12, 0 and 12), no
    step of more than 4 levels from one local px to the next (old art: the hand's lit block ended over a forearm
    in shade in a step of 17-33 levels: a glove's cuff; new 2)."""
    worst = 0.0
    for y in (-12.0, 0.0, 12.0):
        row = [lum(hand, x, y) for x in range(-10, 51)]
        worst = max(worst, max(abs(a - b) for a, b in itertools.pairwise(row)))
    assert worst <= 4, f"a step of {worst:.0f} levels across her wrist"


def test_the_wrist_tapers_with_no_cuff_step(hand: pygame.Surface) -> None:
    """The drawing's width across the hand and forearm (local y -60..60) from the hand's middle (x -60) down to
    the forearm (x 50) narrows to a wrist under 0.65 of the hand's (old art: 0.78, the block of the hand on a
    tube; new 0.52), changing by at most 3 px from one local px to the next (no step at a cuff)."""
    def width(x: float) -> int:
        return sum(hand.get_at(_at(x, y)).a > 128 for y in range(-60, 61))

    ws = [width(x) for x in range(-60, 51)]
    jump = max(abs(a - b) for a, b in itertools.pairwise(ws))
    assert jump <= 3, f"the outline steps {jump} px across the wrist: {ws}"
    assert min(ws[60:]) <= 0.65 * ws[0], f"no wrist narrower than the hand: {ws}"
