"""The writing hand's skin is skin, not clay (issue 12): a fine grain of value over its smooth
parts (pores and lines, blotches a little redder or paler), measured as the median of the
painted hand's high-pass luminance inside the skin at the close shot's scale. The old even
painting measured 0.78 levels, this one 1.03.
"""

from __future__ import annotations

import numpy as np
import pygame

from game.pen.relief import blur
from game.pen.writer import Look, paint_writer

SCALE = 1810 / 1240  # the notebook's close shot at 1920x1080
HIS = Look((224, 171, 134), (59, 63, 58), (236, 230, 216))


def test_the_skin_has_a_fine_grain() -> None:
    pygame.init()
    img = paint_writer(SCALE, HIS)[0]
    rgb = pygame.surfarray.array3d(img).astype(np.float32)
    alpha = pygame.surfarray.array_alpha(img)
    lum = rgb.mean(axis=2)
    skin = (alpha == 255) & (rgb[..., 0] > rgb[..., 2] + 40) & (rgb[..., 0] > 120)
    inner = blur(skin.astype(np.float32), 4) > 0.999  # away from every edge of the skin
    grain = np.abs(lum - blur(lum, 3))[inner]
    assert inner.sum() > 10_000
    assert float(np.median(grain)) > 0.92, f"the skin is smooth as clay (median grain {np.median(grain):.2f} levels)"
