"""Lines 60-61, "Their eyes met again, and in that moment, they both knew" (review12 D2): the close
two-shot of 24 again, but hours later and changed. At 3e0df01 it was 24 replayed: the candle the same
height after "minutes turned into hours", his half 24's drawing, the faces 24's (longing, longing),
nothing changing at 61, and the noses 376-462 px apart (1080p). Now the candle is burnt down by over a
quarter with wax run down it, the faces are the story's tender beat with her lids heavier, her face
changes as 61 lands, and the noses are at most ~300 px apart."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pygame
from test_hands_clasp_review11 import _mask
from test_stage2_eyes_met import _gap, _shots, inserts

from game.art.inserts import Inserts
from tools.faces_close import beats, eyes_met, gaze, kiss

INSERTS = Path(__file__).resolve().parents[2] / "assets" / "art" / "inserts"
STORY = Path(__file__).resolve().parents[2] / "scenes"
__all__ = ["inserts"]


def _wax_height(insert: str) -> float:
    """Canvas px of wax from the candle's lit top down to its drip pan (the column left of the wick)."""
    surf = kiss.raster((INSERTS / insert / "candle.svg").read_text(encoding="utf-8"))
    x = round(gaze.FLAME[0]) - 8
    rgb, alpha = pygame.surfarray.pixels3d(surf)[x], pygame.surfarray.pixels_alpha(surf)[x]
    wax = np.nonzero((rgb[:, 2] > 130) & (rgb[:, 0] > 150) & (alpha > 200))[0]
    pan = gaze.VIEW((gaze._FLAME[0], gaze._FLAME[1] + 40 + gaze.WAX_H))[1]
    return pan - float(wax.min())


def test_the_candle_has_burnt_down_since_24() -> None:
    at24, at60 = _wax_height("gaze"), _wax_height("eyes_met")
    assert at60 <= 0.75 * at24, f"the candle {at60:.0f} px at 60 against {at24:.0f} at 24: not a quarter burnt"
    assert (INSERTS / "eyes_met" / "candle.svg").read_text(encoding="utf-8").count('fill="#fff6e2"') >= 3, "no wax runs"


def _story_lines(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    start = lines.index("shot insert_eyes_met")
    return lines[start:start + 6]


def test_the_faces_are_the_later_beat_and_change_as_61_lands() -> None:
    at = beats.faces_at_inserts()
    assert at["eyes_met"] == {"him": "tender", "her": "tender"} != at["gaze"], at
    for story in ("whispers.story", "whispers.fr.story"):
        shot = _story_lines(STORY / story)
        quoted = [i for i, line in enumerate(shot) if line.startswith('"')]
        between = shot[quoted[0] + 1:quoted[1]]
        assert "face her longing" in between, f"{story}: no face beat between 60 and 61"
    assert eyes_met.HEAVY_LID < gaze.HER_LID


def test_her_lids_are_heavier_than_at_24() -> None:
    """Her upper lid reaches lower over the eye: fewer dark iris/lash pixels above the eye's centre."""
    ex, ey = gaze.HER_AT(gaze.EYE_AT)

    def open_rows(insert: str) -> int:
        surf = kiss.raster((INSERTS / insert / "faces" / "her.tender.svg").read_text(encoding="utf-8"))
        rgb = pygame.surfarray.pixels3d(surf)[round(ex) - 30:round(ex) + 30, round(ey) - 40:round(ey) + 30]
        dark = rgb.sum(axis=2) < 200
        return int(np.count_nonzero(dark.any(axis=0)))

    assert open_rows("eyes_met") < open_rows("gaze")


def test_the_committed_art_is_what_the_generator_writes(tmp_path: Path) -> None:
    eyes_met.write(tmp_path)
    for f in tmp_path.rglob("*.*"):
        rel = f.relative_to(tmp_path)
        assert f.read_text(encoding="utf-8") == (INSERTS / "eyes_met" / rel).read_text(encoding="utf-8"), \
            f"eyes_met/{rel} differs from python -m tools.faces_close.eyes_met"


def test_the_noses_are_nearer_than_at_24(inserts: Inserts) -> None:
    for words, (shot, move) in _shots().items():
        push = move.push if move else 1.0
        for u in (0.0, 1.0, 2.0, 4.0, 8.0):
            gap = _gap(inserts, shot[len("insert_"):], u) * push
            assert gap <= 305, f"{words!r} at {u} s: the faces {gap:.0f} px apart (1080p)"


def test_his_half_is_not_24s_drawing(inserts: Inserts) -> None:
    """His head is seen nearer than at 24 (not the same pixels): under 85 % of its area at 60 overlaps 24's (~79 %; the same drawing in place, ~100 %)."""
    at24 = _mask(inserts, "gaze", 2.0, ("his_head.svg",))
    at60 = _mask(inserts, "eyes_met", 2.0, ("his_head.svg",))
    overlap = np.count_nonzero(at24 & at60) / np.count_nonzero(at24 | at60)
    assert overlap < 0.85, f"his head at 60 is {overlap:.0%} 24's"
