"""The fire close-up's logs are charred black-brown with glowing cracks (issue 12 item 2; line 9,
'its flames twisting and turning like his thoughts', at 2 s, 1920x1080). The light map over the
hearth saturates to a lemon (red = green: (178, 178, 107) on the logs), and the char's sheen was
a neutral grey, so the logs came out dark olive-brown (half their dark pixels had green over 0.8
of red, hue ~47-51 degrees). The char is now a warm black-brown and its cracks glow hotter."""

from __future__ import annotations

import numpy as np
import pygame

from game.assets import Assets
from game.capture import render_moment

SIZE = (1920, 1080)
LOGS = (580, 740, 1240, 860)  # x0, y0, x1, y1: the logs behind the grate's bars in the close-up


def test_the_logs_are_charred_not_olive() -> None:
    pygame.init()
    img = pygame.surfarray.array3d(render_moment(Assets(), "9", 2.0, SIZE)).astype(np.float64).transpose(1, 0, 2)
    x0, y0, x1, y1 = LOGS
    box = img[y0:y1, x0:x1]
    lum = box @ np.array([0.299, 0.587, 0.114])
    wood = (lum > 8) & (lum < 60)  # the charred wood, not its glowing cracks nor the flames
    assert wood.mean() > 0.5, "the box is not on the logs"
    r, g = box[..., 0][wood], box[..., 1][wood]
    olive = float((g > 0.8 * r).mean())
    assert olive < 0.2, f"{olive:.0%} of the logs' wood is olive (green over 0.8 of red; old 54%)"
    assert float((g / np.maximum(r, 1)).mean()) < 0.68  # old 0.76
    cracks = (box[..., 0] > 150) & (box[..., 1] < 0.75 * box[..., 0])
    assert cracks.mean() > 0.01, "no crack glows orange on the logs"
