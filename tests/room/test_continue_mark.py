"""The continue mark after a finished narration line reads as "go on", not as punctuation: it
was a small round dot 22 px after the text, read as a stray full stop ("windowpane,  .").
Now a chevron: clearly apart from the last glyph, about as tall as the lower-case letters and
more, and open on its left (a dot or a full stop is solid across its middle)."""

from __future__ import annotations

import numpy as np
import pygame

from game.assets import Assets
from game.scenes.ui import NarrationBand
from game.text.fonts import Fonts

SIZE = (1920, 1080)
TEXT = "Outside, rain tapped lightly on the windowpane,"


def _ink(complete: bool, t: float = 0.0) -> np.ndarray:
    pygame.init()
    surface = pygame.Surface(SIZE)
    surface.fill((0, 0, 0))
    assets = Assets()
    band = NarrationBand(Fonts({"serif": assets.serif, "serif_italic": assets.serif_italic}))
    band.draw(surface, TEXT, len(TEXT), t, complete)
    ink: np.ndarray = pygame.surfarray.array3d(surface).astype(np.int16).max(axis=2)
    return ink


def test_the_continue_mark_is_a_chevron_apart_from_the_text() -> None:
    text, both = _ink(False), _ink(True)
    mark = np.abs(both - text) > 60
    xs, ys = np.nonzero(mark)
    assert xs.size, "no continue mark drawn"
    glyphs = np.nonzero((text > 60).any(axis=1))[0]
    gap = xs.min() - glyphs.max()
    assert gap >= 24, f"the mark is {gap} px after the last glyph: it reads as part of the text"
    h, w = ys.max() - ys.min() + 1, xs.max() - xs.min() + 1
    assert h >= 22, f"the mark is {h} px tall: a dot's size"
    # a chevron pointing on: its left quarter is inked at the top and bottom, open in the middle
    left = mark[xs.min():xs.min() + max(1, w // 4), ys.min():ys.max() + 1]
    middle = left[:, h * 3 // 8:h * 5 // 8]
    assert not middle.any(), "the mark is solid across its middle on the left: a dot, not a chevron"
    assert left[:, : h // 4].any() and left[:, -h // 4:].any()


def test_the_continue_mark_breathes() -> None:
    a, b = _ink(True, 0.0), _ink(True, 1.0)
    assert np.abs(a - b).max() > 30, "the mark does not change over a second"
