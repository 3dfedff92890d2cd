"""Review 10 #4/#8 (lines 2/6/8/20): his knees point at her while his head, turned to the fire, showed
its back: a 150-180 degree turn between the knees and the face, an owl's neck. The turned head is now
a three-quarter FRONT view (both eyes seen, inside the face) on shoulders turned toward us
(torso_turned.svg): hips in profile toward her, shoulders a little toward us, the face toward us and
the fire, so no joint turns more than a person can (the neck well under 90 degrees)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pygame
from scipy import ndimage

ART = Path(__file__).resolve().parents[2] / "assets" / "art" / "figures" / "him"
S = 4  # raster scale


def _raster(name: str) -> np.ndarray:
    surf = pygame.image.load_sized_svg(str(ART / name), (140 * S, 160 * S))
    rgb = pygame.surfarray.array3d(surf).swapaxes(0, 1).astype(int)
    alpha = pygame.surfarray.array_alpha(surf).swapaxes(0, 1)
    return np.dstack([rgb, alpha])


def test_the_head_turned_to_the_fire_shows_both_eyes_inside_the_face() -> None:
    pygame.init()
    head, eyes = _raster("head_turned.svg"), _raster("eyes_turned.svg")
    lum = eyes[..., :3] @ np.array([0.299, 0.587, 0.114])
    iris = (eyes[..., 3] > 200) & (lum < 80)
    labels, n = ndimage.label(iris)
    sizes = ndimage.sum(iris, labels, range(1, n + 1))
    blobs = [i + 1 for i, s in enumerate(sizes) if s >= 120]  # an iris, not a lash's stroke
    # a lost profile from behind showed one dark sliver at the cheek's edge, no iris: the face turned away
    assert len(blobs) == 2, f"{len(blobs)} irises in the turned head's eyes: the face is not toward us"
    for b in blobs:
        y, x = (int(v) for v in ndimage.center_of_mass(iris, labels, b))
        r, g, bl, a = head[y, x]
        # each eye sits inside the face's skin (not past the contour, not on the hair)
        assert a > 200 and r > g > bl and r > 110, f"an iris at ({x / S:.0f}, {y / S:.0f}) is not on the face's skin"
