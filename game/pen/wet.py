"""Wet ink: what the pen laid in the last second, darker and glinting, drying as it ages.

The page keeps only dry ink (`game.pen.ink.InkCanvas`, which only ever grows); wetness is
drawn over it each frame, so it is a pure function of the pen's time and dries by itself:
dabs younger than each age band are stamped again a few shades darker (BLEND_RGB_MIN), and
on the shaded strokes, where a pointed pen or a brush leaves ink pooled, a faint glint is
added. The darker stamps are built with the line's others at queue time (`warm`).
A blot is wet too: while it spreads and for BLOT_DRY seconds after, its thick middle is
darker (its pooling multiplied over it) and glossy (a highlight added), fading as it dries
to the matte pool with its darker rim that the page keeps.
"""

from __future__ import annotations

import math

import numpy as np
import pygame

from game.pen.ink import InkLine, blot_step
from game.pen.timeline import N_COLS, N_SIZES

# clock seconds: ink younger than this is darker by that many shades, so a word is glossy and
# dark as it is laid and visibly dries to the matte ink of the page over about two seconds
WET = ((0.35, 6), (0.8, 4), (1.3, 2), (1.9, 1))
BLOT_DRY = 2.5  # clock seconds a blot takes to dry once it has spread


def blot_wetness(age: float) -> float:
    """1 while a blot spreads (age <= 0, clock seconds since it finished), drying to 0."""
    u = min(1.0, max(0.0, age / BLOT_DRY))
    return 1.0 - u * u * (3 - 2 * u)


def warm(ink: InkLine) -> None:
    """Build the darker stamps wet ink is drawn with."""
    missing = {(k[0], min(N_COLS - 1, k[1] + shift), k[2], k[3], k[4]) for k in set(ink.keys) for _, shift in WET}
    ink.stamps.warm(missing - ink.stamps.places.keys())


class WetInk:
    """Draws a line's wet ink at one pixel scale (its glints cached)."""

    def __init__(self, scale: float) -> None:
        self.scale = scale
        self._glints: dict[int, pygame.Surface] = {}

    def draw(self, surface: pygame.Surface, x0: int, y0: int, ink: InkLine, pt: float, to_ref: float) -> None:
        """The ink laid before reference pen time `pt`, younger than WET's ages (clock
        seconds; `to_ref` turns them into reference seconds), over the page at (x0, y0)."""
        tl, stamps = ink.timeline, ink.stamps
        j1 = tl.dabs_until(pt)
        thick = N_SIZES // 2
        for age, shift in WET:
            j0 = tl.dabs_until(pt - age * to_ref)
            if j0 >= j1:
                continue
            seq = []
            for m in range(j0, j1):
                size, col, d, fx, fy = ink.keys[m]
                key = (size, min(N_COLS - 1, col + shift), d, fx, fy)
                page, area, (ox, oy) = stamps.places.get(key) or stamps.place(key)  # (cropped, on a page: StampCache.place)
                seq.append((page, (ink.pos[m][0] + x0 + ox, ink.pos[m][1] + y0 + oy), area, pygame.BLEND_RGB_MIN))
            surface.blits(seq, False)
            glint, r = self._glint(shift), stamps.rmax - 0.7 * self.scale
            surface.fblits([(glint, (round(ink.pos[m][0] + x0 + r), round(ink.pos[m][1] + y0 + r)))
                            for m in range(j0, j1, 2) if ink.keys[m][0] >= thick], pygame.BLEND_RGB_ADD)
            j1 = j0
        self._blots(surface, x0, y0, ink, pt, to_ref)

    def _blots(self, surface: pygame.Surface, x0: int, y0: int, ink: InkLine, pt: float, to_ref: float) -> None:
        """Each blot the pen has left, while it is wet: darker in the middle and glossy."""
        for bi, b in enumerate(ink.timeline.blots):
            if pt < b.t0 or bi >= len(ink.blot_wet):
                continue
            w = blot_wetness((pt - b.t0 - b.grow) / to_ref)
            if w <= 0.0:
                continue
            pool, gloss = ink.blot_wet[bi][blot_step(b, pt)]
            cx, cy = ink.blot_pos[bi]
            rect = pool.get_rect(center=(cx + x0, cy + y0)).clip(surface.get_rect())
            if rect.w <= 0 or rect.h <= 0:
                continue
            src = rect.move(-(cx + x0 - pool.get_width() // 2), -(cy + y0 - pool.get_height() // 2))
            wet = surface.subsurface(rect).copy()
            wet.blit(pool, (0, 0), src, special_flags=pygame.BLEND_RGB_MULT)
            k = round(255 * w)
            shine = gloss.subsurface(src).copy()
            shine.fill((k, k, k), special_flags=pygame.BLEND_RGB_MULT)
            wet.blit(shine, (0, 0), special_flags=pygame.BLEND_RGB_ADD)
            wet.set_alpha(k if k < 255 else None)  # at 255 SDL's blend of an opaque surface is a slow loop
            surface.blit(wet, rect)

    def _glint(self, shift: int) -> pygame.Surface:
        """A soft light dot, brighter the wetter (`shift`)."""
        if shift not in self._glints:
            rad = max(1.0, 0.9 * self.scale)
            n = 2 * math.ceil(rad) + 1
            yy, xx = np.mgrid[0:n, 0:n].astype(np.float32) - (n - 1) / 2
            k = np.clip(1 - np.hypot(xx, yy) / (rad + 0.5), 0, 1) ** 1.5 * (12 * shift)
            rgb = np.stack([k * 0.85, k * 0.9, k], axis=-1)
            self._glints[shift] = pygame.surfarray.make_surface(rgb.astype(np.uint8).transpose(1, 0, 2))
        return self._glints[shift]
