"""The hearth: an ember bed under logs and layered tongues of flame, all from (t, seed).

The flames are a small procedural field, recomputed each frame with numpy on a coarse
grid (3 room px a cell) and smoothscaled to the view: a back layer of tall, dim red
tongues and a front layer of short bright ones, each tongue a teardrop whose height and
lean follow its own noise, eroded by a baked tileable turbulence texture that scrolls
upward with time. Because it is a field and not a set of integrated particles, any t
renders directly. The logs are lit like props (drawn before the lighting pass); the
embers' glow and the flames are emissive (drawn after it, additively).
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Sequence

import numpy as np
import numpy.typing as npt
import pygame

from game.fx.noise import fbm2_np, hash01, hash01_np, noise1, noise1_np
from game.fx.occlusion import Caster, Occluders
from game.fx.sprites import rgb_surface, rgba_surface
from game.room.model import Rect
from game.view import View

FArray = npt.NDArray[np.float64]
CELL = 5.0  # room px per fire-field cell
RISE = 1.1  # extra room px the flames may rise above the emitter box, times its height
TEX = 128
FIELD_FPS = 30  # the flame field animates at this rate (a pure function of floor(t * FIELD_FPS + FIELD_PHASE))
FIELD_PHASE = 0.5  # its frames fall between the light map's and the rain's, to spread the work
_UGRID = np.linspace(0.0, 1.0, 96)
EMBER_BINS = 10
BED_H = 46.0  # room px: height of the ember bed and logs sprite

_STOPS = np.array([0.0, 0.18, 0.4, 0.62, 0.82, 1.0])
_BACK = np.array([[0, 0, 0], [70, 8, 2], [170, 40, 8], [235, 95, 20], [255, 150, 50], [255, 200, 110]], float)
_FRONT = np.array([[0, 0, 0], [110, 22, 4], [235, 90, 18], [255, 160, 50], [255, 225, 140], [255, 250, 225]], float)


def _lut(stops: FArray) -> FArray:
    x = np.linspace(0, 1, 256)
    return np.stack([np.interp(x, _STOPS, stops[:, c]) for c in range(3)], axis=1)


class Hearth:
    """Draws the fire inside the `fire` emitter box of the map."""

    def __init__(self, box: Rect, seed: int, calm: bool, depth: float, occluders: Occluders) -> None:
        self.box = box
        self.depth = depth
        self.occluders = occluders
        self.seed = seed
        self.calm = calm
        self.base_y = box.bottom - 14.0
        self._lut_back = _lut(_BACK)
        self._lut_front = _lut(_FRONT)
        self._grid(CELL)
        self._scale = -1.0
        self._logs: pygame.Surface | None = None
        self._embers: dict[int, pygame.Surface] = {}
        self._frame: tuple[Hashable, pygame.Surface] | None = None
        self._hidden_embers: tuple[Hashable, pygame.Surface] | None = None

    # ------------------------------------------------------------------ the flame field

    def _grid(self, cell: float) -> None:
        """Lay the field's grid at `cell` room px (finer in close-ups); the noise textures are
        baked at the same density so the flames keep their shape in room units."""
        self.cell = cell
        k = CELL / cell
        self.gw = math.ceil((self.box.w + 20) / cell)
        flame_cells = math.ceil(self.box.h * (1 + RISE) / cell)
        self.gh = flame_cells + math.ceil(5 * k)  # cells below the base, for the flames' roots
        self.x0 = self.box.cx - self.gw * cell / 2
        self.y0 = self.base_y - flame_cells * cell
        n = round(TEX * k)
        self._texn = n
        self._tex = np.tile(fbm2_np(self.seed + 5, n, n, round(16 * k), 4), (3, 2))  # tiled: any window is a slice
        self._tex2 = np.tile(fbm2_np(self.seed + 9, n, n, round(16 * k), 3), (3, 2))
        gy, gx = np.mgrid[0 : self.gh, 0 : self.gw].astype(np.float64)
        self._u = (gx + 0.5) / self.gw
        self._v = (flame_cells - (gy + 0.5)) / flame_cells
        self._vrow = self._v[:, 0].copy()
        self._env = np.clip(1.0 - ((self._u - 0.5) / 0.4) ** 2, 0, 1)
        self._root = np.clip((self._v + 0.035) / 0.1, 0, 1) ** 1.5  # flames rise out of the embers

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

    def _layer(self, t: float, strength: float, n: int, stream: int, tall: float, width: float) -> FArray:
        """One layer of tongues as a heat field 0..1.

        The tongues are a 1D height profile across the hearth (the max of n bumps whose
        heights follow their own noise); the 2D field is "below the profile", sampled at
        a position displaced by a travelling wave and turbulence, then eroded by noise
        scrolling upward. Cheap: one interp and a dozen array ops per layer.
        """
        k = np.arange(n)
        tt = t * (0.55 if self.calm else 1.0)
        centre = 0.12 + 0.76 * (k + 0.5 + 0.7 * (hash01_np(self.seed, stream, k) - 0.5)) / n
        height = tall * strength * (0.5 + 0.3 * hash01_np(self.seed, stream + 1, k)
                                    + 0.32 * noise1_np(self.seed, stream + 2, tt * 2.4 + k * 7.1))
        wide = width * (0.7 + 0.6 * hash01_np(self.seed, stream + 4, k))
        bumps = np.clip(1.0 - np.abs((_UGRID[None, :] - centre[:, None]) / wide[:, None]), 0, 1) ** 1.1
        profile = np.maximum((bumps * np.maximum(height, 0.02)[:, None]).max(axis=0), 1e-3)
        v = self._v
        turb = self._turb(self._tex2, t, 30.0 if not self.calm else 12.0, stream * 17)
        phase = hash01(self.seed, stream + 3, 0) * 6.28
        wave = 0.03 * np.sin(9.0 * self._vrow - tt * 7.0 + phase) * np.clip(self._vrow, 0, None)
        lean = 0.04 * noise1(self.seed, stream + 5, tt * 0.8) * np.clip(self._vrow, 0, None) ** 2
        u = self._u + (wave + lean)[:, None] + 0.1 * (turb - 0.5) * np.clip(v, 0, None)
        h = np.interp(u, _UGRID, profile, left=1e-3, right=1e-3)
        tongue = np.clip(1.0 - v / h, 0, 1) ** 0.8
        body = 0.6 * self._env * np.clip(1.0 - v / (0.22 * tall), 0, 1) * strength
        heat = np.maximum(tongue, body) * self._root
        erode = self._turb(self._tex, t, 55.0 if not self.calm else 20.0, stream * 31)
        out: FArray = np.clip(heat * 1.35 - erode * (0.3 + np.clip(v, 0, 1)), 0, 1)
        return out

    def field(self, t: float, strength: float) -> FArray:
        """The flames' colour at t: an (gh, gw, 3) array of 0..255 (pure, for tests)."""
        back = self._layer(t, strength, 7, 500, 0.68, 0.14)
        front = self._layer(t, strength, 9, 600, 0.42, 0.09)
        col = self._lut_back[(back * 255).astype(np.int64)] * 0.85
        col = col + self._lut_front[(front * 255).astype(np.int64)]
        out: FArray = np.clip(col, 0, 255)
        return out

    # ------------------------------------------------------------------ drawing

    def _rescale(self, scale: float) -> None:
        if abs(scale - self._scale) > 1e-6:
            self._scale = scale
            self._logs = None
            self._embers.clear()
            self._frame = None
            self._hidden_embers = None
            cell = min(CELL, max(3.0, CELL / scale))
            if abs(cell - self.cell) > 1e-6:
                self._grid(cell)

    def _bed_size(self, scale: float) -> tuple[int, int]:
        return (max(4, round((self.box.w + 30) * scale)), max(4, round(BED_H * scale)))

    def _bed_origin(self, view: View) -> tuple[int, int]:
        return view.ipt(self.box.x - 15, self.base_y - BED_H * 0.62)

    def _make_logs(self, scale: float) -> pygame.Surface:
        w, h = self._bed_size(scale)
        y, x = np.mgrid[0:h, 0:w].astype(np.float64)
        u, v = x / w, y / h
        grain = fbm2_np(self.seed + 21, 64, 16, 8, 3)
        alpha = np.zeros((h, w))
        rgb = np.zeros((h, w, 3))
        for (ua, va, ub, vb, thick) in ((0.1, 0.62, 0.78, 0.42, 0.34), (0.3, 0.38, 0.95, 0.66, 0.3)):
            du, dv = ub - ua, vb - va
            ln = du * du + dv * dv
            s = np.clip(((u - ua) * du + (v - va) * dv) / ln, 0, 1)
            dist = np.hypot((u - ua - s * du) * w, (v - va - s * dv) * h) / (thick * h)
            m = np.clip((1 - dist) * 4, 0, 1) * (alpha < 1)
            g = grain[(v * 15).astype(int) % 16, (s * 63).astype(int) % 64]
            shade = 0.5 + 0.5 * np.clip(1 - dist, 0, 1)
            c = np.stack([45 * shade + 25 * g, 28 * shade + 14 * g, 20 * shade + 8 * g], axis=2)
            rgb = np.where(m[:, :, None] > alpha[:, :, None], c, rgb)
            alpha = np.maximum(alpha, m)
        return rgba_surface(rgb, alpha * 255)

    def _make_embers(self, level: int) -> pygame.Surface:
        w, h = self._bed_size(self._scale)
        y, x = np.mgrid[0:h, 0:w].astype(np.float64)
        u, v = x / w * 2 - 1, y / h
        bed = np.clip(1 - u * u, 0, 1) * np.clip((v - 0.45) / 0.4, 0, 1) * np.clip((1.05 - v) / 0.15, 0, 1)
        coal = fbm2_np(self.seed + 33 + level % 2, w, h, max(2, round(6 * self._scale)), 3)
        k = 0.55 + 0.45 * level / (EMBER_BINS - 1)
        hot = np.clip((coal - 0.35) * 2.6, 0, 1) ** 1.5 * bed * k
        rgb = np.stack([255 * hot, 85 * hot**1.4, 20 * hot**2], axis=2)
        halo = np.clip(1 - np.hypot(u, (v - 0.7) * 2.2), 0, 1) ** 2 * k
        rgb = rgb + np.stack([90 * halo, 30 * halo, 6 * halo], axis=2)
        return rgb_surface(rgb)

    def draw_logs(self, surface: pygame.Surface, view: View, casters: Sequence[Caster]) -> None:
        self._rescale(view.scale)
        if self._logs is None:
            self._logs = self._make_logs(view.scale)
        self.occluders.blit(surface, self._logs, self._bed_origin(view), self.depth, casters, 0)

    def draw_emissive(self, surface: pygame.Surface, view: View, t: float, strength: float,
                      casters: Sequence[Caster]) -> None:
        """Ember glow and flames (additive): call after the lighting pass."""
        self._rescale(view.scale)
        if strength <= 0.0:
            return
        box = pygame.Rect(view.rect(self.x0, self.y0, self.gw * self.cell, self.gh * self.cell))
        if not surface.get_rect().colliderect(box):
            return
        tt = t * (0.4 if self.calm else 1.0)
        for i, phase in enumerate((0.0,)):
            pulse = 0.5 + 0.5 * noise1(self.seed, 800 + i, tt * 0.9 + phase)
            level = max(0, min(EMBER_BINS - 1, round(pulse * strength * (EMBER_BINS - 1))))
            key = level * 2 + i
            spr = self._embers.get(key)
            if spr is None:
                spr = self._make_embers(key)
                self._embers[key] = spr
            origin = self._bed_origin(view)
            ekey = (key, origin, tuple((id(m), tuple(r), f) for m, r, f in casters))
            if self._hidden_embers is None or self._hidden_embers[0] != ekey:  # masked once per change
                hidden = spr.copy()
                self.occluders.hide(hidden, origin, self.depth, casters)
                self._hidden_embers = (ekey, hidden)
            surface.blit(self._hidden_embers[1], origin, special_flags=pygame.BLEND_RGB_ADD)
        frame = math.floor(t * FIELD_FPS + FIELD_PHASE)  # a 30 fps animation: reuse it between frames
        fkey = (frame, round(strength, 3), tuple(box), tuple((id(m), tuple(r), f) for m, r, f in casters))
        if self._frame is None or self._frame[0] != fkey:
            flames = pygame.transform.smoothscale(rgb_surface(self.field((frame - FIELD_PHASE) / FIELD_FPS, strength)), box.size)
            self.occluders.hide(flames, box.topleft, self.depth, casters)  # masked once per field frame
            self._frame = (fkey, flames)
        surface.blit(self._frame[1], box.topleft, special_flags=pygame.BLEND_RGB_ADD)

    def light_point(self, t: float) -> tuple[float, float]:
        """Where the fire's light comes from at t (it leans with the flames)."""
        sway = noise1(self.seed, 900, t * (0.4 if self.calm else 1.3))
        return (self.box.cx + 10 * sway, self.base_y - self.box.h * 0.5)
