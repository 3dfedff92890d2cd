"""Light has a direction: a silhouette is brighter on the side toward its light, darker away."""

from __future__ import annotations

import pygame

from game.fx.figure_light import keys, shade
from game.fx.lighting import LightSample
from game.view import View

WARM = (255, 150, 60)
COLD = (58, 90, 140)


def block(w: int = 160, h: int = 240) -> tuple[pygame.Surface, pygame.Rect, float]:
    mask = pygame.Surface((w, h), pygame.SRCALPHA)
    mask.fill((255, 255, 255, 255))
    return mask, pygame.Rect(240, 60, w, h), 950.0


def sides(light_x: float, colour: tuple[int, int, int] = WARM) -> tuple[tuple[int, int, int], tuple[int, int, int]]:
    """(left, right) colour of the light map inside a block lit by one light at light_x."""
    small = pygame.Surface((80, 45))
    small.fill((120, 120, 120))
    light = LightSample(light_x, 180.0, 900.0, colour, 1.0)
    shade(small, View(1.0, 0.0, 0.0), 8, [block()], [light], COLD)
    left, right = small.get_at((32, 22)), small.get_at((47, 22))
    return (left.r, left.g, left.b), (right.r, right.g, right.b)


def test_the_side_toward_a_flame_is_warm_and_the_far_side_dark() -> None:
    left, right = sides(560.0)  # the flame on the right
    assert right[0] > 120 + 10 and left[0] < 120 - 5 and right[0] > left[0] + 30
    left2, right2 = sides(80.0)  # and on the left: it turns with the light
    assert left2[0] > right2[0] + 30


def test_the_window_adds_cold_light_on_its_side_and_darkens_nothing() -> None:
    left, right = sides(80.0, COLD)
    assert left[2] > right[2] and left[2] > 120
    assert min(right) >= 120  # a cold fill never darkens the far side


def test_keys_point_at_their_lights() -> None:
    (wx, _wy, ws, _c), (kx, _ky, ks, _k) = keys(
        [LightSample(500.0, 100.0, 400.0, WARM, 1.0), LightSample(0.0, 100.0, 400.0, COLD, 1.0)], 250.0, 100.0, COLD)
    assert wx > 0.9 and kx < -0.9 and ws > 0 and ks > 0
