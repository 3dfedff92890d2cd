"""Her hand is one brush script, measured on the ink as drawn at the notebook's close shot.

"Her script delicate, like the brushstrokes of a calligrapher" beside "his penmanship
elegant and precise": her lines lean at least as far as his copperplate (the old hand stood
up at 27-30 degrees from the vertical beside his 35-36), her comma is a comma (a tail well
below the baseline, not Parisienne's round dot that read as a period: "understand. but"),
and her trembling last line is the same hand with a tremor, not another script.
"""

from __future__ import annotations

import numpy as np
import pytest
from pen_data import STORY_LINES
from test_copperplate import ink_cover, slant_from_vertical

from game.pen import Hand

HIS = [text for text, hand in STORY_LINES if hand == "elegant"]
HERS = [(text, hand) for text, hand in STORY_LINES if hand in ("brush", "trembling")]
SCALE = 1810 / 1240  # as test_copperplate: the close shot at 1920x1080


def _lean(hands: dict[str, Hand], text: str, hand: str) -> float:
    """The line's lean, the median of three seeds: one seed's ink varies by +-2.5 degrees
    with where its rows break (the rows of 'I don't want to lose you either.' measure 33.5
    at seed 5 and 36.5 at seeds 6 and 7)."""
    return float(np.median([slant_from_vertical(ink_cover(hands, text, hand, seed)[0]) for seed in (5, 6, 7)]))


def test_her_lines_lean_at_least_as_far_as_his(hands: dict[str, Hand]) -> None:
    his = max(_lean(hands, text, "elegant") for text in HIS)
    for text, hand in HERS:
        slant = _lean(hands, text, hand)
        # the measure steps by half a degree: one step of noise allowed
        assert slant >= his - 0.5, f"{hand} {text!r} leans {slant:.1f} deg from the vertical, his copperplate {his:.1f}"


def ink_bottom(cover: np.ndarray) -> int:
    """The lowest page row with ink on it."""
    return int(np.nonzero((cover > 0.3).any(axis=0))[0].max())


@pytest.mark.parametrize("hand", ["brush", "trembling"])
def test_her_comma_has_a_tail_below_the_baseline(hands: dict[str, Hand], hand: str) -> None:
    # the same letters and seed with a period (which sits on the baseline) and with a comma
    xh = hands[hand].x_height * SCALE
    period = ink_bottom(ink_cover(hands, "nu. nu", hand)[0])
    comma = ink_bottom(ink_cover(hands, "nu, nu", hand)[0])
    depth = (comma - period) / xh
    assert depth > 0.3, f"{hand}: the comma reaches {depth:.2f} x-height below the period (a dot, not a comma)"


def test_her_trembling_hand_is_her_brush_hand(hands: dict[str, Hand]) -> None:
    brush, trem = hands["brush"], hands["trembling"]
    same = ("font", "extra_glyphs", "ink", "nib", "font_slant_deg", "slant_deg", "xscale", "x_height", "nib_angle_deg")
    differ = [k for k in same if getattr(brush, k) != getattr(trem, k)]
    assert not differ, f"her trembling line is another script: {differ} differ from her brush hand"
    assert trem.tremor > 0.0  # the tremble itself shows in the strokes ...
    assert trem.word_wobble <= 0.06  # ... not in words tilted off the line
    assert trem.glyph_rot_jitter_deg <= 2.0 * brush.glyph_rot_jitter_deg
