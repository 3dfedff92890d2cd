"""The candles' flicker read off its noise lattices gives the values the whole table gave
(MEMC: the 6 MB table, and its ~12 MB of scratch at each room's start, are no longer made)."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from game.easing import fade
from game.fx.flicker import _CHANNELS, GUTTER_SLOT, PERIOD, RATE, FlameTable
from game.fx.noise import hash01_np

FLICKERS = [0.2, 0.5, 0.9, 0.35, 0.7, 0.5, 0.6, 0.1, 0.8, 0.45, 0.3, 1.0]
SEED = 7
N = RATE * PERIOD


def _table(seed: int, stream: int, freq: float, rows: int) -> npt.NDArray[np.float32]:
    """The whole (rows, N) channel, as the table was made before."""
    cells = max(1, round(freq * PERIOD))
    x = np.arange(N) * (cells / N)
    i = np.floor(x).astype(np.int64)
    u = fade(x - i)
    row = np.arange(rows, dtype=np.int64)[:, None] * 1_000_003
    a = hash01_np(seed, stream, row + i % cells)
    b = hash01_np(seed, stream, row + (i + 1) % cells)
    out: npt.NDArray[np.float32] = ((a + (b - a) * u) * 2 - 1).astype(np.float32)
    return out


def _gutters(seed: int, flickers: npt.NDArray[np.float64]) -> npt.NDArray[np.float32]:
    n = len(flickers)
    t = np.arange(N) / RATE
    out = np.zeros((n, N), dtype=np.float32)
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


def test_every_channel_and_gutter_sample_is_the_tables() -> None:
    table = FlameTable(SEED, FLICKERS)
    every = np.arange(N, dtype=np.int64)
    got = table._chans.at(every)
    for k, (stream, freq) in enumerate(_CHANNELS.values()):
        assert np.array_equal(got[k], _table(SEED, stream, freq, len(FLICKERS)))
    gut = _gutters(SEED, np.asarray(FLICKERS))
    assert gut.any()
    for i in [*np.nonzero(gut.any(axis=0))[0].tolist()[::3], 0, 1, N - 1]:
        assert np.array_equal(table._gut.at(i), gut[:, i])


def test_samples_between_table_steps_lerp_as_before() -> None:
    table = FlameTable(SEED, FLICKERS)
    tab = np.stack([_table(SEED, st, fq, len(FLICKERS)) for st, fq in _CHANNELS.values()])
    gut = _gutters(SEED, np.asarray(FLICKERS))
    for t in (0.0, 0.013, 3.7, 41.25, 255.99, 300.5):
        x = (t * RATE) % N
        i0 = int(x)
        f = x - i0
        i1 = (i0 + 1) % N
        assert np.array_equal(table._noise(t), tab[..., i0] * (1.0 - f) + tab[..., i1] * f)
        assert np.array_equal(table._gutter(t), gut[..., i0] * (1.0 - f) + gut[..., i1] * f)


def test_the_flicker_keeps_under_a_megabyte_of_arrays() -> None:
    """Twelve candles' whole table was 7 x 12 x 16384 float32 and the gutters: 6.3 MB."""
    table = FlameTable(SEED, FLICKERS)
    held = table._chans.lattice.nbytes + table._gut.start.nbytes * 5
    assert held < 1_000_000
    assert all(not isinstance(v, np.ndarray) or v.nbytes < 1_000_000 for v in vars(table).values())
