"""Array work for the painted hand, done a band of rows at a time (game.pen.relief, game.pen.shade).

The writer's hand is painted on a supersampled canvas (1122 x 548 px at 1080p, 2.3 MiB a
float32 field): worked whole, each step's temporaries were whole canvases or whole windows
of a form, and a cold bake of his hand raised the game's resident size by ~175 MB (135 ->
335 MB in the kiosk's first Begin, issue 16). Almost every step is a function of each
pixel alone (or of its row neighbours, a gradient), so it is worked BAND_PX pixels of rows
at a time with the same arithmetic on the same values: the same pixels as whole (a test
paints both ways). What needs the whole field (a wide blur, the shadow march) is kept whole
but small, or made row by row from its small worked size (`resize` with a window).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator

import numpy as np

Arr = np.ndarray
Win = tuple[slice, slice]

BAND_PX = 1 << 13  # pixels a band of rows holds: its float32 temporaries (32 KiB) stay under game.memory's
# MMAP_THRESHOLD, reused from the heap, not mapped and faulted in anew each (16384 px: 8.5 s of CPU for both
# writers' cold hands at 1080p; 8192: 5.7; worked whole: 9.5-10.5)


def band_rows(width: int, multiple: int = 1, px: int | None = None) -> int:
    """How many rows (a multiple of `multiple`) make a band of rows `width` px wide."""
    n = (px or BAND_PX) // max(1, width)
    return max(multiple, n // multiple * multiple)


def bands(n: int, rows: int) -> Iterator[tuple[int, int]]:
    """(start, stop) of each band of `rows` rows over n."""
    for r0 in range(0, n, rows):
        yield r0, min(n, r0 + rows)


def box(a: Arr, r: int, px: int | None = None, spend: bool = False) -> Arr:
    """Two box passes of radius r along each axis (edges clamped). Each pass runs along its
    axis for a block of the other axis at a time (a running sum down a column or along a row
    does not depend on its neighbours), in place: one whole float32 field, not six (`spend`:
    in `a` itself, if it is float32)."""
    out = a if spend and a.dtype == np.float32 else a.astype(np.float32)
    for axis in (0, 1):
        n, other = out.shape[axis], out.shape[1 - axis]
        step = band_rows(n + 2 * r + 1, 1, px)
        pad = [(0, 0), (0, 0)]
        pad[axis] = (r + 1, r)
        for _ in range(2):
            for k0, k1 in bands(other, step):
                at = (slice(None), slice(k0, k1)) if axis == 0 else (slice(k0, k1), slice(None))
                c = np.cumsum(np.pad(out[at], pad, mode="edge"), axis=axis, dtype=np.float32)
                hi = c[2 * r + 1:2 * r + 1 + n] if axis == 0 else c[:, 2 * r + 1:2 * r + 1 + n]
                lo = c[:n] if axis == 0 else c[:, :n]
                out[at] = (hi - lo) / (2 * r + 1)
    return out


def resize(a: Arr, shape: tuple[int, int], win: Win | None = None) -> Arr:
    """Bilinear resampling of a 2D array to `shape` (pixel centres aligned); `win`: only
    that window of the result (the same values as the whole one's, without the whole)."""
    out = a
    for axis, n in enumerate(shape):
        m = out.shape[axis]
        x = np.clip((np.arange(n, dtype=np.float32) + 0.5) * m / n - 0.5, 0, m - 1)
        i0 = np.minimum(x.astype(np.int32), m - 2) if m > 1 else np.zeros(n, np.int32)
        f = (x - i0) if m > 1 else np.zeros(n, np.float32)
        i1 = np.minimum(i0 + 1, m - 1)
        if win is not None:
            i0, i1, f = i0[win[axis]], i1[win[axis]], f[win[axis]]
        if axis == 0:
            out = out[i0] * (1 - f)[:, None] + out[i1] * f[:, None]
        else:
            out = out[:, i0] * (1 - f)[None, :] + out[:, i1] * f[None, :]
    return out


def _small(a: Arr, f: int) -> Arr:
    """`a` edge-padded to a multiple of f and averaged over f x f blocks."""
    w, h = a.shape
    pw, ph = -w % f, -h % f
    big = np.pad(a, ((0, pw), (0, ph)), mode="edge") if pw or ph else a
    out: Arr = big.reshape(big.shape[0] // f, f, big.shape[1] // f, f).mean(axis=(1, 3), dtype=np.float32)
    return out


def blur(a: Arr, r: int) -> Arr:
    """A soft blur of a 2D array (about a gaussian of sigma ~ r); wide ones worked small."""
    return blur_rows(a, r)(slice(0, a.shape[0]))


def blur_rows(a: Arr, r: int, spend: bool = False) -> Callable[[slice], Arr]:
    """`blur(a, r)` as a function of a band of rows: a wide blur is kept at its small worked
    size and brought up a band at a time; a narrow one (worked whole) is made once (`spend`:
    in `a` itself, which is then the blur)."""
    f = max(1, r // 3)
    if r < 1 or f == 1:
        whole = box(a, r, spend=spend) if r >= 1 else a

        def cut(rows: slice) -> Arr:
            out: Arr = whole[rows]
            return out

        return cut
    w, h = a.shape
    soft = box(_small(a, f), max(1, round(r / f)))
    shape = (w + (-w % f), h + (-h % f))

    def up(rows: slice) -> Arr:
        return resize(soft, shape, (rows, slice(0, h)))

    return up


def noise(u: Arr, v: Arr, scale: float, seed: int) -> Arr:
    """Smooth deterministic noise in -1..1 at pen coordinates (a sum of skewed waves), the
    same wherever it is evaluated, so two canvases that overlap agree."""
    rng = np.random.default_rng(seed)
    out = np.zeros(np.broadcast(u, v).shape, np.float32)
    for _ in range(6):
        a = rng.uniform(0, math.pi)
        f = rng.uniform(0.7, 1.4) / scale
        out += np.sin((u * math.cos(a) + v * math.sin(a)) * f + rng.uniform(0, 6.3)).astype(np.float32)
    return out / 2.4


def reduce(a: Arr, ss: int) -> Arr:
    """ss x ss blocks averaged."""
    if ss == 1:
        return a
    w, h = a.shape[0] // ss, a.shape[1] // ss
    out: Arr = a.reshape(w, ss, h, ss, *a.shape[2:]).mean(axis=(1, 3))
    return out
