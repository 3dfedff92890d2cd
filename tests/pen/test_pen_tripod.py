"""27 @3 s, "He picked up the pen, its weight familiar": a tripod grip (review10 #11). The pen was
pinched between the index and the thumb alone, the middle finger hidden right under the index;
now it is seen beside the index, beyond it from the thumb, and curls in under the barrel."""

from __future__ import annotations

import math
from itertools import pairwise

from game.pen.hand_forms import HAND, PEN_AIM, PEN_RISE

INDEX, MIDDLE = 8, 5


def _to_segment(p: tuple[float, float], a: tuple[float, float], b: tuple[float, float]) -> float:
    (px, py), (ax, ay), (bx, by) = p, a, b
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(px - ax - t * dx, py - ay - t * dy)


def test_the_middle_finger_shows_beside_the_index() -> None:
    """Seen from above, the middle finger's middle joint lies at least half its width out from under
    the index's bones (it lay 3 px from the index's axis: hidden)."""
    u, v, _, r = HAND[MIDDLE].joints[2]
    idx = HAND[INDEX].joints
    away = min(_to_segment((u, v), a[:2], b[:2]) - max(a[3], b[3]) for a, b in pairwise(idx))
    assert away >= 0.5 * r, f"the middle finger's middle joint is {away:.1f} px out from under the index"


def test_the_barrel_rests_on_the_middle_finger() -> None:
    u, v, z, r = HAND[MIDDLE].joints[-1]
    barrel_v, barrel_z = -u * math.sin(PEN_AIM), u * PEN_RISE
    assert z + r <= barrel_z, "the middle finger's tip is over the barrel, not under it"
    assert abs(v - barrel_v) <= r + 6.0 + 6.0, f"the middle finger's tip is {abs(v - barrel_v):.0f} px off the barrel"
