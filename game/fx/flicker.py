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
from typing import Any

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


SLOT_SAMPLES = round(GUTTER_SLOT * RATE)  # table samples per gutter slot
COLUMNS_KEPT = 8  # table samples kept (a few frames' worth)
HASH_ONE = 4294967296.0  # hash01's values are a uint32 over this


class _Channels:
    """The channels of smooth value noise, `rows` rows each, whose lattices wrap at PERIOD: their
    lattice values are kept (a few hundred KB), and a sample is read off them when asked for."""

    def __init__(self, seed: int, channels: Sequence[tuple[int, float]], rows: int) -> None:
        cells = [max(1, round(freq * PERIOD)) for _stream, freq in channels]
        self.cells = np.array(cells, dtype=np.int64)[:, None]  # (channel, 1)
        self.step = np.array([c / (RATE * PERIOD) for c in cells])[:, None]  # a table sample, in lattice cells
        self.offset = np.cumsum([0, *cells[:-1]])[:, None]
        row = np.arange(rows, dtype=np.int64)[:, None] * 1_000_003
        # (each value is k / 2^32: kept as k, 4 bytes, read back exactly as hash01_np gives it)
        self.lattice = np.concatenate([(hash01_np(seed, stream, row + np.arange(c, dtype=np.int64)[None, :]) * HASH_ONE)
                                       .astype(np.uint32) for (stream, _f), c in zip(channels, cells, strict=True)], axis=1)

    def at(self, idx: npt.NDArray[np.int64]) -> npt.NDArray[np.float32]:
        """(channel, row, len(idx)) noise in [-1, 1] at the table's sample indices `idx`."""
        x = idx[None, :] * self.step
        i = np.floor(x).astype(np.int64)
        u = fade(x - i)
        a = self.lattice[:, self.offset + i % self.cells].astype(np.float64) / HASH_ONE  # (row, channel, sample)
        b = self.lattice[:, self.offset + (i + 1) % self.cells].astype(np.float64) / HASH_ONE
        out: npt.NDArray[np.float32] = ((a + (b - a) * u[None]) * 2 - 1).astype(np.float32).transpose(1, 0, 2)
        return out


class _Gutters:
    """Gutter depth: at most one gutter per candle per slot of GUTTER_SLOT s (a gutter lies
    inside its slot: it starts by GUTTER_SLOT - 1.5 s and lasts at most 1.35 s)."""

    def __init__(self, seed: int, flickers: FArray) -> None:
        n = len(flickers)
        slots = round(PERIOD / GUTTER_SLOT)
        key = np.arange(n, dtype=np.int64)[None, :] * 100_003 + np.arange(slots, dtype=np.int64)[:, None]
        self.has = hash01_np(seed, 40, key) < 0.06 + 0.25 * flickers[None, :]  # (slot, candle)
        self.start = np.arange(slots)[:, None] * GUTTER_SLOT + hash01_np(seed, 41, key) * (GUTTER_SLOT - 1.5)
        self.dur = 0.45 + 0.9 * hash01_np(seed, 42, key)
        self.lo = (self.start * RATE).astype(np.int64)  # the table samples each one covers: lo <= i < hi
        self.hi = ((self.start + self.dur) * RATE).astype(np.int64) + 1

    def at(self, i: int) -> npt.NDArray[np.float32]:
        """Each candle's gutter depth at table sample i."""
        s = i // SLOT_SAMPLES
        out = np.zeros(self.has.shape[1], dtype=np.float32)
        on = self.has[s] & (self.lo[s] <= i) & (i < self.hi[s])
        if on.any():
            u = np.clip((i / RATE - self.start[s, on]) / self.dur[s, on], 0, 1)
            out[on] = np.maximum(np.float32(0.0), np.sin(np.pi * u) ** 0.7)
        return out


class FlameTable:
    """The flicker of a room's candles: `sample(t)` gives every flame at t.

    The noise is read at the two table samples about t (64 a second over PERIOD) and lerped,
    as a whole table would be: the same values. The table itself (7 channels and the gutters,
    ~6 MB for twelve candles, and ~12 MB of float64 scratch to make it) is not kept: only
    each channel's lattice (~0.5 MB) and each slot's gutter."""

    def __init__(self, seed: int, flickers: Sequence[float], calm: bool = False) -> None:
        self.calm = calm
        self.flicker = np.asarray(flickers, dtype=np.float64)
        n = len(self.flicker)
        self._chans = _Channels(seed, list(_CHANNELS.values()), n)
        self._gut = _Gutters(seed, self.flicker)
        self._cols: dict[int, tuple[npt.NDArray[np.float32], npt.NDArray[np.float32]]] = {}

    @staticmethod
    def _where(t: float) -> tuple[int, int, float]:
        """The table samples about t and the lerp between them."""
        x = (t * RATE) % (RATE * PERIOD)
        i0 = int(x)
        return i0, (i0 + 1) % (RATE * PERIOD), x - i0

    def _column(self, i: int) -> tuple[npt.NDArray[np.float32], npt.NDArray[np.float32]]:
        """The table's sample i: (channel, candle) noise and each candle's gutter (the last few
        kept: a frame's t and its light map's, and the next frame's, share theirs)."""
        hit = self._cols.get(i)
        if hit is None:
            hit = self._cols[i] = (self._chans.at(np.array([i], dtype=np.int64))[..., 0], self._gut.at(i))
            while len(self._cols) > COLUMNS_KEPT:
                del self._cols[next(iter(self._cols))]
        return hit

    def _noise(self, t: float) -> npt.NDArray[Any]:
        i0, i1, f = self._where(t)
        out: npt.NDArray[Any] = self._column(i0)[0] * (1.0 - f) + self._column(i1)[0] * f
        return out

    def _gutter(self, t: float) -> npt.NDArray[Any]:
        i0, i1, f = self._where(t)
        out: npt.NDArray[Any] = self._column(i0)[1] * (1.0 - f) + self._column(i1)[1] * f
        return out

    def sample(self, t: float) -> list[FlameSample]:
        amp = self.flicker * (0.3 if self.calm else 1.0)
        slow0, slow1, slow2, fast, sway_n, stretch_n, sputter_n = self._noise(t * (0.5 if self.calm else 1.0))
        slow = (slow0 + 0.5 * slow1 + 0.25 * slow2) / 1.75
        gut = np.zeros_like(slow) if self.calm else self._gutter(t)
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
