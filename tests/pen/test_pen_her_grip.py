"""40 @3 s / 70 @3 s, her brush hand (review10 #9): a writer on the left holds the brush in the same
right hand, turned, its back toward the camera. The hand used to be mirrored, which shows a right
hand's palm: upside down for writing."""

from __future__ import annotations

from itertools import pairwise

import pygame

from game.pen.hand_forms import HAND
from game.pen.writer import Look, _screen, paint_writer

HERS = Look((231, 180, 142), (59, 89, 75), None, left=True, size=0.86, brush=True)


def test_her_hand_is_turned_not_mirrored() -> None:
    for left in (False, True):
        (ux, uy), (vx, vy) = _screen(left)
        assert ux * vy - uy * vx > 0.99, f"left={left}: the hand's frame is mirrored (a right hand shows its palm)"


def test_her_thumb_lies_on_the_thumb_side_of_the_brush() -> None:
    """The painted hand agrees with its frame: her thumb's tip is where the turned frame puts it."""
    pygame.init()
    img, _, tip, _ = paint_writer(1810 / 1240, HERS)
    alpha = pygame.surfarray.array_alpha(img) > 128
    (ux, uy), (vx, vy) = _screen(True)
    u, v = HAND[7].joints[-1][:2]  # the thumb's tip in the pen frame, his size
    s = 1810 / 1240 * HERS.size
    x, y = tip[0] + (u * ux + v * vx) * s, tip[1] + (u * uy + v * vy) * s
    assert alpha[round(x), round(y)], "no hand where her thumb's tip should be"


def test_her_trembling_hand_shakes_not_only_her_strokes() -> None:
    """Line 70, "wrote her response with a trembling hand": off the page her hand shakes by a few px at
    1080p (a quick irregular tremor), held on its ink when the nib is down; a steady hand never shakes."""
    from game.pen.notebook import _hand_shake

    xs, ys = zip(*(_hand_shake(i / 60, 1.45, 0.5) for i in range(120)), strict=True)
    scale = 1810 / 1240
    assert (max(xs) - min(xs)) * scale >= 3.0 and (max(ys) - min(ys)) * scale >= 3.0, "her hand is steady"
    steps = [abs(a - b) for a, b in pairwise(xs)]
    assert max(steps) * scale >= 0.5, "the shake is too slow to read as a tremor"
    assert _hand_shake(1.0, 1.45, 0.0) == (0.0, 0.0), "the nib leaves its ink while down"
    assert _hand_shake(1.0, 0.0, 0.5) == (0.0, 0.0), "a steady hand shakes"
