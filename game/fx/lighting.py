"""The lighting pass: a low-resolution light map, multiplied over the finished scene.

The room is painted at full albedo and lit afterwards. Building light at 1920x1080 per
pixel costs far too much, and light is smooth anyway, so the map is built at 1/8 of the
target size: ambient fill, then each light's cached falloff sprite, tinted by its colour
times its flickering intensity, added; glowing patches (the window glass) are added as
soft rectangles. One smoothscale brings it to full size (the bilinear upscale *is* the
soft falloff), and one BLEND_RGB_MULT applies it. Lights are summed with headroom and
tone-mapped (cheap at this size), so overlapping warm lights stay warm instead of clipping. Cost is two full-screen passes,
whatever the number of lights. A light map value of 255 shows the art at full albedo.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass

import pygame

from game.fx.shadows import ShadowLight
from game.fx.sprites import light_falloff
from game.view import View

RGB = tuple[int, int, int]
DOWNSCALE = 8
LEVELS = 40  # intensity steps of a cached tinted light sprite
HEADROOM = 0.5  # lights are summed at this fraction, then tone-mapped back (see _tonemap)
# Bytes of tinted light sprites kept. A light-map frame uses one sprite per light (~15); a
# close-up's sprites are ~1 MB each at 1080p. Was 800 sprites, whatever their size: ~200 MiB
# at 1080p after a few shots.
TINT_BUDGET = 16 * 1024 * 1024


@dataclass(frozen=True)
class LightSample:
    """One light at one moment, in room coordinates."""

    x: float
    y: float
    radius: float
    colour: RGB
    intensity: float
    shadow: ShadowLight | None = None  # set for flames that throw wall shadows


Shader = Callable[[pygame.Surface, tuple[int, int], ShadowLight], None]


@dataclass(frozen=True)
class GlowPatch:
    """A rectangle that shines by itself (room coordinates), e.g. the window glass."""

    x: float
    y: float
    w: float
    h: float
    colour: RGB


def tint(colour: RGB, k: float) -> RGB:
    return (min(255, max(0, round(colour[0] * k))), min(255, max(0, round(colour[1] * k))),
            min(255, max(0, round(colour[2] * k))))


def _tonemap(small: pygame.Surface, scratch: pygame.Surface) -> None:
    """Undo the headroom with a soft shoulder instead of a hard clip: out = 2s - s²/255.

    Lights are summed at half strength so that where several overlap the sum does not
    clip (a clipped red channel turns warm light yellow-green). The curve doubles dim
    values and rolls bright ones smoothly into 255, as film would. Three blits at 1/8
    size: s - s*s/255, then + s (which cannot overflow).
    """
    scratch.blit(small, (0, 0))
    scratch.blit(small, (0, 0), special_flags=pygame.BLEND_RGB_MULT)  # s*s/255
    square = scratch
    doubled = small.copy()
    doubled.blit(square, (0, 0), special_flags=pygame.BLEND_RGB_SUB)  # s - s*s/255
    small.blit(doubled, (0, 0), special_flags=pygame.BLEND_RGB_ADD)  # 2s - s*s/255


class LightMap:
    """Owns the low-res map, the full-size upscale buffer and the falloff sprites."""

    def __init__(self) -> None:
        self._falloff: dict[int, tuple[pygame.Surface, pygame.Surface]] = {}
        self._tints: dict[tuple[int, RGB, int], pygame.Surface] = {}  # in use order (LRU)
        self._tint_bytes = 0
        self._small: pygame.Surface | None = None
        self._tone: pygame.Surface | None = None
        self._key: Hashable = None
        self._big: pygame.Surface | None = None
        self.generation = 0  # counts rebuilds: an unchanged count means the same upscaled map

    def _sprite(self, radius: int) -> tuple[pygame.Surface, pygame.Surface]:
        pair = self._falloff.get(radius)
        if pair is None:
            base = light_falloff(radius)
            pair = (base, base.copy())  # (pristine, scratch for tinting)
            self._falloff[radius] = pair
        return pair

    def prepare(self, radius: int) -> None:
        """Make the falloff sprite of `radius` (map px) ahead of its first frame."""
        self._sprite(radius)

    def _tinted(self, radius: int, colour: RGB, intensity: float) -> pygame.Surface:
        """The falloff sprite tinted by colour x intensity, intensity in steps of 1/LEVELS."""
        level = max(0, round(intensity * LEVELS))
        key = (radius, colour, level)
        spr = self._tints.pop(key, None)  # re-inserted last: least recently used goes first
        if spr is None:
            spr = self._sprite(radius)[0].copy()
            spr.fill(tint(colour, HEADROOM * level / LEVELS), special_flags=pygame.BLEND_RGB_MULT)
            self._tint_bytes += spr.get_pitch() * spr.get_height()
            while self._tint_bytes > TINT_BUDGET and self._tints:
                old = self._tints.pop(next(iter(self._tints)))
                self._tint_bytes -= old.get_pitch() * old.get_height()
        self._tints[key] = spr
        return spr

    def build(self, size: tuple[int, int], view: View, ambient: RGB,
              lights: Sequence[LightSample], patches: Sequence[GlowPatch] = (),
              shader: Shader | None = None,
              key_shader: Callable[[pygame.Surface, list[ShadowLight]], None] | None = None) -> pygame.Surface:
        """The low-res light map for a target of `size` pixels seen through `view`.

        A light with a `shadow` is tinted into a scratch sprite first, which
        `shader(sprite, top_left, shadow)` darkens with its shadows before it is added.
        `key_shader(map, shadows)` may then darken the whole map a little more where the
        shadows fall (they read as the room's key light being blocked).
        """
        sw = max(1, -(-size[0] // DOWNSCALE))
        sh = max(1, -(-size[1] // DOWNSCALE))
        if self._small is None or self._small.get_size() != (sw, sh):
            self._small = pygame.Surface((sw, sh))
        small = self._small
        small.fill(tint(ambient, HEADROOM))
        k = view.scale / DOWNSCALE
        adds: list[tuple[pygame.Surface, tuple[int, int]]] = []
        for light in lights:
            if light.intensity <= 0.0:
                continue
            r = max(2, round(light.radius * k))
            cx = (view.ox + light.x * view.scale) / DOWNSCALE
            cy = (view.oy + light.y * view.scale) / DOWNSCALE
            if cx + r < 0 or cy + r < 0 or cx - r > sw or cy - r > sh:
                continue
            pos = (round(cx - r), round(cy - r))
            spr = self._tinted(r, light.colour, light.intensity)
            if shader is not None and light.shadow is not None:
                scratch = self._sprite(r)[1]
                scratch.blit(spr, (0, 0))
                shader(scratch, pos, light.shadow)
                small.blit(scratch, pos, special_flags=pygame.BLEND_RGB_ADD)  # now: the scratch is reused
            else:
                adds.append((spr, pos))
        small.fblits(adds, pygame.BLEND_RGB_ADD)
        if key_shader is not None:
            key_shader(small, [light.shadow for light in lights if light.shadow is not None])
        for p in patches:
            x0 = (view.ox + p.x * view.scale) / DOWNSCALE
            y0 = (view.oy + p.y * view.scale) / DOWNSCALE
            small.fill(tint(p.colour, HEADROOM), (round(x0), round(y0), max(1, round(p.w * k)), max(1, round(p.h * k))),
                       special_flags=pygame.BLEND_RGB_ADD)
        if self._tone is None or self._tone.get_size() != small.get_size():
            self._tone = pygame.Surface(small.get_size())
        _tonemap(small, self._tone)
        return small

    def dip(self, small: pygame.Surface, view: View, x: float, y: float, radius: float, amount: int) -> None:
        """Darken the built map `small` around room (x, y) by up to `amount` (0..255), fading
        with the light falloff over `radius`: a light whose sum has saturated the map (the
        hearth among a dozen candles) still visibly breathes when it dips."""
        if amount <= 0:
            return
        k = view.scale / DOWNSCALE
        r = max(2, round(radius * k))
        base, scratch = self._sprite(r)
        scratch.blit(base, (0, 0))
        scratch.fill((amount, amount, amount), special_flags=pygame.BLEND_RGB_MULT)
        cx, cy = (view.ox + x * view.scale) / DOWNSCALE, (view.oy + y * view.scale) / DOWNSCALE
        small.blit(scratch, (round(cx - r), round(cy - r)), special_flags=pygame.BLEND_RGB_SUB)

    def apply(self, surface: pygame.Surface, key: Hashable, build: Callable[[], pygame.Surface]) -> None:
        """Multiply the light map over `surface`. `key` names everything the map depends on:
        while it is unchanged the upscaled map is reused; otherwise `build()` makes a new
        low-res map, upscaled once."""
        if self._big is None or key != self._key:
            small = build()
            size = (small.get_width() * DOWNSCALE, small.get_height() * DOWNSCALE)
            if self._big is None or self._big.get_size() != size:
                self._big = pygame.Surface(size)
            pygame.transform.smoothscale(small, size, self._big)
            self._key = key
            self.generation += 1
        surface.blit(self._big, (0, 0), special_flags=pygame.BLEND_RGB_MULT)

    def multiply(self, surface: pygame.Surface, area: pygame.Rect | None = None) -> None:
        """Multiply the last applied map over `surface` again, all of it or only `area`
        (for re-lighting the part of a kept frame that moved)."""
        if self._big is None:
            return
        if area is None:
            surface.blit(self._big, (0, 0), special_flags=pygame.BLEND_RGB_MULT)
        else:
            surface.blit(self._big, area.topleft, area, special_flags=pygame.BLEND_RGB_MULT)
