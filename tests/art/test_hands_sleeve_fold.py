"""His jacket sleeve in the hand close shots (62-64, 71): its fold is a soft shade, not a line.

A thin dark caret (4 px wide, opacity 0.7) read as a "^" drawn on the cloth (review9 #7). The
fold is now layered faint strokes that taper, so no stroke of the deep suit colour is both
thin and strong."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tools.hands.parts import SUIT_DEEP

INSERTS = Path(__file__).resolve().parents[2] / "assets" / "art" / "inserts"
STROKE = re.compile(r'<path [^>]*stroke="(?P<c>#[0-9a-fA-F]{6})" stroke-width="(?P<w>[\d.]+)"[^>]*opacity="(?P<o>[\d.]+)"')


@pytest.mark.parametrize("name", ["hand_reach/his.svg", "hands_intertwined/his.svg", "hands_tighten/his.svg"])
def test_the_sleeve_fold_is_no_drawn_line(name: str) -> None:
    text = (INSERTS / name).read_text(encoding="utf-8")
    folds = [m for m in STROKE.finditer(text) if m["c"].lower() == SUIT_DEEP.lower()]
    assert folds, f"{name}: no fold on the sleeve"
    for m in folds:
        assert float(m["o"]) <= 0.2, f"{name}: a fold stroke {m['w']} wide at opacity {m['o']} reads as a drawn line"
