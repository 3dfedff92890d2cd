"""The writing hand as painted (game.pen.writer): the nib's point is where the ink goes, the
hand never hides the words it has just written, and hers is the smaller hand."""

from __future__ import annotations

import math

import numpy as np
import pygame
import pytest
from pen_data import STORY_LINES

from game.pen import PANEL_H, PANEL_W, Hand, Notebook
from game.pen.writer import ARM_DIR, WRIST, Look, WriterHand, _screen

SCALE = 0.75
HIS = Look((224, 171, 134), (59, 63, 58), (236, 230, 216))
HERS = Look((231, 180, 142), (59, 89, 75), None, True, 0.86, brush=True)


@pytest.fixture(scope="module")
def painted() -> dict[str, WriterHand]:
    pygame.init()
    return {"his": WriterHand(SCALE, HIS), "hers": WriterHand(SCALE, HERS)}


@pytest.mark.parametrize("who", ["his", "hers"])
def test_the_nib_point_is_the_hands_tip(painted: dict[str, WriterHand], who: str) -> None:
    """Drawn at (x, y), the sprite's own point is the pen's point exactly there (his gold nib,
    her brush's tuft: issue 12, she held a fountain pen while her marks were a brush's):
    nothing of hand or pen reaches past it along the barrel, and the point is within a pixel."""
    hand = painted[who]
    alpha = pygame.surfarray.array_alpha(hand.image).astype(int)
    rgb = pygame.surfarray.array3d(hand.image).astype(int)
    d = np.array(_screen(who == "hers")[0])  # tip -> cap, on screen (hers: the same right hand, turned)
    xs, ys = np.nonzero(alpha > 128)
    along = (xs + 0.5 - hand.tip[0]) * d[0] + (ys + 0.5 - hand.tip[1]) * d[1]
    assert along.min() > -1.0, f"something of the {who} sprite reaches {-along.min():.1f} px past the nib"
    assert np.hypot(xs + 0.5 - hand.tip[0], ys + 0.5 - hand.tip[1]).min() < 2.0
    near = (np.hypot(xs - hand.tip[0], ys - hand.tip[1]) < 6 * SCALE) & (alpha[xs, ys] > 200)
    nib = rgb[xs[near], ys[near]]
    if who == "his":
        assert len(nib) and (nib[:, 0] - nib[:, 2]).mean() > 50, "the point is not the gold nib"
    else:  # her marks are a brush's, and so is what she holds: a dark tuft of wet hair, no gold
        assert len(nib) and nib.mean() < 60, f"her point is not the brush's tuft (mean {nib.mean():.0f})"


def test_her_hand_is_smaller_and_slimmer(painted: dict[str, WriterHand]) -> None:
    """The hand itself (all on the nib's side of the wrist), pen included, covers clearly less
    page in her painting than in his."""

    def hand_area(h: WriterHand, look: Look) -> int:
        alpha = pygame.surfarray.array_alpha(h.image)
        xs, ys = np.nonzero(alpha > 128)
        eu, ev = (np.array(e) for e in _screen(look.left))  # the pen's frame on screen (turned, never mirrored)
        dx, dy = (xs + 0.5 - h.tip[0]) / SCALE, (ys + 0.5 - h.tip[1]) / SCALE
        u, v = dx * eu[0] + dy * eu[1], dx * ev[0] + dy * ev[1]
        s = (u - WRIST[0] * look.size) * math.cos(ARM_DIR) + (v - WRIST[1] * look.size) * math.sin(ARM_DIR)
        return int((s < 0).sum())

    his, hers = hand_area(painted["his"], HIS), hand_area(painted["hers"], HERS)
    assert hers < 0.85 * his, (his, hers)


@pytest.mark.parametrize(("text", "hand"), [STORY_LINES[0], STORY_LINES[1]])
def test_the_hand_hides_none_of_the_words_it_has_written(hands: dict[str, Hand], text: str, hand: str) -> None:
    """Through the line, the hand (its shadow aside) lies over no ink already on the page
    beyond the letter under the nib: the words written before it stay readable."""
    rect = pygame.Rect(0, 0, round(PANEL_W * SCALE), round(PANEL_H * SCALE))
    nb = Notebook(hands, 3, SCALE)
    nb.write(text, hand, None, 11, at=0.0)

    def frame(t: float, pen: bool) -> np.ndarray:
        surf = pygame.Surface(rect.size)
        nb.update(t, 14.0)
        nb.draw(surf, rect, t, pen=pen)
        return pygame.surfarray.array3d(surf).astype(int)

    blank = frame(-10.0, False)
    end = nb.duration(14.0)
    checked = 0
    xs, ys = np.meshgrid(np.arange(rect.w), np.arange(rect.h), indexing="ij")
    for share in (0.35, 0.55, 0.75, 0.95):
        t = end * share
        page, with_pen = frame(t, False), frame(t, True)
        ink = (blank - page).sum(axis=2) > 120  # dark strokes on the cream page
        # the hand's skin or sleeve over a dark stroke changes it a lot; its soft shadow hardly
        covered = ink & (np.abs(with_pen - page).sum(axis=2) > 150)
        # the nib and the grip sit on the letter being made (from the left, her barrel crosses
        # its foot); past the fingertips nothing may lie over the words
        nx, ny, _ = nb._pen_state(t, nb._lines[-1])
        covered &= np.hypot(xs - nx * SCALE, ys - ny * SCALE) > 30 * SCALE
        checked += int(ink.sum())
        assert not covered.any(), f"{hand} at {share:.0%} of the line hides {covered.sum()} ink pixels"
    assert checked > 1000  # there was ink to hide


def test_a_brush_hand_holds_a_brush(hands: dict[str, Hand]) -> None:
    """The hand a line is written with holds what makes its marks: her brush hands a brush,
    his pointed-nib hands the pen (the notebook paints the look from hands.toml)."""
    for name, hand in hands.items():
        assert Look.of(hand).brush == (hand.nib == "brush"), name
    assert Look.of(hands["brush"]).brush and Look.of(hands["trembling"]).brush
    assert not Look.of(hands["elegant"]).brush and not Look.of(hands["shaky"]).brush
