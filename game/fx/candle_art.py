"""The candles' art: the halo round a flame (made whole, or a band of rows a step ahead of a cut:
`halo_steps`) and the wax column with its wick and its glow. (Split from game/fx/candles.py unchanged
but for `halo_steps`, at the house's 500 lines; it re-exports these.)
"""

from __future__ import annotations

from collections.abc import Generator

import numpy as np
import pygame

from game.fx.sprites import mirror_quadrant, radius_rows, rgb_surface, rgba_surface
from game.steps import finish

RGB = tuple[int, int, int]
HALO_R = 120.0  # room px: the reach of a flame's halo (was 64: a ~30 px glow that pooled nothing)
HALO_RGB: RGB = (255, 150, 60)
HALO_BAND = 64  # rows of a halo made at a time (halo_sprite), a step ahead of a cut (halo_steps)


def halo_side(scale: float) -> int:
    """The width and height (px) of a halo sprite at view `scale` (as `halo_sprite` makes it)."""
    return 2 * max(3, round(HALO_R * scale))


def halo_sprite(radius: int, peak: float, trim: bool = False) -> pygame.Surface:
    """Additive glow round a flame: a small bright core, then a soft warm pool of light on
    whatever stands behind (the wall, the mantel) falling off to nothing at `radius`.
    `trim`: without the black border (`halo_margin` px a side) where the glow has fallen to 0
    before `radius` (a fifth of it: at a 1080p close-up 1036 -> 834 px, 4.1 -> 2.7 MiB a level)."""
    return finish(halo_steps(radius, peak, trim))


def halo_steps(radius: int, peak: float, trim: bool = False) -> Generator[None, None, pygame.Surface]:
    """`halo_sprite` a band of HALO_BAND rows a step (the same bytes): made ahead of a cut whole, the
    window's close shot's (3.43x at 1080p, 822 px) was one 13 ms step of line 74's frames, twice."""
    radius = max(3, radius)
    size = radius * 2
    # made HALO_BAND rows at a time, straight into the surface's (w, h, 3) bytes: the same
    # pixels as the whole grid at once (every step is per pixel), but at a close-up's 4.8x
    # (1152 px) the float64 grid and its temporaries were ~85 MiB inside one frame
    rgb = np.array(HALO_RGB, dtype=np.float64)[None, None, :]
    out = np.empty((size, size, 3), dtype=np.uint8)  # (x, y, channel), as make_surface takes it
    # one quadrant worked out and mirrored into the other three (`sprites.mirror_quadrant`: the same
    # bytes for a quarter of the work; a 1152 px close-up halo was one 60-90 ms step ahead of a cut)
    h = radius
    q = out[:h, :h, :]
    for y0 in range(0, h, HALO_BAND):
        x = radius_rows(size, y0, min(h, y0 + HALO_BAND))
        v = 0.42 * np.exp(-((x / 0.09) ** 2)) + 0.5 * np.exp(-((x / 0.36) ** 2)) + 0.25 * np.clip(1.0 - x, 0.0, 1.0) ** 3
        q[:, y0:y0 + HALO_BAND, :] = np.clip(v[:, :, None] * rgb * peak, 0, 255).astype(np.uint8).transpose(1, 0, 2)
        yield None
    mirror_quadrant(out, h)
    if trim:
        m = halo_margin(out)
        out = out[m:size - m, m:size - m]
    return pygame.surfarray.make_surface(out)


def halo_margin(halo: np.ndarray) -> int:
    """The px of black round a (w, h, 3) halo, each side: the glow falls off with the distance
    from the centre, so the row nearest it reaches furthest, and the same round every side."""
    row = halo[:, halo.shape[1] // 2 - 1, :].any(axis=1)
    lit = np.flatnonzero(row)
    return int(lit[0]) if lit.size else 0


WAX_SHADE_RGB = (240.0, 210.0, 214.0)  # the wax's own colour below the flame's glow (see _wax)


def _wax(w: int, h: int, drips: list[tuple[float, float]]) -> pygame.Surface:
    """An ivory wax column w x h px, shaded as a cylinder, glowing at the top where the
    flame shines through it, with a melted rim and a couple of drips."""
    h = max(2, h)
    y, x = np.mgrid[0:h, 0:w].astype(np.float64)
    u = (x + 0.5) / w * 2 - 1  # -1..1 across
    shade = 0.22 + 0.78 * np.clip(np.cos((u + 0.25) * 1.4), 0, 1) ** 1.2
    glow = np.exp(-(y / max(3.0, w * 1.4)))  # the flame lights the wax from inside at the top
    # warm cream, red-biased: under the room's yellowish candlelight a neutral ivory read
    # olive, like the brass holders; the top glows peach where the flame shines through it
    shade = shade * (0.7 + 0.3 * glow)
    # lower down, out of the flame's glow, the ivory is cooler: the room's light there is yellow
    # (the light map's blue ~0.65 of its red by the mantel) and a warm cream times it read khaki
    ivory = np.array([248.0, 222.0, 178.0])[None, None, :] * glow[:, :, None] + \
        np.array(WAX_SHADE_RGB)[None, None, :] * (1.0 - glow[:, :, None])
    col = ivory * shade[:, :, None] + glow[:, :, None] * np.array([44.0, 26.0, 4.0])[None, None, :]
    for dx, dlen in drips:  # raised drips: a lighter ridge with a rounded end, and its shadow
        cx = (dx * 0.75 + 1) / 2 * w
        end = dlen * h
        ridge = np.clip(1 - np.hypot((x + 0.5 - cx) / max(1.0, w * 0.1), np.clip(y - end, 0, None) / max(1.0, w * 0.1)), 0, 1)
        col = col + ridge[:, :, None] * np.array([16, 14, 10.0]) * shade[:, :, None]
    col = col * (1 - 0.4 * (y / h) ** 0.7)[:, :, None]  # further from the flame, less light
    rim = np.clip(1 - y / max(1.0, w * 0.14), 0, 1)
    col = col * (1 - 0.25 * rim[:, :, None]) + rim[:, :, None] * np.array([60, 50, 30.0])
    alpha = 255.0 * np.ones_like(y)
    return rgba_surface(col, alpha)


def _wax_glow(wax: pygame.Surface, wick: int) -> pygame.Surface:
    """The light the wax gives back as a translucent body (RGB, added after the lighting
    pass): strong just under the flame, fading down the column. Without it the wax is only
    lit like a prop, and under the room's orange light a cream column read olive, like brass."""
    rgb = pygame.surfarray.array3d(wax).astype(np.float64).transpose(1, 0, 2)
    a = pygame.surfarray.array_alpha(wax).astype(np.float64).T / 255.0
    h = rgb.shape[0]
    y = np.clip((np.arange(h, dtype=np.float64) - wick) / max(1.0, h - wick), 0.0, 1.0)
    k = (0.17 + 0.4 * np.exp(-y / 0.25)) * (np.arange(h) > wick)
    tint = np.array([0.7, 0.8, 1.05])
    return rgb_surface(rgb * (a * k[:, None])[:, :, None] * tint[None, None, :])


def _with_wick(wax: pygame.Surface, wick: int, scale: float) -> pygame.Surface:
    """The wax column with its wick standing on top (one sprite, one blit)."""
    w, h = wax.get_size()
    out = pygame.Surface((w, h + wick), pygame.SRCALPHA)
    out.fill((0, 0, 0, 0))
    out.blit(wax, (0, wick))
    ww = max(1, round(2.0 * scale))
    x = (w - ww) // 2
    out.fill((26, 17, 12, 255), (x, 0, ww, wick + 1))
    out.fill((70, 30, 14, 255), (x, 0, ww, max(1, wick // 4)))  # the glowing tip
    return out
