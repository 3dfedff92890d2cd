"""Line 74, "The candles flickered, casting a warm, golden glow on the scene": the room grades
toward gold while the window stays night-blue. The wallpaper is painted mauve (more blue than
green); lit by the candles' colour and their pools alone, the wall away from a flame stayed a
mauve-brown under the glow (mean hue ~20 degrees at 8 s; note22: 'the wall far from a flame stays
mauve'). The wall's gold wash (game.fx.glow HAZE_FILL) makes the whole wall read gold."""

from __future__ import annotations

import colorsys

import numpy as np
import pygame
import pytest

from game.assets import Assets
from game.capture import render_moment

SIZE = (960, 540)
FAR_WALL = (0.50, 0.10, 0.80, 0.50)  # of the frame at line 74: the wall between the couple and the clock
WINDOW = (0.16, 0.03, 0.38, 0.28)  # ... the window's upper panes, the night beyond them
CURTAIN = (0.74, 0.10, 0.86, 0.70)  # of the frame at line 75 (the window shot): the right-hand curtain


@pytest.fixture(scope="module")
def line74() -> np.ndarray:
    """Line 74 at 8 s (the glow has risen to full over 6 s), as --render draws it."""
    pygame.init()
    return pygame.surfarray.array3d(render_moment(Assets(), "74", 8.0, SIZE)).astype(np.float64)


def hue(img: np.ndarray, box: tuple[float, float, float, float]) -> float:
    w, h = img.shape[:2]
    part = img[round(box[0] * w) : round(box[2] * w), round(box[1] * h) : round(box[3] * h)]
    r, g, b = part.reshape(-1, 3).mean(axis=0) / 255.0
    return 360.0 * colorsys.rgb_to_hsv(r, g, b)[0]


def test_the_far_wall_turns_gold_not_mauve(line74: np.ndarray) -> None:
    h = hue(line74, FAR_WALL)
    # old: 20 (a mauve-brown); gold is 28..50 (amber to gold: not rose, not lemon); now 32
    assert 28.0 <= h <= 50.0, f"the far wall's mean hue in the golden glow is {h:.0f} degrees"


def test_the_window_stays_night_blue(line74: np.ndarray) -> None:
    h = hue(line74, WINDOW)
    assert 200.0 <= h <= 250.0, f"the window's mean hue in the golden glow is {h:.0f} degrees: not night-blue"


def test_the_curtains_stay_green_velvet() -> None:
    # line 75, the window shot: the wall's wash laid over the dark green velvet read olive
    pygame.init()
    img = pygame.surfarray.array3d(render_moment(Assets(), "75", 3.0, SIZE)).astype(np.float64)
    h = hue(img, CURTAIN)
    # with the wash over it: 67; kept off it: 79, as with no wash at all
    assert h >= 75.0, f"the curtain's mean hue beside the window at line 75 is {h:.0f} degrees: olive, not green"
