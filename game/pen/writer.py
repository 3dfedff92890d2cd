"""The writer's hand over the page: sleeve, cuff, hand and the one pen that writes.

Seen from above, a right hand holds the pen in a tripod grip: the barrel pinched between
the thumb's pad and the side of the middle finger, the index finger lying on top of it,
ring and little fingers curled under the palm with their knuckles on the page, the back of
the hand turned up and to the right, the forearm coming in from the lower right (mirrored
for a writer on the left of the book).

It is painted, not drawn: every form (finger bones, knuckles, metacarpals, wrist, forearm,
cuff, sleeve, the pen's barrel and nib) is a tapered capsule with a height, and the forms
are joined by a smooth union into one height field with its normals, so fingers grow out
of the hand without seams and lie over or under the barrel by their height. The field is
lit by the scene's candle (off the frame at the upper left, as `game.pen.desk` lights the
table): wrapped diffuse light with a warm subsurface edge on skin, occlusion in the creases,
cast shadows of one form on another, a glint on nails, lacquer and gold; then its shadow on
the page is thrown by height. All of it once per (pixel scale, look), supersampled, in the
pen's own frame (the tip at the origin, the barrel along +u), then turned to the angle the
pen is held at; a frame costs two blits. The forms are plain data below so the picture can
be mended without touching the code that paints it.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass

import numpy as np
import pygame

RGB = tuple[int, int, int]
Pt = tuple[float, float]
Joint = tuple[float, float, float, float]  # u, v (pen frame, logical px), z (height over the page), radius
Arr = np.ndarray

ANGLE = 48.0  # degrees: the pen's direction from tip to cap on screen, a little steeper than the lying pen's
NEG = -1.0e4  # "nothing here" in the height field
PEN_RISE = 0.5  # the barrel's height over the page per unit of length: the pen held at a slant
WRIST: Pt = (250.0, -50.0)  # the wrist's centre (pen frame, his size)
ARM_DIR = math.radians(23.0)  # the forearm's direction, relative to the barrel
ARM_LEN = 600.0  # how far the forearm reaches from the wrist (past any frame's edge)
ARM_JOIN = (70.0, 110.0)  # along the arm: where the arm's own canvas fades in over the hand's
# the candle: from the upper left, fairly high; and where shadows fall, per unit of height
LIGHT = (-0.56, -0.50, 0.66)  # screen x (right), y (down), z (up, toward the viewer)
SHADOW_DIR = (0.6, 0.5)  # screen px of shadow offset per px of height


@dataclass(frozen=True)
class Look:
    """Whose hand: skin, sleeve (None: a bare forearm) and shirt cuff (None: none)."""

    skin: RGB
    sleeve: RGB | None = None
    cuff: RGB | None = None
    left: bool = False  # the writer sits to the left of the book: the hand comes in from the left
    size: float = 1.0  # the hand and arm against the pen (hers smaller and slimmer than his)


@dataclass(frozen=True)
class Part:
    """One form: a chain of tapered capsules through its joints, joined to what lies under
    it with a smooth union of radius `k` (0: a hard edge, as where a finger lies on the pen)."""

    joints: tuple[Joint, ...]
    mat: str
    k: float = 5.0
    flat: float = 0.8  # the cross-section's height over its half width
    nail: float | None = None  # a nail on the last joint: its roll, a share of the radius toward +v
    creases: bool = False  # knuckle wrinkles over the inner joints
    cut: bool = False  # a tube with cut ends (cuff, sleeve, the pen's bands) instead of round caps
    pen: bool = False  # the pen's parts keep their size whoever holds it
    folds: int = 0  # cloth: how many folds (seeded) crease the tube
    tilt: float = 0.0  # height gained per unit across the axis toward +v (the hand's back, rolled)
    oval: bool = False  # a dome instead of a tube: its two joints end the long axis, r is half its width
    ridges: tuple[tuple[float, float, float, float, float, float], ...] = ()  # u0, v0, u1, v1, height, width


def _pen_at(u: float, r: float) -> Joint:
    return (u, 0.0, u * PEN_RISE, r)


PEN: tuple[Part, ...] = (
    Part((_pen_at(3.0, 1.2), _pen_at(22.0, 4.4)), "black", k=0.0, flat=0.75, pen=True),  # the feed under the nib
    Part(((0.5, 0.0, 1.2, 0.6), (8.0, 0.0, 5.4, 2.3), (22.0, 0.0, 12.4, 4.8)), "gold", k=0.0, flat=0.55, pen=True),
    Part((_pen_at(21.0, 5.0), _pen_at(52.0, 6.2)), "black", k=0.6, pen=True, cut=True),  # grip section
    Part((_pen_at(52.0, 7.2), _pen_at(57.0, 7.2)), "gold", k=0.0, pen=True, cut=True),
    Part((_pen_at(57.0, 7.0), _pen_at(150.0, 7.0)), "black", k=0.0, pen=True, cut=True),
    Part((_pen_at(150.0, 7.3), _pen_at(154.0, 7.3)), "gold", k=0.0, pen=True, cut=True),
    Part((_pen_at(154.0, 7.1), _pen_at(224.0, 6.7)), "black", k=0.0, pen=True),
    Part(((158.0, 0.0, 79.0 + 7.6, 1.5), (220.0, 0.0, 110.0 + 7.2, 1.3)), "gold", k=0.8, pen=True),  # the clip
)

# the hand, his size, in the pen's frame: u along the barrel from the nib, v across it (+v:
# the thumb's side, the lower left on screen; -v: the back of the hand), z up from the page
HAND: tuple[Part, ...] = (
    # the palm's mass under the back of the hand, and the web between thumb and index
    Part(((146.0, -74.0, 22.0, 24.0), (214.0, -50.0, 30.0, 30.0)), "skin", k=8.0, flat=0.7),
    Part(((138.0, 30.0, 28.0, 11.0), (150.0, 4.0, 38.0, 13.0), (190.0, -8.0, 46.0, 17.0)), "skin", k=9.0, flat=0.55),
    # the thumb's root: its metacarpal and the muscle between it and the index's, under the pen
    Part(((168.0, 20.0, 31.0, 21.0), (204.0, 6.0, 38.0, 26.0), (232.0, -10.0, 40.0, 26.0)), "skin", k=12.0, flat=0.55),
    # the little and ring fingers, curled under the palm: only their knuckles show, on the page
    Part(((157.0, -95.0, 28.0, 8.6), (136.0, -98.0, 16.0, 9.2), (135.0, -89.0, 4.0, 7.6), (146.0, -80.0, 2.0, 7.0)),
         "skin", k=6.0, creases=True),
    Part(((151.0, -76.0, 39.0, 9.6), (122.0, -80.0, 25.0, 10.2), (120.0, -70.0, 7.0, 8.6), (135.0, -62.0, 3.0, 8.0)),
         "skin", k=6.0, creases=True),
    # the middle finger, bent under the index: the barrel rests on the side of its last joint
    Part(((143.0, -55.0, 49.0, 10.0), (108.0, -47.0, 51.0, 10.8), (85.0, -25.0, 25.0, 9.2), (55.0, -12.0, 11.0, 8.3)),
         "skin", k=4.0, nail=-0.4, creases=True),
    # the back of the hand: one broad dome, rolled up toward the thumb's side, the metacarpals'
    # heads (the knuckles) and the tendons from them to the wrist raised under its skin
    Part(((124.0, -66.0, 35.0, 44.0), (272.0, -48.0, 34.0, 42.0)), "skin", k=10.0, flat=0.5, tilt=0.3, oval=True,
         ridges=((130.0, -31.0, 130.0, -31.0, 4.5, 8.0), (142.0, -56.0, 142.0, -56.0, 5.0, 8.0),
                 (150.0, -76.0, 150.0, -76.0, 4.0, 7.0), (156.0, -94.0, 156.0, -94.0, 3.0, 6.5),
                 (138.0, -31.0, 240.0, -28.0, 0.8, 3.6), (150.0, -55.0, 244.0, -42.0, 0.8, 3.6),
                 (157.0, -75.0, 244.0, -56.0, 0.65, 3.4), (161.0, -93.0, 240.0, -70.0, 0.5, 3.4))),
    # the thumb: bowed out from the wrist, its pad pressing the barrel's near side, its nail
    # turned toward the viewer
    Part(((180.0, 22.0, 40.0, 16.0), (130.0, 41.0, 38.0, 13.8), (89.0, 36.0, 31.0, 12.2),
          (55.0, 18.0, 23.0, 10.4)), "skin", k=7.0, nail=0.45, creases=True),
    # the index finger arched along the top of the barrel, its pad on the grip
    Part(((131.0, -31.0, 56.0, 10.2), (86.0, -20.0, 70.0, 10.9), (56.0, -10.0, 44.0, 9.4), (31.0, -4.0, 27.0, 8.4)),
         "skin", k=4.0, nail=0.0, creases=True),
)


def _arm_at(s: float, r: float, z: float, size: float) -> Joint:
    """A joint on the forearm's axis, `s` from the wrist (his size; scaled later with the hand)."""
    return (WRIST[0] + s * math.cos(ARM_DIR), WRIST[1] + s * math.sin(ARM_DIR), z, r)


def _arm_parts(look: Look) -> tuple[Part, ...]:
    """The forearm and what it wears, his size (scaled with the hand)."""
    s = look.size
    parts = [Part((_arm_at(8.0, 35.0, 30.0, s), _arm_at(120.0, 42.0, 34.0, s), _arm_at(300.0, 46.0, 38.0, s),
                   _arm_at(ARM_LEN, 45.0, 38.0, s)), "skin", k=12.0, flat=0.72)]
    if look.cuff is not None:
        parts.append(Part((_arm_at(14.0, 42.0, 42.0, s), _arm_at(54.0, 44.0, 43.0, s)), "cuff", k=1.0, flat=0.76,
                          cut=True, folds=3))
        cs, sn = math.cos(ARM_DIR), math.sin(ARM_DIR)  # his gold cufflink, on the cuff's thumb side
        lat = 27.0
        link = (WRIST[0] + 34.0 * cs - lat * sn, WRIST[1] + 34.0 * sn + lat * cs,
                42.0 + 0.76 * math.sqrt(43.0 ** 2 - lat ** 2) + 0.8, 4.6)
        parts.append(Part((link,), "gold", k=0.0, flat=0.45))
    if look.sleeve is not None:
        start = 46.0 if look.cuff is not None else 430.0  # hers: a short puff sleeve far up the bare arm
        r0 = 50.0 if look.cuff is not None else 56.0
        parts.append(Part((_arm_at(start, r0, 48.0, s), _arm_at(start + 200.0, r0 + 6.0, 50.0, s),
                           _arm_at(ARM_LEN + 20.0, r0 + 6.0, 50.0, s)), "sleeve", k=1.0, flat=0.74, cut=True, folds=9))
    if look.cuff is None:  # her thin gold bracelet, bowed round the wrist
        ring = []
        for i in range(9):
            lat = -1.0 + i / 4
            cs, sn = math.cos(ARM_DIR), math.sin(ARM_DIR)
            s_at = 48.0 + 5.0 * lat * lat  # it hangs a little toward the hand on the arm's sides
            u, v = WRIST[0] + s_at * cs - lat * 39.0 * sn, WRIST[1] + s_at * sn + lat * 39.0 * cs
            ring.append((u, v, 40.0 + 29.0 * math.sqrt(max(0.0, 1 - lat * lat)) + 1.4, 2.0))
        parts.append(Part(tuple(ring), "gold", k=0.8, flat=1.0))
    return tuple(parts)


@dataclass(frozen=True)
class Mat:
    """A surface: albedo (0..1), specular strength and sharpness, light wrap (skin's
    softness: light bleeding past the terminator), subsurface warmth."""

    albedo: tuple[float, float, float]
    ks: float
    shine: float
    wrap: float
    sss: float


def _materials(look: Look) -> dict[str, Mat]:
    grey = sum(look.skin) / 3
    skin = tuple(min(1.0, (c * 0.88 + grey * 0.12) / 255 * 0.95) for c in look.skin)
    cuff = tuple(c / 255 for c in (look.cuff or (236, 230, 216)))
    sleeve = tuple(c / 255 for c in (look.sleeve or (60, 60, 60)))
    return {
        "skin": Mat((skin[0], skin[1], skin[2]), 0.09, 14.0, 0.5, 1.0),
        "cuff": Mat((cuff[0], cuff[1], cuff[2]), 0.05, 6.0, 0.3, 0.0),
        "sleeve": Mat((sleeve[0], sleeve[1], sleeve[2]), 0.05, 5.0, 0.15, 0.0),
        "black": Mat((0.055, 0.045, 0.05), 0.95, 70.0, 0.0, 0.0),
        "gold": Mat((0.80, 0.60, 0.27), 1.1, 28.0, 0.0, 0.0),
    }


def _screen(left: bool) -> tuple[Pt, Pt]:
    """The pen frame's u and v axes on screen (y down), mirrored for a writer on the left."""
    a = math.radians(ANGLE)
    eu, ev = (math.cos(a), math.sin(a)), (-math.sin(a), math.cos(a))
    if left:
        eu, ev = (-eu[0], eu[1]), (-ev[0], ev[1])
    return eu, ev


def _box(a: Arr, r: int) -> Arr:
    """Two box passes of radius r along each axis (edges clamped)."""
    out = a.astype(np.float32)
    for axis in (0, 1):
        n = out.shape[axis]
        for _ in range(2):
            pad = [(0, 0), (0, 0)]
            pad[axis] = (r + 1, r)
            c = np.cumsum(np.pad(out, pad, mode="edge"), axis=axis, dtype=np.float32)
            hi = c[2 * r + 1:2 * r + 1 + n] if axis == 0 else c[:, 2 * r + 1:2 * r + 1 + n]
            lo = c[:n] if axis == 0 else c[:, :n]
            out = ((hi - lo) / (2 * r + 1)).astype(np.float32)
    return out


def _resize(a: Arr, shape: tuple[int, int]) -> Arr:
    """Bilinear resampling of a 2D array to `shape` (pixel centres aligned)."""
    out = a
    for axis, n in enumerate(shape):
        m = out.shape[axis]
        x = np.clip((np.arange(n, dtype=np.float32) + 0.5) * m / n - 0.5, 0, m - 1)
        i0 = np.minimum(x.astype(np.int32), m - 2) if m > 1 else np.zeros(n, np.int32)
        f = (x - i0) if m > 1 else np.zeros(n, np.float32)
        i1 = np.minimum(i0 + 1, m - 1)
        if axis == 0:
            out = out[i0] * (1 - f)[:, None] + out[i1] * f[:, None]
        else:
            out = out[:, i0] * (1 - f)[None, :] + out[:, i1] * f[None, :]
    return out


def _blur(a: Arr, r: int) -> Arr:
    """A soft blur of a 2D array (about a gaussian of sigma ~ r); wide ones worked small."""
    if r < 1:
        return a
    f = max(1, r // 3)
    if f == 1:
        return _box(a, r)
    w, h = a.shape
    pw, ph = -w % f, -h % f
    big = np.pad(a, ((0, pw), (0, ph)), mode="edge") if pw or ph else a
    small = big.reshape(big.shape[0] // f, f, big.shape[1] // f, f).mean(axis=(1, 3), dtype=np.float32)
    up = _resize(_box(small, max(1, round(r / f))), big.shape)
    return up[:w, :h]


def _noise(u: Arr, v: Arr, scale: float, seed: int) -> Arr:
    """Smooth deterministic noise in -1..1 at pen coordinates (a sum of skewed waves), the
    same wherever it is evaluated, so two canvases that overlap agree."""
    rng = np.random.default_rng(seed)
    out = np.zeros(np.broadcast(u, v).shape, np.float32)
    for _ in range(6):
        a = rng.uniform(0, math.pi)
        f = rng.uniform(0.7, 1.4) / scale
        out += np.sin((u * math.cos(a) + v * math.sin(a)) * f + rng.uniform(0, 6.3)).astype(np.float32)
    return out / 2.4


class _Canvas:
    """A supersampled height field in a frame turned `turn` radians from the pen's, over
    `bounds` (a0, b0, a1, b1 in that frame, logical px) about the pen point `origin`."""

    FIELDS = ("nu", "nv", "nz", "r", "g", "b", "ks", "shine", "wrap", "sss", "tone")

    def __init__(self, px: float, origin: Pt, turn: float, bounds: tuple[float, float, float, float], ss: int) -> None:
        self.px, self.ss = px, ss  # canvas pixels per logical px
        self.origin, self.ca, self.sa = origin, math.cos(turn), math.sin(turn)
        a0, b0, a1, b1 = bounds
        self.a0, self.b0 = a0, b0
        self.w = max(ss, math.ceil((a1 - a0) * px / ss) * ss)
        self.h = max(ss, math.ceil((b1 - b0) * px / ss) * ss)
        self.H = np.full((self.w, self.h), NEG, np.float32)
        self.S = np.full((self.w, self.h), -1.0e3, np.float32)
        self.f = {k: np.zeros((self.w, self.h), np.float32) for k in self.FIELDS}
        self._mottle: Arr | None = None
        self.body: Arr | None = None  # the height without the pen (what light is occluded by)

    def mottle(self, win: tuple[slice, slice], seed: int) -> Arr:
        """The skin's faint mottling (and the cloth's weave) at the window, made once."""
        if self._mottle is None:  # worked at a quarter of the size: it is smooth
            u, v = self.uv(4)
            self._mottle = _resize(_noise(u, v, 3.0, seed) * 0.6 + _noise(u, v, 14.0, seed + 1), (self.w, self.h))
        return self._mottle[win]

    def to_frame(self, u: float, v: float) -> Pt:
        du, dv = u - self.origin[0], v - self.origin[1]
        return (du * self.ca + dv * self.sa, -du * self.sa + dv * self.ca)

    def grid(self, pts: list[Pt], pad: float) -> tuple[tuple[slice, slice], Arr, Arr] | None:
        """The window of canvas pixels within `pad` of the points' box, and the pen
        coordinates (u, v) of its pixel centres; None when it misses the canvas."""
        fr = [self.to_frame(u, v) for u, v in pts]
        i0 = max(0, math.floor((min(a for a, _ in fr) - pad - self.a0) * self.px))
        i1 = min(self.w, math.ceil((max(a for a, _ in fr) + pad - self.a0) * self.px))
        j0 = max(0, math.floor((min(b for _, b in fr) - pad - self.b0) * self.px))
        j1 = min(self.h, math.ceil((max(b for _, b in fr) + pad - self.b0) * self.px))
        if i1 <= i0 or j1 <= j0:
            return None
        a = (self.a0 + (np.arange(i0, i1, dtype=np.float32) + 0.5) / self.px)[:, None]
        b = (self.b0 + (np.arange(j0, j1, dtype=np.float32) + 0.5) / self.px)[None, :]
        u = self.origin[0] + a * self.ca - b * self.sa
        v = self.origin[1] + a * self.sa + b * self.ca
        return (slice(i0, i1), slice(j0, j1)), u, v

    def uv(self, step: int = 1) -> tuple[Arr, Arr]:
        """Pen coordinates of every `step`-th pixel centre."""
        a = (self.a0 + (np.arange(0, self.w, step, dtype=np.float32) + 0.5 * step) / self.px)[:, None]
        b = (self.b0 + (np.arange(0, self.h, step, dtype=np.float32) + 0.5 * step) / self.px)[None, :]
        return (self.origin[0] + a * self.ca - b * self.sa, self.origin[1] + a * self.sa + b * self.ca)

    def merge(self, win: tuple[slice, slice], sdf: Arr, h: Arr, k: float, vals: dict[str, Arr | float],
              reach: float = 0.0) -> None:
        """Join a form (its signed distance, height and surface values) to the field; a skin
        form's height also reaches `reach` past its rim, falling away, so that its neighbours
        blend into it with a fillet instead of meeting it at a step."""
        Hc = self.H[win]
        edge = 1.5 / self.px
        inside = (sdf > -reach) | ((sdf > -edge) & (Hc <= NEG / 2))
        hh = np.where(inside, h, NEG)
        if k > 0:
            w = np.clip(0.5 + 0.5 * (hh - Hc) / k, 0, 1)
            self.H[win] = Hc + (hh - Hc) * w + k * w * (1 - w)
        else:
            w = np.clip(0.5 + 0.5 * (hh - Hc) / 0.35, 0, 1)  # a hard edge, a hair soft against aliasing
            self.H[win] = Hc + (hh - Hc) * w
        for key, val in vals.items():
            cur = self.f[key][win]
            self.f[key][win] = cur + (val - cur) * w
        self.S[win] = np.maximum(self.S[win], sdf)


def _normals(cv: _Canvas, h: Arr, q: Arr, pu: Arr, pv: Arr, d: Arr) -> tuple[Arr, Arr, Arr]:
    """A form's surface normals (pen frame) from the slope of its own height, steepness held
    under ~80 degrees; at and past its rim, facing straight out."""
    if min(h.shape) > 1:
        gi, gj = np.gradient(h, 1 / cv.px)
    else:
        gi = gj = np.zeros_like(h)
    gu, gv = gi * cv.ca - gj * cv.sa, gi * cv.sa + gj * cv.ca
    mag = np.sqrt(gu * gu + gv * gv)
    lim = np.where(mag > 5.0, 5.0 / np.maximum(mag, 1e-6), 1.0)
    rim = q <= 0.0
    dd = np.maximum(d, 1e-6)
    nu = np.where(rim, pu / dd, -gu * lim)
    nv = np.where(rim, pv / dd, -gv * lim)
    nz = np.where(rim, 0.2, 1.0).astype(np.float32)
    return nu, nv, nz


def _paint_part(cv: _Canvas, part: Part, size: float, mat: Mat, seed: int) -> None:
    """Add one form, capsule by capsule, with its nail, knuckle creases and cloth folds."""
    g = 1.0 if part.pen else size
    js = [(u * g, v * g, z * g, r * g) for u, v, z, r in part.joints]
    segs = list(itertools.pairwise(js)) or [(js[0], js[0])]
    # each inner joint's crease direction (across the bone that comes into it) and how
    # straight the joint is: the skin over a bent knuckle is stretched smooth
    axes: list[tuple[float, float, float]] = []
    for i in range(len(js)):
        j0, j1, j2 = js[max(0, i - 1)], js[i], js[min(len(js) - 1, i + 1)]
        span2d = math.hypot(j1[0] - j0[0], j1[1] - j0[1]) or 1.0
        d1 = (j1[0] - j0[0], j1[1] - j0[1], j1[2] - j0[2])
        d2 = (j2[0] - j1[0], j2[1] - j1[1], j2[2] - j1[2])
        n1, n2 = math.sqrt(sum(x * x for x in d1)) or 1.0, math.sqrt(sum(x * x for x in d2)) or 1.0
        straight = max(0.0, sum(x * y for x, y in zip(d1, d2, strict=True)) / (n1 * n2))
        axes.append(((j1[0] - j0[0]) / span2d, (j1[1] - j0[1]) / span2d, straight))
    for si, (A, B) in enumerate(segs):
        (au, av, az, ar), (bu, bv, bz, br) = A, B
        pad = max(ar, br) + 3.0 + (0.7 * part.k * g if part.mat == "skin" else 0.0)
        got = cv.grid([(au, av), (bu, bv)], pad)
        if got is None:
            continue
        win, U, V = got
        du, dv = bu - au, bv - av
        L = math.hypot(du, dv)
        if L < 1e-6:
            t_raw = np.zeros_like(U)
            eu_, ev_ = 1.0, 0.0
        else:
            t_raw = ((U - au) * du + (V - av) * dv) / (L * L)
            eu_, ev_ = du / L, dv / L
        t = np.clip(t_raw, 0.0, 1.0)
        pu, pv = U - (au + t * du), V - (av + t * dv)
        d = np.sqrt(pu * pu + pv * pv)
        r = ar + t * (br - ar)
        if part.creases:  # a finger's bones are slimmer between the knuckles
            r = r * (1 - 0.07 * np.sin(np.pi * t))
        zc = az + t * (bz - az)
        sdf = r - d
        if part.oval:  # a squarish dome over the long axis A-B, `ar` wide each side
            cu, cvv, half = (au + bu) / 2, (av + bv) / 2, max(L / 2, 1e-3)
            pu, pv = U - cu, V - cvv
            d = np.sqrt(pu * pu + pv * pv)
            rho = (np.abs((pu * eu_ + pv * ev_) / half) ** 2.6 + np.abs((-pu * ev_ + pv * eu_) / ar) ** 2.6) ** (1 / 2.6)
            sdf = (1 - rho) * min(half, ar)
            r = np.full_like(U, ar)
            d = rho * ar
        if part.cut and L > 1e-6:
            lat = ((U - au) * -ev_ + (V - av) * eu_) / np.maximum(r, 1e-3)
            bow = 0.18 * r * np.clip(lat * lat, 0, 1)  # a tube's cut end seen a little from the side: bowed
            first, last = si == 0, si == len(segs) - 1
            if first:
                sdf = np.minimum(sdf, t_raw * L + bow)
            if last:
                sdf = np.minimum(sdf, (1 - t_raw) * L - bow)
        q = np.clip(1 - (d / np.maximum(r, 1e-3)) ** 2, 0, 1)
        sq = np.sqrt(q) * r
        h = zc + part.flat * sq
        spill = 0.7 * part.k * g if part.mat == "skin" else 0.0
        if spill:
            h = h - np.maximum(-sdf, 0) * 1.6
        if part.tilt:
            h = h + part.tilt * ((U - au) * -ev_ + (V - av) * eu_)
        for u0, v0, u1, v1, amp, wid in part.ridges:  # tendons and knuckles under the skin
            u0, v0, u1, v1, amp, wid = u0 * g, v0 * g, u1 * g, v1 * g, amp * g, wid * g
            lu_, lv_ = u1 - u0, v1 - v0
            ll = lu_ * lu_ + lv_ * lv_
            tt = np.clip(((U - u0) * lu_ + (V - v0) * lv_) / ll, 0, 1) if ll > 0 else np.zeros_like(U)
            dd2 = (U - u0 - tt * lu_) ** 2 + (V - v0 - tt * lv_) ** 2
            h = h + amp * (1 - 0.7 * tt) * np.exp(-dd2 / (wid * wid)) * (sdf > -2)
        alb = np.array(mat.albedo, np.float32)
        tone = np.ones_like(U)  # darkening by creases and folds
        col = [np.full_like(U, alb[c]) for c in range(3)]
        ks = np.full_like(U, mat.ks)
        shine = np.full_like(U, mat.shine)
        if part.mat == "skin":
            # warm flush where the blood is near the surface: knuckles and fingertips
            flush = np.zeros_like(U)
            for i in (si, si + 1):  # (only this bone's own joints can reach its pixels)
                ju, jv, _, jr = js[min(i, len(js) - 1)]
                if 0 < i < len(js) - 1 or (i == 0 and part.creases):
                    flush += np.exp(-((U - ju) ** 2 + (V - jv) ** 2) / (0.8 * jr) ** 2) * 0.6
            if part.nail is not None and si == len(segs) - 1:
                flush += np.clip(t_raw * 1.6 - 0.5, 0, 1) * 0.5
            for u0, v0, u1, v1, _, wid in part.ridges:  # the knuckles of the hand's back flush too
                if u0 == u1 and v0 == v1:
                    flush += np.exp(-((U - u0 * g) ** 2 + (V - v0 * g) ** 2) / (1.6 * wid * g) ** 2) * 0.8
            mottle = cv.mottle(win, seed) * 0.016
            col = [col[0] * (1 + 0.06 * flush + mottle), col[1] * (1 - 0.07 * flush + mottle),
                   col[2] * (1 - 0.09 * flush + mottle)]
            if part.creases:
                for i in (si, si + 1):
                    if not 0 < i < len(js) - 1:
                        continue
                    ju, jv, _, jr = js[i]
                    ax, ay, straight = axes[i]
                    along = (U - ju) * ax + (V - jv) * ay
                    across = ((U - ju) * -ay + (V - jv) * ax) / jr
                    reach = np.clip(1 - across * across / 0.5, 0, 1)
                    along = along + 0.22 * jr * across * across  # the wrinkles bow round the knuckle
                    wr = np.zeros_like(U)
                    for off, deep in ((-0.42, 0.45), (-0.14, 0.7), (0.14, 0.7), (0.42, 0.45)):
                        wr += np.exp(-((along - off * jr) / (0.05 * jr)) ** 2) * deep
                    tone = tone * (1 - (0.08 + 0.2 * straight ** 2) * wr * reach)
            if part.nail is not None and si == len(segs) - 1:
                roll = part.nail
                along = (U - bu) * eu_ + (V - bv) * ev_  # + toward the fingertip
                across = (U - bu) * -ev_ + (V - bv) * eu_
                c_al, hl, hw = -0.28 * br, 0.88 * br, 0.56 * br
                x = (along - c_al) / hl
                y = (across - roll * br) / hw
                rim = np.where(x > 0, x * x, x ** 4) + y * y  # round at the free edge, square at the cuticle
                on = np.clip((1 - rim) / 0.12, 0, 1)
                nail = np.array((1.0, 0.84, 0.78), np.float32)
                free = np.clip((x - 0.55) / 0.3, 0, 1) * on
                for ch in range(3):
                    col[ch] = col[ch] * (1 - 0.55 * on) + alb[ch] * nail[ch] * 1.12 * 0.55 * on
                    col[ch] = col[ch] * (1 - 0.5 * free) + 0.96 * 0.5 * free
                fold = np.exp(-(((1 - rim) / 0.1) ** 2)) * (x < 0.5)
                tone = tone * (1 - 0.28 * fold)
                ks = ks + 0.5 * on
                shine = shine + 50 * on
        if part.mat == "gold" and part.pen and si == len(segs) - 1 and len(js) == 3:  # the nib's slit and hole
            along = U
            slit = np.exp(-(V / 0.35) ** 2) * ((along > 2.0) & (along < 17.0))
            hole = np.clip(1 - np.hypot(U - 17.5, V) / 1.1, 0, 1) * 3
            tone = tone * (1 - 0.75 * np.clip(slit + hole, 0, 1))
        if part.folds:
            rng = np.random.default_rng(seed + 7 + part.folds)
            s_ax = (U - au) * eu_ + (V - av) * ev_ if L > 1e-6 else U * 0
            lat = ((U - au) * -ev_ + (V - av) * eu_) / np.maximum(r, 1e-3)
            bump = np.zeros_like(U)
            span = math.hypot(js[-1][0] - js[0][0], js[-1][1] - js[0][1])
            base_s = sum(math.hypot(x[0] - y[0], x[1] - y[1]) for x, y in segs[:si])
            s_tot = s_ax + base_s
            for i in range(part.folds):
                # most folds bunch near the cuff; each a ridge bowed round the arm, soft on the
                # side toward the hand and falling into a sharper crease on the other
                at = (0.05 + 0.9 * (i / max(1, part.folds - 1)) ** 1.7) * span + rng.uniform(-0.04, 0.04) * span
                wdt = rng.uniform(5.0, 10.0) * g * (1 + 1.2 * at / span)
                bend = rng.uniform(0.1, 0.45) * r
                tilt = rng.uniform(-0.7, 0.7) * r
                amp = rng.uniform(1.6, 3.4) * g * (1 - 0.5 * at / span)
                x = (s_tot - at - bend * lat * lat - tilt * lat) / wdt
                prof = np.where(x < 0, np.exp(-x * x), np.exp(-(2.2 * x) ** 2))
                bump += amp * prof * np.clip(1.15 - lat * lat, 0, 1)
            bump += cv.mottle(win, seed) * 0.15 * g  # the cloth's unevenness
            h = h + bump
        nu, nv, nz = _normals(cv, h, q if not spill else np.ones_like(q), pu, pv, d)
        vals: dict[str, Arr | float] = {"nu": nu, "nv": nv, "nz": nz, "r": col[0], "g": col[1], "b": col[2],
                                        "ks": ks, "shine": shine, "wrap": mat.wrap, "sss": mat.sss, "tone": tone}
        cv.merge(win, sdf, h, part.k, vals, spill)


def _shade(cv: _Canvas, light: tuple[float, float, float], fade: tuple[float, float] | None, arm0: Pt,
           size: float) -> tuple[Arr, Arr, Arr]:
    """Light the field: (rgb 0..255 (w, h, 3), alpha 0..1, height) at the canvas's pixels."""
    k = cv.px
    H = np.where(cv.H > NEG / 2, cv.H, 0.0).astype(np.float32)
    # cast shadows of one form on another: march toward the candle through the height field
    lu, lv, lz = light
    step = max(1, round(2.0 * k / cv.ss))
    hl = math.hypot(lu, lv) or 1.0
    du, dv = lu / hl, lv / hl  # toward the light, pen frame
    da, db = du * cv.ca + dv * cv.sa, -du * cv.sa + dv * cv.ca
    rise = lz / hl  # height gained per unit of distance along the ray
    H2 = _reduce(H[:H.shape[0] // 2 * 2, :H.shape[1] // 2 * 2], 2) if min(H.shape) > 4 else H
    q = H.shape[0] / H2.shape[0]
    lit2 = np.ones_like(H2)
    for i in range(1, 12):
        dist = i * step / q
        oi, oj = round(da * dist), round(db * dist)
        sh = np.zeros_like(H2)
        src = H2[max(0, oi):H2.shape[0] + min(0, oi), max(0, oj):H2.shape[1] + min(0, oj)]
        sh[max(0, -oi):H2.shape[0] - max(0, oi), max(0, -oj):H2.shape[1] - max(0, oj)] = src
        over = sh - H2 - dist * q / k * rise * 1.6
        np.minimum(lit2, np.clip(1 - over / 10.0, 0, 1), out=lit2)
    lit_full = _resize(_blur(lit2, max(1, round(1.6 * k / q))), H.shape)
    # occlusion: a point below its neighbourhood gets less of the room's light
    r_ao = max(1, round(5 * k * size))
    B = cv.body if cv.body is not None else H
    ao_full = (np.clip(1 - np.maximum(_blur(B, r_ao) - B, 0) / (14.0 * size), 0.45, 1.0)
               * np.clip(1 - np.maximum(_blur(B, max(1, r_ao // 3)) - B, 0) / (5.0 * size), 0.55, 1.0))
    # the rest, pixel by pixel, only where there is something
    alpha = np.clip(cv.S * k + 0.5, 0, 1)
    sel = np.nonzero(alpha > 0)
    f = {key: val[sel] for key, val in cv.f.items()}
    lit, ao, h = 0.45 + 0.55 * lit_full[sel], ao_full[sel][:, None], H[sel]
    n = np.sqrt(f["nu"] ** 2 + f["nv"] ** 2 + f["nz"] ** 2) + 1e-6
    nu, nv, nz = f["nu"] / n, f["nv"] / n, f["nz"] / n
    # where the joined surface is smooth (the fillets of the union too), its own slope gives
    # the normal; where one form steps over another, each form's own normal stands
    gi_full, gj_full = np.gradient(H, 1 / k)
    gi, gj = np.asarray(gi_full)[sel], np.asarray(gj_full)[sel]
    gu, gv = gi * cv.ca - gj * cv.sa, gi * cv.sa + gj * cv.ca
    gm = np.sqrt(gu * gu + gv * gv)
    trust = np.clip((3.2 - gm) / 1.6, 0, 1) * (alpha[sel] > 0.99)
    gn = np.sqrt(gm * gm + 1)
    nu = nu + (-gu / gn - nu) * trust
    nv = nv + (-gv / gn - nv) * trust
    nz = nz + (1 / gn - nz) * trust
    n = np.sqrt(nu * nu + nv * nv + nz * nz) + 1e-6
    nu, nv, nz = nu / n, nv / n, nz / n
    ndl = nu * lu + nv * lv + nz * lz
    wrap = f["wrap"]
    diff = np.clip((ndl + wrap) / (1 + wrap), 0, 1)
    alb = np.stack([f["r"], f["g"], f["b"]], axis=-1) * f["tone"][:, None]
    light_col = np.array((0.88, 0.81, 0.71), np.float32)
    amb_col = np.array((0.25, 0.215, 0.205), np.float32)
    # the bright page bounces a little warm light up onto whatever faces it, near it
    bounce = (np.clip(1 - nz, 0, 1) * np.clip(1 - h / (50 * size), 0, 1) * 0.22)[:, None]
    direct = (diff * lit)[:, None] * light_col
    rgb = alb * (amb_col * ao + direct * (0.6 + 0.4 * ao) + bounce * np.array((1.0, 0.9, 0.72), np.float32))
    # skin: the light that enters and scatters comes back out red along the terminator
    sss = f["sss"] * np.exp(-((ndl + 0.1) / 0.38) ** 2) * lit
    rgb += (sss * 0.28)[:, None] * alb * np.array((1.0, 0.38, 0.24), np.float32)
    # a glint: Blinn-Phong, the half vector between the candle and the eye (straight up)
    hx, hy, hz = lu, lv, lz + 1.0
    hn = math.sqrt(hx * hx + hy * hy + hz * hz)
    ndh = np.clip((nu * hx + nv * hy + nz * hz) / hn, 0, 1)
    spec = f["ks"] * ndh ** np.maximum(f["shine"], 1.0) * lit
    rgb += spec[:, None] * np.array((1.0, 0.86, 0.66), np.float32)
    # the forearm goes away from the page and the candle: it darkens toward the elbow
    U, V = cv.uv()
    s_full = (U - arm0[0]) * math.cos(ARM_DIR) + (V - arm0[1]) * math.sin(ARM_DIR)
    s = s_full[sel]
    rgb *= (1 - 0.42 * np.clip((s - 40 * size) / (420 * size), 0, 1) ** 0.8)[:, None]
    if fade is not None:
        alpha = alpha * np.clip((s_full - fade[0] * size) / ((fade[1] - fade[0]) * size), 0, 1)
    out = np.zeros((*H.shape, 3), np.float32)
    out[sel] = np.clip(rgb ** (1 / 1.08) * 255, 0, 255)
    return out, alpha, H


def _reduce(a: Arr, ss: int) -> Arr:
    if ss == 1:
        return a
    w, h = a.shape[0] // ss, a.shape[1] // ss
    out: Arr = a.reshape(w, ss, h, ss, *a.shape[2:]).mean(axis=(1, 3))
    return out


def _to_surfaces(rgb: Arr, alpha: Arr, height: Arr, ss: int) -> tuple[pygame.Surface, pygame.Surface]:
    """(image, height image): ss x ss blocks averaged (colour weighted by coverage), clear
    pixels given their neighbours' colour so turning the image leaves no dark fringe; the
    height (0.5 px a step) rides in the second image's red with the same alpha."""
    a = _reduce(alpha, ss)
    c = _reduce(rgb * alpha[..., None], ss)
    hgt = _reduce(height * alpha, ss)
    safe = np.maximum(a, 1e-4)
    col = c / safe[..., None]
    hv = hgt / safe
    spread = max(2, round(min(a.shape) * 0.01))
    wa = _blur(a, spread) + 1e-4
    fill = np.stack([_blur(c[..., i], spread) / wa for i in range(3)], axis=-1)
    col = np.where((a > 0.02)[..., None], col, fill)
    img = pygame.Surface(a.shape, pygame.SRCALPHA)
    pygame.surfarray.pixels3d(img)[...] = np.clip(col, 0, 255).astype(np.uint8)
    pygame.surfarray.pixels_alpha(img)[...] = np.clip(a * 255 + 0.5, 0, 255).astype(np.uint8)
    himg = pygame.Surface(a.shape, pygame.SRCALPHA)
    hb = np.clip(hv * 2, 0, 255).astype(np.uint8)
    pygame.surfarray.pixels3d(himg)[...] = hb[..., None]
    pygame.surfarray.pixels_alpha(himg)[...] = np.clip(a * 255 + 0.5, 0, 255).astype(np.uint8)
    return img, himg


def _bounds(cv_origin: Pt, turn: float, parts: list[tuple[Part, float]], pad: float,
            clip_s: tuple[float, float] | None = None) -> tuple[float, float, float, float]:
    """The box (a0, b0, a1, b1) round the parts in a canvas frame turned `turn` about
    `cv_origin`, padded; `clip_s` limits it along that frame's first axis."""
    ca, sa = math.cos(turn), math.sin(turn)
    a_s: list[float] = []
    b_s: list[float] = []
    for part, g in parts:
        for u, v, _, r in part.joints:
            du, dv = u * g - cv_origin[0], v * g - cv_origin[1]
            a, b = du * ca + dv * sa, -du * sa + dv * ca
            a_s += [a - r * g, a + r * g]
            b_s += [b - r * g, b + r * g]
    a0, a1 = min(a_s) - pad, max(a_s) + pad
    if clip_s is not None:
        a0, a1 = max(a0, clip_s[0]), min(a1, clip_s[1])
    return (a0, min(b_s) - pad, a1, max(b_s) + pad)


def paint_writer(scale: float, look: Look) -> tuple[pygame.Surface, pygame.Surface, Pt, Pt]:
    """(hand, shadow, tip, shadow_tip): the hand with its pen and its soft shadow on the page,
    turned to ANGLE (mirrored for a writer on the left); `tip` is where the nib's point is
    in the hand's image and `shadow_tip` where it is in the shadow's."""
    size = look.size
    ss = max(1, round(2.4 / scale))  # supersampled to ~2-3 canvas px per logical px
    px = scale * ss
    mats = _materials(look)
    eu, ev = _screen(look.left)
    ls = LIGHT
    ln = math.sqrt(sum(c * c for c in ls))
    light = ((ls[0] * eu[0] + ls[1] * eu[1]) / ln, (ls[0] * ev[0] + ls[1] * ev[1]) / ln, ls[2] / ln)
    arm = _arm_parts(look)
    wrist = (WRIST[0] * size, WRIST[1] * size)
    seed = 1907
    # the hand's canvas, in the pen's frame: pen, hand, the forearm up to where the arm's takes over
    hand_parts = [(p, 1.0 if p.pen else size) for p in (*arm, *PEN, *HAND)]
    hb = _bounds((0.0, 0.0), 0.0, hand_parts, 4.0)
    s_cut = ARM_JOIN[1] + 12.0  # past the join, the hand's canvas has nothing more to paint
    a_lim = wrist[0] + (s_cut * math.cos(ARM_DIR) + 70 * math.sin(ARM_DIR)) * size
    hb = (hb[0], hb[1], min(hb[2], a_lim), min(hb[3], wrist[1] + (s_cut * math.sin(ARM_DIR) + 70) * size))
    cv = _Canvas(px, (0.0, 0.0), 0.0, hb, ss)
    # skin first (one smooth body), then what it wears, then the pen by its height alone
    for p in (*[a for a in arm if a.mat == "skin"], *HAND, *[a for a in arm if a.mat != "skin"]):
        _paint_part(cv, p, size, mats[p.mat], seed)
    cv.body = np.where(cv.H > NEG / 2, cv.H, 0.0).astype(np.float32)
    for p in PEN:
        _paint_part(cv, p, size, mats[p.mat], seed)
    rgb, alpha, height = _shade(cv, light, None, wrist, size)
    # clip the hand canvas beyond the join (the arm's canvas lies over it there)
    U, V = cv.uv()
    s_arm = (U - wrist[0]) * math.cos(ARM_DIR) + (V - wrist[1]) * math.sin(ARM_DIR)
    alpha = alpha * np.clip((ARM_JOIN[1] * size + 10 - s_arm) / 4.0, 0, 1)
    hand_img, hand_h = _to_surfaces(rgb, alpha, height, ss)
    del cv, rgb, alpha, height, U, V, s_arm
    # the arm's canvas, in the arm's frame from the wrist: the rest of the forearm and sleeve
    arm_parts = [(p, size) for p in arm]
    ab = _bounds(wrist, ARM_DIR, arm_parts, 4.0, (ARM_JOIN[0] * size - 4, ARM_LEN * size))
    acv = _Canvas(px / ss * max(1, ss // 2), wrist, ARM_DIR, ab, max(1, ss // 2))
    for p in arm:
        if p.mat != "gold":
            _paint_part(acv, p, size, mats[p.mat], seed)
    rgb, alpha, height = _shade(acv, light, ARM_JOIN, wrist, size)
    arm_img, arm_h = _to_surfaces(rgb, alpha, height, acv.ss)
    del acv, rgb, alpha, height
    # turn both to the screen and lay the arm over the hand where they meet
    img, himg, tip = _compose(scale, [(hand_img, hand_h, (0.0, 0.0), hb, 0.0), (arm_img, arm_h, wrist, ab, ARM_DIR)])
    if look.left:
        img = pygame.transform.flip(img, True, False)
        himg = pygame.transform.flip(himg, True, False)
        tip = (img.get_width() - tip[0], tip[1])
    shadow, stip = _shadow(himg, tip, scale)
    return img, shadow, tip, stip


def _compose(scale: float, layers: list[tuple[pygame.Surface, pygame.Surface, Pt, tuple[float, float, float, float], float]]
             ) -> tuple[pygame.Surface, pygame.Surface, Pt]:
    """Turn each canvas image to the pen's angle on screen (right-handed) and stack them,
    the later over the earlier; returns (image, height image, the nib's point in them)."""
    placed: list[tuple[pygame.Surface, pygame.Surface, float, float]] = []
    for img, himg, origin, bounds, turn in layers:
        ang = ANGLE + math.degrees(turn)
        rot = pygame.transform.rotozoom(img, -ang, 1.0)
        hrot = pygame.transform.rotozoom(himg, -ang, 1.0)
        # the nib (pen 0, 0) in this canvas's unturned image, then turned about its centre
        ca, sa = math.cos(turn), math.sin(turn)
        du, dv = -origin[0], -origin[1]
        fa, fb = du * ca + dv * sa, -du * sa + dv * ca
        x, y = (fa - bounds[0]) * scale, (fb - bounds[1]) * scale
        tx, ty = x - img.get_width() / 2, y - img.get_height() / 2
        ar = math.radians(ang)
        rx, ry = tx * math.cos(ar) - ty * math.sin(ar), tx * math.sin(ar) + ty * math.cos(ar)
        placed.append((rot, hrot, rot.get_width() / 2 + rx, rot.get_height() / 2 + ry))
    x0 = min(-nx for _, _, nx, _ in placed)
    y0 = min(-ny for _, _, _, ny in placed)
    x1 = max(r.get_width() - nx for r, _, nx, _ in placed)
    y1 = max(r.get_height() - ny for r, _, _, ny in placed)
    w, h = math.ceil(x1 - x0) + 1, math.ceil(y1 - y0) + 1
    out = pygame.Surface((w, h), pygame.SRCALPHA)
    hout = pygame.Surface((w, h), pygame.SRCALPHA)
    tip = (-x0, -y0)
    for rot, hrot, nx, ny in placed:
        at = (round(tip[0] - nx), round(tip[1] - ny))
        out.blit(rot, at)
        hout.blit(hrot, at)
    return out, hout, tip


def _shadow(himg: pygame.Surface, tip: Pt, scale: float) -> tuple[pygame.Surface, Pt]:
    """The hand's shadow on the page: each height thrown away from the candle by its height
    (the knuckles on the page and the nib touch their shadows; the hand's back falls far),
    softened more the higher it is cast from."""
    q = 3  # worked at a third of the size
    w, h = himg.get_size()
    padded = pygame.Surface((w + (-w % q), h + (-h % q)), pygame.SRCALPHA)
    padded.blit(himg, (0, 0))
    small = pygame.transform.smoothscale(padded, (padded.get_width() // q, padded.get_height() // q))
    hv = pygame.surfarray.array3d(small)[..., 0].astype(np.float32) / 2 * scale / q  # height, small px
    a = pygame.surfarray.array_alpha(small).astype(np.float32) / 255
    dx, dy = SHADOW_DIR
    mx, my = max(4, round(dx * hv.max() + 12 * scale / q)), max(4, round(dy * hv.max() + 12 * scale / q))
    acc = np.zeros((a.shape[0] + mx, a.shape[1] + my), np.float32)
    levels = 10
    top = float(hv.max()) or 1.0
    for i in range(levels):
        z = top * i / levels
        m = a * (hv >= z)
        ox, oy = round(dx * z), round(dy * z)
        sl = acc[ox:ox + a.shape[0], oy:oy + a.shape[1]]
        np.maximum(sl, m, out=sl)
    soft = 0.5 * _blur(acc, max(1, round(2.2 * scale))) + 0.5 * _blur(acc, max(1, round(7 * scale)))
    sh = pygame.Surface(acc.shape, pygame.SRCALPHA)
    sh.fill((12, 7, 4, 0))
    pygame.surfarray.pixels_alpha(sh)[...] = np.clip(soft * 0.6 * 255, 0, 255).astype(np.uint8)
    sh = pygame.transform.smoothscale(sh, (acc.shape[0] * q, acc.shape[1] * q))
    return sh, (tip[0], tip[1])


class WriterHand:
    """The hand at one pixel scale and look: `draw` puts the nib at (x, y), lifted 0..1."""

    def __init__(self, scale: float, look: Look) -> None:
        self.scale = scale
        self.image, self.shadow, self.tip, self.shadow_tip = paint_writer(scale, look)
        if pygame.display.get_surface() is not None:  # the display's pixel format blits faster
            self.image, self.shadow = self.image.convert_alpha(), self.shadow.convert_alpha()

    def draw(self, dst: pygame.Surface, x: float, y: float, lift: float) -> None:
        lift = min(1.0, max(0.0, lift))
        s = self.scale
        rise = lift * 7 * s  # the hand rises a little; its shadow slides away from the candle
        off = lift * 18 * s
        dst.blit(self.shadow, (round(x - self.shadow_tip[0] + off), round(y - self.shadow_tip[1] + 0.8 * off)))
        dst.blit(self.image, (round(x - self.tip[0]), round(y - self.tip[1] - rise)))
