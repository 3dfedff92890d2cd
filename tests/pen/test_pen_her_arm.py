"""40/70, "her script delicate, like the brushstrokes of a calligrapher": her writing arm and skin
(review11 #9). The arm was a 600 px straight tube up from the frame's bottom edge with no elbow, and her
brush hand a pale peach (lit 203, 148, 110) beside her tan hand in the inserts at 62 (lit ~99, 65, 45:
the same tan as his). Now her forearm comes in from the lower left, swelling from a slim wrist, and bends
at an elbow into her sleeve; the lit hand has the inserts' tan hue (its green and blue against its red)."""

from __future__ import annotations

import math

import numpy as np
import pygame

from game.assets import Assets
from game.capture import render_moment
from game.pen.writer import ANGLE, ARM_DIR, HER_TILT, LEFT_TURN, UPPER_DIR, _her_arm

SIZE = (960, 540)


def test_her_forearm_tapers_to_the_wrist_and_bends_at_an_elbow() -> None:
    skin = _her_arm()[0].joints
    wrist, belly = skin[0][3], max(j[3] for j in skin[:4])
    assert belly >= 1.3 * wrist, f"the wrist ({wrist}) is hardly narrower than the forearm ({belly})"
    fore = math.degrees(ARM_DIR + HER_TILT) + ANGLE + LEFT_TURN  # the forearm's way on screen, y down
    assert abs(fore - 90.0) >= 25.0, f"the forearm runs {fore - 90.0:.0f} degrees off the vertical"
    bend = math.degrees(ARM_DIR + HER_TILT - UPPER_DIR)
    assert bend >= 20.0, f"the elbow bends {bend:.0f} degrees"
    assert any(p.mat == "sleeve" for p in _her_arm()), "no sleeve"


def _median(line: str, at: float, box: tuple[int, int, int, int]) -> np.ndarray:
    rgb = pygame.surfarray.array3d(render_moment(Assets(), line, at, SIZE)).astype(float)
    x, y, w, h = box
    return np.median(rgb[x: x + w, y: y + h].reshape(-1, 3), axis=0)


def test_her_brush_hand_is_her_tan() -> None:
    inserts = _median("62", 1.0, (260, 220, 50, 35))  # the back of her reaching hand
    brush = _median("40", 3.0, (800, 200, 25, 25))  # the back of her brush hand (turned 18 degrees, not 45: review16 D17)
    assert inserts[0] > inserts[2] + 30 and brush[0] > brush[2] + 30, (inserts, brush)
    hue_i, hue_b = inserts[1:] / inserts[0], brush[1:] / brush[0]
    assert np.abs(hue_b - hue_i).max() <= 0.04, f"her brush hand {brush} is not her tan {inserts}"
