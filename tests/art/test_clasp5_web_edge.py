"""Lines 62-63 (review14 §3 #4): the web under her knuckles ends on his palm in a soft contact
shadow, not a darker box. It ran on past her knuckles opaque in her hand's shade, so where his
palm shows between her fingers (62 from 3.0 s, 63 before the lacing) a box stood on it with a hard
far edge: a step of 11-18 levels over 2 px at x ~913-923 (1080p design canvas)."""

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
ROWS = range(380, 590, 6)  # across her fingers and the gaps between them
PAST = (895, 945)  # x just past her knuckles, on his palm (her fingers cross it: their sheens step up to ~8 levels)


@pytest.fixture(scope="module")
def inserts(tmp_path_factory: pytest.TempPathFactory) -> Inserts:
    pygame.init()
    return Inserts(ROOT / "assets/art/inserts", SvgCache(tmp_path_factory.mktemp("svg")), seed=1)


@pytest.mark.parametrize(("shot", "u"), [("insert_hand_reach", 4.0), ("insert_hands_intertwined", 0.5),
                                         ("insert_hands_intertwined", 1.0)])
def test_no_box_edge_past_her_knuckles(inserts: Inserts, shot: str, u: float) -> None:
    s = pygame.Surface((1920, 1080))
    inserts.draw(s, shot, u, LIGHT)
    lum = pygame.surfarray.array3d(s).astype(np.float64) @ np.array([0.3, 0.59, 0.11])
    worst = 0.0
    for y in ROWS:
        row = lum[PAST[0]:PAST[1], y - 2:y + 3].mean(axis=1)
        worst = max(worst, float(np.abs(row[2:] - row[:-2]).max()))
    assert worst < 9.0, f"a hard edge on his palm past her knuckles: {worst:.1f} levels over 2 px"
