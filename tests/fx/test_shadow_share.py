"""A wall shadow takes away only its own flame's light (review8 #12).

The three candles on the side table by the hearth, far off the right of the close shots,
threw his head onto the wall beside the clock; each took 42 % of all the light there (the
table candle's, which lights that wall, too), and together they left a near-black stain,
larger than his head and detached from him (lines 23, 41, 56, 65, 66). In the walls shot
(line 2), where those candles stand close behind him, his shadow must still fall.
"""

from __future__ import annotations

import numpy as np
import pygame

from game.assets import Assets
from game.capture import render_moment
from game.fx.shadows import ShadowLight, WallShadows
from game.view import View

SIZE = (960, 540)


def _grey(line: str) -> np.ndarray:
    shot = render_moment(Assets(), line, 2.0, SIZE)
    grey: np.ndarray = pygame.surfarray.array3d(shot).astype(np.float64).mean(axis=2)
    return grey


def _mean(grey: np.ndarray, x: int, y: int, w: int, h: int) -> float:
    return float(grey[x : x + w, y : y + h].mean())


def test_no_dark_blob_beside_the_clock_in_the_close_shots() -> None:
    for line, blob, wall in (("41", (550, 85, 75, 75), (400, 85, 75, 75)),
                             ("66", (490, 75, 75, 75), (350, 75, 75, 75))):
        grey = _grey(line)
        # was 0.43 (41) and 0.55 (66) of the plain wall 150 px (at 960) to its left
        assert _mean(grey, *blob) > 0.85 * _mean(grey, *wall), line


def test_his_shadow_still_falls_on_the_wall_in_the_walls_shot() -> None:
    grey = _grey("2")
    shadow, wall = _mean(grey, 630, 225, 40, 150), _mean(grey, 500, 225, 30, 150)
    assert shadow < 0.8 * wall  # "Shadows danced upon the walls"


def _wall_after(share: float) -> int:
    shadows = WallShadows(900.0, 8)
    mask = pygame.Surface((40, 80), pygame.SRCALPHA)
    mask.fill((255, 255, 255, 255))
    small = pygame.Surface((80, 45))
    small.fill((200, 200, 200))
    light = ShadowLight(1, 320.0, 200.0, 0.0, 240.0, 900.0)
    shadows.shade(small, (0, 0), [light], View(1.0, 0.0, 0.0), [(mask, pygame.Rect(200, 120, 40, 80), 950.0)],
                  0.42, share=lambda _key, _x, _y: share)
    return int(small.get_at((17, 12)).r)  # on the wall, up and left of the caster, in its shadow


def test_a_flame_that_gives_little_light_there_casts_a_faint_shadow() -> None:
    assert _wall_after(0.01) > 190  # hardly any of the light there is its: hardly any shadow
    assert _wall_after(0.5) < 150  # most of it is: a shadow at full key strength
