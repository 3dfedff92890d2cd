"""Lines laid down the page as a person writes them (issue 12): rows broken where a writer who
sees the line's end coming breaks them, never one short word left alone on the last row
("I don't want to lose you / either."); rows ruled far enough apart that a row's descenders
never reach the next row's ascenders; every row's letters standing on a ruled line.

Measured on the pen's own dabs with the nib's width at each dab (what the ink covers), for
the story's written lines in both languages and a dozen seeds each.
"""

from __future__ import annotations

import numpy as np
import pygame
import pytest
from pen_data import STORY_LINES

from game.pen import Hand, Spread
from game.pen.book import paint_notebook
from game.pen.glyphs import load_font
from game.pen.ink import nib_diameter
from game.pen.layout import LineLayout, layout_line
from game.pen.timeline import N_SIZES, SIZE_MAX, SIZE_MIN, Timeline, build_timeline

FRENCH = [
    ("Je n’ai jamais voulu que les choses finissent ainsi.", "elegant"),
    ("Moi non plus.", "brush"),
    ("Je croyais pouvoir le supporter, la distance, les secrets, mais cela me déchire.", "elegant"),
    ("Je comprends, mais je ne peux pas faire comme si ça ne faisait pas mal.", "brush"),
    ("Je ne veux pas te perdre.", "shaky"),
    ("Moi non plus, je ne veux pas te perdre.", "trembling"),
]
LINES = STORY_LINES + FRENCH
SEEDS = range(12)


def _line(hands: dict[str, Hand], text: str, hand: str, seed: int) -> tuple[LineLayout, Timeline]:
    h = hands[hand]
    sp = Spread()
    lay = layout_line(text, h, load_font(h.font, h.base_dir, h.extra_glyphs or None), seed, sp.text_width(), sp.row_pitch)
    return lay, build_timeline(lay, h, seed, 0.4)


def _words(lay: LineLayout) -> list[list[tuple[float, float]]]:
    """Per row, the (left, right) logical x of each word's ink."""
    rows: list[list[tuple[float, float]]] = [[] for _ in range(lay.rows)]
    for p in lay.paths:
        x0, x1 = float(p.pts[:, 0].min()), float(p.pts[:, 0].max())
        if p.new_word:
            rows[p.row].append((x0, x1))
        else:
            a, b = rows[p.row][-1]
            rows[p.row][-1] = (min(a, x0), max(b, x1))
    return rows


@pytest.mark.parametrize(("text", "hand"), LINES)
def test_no_short_word_is_left_alone_on_the_last_row(hands: dict[str, Hand], text: str, hand: str) -> None:
    width = Spread().text_width()
    for seed in SEEDS:
        lay, _ = _line(hands, text, hand, seed)
        rows = _words(lay)
        assert all(rows), f"an empty row in {text!r} (seed {seed})"
        if lay.rows < 2 or len(rows[-1]) > 1:
            continue
        (a, b), prev = rows[-1][0], rows[-2]
        alone = b - a
        # the row above could have given it company: its last word moved down still fits
        moved = prev[-1][1] - prev[-1][0]
        could = len(prev) > 1 and moved + alone + 0.5 * hands[hand].x_height * 1.5 < width
        assert not (alone < 0.45 * width and could), \
            f"{text!r} (seed {seed}): one short word alone on its last row ({alone:.0f} of {width:.0f} lpx)"


@pytest.mark.parametrize(("text", "hand"), LINES)
def test_a_rows_ink_keeps_clear_of_the_next_rows(hands: dict[str, Hand], text: str, hand: str) -> None:
    """No ink of a row reaches into the band the next row's ink spans: descenders stay above
    the next row's ascenders everywhere, not only where they happen to miss each other."""
    h = hands[hand]
    for seed in SEEDS:
        lay, tl = _line(hands, text, hand, seed)
        row_of_path = np.array([p.row for p in lay.paths] + [lay.paths[-1].row])  # + a blot's touch
        row = row_of_path[np.minimum(tl.stroke, len(row_of_path) - 1)]
        size = SIZE_MIN + (SIZE_MAX - SIZE_MIN) * tl.size / (N_SIZES - 1)
        r = np.array([nib_diameter(h, float(s)) for s in size]) / 2
        for k in range(lay.rows - 1):
            low = float((tl.y + r)[row == k].max())
            high = float((tl.y - r)[row == k + 1].min())
            assert low + 1.0 < high, (f"{text!r} (seed {seed}): row {k}'s ink reaches {low:.1f} lpx, "
                                      f"row {k + 1}'s begins at {high:.1f}")


def test_the_conversation_stays_on_one_spread_with_rows_between_entries(hands: dict[str, Hand]) -> None:
    """The six lines, in either language, still fit one spread on the wider ruling (a row left
    blank between entries where it fits, as the notebook places them); in English every
    entry has its blank row."""
    sp = Spread()
    for lines in (STORY_LINES, FRENCH):
        for seed in SEEDS[:4]:
            page, row, blanks = 0, 0, 0
            for i, (text, hand) in enumerate(lines):
                n = _line(hands, text, hand, seed + i)[0].rows
                if row > 0 and row + 1 + n <= sp.rows:
                    row, blanks = row + 1, blanks + 1
                if row + n > sp.rows:
                    page, row = page + 1, 0
                row += n
                assert page <= 1, f"line {i} ({text!r}) is pushed off the spread (seed {seed})"
            if lines is STORY_LINES:
                assert blanks == len(lines) - 2, f"an entry without its blank row (seed {seed})"


def test_rows_stand_on_the_ruled_lines(hands: dict[str, Hand]) -> None:
    """The paper's ruling is where each writing row's baseline is, and the bottoms of the
    letters' bodies sit on it (within a fifth of an x-height)."""
    sp = Spread()
    scale = 1.0
    paper = pygame.surfarray.array3d(paint_notebook(scale, 3, sp)[0]).astype(float)
    page = sp.page(0)
    col = paper[page.x + 200, page.y : page.bottom]  # one column across the left page
    blue = col[:, 2] - col[:, 0]  # the ruling's grey-blue against the warm paper
    ruled = [page.y + int(i) for i in np.nonzero(blue > np.median(blue) + 6)[0]]
    for k in range(sp.rows):
        y = sp.origin(0, k)[1]
        assert any(abs(y - r) <= 1 for r in ruled), f"no ruled line at row {k}'s baseline (y {y})"
    for text, hand in STORY_LINES:
        lay, tl = _line(hands, text, hand, 5)
        xh = hands[hand].x_height
        # the lowest point of each downstroke's turn: local maxima of y within a stroke
        y = tl.y - np.array([p.row for p in lay.paths] + [lay.paths[-1].row])[np.minimum(tl.stroke, len(lay.paths))] * sp.row_pitch
        same = (tl.stroke[1:-1] == tl.stroke[:-2]) & (tl.stroke[1:-1] == tl.stroke[2:])
        bottoms = y[1:-1][same & (y[1:-1] >= y[:-2]) & (y[1:-1] > y[2:]) & (np.abs(y[1:-1]) < 0.5 * xh)]
        assert len(bottoms) > 5 and abs(float(np.median(bottoms))) < 0.2 * xh, \
            f"{text!r}: the letters stand {float(np.median(bottoms)):.1f} lpx off the ruled line"
