"""How a flame breathes: brightness, sway, stretch and gutter as functions of time.

One `FlameSample` drives both the drawn flame and the light it throws, so the wall
brightens exactly when the flame swells. The noise behind the flicker is tabulated once
per room (64 samples a second over a 256 s loop, with lattices that wrap exactly at the
loop, so there is no seam): a frame then reads all twelve candles with one gather and a
lerp instead of ~100 hash evaluations. Each candle owns its rows of the table, hashed
from (seed, candle), so no two are ever in step. A gutter is an *event*, not a state:
time is cut into slots, and a hash decides whether a slot holds a gutter for a candle and
when, so any t is answered without remembering the past. `calm` (reduce motion) lowers
every amplitude, slows the noise and drops the gutters. Pure maths: no pygame.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from game.easing import fade
from game.fx.noise import fbm1, hash01_np, noise1

FArray = npt.NDArray[np.float64]
RATE = 64  # table samples per second
PERIOD = 256  # seconds before the flicker repeats
GUTTER_SLOT = 8.0  # seconds per slot that may hold one gutter (divides PERIOD)
# channel: (stream, frequency in Hz); a channel is smooth value noise at that frequency
_CHANNELS = {"slow0": (101, 0.9), "slow1": (102, 1.83), "slow2": (103, 3.7), "fast": (104, 7.3),
             "sway": (105, 1.1), "stretch": (106, 5.1), "sputter": (107, 23.0)}


@dataclass(frozen=True)
class FlameSample:
    """brightness ~1 (0.5 in a gutter .. 1.25); sway -1..1 (tip left/right);
    stretch ~1 (flame height factor); gutter 0..1 (how deep in a gutter)."""

    brightness: float
    sway: float
    stretch: float
    gutter: float


def _periodic_noise(seed: int, stream: int, freq: float, rows: int) -> npt.NDArray[np.float32]:
    """(rows, RATE * PERIOD) smooth noise in [-1, 1] whose lattice wraps at PERIOD."""
    cells = max(1, round(freq * PERIOD))
    x = np.arange(RATE * PERIOD) * (cells / (RATE * PERIOD))
    i = np.floor(x).astype(np.int64)
    f = x - i
    u = fade(f)
    row = np.arange(rows, dtype=np.int64)[:, None] * 1_000_003
    a = hash01_np(seed, stream, row + i % cells)
    b = hash01_np(seed, stream, row + (i + 1) % cells)
    out: npt.NDArray[np.float32] = ((a + (b - a) * u) * 2 - 1).astype(np.float32)
    return out


def _gutters(seed: int, flickers: FArray) -> npt.NDArray[np.float32]:
    """(rows, RATE * PERIOD) gutter depth: at most one gutter per candle per slot."""
    n = len(flickers)
    t = np.arange(RATE * PERIOD) / RATE
    out = np.zeros((n, len(t)), dtype=np.float32)
    for s in range(round(PERIOD / GUTTER_SLOT)):
        key = np.arange(n, dtype=np.int64) * 100_003 + s
        has = hash01_np(seed, 40, key) < 0.06 + 0.25 * flickers
        start = s * GUTTER_SLOT + hash01_np(seed, 41, key) * (GUTTER_SLOT - 1.5)
        dur = 0.45 + 0.9 * hash01_np(seed, 42, key)
        for c in np.nonzero(has)[0]:
            lo, hi = int(start[c] * RATE), int((start[c] + dur[c]) * RATE) + 1
            u = np.clip((t[lo:hi] - start[c]) / dur[c], 0, 1)
            out[c, lo:hi] = np.maximum(out[c, lo:hi], np.sin(np.pi * u) ** 0.7)
    return out


class FlameTable:
    """The flicker of a room's candles: `sample(t)` gives every flame at t."""

    def __init__(self, seed: int, flickers: Sequence[float], calm: bool = False) -> None:
        self.calm = calm
        self.flicker = np.asarray(flickers, dtype=np.float64)
        n = len(self.flicker)
        self._tab = np.stack([_periodic_noise(seed, st, fq, n) for st, fq in _CHANNELS.values()])
        self._gut = _gutters(seed, self.flicker)

    @staticmethod
    def _read(tab: npt.NDArray[np.float32], t: float) -> FArray:
        x = (t * RATE) % (RATE * PERIOD)
        i0 = int(x)
        f = x - i0
        i1 = (i0 + 1) % (RATE * PERIOD)
        out: FArray = tab[..., i0] * (1.0 - f) + tab[..., i1] * f
        return out

    def sample(self, t: float) -> list[FlameSample]:
        amp = self.flicker * (0.3 if self.calm else 1.0)
        slow0, slow1, slow2, fast, sway_n, stretch_n, sputter_n = self._read(self._tab, t * (0.5 if self.calm else 1.0))
        slow = (slow0 + 0.5 * slow1 + 0.25 * slow2) / 1.75
        gut = np.zeros_like(slow) if self.calm else self._read(self._gut, t)
        sputter = sputter_n * gut
        bright = np.maximum(0.2, 1.0 + amp * (0.16 * slow + 0.06 * fast) - 0.5 * gut + 0.08 * sputter)
        sway = np.clip(amp * (0.8 * sway_n + 0.35 * fast) + 0.6 * sputter, -1.0, 1.0)
        stretch = np.maximum(0.35, 1.0 + amp * (0.14 * slow + 0.08 * stretch_n) - 0.42 * gut)
        return [FlameSample(b, s, k, g) for b, s, k, g in
                zip(bright.tolist(), sway.tolist(), stretch.tolist(), gut.tolist(), strict=True)]


def fire_light(seed: int, t: float, strength: float, calm: bool = False) -> float:
    """The hearth's light output at t (about `strength`, flickering faster than candles)."""
    amp = 0.35 if calm else 1.0
    tt = t * (0.5 if calm else 1.0)
    f = 0.32 * fbm1(seed, 7001, tt * 1.7, 3) + 0.14 * noise1(seed, 7002, tt * 9.0)  # strong enough to read on the people
    return max(0.0, strength * (1.0 + amp * f))


__all__ = ["GUTTER_SLOT", "FlameSample", "FlameTable", "fire_light"]
