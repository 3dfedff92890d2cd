"""67, "his penmanship shaky": the tremor shows at 1080p (review11 #11: the "shaky" line hardly looked
shaky). His shaky line against the same line without its tremor and shiver (same letters, baseline and
seed), at the close shot's scale: the pen strays 1.5 px or more from the steady path (95th percentile;
1.26 px at the old tremor 0.9), and a share of the steady strokes' ink lies more than a px from the shaky
ink, so the strokes visibly waver (0.5 % before, 1.3 % now), while test_pen_shaky_legible and
test_failing_hands keep every letter's shape."""

from __future__ import annotations

import dataclasses

import numpy as np
from test_failing_hands import HIS_LAST, _line
from test_pen_shaky_legible import _grow, _ink

from game.pen import Hand

SCALE = 1810 / 1240  # the close shot at 1920x1080


def _steady(hand: Hand) -> Hand:
    return dataclasses.replace(hand, tremor=0.0, shiver=0.0)


def test_the_shaky_pen_strays_a_px_and_a_half(hands: dict[str, Hand]) -> None:
    h = hands["shaky"]
    strays = []
    for seed in range(6):
        _, a = _line(h, HIS_LAST, seed)
        _, b = _line(_steady(h), HIS_LAST, seed)
        strays.append(np.percentile(np.hypot(a.x - b.x, a.y - b.y) * SCALE, 95))
    assert np.mean(strays) >= 1.5, f"his pen strays {np.mean(strays):.2f} px from the steady path at 1080p"


def test_the_shaky_strokes_waver(hands: dict[str, Hand]) -> None:
    shaky = _ink(hands)
    steady = _ink({**hands, "shaky": _steady(hands["shaky"])})
    share = (steady & ~_grow(shaky, 1)).sum() / steady.sum()
    assert share > 0.01, f"only {share:.1%} of the steady strokes' ink is over a px from the shaky ink"
