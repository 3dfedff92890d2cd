"""A person's pace (review 5, Part 2 item 6): the written lines take the seconds a writer
takes, with a stop between words and a longer one at a comma; hers slower than his."""

from __future__ import annotations

import numpy as np
import pytest
from pen_data import STORY_LINES

from game.pen import Hand, Spread
from game.pen.glyphs import load_font
from game.pen.layout import LineLayout, layout_line
from game.pen.timeline import REF_CPS, Timeline, build_timeline


def _laid(hands: dict[str, Hand], text: str, hand: str, seed: int = 0) -> tuple[LineLayout, Timeline]:
    h = hands[hand]
    sp = Spread()
    lay = layout_line(text, h, load_font(h.font, h.base_dir, h.extra_glyphs or None), seed, sp.text_width(), sp.row_pitch)
    return lay, build_timeline(lay, h, seed, 0.4)


@pytest.mark.parametrize(("text", "hand"), STORY_LINES)
def test_no_line_is_dashed_off(hands: dict[str, Hand], text: str, hand: str) -> None:
    """At the normal text speed a letter takes at least a tenth of a second (the old pace,
    14 letters a second, wrote "Nor did I." in 0.8 s and his first line in 2.4 s)."""
    lay, tl = _laid(hands, text, hand)
    assert tl.duration / lay.n_letters >= 0.1, f"{text!r}: {tl.duration:.2f} s for {lay.n_letters} letters"


def test_his_long_lines_take_five_to_eight_and_a_half_seconds(hands: dict[str, Hand]) -> None:
    for text, hand in STORY_LINES:
        if hand == "elegant":
            _, tl = _laid(hands, text, hand)
            assert 5.0 <= tl.duration <= 8.5, f"{text!r}: {tl.duration:.2f} s"


def test_her_short_line_takes_its_moment(hands: dict[str, Hand]) -> None:
    _, tl = _laid(hands, "Nor did I.", "brush")
    assert tl.duration >= 2.5


@pytest.mark.parametrize("text", ["I don’t want to lose you.", "I understand, but I can’t pretend it doesn’t hurt."])
def test_her_hand_is_slower_than_his_and_trembling_slower_still(hands: dict[str, Hand], text: str) -> None:
    his = _laid(hands, text, "elegant")[1].duration
    hers = _laid(hands, text, "brush")[1].duration
    trembling = _laid(hands, text, "trembling")[1].duration
    assert his < hers < trembling


def _word_gaps(lay: LineLayout, tl: Timeline) -> dict[int, float]:
    """Seconds the pen is off the paper before each word's first stroke (but the first)."""
    return {k: float(tl.stroke_t0[k] - tl.stroke_t1[k - 1]) for k, p in enumerate(lay.paths) if p.new_word and k}


@pytest.mark.parametrize("seed", [0, 3])
def test_the_pen_stops_between_words_and_longer_at_a_comma(hands: dict[str, Hand], seed: int) -> None:
    text = STORY_LINES[2][0]  # I thought I could handle it, the distance, the secrets, but it's tearing me apart.
    lay, tl = _laid(hands, text, "elegant", seed)
    gaps = _word_gaps(lay, tl)
    words = text.split()
    firsts = sorted(gaps)
    assert len(firsts) == len(words) - 1
    after_comma = [gaps[k] for k, w in zip(firsts, words[:-1], strict=True) if w.endswith(",")]
    plain = [gaps[k] for k, w in zip(firsts, words[:-1], strict=True) if not w.endswith(",")]
    assert len(after_comma) == 3
    assert min(plain) >= 0.1, "a stop between words a viewer can see"
    assert min(after_comma) >= float(np.median(plain)) + 0.35, "a longer stop at each comma"


def test_the_text_speed_setting_still_scales_the_pen(make_notebook) -> None:  # type: ignore[no-untyped-def]
    nb = make_notebook(0.5)
    nb.write("Nor did I.", "brush")
    assert nb.duration(2 * REF_CPS) == pytest.approx(nb.duration(REF_CPS) / 2, rel=0.05)


def test_the_story_writes_in_a_sane_time(hands: dict[str, Hand]) -> None:
    total = sum(_laid(hands, text, hand)[1].duration for text, hand in STORY_LINES)
    assert 30.0 <= total <= 55.0, f"{total:.1f} s of writing in the story"
