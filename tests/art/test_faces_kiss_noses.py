"""Line 73 (review8 #2: 'her nose is there at 1 s and a see-through ghost behind his cheek from 3 s'):
the noses pass tip by tip, side by side: her nose's tip reaches no more than 8 px past his (the old
tilt put it 16 px behind his nose, in his cheek, so from the meeting on she had no nose)."""

from __future__ import annotations

from tools.faces_close import kiss


def test_her_nose_tip_beside_his_not_behind_his_cheek() -> None:
    hers, his = kiss.HER_AT((10.0, -80.0)), kiss.HIM_AT((14.0, -80.0))
    assert hers[0] - his[0] <= 8.0, f"her nose's tip is {hers[0] - his[0]:.0f} px behind his nose, in his cheek"
    assert abs(hers[1] - his[1]) <= 12.0, "the noses' tips are not side by side"

