"""Line 7's gripping hand joins its forearm at a wrist, not a plug (review16 D1).

review16 D1: "the upper hand meets its forearm at a black wedge-shaped gap on one side and a step
on the other. The forearm ends in a rounded rectangle": a doll's joint. The fix must achieve "one
continuous silhouette from forearm to back of hand, the wrist tapering, with no gap or step over
~1 px at 1080p". The gripping hand (with its forearm and cuff) is one drawing, fist_right.svg,
moved as one part (insert.toml), so its silhouette at 1080p is what every moment of line 7 shows.

Down the wrist, row by row (y 110-270 at 1080p: from the forearm above the wrist to the back of the
hand), the silhouette's two edges (opaque pixels, alpha > 200):
- move at most 2 px from one row to the next (the old art: 28 px at the wedge, 5 px at the step);
- lie within 3 px of the straight line between the edge 12 rows above and 12 below (a smooth
  curve; the old: 30 px into the wedge, 7 px at the step);
- and the far edge (toward the fire) runs inward without turning back out until past the wrist:
  the forearm tapers to it.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import numpy as np
import pygame

SVG = Path(__file__).resolve().parents[2] / "assets" / "art" / "inserts" / "clenched_hands" / "fist_right.svg"
ROWS = range(110, 271)


def _edges() -> tuple[list[int], list[int]]:
    """The silhouette's leftmost and rightmost opaque x on each row, near the wrist (x 850-1200)."""
    pygame.init()
    alpha = pygame.surfarray.array_alpha(pygame.image.load_sized_svg(str(SVG), (1920, 1080))) > 200
    left, right = [], []
    for y in ROWS:
        xs = np.nonzero(alpha[850:1200, y])[0]
        assert len(xs), f"no hand on row {y}"
        left.append(850 + int(xs.min()))
        right.append(850 + int(xs.max()))
    return left, right


def _bulge(xs: list[int], k: int = 12) -> float:
    return max(abs(xs[i] - (xs[i - k] + xs[i + k]) / 2) for i in range(k, len(xs) - k))


def test_the_gripping_hand_runs_on_from_its_forearm_in_one_outline() -> None:
    left, right = _edges()
    for side, xs in (("near", left), ("far", right)):
        jump = max(abs(b - a) for a, b in itertools.pairwise(xs))
        assert jump <= 2, f"the {side} edge jumps {jump} px between two rows at the wrist: a gap or a step"
        bulge = _bulge(xs)
        assert bulge <= 3, f"the {side} edge leaves its curve by {bulge:.1f} px at the wrist: a notch or a step"
    # the far edge tapers in from the forearm to the wrist (the first 90 rows) without turning back
    grows = max(b - a for a, b in itertools.pairwise(right[:90]))
    assert grows <= 1, f"the far edge turns back out by {grows} px above the wrist: no taper"
