"""His hand is a copperplate, measured on the ink as drawn at 1920x1080's page scale.

Copperplate (English roundhand) is told by two things a glance takes in: a strong, even
slant (about 55 degrees from the line, 35 from the vertical) and the pointed nib's
contrast, hairline up-strokes beside down-strokes shaded several times as wide. Both are
measured on the rendered page, not on the hand's settings: the slant as the shear that
stands the strokes upright (the ink's column profile is sharpest there), the widths as
the ink crossed on a line square to the stroke, where the pen went down and where it went
up. The old Hershey script with its heavy even nib (30 degrees, ratio ~1.7) fails both.
"""

from __future__ import annotations

import math

import numpy as np
import pygame
import pytest
from pen_data import STORY_LINES

from game.pen import PANEL_H, PANEL_W, Hand, Notebook

SCALE = 1810 / 1240  # the notebook's close shot at 1920x1080 (game.scenes.story NOTEBOOK_RECT)
HIS = [text for text, hand in STORY_LINES if hand == "elegant"]


def ink_cover(hands: dict[str, Hand], text: str, hand: str, seed: int = 5) -> tuple[np.ndarray, Notebook]:
    """0..1 ink coverage of each page pixel once `text` is written (x, y indexed)."""
    rect = pygame.Rect(0, 0, round(PANEL_W * SCALE), round(PANEL_H * SCALE))
    blank = Notebook(hands, 3, SCALE)
    blank.draw(pygame.Surface(rect.size), rect, 0.0, pen=False)
    paper = pygame.surfarray.array3d(blank.page_surface).astype(float)
    nb = Notebook(hands, 3, SCALE)
    nb.write(text, hand, None, seed, at=0.0)
    nb.complete()
    nb.draw(pygame.Surface(rect.size), rect, 0.0, pen=False)
    page = pygame.surfarray.array3d(nb.page_surface).astype(float)
    ink = np.array(hands[hand].ink, float)
    cover = ((paper - page) / np.maximum(paper - ink, 1.0)).mean(axis=2)
    return np.clip(cover, 0.0, 1.0), nb


def slant_from_vertical(cover: np.ndarray) -> float:
    """Degrees the writing leans right of the vertical: the shear that makes the ink's
    column profile sharpest (strokes stood upright pile into few columns)."""
    xs, ys = np.nonzero(cover > 0.3)
    w = cover[xs, ys]
    best, best_deg = -1.0, 0.0
    for deg in np.arange(0.0, 55.0, 0.5):
        col = np.round(xs + (ys - ys.mean()) * math.tan(math.radians(deg))).astype(int)
        hist = np.bincount(col - col.min(), weights=w)
        sharp = float((hist**2).sum())
        if sharp > best:
            best, best_deg = sharp, float(deg)
    return best_deg


def stroke_widths(cover: np.ndarray, nb: Notebook, hand: Hand) -> tuple[np.ndarray, np.ndarray]:
    """Display px of ink across the stroke where the pen travelled down the slant, and
    where it travelled up: the coverage summed along the normal through the pen's path."""
    line = nb._lines[-1]  # the written line: where its pen went
    tl = line.timeline
    ox, oy = nb.spread.origin(line.page, line.row)
    x, y = (tl.x + ox) * SCALE, (tl.y + oy) * SCALE
    a = math.radians(hand.font_slant_deg + hand.slant_deg)
    down = np.array([-math.sin(a), math.cos(a)])
    same = np.r_[False, tl.stroke[1:] == tl.stroke[:-1]] & np.r_[tl.stroke[1:] == tl.stroke[:-1], False]
    idx = np.nonzero(same)[0][::6]
    d = np.column_stack([x[idx + 1] - x[idx - 1], y[idx + 1] - y[idx - 1]])
    d /= np.maximum(np.hypot(d[:, 0], d[:, 1]), 1e-9)[:, None]
    along = d @ down
    normal = np.column_stack([-d[:, 1], d[:, 0]])
    steps = np.arange(-8.0, 8.0, 0.25)
    px = x[idx, None] + normal[:, :1] * steps
    py = y[idx, None] + normal[:, 1:] * steps
    ix = np.clip(np.round(px).astype(int), 0, cover.shape[0] - 1)
    iy = np.clip(np.round(py).astype(int), 0, cover.shape[1] - 1)
    prof = cover[ix, iy]
    # the stroke under the pen only: from its centre out to where the ink first gives out
    mid = len(steps) // 2
    keep = np.ones_like(prof, bool)
    for side in (range(mid, len(steps)), range(mid, -1, -1)):
        gone = np.zeros(len(prof), bool)
        for j in side:
            gone |= prof[:, j] < 0.08
            keep[:, j] &= ~gone
    width = (prof * keep).sum(axis=1) * 0.25
    return width[along > math.cos(math.radians(15))], width[along < -math.cos(math.radians(50))]


@pytest.mark.parametrize("text", HIS)
def test_his_hand_leans_like_copperplate(hands: dict[str, Hand], text: str) -> None:
    cover, _ = ink_cover(hands, text, "elegant")
    slant = slant_from_vertical(cover)
    assert 32.0 <= slant <= 40.0, f"his writing leans {slant:.1f} deg from the vertical (copperplate: 35-38)"


@pytest.mark.parametrize("text", HIS)
def test_his_down_strokes_are_shaded_and_his_up_strokes_hairlines(hands: dict[str, Hand], text: str) -> None:
    cover, nb = ink_cover(hands, text, "elegant")
    down, up = stroke_widths(cover, nb, hands["elegant"])
    assert len(down) > 20 and len(up) > 20
    hair, shade = float(np.median(up)), float(np.median(down))
    assert hair < 1.6, f"up-strokes {hair:.2f} px wide: a hairline is about one pixel at 1080p"
    assert shade / hair >= 3.0, f"down-strokes {shade:.2f} px against up-strokes {hair:.2f} px"
    assert shade < 6.0, f"down-strokes {shade:.2f} px: a pen, not a brush or a marker"


@pytest.mark.parametrize("hand", ["elegant", "shaky"])
def test_his_r_is_not_a_v(hands: dict[str, Hand], hand: str) -> None:
    """His r, joined and shaded, read as a v ("never" as "nevev", "for" as "fov"): after its
    last rise over the x-height it ended high, on an arch, like a v's second arm. The
    copperplate r comes down from its shoulder in the shaded stem to the line and leaves it
    like an i."""
    from game.pen.glyphs import load_font

    h = hands[hand]
    pts = np.concatenate(load_font(h.font, h.base_dir, h.extra_glyphs or None).glyphs["r"].strokes)
    high = np.nonzero(pts[:, 1] <= -0.9)[0]
    assert len(high), "the r never reaches the x-height"
    after = pts[high[-1]:]
    assert after[:, 1].max() >= -0.1, f"the r ends high ({after[-1, 1]:.2f} xh), on its arch: it reads as a v"
