"""The narration band keeps off the people in a wide shot: a one-line caption sits on the lower
of the two text lines and its band starts just above it, so the feet (room y ~870-950 in the
wide, where a canvas px is a room px) stay clear above the words. Two lines keep their place."""

from __future__ import annotations

import numpy as np
import pygame

from game.assets import Assets
from game.scenes.ui import NarrationBand
from game.text.fonts import Fonts

SIZE = (1920, 1080)


def drawn_rows(text: str) -> np.ndarray:
    """The canvas rows the band and text changed on a mid-grey canvas."""
    pygame.init()
    surface = pygame.Surface(SIZE)
    surface.fill((128, 128, 128))
    assets = Assets()
    band = NarrationBand(Fonts({"serif": assets.serif, "serif_italic": assets.serif_italic}))
    band.draw(surface, text, len(text), 0.0, False)
    px = pygame.surfarray.array3d(surface).astype(np.int16)
    return np.nonzero((np.abs(px - 128).max(axis=2) > 6).any(axis=0))[0]


def test_a_one_line_caption_leaves_the_feet_clear() -> None:
    rows = drawn_rows("The room was bathed in the soft glow of a dozen flickering candles.")
    assert rows.min() > 880, f"the band darkens from canvas y {rows.min()}"  # it was 820


def test_two_lines_keep_their_band() -> None:
    rows = drawn_rows("The room, with its dimly lit ambiance and the scent of lavender, had witnessed a silent "
                      "conversation that had transcended words, a conversation of the heart.")
    assert 820 <= rows.min() < 880
