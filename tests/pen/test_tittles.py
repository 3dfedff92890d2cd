"""Every i and j of the written lines has its dot (review 5, Part 2 item 5): a pressed dab
of the nib over the stem, clear of every other stroke, laid after its word."""

from __future__ import annotations

import numpy as np
import pytest
from numpy.typing import NDArray
from pen_data import STORY_LINES

from game.pen import Hand, Spread
from game.pen.glyphs import load_font
from game.pen.ink import nib_diameter
from game.pen.layout import layout_line
from game.pen.timeline import N_SIZES, SIZE_MAX, SIZE_MIN, Timeline, build_timeline

LINES = [*STORY_LINES, ("his distance; it is just either", "elegant"), ("his distance; it is just either", "brush"),
         ("his distance; it is just either", "shaky"), ("his distance; it is just either", "trembling")]


def _timeline(hands: dict[str, Hand], text: str, hand: str, seed: int) -> tuple[Timeline, float, NDArray[np.int_]]:
    h = hands[hand]
    sp = Spread()
    lay = layout_line(text, h, load_font(h.font, h.base_dir, h.extra_glyphs or None), seed, sp.text_width(), sp.row_pitch)
    tl = build_timeline(lay, h, seed, 0.4)
    rows = np.array([p.row for p in lay.paths])
    rows = np.r_[rows, np.full(int(tl.stroke.max()) + 1 - len(rows), rows[-1])]  # the failing pen's resting touch
    return tl, float(sp.row_pitch), rows


def _dots(tl: Timeline, h: Hand, pitch: float, rows: NDArray[np.int_]) -> list[tuple[int, float, float]]:
    """(stroke, height of its lowest dab over its row's baseline in xh, clearance from every
    other stroke's dabs in xh) of each small stroke above the x-height that the pen hops
    back to (an apostrophe is written in its place, going on to the right)."""
    out = []
    xh = h.x_height
    for k in range(int(tl.stroke.max()) + 1):
        m = tl.stroke == k
        x, y = tl.x[m], tl.y[m]
        if max(np.ptp(x), np.ptp(y)) > 0.4 * xh:
            continue
        base = rows[k] * pitch
        height = (base - y.max()) / xh
        if height < 0.9:
            continue  # a comma, a full stop: not on top
        before = (tl.stroke < k) & (rows[tl.stroke] == rows[k])
        if not before.any() or x.mean() > tl.x[before].max():
            continue  # the pen has not been past it on this row: an apostrophe, written in its place
        ox, oy = tl.x[~m], tl.y[~m]
        d = np.hypot(ox[:, None] - x[None, :], oy[:, None] - y[None, :]).min()
        out.append((k, float(height), float(d / xh)))
    return out


@pytest.mark.parametrize(("text", "hand"), LINES)
@pytest.mark.parametrize("seed", [0, 1, 7])
def test_every_i_and_j_has_a_clear_dot_over_the_x_height(hands: dict[str, Hand], text: str, hand: str, seed: int) -> None:
    h = hands[hand]
    tl, pitch, rows = _timeline(hands, text, hand, seed)
    low = 1.15 - 1.5 * h.word_wobble - h.baseline_drift  # a shaking hand's words wander off the row's line
    dots = [d for d in _dots(tl, h, pitch, rows) if d[1] > low and d[2] > 0.4]
    expected = sum(text.count(c) for c in "ij")
    assert len(dots) == expected, f"{hand} {text!r}: {len(dots)} clear dots over the x-height for {expected} i/j ({_dots(tl, h, pitch, rows)})"


@pytest.mark.parametrize(("text", "hand"), LINES)
def test_a_dot_is_a_pressed_dab_not_a_hairline(hands: dict[str, Hand], text: str, hand: str) -> None:
    h = hands[hand]
    tl, pitch, rows = _timeline(hands, text, hand, 0)
    for k, height, _ in _dots(tl, h, pitch, rows):
        if height < 1.15 - 1.5 * h.word_wobble - h.baseline_drift:
            continue
        sizes = SIZE_MIN + (SIZE_MAX - SIZE_MIN) * tl.size[tl.stroke == k] / (N_SIZES - 1)
        assert max(nib_diameter(h, float(s)) for s in sizes) >= 0.95 * h.nib_width, f"{hand}: dot {k} is a hairline"


@pytest.mark.parametrize("hand", ["elegant", "brush"])
def test_an_accented_i_keeps_its_stem_and_loses_its_dot(hands: dict[str, Hand], hand: str) -> None:
    """î, ï: the accent replaces the dot, not the letter (his Hershey i draws its dot first,
    and the first stroke was the one kept: î was a dot under a circumflex)."""
    from game.pen.charmap import resolve

    h = hands[hand]
    lt = resolve("î", load_font(h.font, h.base_dir, h.extra_glyphs or None))[0]
    assert lt is not None and lt.marks
    body = np.concatenate(lt.glyph.strokes)
    assert body[:, 1].max() > -0.3, "the stem reaches down to the baseline"
    assert not [st for st in lt.glyph.strokes if np.ptp(st, axis=0).max() < 0.3 and st[:, 1].max() < -0.8], "no dot"
