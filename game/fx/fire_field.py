"""The hearth's flame field (split from game/fx/fire.py, moved unchanged: `Hearth` is a `FlameField`).

A small procedural field recomputed each frame with numpy on a coarse grid (CELL room px a
cell, finer in close shots): a back layer of tall, dim red tongues and a front layer of short
bright ones, each tongue a teardrop whose height and lean follow its own noise, eroded by a
baked tileable turbulence texture that scrolls upward with time; coloured by two ramps, a hot
core and the fire's own glow on the firebox. Any t renders directly (game.fx.fire draws it).
"""

from __future__ import annotations

import math

import numpy as np
import numpy.typing as npt

from game.fx.noise import fbm2_np, hash01, noise1
from game.fx.sprites import PerScale
from game.room.model import Rect

FArray = npt.NDArray[np.float64]
CELL = 5.0  # room px per fire-field cell
RISE = 1.1  # extra room px the flames may rise above the emitter box, times its height
TEX = 128
DOUBLE_FROM = 3.5  # screen px a flame-field cell may cover before the field is doubled
EDGE_LO = 0.06  # heat below this is no flame (the fringe the erosion and the blur leave)
TONGUE_EDGE = 1.8  # how sharply a tongue's edge falls off (1: a soft stroke, the whole width)
CORE_V = 0.42  # the hot yellow-white core fills the lowest this much of the flames' height
CORE_RGB = np.array([60.0, 120.0, 90.0])  # added over the ramp: orange -> yellow-white
BOX_RGB = np.array([62.0, 20.0, 4.0])  # the fire's glow on the firebox and the stone round it, at its brightest
_STOPS = np.array([0.0, 0.18, 0.4, 0.62, 0.82, 1.0])
_BACK = np.array([[0, 0, 0], [70, 8, 2], [165, 36, 6], [230, 84, 16], [250, 130, 40], [255, 170, 80]], float)
_FRONT = np.array([[0, 0, 0], [110, 20, 4], [230, 78, 14], [255, 136, 38], [255, 190, 104], [255, 232, 200]], float)


def _double(a: FArray) -> FArray:
    """`a` at twice the resolution, each new cell a blend of its neighbours (about bilinear)."""
    b = np.repeat(np.repeat(a, 2, axis=0), 2, axis=1)
    b[1:-1] = 0.25 * b[:-2] + 0.5 * b[1:-1] + 0.25 * b[2:]
    b[:, 1:-1] = 0.25 * b[:, :-2] + 0.5 * b[:, 1:-1] + 0.25 * b[:, 2:]
    return b


def _lut(stops: FArray) -> FArray:
    x = np.linspace(0, 1, 256)
    return np.stack([np.interp(x, _STOPS, stops[:, c]) for c in range(3)], axis=1)


class FlameField:
    """The flames' field on its grid: the textures, the tongues, the heat and its colour (a
    `Hearth`'s: the attributes below are set by `Hearth.__init__`)."""

    box: Rect
    seed: int
    calm: bool
    base_y: float
    _scale: float
    _lut_back: FArray
    _lut_front: FArray
    _textures: PerScale[tuple[FArray, FArray]]
    _tongues: dict[tuple[int, int], list[float]]

    # ------------------------------------------------------------------ the flame field

    def _grid(self, cell: float) -> None:
        """Lay the field's grid at `cell` room px (finer in close-ups); the noise textures are
        baked at the same density so the flames keep their shape in room units."""
        self.cell = cell
        k = CELL / cell
        self.gw, self.gh, flame_cells, self.x0, self.y0 = self.layout(cell)
        self._fc = flame_cells
        n = round(TEX * k)
        self._texn = n
        self._tex, self._tex2 = self._textures.at(float(n))
        gy, gx = np.mgrid[0 : self.gh, 0 : self.gw].astype(np.float64)
        self._u = (gx + 0.5) / self.gw
        self._v = (flame_cells - (gy + 0.5)) / flame_cells
        self._vrow = self._v[:, 0].copy()
        self._env = np.clip(1.0 - ((self._u - 0.5) / 0.4) ** 2, 0, 1)
        self._root = 0.15 + 0.85 * np.clip((self._v - 0.02) / 0.22, 0, 1) ** 1.2  # faint over the logs, then rising

    def layout(self, cell: float) -> tuple[int, int, int, float, float]:
        """The grid `_grid` lays at `cell` room px, nothing made: its columns, rows, flame rows (the
        rest, below the base, for the flames' roots) and top-left corner in room px."""
        gw = math.ceil((self.box.w + 20) / cell)
        flame_cells = math.ceil(self.box.h * (1 + RISE) / cell)
        gh = flame_cells + math.ceil(5 * CELL / cell)
        return gw, gh, flame_cells, self.box.cx - gw * cell / 2, self.base_y - flame_cells * cell

    def _make_textures(self, size: float) -> tuple[FArray, FArray]:
        """The two turbulence textures, `size` cells square, tiled twice each way: the grid is
        smaller than `size` both ways, so a window of it from any offset is a slice. Only the
        rows and columns a window reads are kept (`_texture_span`): the whole 2 x 2 tiling, in
        float64, held 6.3 MiB at the fire's close-up for the two, half of it never read."""
        n = round(size)
        k = n / TEX
        rows, cols = self._texture_span(n)
        return (np.tile(fbm2_np(self.seed + 5, n, n, round(16 * k), 4), (2, 2))[:rows, :cols].copy(),
                np.tile(fbm2_np(self.seed + 9, n, n, round(16 * k), 3), (2, 2))[:rows, :cols].copy())

    def _texture_span(self, n: int) -> tuple[int, int]:
        """The rows and columns of an `n`-cell texture's 2 x 2 tiling that `_turb` may read: a
        window of the grid (and the row below it) from any offset under n. The grid is measured at
        the finest cell whose textures are these (a cell rounding to n: the largest grid)."""
        cell = CELL * TEX / (n + 0.5)
        gw = math.ceil((self.box.w + 20) / cell)
        gh = math.ceil(self.box.h * (1 + RISE) / cell) + math.ceil(5 * CELL / cell)
        return min(2 * n, n + gh + 1), min(2 * n, n + gw)

    def _turb(self, tex: FArray, t: float, speed: float, xoff: int) -> FArray:
        """The tileable texture scrolled up by t * speed cells (a view and a lerp, no gather)."""
        pos = t * speed * CELL / self.cell
        i = math.floor(pos)
        f = pos - i
        r = i % self._texn
        c = round(xoff * CELL / self.cell) % self._texn
        a = tex[r : r + self.gh, c : c + self.gw]
        b = tex[r + 1 : r + 1 + self.gh, c : c + self.gw]
        out: FArray = a + (b - a) * f
        return out

    def _traits(self, stream: int, k: int) -> list[float]:
        """Tongue k's six fixed hashed traits (computed once)."""
        hit = self._tongues.get((stream, k))
        if hit is None:
            hit = self._tongues[(stream, k)] = [hash01(self.seed, stream + j, k) for j in range(6)]
        return hit

    def tongue(self, stream: int, k: int, n: int, tt: float, tall: float, strength: float, width: float,
               base: float, spread: float) -> tuple[list[float], float, float, float, float]:
        """Tongue k of n in a layer at (time-scaled) tt: its traits, and its centre (the n spread
        over `spread` of the bed from `base`), height, half width and lean (each following its own
        noise). The far shots' field and the close-up's (game.fx.fire_close) share these shapes."""
        hk = self._traits(stream, k)
        centre = base + spread * (k + 0.5 + 0.8 * (hk[0] - 0.5)) / n
        height = tall * strength * (0.45 + 0.45 * hk[1] + 0.35 * noise1(self.seed, stream + 7, tt * (1.8 + hk[2]) + k * 7.1))
        height = max(height, 0.03)
        wide = width * (0.55 + 0.9 * hk[3])
        lean = 0.12 * noise1(self.seed, stream + 8, tt * 0.9 + k * 3.3) + 0.06 * (hk[4] - 0.5)
        return hk, centre, height, wide, lean

    def _layer(self, t: float, strength: float, n: int, stream: int, tall: float, width: float) -> FArray:
        """One layer of tongues as a heat field 0..1.

        Each tongue is its own licking shape: a base width, a height and a lean that follow
        their own noise, a body that narrows toward a tip bent sideways (the lean grows with
        the square of the height, so tongues curl), and a travelling wave; the layer is the
        max of the tongues, eroded by turbulence scrolling upward. A dozen small array ops
        per tongue on a grid of a few thousand cells.
        """
        tt = t * (0.55 if self.calm else 1.0)
        v = self._v
        vc = np.clip(v, 0, None)
        turb = self._turb(self._tex2, t, 30.0 if not self.calm else 12.0, stream * 17)
        ut = self._u + 0.09 * (turb - 0.5) * vc
        heat = np.zeros_like(v)
        for k in range(n):
            hk, centre, height, wide, lean = self.tongue(stream, k, n, tt, tall, strength, width, 0.1, 0.8)
            wave = 0.025 * np.sin(11.0 * self._vrow - tt * (6.0 + 3.0 * hk[5]) + 6.28 * hk[5]) * np.clip(self._vrow, 0, None)
            c0 = max(0, math.floor((centre - wide - abs(lean) - 0.08) * self.gw))  # only the tongue's own band
            c1 = min(self.gw, math.ceil((centre + wide + abs(lean) + 0.08) * self.gw))
            r0 = max(0, math.floor(self._fc * (1.0 - height) - 1))  # rows above its tip are untouched
            if c1 <= c0 or r0 >= self.gh:
                continue
            vs = v[r0:, c0:c1]
            rel = np.clip(vs / height, 0, 1.2)
            half = wide * np.clip(1.0 - rel, 0, 1) ** (0.55 + 0.5 * hk[2])  # narrows to its tip
            du = np.abs(ut[r0:, c0:c1] - centre - lean * rel * rel - wave[r0:, None]) / np.maximum(half, 1e-3)
            sub = heat[r0:, c0:c1]
            # a crisp-edged tongue (a plateau, not a soft stroke: its edge is the outer third),
            # hottest low and in its middle, cooling toward its tip
            edge = np.clip((1.0 - du) * TONGUE_EDGE, 0, 1)
            inner = np.clip(1.0 - du * 1.7, 0, 1)
            np.maximum(sub, edge * (0.62 + 0.22 * inner + 0.16 * (1.0 - rel)) * (rel < 1), out=sub)
        # one sheet of flame over the whole bed from which the tongues rise (they merge at
        # the root instead of standing apart like blades of grass)
        body = 0.8 * self._env * np.clip(1.0 - v / (0.24 * tall), 0, 1) ** 0.8 * strength
        heat = np.maximum(heat, body) * self._root
        erode = self._turb(self._tex, t, 55.0 if not self.calm else 20.0, stream * 31)
        out: FArray = np.clip(heat * 1.35 - erode * (0.3 + np.clip(v, 0, 1)), 0, 1)
        return out

    def field(self, t: float, strength: float) -> FArray:
        """The flames' colour at t: a (gh, gw, 3) array of 0..255 (pure, for tests). In a close
        shot (a grid cell over DOUBLE_FROM screen px) the heat is doubled in resolution
        before the colour ramp, so the tongues' edges are not the grid's stairs."""
        back = self._layer(t, strength, 7, 500, 0.52, 0.12)
        front = self._layer(t, strength, 9, 600, 0.46, 0.08)
        # a flame's edge is sharp: the faint fringe squeezed into a cell or two, so a tongue
        # reads as a shape with a bright body, not a soft painted stroke (before the doubling,
        # which rounds what is left: after it, lone cells at the tips showed as squares)
        back = np.clip((back - EDGE_LO) / (1.0 - EDGE_LO - 0.1), 0, 1)
        front = np.clip((front - EDGE_LO) / (1.0 - EDGE_LO - 0.1), 0, 1)
        if self.cell * self._scale > DOUBLE_FROM:
            back, front = _double(back), _double(front)
        col = self._lut_back[(back * 255).astype(np.int64)] * 0.55
        col = col + self._lut_front[(front * 255).astype(np.int64)] * 1.0
        # the hot core: low in the fire, where the front tongues are densest, yellow-white
        low = np.clip(1.0 - self._v / CORE_V, 0, 1)
        if low.shape != front.shape:
            low = _double(low)
        core = (np.clip(front - 0.35, 0, 1) / 0.65) ** 1.5 * low
        col = col + core[..., None] * CORE_RGB
        # the fire's own light on the firebox behind it and the stone round it: a soft glow
        # over the whole field, nothing at its edges, breathing with the flames
        box = self._glow_shape()
        if box.shape != front.shape:
            box = _double(box)
        col = col + (box * strength * self._breath(t))[..., None] * BOX_RGB
        out: FArray = np.clip(col, 0, 255)
        return out

    def _glow_shape(self) -> FArray:
        """Where the fire lights the firebox and the stone round it: 0..1 on the grid."""
        u, v = self._u, self._v
        out: FArray = np.sin(np.pi * np.clip(u, 0, 1)) ** 1.5 * np.clip(1.0 - v / 0.95, 0, 1) ** 1.8 * np.clip(1.0 + v / 0.08, 0, 1)
        return out

    def _breath(self, t: float) -> float:
        return 0.8 + 0.2 * noise1(self.seed, 950, t * (0.8 if self.calm else 2.2))
