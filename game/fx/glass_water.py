"""What a downpour adds to the glass: sheets of water streaming down, splashes on the ledges.

Separate from `rain` because both only show above a density and have their own shapes.
The film is one texture per view scale, baked with numpy at a third of its size from
noise stretched tall (so it reads as water sliding in wavy vertical sheets, with thin
bright edges where the sheets' thickness crosses a level), scaled up once, and scrolled
down the glass with two additive blits a frame. Splashes are a closed-form schedule:
splash i lands at a hashed x on one of the window's ledges (the glazing bars' tops and
the sill) at time (i + jitter) / rate, and its few droplets fly out on parabolas for
SPLASH_LIFE seconds. Everything a pure function of (t, seed, density).
"""

from __future__ import annotations

import math

import numpy as np
import pygame

from game.fx.noise import fbm2_np, hash01_np
from game.fx.sprites import rgb_surface
from game.room.model import Rect

SPLASH_LIFE = 0.24  # s
DROPLETS = 5
FILM_SPEED = 240.0  # room px a second the sheets slide down
LEDGES = (131.0, 238.0, 354.0, 436.0)  # the glazing bars' tops and the sill, glass-local room px


def film_texture(seed: int, w: int, h: int) -> pygame.Surface:
    """A w x h additive texture of water sheeting down the glass (tileable vertically)."""
    sw, sh = max(8, w // 3), max(8, h // 3)
    tall = max(4, sh // 8)
    n = fbm2_np(seed + 1801, sw, tall, max(2, sw // 20), 3)
    f = np.arange(sh) * tall / sh  # stretched tall (vertical sheets), wrapping: the texture tiles
    i0 = np.floor(f).astype(int)
    k = (f - i0)[:, None]
    sheet = n[i0 % tall] * (1 - k) + n[(i0 + 1) % tall] * k
    body = np.clip((sheet - 0.5) * 3.0, 0, 1) ** 1.5
    edge = np.clip(1.0 - np.abs(sheet - 0.6) * 40.0, 0, 1)
    v = body * 0.3 + edge * 0.6
    rgb = v[:, :, None] * np.array([80, 92, 116.0])
    return pygame.transform.smoothscale(rgb_surface(rgb), (w, h))


def draw_film(surface: pygame.Surface, tex: pygame.Surface, g: pygame.Rect, scroll: float) -> None:
    """The film over glass rect `g` (screen px), slid down by `scroll` px (clip set by caller)."""
    off = round(scroll) % max(1, g.h)
    surface.fblits([(tex, (g.x, g.y + off - g.h)), (tex, (g.x, g.y + off))], pygame.BLEND_RGB_ADD)


def splashes(seed: int, glass: Rect, d: float, t: float, rate: float) -> list[tuple[float, float, float, float]]:
    """Droplets in flight at t as (x, y, radius, brightness 0..1) in room px; `d` the density."""
    strength = max(0.0, (d - 0.45) / 0.55)
    if strength <= 0.0:
        return []
    i1 = math.floor(t * rate)
    idx = np.arange(math.floor((t - SPLASH_LIFE) * rate), i1 + 1, dtype=np.int64)
    born = (idx + hash01_np(seed, 1810, idx)) / rate
    age = t - born
    on = (age >= 0) & (age < SPLASH_LIFE) & (hash01_np(seed, 1811, idx) < strength)
    out: list[tuple[float, float, float, float]] = []
    for i, a in zip(idx[on].tolist(), age[on].tolist(), strict=True):
        x = glass.x + 6 + (glass.w - 12) * float(hash01_np(seed, 1812, i))
        ledge = LEDGES[int(hash01_np(seed, 1813, i) * len(LEDGES))]
        y = glass.y + ledge
        k = np.arange(DROPLETS)
        ang = math.pi * (0.15 + 0.7 * (k + hash01_np(seed, 1814, i * 8 + k)) / DROPLETS)
        speed = 60 + 70 * hash01_np(seed, 1815, i * 8 + k)
        px = x - np.cos(ang) * speed * a
        py = y - np.sin(ang) * speed * a + 0.5 * 900.0 * a * a
        fade = 1.0 - a / SPLASH_LIFE
        for xx, yy in zip(px.tolist(), py.tolist(), strict=True):
            out.append((xx, min(yy, y), 1.1, fade))
        out.append((x, y - 0.5, 2.6 * (1.0 - 0.5 * a / SPLASH_LIFE), 0.8 * fade))  # the crown where it struck
    return out

