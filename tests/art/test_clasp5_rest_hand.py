"""Line 62 (review14 §3 #2): her resting hand's fingers join the back of her hand without a neck.
Her fingers lie gathered at rest (tools/hands/reach.py `Gathered`, HER_SPREADS[0] of the clasp's
spacing); gathered evenly, each knuckle's lobe of the back of her hand came out at that share of
its width (0.66-0.68 of the finger running out from under it): a pinched neck at every knuckle.
Each lane now moves whole, the gathering taken up in the creases between knuckles; and the
fingers lie a little bent (relaxed), straightening as they spread over his palm to 63's drawing."""

from __future__ import annotations

import math

from tools.hands import clasp, reach
from tools.hands.geometry import finger_geom


def test_each_knuckle_is_as_wide_as_its_finger_at_rest() -> None:
    k = reach.HER_SPREADS[0]
    with reach.her_lanes(k):
        xf = clasp.HER_XF
        for i, fs in enumerate(clasp.HER_FINGERS):
            bx, by = fs.base
            hw = fs.w / 2
            lobe = math.dist(xf((bx - 4, by - hw - 1)), xf((bx - 4, by + hw + 1)))  # (clasp.her_outline's lobe)
            _, ws, _ = finger_geom(fs, xf)
            assert lobe >= 0.95 * ws[0], f"finger {i}: its knuckle {lobe:.1f} px across, the finger {ws[0]:.1f}"


def test_the_fingers_gather_and_rest_bent_then_end_on_the_clasp() -> None:
    with reach.her_lanes(reach.HER_SPREADS[0]):
        mids = [clasp.HER_XF(fs.base)[1] for fs in clasp.HER_FINGERS]
    with reach.her_lanes(1.0):
        spread = [clasp.HER_XF(fs.base)[1] for fs in clasp.HER_FINGERS]
    assert mids[-1] - mids[0] < 0.75 * (spread[-1] - spread[0])  # gathered at rest
    assert reach.REST_CURL > 0.0  # relaxed, not ruler-straight
