"""A figure another figure screens from a flame throws no wall shadow of its own from it (review9
#9, story line 78, "Their bodies spoke the language of love and longing"): in the embrace the
side-table candle stands behind her, and the hump of his back, past both outlines, was thrown up
onto the wall right of his head as a soft dark smudge with no readable shape (and at line 74 a
dark column beside his head). She, nearer the flame and holding him, already shades him."""

from __future__ import annotations

import pygame

from game.fx.shadows import ShadowLight, WallShadows
from game.view import View

WALL_BASE = 760.0
FLAME = ShadowLight(7, 120.0, 560.0, 0.0, 570.0, 1100.0)  # a low candle on a table, left of them


def _figure(w: int, h: int) -> pygame.Surface:
    mask = pygame.Surface((w, h), pygame.SRCALPHA)
    mask.fill((255, 255, 255, 255))
    return mask


def _wall(casters: list[tuple[pygame.Surface, pygame.Rect, float]]) -> pygame.Surface:
    layer = pygame.Surface((240, 135))
    layer.fill((200, 200, 200))
    WallShadows(WALL_BASE, 8).shade(layer, (0, 0), [FLAME], View(1.0), casters,
                                    solid={id(m) for m, _r, _f in casters})
    return layer


def test_the_figure_behind_another_from_the_flame_throws_no_shadow_of_its_own() -> None:
    pygame.init()
    her = (_figure(360, 520), pygame.Rect(320, 120, 360, 520), 950.0)  # nearer the candle
    him = (_figure(320, 560), pygame.Rect(480, 60, 320, 560), 950.0)  # in her arms: his centre in her rect
    both, alone = _wall([her, him]), _wall([her])
    # the wall right of his outline and above the skirting, where his own shadow fell
    for x in range(810 // 8, 1100 // 8):
        for y in range(20 // 8, 500 // 8):
            a, b = both.get_at((x, y)).r, alone.get_at((x, y)).r
            assert a >= b - 2, f"his shadow darkens the wall at light-map px {(x, y)}: {a} < {b}"
