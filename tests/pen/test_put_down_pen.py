"""The pen he puts down after writing lies on the table beside the book, not on a page (line 81:
the written leaves turn over, and a pen lying across the right page stayed on top of the leaf
that rose under it)."""

from __future__ import annotations

import math

import numpy as np


def test_the_put_down_pen_lies_off_the_book_where_no_leaf_turns() -> None:
    from game.pen.book import Spread
    from game.scenes.story import NOTEBOOK_RECT, PANEL_W, PEN_PUT_DOWN

    k = NOTEBOOK_RECT[2] / PANEL_W
    cover = Spread().cover  # every leaf turns inside the cover's outline
    x0, y0 = NOTEBOOK_RECT[0] + cover.x * k, NOTEBOOK_RECT[1] + cover.y * k
    x1, y1 = x0 + cover.w * k, y0 + cover.h * k
    x, y, angle = PEN_PUT_DOWN
    length, half = 230.0 * k, 8.0 * k  # game.pen.sprite: the pen tip to cap, and its barrel's half width
    a = math.radians(angle)
    inside = []
    for f in np.linspace(0.0, 1.0, 24):
        for side in (-1.0, 1.0):
            px = x + f * length * math.cos(a) - side * half * math.sin(a)
            py = y + f * length * math.sin(a) + side * half * math.cos(a)
            if x0 <= px <= x1 and y0 <= py <= y1:
                inside.append((round(px), round(py)))
    # before: the whole pen (1230, 700 -> 1540, 562) lay on the right page
    assert not inside, f"the put-down pen lies over the book at {inside[:3]}"
    assert 0 <= x <= 1920 and 0 <= y <= 1080 and 0 <= x + length * math.cos(a) <= 1920, "the pen is in the shot"


def test_nothing_dark_lies_on_the_fresh_right_page_as_the_leaf_turns() -> None:
    """Line 81 at 1.5 s: the written leaf has gone over, the right page is the fresh blank one;
    before, the put-down pen lay on it (and over the leaf as it rose)."""
    from test_page_turn import _ink

    assert _ink(1.5, page=1) == 0, "dark pixels (the pen) on the fresh right page at 1.5 s"
