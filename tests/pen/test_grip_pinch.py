"""The writing hand pinches the pen, it does not point it (review5 P2#7, review6 P1#7, issue 12
item 5): the old grip laid the index straight along the barrel's top, ran the barrel down to
the heel of the hand by the cuff and curled the ring and little fingers up beside the back of
the hand, a finger-gun. In a real grip the index bends at its middle joint and its tip comes
down onto the barrel a little above the nib, the ring and little fingers curl under the palm
onto the page, and the barrel's upper end leaves the hand through the web, clear of the wrist."""

from __future__ import annotations

import math

from game.pen.hand_forms import HAND, PEN, hand_parts
from game.pen.writer import WRIST

INDEX, MIDDLE, RING, LITTLE, PALM = 8, 5, 4, 3, 0
PX_PER_CM = PEN[-1].joints[-1][0] / 14.0  # the pen is about 14 cm long


def _plan_bend(part_joints: tuple[tuple[float, float, float, float], ...], at: int) -> float:
    """The bend at joint `at`, seen from above (the page's plane): degrees between the bones."""
    (u0, v0, *_), (u1, v1, *_), (u2, v2, *_) = part_joints[at - 1: at + 2]
    a = math.atan2(v1 - v0, u1 - u0)
    b = math.atan2(v2 - v1, u2 - u1)
    return abs(math.degrees((b - a + math.pi) % (2 * math.pi) - math.pi))


def test_the_index_bends_at_its_middle_joint_as_seen_from_above() -> None:
    for relax in (0.0, 1.0):
        index = hand_parts(relax)[INDEX].joints
        assert _plan_bend(index, 1) >= 25.0, f"relax {relax}: the index lies straight ({_plan_bend(index, 1):.0f} deg)"


def test_the_index_tip_pinches_the_barrel_a_little_above_the_nib() -> None:
    u, v, _, r = HAND[INDEX].joints[-1]
    assert 1.5 * PX_PER_CM <= u <= 3.5 * PX_PER_CM, u / PX_PER_CM
    assert abs(v) <= r, "the index's tip is off the barrel"


def test_the_ring_and_little_fingers_curl_under_the_palm() -> None:
    palm_low = min(z for _, _, z, _ in HAND[PALM].joints)
    for i in (RING, LITTLE):
        joints = HAND[i].joints
        assert max(z for _, _, z, _ in joints) < palm_low, f"part {i} rises above the palm's underside"
        assert joints[-1][2] < joints[0][2], f"part {i}: the fingertip is not lower than its knuckle"


def test_the_barrel_leaves_the_hand_clear_of_the_wrist() -> None:
    cap_u = PEN[-1].joints[-1][0]
    dist = math.hypot(WRIST[0] - cap_u, WRIST[1])
    assert dist >= 4.5 * PX_PER_CM, f"the barrel's end is {dist / PX_PER_CM:.1f} cm from the wrist (at the heel)"


def test_the_thumb_pad_presses_the_barrels_near_side() -> None:
    thumb = HAND[7].joints  # review6: "the thumb stands ~60 px away, touching nothing"
    _, v, _, r = thumb[-1]
    assert 0.0 < v - r <= 4.0, f"the thumb's pad is {v - r:.1f} px off the barrel's axis (barrel radius ~5)"
    _, v2, _, r2 = thumb[-2]
    assert v2 - r2 <= 16.0, f"the thumb's last joint stands {v2 - r2:.1f} px off the barrel"
