"""The window's cold rim (ColdRim) is a thin light on the edge of a body facing the window, never
a streak (review2 F2): at 12 room px, shaped on a quarter-size grid and scaled up, it lit a shoe's
heel (a thin thing seen edge-on) through its whole width, a pale streak hanging off each of her
shoes, washed her far shin blue-white, and spread a few px past the silhouette onto the room."""

from __future__ import annotations

import numpy as np
import pygame
import pytest

from game.fx import figure_light
from game.fx.figure_light import ColdRim
from game.fx.lighting import LightSample
from game.view import View

W, H = 400, 560  # the silhouette's screen rect (her on the sofa at 1080p is about 376 x 592)
AT = pygame.Rect(300, 300, W, H)
COLD = (58, 90, 140)


@pytest.fixture(autouse=True)
def rim_on(monkeypatch: pytest.MonkeyPatch) -> None:
    """The rim is off in the game (RIM_PEAK 0: a blurred halo at 1080p); its mechanism is tested on."""
    monkeypatch.setattr(figure_light, "RIM_PEAK", 1.0)


def _figure() -> pygame.Surface:
    """A body 160 px wide, a shin 28 px wide under it, a heel 6 px wide under the shin's foot."""
    mask = pygame.Surface((W, H), pygame.SRCALPHA)
    mask.fill((0, 0, 0, 0))
    mask.fill((255, 255, 255, 255), (120, 20, 160, 360))  # the body
    mask.fill((255, 255, 255, 255), (180, 380, 28, 130))  # the shin
    mask.fill((255, 255, 255, 255), (180, 500, 90, 20))  # the shoe
    mask.fill((255, 255, 255, 255), (182, 520, 6, 30))  # its heel
    return mask


def _rim() -> tuple[np.ndarray, np.ndarray]:
    """The light the rim adds over the figure's rect (0..1) at 1:1, the window to its left."""
    pygame.init()
    mask = _figure()
    rim = ColdRim()
    window = LightSample(AT.x - 200, AT.centery, 400.0, COLD, 3.0)
    rim.update(View(1.35, 0.0, 0.0), [(mask, AT, 950.0)], [window], COLD, pygame.Rect(0, 0, 1920, 1080))
    assert rim.rims, "a figure by the window has a rim"
    light = np.zeros((W, H))
    for spr, where, _floor in rim.rims:
        r = where.move(-AT.x, -AT.y)
        light[r.x:r.right, r.y:r.bottom] = np.maximum(light[r.x:r.right, r.y:r.bottom],
                                                      pygame.surfarray.array3d(spr).max(axis=2) / 255.0)
    return light, pygame.surfarray.array_alpha(mask) / 255.0


def test_the_rim_never_lights_outside_the_silhouette() -> None:
    light, a = _rim()
    outside = light[a < 0.02]
    assert outside.max() < 0.02, f"the rim adds {outside.max():.2f} where there is no body"


def test_a_heel_seen_edge_on_is_no_streak() -> None:
    light, _ = _rim()
    body_edge = light[120:130, 100:300].max()
    heel = light[182:188, 525:548].max()
    assert body_edge > 0.4, f"the body's edge toward the window has no rim ({body_edge:.2f})"
    assert heel < 0.25 * body_edge, f"the heel is lit like a rim through its width ({heel:.2f} vs {body_edge:.2f})"


def test_the_rim_is_a_thin_edge_on_a_shin() -> None:
    light, _ = _rim()
    shin = light[180:208, 400:480].mean(axis=1)  # across the shin, left to right
    assert shin[-14:].max() < 0.1 * light.max(), f"the rim covers the shin's far half ({shin.round(2)})"


def test_the_window_does_not_tint_a_figure_across_the_room() -> None:
    """The side light's cold side fades out with the window's light as the rim does (RIM_FROM):
    at 8x gain it was near full on him at the armchair (0.11 of the window's light there) and
    hazed his dark suit blue, smeared over a grid cell (line 23)."""
    from game.fx.figure_light import RIM_FROM, keys, shade

    pygame.init()
    mask = _figure()
    view = View(1.35, 0.0, 0.0)
    fire = LightSample(AT.right / 1.35 + 150, AT.centery / 1.35, 400.0, (255, 160, 80), 1.0)
    window = LightSample(AT.x / 1.35 - 500, AT.centery / 1.35, 300.0, COLD, 0.5)
    cx, cy = view.to_room(AT.centerx, AT.centery)
    raw = keys([window], cx, cy, COLD, (1.0, 1.0))[1][2]
    assert 0.0 < raw < RIM_FROM, raw  # a weak window's light, as at the armchair
    maps = []
    for lights in ([fire], [fire, window]):
        small = pygame.Surface((240, 135))
        small.fill((200, 200, 200))
        shade(small, view, 8, [(mask, AT, 950.0)], lights, COLD)
        maps.append(pygame.surfarray.array3d(small).astype(int))
    assert np.abs(maps[0] - maps[1]).max() <= 1, "a window this far off tints the figure"


def test_the_rims_kept_stay_within_their_byte_budget_and_not_their_masks() -> None:
    """A close shot's rim is a strip up to the screen's size; kept by count alone, a walk through
    silhouette frames at the fire close-up held 99 MiB. Many big silhouettes and changing cold
    keys later, the rims kept are within RIM_BUDGET, and a mask let go of by its owner is gone."""
    import gc
    import weakref

    pygame.init()
    rim = ColdRim()
    screen = pygame.Rect(0, 0, 1920, 1080)
    big = pygame.Rect(0, 0, 1900, 1060)
    held = []  # the figure caches keep their silhouettes a while
    for k in range(12):  # twelve silhouette frames of a figure filling the screen
        mask = pygame.Surface((950, 530), pygame.SRCALPHA)
        mask.fill((0, 0, 0, 0))
        pygame.draw.circle(mask, (255, 255, 255, 255), (420 + 10 * k, 265), 250)  # a round edge: a tall strip
        for strength in (1.0, 0.6, 0.45):  # the rain easing: the cold key's level changes (8, 6, 3)
            window = LightSample(450.0, 390.0, 400.0, COLD, strength)  # left of the figure (room px)
            rim.update(View(1.35, 0.0, 0.0), [(mask, big, 950.0)], [window], COLD, screen)
        assert rim.rims, "a figure filling a close shot by the window has a rim"
        assert rim.memory_bytes() <= figure_light.RIM_BUDGET, f"{rim.memory_bytes() / 2**20:.1f} MiB kept"
        held.append(mask)
    gone = [weakref.ref(m) for m in held]
    rim.rims = []
    del held, mask
    gc.collect()
    assert all(ref() is None for ref in gone), "the rim cache keeps the figures' masks alive"
