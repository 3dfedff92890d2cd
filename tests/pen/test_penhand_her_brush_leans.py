"""32, 40, 70, "her script delicate, like the brushstrokes of a calligrapher": her writing hand is
seen from above, like his (review16 D17). It was his right hand turned a further 45 degrees, which
stood her brush upright on the screen (3 degrees off the vertical) with her fingers stacked along it,
a hand in profile on a page seen from above; and the brush lay at his pen's slant, long and flat.
Now her hand is turned 18 degrees past his, her brush leans like his pen (about 25 degrees off the
vertical), and it rises more steeply than his pen: its tuft is drawn foreshortened, shorter."""

from __future__ import annotations

import math

import numpy as np
import pygame
import pytest

from game.pen import Hand
from game.pen.writer import Look, paint_writer

SCALE = 1.46  # the notebook's close shot at 1920x1080 (game.scenes.story.page_scale)


def _tuft(hand: Hand) -> tuple[float, float]:
    """(the brush's angle off the vertical on screen, degrees; the tuft's drawn length, lpx): from
    the nib's point, the dark wet hair (every channel under 70) runs up to the brass ferrule."""
    img, _, tip, _ = paint_writer(SCALE, Look.of(hand))
    rgb = pygame.surfarray.array3d(img).astype(int)
    alpha = pygame.surfarray.array_alpha(img)
    dark = (rgb.max(axis=2) < 70) & (alpha > 200)
    xs, ys = np.nonzero(dark)
    dx, dy = xs + 0.5 - tip[0], ys + 0.5 - tip[1]
    near = np.hypot(dx, dy) < 14.0
    ax, ay = dx[near].mean(), dy[near].mean()  # the tuft's way from the point
    off_vertical = math.degrees(math.atan2(abs(ax), ay))
    d = np.array((ax, ay)) / math.hypot(ax, ay)
    length = 0.0
    for t in np.arange(1.0, 80.0, 0.5):  # along the brush's axis, while the hair lasts
        x, y = round(tip[0] + t * d[0] - 0.5), round(tip[1] + t * d[1] - 0.5)
        if not dark[x - 1:x + 2, y - 1:y + 2].any():
            break
        length = t
    return off_vertical, length / SCALE


@pytest.mark.parametrize("who", ["brush", "trembling"])
def test_her_brush_leans_like_his_pen_and_is_foreshortened(hands: dict[str, Hand], who: str) -> None:
    off_vertical, length = _tuft(hands[who])
    print(f"{who}: brush {off_vertical:.1f} degrees off the vertical, tuft {length:.1f} lpx")
    assert off_vertical >= 15.0, f"her brush stands {off_vertical:.1f} degrees off the vertical (upright: a profile)"
    assert length <= 21.0, f"her brush's tuft is drawn {length:.1f} lpx long (at his pen's slant: ~25)"
