"""Seeded hash noise: the one source of randomness for every effect.

Every visual must be a pure function of (time, seed), so nothing here keeps state:
a value is a hash of integers (seed, stream, index), and smooth noise is the hash of
the integer lattice around t, eased between. A scalar path (plain Python, for the
dozen candles) and a numpy path (for hundreds of rain drops and sparks) compute the
*same* function, so a test can check one against the other. Pure maths: no pygame.
"""

from __future__ import annotations

import math

import numpy as np
import numpy.typing as npt

from game.easing import fade

_M32 = 0xFFFFFFFF
FArray = npt.NDArray[np.float64]
NOISE_BAND = 1 << 16  # values of a noise field made at a time (see value_noise2_np)
UArray = npt.NDArray[np.uint32]


def _mix(x: int) -> int:
    """A 32-bit integer hash with good avalanche (Chris Wellons' lowbias32)."""
    x &= _M32
    x ^= x >> 16
    x = (x * 0x7FEB352D) & _M32
    x ^= x >> 15
    x = (x * 0x846CA68B) & _M32
    x ^= x >> 16
    return x


def hash_u32(seed: int, stream: int, index: int) -> int:
    """A 32-bit hash of three integers (negative indices are fine)."""
    h = _mix((seed * 0x9E3779B1 + stream * 0x85EBCA77) & _M32)
    return _mix(h ^ (index & _M32))


def hash01(seed: int, stream: int, index: int) -> float:
    """A uniform value in [0, 1) for (seed, stream, index)."""
    return hash_u32(seed, stream, index) / 4294967296.0


def noise1(seed: int, stream: int, t: float) -> float:
    """Smooth 1D value noise in [-1, 1], one lattice point per unit of t."""
    i = math.floor(t)
    f = t - i
    a = hash01(seed, stream, i)
    b = hash01(seed, stream, i + 1)
    u = fade(f)
    return (a + (b - a) * u) * 2.0 - 1.0


def fbm1(seed: int, stream: int, t: float, octaves: int = 3) -> float:
    """Fractal noise: octaves of `noise1`, roughly in [-1, 1]."""
    total = 0.0
    amp = 1.0
    norm = 0.0
    freq = 1.0
    for o in range(octaves):
        total += amp * noise1(seed, stream * 7 + o, t * freq + o * 17.31)
        norm += amp
        amp *= 0.5
        freq *= 2.03
    return total / norm


# ---------------------------------------------------------------- numpy versions


def _mix_np(x: UArray) -> UArray:
    with np.errstate(over="ignore"):  # uint32 multiplication wraps, as intended
        x = x ^ (x >> np.uint32(16))
        x = x * np.uint32(0x7FEB352D)
        x = x ^ (x >> np.uint32(15))
        x = x * np.uint32(0x846CA68B)
        x = x ^ (x >> np.uint32(16))
    return x


def hash01_np(seed: int, stream: int, index: npt.ArrayLike) -> FArray:
    """`hash01` over an array of integer indices (same values as the scalar one)."""
    h = np.uint32(_mix((seed * 0x9E3779B1 + stream * 0x85EBCA77) & _M32))
    idx = (np.asarray(index, dtype=np.int64) & _M32).astype(np.uint32)
    return _mix_np(idx ^ h).astype(np.float64) / 4294967296.0


def noise1_np(seed: int, stream: int, t: npt.ArrayLike) -> FArray:
    """`noise1` over an array of times."""
    tt = np.asarray(t, dtype=np.float64)
    i = np.floor(tt)
    f = tt - i
    ii = i.astype(np.int64)
    a = hash01_np(seed, stream, ii)
    b = hash01_np(seed, stream, ii + 1)
    u = fade(f)
    return (a + (b - a) * u) * 2.0 - 1.0


def value_noise2_np(seed: int, w: int, h: int, cell: int) -> FArray:
    """A (h, w) field of smooth 2D value noise in [0, 1], tileable in x and y.

    Used to bake textures once (ember bed, fire turbulence); `cell` is the lattice spacing
    in pixels and should divide w and h for seamless tiling.
    """
    gx, gy = max(1, w // cell), max(1, h // cell)
    lattice = hash01_np(seed, 911, np.arange(gx * gy)).reshape(gy, gx)
    ys = np.arange(h) / cell
    xs = np.arange(w) / cell
    y0 = np.floor(ys).astype(np.int64)
    x0 = np.floor(xs).astype(np.int64)
    fy = ys - y0
    fx = xs - x0
    fy = fade(fy)
    fx = fade(fx)
    y0m, y1m = y0 % gy, (y0 + 1) % gy
    x0m, x1m = x0 % gx, (x0 + 1) % gx
    out: FArray = np.empty((h, w))
    rows = max(1, NOISE_BAND // max(1, w))  # a band of rows at a time: the corners and lerps of
    for r0 in range(0, h, rows):  # a whole field were ~7 fields of float64 held at once
        at = slice(r0, r0 + rows)
        a = lattice[np.ix_(y0m[at], x0m)]
        b = lattice[np.ix_(y0m[at], x1m)]
        c = lattice[np.ix_(y1m[at], x0m)]
        d = lattice[np.ix_(y1m[at], x1m)]
        top = a + (b - a) * fx[None, :]
        bot = c + (d - c) * fx[None, :]
        out[at] = top + (bot - top) * fy[at, None]
    return out


def fbm2_np(seed: int, w: int, h: int, cell: int, octaves: int = 4) -> FArray:
    """Tileable fractal 2D noise in [0, 1] (octaves of `value_noise2_np`)."""
    total = np.zeros((h, w))
    amp = 1.0
    norm = 0.0
    for o in range(octaves):
        c = max(1, cell >> o)
        octave = value_noise2_np(seed + o * 131, w, h, c)
        octave *= amp  # in place: the same values as amp * octave, one field fewer
        total += octave
        del octave  # (before the next is made)
        norm += amp
        amp *= 0.5
    total /= norm
    return total
