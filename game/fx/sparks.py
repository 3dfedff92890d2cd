"""Sparks from the hearth: a steady trickle plus sudden pops, computed from t alone.

Particles are never integrated frame by frame. Spark number i of the trickle is born at
i / rate (jittered by a hash of i); a pop is an event in a time slot, chosen by a hash;
each spark's path is a closed-form function of its age (rise with drag, a sideways
drift, a slight wobble), so `positions(t)` answers any moment directly and the same t
always gives the same sparks. `bursts_between` exposes the pop times so the sound can
crackle in sync. Reduce motion slows the sparks' clock. Maths here is numpy only; the
drawer batches every spark into one `fblits` call of tiny cached additive sprites; the
cloud is a SPARK_FPS animation (a pure function of floor(t * SPARK_FPS)), its blit list
kept between two of its frames.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import pygame

from game.fx.noise import hash01, hash01_np
from game.fx.occlusion import Caster, Occluders
from game.fx.sprites import PerScale, halo
from game.room.model import Rect
from game.view import View

FArray = npt.NDArray[np.float64]
POP_SLOT = 3.2  # seconds; each slot holds at most one pop
POP_CHANCE = 0.42
POP_SPARKS = 18
MAX_LIFE = 3.0
CALM_RATE = 0.4  # sparks' clock under reduce motion
HEAT_BINS, BRIGHT_BINS = 6, 8
TRAIL = (0.0, 0.012)
TABLE = 4096  # trickle sparks' traits repeat every TABLE sparks (~11 minutes)
TABLE_SLOTS = 1024
SPARK_FPS = 30
THROAT = 95.0  # room px above the sparks box where the chimney hides them


@dataclass(frozen=True)
class SparkCloud:
    """Sparks alive at one moment: positions (room px), heat 0..1 (cools), brightness 0..1."""

    x: FArray
    y: FArray
    heat: FArray
    bright: FArray


class Sparks:
    def __init__(self, box: Rect, rate: float, seed: int, calm: bool, depth: float, occluders: Occluders) -> None:
        self.box = box
        self.depth = depth
        self.occluders = occluders
        self._layer: pygame.Surface | None = None
        # every spark's fixed traits, hashed once: trickle spark i uses row i % TABLE
        r = np.arange(TABLE)
        h = [hash01_np(seed, 1100 + j, r) for j in range(9)]
        self._tp = np.stack([h[0], 1.0 + 2.0 * h[1], box.x + box.w * h[2], box.y + box.h * h[3],
                             (h[4] - 0.5) * 40, -(50 + 90 * h[5]), h[6] * 6.28, h[7], h[8]])
        b = np.arange(TABLE_SLOTS * 32).reshape(TABLE_SLOTS, 32)
        self._bp = np.stack([hash01_np(seed, 1203 + j, b) for j in range(4)])
        self.rate = max(0.1, rate)
        self.seed = seed
        self.calm = calm
        self._scale = -1.0
        self._by_scale: PerScale[dict[tuple[int, int], pygame.Surface]] = PerScale(lambda _s: {})
        self._sprites: dict[tuple[int, int], pygame.Surface] = {}
        self._blits: tuple[object, list[tuple[pygame.Surface, tuple[int, int]]], pygame.Rect] | None = None

    def _clock(self, t: float) -> float:
        return t * CALM_RATE if self.calm else t

    def bursts_between(self, t0: float, t1: float) -> list[float]:
        """Times in [t0, t1) (story time) at which the fire pops."""
        c0, c1 = self._clock(t0), self._clock(t1)
        out: list[float] = []
        for s in range(math.floor(c0 / POP_SLOT), math.floor(c1 / POP_SLOT) + 1):
            p = self._pop_time(s)
            if p is not None and c0 <= p < c1:
                out.append(p / CALM_RATE if self.calm else p)
        return out

    def _pop_time(self, slot: int) -> float | None:
        if hash01(self.seed, 1200, slot) >= POP_CHANCE:
            return None
        return (slot + 0.1 + 0.8 * hash01(self.seed, 1201, slot)) * POP_SLOT

    def cloud(self, t: float, strength: float = 1.0, lags: Sequence[float] = (0.0,)) -> SparkCloud:
        """The sparks at t, and at t - lag for each lag (spark-clock seconds), concatenated."""
        c = self._clock(t)
        tab = self._tp
        i0 = math.floor((c - max(lags) - MAX_LIFE) * self.rate)
        idx = np.arange(i0, math.floor(c * self.rate) + 1, dtype=np.int64)
        row = idx % TABLE
        born = (idx + tab[0, row]) / self.rate
        parts = [(born, tab[1:7, row], np.where(tab[8, row] < strength, 1.0, 0.0),
                  np.full(len(idx), 1.0))]
        for s in range(math.floor((c - MAX_LIFE) / POP_SLOT), math.floor(c / POP_SLOT) + 1):
            p = self._pop_time(s)
            if p is not None and p <= c:
                n = POP_SPARKS + int(10 * hash01(self.seed, 1202, s))
                bp = self._bp[:, s % TABLE_SLOTS, :n]
                cx = self.box.x + self.box.w * (0.25 + 0.5 * hash01(self.seed, 1206, s))
                ang = -math.pi / 2 + (bp[0] - 0.5) * 1.9
                speed = (160 + 260 * bp[1]) * (0.5 + 0.5 * strength)
                prm = np.stack([0.5 + 1.3 * bp[2], np.full(n, cx), np.full(n, self.box.bottom - 10.0),
                                speed * np.cos(ang), speed * np.sin(ang), bp[3] * 6.28])
                parts.append((np.full(n, p), prm, np.ones(n), np.full(n, 1.0)))
        born = np.concatenate([q[0] for q in parts])
        prm = np.concatenate([q[1] for q in parts], axis=1)
        keep = np.concatenate([q[2] for q in parts])
        k = len(lags)
        age = (c - np.asarray(lags, dtype=np.float64))[:, None] - born[None, :]
        x, y, heat, bright = self._path(age.ravel(), *(np.tile(v, k) for v in prm))
        return SparkCloud(x, y, heat, bright * np.tile(keep, k))

    def _path(self, age: FArray, life: FArray, x0: FArray, y0: FArray, vx: FArray, vy: FArray,
              wob: FArray) -> tuple[FArray, FArray, FArray, FArray]:
        """Closed-form flight: rise with drag, buoyancy, a sideways drift and wobble."""
        drag = 1.6
        k = (1 - np.exp(-drag * age)) / drag
        x = x0 + vx * k + 9.0 * np.sin(age * 3.1 + wob) * age + 6.0 * age * age
        y = y0 + vy * k - 22.0 * age * age
        u = np.clip(age / life, 0, 1)
        twinkle = 0.75 + 0.25 * np.sin(age * 31.0 + wob * 3)
        alive = (age >= 0) & (age < life)
        throat = np.clip((y - (self.box.y - THROAT)) / 40.0, 0, 1)  # the chimney swallows them
        bright = np.where(alive, (1 - u) ** 1.3 * twinkle * throat, 0.0)
        return x, y, 1 - u, bright

    def _sprite(self, heat: int, bright: int, scale: float | None = None) -> pygame.Surface:
        s = self._scale if scale is None else scale
        sprites = self._sprites if scale is None else self._by_scale.at(s, ahead=True)
        spr = sprites.get((heat, bright))
        if spr is None:
            h = heat / (HEAT_BINS - 1)
            col = (255, round(80 + 150 * h), round(20 + 110 * h * h))
            spr = halo(max(2, round(2.6 * s)), col, 1.6 * (bright + 1) / BRIGHT_BINS)
            sprites[(heat, bright)] = spr
        return spr

    def prepare_steps(self, view: View, size: tuple[int, int]) -> Iterator[str]:
        """Make the spark sprites of a shot at `view` ahead (if the sparks' box shows on it)."""
        box = pygame.Rect(view.rect(self.box.x - 60, self.box.y - THROAT, self.box.w + 120, self.box.h + THROAT))
        if not pygame.Rect((0, 0), size).colliderect(box):
            return
        for hb in range(HEAT_BINS):
            for bb in range(BRIGHT_BINS):
                self._sprite(hb, bb, self._by_scale.near(view.scale))
            yield f"sparks {hb}"

    def draw(self, surface: pygame.Surface, view: View, t: float, strength: float = 1.0,
             casters: Sequence[Caster] = ()) -> None:
        scale = self._by_scale.near(view.scale)
        if scale != self._scale:
            self._scale = scale
            self._sprites = self._by_scale.at(scale)
        tq = math.floor(t * SPARK_FPS) / SPARK_FPS
        key = (tq, strength, view, surface.get_size())
        if self._blits is None or self._blits[0] != key:
            found = self._blit_list(surface.get_size(), view, tq, strength)
            area = pygame.Rect(0, 0, 0, 0)
            if found:
                area = pygame.Rect(found[0][1], (1, 1)).unionall([pygame.Rect(p, s.get_size()) for s, p in found])
                area = area.clip(surface.get_rect())
            self._blits = (key, found, area)
        _, blits, area = self._blits
        if not blits or area.w <= 0 or area.h <= 0:
            return
        if not any(c[2] > self.depth and c[1].colliderect(area) for c in casters):
            surface.fblits(blits, pygame.BLEND_RGB_ADD)
            return
        if self._layer is None or self._layer.get_width() < area.w or self._layer.get_height() < area.h:
            self._layer = pygame.Surface((max(area.w, 64), max(area.h, 64)))
        layer = self._layer.subsurface((0, 0, area.w, area.h))
        layer.fill((0, 0, 0))
        layer.fblits([(s, (p[0] - area.x, p[1] - area.y)) for s, p in blits], pygame.BLEND_RGB_ADD)
        self.occluders.blit(surface, layer, area.topleft, self.depth, casters, keep=False)

    def _blit_list(self, size: tuple[int, int], view: View, t: float, strength: float,
                   ) -> list[tuple[pygame.Surface, tuple[int, int]]]:
        """The sparks at t as (sprite, top-left) pairs, those on a `size` surface only."""
        blits: list[tuple[pygame.Surface, tuple[int, int]]] = []
        w, h = size
        table = [self._sprite(hb, bb) for hb in range(HEAT_BINS) for bb in range(BRIGHT_BINS)]
        r = table[0].get_width() / 2
        cl = self.cloud(t, strength, TRAIL)
        n = len(cl.x) // len(TRAIL)
        fade = np.repeat(1.0 - 0.35 * np.arange(len(TRAIL)), n)
        sx = view.ox + cl.x * view.scale - r
        sy = view.oy + cl.y * view.scale - r
        hb = np.clip(np.round(cl.heat * (HEAT_BINS - 1)), 0, HEAT_BINS - 1).astype(int)
        bb = np.round(cl.bright * fade * BRIGHT_BINS - 1).astype(int)
        ok = (bb >= 0) & (sx > -2 * r) & (sy > -2 * r) & (sx < w) & (sy < h)
        keys = (hb * BRIGHT_BINS + np.minimum(bb, BRIGHT_BINS - 1))[ok].tolist()
        xs = np.rint(sx[ok]).astype(int).tolist()
        ys = np.rint(sy[ok]).astype(int).tolist()
        blits.extend(zip([table[k] for k in keys], zip(xs, ys, strict=True), strict=True))
        return blits
