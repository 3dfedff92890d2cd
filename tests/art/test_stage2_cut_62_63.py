"""Lines 62 -> 63 (review11 N1's cut, the camera): 62 (insert_hand_reach) pushed in to 1.05 while
63 (insert_hands_intertwined) opens still at 1.0, so his hand jumped ~20-25 px at the cut though
the two drawings match (63 opens on 62's last pose). Now 62 holds its framing (the reach itself is
the motion), so the camera frames 63's first moment as 62's last: his hand's silhouette centre,
placed through each line's camera framing, moves at most 5 px at 1080p across the cut."""

from __future__ import annotations

import numpy as np
from story_walk import lines_played
from test_hands_clasp_review11 import TO_1080, _centre, _mask, inserts

from game.art.inserts import Inserts
from game.assets import Assets
from game.view import Box, Move

CANVAS: Box = (0.0, 0.0, 1920.0, 1080.0)  # an insert's shot: its whole 1920x1080 drawing
HOLD = 40.0  # seconds on each line: longer than any push
__all__ = ["inserts"]  # the clasp test's fixture, used here


def _his_centre(inserts: Inserts, insert: str, u: float) -> np.ndarray:
    """His hand's opaque pixels' centre at `u`, in the insert's 1920x1080 drawing's px."""
    centre: np.ndarray = _centre(_mask(inserts, insert, u, ("his",))) * TO_1080
    return centre


def _on_screen(p: np.ndarray, frame: Box) -> np.ndarray:
    """A drawing point on a 1920-wide screen showing `frame` of the drawing."""
    x, y, w, _ = frame
    return (p - np.array([x, y])) * 1920 / w


def _framings(story: str) -> tuple[Box, Box]:
    """The framing 62 ends on (its push settled) and the one 63 opens on."""
    ends: dict[int, Box] = {}
    for d, now in lines_played(Assets().scenes / story, HOLD):
        if d.line_number in (62, 63):
            t = now + (HOLD if d.line_number == 62 else 0.0)
            ends[d.line_number] = (d.stage.move or Move()).framing(CANVAS, t)
    return ends[62], ends[63]


def test_his_hand_holds_its_place_across_the_cut_62_63(inserts: Inserts) -> None:
    """62 @ its last drawn moment (6 s) and 63 @ 0 s, each through its camera: <= 5 px apart."""
    his62, his63 = _his_centre(inserts, "hand_reach", 6.0), _his_centre(inserts, "hands_intertwined", 0.0)
    for story in ("whispers.story", "whispers.fr.story"):
        end62, start63 = _framings(story)
        moved = float(np.linalg.norm(_on_screen(his62, end62) - _on_screen(his63, start63)))
        assert moved <= 5.0, f"{story}: his hand jumps {moved:.1f} px at the cut 62 -> 63 (62 ends on {end62}, 63 opens on {start63})"
