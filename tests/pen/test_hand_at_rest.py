"""The writing hand at rest (issue 12): once its line is written the hand eases its grip
(the index off the barrel, the thumb's pad off its side, lifted a little) and stays alive,
drifting and breathing slowly, as a function of the time since the pen lifted; while the pen
writes, it holds the exact tripod grip. The old hand kept the writing grip, frozen, for as
long as the line stayed on screen.
"""

from __future__ import annotations

import itertools

import numpy as np
import pygame
import pytest

from game.pen import PANEL_H, PANEL_W, Hand, Notebook

SCALE = 0.5
RECT = pygame.Rect(0, 0, round(PANEL_W * SCALE), round(PANEL_H * SCALE))
LINE = "I never meant for things to end this way."


def _frame(nb: Notebook, t: float, pen: bool = True) -> pygame.Surface:
    surf = pygame.Surface(RECT.size)
    nb.update(t, 14.0)
    nb.draw(surf, RECT, t, pen=pen)
    return surf


def _px(surf: pygame.Surface) -> np.ndarray:
    return pygame.surfarray.array3d(surf).astype(int)


@pytest.mark.parametrize("hand", ["elegant", "brush"])
def test_the_hand_at_rest_is_alive_and_the_same_at_the_same_moment(hands: dict[str, Hand], hand: str) -> None:
    nb = Notebook(hands, 3, SCALE)
    nb.write(LINE, hand, None, 11, at=0.0)
    end = nb.duration(14.0)
    rest = [_px(_frame(nb, end + s)) for s in (3.0, 4.5, 6.0)]
    moved = [int((np.abs(a - b).sum(axis=2) > 30).sum()) for a, b in itertools.pairwise(rest)]
    assert max(moved) > 50, f"the resting hand does not move ({moved} pixels change in 1.5 s)"
    # a function of time: the same moment again, even after a later one, is the same frame
    assert np.array_equal(_px(_frame(nb, end + 3.0)), rest[0])
    again = Notebook(hands, 3, SCALE)
    again.write(LINE, hand, None, 11, at=0.0)
    assert np.array_equal(_px(_frame(again, end + 4.5)), rest[1])


@pytest.mark.parametrize("hand", ["elegant", "brush"])
def test_the_grip_is_exact_while_writing_and_eased_at_rest(hands: dict[str, Hand], hand: str) -> None:
    nb = Notebook(hands, 3, SCALE)
    nb.write(LINE, hand, None, 11, at=0.0)
    line = nb._lines[-1]
    writer = nb._writer(line.hand)
    end = nb.duration(14.0)

    def with_hand(t: float, relax: float) -> np.ndarray:
        page = _frame(nb, t, pen=False)
        x, y, lift = nb._pen_state(t, line)
        writer.draw(page, x * SCALE, y * SCALE, lift, relax)
        return _px(page)

    for t in (end * 0.4, end * 0.8):  # writing: the tripod grip, exactly
        assert np.array_equal(_px(_frame(nb, t)), with_hand(t, 0.0))
    t = end + 5.0
    at_rest = _px(_frame(nb, t))
    assert np.array_equal(at_rest, with_hand(t, 1.0))
    eased = int((np.abs(at_rest - with_hand(t, 0.0)).sum(axis=2) > 30).sum())
    assert eased > 150, f"the resting fingers are the writing grip ({eased} pixels differ)"
    # half-way through easing: a hand between the two, not either one
    mid = _px(_frame(nb, end + 0.45))
    assert not np.array_equal(mid, with_hand(end + 0.45, 0.0)) and not np.array_equal(mid, with_hand(end + 0.45, 1.0))


@pytest.mark.parametrize("hand", ["elegant", "brush"])
def test_the_grip_eases_through_whole_hands_never_two_at_once(hands: dict[str, Hand], hand: str) -> None:
    """Each frame of the ease shows one painted hand: the old hand cross-faded the resting
    fingers over the writing grip, so for ~0.5 s every finger that moved showed twice."""
    nb = Notebook(hands, 3, SCALE)
    nb.write(LINE, hand, None, 11, at=0.0)
    line = nb._lines[-1]
    writer = nb._writer(line.hand)
    end = nb.duration(14.0)
    for dt in (0.2, 0.35, 0.45, 0.55, 0.7):
        t = end + dt
        got = _px(_frame(nb, t))
        x, y, lift = nb._pen_state(t, line)
        alone = []
        for relax in (0.0, 0.5, 1.0):
            page = _frame(nb, t, pen=False)
            writer.draw(page, x * SCALE, y * SCALE, lift, relax)
            alone.append(np.array_equal(got, _px(page)))
        assert any(alone), f"{dt} s after the line the hand is none of its painted grips (two laid over each other)"
