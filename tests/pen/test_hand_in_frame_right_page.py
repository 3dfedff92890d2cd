"""Line 67, "I don't want to lose you": his hand writes on the right page and stays in the close
shot to the line's last letter (review8 #10: at 8 s it was pushed against the frame's right edge,
no arm, the line running to the page's edge). A hand from the right writes a shorter measure there."""

from __future__ import annotations

import numpy as np
import pygame

from game.assets import Assets
from game.capture import render_moment

SIZE = (960, 540)


def _skin_past_cover(at: float) -> int:
    """Skin-coloured pixels right of the notebook's cover (x > 920 of 960), across his line's rows."""
    rgb = pygame.surfarray.array3d(render_moment(Assets(), "67", at, SIZE)).astype(int)
    r, g, b = rgb[..., 0], rgb[..., 1], rgb[..., 2]
    skin = (r > 170) & (r - b > 45) & (g > 110) & (r - g > 20) & (r - g < 90)
    return int(skin[920:, 150:400].sum())


def test_his_hand_stays_in_the_shot_to_the_last_letter() -> None:
    for at in (7.0, 8.0):
        assert _skin_past_cover(at) == 0, f"his hand past the book's right edge at {at} s"


def test_a_right_hand_writes_a_shorter_measure_on_the_right_page() -> None:
    """Wherever his last line's letters end at the right page's measure for his hand (any seed),
    his hand and cuff there (measured from the painted hand) end inside the shot."""
    from pathlib import Path

    from game.pen.book import Spread
    from game.pen.glyphs import load_font
    from game.pen.hands import load_hands
    from game.pen.layout import layout_line
    from game.pen.notebook import RIGHT_HAND_MEASURE
    from game.pen.writer import Look, WriterHand
    from game.scenes.story import NOTEBOOK_RECT

    pygame.init()
    hand = load_hands(Path(__file__).parents[2] / "assets" / "hands.toml")["shaky"]
    w = WriterHand(1.0, Look.of(hand))
    s = pygame.Surface((1400, 1200), pygame.SRCALPHA)
    w.draw(s, 300, 300, 0.0)
    a = pygame.surfarray.array_alpha(s)[:, 300:560]  # the fingers and cuff, down to the wrist
    reach = int(np.where(a.max(axis=1) > 20)[0].max()) - 300
    sp = Spread()
    font = load_font(hand.font, hand.base_dir, hand.extra_glyphs or None)
    ends = [max(float(p.pts[:, 0].max()) for p in layout_line("I don\u2019t want to lose you.", hand, font, seed,
                                                               RIGHT_HAND_MEASURE, sp.row_pitch).paths)
            for seed in range(8)]
    end = sp.right.x + sp.margin_l + max(ends)
    frame_right = (1920 - NOTEBOOK_RECT[0]) * 1240 / NOTEBOOK_RECT[2]  # the shot's right edge, panel lpx
    assert end + reach <= frame_right, f"the hand reaches {end + reach:.0f} lpx, the shot ends at {frame_right:.0f}"
