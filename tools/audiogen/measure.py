"""Measurements of sound that tests and `tools/mix_report.py` share.

`envelope_autocorrelation` answers "does this ambience repeat audibly?": the loudness
envelope (RMS of 100 ms blocks, in dB) correlated with itself, as a Pearson coefficient,
at each lag from 1 to 20 s. A 3 s loop scores about 1.0 at 3 s; weather scores near 0.
The other functions describe a one-shot by what the ear judges: where its energy sits
in frequency (band shares, centroid, spectral flatness) and in time (attack, peaks).
"""

from __future__ import annotations

import itertools

import numpy as np
from numpy.typing import NDArray

Arr = NDArray[np.float64]
SR = 44100


def envelope_db(x: Arr, block: float = 0.1, rate: int = SR) -> Arr:
    """Loudness over time: RMS of each `block` seconds (channels summed), in dB."""
    mono = x if x.ndim == 1 else x.mean(axis=1)
    size = round(block * rate)
    n = len(mono) // size
    blocks = mono[: n * size].reshape(n, size)
    return np.asarray(10 * np.log10(np.mean(blocks * blocks, axis=1) + 1e-12), dtype=np.float64)


def envelope_autocorrelation(
    x: Arr, lags: tuple[float, float] = (1.0, 20.0), block: float = 0.1, rate: int = SR
) -> tuple[float, float]:
    """(highest correlation, the lag in seconds where it is) of the loudness envelope with
    itself over lags[0]..lags[1]; x must be longer than twice the largest lag."""
    e = envelope_db(x, block, rate)
    lo, hi = round(lags[0] / block), round(lags[1] / block)
    if len(e) < 2 * hi:
        raise ValueError(f"{len(e) * block:.1f} s is too short to judge lags up to {lags[1]} s")
    best, where = -1.0, lo
    for k in range(lo, hi + 1):
        a, b = e[:-k], e[k:]
        r = float(np.corrcoef(a, b)[0, 1])
        if r > best:
            best, where = r, k
    return best, where * block


def looped(x: Arr, seconds: float, rate: int = SR) -> Arr:
    """What the mixer plays when it loops x: x repeated to at least `seconds`."""
    reps = int(np.ceil(seconds * rate / len(x)))
    return np.asarray(np.concatenate([x] * reps)[: round(seconds * rate)], dtype=np.float64)


def spectrum(x: Arr, rate: int = SR) -> tuple[Arr, Arr]:
    """(frequencies, power) of the whole sound."""
    mono = x if x.ndim == 1 else x.mean(axis=1)
    power = np.abs(np.fft.rfft(mono)) ** 2
    return np.asarray(np.fft.rfftfreq(len(mono), 1 / rate), dtype=np.float64), np.asarray(power, dtype=np.float64)


def band_share(x: Arr, lo: float, hi: float, rate: int = SR) -> float:
    """Fraction of the sound's energy between lo and hi Hz."""
    f, p = spectrum(x, rate)
    return float(p[(f >= lo) & (f < hi)].sum() / p.sum())


def centroid(x: Arr, rate: int = SR) -> float:
    """Spectral centroid in Hz (power-weighted)."""
    f, p = spectrum(x, rate)
    return float((f * p).sum() / p.sum())


def peak_frequency(x: Arr, lo: float = 20.0, hi: float = 20000.0, rate: int = SR) -> float:
    """The strongest frequency between lo and hi, smoothed over 10 Hz."""
    f, p = spectrum(x, rate)
    width = max(1, int(10 / (f[1] - f[0])))
    smooth = np.convolve(p, np.ones(width) / width, mode="same")
    sel = (f >= lo) & (f < hi)
    return float(f[sel][np.argmax(smooth[sel])])


def flatness(x: Arr, lo: float, hi: float, rate: int = SR) -> float:
    """Spectral flatness (geometric / arithmetic mean of power, 1/3-octave smoothed) in a
    band: near 1 for noise, near 0 for a tone."""
    f, p = spectrum(x, rate)
    edges = lo * 2 ** (np.arange(0, np.log2(hi / lo) + 1e-9, 1 / 3))
    bands = np.array([p[(f >= a) & (f < b)].mean() for a, b in itertools.pairwise(edges)])
    return float(np.exp(np.mean(np.log(bands + 1e-30))) / np.mean(bands))


def envelope(x: Arr, block: float = 0.01, rate: int = SR) -> Arr:
    """Linear RMS of `block`-second blocks: the shape of a one-shot in time."""
    return np.asarray(10 ** (envelope_db(x, block, rate) / 20), dtype=np.float64)


def onsets(x: Arr, threshold: float = 0.35, gap: float = 0.12, block: float = 0.01, rate: int = SR) -> list[float]:
    """Times (s) where the envelope rises through `threshold` of its peak, at least `gap` apart."""
    e = envelope(x, block, rate)
    above = e >= threshold * e.max()
    found: list[float] = []
    for i in np.flatnonzero(above[1:] & ~above[:-1]) + 1:
        if not found or i * block - found[-1] >= gap:
            found.append(float(i * block))
    if above[0]:
        found.insert(0, 0.0)
    return found
