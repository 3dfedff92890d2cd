"""The ending's golden glow: the light map graded toward gold, the window kept night-blue,
and a warm bloom around the candles and the couple.

Shaped as two small steps because they belong to two layers of the renderer's order.
`grade` works on the 1/8-size light map before it is upscaled (so the grade costs
nothing per pixel at full size): it multiplies the light toward amber (green lowered
less than blue, so cream surfaces such as the clock's face turn honey, not lemon) and
adds a little warm lift, but the glass rectangle keeps its ungraded light, so the night
outside stays blue while the room turns gold. `Bloom.draw` is emissive and additive,
drawn after the lighting: a wide soft gold halo around each flame and a faint one
around each figure standing near the couple's seat, both cached sprites in a few
brightness steps, so the whole glow is a handful of blits. All a pure function of the
glow level (and the flames' samples, themselves a function of (t, seed)).
"""

from __future__ import annotations

from collections.abc import Sequence

import pygame

from game.fx.occlusion import Caster
from game.fx.sprites import halo
from game.view import View

GOLD_MULT = (255, 200, 112)  # the light at full glow is multiplied by this ...
GOLD_LIFT = (50, 32, 0)  # ... and lifted by this
BLOOM_RGB = (255, 178, 84)
LEVELS = 8  # brightness steps of a cached bloom sprite
FLAME_BLOOM = 150.0  # room px: the radius of a flame's wide bloom at full glow
FIGURE_BLOOM = 0.62  # a figure's bloom radius, times the larger side of its screen rect


def grade(small: pygame.Surface, glow: float, glass: pygame.Rect | None) -> None:
    """Grade the low-res light map `small` toward gold by `glow` (0..1); `glass` (light-map
    px) keeps its own light, so the window stays night-blue."""
    if glow <= 0.0:
        return
    kept = None
    if glass is not None:
        glass = glass.clip(small.get_rect())
        kept = small.subsurface(glass).copy() if glass.w > 0 and glass.h > 0 else None
    mult = tuple(round(255 - (255 - c) * glow) for c in GOLD_MULT)
    lift = tuple(round(c * glow) for c in GOLD_LIFT)
    small.fill(mult, special_flags=pygame.BLEND_RGB_MULT)
    small.fill(lift, special_flags=pygame.BLEND_RGB_ADD)
    if kept is not None and glass is not None:
        small.blit(kept, glass.topleft)


class Bloom:
    """Cached bloom sprites for one view scale."""

    def __init__(self) -> None:
        self._scale = -1.0
        self._sprites: dict[tuple[int, int], pygame.Surface] = {}

    def _sprite(self, radius: int, level: int) -> pygame.Surface:
        key = (radius, level)
        spr = self._sprites.get(key)
        if spr is None:
            if len(self._sprites) > 48:
                self._sprites.clear()
            spr = halo(radius, BLOOM_RGB, level / LEVELS)
            self._sprites[key] = spr
        return spr

    def draw(self, surface: pygame.Surface, view: View, glow: float,
             flames: Sequence[tuple[float, float, float]], figures: Sequence[Caster]) -> None:
        """`flames`: (x, y, brightness) in room px; `figures`: the couple's silhouettes."""
        if glow <= 0.0:
            return
        if abs(view.scale - self._scale) > 1e-6:
            self._scale = view.scale
            self._sprites.clear()
        clip = surface.get_rect()
        blits: list[tuple[pygame.Surface, tuple[int, int]]] = []
        r = max(4, round(FLAME_BLOOM * view.scale))
        for x, y, b in flames:
            level = max(1, min(LEVELS, round(LEVELS * 0.45 * glow * b)))
            spr = self._sprite(r, level)
            sx, sy = view.pt(x, y)
            pos = (round(sx - r), round(sy - r))
            if clip.colliderect((pos, spr.get_size())):
                blits.append((spr, pos))
        for _mask, rect, _floor in figures:
            fr = max(4, round(FIGURE_BLOOM * max(rect.w, rect.h)))
            fr = fr - fr % 8  # a few sizes, not one per pixel of a moving rect
            level = max(1, min(LEVELS, round(LEVELS * 0.3 * glow)))
            spr = self._sprite(max(8, fr), level)
            cx, cy = rect.centerx, rect.y + rect.h * 0.4
            pos = (round(cx - spr.get_width() / 2), round(cy - spr.get_height() / 2))
            if clip.colliderect((pos, spr.get_size())):
                blits.append((spr, pos))
        surface.fblits(blits, pygame.BLEND_RGB_ADD)
