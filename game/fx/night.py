"""The night outside the window: an overcast storm sky or a clearing one, over an old town.

Painted once per size with numpy (at most SKY_W px wide, then scaled: the town is out of
focus through wet glass) and cached as surfaces; the rain module blends the two skies by
how far the rain has cleared, so nothing here runs per frame. The storm sky is low cloud
lit from below by the town's glow; the clearing sky is deep blue with stars, a moon and
broken clouds whose edges catch its light. Both share the town, seen over the rooftops from
an upper room of a period house: three rows of houses (hazy ones far off, the terrace across
the street, the roofs just below the window) with pitched gables, hipped and mansard roofs
of uneven height, chimney stacks with their pots (a few trailing a faint plume of smoke
against the glow) and one church spire. The rooftops stand high enough to show in the
window's close shot. Only a few windows are lit, small and warm (gas and candle light),
wherever their house happens to have one, and a street lamp glows low down, blurred by the
glass. The design's cold blue (#3a5a8c) is the night's own colour: sky and roofs are blue,
not black, so the window reads cold against the warm room after the light map's glass tint.
A pure function of (size, seed).
"""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import pygame

from game.fx.noise import fbm2_np, hash01, hash01_np
from game.fx.sprites import rgb_surface
from game.steps import finish

FArray = npt.NDArray[np.float64]
BAND = 48  # rows of the painting made at a time (see _paint)
SKY_W = 288  # px: the night outside is painted this wide, once, then scaled (it is seen through wet glass)
MOON = (0.74, 0.16, 0.034)  # u, v, radius (times the width) of the moon in the glass
LAMP = (0.28, 0.8)  # u, v of the street lamp's glow, low down in the street (left of her head: at u 0.72 it sat on her brow at line 72, review8 #18)
# The smoke from a pot: at most SMOKE opaque, fading over SMOKE_FADE px (at SKY_W) and gone by
# SMOKE_RISE. Was 0.5 over 26 px up to 40, ~9 px wide at the top, leaning far: scaled ~4x in the
# window's close shot, tall pale curls over the roofs (review6 #18); now a short wisp over them.
SMOKE, SMOKE_FADE, SMOKE_RISE = 0.3, 7.0, 18.0


@dataclass(frozen=True)
class _Row:
    """A row of houses: eave heights and house widths as fractions of the glass, colours."""

    stream: int
    eaves: tuple[float, float]  # v range of the eaves
    widths: tuple[float, float]  # u range of a house's width
    roof: tuple[float, float, float]  # slate, catching the sky's light
    wall: tuple[float, float, float]  # the house fronts below the eaves, darker
    chimney: float  # chance a house has a stack
    lit: float  # chance a house has a lit window


FAR = _Row(1420, (0.33, 0.38), (0.04, 0.08), (36, 49, 78), (31, 42, 68), 0.5, 0.12)
MAIN = _Row(1440, (0.37, 0.46), (0.08, 0.16), (25, 35, 60), (15, 21, 38), 0.8, 0.6)
NEAR = _Row(1460, (0.57, 0.67), (0.18, 0.32), (17, 24, 42), (12, 18, 32), 0.7, 0.3)


def paint_night(seed: int, w: int, h: int, clear: bool) -> pygame.Surface:
    """The sky and town in a w x h glass (the caller keeps w at most SKY_W and scales up)."""
    return finish(_paint(seed, w, h, clear))


def paint_night_steps(seed: int, w: int, h: int, clear: bool) -> Generator[None, None, pygame.Surface]:
    """`paint_night` a band of BAND rows a step (yields between them; returns the painting): made
    ahead, the whole clear sky was one 60 ms step in a frame of line 1 (the cost of a frame's
    work on the 2-core machine, in one)."""
    return _paint(seed, w, h, clear)


@dataclass
class _Lit:
    """A row's lit windows as rectangles (y0, y1, x0, x1, colour) laid in order, and the columns
    a tower darkens after them: laid into a band of rows when painted (a whole (h, w, 3) float
    array per row was three of the painting's largest temporaries)."""

    spots: list[tuple[int, int, int, int, FArray]]
    dark: npt.NDArray[np.bool_] | None

    def band(self, y0: int, y1: int, w: int) -> FArray:
        """Rows y0..y1 of the lit windows, (y1 - y0, w, 3), black where none is lit."""
        out = np.zeros((y1 - y0, w, 3))
        for a, b, c, d, amber in self.spots:
            if a < y1 and b > y0:
                out[max(a, y0) - y0 : min(b, y1) - y0, c:d] = amber
        if self.dark is not None:
            out[:, self.dark] = 0.0
        return out


def _houses(seed: int, row: _Row, w: int, h: int) -> tuple[FArray, FArray, FArray, list[tuple[float, float]], _Lit]:
    """(roof line y per column, eave y per column, shade per column, smoking pots (x, y), lit
    windows) of one row: a terrace of houses side by side, each its own height and roof."""
    k = w / SKY_W
    x = np.arange(w) + 0.5
    top, eave_at, shade = np.full(w, float(h)), np.full(w, float(h)), np.ones(w)
    lit = _Lit([], None)
    smoke: list[tuple[float, float]] = []
    x0 = -hash01(seed, row.stream, 9999) * row.widths[1] * w
    i = 0
    while x0 < w:
        def r(j: int, i: int = i) -> float:
            return hash01(seed, row.stream + j, i)

        width = (row.widths[0] + (row.widths[1] - row.widths[0]) * r(0)) * w
        eave = (row.eaves[0] + (row.eaves[1] - row.eaves[0]) * r(1)) * h
        x1 = x0 + width
        m = (x >= x0) & (x < x1)
        d = np.minimum(x - x0, x1 - x)[m]  # px to the nearer gable wall
        pitch, kind = 0.8 + 0.5 * r(3), int(r(2) >= 0.4) + int(r(2) >= 0.75)
        if kind == 0:  # a gable end to the street: a triangle
            roof = pitch * d
        elif kind == 1:  # hipped: slopes at both ends, a ridge between
            roof = np.minimum(pitch * d, pitch * width * (0.16 + 0.12 * r(4)))
        else:  # mansard: a steep lower slope, a shallow one above the break
            mh = width * (0.2 + 0.1 * r(4))
            roof = np.minimum(2.8 * d, mh) + 0.3 * np.maximum(d - mh / 2.8, 0)
        top[m], eave_at[m], shade[m] = eave - roof, eave, 0.9 + 0.2 * r(20)  # brick, stucco, stone
        if r(5) < row.chimney:  # a stack of brick with its pots, some trailing smoke
            sw = max(2, round((2.5 + 2.5 * r(6)) * k))
            a = int(np.clip(x0 + (width - sw) * (0.15 + 0.7 * r(7)), 0, w - 1))
            b = min(w, a + sw)
            st = float(top[a:b].min()) - (4 + 6 * r(8)) * k
            top[a:b] = np.minimum(top[a:b], st)
            pots, pw = 1 + int(r(9) * min(3, sw)), max(1, round(k))
            for p in range(pots):
                c = min(w - pw, a + round((p + 0.5) * sw / pots - pw / 2))
                top[c : c + pw] = np.minimum(top[c : c + pw], st - 2 * k)
            if r(10) < 0.35:
                smoke.append(((a + b) / 2, st - 2 * k))
        ww, wh = max(1, round(2 * k)), max(2, round(3 * k))
        spots = []  # a lit window or two anywhere in the front, and now and then one in a gable
        for j in range(int(r(11) < row.lit) + int(r(12) < row.lit * 0.25)):
            if width > ww + 6 * k:
                spots.append((x0 + 3 * k + (width - 6 * k - ww) * r(13 + 2 * j), eave + 4 * k + 26 * k * r(14 + 2 * j)))
        if kind == 0 and r(21) < row.lit * 0.5 and width > 12 * k:
            spots.append(((x0 + x1 - ww) / 2, eave - 0.3 * pitch * width / 2 - wh))
        for j, (wx, wy) in enumerate(spots):
            tone = r(17 + j)  # gas light to a guttering candle
            amber = np.array([150 + 85 * tone, 90 + 70 * tone, 38 + 40 * tone])
            if 0 <= wx < w - ww and 0 <= wy < h - wh:
                lit.spots.append((int(wy), int(wy) + wh, int(wx), int(wx) + ww, amber))
        x0, i = x1, i + 1
    return top, eave_at, shade, smoke, lit


def _spire(seed: int, w: int, h: int, top: FArray, eave_at: FArray, lit: _Lit) -> None:
    """One church tower and its broach spire rising from the terrace across the street (in place)."""
    k = w / SKY_W
    x = np.arange(w) + 0.5
    xc = (0.16 + 0.24 * hash01(seed, 1480, 0)) * w
    tower = (0.25 + 0.03 * hash01(seed, 1480, 1)) * h
    dx = np.abs(x - xc)
    body = dx < 8 * k
    top[body], eave_at[body] = np.minimum(top[body], tower), 0.0  # the tower is all wall (stone)
    lit.dark = body if lit.dark is None else lit.dark | body
    corners = body & (dx > 6.5 * k)  # pinnacles at its corners
    top[corners] = np.minimum(top[corners], tower - 4 * k)
    sp = dx < 6 * k
    top[sp] = np.minimum(top[sp], tower - 0.12 * h * (1 - dx[sp] / (6 * k)) ** 1.2)
    eave_at[sp] = 0.0  # dark against the sky, like its tower
    top[dx < 0.5 * max(1.0, k)] -= 4 * k  # its finial


def _cover(top: FArray, y: FArray) -> FArray:
    return np.clip(y - top[None, :] + 0.5, 0, 1)


def _blur(a: FArray, passes: int) -> FArray:
    for _ in range(passes):  # binomial: a soft halo, as wet glass spreads a small light
        for ax in (0, 1):
            a = (2 * a + np.roll(a, 1, axis=ax) + np.roll(a, -1, axis=ax)) / 4
    return a


def _paint(seed: int, w: int, h: int, clear: bool) -> Generator[None, None, pygame.Surface]:
    """The painting in two passes over bands of BAND rows (the same arithmetic per pixel as one
    whole-size pass, so the same bytes): the town's lit windows first, whole, as their halo
    spreads across rows; then the sky, roofs and lights a band at a time. One whole-size pass
    held ~40 float64 (h, w) arrays at once: 35-40 MB for 288 x 388, in the frame it was made ahead.
    A generator: it yields between its pieces (the clouds, the houses, the lit windows, each band)."""
    cl = fbm2_np(seed + 71, w, h, max(4, w // 4), 4)
    yield
    rows = [(row, *_houses(seed, row, w, h)) for row in (FAR, MAIN, NEAR)]
    _spire(seed, w, h, rows[1][1], rows[1][2], rows[1][5])
    yield
    lights = np.empty((h, w, 3))
    for y0 in range(0, h, BAND):
        y1 = min(h, y0 + BAND)
        y = np.mgrid[y0:y1, 0:w][0].astype(np.float64)
        band = np.zeros((y1 - y0, w, 3))
        for _, top, _, _, _, lit in rows:
            cov = _cover(top, y)[..., None]
            band = band * (1 - cov) + lit.band(y0, y1, w) * cov
        lights[y0:y1] = band
    yield
    halo = np.empty_like(lights)
    for c in range(3):  # channel by channel (the blur mixes rows and columns, never channels)
        halo[..., c] = _blur(lights[..., c], 2)
    out = np.empty((h, w, 3), np.uint8)
    for y0 in range(0, h, BAND):
        yield
        y1 = min(h, y0 + BAND)
        sky = _sky(seed, w, h, clear, rows, cl, y0, y1)
        sky = sky + lights[y0:y1] + 0.5 * halo[y0:y1]
        yy, xx = np.mgrid[y0:y1, 0:w].astype(np.float64)
        r = np.hypot((xx / w - LAMP[0]) * w, (yy / h - LAMP[1]) * h) / (0.09 * w)  # a street lamp, blurred by the glass
        sky = sky + (np.exp(-r * r) * 0.8 + np.exp(-r * r / 9) * 0.25)[:, :, None] * np.array([120, 85, 40.0])
        out[y0:y1] = np.clip(sky, 0, 255)  # (a float to uint8 store truncates, as rgb_surface's)
    return rgb_surface(out)


_Rows = list[tuple[_Row, FArray, FArray, FArray, list[tuple[float, float]], _Lit]]


def _sky(seed: int, w: int, h: int, clear: bool, rows: _Rows, cl: FArray, y0: int, y1: int) -> FArray:
    """Rows y0..y1 of the sky with the houses over it (their lit windows not yet added)."""
    y, x = np.mgrid[y0:y1, 0:w].astype(np.float64)
    u, v = x / w, y / h
    clb = cl[y0:y1]
    skyline = np.minimum.reduce([r[1] for r in rows])
    above = np.clip(0.4 - v, 0, None)  # a smooth horizon, not each roof's step
    glow = np.exp(-above * 7.0)[..., None]  # the town's light on the sky just above its roofs
    if clear:
        sky = np.stack([20 + 16 * v, 34 + 26 * v, 66 + 38 * v], axis=2) + glow * np.array([22, 18, 16.0])
        mu, mv, mr = MOON
        md = np.hypot((u - mu) * w, (v - mv) * h) / (mr * w)
        cover = np.clip((clb - 0.46) * 4.0, 0, 1)  # broken cloud, clear lanes between
        star = (hash01_np(seed, 1410, (y.astype(np.int64) * 7919 + x.astype(np.int64))) < 0.0035) * (
            y < skyline[None, :] - 0.02 * h
        )
        twinkle = 0.5 + 0.5 * hash01_np(seed, 1411, (x * 31 + y).astype(np.int64))
        sky = sky + (star * twinkle * (1 - cover))[..., None] * np.array([190, 200, 230.0])
        sky = sky + (np.exp(-np.maximum(md - 0.9, 0) * 1.3) * 0.6)[..., None] * np.array([60, 70, 95.0])  # its halo
        disc = np.clip((1.0 - md) * 4, 0, 1) * (1 - 0.6 * cover)
        sky = sky * (1 - disc[..., None]) + disc[..., None] * np.array([214, 216, 204.0])
        moonlit = np.exp(-md / 7.0)  # clouds near the moon catch its light on their edges
        edge = cover * (1 - cover) * 4.0
        body = np.array([34, 46, 74.0]) + moonlit[..., None] * np.array([40, 44, 56.0])
        sky = sky * (1 - 0.85 * cover[..., None]) + 0.85 * cover[..., None] * body
        sky = sky + (edge * moonlit * 1.4)[..., None] * np.array([70, 76, 92.0])
        rim, fume = np.array([22, 28, 42.0]), np.array([92, 100, 122.0])  # moonlight on slates and smoke
    else:
        sky = np.stack([26 + 16 * v, 40 + 24 * v, 70 + 32 * v], axis=2)
        sky = sky + (clb[:, :, None] - 0.4) * np.array([30, 38, 52.0]) * (1 - v[:, :, None])
        sky = sky + glow * np.array([30, 22, 15.0])
        rim, fume = np.array([16, 15, 16.0]), np.array([100, 94, 96.0])  # the town's glow on them
    k = w / SKY_W
    for row, top, eave_at, shade, smoke, _ in rows:
        for sx, sy in smoke:  # a wisp rising a little from the pot, leaning with the wind, soon gone
            a0, b0 = max(0, int(sy - SMOKE_RISE * k)), int(sy)
            x0, x1 = max(0, int(sx - 3 * k)), min(w, int(sx + SMOKE_RISE * k))
            a0, b0 = max(a0, y0), min(b0, y1)  # the part of it in this band
            if a0 >= b0 or x0 >= x1:
                continue
            at = slice(a0 - y0, b0 - y0), slice(x0, x1)
            bx, by, bc = x[at], y[at], clb[at]
            rise = sy - by
            mid = sx + 0.3 * rise + 0.02 * rise * rise / k + 1.5 * k * (bc - 0.5)
            spread = 0.6 * k + 0.1 * rise
            a = SMOKE * np.exp(-(((bx - mid) / spread) ** 2) - rise / (SMOKE_FADE * k)) * np.clip(bc * 2 - 0.3, 0, 1)
            sky[at] = sky[at] * (1 - a[..., None]) + a[..., None] * fume
        cov = _cover(top, y)[..., None]
        face = np.where((y < eave_at[None, :])[..., None], np.array(row.roof), np.array(row.wall) * shade[None, :, None])
        edge = np.clip(1 - np.abs(y - top[None, :] - 1.0), 0, 1)[..., None]  # the lit crest of each roof
        sky = sky * (1 - cov) + cov * (face + edge * rim)
    return np.asarray(sky, dtype=np.float64)  # (no copy: typed for mypy)
