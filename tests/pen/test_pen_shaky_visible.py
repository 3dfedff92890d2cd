"""67, "his penmanship shaky": the tremor shows at 1080p (review11 #11: the "shaky" line hardly looked
shaky). His shaky line against the same line without its tremor and shiver (same letters, baseline and
seed), at the close shot's scale: a good share of the steady strokes' ink lies more than a px from the
shaky ink, so the strokes visibly waver (0.5 % at tremor 0.9 without a shiver; 2.5 % now), while
test_pen_shaky_legible keeps every letter within a few px."""

from __future__ import annotations

import dataclasses

from test_pen_shaky_legible import _grow, _ink

from game.pen import Hand


def test_the_shaky_strokes_waver(hands: dict[str, Hand]) -> None:
    shaky = _ink(hands)
    steady = _ink({**hands, "shaky": dataclasses.replace(hands["shaky"], tremor=0.0, shiver=0.0)})
    off = steady & ~_grow(shaky, 1)
    share = off.sum() / steady.sum()
    assert share > 0.015, f"only {share:.1%} of the steady strokes' ink is over a px from the shaky ink"
