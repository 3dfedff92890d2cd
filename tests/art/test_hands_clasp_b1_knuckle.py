"""Line 63's interlace as review13 B1 asks (tools/hands/clasp.py).

- His index roots at her index knuckle, round the top edge of her hand: its square root end no
  longer lies out past her hand on the bare table (it lay at x 244 in her frame, ~45 px past).
- Each of his laced fingers bends at the knuckle where it goes over the back of her hand: the
  last phalanx turning down is foreshortened on screen, and a crease crosses the finger just past
  the knuckle (the old fingers were straight bars, the last phalanx at 0.92 of its length)."""

from __future__ import annotations

import math

from tools.hands import clasp
from tools.hands.geometry import finger_geom


def test_his_index_roots_at_her_knuckle_not_out_on_the_table() -> None:
    """The root end of his index is no further from her wrist than her index knuckle's lobe."""
    root_x = clasp.tip_spec(0).base[0]
    knuckle_x = clasp.HER_MCP[0][0] + 12  # her_outline's index lobe reaches MCP x + 12
    assert root_x <= knuckle_x + 4, f"his index roots at x {root_x:.0f}, past her knuckle at {knuckle_x:.0f}"


def test_his_last_phalanx_foreshortened_as_it_turns_down() -> None:
    """Laced (stage 4, no grip), each finger's last phalanx shows at most 0.8 of its length and
    is shorter on screen than half the middle phalanx's: it turns down past the knuckle."""
    for i in range(4):
        cp, _, _ = finger_geom(clasp.tip_spec(i), clasp.HER_XF)
        mid, last = math.dist(cp[1], cp[2]), math.dist(cp[2], cp[3])
        full = clasp.TIP_LENS[i][2] * clasp.HER_XF.s
        assert last <= 0.8 * full + 1, f"finger {i}: last phalanx {last:.0f} px of {full:.0f}: not foreshortened"
        assert last < 0.75 * mid, f"finger {i}: last phalanx {last:.0f} px against middle {mid:.0f}"


def test_a_crease_crosses_each_finger_past_its_knuckle() -> None:
    """Each laced finger carries a dark crease stroke just past its middle knuckle, inside it."""
    for i in range(4):
        d, _ = clasp.his_tip(i)
        svg = "".join(d.body)
        assert " Q" in svg and 'stroke="#2a140a"' in svg, f"finger {i}: no knuckle crease"
