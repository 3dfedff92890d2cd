"""The fire close-up's logs are charred black-brown with glowing cracks (issue 12 item 2; line 9,
'its flames twisting and turning like his thoughts', at 2 s, 1920x1080). The light map over the
hearth saturates to a lemon (red = green: (178, 178, 107) on the logs), and the char's sheen was
a neutral grey, so the logs came out dark olive-brown (half their dark pixels had green over 0.8
of red, hue ~47-51 degrees). The char is now a warm black-brown and its cracks glow hotter. In the
golden glow (line 76, the same close-up) the golden haze, light added over the lit room, lifted
them to a milky olive-brown: it is kept off the logs (lighting.Cut's `dark`)."""

from __future__ import annotations

import numpy as np
import pygame
import pytest

from game.assets import Assets
from game.capture import render_moment

SIZE = (1920, 1080)
LOGS = (580, 740, 1240, 860)  # x0, y0, x1, y1: the logs behind the grate's bars in the close-up


def _wood(line: str) -> np.ndarray:
    """The logs' charred wood at `line`, 2 s (RGB rows), the box checked to lie on the logs."""
    pygame.init()
    img = pygame.surfarray.array3d(render_moment(Assets(), line, 2.0, SIZE)).astype(np.float64).transpose(1, 0, 2)
    x0, y0, x1, y1 = LOGS
    box = img[y0:y1, x0:x1]
    lum = box @ np.array([0.299, 0.587, 0.114])
    wood = (lum > 8) & (lum < 80)  # the charred wood, not its glowing cracks nor the flames
    assert wood.mean() > 0.4, "the box is not on the logs"
    cracks = (box[..., 0] > 150) & (box[..., 1] < 0.75 * box[..., 0])
    assert cracks.mean() > 0.01, "no crack glows orange on the logs"
    out: np.ndarray = box[wood]
    return out


@pytest.mark.parametrize("line", ["9", "76"])
def test_the_logs_are_charred_not_olive(line: str) -> None:
    wood = _wood(line)
    r, g = wood[:, 0], wood[:, 1]
    olive = float((g > 0.75 * r).mean())
    assert olive < 0.2, f"{olive:.0%} of the logs' wood is olive (green over 0.75 of red; old 59% at 9, 34% at 76)"
    assert float((g / np.maximum(r, 1)).mean()) < 0.68  # old 0.76, 0.71


def test_the_golden_haze_does_not_lift_the_logs() -> None:
    lum = np.array([0.299, 0.587, 0.114])
    plain, golden = float((_wood("9") @ lum).mean()), float((_wood("76") @ lum).mean())
    assert golden - plain < 13.0, f"the logs {plain:.0f} by firelight, {golden:.0f} in the golden glow (old 31 vs 51, now 29 vs 39: the golden ambient)"
