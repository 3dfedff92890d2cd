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
import numpy.typing as npt
import pygame

from game.fx.noise import hash01_np
from game.fx.sprites import rgb_surface, rgba_surface
from game.room.model import Rect

FArray = npt.NDArray[np.float64]

SPLASH_LIFE = 0.24  # s
DROPLETS = 7
FILM_SPEED = 240.0  # room px a second the sheets slide down
# A sheet's edge wanders side to side by about 1/WANDER of the glass's width. Was 1/16 (and 1/30
# for the narrow sheets): in the window's close shot a sheet's pale body and bright edge swung
# ~100-180 px across a pane over its height, a big curved band that read as a smudge on the
# glass (review6 #18, line 51); now the sheets run down nearly straight.
WANDER = 64.0
LEDGES = (103.0, 210.0, 326.0, 436.0)  # the glazing bars' tops and the sill, glass-local room px (the
# window art draws them at its own local y 131, 238, 354 and 464, and its glass begins at local y 28)


def _periodic(rng: np.random.Generator, n: int, period: int, waves: int, amp: float) -> FArray:
    """A smooth wander over n samples that repeats every `period` (a few sines of whole periods)."""
    y = np.arange(n, dtype=np.float64) * 2.0 * math.pi / period
    out = np.zeros(n)
    for k in range(1, waves + 1):
        out += amp / k * np.sin(k * y + rng.uniform(0, 2 * math.pi))
    return out


def _across(rng: np.random.Generator, n: int, knots: int) -> FArray:
    """Smooth random values over n columns (cosine-interpolated knots), 0..1."""
    v = rng.uniform(0.0, 1.0, knots + 2)
    f = np.arange(n, dtype=np.float64) * knots / n
    i = np.floor(f).astype(int)
    k = (1 - np.cos((f - i) * math.pi)) / 2
    out: FArray = v[i] * (1 - k) + v[i + 1] * k
    return out


def film_texture(seed: int, w: int, h: int) -> pygame.Surface:
    """A w x h additive texture of water sheeting down the glass (tileable vertically).

    Shaped, not noise contours (whose closed loops read as squiggles): broad translucent
    sheets whose edges run down the glass nearly straight, wandering a little side to side,
    each with a bright meniscus on its leading edge; and narrow rivulets, bright cores that
    meander down between them, swelling into beads. Baked at a third of the size, then
    scaled up once (per view scale): the frame only scrolls it."""
    sw, sh = max(8, w // 3), max(8, h // 3)
    rng = np.random.default_rng(seed * 7919 + 1801)
    x = np.arange(sw, dtype=np.float64)[None, :]
    yy = np.arange(sh)
    thick = np.zeros((sh, sw))
    for layer, (knots, amp, weight) in enumerate(((max(3, sw // 40), sw / WANDER, 0.6), (max(5, sw // 18), sw / (2 * WANDER), 0.4))):
        wander = _periodic(rng, sh, sh, 5, amp)[:, None]
        cols = _across(rng, sw + 2 * int(amp * 2 + 2), knots)
        xi = np.clip(x + wander + int(amp * 2 + 2), 0, cols.size - 1).astype(int)
        thick += weight * cols[xi]
        del layer
    thick = thick * (0.85 + 0.15 * np.sin(yy * 2 * math.pi * 2 / sh + rng.uniform(0, 6.3))[:, None])
    body = np.clip((thick - 0.42) / 0.18, 0, 1)
    body = body * body * (3 - 2 * body)  # smooth: a sheet thickens in from its edge
    lead = np.clip(np.diff(body, axis=1, prepend=body[:, :1]) * 2.5, 0, 1)  # the meniscus on its left edge
    v = 0.05 + 0.2 * body + 0.55 * lead
    riv = np.zeros((sh, sw))
    for _ in range(max(3, sw // 14)):  # rivulets running between and over the sheets
        x0 = rng.uniform(0, sw)
        path = x0 + _periodic(rng, sh, sh, 4, rng.uniform(0.8, 2.5))[:, None]
        width = rng.uniform(0.45, 0.9)
        beads = 0.75 + 0.25 * np.sin(yy * 2 * math.pi * rng.integers(3, 9) / sh + rng.uniform(0, 6.3))[:, None]
        lo, hi = max(0, int(path.min() - 4 * width)), min(sw, int(path.max() + 4 * width) + 2)
        if hi <= lo:
            continue
        d = (x[:, lo:hi] - path) / width  # (only the columns it wanders over)
        riv[:, lo:hi] = np.maximum(riv[:, lo:hi], np.exp(-d * d) * beads * rng.uniform(0.55, 1.0))
    v = v + 0.75 * riv
    rgb = np.clip(v, 0, 1.2)[:, :, None] * np.array([84, 96, 120.0])
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
        speed = 80 + 90 * hash01_np(seed, 1815, i * 8 + k)
        px = x - np.cos(ang) * speed * a
        py = y - np.sin(ang) * speed * a + 0.5 * 900.0 * a * a
        fade = 1.0 - a / SPLASH_LIFE
        for xx, yy in zip(px.tolist(), py.tolist(), strict=True):
            out.append((xx, min(yy, y), 1.5, fade))
        out.append((x, y - 0.5, 3.4 * (1.0 - 0.5 * a / SPLASH_LIFE), 0.8 * fade))  # the crown where it struck
    return out



# A trickle's wet track is a thin lens of water on the glass: it gathers the night behind it
# into a brighter core, its edges bend the light away (a darker rim), and its curved top catches
# a thin highlight on one side. Drawn as a 1 px hard line it read as a scratch (review4: 'trickle
# tracks are hard-edged'); here each track is shaded across its width, soft at its edges.
LENS_RGB = (34, 42, 58)  # added along the track's core (the night gathered), times its strength
SHINE_RGB = (120, 130, 150)  # the highlight along its left shoulder
RIM_DARK = 0.42  # how much of the light behind it the track's edges bend away


def trickle_layers(lines: list[list[tuple[float, float]]], width: float, strength: float,
                   ) -> list[tuple[pygame.Surface, pygame.Surface, tuple[int, int]]]:
    """Each trickle's track (a screen polyline from its top down to its bead) shaded as water
    on glass: (multiply, add, position). `width` in screen px, `strength` 0..1 (a downpour's
    tracks over the sheets run brighter). The track fades in from its top (older, thinner)."""
    hw = max(1.0, width * 0.75 + 0.5)  # half its width: a film a little narrower than its bead
    pad = math.ceil(hw * 2.2) + 1
    lens = np.array(LENS_RGB, dtype=np.float64) * (0.7 + 0.6 * strength)
    shine = np.array(SHINE_RGB, dtype=np.float64) * (0.6 + 0.5 * strength)
    out = []
    for pts in lines:
        if len(pts) < 2:
            continue
        p = np.asarray(pts, dtype=np.float64)
        order = np.argsort(p[:, 1], kind="stable")
        px, py = p[order, 0], p[order, 1]
        x0, y0 = math.floor(px.min()) - pad, math.floor(py.min()) - pad
        x1, y1 = math.ceil(px.max()) + pad + 1, math.ceil(py.max()) + pad + 1
        if y1 - y0 < 3:
            continue
        ys = np.arange(y0, y1, dtype=np.float64) + 0.5
        xc = np.interp(ys, py, px)  # a track runs downward: one x a row
        along = np.clip((ys - py[0]) / max(1.0, py[-1] - py[0]), 0.0, 1.0)  # 0 at its top, 1 at the bead
        ends = np.clip((ys - py[0] + hw) / (2 * hw), 0, 1) * np.clip((py[-1] + hw - ys) / (2 * hw), 0, 1)
        fade = (0.35 + 0.65 * along) * ends
        u = (np.arange(x0, x1, dtype=np.float64)[None, :] + 0.5 - xc[:, None]) / hw  # across, in half-widths
        core = np.exp(-1.6 * u * u) * fade[:, None]
        rim = np.exp(-(((np.abs(u) - 1.05) / 0.4) ** 2)) * fade[:, None]
        hi = np.exp(-(((u + 0.45) / 0.28) ** 2)) * fade[:, None]
        add = core[..., None] * lens + hi[..., None] * shine
        mult = 255.0 * (1.0 - RIM_DARK * rim)
        out.append((rgb_surface(np.repeat(mult[..., None], 3, axis=2)), rgb_surface(add), (x0, y0)))
    return out


_KEPT: list[tuple[object, float, float, list[tuple[pygame.Surface, pygame.Surface, tuple[int, int]]]]] = []


def draw_trickles(surface: pygame.Surface, lines: list[list[tuple[float, float]]], width: float,
                  strength: float) -> None:
    """The trickles' tracks (trickle_layers) over `surface` (clip set by the caller). The layers
    are made once per `lines` list (the rain keeps one a glass frame) and reused until it changes."""
    if not lines:
        return
    if not _KEPT or _KEPT[0][0] is not lines or _KEPT[0][1:3] != (width, strength):
        _KEPT[:] = [(lines, width, strength, trickle_layers(lines, width, strength))]
    layers = _KEPT[0][3]
    surface.fblits([(m, at) for m, _a, at in layers], pygame.BLEND_RGB_MULT)
    surface.fblits([(a, at) for _m, a, at in layers], pygame.BLEND_RGB_ADD)


def drop(radius: float) -> pygame.Surface:
    """A drop sitting or running on the glass (alpha), a lens of water: its edge bends the light
    away (a thin darker ring), its body shows the night behind turned upside down (the sky's
    glow gathered low in it), a bright caustic along its lower rim, a glint up on its left, and
    no hard edge. (The old bead: a dim disc, a bright lower rim and a glint, no darker edge.)"""
    size = max(3, int(radius * 2 + 4))
    c = (size - 1) / 2.0
    y, x = np.mgrid[0:size, 0:size].astype(np.float64)
    k = max(radius, 0.8)
    dx, dy = (x - c) / k, (y - c) / k
    r = np.hypot(dx, dy)
    inside = np.clip((1.08 - r) / 0.22, 0.0, 1.0)  # soft to its edge
    ring = np.exp(-(((r - 0.9) / 0.16) ** 2)) * np.clip((1.25 - r) / 0.2, 0.0, 1.0)
    lens = inside * np.clip(0.45 + 0.55 * dy, 0.0, 1.0)  # the night's glow, turned over: low in the drop
    caustic = np.clip(1.0 - np.abs(r - 0.72) / 0.2, 0.0, 1.0) * np.clip(dy + 0.1, 0.0, 1.0) * inside
    glint = np.exp(-(((dx + 0.35) ** 2 + (dy + 0.4) ** 2) / 0.05))
    col = np.zeros((size, size, 3))
    acc = np.zeros((size, size))
    for rgb, a in (((8.0, 12.0, 22.0), 0.5 * ring), ((70.0, 86.0, 118.0), 0.35 * lens),
                   ((205.0, 218.0, 238.0), 0.75 * caustic), ((250.0, 250.0, 255.0), 0.95 * glint)):
        col = np.array(rgb)[None, None, :] * a[..., None] + col * (1.0 - a[..., None])  # each layer over the last
        acc = a + acc * (1.0 - a)
    out = np.where(acc[..., None] > 1e-6, col / np.maximum(acc, 1e-6)[..., None], 0.0)
    return rgba_surface(out, 255.0 * acc)
