"""Line 24 (review8 #3: 'necks are planks that meet mid-jaw', no jaw line): under each face's jaw, on
the throat, a shade just below the jaw line, so the lit jaw ends at an edge and the neck starts under it."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pygame
import pytest

from tools.faces_close import face, gaze

GAZE = Path(__file__).resolve().parents[2] / "assets" / "art" / "inserts" / "gaze"


def _lum(c: pygame.Color) -> float:
    return 0.3 * c.r + 0.59 * c.g + 0.11 * c.b


@pytest.mark.parametrize(("name", "who"), [("her.svg", "her"), ("his_head.svg", "him")])
def test_the_throat_is_in_shade_just_under_the_jaw(name: str, who: str) -> None:
    """At the jaw's back half (local x -140..-200), 8 local px under the jaw line the throat is >= 20 levels
    darker than 30 px further down it (the old art: -15 to 14, the throat as light under the jaw as below, one plank)."""
    pygame.init()
    surf = pygame.image.load_sized_svg(str(GAZE / name), (1920, 1080))
    pl = gaze.HER_AT if who == "her" else gaze.HIM_AT
    prof = gaze._prof(face.HER if who == "her" else face.HIM)  # the shot's own (shorter) jaw
    jaw = [q for q in prof if q[1] > 30 and q[0] < -60]  # (her jaw rises to y 40 at x -250: review12 D7)
    drops = []
    for x in (-150.0, -175.0):
        (ax, ay), (bx, by) = next((a, b) for a, b in pairwise(jaw) if b[0] <= x <= a[0])
        y = ay + (by - ay) * (x - ax) / (bx - ax)
        near, far = pl((x, y + 8)), pl((x, y + 38))
        drops.append(_lum(surf.get_at((round(far[0]), round(far[1])))) - _lum(surf.get_at((round(near[0]), round(near[1])))))
    assert min(drops) >= 20, f"{who}: the throat under the jaw is {min(drops):.0f} levels under the neck below"
