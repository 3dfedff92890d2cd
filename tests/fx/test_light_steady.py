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
