"""The ending's golden glow: the light map graded toward gold, the window kept night-blue,
and a warm bloom around the candles and the couple.

Shaped as two small steps because they belong to two layers of the renderer's order.
`grade` works on the 1/8-size light map before it is upscaled (so the grade costs
nothing per pixel at full size): it multiplies the light toward amber (green lowered
less than blue, so cream surfaces such as the clock's face turn honey, not lemon) and
adds a little warm lift, but the glass rectangle keeps its ungraded light, so the night
outside stays blue while the room turns gold. `Bloom.draw` adds, in that same small light map, a
wide soft gold halo around each flame and a fainter one around each figure near the
couple's seat (cached sprites in a few brightness and size steps): drawn as emissive
sprites at full size it cost ~9 ms a frame in a close shot; in the light map it is free
and lights the wall and the couple's faces gold rather than fogging them. All a pure function of the
glow level (and the flames' samples, themselves a function of (t, seed)).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import pygame

from game.fx.occlusion import Caster
from game.fx.sprites import halo
from game.view import View

GOLD_MULT = (255, 212, 146)  # the light at full glow is multiplied by this ...
GOLD_LIFT = (76, 44, 6)  # ... and lifted by this
BLOOM_RGB = (255, 178, 84)
LEVELS = 8  # brightness steps of a cached bloom sprite
FLAME_BLOOM = 150.0  # room px: the radius of a flame's wide bloom at full glow
FIGURE_BLOOM = 0.62
RADIUS_STEP = 1.18  # bloom radii come in steps of 18 %
KEEP = 24  # bloom sprites kept  # a figure's bloom radius, times the larger side of its screen rect


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
        self._sprites: dict[tuple[int, int], pygame.Surface] = {}  # in use order (LRU)

    def _sprite(self, radius: int, level: int) -> pygame.Surface:
        """A bloom of about `radius` px: radii come in steps of RADIUS_STEP, so a camera push
        (a new scale every frame) reuses a few sprites instead of painting one a frame."""
        step = round(math.log(max(radius, 4)) / math.log(RADIUS_STEP))
        key = (step, level)
        spr = self._sprites.pop(key, None)
        if spr is None:
            spr = halo(round(RADIUS_STEP ** step), BLOOM_RGB, level / LEVELS)
            while len(self._sprites) >= KEEP:
                self._sprites.pop(next(iter(self._sprites)))
        self._sprites[key] = spr
        return spr

    def draw(self, surface: pygame.Surface, view: View, glow: float,
             flames: Sequence[tuple[float, float, float]], figures: Sequence[Caster]) -> None:
        """`flames`: (x, y, brightness) in room px; `figures`: the couple's silhouettes."""
        if glow <= 0.0:
            return
        clip = surface.get_rect()
        blits: list[tuple[pygame.Surface, tuple[int, int]]] = []
        r = max(4, round(FLAME_BLOOM * view.scale))
        for x, y, b in flames:
            level = max(1, min(LEVELS, round(LEVELS * 0.7 * glow * b)))
            spr = self._sprite(r, level)
            sx, sy = view.pt(x, y)
            pos = (round(sx - spr.get_width() / 2), round(sy - spr.get_height() / 2))
            if clip.colliderect((pos, spr.get_size())):
                blits.append((spr, pos))
        for _mask, rect, _floor in figures:
            level = max(1, min(LEVELS, round(LEVELS * 0.45 * glow)))
            spr = self._sprite(max(8, round(FIGURE_BLOOM * max(rect.w, rect.h))), level)
            cx, cy = rect.centerx, rect.y + rect.h * 0.4
            pos = (round(cx - spr.get_width() / 2), round(cy - spr.get_height() / 2))
            if clip.colliderect((pos, spr.get_size())):
                blits.append((spr, pos))
        surface.fblits(blits, pygame.BLEND_RGB_ADD)
