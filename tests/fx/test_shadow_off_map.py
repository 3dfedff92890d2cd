"""A wall shadow does not depend on how far the canvas reaches (game/fx/light_point.py).

The key-light pass takes a shadow as deep as its flame's share of the light where the caster's
head falls; off the map that read 0 and the whole shadow was dropped. At line 56's push his
head's shadow from the table candle fell on the move's large frame and 4 light-map px above the
settled still's map: the push drew it over the wall at the top right, the still did not, and the
wall brightened at the settle by up to 38 levels.
"""

from __future__ import annotations

import numpy as np
import pygame

from game.fx.light_point import OffMap
from game.fx.lighting import DOWNSCALE, HEADROOM, LEVELS, LightMap, LightSample
from game.fx.shadows import ShadowLight, Share, WallShadows
from game.view import View

FLAME = LightSample(302.0, 462.0, 600.0, (255, 179, 92), 1.3, ShadowLight(3, 302.0, 462.0, 0.0, 480.0, 900.0))
LIGHTS = [FLAME, LightSample(560.0, 120.0, 200.0, (255, 179, 92), 1.0)]  # another light on the wall
ROOM_RECT = pygame.Rect(350, 200, 60, 160)  # a figure: its head at y 200-230 is thrown up to y ~67


def _map(size: tuple[int, int], view: View, cast: bool) -> np.ndarray:
    shadows = WallShadows(900.0, 8)
    mask = pygame.Surface(ROOM_RECT.size, pygame.SRCALPHA)
    mask.fill((255, 255, 255, 255))
    rect = ROOM_RECT.move(round(view.ox), round(view.oy))  # (scale 1: room px are screen px)
    casters = [(mask, rect, 950.0)] if cast else []

    def key_shade(small: pygame.Surface, lights: list[ShadowLight], share: Share) -> None:
        shadows.shade(small, (0, 0), lights, view, casters, 0.42, share=share)

    small = LightMap().build(size, view, (22, 17, 24), LIGHTS, key_shader=key_shade)
    return pygame.surfarray.array3d(small).astype(int)


def test_a_shadow_whose_head_falls_off_the_map_still_falls_on_it() -> None:
    pygame.init()
    wide = _map((640, 360), View(1.0), True)
    # the part of the room from (320, 120): 40 x 15 map px in; the head is thrown above its top
    part = _map((320, 200), View(1.0, -320.0, -120.0), True)
    same = wide[40:80, 15:40]
    assert (part == same).all(), np.abs(part - same).max()  # was up to 42 apart: no shadow at all
    unlit = _map((320, 200), View(1.0, -320.0, -120.0), False)
    assert (unlit - part).max() > 20  # and there is a shadow there to lose


def test_the_share_worked_out_off_the_map_is_the_one_read_on_it() -> None:
    """OffMap works out, px for px, the share the map's own sum gives (read on the map here)."""
    pygame.init()
    view = View(1.0, -320.0, -120.0)
    pairs: list[tuple[float, float]] = []

    def key_shade(small: pygame.Surface, lights: list[ShadowLight], share: Share) -> None:
        off = OffMap(view, DOWNSCALE, (22, 17, 24), LIGHTS, HEADROOM, LEVELS)
        pairs.extend((share(3, x, y), off.share(3, x, y)) for x in range(0, 40, 3) for y in range(0, 25, 2))

    LightMap().build((320, 200), view, (22, 17, 24), LIGHTS, key_shader=key_shade)
    assert len(pairs) == 14 * 13 and any(a > 0.1 for a, _b in pairs)
    assert all(abs(a - b) < 1e-5 for a, b in pairs), max(abs(a - b) for a, b in pairs)
