"""Line 74, "The candles flickered, casting a warm, golden glow on the scene": the room grades
toward gold while the window stays night-blue. The gold is the candles' light: the wall far
from a flame keeps its plum paint, warmed a little, not washed ochre. (This file once required
the far wall's hue to reach 28..50 degrees, which the wall's gold wash did; review10 #20 found
that wash a flat colour filter, "the plum wallpaper goes ... to a flat ochre-khaki", and asks
for the plum kept outside the pools: tests/fx/test_glow_pools.py.)"""

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


def test_the_far_wall_is_warmed_but_stays_plum(line74: np.ndarray) -> None:
    h = hue(line74, FAR_WALL)
    # under the wash: 32 (ochre); the plum at line 41 is ~5; warmed by the candles, not washed: ~13
    assert -10.0 <= h <= 22.0, f"the far wall's mean hue in the golden glow is {h:.0f} degrees"


def test_the_window_stays_night_blue(line74: np.ndarray) -> None:
    h = hue(line74, WINDOW)
    assert 200.0 <= h <= 250.0, f"the window's mean hue in the golden glow is {h:.0f} degrees: not night-blue"


def test_the_curtains_stay_green_velvet() -> None:
    # line 75, the window shot: the wall's wash laid over the dark green velvet read olive, and so
    # did an orange flame bloom by the sconce
    pygame.init()
    img = pygame.surfarray.array3d(render_moment(Assets(), "75", 3.0, SIZE)).astype(np.float64)
    h = hue(img, CURTAIN)
    # with the wash over it: 67; kept off it: 79, as with no wash at all
    assert h >= 75.0, f"the curtain's mean hue beside the window at line 75 is {h:.0f} degrees: olive, not green"
