"""Polyline maths for the pen: smoothing that keeps cusps, even resampling, joins, noise.

Kept apart from layout and timing because all of them share it and because it is the part
most worth testing in isolation: pure numpy, no pygame, no randomness of its own (the
noise field takes a generator that the caller seeded).
"""

from __future__ import annotations

import itertools
import math

import numpy as np

from game.pen.glyphs import Poly


def clean(p: Poly, eps: float = 1e-6) -> Poly:
    """Drop repeated points; a single point becomes a tiny segment (a dot)."""
    if len(p) < 2:
        return np.vstack([p, p + np.array([1e-3, 0.0])]) if len(p) == 1 else p
    d = np.hypot(*np.diff(p, axis=0).T)
    q: Poly = p[np.concatenate([[True], d > eps])]
    if len(q) == 1:
        q = np.vstack([q, q + np.array([1e-3, 0.0])])
    return q


def catmull_rom(p: Poly, steps: int = 6) -> Poly:
    """Centripetal Catmull-Rom through every point of p, vectorised over segments."""
    p = clean(p)
    if len(p) < 3:
        return p
    pp = np.vstack([2 * p[0] - p[1], p, 2 * p[-1] - p[-2]])
    p0, p1, p2, p3 = pp[:-3, None], pp[1:-2, None], pp[2:-1, None], pp[3:, None]
    d01 = np.maximum(np.hypot(*(pp[1:-2] - pp[:-3]).T), 1e-6) ** 0.5
    d12 = np.maximum(np.hypot(*(pp[2:-1] - pp[1:-2]).T), 1e-6) ** 0.5
    d23 = np.maximum(np.hypot(*(pp[3:] - pp[2:-1]).T), 1e-6) ** 0.5
    t0 = np.zeros_like(d01)[:, None, None]
    t1 = d01[:, None, None]
    t2 = (d01 + d12)[:, None, None]
    t3 = (d01 + d12 + d23)[:, None, None]
    u = np.linspace(0, 1, steps + 1)[1:][None, :, None]
    t = t1 + (t2 - t1) * u
    a1 = (t1 - t) / (t1 - t0) * p0 + (t - t0) / (t1 - t0) * p1
    a2 = (t2 - t) / (t2 - t1) * p1 + (t - t1) / (t2 - t1) * p2
    a3 = (t3 - t) / (t3 - t2) * p2 + (t - t2) / (t3 - t2) * p3
    b1 = (t2 - t) / (t2 - t0) * a1 + (t - t0) / (t2 - t0) * a2
    b2 = (t3 - t) / (t3 - t1) * a2 + (t - t1) / (t3 - t1) * a3
    c = (t2 - t) / (t2 - t1) * b1 + (t - t1) / (t2 - t1) * b2
    out: Poly = np.vstack([p[:1], c.reshape(-1, 2)])
    return out


def smooth(p: Poly, cusp_deg: float = 100.0, steps: int = 6) -> Poly:
    """Catmull-Rom smoothing that keeps sharp cusps (retraces) sharp."""
    p = clean(p)
    if len(p) < 3:
        return p
    d = np.diff(p, axis=0)
    a = np.arctan2(d[:, 1], d[:, 0])
    turn = np.abs((np.diff(a) + np.pi) % (2 * np.pi) - np.pi)
    cuts = [0, *[int(i) + 1 for i in np.nonzero(turn > math.radians(cusp_deg))[0]], len(p) - 1]
    parts: list[Poly] = []
    for a_, b_ in itertools.pairwise(cuts):
        seg = catmull_rom(p[a_ : b_ + 1], steps)
        parts.append(seg if not parts else seg[1:])
    return np.vstack(parts)


def resample(p: Poly, ds: float) -> tuple[Poly, Poly]:
    """Points every `ds` along p, and their arc length from the start."""
    p = clean(p)
    seg = np.hypot(*np.diff(p, axis=0).T)
    s = np.concatenate([[0.0], np.cumsum(seg)])
    n = max(2, math.ceil(s[-1] / ds) + 1)
    si = np.linspace(0.0, s[-1], n)
    return np.column_stack([np.interp(si, s, p[:, 0]), np.interp(si, s, p[:, 1])]), si


def tangent(p: Poly, at_end: bool, look: float = 0.25) -> Poly:
    """Unit writing direction at the start or end of p, measured over `look` units."""
    q = p[::-1] if at_end else p
    acc = 0.0
    j = 1
    while j < len(q) - 1 and acc < look:
        acc += float(np.hypot(*(q[j] - q[j - 1])))
        j += 1
    v = (q[0] - q[j]) if at_end else (q[j] - q[0])
    n = float(np.hypot(*v))
    return v / n if n > 1e-9 else np.array([1.0, 0.0])


def hermite(a: Poly, ta: Poly, b: Poly, tb: Poly, n: int = 8) -> Poly:
    """A smooth bridge from a (leaving along ta) to b (arriving along tb): a cursive join."""
    m = max(float(np.hypot(*(b - a))), 1e-6)
    u = np.linspace(0, 1, n)[:, None]
    h00 = 2 * u**3 - 3 * u**2 + 1
    h10 = u**3 - 2 * u**2 + u
    h01 = -2 * u**3 + 3 * u**2
    h11 = u**3 - u**2
    out: Poly = h00 * a + h10 * m * ta + h01 * b + h11 * m * tb
    return out


class Noise2D:
    """Smooth 2D vector noise: a sum of random plane waves (the hand's slow wobble)."""

    def __init__(self, rng: np.random.Generator, wavelength: float, amp: float, n: int = 5) -> None:
        k = 2 * np.pi / max(wavelength, 1e-6) * rng.uniform(0.6, 1.4, n)
        ang = rng.uniform(0, 2 * np.pi, (2, n))
        self.kx = k * np.cos(ang)
        self.ky = k * np.sin(ang)
        self.ph = rng.uniform(0, 2 * np.pi, (2, n))
        self.amp = amp / math.sqrt(n / 2)

    def __call__(self, p: Poly) -> Poly:
        x, y = p[:, :1], p[:, 1:2]
        dx = np.sin(x * self.kx[0] + y * self.ky[0] + self.ph[0]).sum(1)
        dy = np.sin(x * self.kx[1] + y * self.ky[1] + self.ph[1]).sum(1)
        out: Poly = np.column_stack([dx, dy]) * self.amp
        return out
