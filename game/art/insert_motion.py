"""How a part of a close shot moves: small named motions summed into one transform.

An insert (game/art/inserts.py) is a still illustration whose parts move: a fist
trembles, a foot taps, a chest breathes, a tear wells and falls. Each motion is a pure
function of the time since the shot began and the seed, so any frame can be rendered
on its own (captures, goldens, a resumed save) and two runs with one seed agree. The
motions are kept few and named for what they show so an insert's TOML reads as a
description of the shot (`tremor`, `breathe`, `tap`, `sway`, `keys`).

Amplitudes are in design pixels of the 1920x1080 illustration, so they are sized for
the scale the shot is shown at: a tremor of 3 px is visible at 1080p, which a 0.6
degree sway of the wide rig never was.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from itertools import pairwise

from game.fx.noise import noise1

KINDS = ("breathe", "sway", "tremor", "tap", "keys", "blink")
SCALE_STREAM = 1 << 20  # a tremor's scale noise streams start here (far from the dx/dy/rot ones)


@dataclass(frozen=True)
class Transform:
    """Offset (design px), rotation (degrees, counter-clockwise on screen), scale, opacity."""

    dx: float = 0.0
    dy: float = 0.0
    rot: float = 0.0
    scale: float = 1.0
    alpha: float = 1.0

    def then(self, other: Transform) -> Transform:
        return Transform(self.dx + other.dx, self.dy + other.dy, self.rot + other.rot,
                         self.scale * other.scale, self.alpha * other.alpha)


@dataclass(frozen=True)
class Key:
    """One keyframe of a `keys` motion: at `at` seconds the part is at this transform."""

    at: float
    t: Transform


@dataclass(frozen=True)
class Motion:
    """One motion of a part.

    breathe: dx/dy/rot/scale-1 times a slow sine (period s); sway: the same, any period;
    tremor: dx/dy/rot (and scale-1) times smooth noise at `freq` Hz; tap: a quick lift and drop every
    `period` s (rot/dy at the top of the lift); keys: keyframes eased between, held after
    the last (or looping every `period` s when period > 0), and `calm_keys` in their stead
    with reduce motion on (a gentler schedule of the same cuts, e.g. the trembling lips at 19);
    blink: alpha 1 except a short 0 every `period` s (for an open-eye part over a closed one)."""

    kind: str
    dx: float = 0.0
    dy: float = 0.0
    rot: float = 0.0
    scale: float = 0.0
    period: float = 4.0
    freq: float = 8.0
    phase: float = 0.0
    keys: tuple[Key, ...] = ()
    calm_keys: tuple[Key, ...] = ()

    def at(self, u: float, seed: int, stream: int) -> Transform:
        """The transform at `u` seconds into the shot."""
        if self.kind in ("breathe", "sway"):
            s = math.sin(2.0 * math.pi * (u / max(0.05, self.period) + self.phase))
            return Transform(self.dx * s, self.dy * s, self.rot * s, 1.0 + self.scale * s)
        if self.kind == "tremor":
            f = max(0.1, self.freq)
            a, b, c = (noise1(seed, stream * 3 + i, u * f + self.phase) for i in range(3))
            # scale: a quiver that swells and draws in the part about its pivot (a lip's tremble is
            # its shape, not only its place); its own noise stream, so other tremors are unchanged
            d = noise1(seed, SCALE_STREAM + stream, u * f + self.phase) if self.scale else 0.0
            return Transform(self.dx * a, self.dy * b, self.rot * c, 1.0 + self.scale * d)
        if self.kind == "tap":
            p = max(0.1, self.period)
            x = ((u / p + self.phase) % 1.0)
            lift = math.sin(math.pi * min(1.0, x / 0.45)) ** 2 if x < 0.45 else 0.0
            return Transform(self.dx * lift, self.dy * lift, self.rot * lift)
        if self.kind == "blink":
            x = (u / max(0.5, self.period) + self.phase) % 1.0
            return Transform(alpha=0.0 if x < 0.035 else 1.0)
        return self._keyed(u)

    def _keyed(self, u: float) -> Transform:
        keys = self.keys
        if not keys:
            return Transform()
        if self.period > 0 and u > keys[-1].at:
            u = keys[0].at + (u - keys[0].at) % max(1e-3, self.period)
        if u <= keys[0].at:
            return keys[0].t
        for a, b in pairwise(keys):
            if u <= b.at:
                x = (u - a.at) / max(1e-6, b.at - a.at)
                e = x * x * (3.0 - 2.0 * x)
                return Transform(a.t.dx + (b.t.dx - a.t.dx) * e, a.t.dy + (b.t.dy - a.t.dy) * e,
                                 a.t.rot + (b.t.rot - a.t.rot) * e, a.t.scale + (b.t.scale - a.t.scale) * e,
                                 a.t.alpha + (b.t.alpha - a.t.alpha) * e)
        return keys[-1].t


def combined(motions: tuple[Motion, ...], u: float, seed: int, stream: int, calm: bool = False) -> Transform:
    """All of a part's motions at `u`; `calm` (reduce motion) keeps the story's keyframes (or
    plays their `calm_keys` where a shot gives them) but quiets the idle ones to a third."""
    out = Transform()
    for i, m in enumerate(motions):
        if calm and m.calm_keys:
            m = replace(m, keys=m.calm_keys)
        t = m.at(u, seed, stream * 16 + i)
        if calm and m.kind not in ("keys",):
            t = Transform(t.dx / 3, t.dy / 3, t.rot / 3, 1.0 + (t.scale - 1.0) / 3, t.alpha)
        out = out.then(t)
    return out


def parse_motion(raw: dict[str, object], where: str) -> Motion:
    """A motion from its TOML table; a bad one raises ValueError naming `where`."""
    kind = raw.get("kind")
    if kind not in KINDS:
        raise ValueError(f"{where}: motion kind must be one of {', '.join(KINDS)}, not {kind!r}")

    def num(name: str, default: float) -> float:
        v = raw.get(name, default)
        if not isinstance(v, (int, float)) or isinstance(v, bool) or not math.isfinite(float(v)):
            raise ValueError(f"{where}: motion '{name}' must be a number, not {v!r}")
        return float(v)

    keys = _parse_keys(raw.get("keys", []), where)
    calm_keys = _parse_keys(raw.get("calm_keys", []), where)
    if kind == "keys" and not keys:
        raise ValueError(f"{where}: a 'keys' motion needs keys = [[at, dx, dy, rot, scale, alpha], ...]")
    return Motion(str(kind), num("dx", 0.0), num("dy", 0.0), num("rot", 0.0), num("scale", 0.0),
                  num("period", 0.0 if kind == "keys" else 4.0), num("freq", 8.0), num("phase", 0.0),
                  keys, calm_keys)


def _parse_keys(raw_keys: object, where: str) -> tuple[Key, ...]:
    """Keyframes from their TOML list ([at, dx, dy, rot, scale, alpha], 2 to 6 numbers, in time order)."""
    keys: list[Key] = []
    for k in raw_keys if isinstance(raw_keys, list) else []:
        if not isinstance(k, list) or not 2 <= len(k) <= 6 or not all(
                isinstance(v, (int, float)) and not isinstance(v, bool) for v in k):
            raise ValueError(f"{where}: a key is [at, dx, dy, rot, scale, alpha] (2 to 6 numbers), not {k!r}")
        vals = [float(v) for v in k] + [0.0, 0.0, 0.0, 1.0, 1.0][len(k) - 1:]
        keys.append(Key(vals[0], Transform(vals[1], vals[2], vals[3], vals[4], vals[5])))
    if any(b.at < a.at for a, b in pairwise(keys)):
        raise ValueError(f"{where}: keys must be in time order")
    return tuple(keys)
