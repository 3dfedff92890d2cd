"""A blot: the pool a nib leaves where it rests, its spreading in BLOT_FRAMES steps, each with its
wet pooling and gloss, built at queue time (moved unchanged from game/pen/ink.py, which
re-exports these names: MEM3).
"""

from __future__ import annotations

import math
from functools import lru_cache

import numpy as np
import pygame

from game.pen.hands import RGB
from game.pen.timeline import Blot

BLOT_FRAMES = 20  # steps of a spreading blot, built at queue time


def blot_step(b: Blot, t: float) -> int:
    """Which of the blot's BLOT_FRAMES steps shows at reference time t (after b.t0)."""
    u = min(1.0, (t - b.t0) / b.grow)
    return min(BLOT_FRAMES - 1, int(u * BLOT_FRAMES))


def _noise(x: np.ndarray, y: np.ndarray, cell: float, rng: np.random.Generator) -> np.ndarray:
    """Smooth value noise in -1..1 at (x, y) px, `cell` px between its random knots (seeded)."""
    n = 48
    knots = rng.uniform(-1, 1, (n, n))
    gx, gy = x / max(cell, 0.5) + n / 2, y / max(cell, 0.5) + n / 2
    ix, iy = np.floor(gx).astype(int), np.floor(gy).astype(int)
    tx, ty = gx - ix, gy - iy
    tx, ty = tx * tx * (3 - 2 * tx), ty * ty * (3 - 2 * ty)
    i0, i1, j0, j1 = ix % n, (ix + 1) % n, iy % n, (iy + 1) % n
    top = knots[i0, j0] * (1 - tx) + knots[i1, j0] * tx
    bot = knots[i0, j1] * (1 - tx) + knots[i1, j1] * tx
    out: np.ndarray = top * (1 - ty) + bot * ty
    return out


@lru_cache(maxsize=4)
def _fibres(half: int, seed: int) -> np.ndarray:
    """The paper's fibres about a blot, 0..1 on its (2 half + 1)^2 px: streaks of value noise
    stretched along a few directions, in page pixels (the same for every step: cached)."""
    rng = np.random.default_rng(seed ^ 0x5F1B)
    xx, yy = np.mgrid[-half : half + 1, -half : half + 1].astype(float)
    fib = np.zeros_like(xx)
    for ang in rng.uniform(0, math.pi, 3):
        c, s = math.cos(ang), math.sin(ang)
        fib = np.maximum(fib, _noise(xx * c + yy * s, (yy * c - xx * s) * 4.0, 2.2, rng))
    out: np.ndarray = np.clip(fib, 0, 1)
    out.flags.writeable = False
    return out


def _blot_fields(radius: float, ink: RGB, seed: int, origin: tuple[float, float], u: float,
                 neck: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """An ink pool (px radius) bleeding into the paper, `u` 0..1 of the way spread, as three
    (x, y) images: the ink it leaves (RGB, white = paper, multiplied into the page), its wet
    pooling (a grey factor multiplied over that while wet: the thick middle darker) and its
    gloss (a light added while wet). The ink leaves `origin` (px from the pool's centre:
    where the nib rested, on the stroke), running out along a neck `neck` px wide into a
    pool of smooth lobes with a droplet thrown off away from the words (still joined: one
    blot, never a speck that reads as a second full stop); the whole
    shape grows from the origin. The edge is soft and feathers along the paper's fibres;
    the dried ink gathers darker at its rim. Centred on the pool's centre, every step the
    same size; everything stays within timeline.BLOT_REACH radii plus its feather."""
    rng = np.random.default_rng(seed)
    ox, oy = origin
    half = int(radius * 1.45 + max(abs(ox), abs(oy))) + 4
    xx, yy = np.mgrid[-half : half + 1, -half : half + 1].astype(float)  # (x, y) indexing
    g = max(u**0.5, 0.05)  # fast at first, slowing as the paper soaks it up
    # the full shape evaluated where this pixel was before growing about the origin
    fx, fy = ox + (xx - ox) / g, oy + (yy - oy) / g
    th = np.arctan2(fy, fx)
    harm = [(kk, rng.uniform(0.05, 0.11) / (kk - 1) ** 0.6, rng.uniform(0, 2 * math.pi)) for kk in range(2, 7)]

    dents: list[float] = []  # where a droplet was thrown off, the pool's edge draws back a little

    def lobes(a: np.ndarray) -> np.ndarray:
        rad = np.ones_like(a)  # an outline of smooth lobes: a few low harmonics, softly limited
        for kk, amp, ph in harm:
            rad += amp * np.sin(kk * a + ph)
        out: np.ndarray = 0.975 + 0.125 * np.tanh((rad - 0.975) / 0.125)  # 0.85..1.1 radii, never a flat clipped arc
        for phi in dents:
            out = out * (1 - 0.13 * np.exp(-((np.remainder(a - phi + math.pi, 2 * math.pi) - math.pi) / 0.4) ** 2))
        return out

    seg = math.hypot(ox, oy)
    # a droplet thrown off where the outline dips, on the side away from the words
    away = math.atan2(-oy, -ox) if seg > 1e-6 else rng.uniform(0, 2 * math.pi)
    cand = away + np.radians(np.linspace(-85, 85, 35))
    order = np.argsort(lobes(cand))
    picks = [float(cand[order[0]])]  # one: a second read as a second full stop beside the blot
    dents.extend(picks)
    d = np.hypot(fx, fy) - lobes(th) * radius
    if neck > 0 and seg > 1e-6:  # the run from the pause point: a tapered capsule
        f = np.clip(((fx - ox) * -ox + (fy - oy) * -oy) / (seg * seg), 0, 1)
        rr = neck + (0.55 * radius - neck) * f  # timeline.NECK_END
        dn = np.hypot(fx - ox * (1 - f), fy - oy * (1 - f)) - rr
        k = 0.3 * radius  # a smooth union: the run flows into the pool
        hh = np.clip(0.5 + 0.5 * (dn - d) / k, 0, 1)
        d = dn * (1 - hh) + d * hh - k * hh * (1 - hh)
    # the paper takes it unevenly: a coarse and a fine smooth noise bend the outline
    # (at most 0.1 radii out), fixed to the paper as the pool grows
    calm = np.clip(np.hypot(fx - ox, fy - oy) / (0.6 * radius), 0, 1)  # none at the nib's point: the run stays on it
    d = d - calm * radius * (0.065 * _noise(fx, fy, 0.45 * radius, rng) + 0.03 * _noise(fx, fy, 0.14 * radius, rng))
    for phi in picks:  # the droplet, thrown but still joined to the pool by a thin smooth neck
        rd = radius * rng.uniform(0.12, 0.15)
        dist = min(float(lobes(np.array([phi]))[0]) * radius + 0.9 * rd, 1.2 * radius - rd)
        dd = np.hypot(fx - dist * math.cos(phi), fy - dist * math.sin(phi)) - rd
        k = 0.25 * radius  # a smooth union: no speck of its own, one blot
        hh = np.clip(0.5 + 0.5 * (dd - d) / k, 0, 1)
        d = dd * (1 - hh) + d * hh - k * hh * (1 - hh)
    d = d * g
    fib = _fibres(half, seed)
    feather = 0.7 + 0.025 * radius
    body = np.clip(0.5 - d / feather, 0, 1)
    # ink wicked a little way out along the fibres (attached to the edge, never a speck)
    reach = 0.17 * radius * g
    wick = np.clip(1 - np.clip(d, 0, None) / max(reach, 0.5), 0, 1) ** 1.5 * fib * calm * (d > 0)
    inner = np.clip(-d / (0.22 * radius + 1.0), 0, 1)  # the middle dries thinner: a touch of paper shows
    a = np.maximum(body * (1 - 0.06 * inner * u), 0.55 * wick * min(1.0, 2 * u))
    q = np.clip(-d / max(radius * g, 1.0), 0, 1)  # 0 at the edge, 1 deep inside
    # dried: the pigment gathered at the rim (a coffee ring), the middle a shade lighter and mottled
    ring = np.exp(-((-np.clip(d, None, 0)) / (0.1 * radius + 0.7)) ** 2) * (d <= 0.5) * u
    shade = 0.9 + 0.06 * _noise(fx, fy, 0.25 * radius, rng) - 0.3 * ring
    col = np.array(ink, float)[None, None, :] * shade[..., None]
    rgb = 255 - a[..., None] * (255 - col)
    # wet: the ink stands thick in the middle, darkest there (a factor on the dried ink)
    pool = 1 - 0.5 * np.clip((q - 0.04) / 0.4, 0, 1) ** 0.8 * body
    # and glossy: a soft highlight up and left of the middle and a sheen along that edge
    hx, hy = fx + 0.32 * radius, fy + 0.36 * radius
    spot = np.exp(-((hx * 0.8 + hy * 0.6) ** 2 / (0.2 * radius) ** 2 + (hy * 0.8 - hx * 0.6) ** 2 / (0.11 * radius) ** 2))
    edge = np.exp(-((-d) / (0.09 * radius + 0.6)) ** 2) * np.clip(-(fx + fy) / (1.4 * radius * g + 1e-6), 0, 1)
    gloss = (170 * spot + 40 * edge) * np.clip(body * 2 - 1, 0, 1)  # on the ink only
    glossrgb = gloss[..., None] * np.array([1.0, 0.93, 0.82])
    return (np.clip(np.round(rgb), 0, 255).astype(np.uint8), np.clip(np.round(pool * 255), 0, 255).astype(np.uint8),
            np.clip(np.round(glossrgb), 0, 255).astype(np.uint8))


def _surf(a: np.ndarray) -> pygame.Surface:
    return pygame.surfarray.make_surface(a if a.ndim == 3 else np.repeat(a[..., None], 3, axis=2))


BlotWet = tuple[pygame.Surface, pygame.Surface]  # a step's wet pooling (multiplied) and gloss (added)


def blot_layers(b: Blot, scale: float, ink: RGB) -> tuple[list[pygame.Surface], list[BlotWet]]:
    """The pool's ink at each step of its spreading (the last one the dried blot), and
    each step's wet pooling and gloss."""
    ox = 0.0 if b.px is None else (b.px - b.x) * scale
    oy = 0.0 if b.py is None else (b.py - b.y) * scale
    inks, wets = [], []
    for i in range(BLOT_FRAMES):
        rgb, pool, gloss = _blot_fields(b.radius * scale, ink, b.seed, (ox, oy), (i + 1) / BLOT_FRAMES, b.neck * scale)
        inks.append(_surf(rgb))
        wets.append((_surf(pool), _surf(gloss)))
    return inks, wets


def blot_frames(b: Blot, scale: float, ink: RGB) -> list[pygame.Surface]:
    """The pool at each step of its spreading, the last one the dried blot."""
    return blot_layers(b, scale, ink)[0]
