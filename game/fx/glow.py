"""The ending's golden glow: light pooling warm around each flame and over the couple,
falling off with distance, the window kept night-blue: light, not a filter.

Shaped as two small steps because they belong to two layers of the renderer's order.
`grade` works on the 1/8-size light map before it is upscaled (so the grade costs
nothing per pixel at full size). It is a gentle multiply toward candle colour
(GOLD_MULT) and nothing else. `Bloom.draw` adds, in that same small light map, a pool of
warm light around each flame and a softer one around each figure (cached sprites in a few
brightness and size steps): light, multiplied over the art, so the wall far from a flame
keeps the room's own dim light and its plum paint, the red sofa stays red, and the pools
fall off with distance. Drawn as emissive sprites at full size it cost ~9 ms a frame in a
close shot; in the light map it is free. The grade runs after the blooms, so light that has
saturated stays gold instead of going lemon (255, 255, x). The glass keeps its ungraded
light, so the night outside stays blue while the room turns gold. All a pure function of
the glow level (and the flames' samples, themselves a function of (t, seed)).

A multiply can only take light away from the art, so near a flame a dark wall at full
albedo reads lit but not glowing. `Bloom.haze` also makes, in the same small map, a golden
haze that the light map adds over the lit room (LightMap.add): a bright pool at each flame
and one over the couple's heads, a fraction of it on the people themselves (faces warm, not
washed flat), none on the window glass: the bloom round the sources. Nothing is added where
no source is: a gold wash over the whole wallpaper (and wide pools, and each candle's light
reaching 35 % further) lit the wall far from any flame to a flat ochre (mean (100, 65, 26)
at line 78 against (25, 12, 11) at 41) and turned the red sofa orange: a colour filter, not
candlelight (review10 #20). Its cost is one upscale of the part that holds light and one
additive blit, on light-map frames only.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence

import numpy as np
import pygame

from game.fx.lighting import DOWNSCALE, tint
from game.fx.occlusion import Caster
from game.fx.sprites import _bytes_of, mirror_quadrant, radius_rows
from game.view import View

GOLD_MULT = (255, 230, 180)  # the light at full glow is warmed by this (skin stays skin)
BLOOM_RGB = (255, 180, 100)  # warm, not orange: (255, 150, 64) turned the red sofa orange, the green curtains olive
LEVELS = 10  # brightness steps of a cached bloom sprite
FLAME_PEAK = 1.0  # a flame's pool at full glow and brightness (of BLOOM_RGB, in the light map)
FIGURE_PEAK = 1.0  # the warm light round each of the couple (in the light map: the sofa stays red)
FLAME_BLOOM = 240.0  # room px: the radius of a flame's pool of light at full glow
FIGURE_BLOOM = 0.9  # times a figure's larger side: the radius of its pool
FIGURE_AT = 0.25  # of a figure's height from its top: its pool's centre (head and shoulders)
RADIUS_STEP = 1.18  # bloom radii come in steps of 18 %
KEEP = 32  # bloom sprites kept
KEEP_FULL = 6  # full-brightness pools kept (each level is one of them dimmed)
# The haze: candlelight added over the lit scene (LightMap.add), since a multiply cannot make a
# dark wall at full albedo any lighter, let alone gold (line 74 read "the same as before").
HAZE_RGB = (255, 200, 130)  # a flame's bloom: pale candle gold (added over green velvet, (255, 172, 78) read olive)
HAZE_FLAME = 0.2  # added at a flame at full glow and brightness (of HAZE_RGB): bright by the flame ...
HAZE_FLAME_R = 220.0  # room px: ... and gone within this (at 300 px and a wall wash the wall was lit evenly)
HAZE_COUPLE = 0.25  # added over the couple's heads at full glow
HAZE_COUPLE_R = 0.7  # times the larger side of the two of them together (at 1.2 it covered the frame at 78)
COUPLE_AT = 0.2  # of their height from the top: the couple's haze's centre (their heads)
HAZE_ON_PEOPLE = 0.3  # of the haze falls on the people themselves: faces warm, not washed flat
HAZE_CLOSE = 2.0  # view scale above which the haze thins as 1/scale: a close shot's pools would
# cover the frame, lifting the pale wax and stone to a flat lemon (the fire's close-up at 4.8x)
HAZE_MAX = 0.4  # the haze sprites' brightest step (LEVELS steps up to it)
HAZE_FULL = tint(HAZE_RGB, HAZE_MAX)


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
    small.fill(mult, special_flags=pygame.BLEND_RGB_MULT)
    if kept is not None and glass is not None:
        small.blit(kept, glass.topleft)


def pool(radius: int, colour: tuple[int, int, int], peak: float) -> pygame.Surface:
    """A pool of light `radius` px: bright near its source and falling off smoothly to
    nothing at the rim (no core spike, no edge), to be added to the light map.

    Round, and its side even: one quadrant is worked out and mirrored into the other three
    (`sprites.mirror_quadrant`, as `candle_art.halo_steps`): the window's close shot's pools (radius
    200 and 169 px at 1080p), painted in one step of line 74 making line 75's map ahead, 9.0 -> 2.0
    and 6.5 -> 1.5 ms."""
    radius = max(2, radius)
    size = radius * 2
    x = radius_rows(size, 0, radius)
    v = 0.55 * np.exp(-((x / 0.3) ** 2)) + 0.45 * np.clip(1.0 - x * x, 0.0, 1.0) ** 2
    out = np.empty((size, size, 3), dtype=np.uint8)  # (y, x, rgb)
    out[:radius, :radius] = _bytes_of(v[:, :, None] * np.array(colour, dtype=np.float64)[None, None, :] * peak)
    mirror_quadrant(out, radius)
    return pygame.surfarray.make_surface(np.ascontiguousarray(out.transpose(1, 0, 2)))


def _step(radius: int) -> int:
    """The RADIUS_STEP step of a pool about `radius` px."""
    return round(math.log(max(radius, 4)) / math.log(RADIUS_STEP))


def _dimmed(full: pygame.Surface, level: int) -> pygame.Surface:
    """The full pool `full` at `level` of LEVELS: its bytes times level // LEVELS (within one
    level of the pool painted at that brightness, and never brighter; ~1 ms at 360 px)."""
    px = pygame.surfarray.pixels3d(full)
    out = pygame.surfarray.make_surface((px.astype(np.uint16) * level // LEVELS).astype(np.uint8))
    del px  # (the full pool unlocked)
    return out


class Bloom:
    """Cached bloom sprites for one view scale."""

    def __init__(self) -> None:
        self._sprites: dict[tuple[int, int, tuple[int, int, int]], pygame.Surface] = {}  # in use order (LRU)
        self._fulls: dict[tuple[int, tuple[int, int, int]], pygame.Surface] = {}  # each step's full pool (LRU)
        self._haze: pygame.Surface | None = None

    def _sprite(self, radius: int, level: int, colour: tuple[int, int, int] = BLOOM_RGB) -> pygame.Surface:
        """A bloom of about `radius` px: radii come in steps of RADIUS_STEP, so a camera push
        (a new scale every frame) reuses a few sprites instead of painting one a frame. A level
        is its step's full pool dimmed (`_dimmed`, ~1 ms at 360 px), not painted again: painted,
        each new level (a flame's flicker, the glow rising) cost 5 to 25 ms at a close shot, and
        the first frame of one (line 75, 76) painted a dozen."""
        step = _step(radius)
        key = (step, level, colour)
        spr = self._sprites.pop(key, None)
        if spr is None:
            spr = self._full(step, colour)
            if level < LEVELS:
                spr = _dimmed(spr, level)
            while len(self._sprites) >= KEEP:
                self._sprites.pop(next(iter(self._sprites)))
        self._sprites[key] = spr
        return spr

    def _full(self, step: int, colour: tuple[int, int, int]) -> pygame.Surface:
        """The pool of radius step `step` at full brightness (the last KEEP_FULL kept)."""
        key = (step, colour)
        spr = self._fulls.pop(key, None)
        if spr is None:
            spr = pool(round(RADIUS_STEP ** step), colour, 1.0)
            while len(self._fulls) >= KEEP_FULL:
                self._fulls.pop(next(iter(self._fulls)))
        self._fulls[key] = spr
        return spr

    def prepare_steps(self, small: View) -> Iterator[str]:
        """The full pools a shot seen through `small` (the light map's view) needs, made ahead of
        its first frame (game/fx/room_fx.py prepare_steps): each flame's bloom and haze. (A
        figure's and the couple's depend on where they stand: made at the first frame, one each.)"""
        self._full(_step(max(4, round(FLAME_BLOOM * small.scale))), BLOOM_RGB)
        yield "bloom"
        self._full(_step(max(4, round(HAZE_FLAME_R * small.scale))), HAZE_FULL)  # (the haze's view: 1 % off)
        yield "haze"

    def memory_bytes(self) -> int:
        """Bytes of the sprites kept (the full pools and their dimmed levels)."""
        return sum(s.get_pitch() * s.get_height() for s in (*self._sprites.values(), *self._fulls.values()))

    def release(self) -> None:
        """Let go of every sprite (back at the title: the next glow makes its few again)."""
        self._sprites, self._fulls = {}, {}

    def draw(self, surface: pygame.Surface, view: View, glow: float,
             flames: Sequence[tuple[float, float, float]], figures: Sequence[Caster]) -> None:
        """`flames`: (x, y, brightness) in room px; `figures`: the couple's silhouettes."""
        if glow <= 0.0:
            return
        clip = surface.get_rect()
        blits: list[tuple[pygame.Surface, tuple[int, int]]] = []
        r = max(4, round(FLAME_BLOOM * view.scale))
        for x, y, b in flames:
            level = max(1, min(LEVELS, round(LEVELS * FLAME_PEAK * glow * b)))
            spr = self._sprite(r, level)
            sx, sy = view.pt(x, y)
            pos = (round(sx - spr.get_width() / 2), round(sy - spr.get_height() / 2))
            if clip.colliderect((pos, spr.get_size())):
                blits.append((spr, pos))
        for _mask, rect, _floor in figures:
            level = max(1, min(LEVELS, round(LEVELS * FIGURE_PEAK * glow)))
            spr = self._sprite(max(8, round(FIGURE_BLOOM * max(rect.w, rect.h))), level)
            cx, cy = rect.centerx, rect.y + rect.h * FIGURE_AT
            pos = (round(cx - spr.get_width() / 2), round(cy - spr.get_height() / 2))
            if clip.colliderect((pos, spr.get_size())):
                blits.append((spr, pos))
        surface.fblits(blits, pygame.BLEND_RGB_ADD)

    def haze(self, size: tuple[int, int], view: View, glow: float,
             flames: Sequence[tuple[float, float, float]], couple: pygame.Rect | None,
             seen: pygame.Surface | None, glass: pygame.Rect | None) -> tuple[pygame.Surface, pygame.Rect] | None:
        """The golden haze to add over the lit scene, in light-map px (`view` scaled to the map):
        a wide gold pool at each flame (`flames`: room x, y, brightness) and over the couple's
        heads (`couple`: the two of them together, map px), a fraction HAZE_ON_PEOPLE of it on
        the people themselves (`seen`: white where nothing stands, black on them), none on the
        window `glass` but where someone stands before it. The surface (reused) and the part
        holding light; None when there is none."""
        if glow <= 0.0:
            return None
        if self._haze is None or self._haze.get_size() != size:
            self._haze = pygame.Surface(size)
        glow *= min(1.0, HAZE_CLOSE / max(1e-6, view.scale * DOWNSCALE))  # (`view` is the map's, 1/DOWNSCALE of the screen's)
        out = self._haze
        out.fill((0, 0, 0))
        clip = out.get_rect()
        blits: list[tuple[pygame.Surface, tuple[int, int]]] = []
        r = max(4, round(HAZE_FLAME_R * view.scale))
        for x, y, b in flames:
            level = round(LEVELS * HAZE_FLAME * glow * b / HAZE_MAX)
            if level > 0:
                spr = self._sprite(r, min(LEVELS, level), HAZE_FULL)
                sx, sy = view.pt(x, y)
                blits.append((spr, (round(sx - spr.get_width() / 2), round(sy - spr.get_height() / 2))))
        level = round(LEVELS * HAZE_COUPLE * glow / HAZE_MAX)
        if couple is not None and level > 0:
            spr = self._sprite(max(8, round(HAZE_COUPLE_R * max(couple.w, couple.h))), min(LEVELS, level), HAZE_FULL)
            cx, cy = couple.centerx, couple.y + couple.h * COUPLE_AT
            blits.append((spr, (round(cx - spr.get_width() / 2), round(cy - spr.get_height() / 2))))
        area = pygame.Rect(0, 0, 0, 0)
        for spr, pos in blits:
            on = pygame.Rect(pos, spr.get_size()).clip(clip)
            if on.w > 0 and on.h > 0:
                area = on if area.w == 0 else area.union(on)
        if area.w == 0:
            return None
        out.fblits(blits, pygame.BLEND_RGB_ADD)
        if seen is not None:  # on the people, HAZE_ON_PEOPLE of it
            k = round(255 * HAZE_ON_PEOPLE)
            soft = seen.copy()
            soft.fill((255 - k,) * 3, special_flags=pygame.BLEND_RGB_MULT)
            soft.fill((k,) * 3, special_flags=pygame.BLEND_RGB_ADD)
            out.blit(soft, (0, 0), special_flags=pygame.BLEND_RGB_MULT)
        if glass is not None:  # the night through the glass stays night: only who stands before it
            glass = glass.clip(clip)
            if glass.w > 0 and glass.h > 0:
                front = pygame.Surface(glass.size)
                front.fill((255, 255, 255))
                if seen is not None:
                    front.blit(seen, (0, 0), glass, special_flags=pygame.BLEND_RGB_SUB)
                else:
                    front.fill((0, 0, 0))
                out.blit(front, glass.topleft, special_flags=pygame.BLEND_RGB_MULT)
        return out, area
