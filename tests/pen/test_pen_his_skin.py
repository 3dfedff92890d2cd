"""27 @3 s, "He picked up the pen, its weight familiar": the writing hand is his hand, the tan of
his hands in the inserts and the wides (review10 #11), not a pink-peach one: its lit back within
12 levels a channel of his hand reaching for hers at 62 (145, 95, 62 at 1080p; the pen hand was
202, 145, 107).

Since 62 ends on 63's drawings (the cut's continuity, stop 27) his hand there is the clasp's
drawing, painted ~8 levels deeper, and by 2 s it has turned palm-up: the reference is now the
back of his hand at 1 s (137, 86, 56), and the bound 16 levels a channel: the pen hand (149, 99, 67)
is the same tan; the pink-peach defect was 50+ off."""

from __future__ import annotations

import numpy as np
import pygame

from game.assets import Assets
from game.capture import render_moment

SIZE = (960, 540)


def _median(line: str, at: float, box: tuple[int, int, int, int]) -> np.ndarray:
    rgb = pygame.surfarray.array3d(render_moment(Assets(), line, at, SIZE)).astype(int)
    x, y, w, h = box
    return np.median(rgb[x: x + w, y: y + h].reshape(-1, 3), axis=0)


def test_the_writing_hand_is_his_tan() -> None:
    his = _median("62", 1.0, (800, 200, 60, 40))  # the back of his hand sliding in, palm down
    pen_hand = _median("27", 3.0, (495, 170, 40, 30))  # the back of the hand holding the pen
    assert his[0] > his[2] + 50, f"the reference is not his hand: {his}"
    assert np.abs(pen_hand - his).max() <= 16, f"the writing hand {pen_hand} is not his skin {his}"
