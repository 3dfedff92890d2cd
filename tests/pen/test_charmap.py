"""Every character of every written line becomes ink; nothing is silently dropped."""

from __future__ import annotations

import logging

import pytest
from pen_data import PUNCTUATION, STORY_LINES

from game.pen.charmap import resolve
from game.pen.glyphs import load_font
from game.pen.hands import Hand


@pytest.mark.parametrize("hand_name", ["elegant", "brush"])
@pytest.mark.parametrize("text", [t for t, _ in STORY_LINES] + [PUNCTUATION])
def test_every_character_is_written(hands: dict[str, Hand], hand_name: str, text: str, caplog: pytest.LogCaptureFixture) -> None:
    hand = hands[hand_name]
    font = load_font(hand.font, hand.base_dir, hand.extra_glyphs or None)
    with caplog.at_level(logging.WARNING):
        letters = resolve(text, font)
    assert not caplog.records, [r.getMessage() for r in caplog.records]
    written = [lt for lt in letters if lt is not None]
    sources = "".join(dict.fromkeys(lt.source for lt in written))
    assert set(sources) == {c for c in text if not c.isspace()}
    for lt in written:
        assert lt.glyph.strokes or lt.marks, f"{lt.source!r} has no strokes"


def test_accents_add_a_stroke_and_the_apostrophe_is_drawn(hands: dict[str, Hand]) -> None:
    hand = hands["elegant"]
    font = load_font(hand.font, hand.base_dir, hand.extra_glyphs or None)
    e, e_acute = resolve("eé", font)
    assert e is not None and e_acute is not None
    assert len(e_acute.marks) == 1 and not e.marks
    (apos,) = resolve("’", font)
    assert apos is not None and apos.glyph.strokes


def test_unknown_character_is_visible_and_logged(hands: dict[str, Hand], caplog: pytest.LogCaptureFixture) -> None:
    hand = hands["brush"]
    font = load_font(hand.font, hand.base_dir, None)
    with caplog.at_level(logging.WARNING):
        (lt,) = resolve("☃", font)
    assert lt is not None and lt.glyph.strokes
    assert "☃" in caplog.text
