"""The hearth's flames where the view enlarges them: crisp at the screen's own resolution.

The flame field (game.fx.fire) lives on a coarse grid (a few room px a cell). Coloured
there and smoothscaled, a 4.8x close-up showed each cell: blurry tongues with stair-stepped
edges. Here the grid carries a *signed* heat instead (negative outside the tongues, never
clipped at their edge), which is smooth, so it can be upscaled first (bilinear, pygame's
smoothscale) and only then turned into colour, per screen pixel, through a 256-colour
palette (SDL's 8-bit blit: one table lookup a pixel, in C). The palette's steep step at
EDGE is every tongue's edge: one or two screen px wide at any scale, antialiased (the heat
between two cells is interpolated, not the colour). Above it the flame runs deep red,
orange, yellow to a white-yellow core as the heat rises; below it, the flames' soft bloom
(their heat blurred on the grid) or the fire's glow on the firebox (a fixed shape), their
strength set in the palette each frame.

Per field frame at 1080p: the tongues on the grid rows on screen (~1.5 ms of numpy), one
smoothscale, one byte-plane copy, one palette blit (~1.4 ms). The work surfaces are kept
between frames (about 6 MB at the close-up); `memory_bytes`/`release` let game.memory see
and drop them.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, NamedTuple

import numpy as np
import numpy.typing as npt
import pygame

if TYPE_CHECKING:
    from game.fx.fire import Hearth

FArray = npt.NDArray[np.float64]
F32 = npt.NDArray[np.float32]
WARP, WAVE = 0.45, 0.045  # how far the turbulence and each tongue's travelling wave bend it (in the field's width)
SOFT_PX = 2.4  # room px in from a tongue's side per unit of heat (the same colours at every scale)
ROOT_V = 0.06  # the flames are faint below this (behind the logs: their tops are ~0.15), at their full heat 0.08 above
FLOOR_V = -0.02  # the flames' floor (in the flames' height from their base: just under the logs' tops)
FAR = -3.0  # the heat far outside any flame (a floor: a cell or two from any edge, so no corner bends one)
EROSION_PX = 10.0  # room px the turbulence eats into the flames, times (0.3 + height) and its value
ERODE_SWING = 3.0  # the turbulence's swings about its mean, stretched
CAP = 2.5  # the heat far inside a tongue (it rises from 0 at the edge, 1 a SOFT_PX)
STATIC, BLOOM = 0.5, 0.9  # the shares of the glow's palette range the firebox's glow and the bloom reach
BLOOM_PX = 7.0  # room px the flames' bloom spreads
SMOOTH = 8.0  # palette steps over which the glow and a flame's fringe blend
ROOT_HOT, TIP = 1.45, 0.3  # the heat (times the distance's) just over the logs, and at the tallest tip
CORE_V = 0.42  # the hot core fills the lowest this much of the flames' height
CORE_HEAT = 0.6  # heat added at the front tongues' core
BACK_HEAT = 0.55  # the back tongues' heat, of the front ones' (cooler: redder)
EDGE = 44  # the palette index where a flame begins (low: the dim band just outside a flame is narrow)
AA = 5  # palette steps over which the glow meets a flame's edge (its antialiasing)
GLOW_TOP = EDGE - AA  # the glow's indices are 0..GLOW_TOP
HEAT_TOP = 1.6  # the heat at index 255
# the flame's colour by heat (0: its edge): deep red, orange, yellow, a white-yellow core
_HEAT = np.array([0.0, 0.15, 0.4, 0.7, 1.0, 1.25, HEAT_TOP])
_RGB = np.array([[190, 48, 8], [232, 88, 16], [252, 136, 34], [255, 178, 66], [255, 215, 125],
                 [255, 240, 190], [255, 250, 232]], float)
_FLAME = np.stack([np.interp(np.linspace(0.0, HEAT_TOP, 256 - EDGE), _HEAT, _RGB[:, c]) for c in range(3)], axis=1)


class Grid(NamedTuple):
    """The hearth's field grid in float32, with the parts of the field that never change."""

    size: tuple[int, int]  # (gw, gh)
    u: F32
    v: F32
    vrow: npt.NDArray[np.float64]
    root: F32  # faint over the logs, then rising
    vc: F32  # v, 0 below the base
    floor: F32  # cells above the flames' floor
    sides: F32  # cells inside the dome the flames keep to
    ends: F32  # the distance inside the bed's ends, in u
    erode: F32  # how many cells the turbulence eats away, by height
    low: F32  # where the hot core can be
    glow: F32  # the glow's shape on the firebox


def _grid(h: Hearth) -> Grid:
    u, v = h._u.astype(np.float32), h._v.astype(np.float32)
    return Grid((h.gw, h.gh), u, v, h._vrow, np.float32(0.15) + np.float32(0.85) * np.clip((v - ROOT_V) / 0.08, 0, 1),
                np.clip(v, 0, None),
                (v - FLOOR_V) * np.float32(h._fc), (0.46 - 0.3 * np.clip(v, 0, 1) ** 2 - np.abs(u - 0.5)) * np.float32(h.gw),
                0.4 - np.abs(u - 0.5),
                (EROSION_PX / h.cell) * (0.3 + np.clip(v, 0, 1)),
                np.clip(1.0 - v / CORE_V, 0, 1), h._glow_shape().astype(np.float32))


def _rows(g: Grid, ra: int, rb: int) -> Grid:
    """The grid's rows ra..rb (the part on screen)."""
    return Grid(g.size, g.u[ra:rb], g.v[ra:rb], g.vrow[ra:rb], g.root[ra:rb], g.vc[ra:rb], g.floor[ra:rb], g.sides[ra:rb],
                g.ends[ra:rb], g.erode[ra:rb], g.low[ra:rb], g.glow[ra:rb])


def tongues(h: Hearth, g: Grid, ra: int, t: float, strength: float, n: int, stream: int, tall: float, width: float) -> F32:
    """One layer of tongues as a signed heat (a flame above 0), the far shots' shapes (game.fx.fire
    `_layer`) drawn as distances, so they stay smooth at the grid's scale, and bent harder.

    Each tongue's centre line and half width are per row (1D), so a tongue is a handful of
    array ops on its own band: its distance inside its side, in cells (rounded within a cell
    of its centre line, so a thin tongue's ridge is smooth where it falls between cells).
    The layer is the nearest side of any tongue or of the sheet of flame over the bed, eaten
    by turbulence scrolling upward; only then is the distance turned into heat (rising from
    0 at the edge, slower toward the middle, cooler toward the tips): every kink of that
    turning lies on a level line of a smooth field, so none shows the grid."""
    tt = t * (0.55 if h.calm else 1.0)
    rb = ra + len(g.vrow)  # g holds the grid's rows ra..rb
    turb = h._turb(h._tex2, t, 30.0 if not h.calm else 12.0, stream * 17)[ra:rb].astype(np.float32)
    ut = g.u + (WARP * (turb - 0.5)) * g.vc
    ut *= np.float32(h.gw)  # in cells
    heat = _all_tongues(h, g, ra, ut, tt, strength, n, stream, tall, width)
    gw = h.gw
    # one sheet of flame over the whole bed from which the tongues rise (they merge at its top)
    body = np.minimum((0.24 * tall * strength - g.v) * h._fc, g.ends * gw)
    np.maximum(heat, body, out=heat)
    np.minimum(heat, g.floor, out=heat)  # no flame below the logs' tops ...
    np.minimum(heat, g.sides, out=heat)  # ... nor beyond a dome over the bed (the grid's sides cut them straight)
    erode = h._turb(h._tex, t, 55.0 if not h.calm else 20.0, stream * 31)[ra:rb].astype(np.float32)
    erode -= np.float32(0.5)  # its mean thins the flames upward, its swings (stretched) bite out licks
    erode *= np.float32(ERODE_SWING)
    erode += np.float32(0.5)
    np.maximum(erode, 0.0, out=erode)  # it never feeds a flame
    erode *= g.erode
    heat -= erode
    heat *= np.float32(h.cell / SOFT_PX)
    # distance to heat: slope 1 at the edge, saturating toward the middle; cooler up high
    inside = np.maximum(heat, 0.0)
    inside *= np.float32(1.0 / CAP)
    inside += 1.0
    heat /= inside
    heat *= (ROOT_HOT - (ROOT_HOT - TIP) * np.clip(g.vrow / (tall * max(strength, 0.05)), 0, 1)).astype(np.float32)[:, None]
    heat *= np.where(heat > 0.0, g.root, np.float32(1.0))  # faint over the logs (its edge kept where it is)
    np.maximum(heat, FAR, out=heat)
    return heat


def _all_tongues(h: Hearth, g: Grid, ra: int, ut: F32, tt: float, strength: float, n: int, stream: int,
                 tall: float, width: float) -> F32:
    """The n tongues' nearest side (in cells; FAR where none reaches), each kept to its own band (its
    columns, the rows below its tip). They are worked out all at once, each array op over an (n,
    rows, cols) block over the bands' bounding box, not a dozen ops a tongue on its own band: on a
    grid of a few thousand cells each op's own cost was most of the work (0.39 -> 0.25 ms a layer
    at 1080p, and less at a close-up too, though the block holds ~2.5x the bands' cells). Every
    value comes from the same operations in the same order: the heat is the same to the bit."""
    gw = h.gw
    rows = ut.shape[0]
    shapes = [h.tongue(stream, k, n, tt, tall, strength, width, 0.13, 0.74) for k in range(n)]
    bands = []
    for _hk, centre, height, wide, lean in shapes:
        c0 = max(0, math.floor((centre - wide - abs(lean) - 0.14) * gw))  # only the tongue's own band
        c1 = min(gw, math.ceil((centre + wide + abs(lean) + 0.14) * gw))
        r0 = max(ra, math.floor(h._fc * (1.0 - height) - 1)) - ra  # rows above its tip are untouched
        bands.append((c0, c1, r0))
    live = [k for k, (c0, c1, r0) in enumerate(bands) if c1 > c0 and r0 < rows]
    heat = np.full(ut.shape, FAR, np.float32)
    if not live:
        return heat
    x0, x1 = min(bands[k][0] for k in live), max(bands[k][1] for k in live)
    y0 = min(bands[k][2] for k in live)
    d = _tongue_sides(g.vrow[None, y0:], ut[None, y0:, x0:x1], gw, tt, [shapes[k] for k in live], h._close.work)
    ci, ri = np.arange(x0, x1)[None, :], np.arange(y0, rows)[None, :]
    c0s, c1s, r0s = (np.array([bands[k][j] for k in live])[:, None] for j in range(3))
    inf = np.float32(np.inf)  # -inf outside each tongue's band (its rows below the tip, its columns), inf in it
    np.minimum(d, np.where(ri < r0s, -inf, inf)[:, :, None], out=d)
    np.minimum(d, np.where((ci < c0s) | (ci >= c1s), -inf, inf)[:, None, :], out=d)
    np.maximum(np.maximum.reduce(d, axis=0), heat[y0:, x0:x1], out=heat[y0:, x0:x1])
    return heat


def _tongue_sides(vr: npt.NDArray[np.float64], ut: F32, gw: int, tt: float,
                  shapes: list[tuple[list[float], float, float, float, float]], work: Work | None = None) -> F32:
    """Each tongue's signed distance inside its side (cells) over the rows `vr` (1, rows) and the
    warped columns `ut` (1, rows, cols): an (n, rows, cols) block, rounded within a cell of its
    centre line (so a thin tongue's ridge is smooth where it falls between cells). In `work`'s
    buffers if given (a fresh block each field frame was a page fault a few kB: a third of the cost)."""
    hk = np.array([s[0] for s in shapes])  # (n, 6) traits
    centre, height, wide, lean = (np.array([s[j] for s in shapes])[:, None] for j in range(1, 5))
    rel = np.clip(vr / height, 0, 1)
    half = gw * wide * (1.0 - rel) ** (0.85 + 0.5 * hk[:, 2:3])  # narrows to a point (blunter tips read as cut off)
    mid = centre + lean * rel * rel + WAVE * np.sin(11.0 * vr - tt * (6.0 + 3.0 * hk[:, 5:6]) + 6.28 * hk[:, 5:6]) * np.clip(vr, 0, None)
    shape = (len(shapes), ut.shape[1], ut.shape[2])
    d, ridge = (np.empty(shape, np.float32), np.empty(shape, np.float32)) if work is None else work.blocks(shape)
    np.subtract(ut, (gw * mid).astype(np.float32)[:, :, None], out=d)
    np.abs(d, out=d)
    np.subtract(1.0, d, out=ridge)
    np.maximum(ridge, 0.0, out=ridge)  # within a cell of the centre line: rounded
    ridge *= ridge
    ridge *= 0.5
    np.subtract(half.astype(np.float32)[:, :, None], d, out=d)
    d -= ridge
    return d


class Work:
    """Two float32 blocks kept for the tongues' sides (`_tongue_sides`), grown as needed."""

    def __init__(self) -> None:
        self._a: F32 | None = None
        self._b: F32 | None = None

    def blocks(self, shape: tuple[int, int, int]) -> tuple[F32, F32]:
        size = shape[0] * shape[1] * shape[2]
        if self._a is None or self._b is None or self._a.size < size:
            self._a, self._b = np.empty(size, np.float32), np.empty(size, np.float32)
        return self._a[:size].reshape(shape), self._b[:size].reshape(shape)

    def nbytes(self) -> int:
        return sum(a.nbytes for a in (self._a, self._b) if a is not None)


def heat(h: Hearth, t: float, strength: float, rows: tuple[int, int] | None = None) -> F32:
    """The flames' signed heat at t (in the grid's `rows` ra..rb, default all): the back
    tongues cooler, the front ones hottest low in the fire (their core)."""
    ra, rb = rows if rows is not None else (0, h.gh)
    g = _rows(h._close.grid(h), ra, rb)
    back = tongues(h, g, ra, t, strength, 8, 500, 0.58, 0.09)
    front = tongues(h, g, ra, t, strength, 11, 600, 0.5, 0.055)
    core = np.clip((front - 0.35) / 0.65, 0, 1)
    core *= core
    core *= g.low
    front += CORE_HEAT * core
    back += (BACK_HEAT - 1.0) * np.maximum(back, 0.0)  # cooler inside, its edge as sharp
    out: F32 = np.maximum(front, back)
    return out


def _box(a: F32, r: int, axis: int) -> F32:
    """`a` averaged over 2r + 1 cells along `axis` (zeros beyond its ends)."""
    shape = list(a.shape)
    shape[axis] += 2 * r + 1
    padded = np.zeros(shape, np.float32)  # (np.pad's own cost was most of a pass on the field's small grid)
    if axis == 0:
        padded[r + 1 : r + 1 + a.shape[0]] = a
    else:
        padded[:, r + 1 : r + 1 + a.shape[1]] = a
    c = np.cumsum(padded, axis=axis, dtype=np.float32)
    n = a.shape[axis]
    hi = c[r + 1 : r + 1 + n] if axis == 0 else c[:, r + 1 : r + 1 + n]  # sum up to i + r
    lo = c[:n] if axis == 0 else c[:, :n]  # sum up to i - r - 1
    out: F32 = (hi - lo) * np.float32(1.0 / (2 * r + 1))
    return out


def bloom(heat: F32, radius: int) -> F32:
    """The flames' soft light round them on the grid (0..1): their heat blurred over about
    `radius` cells (two box passes each way: a smooth hill, no corners)."""
    b = np.clip(heat, 0.0, 1.0)
    for axis in (0, 1, 0, 1):
        b = _box(b, radius, axis)
    return b


def index(heat: F32, glow: F32, radius: int = 0) -> npt.NDArray[np.uint8]:
    """The palette index of each cell: a flame's heat above EDGE, below it the fire's glow on
    the firebox (0..1, a STATIC share of the glow's range) or, near a flame, its bloom
    (over `radius` cells, none if 0)."""
    a = EDGE + heat * ((255 - EDGE) / HEAT_TOP)
    b = glow * (STATIC * GLOW_TOP)
    if radius > 0:
        np.maximum(b, bloom(heat, radius) * (BLOOM * GLOW_TOP), out=b)
    # a smooth max: a hard one's corner, a cell from a flame's edge, bent the edge between cells
    idx = a - b
    idx *= idx
    idx += SMOOTH * SMOOTH
    np.sqrt(idx, out=idx)
    idx += a
    idx += b
    idx *= 0.5
    out: npt.NDArray[np.uint8] = np.clip(idx, 0, 255).astype(np.uint8)
    return out


def palette(glow_rgb: tuple[float, float, float]) -> list[tuple[int, int, int]]:
    """The 256 colours: the glow rising to `glow_rgb` (at its STATIC share) and on to the bloom's
    brightest, the edge's few steps, the flame's ramp."""
    g = np.asarray(glow_rgb, float) / STATIC
    glow = np.linspace(0.0, 1.0, GLOW_TOP + 1)[:, None] * g[None, :]
    edge = g + (np.linspace(0.0, 1.0, AA + 1)[1:-1, None]) * (_FLAME[0] - g)[None, :]
    rows = np.clip(np.concatenate([glow, edge, _FLAME]), 0, 255).round().astype(int)
    return [(r, gg, b) for r, gg, b in rows.tolist()]


class CloseFlames:
    """The work surfaces of the close-shot flames, kept from frame to frame."""

    def __init__(self) -> None:
        self._grid: Grid | None = None
        self._palette: tuple[tuple[int, ...], list[tuple[int, int, int]]] = ((), [])
        self._small: pygame.Surface | None = None
        self._plane: pygame.Surface | None = None
        self._out: pygame.Surface | None = None
        self.work = Work()  # the tongues' work blocks

    def grid(self, h: Hearth) -> Grid:
        """The field grid of `h` (made again when the grid changes)."""
        if self._grid is None or self._grid.size != (h.gw, h.gh):
            self._grid = _grid(h)
        return self._grid

    def render(self, idx: npt.NDArray[np.uint8], size: tuple[int, int], glow_rgb: tuple[float, float, float]) -> pygame.Surface:
        """The flames at `size` from a (gh, gw) index grid (RGB, to add). The surface is reused:
        it holds this frame's flames until the next call."""
        gh, gw = idx.shape
        if self._small is None or self._small.get_size() != (gw, gh):
            self._small = pygame.Surface((gw, gh), depth=32)
        if self._out is None or self._out.get_size() != size:
            self._out = self._plane = None  # (the old ones let go of before the new are made)
            self._out = pygame.Surface(size, depth=32)
            self._plane = pygame.Surface(size, depth=8)
        assert self._plane is not None
        red = pygame.surfarray.pixels_red(self._small)
        red[...] = idx.T
        del red
        pygame.transform.smoothscale(self._small, size, self._out)  # the index, interpolated per pixel
        plane = pygame.surfarray.pixels2d(self._plane)
        red = pygame.surfarray.pixels_red(self._out)
        plane[...] = red
        del plane, red
        key = tuple(round(c * 4) for c in glow_rgb)  # a quarter step of the glow: the same colours
        if key != self._palette[0]:
            self._palette = (key, palette(glow_rgb))
        self._plane.set_palette(self._palette[1])
        self._out.blit(self._plane, (0, 0))  # the palette turns each index into its colour
        return self._out

    def memory_bytes(self) -> int:
        """Bytes of the kept work surfaces (game.memory)."""
        grid = sum(a.nbytes for a in self._grid if isinstance(a, np.ndarray)) if self._grid is not None else 0
        return grid + self.work.nbytes() + sum(s.get_pitch() * s.get_height() for s in (self._small, self._plane, self._out) if s is not None)

    def release(self) -> None:
        """Let go of the work surfaces (made again on the next frame that needs them)."""
        self._grid = None
        self._small = self._plane = self._out = None
        self.work = Work()
