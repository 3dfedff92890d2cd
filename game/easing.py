"""Easing curves: the one place the engine's smooth starts and stops are written.

Everything that eases (tweens of the staging, a pose blending into the next, a notebook
sliding across the table, a page turning, the camera's dissolve, value noise between its
lattice points) uses these, so a change of feel is made once. `smoothstep` clamps its
input, as a tween wants; `fade` is the unclamped cubic for inputs already in 0..1 and
works on numpy arrays too (value noise interpolates whole grids with it).
"""

from __future__ import annotations

from typing import TypeVar

import numpy as np
import numpy.typing as npt

Curve = TypeVar("Curve", float, npt.NDArray[np.float64], npt.NDArray[np.float32])


def clamp01(x: float) -> float:
    return 0.0 if x < 0.0 else 1.0 if x > 1.0 else x


def fade(u: Curve) -> Curve:
    """3u² − 2u³ for u already in 0..1 (floats or arrays): zero slope at both ends."""
    return u * u * (3.0 - 2.0 * u)


def smoothstep(x: float) -> float:
    """`fade` of x clamped to 0..1: the standard ease in and out."""
    return fade(clamp01(x))


def smootherstep(x: float) -> float:
    """Perlin's 6u⁵ − 15u⁴ + 10u³: also zero acceleration at both ends (camera moves)."""
    u = clamp01(x)
    return u * u * u * (u * (u * 6.0 - 15.0) + 10.0)


def mix(a: float, b: float, u: float) -> float:
    """a + (b - a) * u."""
    return a + (b - a) * u


def ease_between(a: float, b: float, x: float) -> float:
    """From a to b, eased by `smoothstep(x)`."""
    return mix(a, b, smoothstep(x))
