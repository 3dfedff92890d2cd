"""The middle finger under the barrel shows beside the index (issue 12, the pen grip on the page:
it lay under the index's last joints, hidden, and the grip read as two fingers, not three)."""

from __future__ import annotations

import math
from itertools import pairwise

import numpy as np

from game.pen.hand_forms import HAND

INDEX, MIDDLE = 8, 5


def _capsule_gap(p: tuple[float, float], joints: tuple[tuple[float, float, float, float], ...]) -> float:
    """How far the point p (plan u, v) lies outside a finger's bones seen from above (< 0: inside)."""
    best = math.inf
    for (u0, v0, _, r0), (u1, v1, _, r1) in pairwise(joints):
        du, dv = u1 - u0, v1 - v0
        t = min(1.0, max(0.0, ((p[0] - u0) * du + (p[1] - v0) * dv) / max(du * du + dv * dv, 1e-9)))
        best = min(best, math.hypot(p[0] - u0 - t * du, p[1] - v0 - t * dv) - (r0 + t * (r1 - r0)))
    return best


def test_the_middle_finger_shows_beside_the_index() -> None:
    (u0, v0, _, r0), (u1, v1, _, r1) = HAND[MIDDLE].joints[-2:]
    # the middle finger's last bone: its far edge (away from the thumb, -v), sampled along it
    shown = max(_capsule_gap((u0 + t * (u1 - u0), v0 + t * (v1 - v0) - (r0 + t * (r1 - r0))), HAND[INDEX].joints)
                for t in np.linspace(0.0, 1.0, 21))
    assert shown >= 5.0, f"the middle finger's last joint shows only {shown:.1f} px beyond the index"  # before: -2.7, hidden
