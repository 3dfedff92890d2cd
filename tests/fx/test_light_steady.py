"""LIGHT (stop 28): what each light-map frame does again that depends only on a caster's mask is kept.

The side light cut each caster's shading to its coverage at its light-map box: a prop's mask is
its full-size raster, scaled down again for every light-map frame (20 a second, 6-8 props in a
wide shot). Kept by mask, a held shot's props are scaled once."""

from __future__ import annotations

import pygame
import pytest

from game.fx import figure_light
from game.fx.figure_light import SideLight
from game.fx.lighting import LightSample
from game.view import View


def test_a_casters_coverage_is_scaled_once_for_every_light_map_frame(monkeypatch: pytest.MonkeyPatch) -> None:
    mask = pygame.Surface((160, 240), pygame.SRCALPHA)  # (a prop's raster: its rect's own size)
    mask.fill((255, 255, 255, 255))
    caster = (mask, pygame.Rect(240, 60, 160, 240), 950.0)
    scaled: list[object] = []
    real = pygame.transform.smoothscale
    monkeypatch.setattr(pygame.transform, "smoothscale",
                        lambda s, *a, **k: (scaled.append(s), real(s, *a, **k))[1])
    side = SideLight()
    frames = []
    for x in (560.0, 540.0, 520.0):  # three light-map frames, the flame moving
        small = pygame.Surface((80, 45))
        small.fill((120, 120, 120))
        side.shade(small, View(1.0, 0.0, 0.0), 8, [caster], [LightSample(x, 180.0, 900.0, (255, 150, 60), 1.0)], (58, 90, 140))
        frames.append(pygame.image.tobytes(small, "RGB"))
    assert sum(s is mask for s in scaled) == 2  # its shape's grid and its box's coverage, once each
    fresh = pygame.Surface((80, 45))
    fresh.fill((120, 120, 120))
    figure_light.shade(fresh, View(1.0, 0.0, 0.0), 8, [caster], [LightSample(520.0, 180.0, 900.0, (255, 150, 60), 1.0)], (58, 90, 140))
    assert pygame.image.tobytes(fresh, "RGB") == frames[-1]  # the same light as with nothing kept


def test_a_figures_alpha_at_screen_resolution_is_kept_for_the_next_light_map_frame(monkeypatch: pytest.MonkeyPatch) -> None:
    from game.fx import lighting

    mask = pygame.Surface((20, 40), pygame.SRCALPHA)  # a figure's coarse mask over a 160 x 320 px rect
    mask.fill((255, 255, 255, 0))
    pygame.draw.ellipse(mask, (255, 255, 255, 255), (2, 2, 16, 36))
    people = [(mask, pygame.Rect(240, 40, 160, 320), 950.0)]
    made: list[object] = []
    from game.fx import light_bands

    real = light_bands.region_alpha
    monkeypatch.setattr(light_bands, "region_alpha", lambda m, *a: (made.append(m), real(m, *a))[1])
    out = []
    for level in (90, 140):  # two light-map frames, the same silhouette
        grey = pygame.Surface((80, 45))
        grey.fill((100, 100, 100))
        big = light_bands.Upscaled(grey, (640, 360))
        lit = pygame.Surface((80, 45))
        lit.fill((level, level // 2, 30))
        for _step in lighting._lay_figures(big, lit, people, lighting.DOWNSCALE):
            pass
        out.append(big.whole())
    assert made.count(mask) == 1  # scaled up to the screen once, not every light-map frame
    inside, wall = out[1].get_at((320, 200)), out[1].get_at((60, 200))
    assert (inside.r, inside.g) == (140, 70) and wall.r == 100  # laid on the figure by its alpha, not on the wall
