"""The shape of one finger, shared by every close shot's hands (tools.hands and tools.faces_close).

A finger is not a chain of cylinders: its centre line is one smooth curve through the
knuckles, its width narrows steadily from the root to the pad (no bulge or step at a
joint), and it ends in a round pad. The outline is one closed curve, left side, the pad,
right side, and is stroked open at the root so it flows into the palm without a seam.
Pure geometry (no SVG): `shape()` gives the points, the drawers add light, creases and nail.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

P = tuple[float, float]

PER_SEG = 6    # centre-line samples per phalanx
CAP = 13       # points round the pad (12 steps of 15 degrees)
ROOT_BACK = 0.35  # the fill runs this many root widths back under the palm


@dataclass(frozen=True)
class Shape:
    centre: list[P]          # root -> tip, PER_SEG samples per phalanx
    half: list[float]        # half-width at each centre sample
    normal: list[P]          # unit normal (left side) at each centre sample
    along: list[P]           # unit direction at each centre sample
    joints: list[int]        # indices into centre of the knuckles between phalanges
    left: list[P]            # root -> tip
    right: list[P]           # root -> tip
    cap: list[P]             # round the pad, from the left side to the right
    root: P                  # where the fill starts, under the palm

    def polygon(self) -> list[P]:
        """The closed fill: the root under the palm, the left side, the pad, the right side back."""
        return [self.root, *self.left, *self.cap[1:-1], *self.right[::-1]]

    def rim(self, skip: int = 0) -> list[P]:
        """The drawn outline, open at the root: up the left side, round the pad, down the right
        (from `skip` points out, or a sixth of the way)."""
        k = max(1, skip or len(self.left) // 6)
        return [*self.left[k:], *self.cap[1:-1], *self.right[::-1][:-k]]

    @property
    def tip(self) -> P:
        return self.cap[len(self.cap) // 2]


def _catmull(p0: P, p1: P, p2: P, p3: P, t: float) -> P:
    t2, t3 = t * t, t * t * t
    return tuple(0.5 * (2 * p1[i] + (-p0[i] + p2[i]) * t + (2 * p0[i] - 5 * p1[i] + 4 * p2[i] - p3[i]) * t2
                        + (-p0[i] + 3 * p1[i] - 3 * p2[i] + p3[i]) * t3) for i in range(2))  # type: ignore[return-value]


def _norm(v: P) -> P:
    d = math.hypot(*v) or 1.0
    return (v[0] / d, v[1] / d)


def shape(joints: Sequence[P], width: float, taper: float = 0.74, root_back: float = ROOT_BACK) -> Shape:
    """`joints`: root, the knuckles, the tip's centre (canvas or local px); `width` at the root;
    the pad's width is `taper` of it; `root_back` 0 ends the fill square at the root (a finger
    rising out of a gap, whose root would otherwise show as a pointed notch). The half-width
    eases down along the length (a little
    faster near the root, where the finger leaves the palm) and never grows at a joint."""
    # a phalanx much shorter than the finger is wide (a finger curled away from us) is no joint
    # the outline can show: fold it into the one before, so the tip does not kink
    pts = [joints[0]]
    for q in joints[1:]:
        if math.dist(pts[-1], q) < width * 0.25 and len(pts) > 1:
            pts[-1] = q
        else:
            pts.append(q)
    joints = pts
    n = len(joints)
    ext = [(2 * joints[0][0] - joints[1][0], 2 * joints[0][1] - joints[1][1]), *joints,
           (2 * joints[-1][0] - joints[-2][0], 2 * joints[-1][1] - joints[-2][1])]
    centre: list[P] = []
    idx: list[int] = []
    for s in range(n - 1):
        if s > 0:
            idx.append(len(centre))
        for k in range(PER_SEG):
            centre.append(_catmull(ext[s], ext[s + 1], ext[s + 2], ext[s + 3], k / PER_SEG))
    centre.append(joints[-1])
    m = len(centre)
    cum = [0.0]
    for i in range(1, m):
        cum.append(cum[-1] + math.dist(centre[i - 1], centre[i]))
    total = cum[-1] or 1.0
    half = [width / 2 * (1 - (1 - taper) * (cum[i] / total) ** 0.85) for i in range(m)]
    along = [_norm((centre[min(m - 1, i + 1)][0] - centre[max(0, i - 1)][0],
                    centre[min(m - 1, i + 1)][1] - centre[max(0, i - 1)][1])) for i in range(m)]
    normal = [(-a[1], a[0]) for a in along]
    left = [(c[0] + nn[0] * h, c[1] + nn[1] * h) for c, nn, h in zip(centre, normal, half, strict=True)]
    right = [(c[0] - nn[0] * h, c[1] - nn[1] * h) for c, nn, h in zip(centre, normal, half, strict=True)]
    # on the inside of a tight bend the offset side would fold back on itself: keep only the points
    # that move forward along the finger
    left, right = _forward(left, along), _forward(right, along)
    # the pad: a half-ellipse a little longer than wide, from the left side round to the right
    c, a, nn, h = centre[-1], along[-1], normal[-1], half[-1]
    cap = []
    for k in range(CAP):
        th = math.pi / 2 - math.pi * k / (CAP - 1)
        u, v = math.cos(th) * h * 1.08, math.sin(th) * h
        cap.append((c[0] + a[0] * u + nn[0] * v, c[1] + a[1] * u + nn[1] * v))
    root = (centre[0][0] - along[0][0] * width * root_back, centre[0][1] - along[0][1] * width * root_back)
    return Shape(centre, half, normal, along, idx, left, right, cap, root)


def _forward(side: list[P], along: list[P]) -> list[P]:
    out = [side[0]]
    for i in range(1, len(side)):
        p, q = out[-1], side[i]
        if (q[0] - p[0]) * along[i][0] + (q[1] - p[1]) * along[i][1] > 0.3 or i == len(side) - 1:
            out.append(q)
    if len(out) > 2 and math.dist(out[-1], out[-2]) < 0.3:
        del out[-2]
    return out


def turns(pts: Sequence[P]) -> list[float]:
    """The angle (degrees) the polyline turns at each inner point: the outline's smoothness."""
    out = []
    for i in range(1, len(pts) - 1):
        a = (pts[i][0] - pts[i - 1][0], pts[i][1] - pts[i - 1][1])
        b = (pts[i + 1][0] - pts[i][0], pts[i + 1][1] - pts[i][1])
        if math.hypot(*a) < 1e-6 or math.hypot(*b) < 1e-6:
            continue
        cross = a[0] * b[1] - a[1] * b[0]
        out.append(abs(math.degrees(math.atan2(cross, a[0] * b[0] + a[1] * b[1]))))
    return out
