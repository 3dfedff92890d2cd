"""Line 60-61, "Their eyes met again, and in that moment, they both knew" (review11 #16): seated on the
sofa and in the armchair (where the story keeps them: he reaches across the table at 62, writes from his
chair at 65) their eyes stay ~510 room px apart, so the wide two-shot `faces_met` held ~880-980 px
(1080p) of bare wall between the faces, 44-51 % of the frame. Now the two lines are on the close
two-face shot of 24 again (insert_eyes_met, the gaze's drawings, she nearer him): the dark between her
nose and his is at most a quarter of the frame's width through the line and its camera push, and the
eyes stay on one line (within 25 px of one height, as the gaze's test holds them)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from story_walk import lines_played
from test_hands_clasp_review11 import SIZE, _mask, inserts

from game.art.inserts import Inserts, load_spec
from game.assets import Assets
from game.view import Move
from tools.faces_close import gaze

INSERTS = Path(__file__).resolve().parents[2] / "assets" / "art" / "inserts"
K = 1920 / SIZE[0]
NOSE_BAND = (300, 560)  # 1080p rows holding both profiles' brows, noses and lips
WORDS = ("Their eyes met again", "that the unspoken words had to find a resolution")
HOLD = 40.0
__all__ = ["inserts"]  # the clasp test's fixture, used here


def _gap(inserts: Inserts, insert: str, u: float) -> float:
    """1080p px of frame between her face's front (its rightmost pixel in the band) and his (leftmost)."""
    y0, y1 = (round(v / K) for v in NOSE_BAND)
    her = _mask(inserts, insert, u, ("her.svg",))[:, y0:y1]
    him = _mask(inserts, insert, u, ("his_head.svg",))[:, y0:y1]
    return float(np.nonzero(him.any(axis=1))[0].min() - np.nonzero(her.any(axis=1))[0].max()) * K


def _shots() -> dict[str, tuple[str, Move | None]]:
    """The shot and camera move of each of the two lines, played through."""
    found = {}
    for d, _now in lines_played(Assets().story, HOLD):
        text = getattr(d.current, "text", "")
        for w in WORDS:
            if w in text:
                found[w] = (d.stage.shot.value, d.stage.move)
    return found


def test_the_faces_are_near_on_their_eyes_meeting_lines(inserts: Inserts) -> None:
    for words, (shot, move) in _shots().items():
        assert shot.startswith("insert_"), (
            f"{words!r} is on the wide {shot!r}: seated, their faces are ~880 px (1080p) of bare wall apart, 44 % of it")
        push = move.push if move else 1.0
        for u in (0.0, 1.0, 2.0, 4.0, 8.0):
            share = _gap(inserts, shot[len("insert_"):], u) * push / 1920
            assert share <= 0.25, f"{words!r} at {u} s: {share:.0%} of the width between the faces"


def test_the_eyes_stay_on_one_line() -> None:
    """Her eye and his within 25 px of one height: the shot moves her along the line only."""
    spec = load_spec(INSERTS, "eyes_met")
    for part in spec.parts:
        if part.svg.name.startswith("her"):
            added = part.motions[-1]
            assert added.kind == "keys" and all(k.t.dy == 0 and k.t.rot == 0 for k in added.keys), part.svg.name
    her, him = gaze.HER_AT(gaze.EYE_AT), gaze.HIM_AT(gaze.EYE_AT)
    assert abs(her[1] - him[1]) <= 25
