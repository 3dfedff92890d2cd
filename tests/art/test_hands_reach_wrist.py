"""Line 62: no frayed dark bits under his wrist (review7 #3).

The wrist's blending layers (tools/hands/reach.py) reached out past the forearm's outline,
so their shaded edges showed on the table beside the wrist as ragged half-transparent skin
(20 samples in a band just outside the wrist, alpha 90-250). Outside the wrist there is now
only the table or the arm's soft shadow (black), never skin."""

from __future__ import annotations

from pathlib import Path

import pygame

from tools.hands import reach
from tools.hands.geometry import Xf

INSERTS = Path(__file__).resolve().parents[2] / "assets" / "art" / "inserts"
HIS = Xf(*reach.HIS_AT[:2], rot=reach.HIS_AT[2], s=reach.HIS_SCALE, mirror=True)  # tools/hands/reach.py's his_hand(...).arm_xf


def test_no_skin_frays_out_past_his_wrist() -> None:
    pygame.init()
    s = pygame.image.load_sized_svg(str(INSERTS / "hand_reach" / "his.svg"), (1920, 1080))
    bad = []
    for x in range(-30, 2, 2):  # from up the arm to the wrist (review10 #5: the hand widens from there)
        for y in (-64, -60, 60, 64):  # the forearm's outline at the wrist is +-50
            p = HIS((x, y))
            c = s.get_at((round(p[0]), round(p[1])))
            if c.a > 60 and max(c.r, c.g, c.b) > 60:
                bad.append((x, y, tuple(c)))
    assert not bad, f"skin shows outside his wrist's outline: {bad[:5]}"
