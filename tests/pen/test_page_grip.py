"""The thumb lies along the barrel, not away from it (issue 12, the pen grip on the page: her
hand read as a V, the thumb touching the barrel only at its tip and bowing ~15-20 px off it)."""

from __future__ import annotations

from game.pen.hand_forms import HAND

THUMB = 7


def test_the_thumb_runs_along_the_barrel_not_in_a_v() -> None:
    joints = HAND[THUMB].joints
    _, v_last, _, r_last = joints[-2]  # the thumb's last joint, behind its pad
    _, v_mid, _, r_mid = joints[-3]  # its middle joint
    # before: 14.8 and 20.2 px between the thumb's near side and the barrel's axis
    assert v_last - r_last <= 10.0, f"the thumb's last joint is {v_last - r_last:.1f} px off the barrel"
    assert v_mid - r_mid <= 16.0, f"the thumb's middle joint is {v_mid - r_mid:.1f} px off the barrel"
