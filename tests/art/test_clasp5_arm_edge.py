"""Line 63 (review14 §3 #3): her forearm reaches past the frame's left edge at every time. Her hand
opens 63 a few px right of the clasp's place (where 62 left it) and eases 4-8 px right as they hold
on; her drawing ends at the canvas's edge, so a dark gap stood between the frame's edge and her
arm (5 px for 63's first second; 71's 2-3 px from 1.6 s). Drawn straight by the inserts (no camera push to crop it)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pygame
import pytest

from game.art.insert_light import InsertLight
from game.art.inserts import Inserts
from game.art.svg import SvgCache

ROOT = Path(__file__).resolve().parents[2]
LIGHT = InsertLight(key_side=1, key_rgb=(255, 179, 92), key=1.18, fill_rgb=(58, 90, 140), fill=0.35, ambient=(22, 17, 24))
SIZE = (960, 540)
ARM_ROWS = (225, 265)  # her forearm's rows at the left edge (960x540)


@pytest.fixture(scope="module")
def inserts(tmp_path_factory: pytest.TempPathFactory) -> Inserts:
    pygame.init()
    return Inserts(ROOT / "assets/art/inserts", SvgCache(tmp_path_factory.mktemp("svg")), seed=1)


@pytest.mark.parametrize(("shot", "u"), [("insert_hands_intertwined", u) for u in (0.0, 0.3, 0.6, 0.9, 2.6, 4.2, 6.0)]
                         + [("insert_hands_tighten", u) for u in (2.0, 3.4, 5.1)])  # (71: her hand eases 2-3 px right)
def test_her_arm_meets_the_frame_edge(inserts: Inserts, shot: str, u: float) -> None:
    s = pygame.Surface(SIZE)
    inserts.draw(s, shot, u, LIGHT)
    px = pygame.surfarray.array3d(s).astype(np.float64).mean(axis=2)
    edge = px[:4, ARM_ROWS[0]:ARM_ROWS[1]].min(axis=0)  # each row's darkest of the frame's first 4 columns
    inner = px[12:16, ARM_ROWS[0]:ARM_ROWS[1]].mean(axis=0)  # and the arm a little in on that row
    worst = float((edge / inner).min())
    assert worst > 0.85, f"at {u} s a dark gap at the frame's edge: {worst:.2f} of the arm's level beside it"
