"""Her wide-shot mouths (review6 #13, lines 2 and 60 @2 s): the upper lip was a dark bar of even
depth from the corner to the profile with the line between the lips under it: at the wide's
scale, a moustache. In profile an upper lip is a hair at the corner and full at the front, and
a lip's colour. Each mouth drawing rasterized at 4x: the dark area (luma < 110) and the upper
lip's depth near the corner against near the front."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pygame
import pytest

ART = Path(__file__).resolve().parents[2] / "assets" / "art" / "figures" / "her"
MOUTHS = ("mouth_rest", "mouth_parted", "mouth_down", "mouth_smile")
K = 4  # raster scale
LIP_LINE = 95 * K  # rows above it: the upper lip (head.svg frame)


def _raster(name: str) -> tuple[np.ndarray, np.ndarray]:
    pygame.init()
    s = pygame.image.load_sized_svg(str(ART / f"{name}.svg"), (150 * K, 210 * K))
    luma = pygame.surfarray.array3d(s).astype(np.float64) @ np.array([0.299, 0.587, 0.114])
    return luma, pygame.surfarray.array_alpha(s) > 128


@pytest.mark.parametrize("name", MOUTHS)
def test_no_dark_bar_over_her_mouth(name: str) -> None:
    luma, on = _raster(name)
    dark = int((on & (luma < 110)).sum())
    assert dark <= 250, f"{name}: {dark} dark px at 4x (the moustache bar had 580-680)"


@pytest.mark.parametrize("name", MOUTHS)
def test_her_upper_lip_tapers_to_the_corner(name: str) -> None:
    _luma, on = _raster(name)
    upper = on.copy()
    upper[:, LIP_LINE:] = False
    cols = np.nonzero(upper.any(axis=1))[0]
    x0, x1 = int(cols.min()), int(cols.max())
    third = (x1 - x0) // 3
    back = upper[x0 : x0 + third].sum(axis=1).mean()
    front = upper[x1 - third : x1].sum(axis=1).mean()
    assert back <= 0.6 * front, f"{name}: the upper lip is {back:.1f} px deep by the corner, {front:.1f} at the front (a bar)"
