"""Small SVG helpers for the face close-ups: smooth closed paths through points, placed heads.

The faces are drawn as point lists in a local frame (profile facing right, origin at the
front of the lips, y down) and placed with one transform (mirror, turn, move), so the same
profile serves her and him and the two shots; paths are Catmull-Rom curves turned into
cubic Beziers, which nanosvg (the game's rasterizer) draws exactly.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass, replace

P = tuple[float, float]


@dataclass(frozen=True)
class Place:
    """Local -> canvas: warp y (`ys`), mirror x (face left), scale, turn by `rot` degrees, move to (x, y).

    `ys`: knots (local y in, local y out), ascending, for a head drawn in another person's proportions
    (model.warp: the close profiles' eye, nose and chin moved to where the wides' stand); linear between
    the knots, unchanged in slope past the ends, none (the default) leaves y as it is."""

    x: float
    y: float
    rot: float = 0.0
    scale: float = 1.0
    mirror: bool = False
    ys: tuple[P, ...] = ()

    def warp(self, y: float) -> float:
        """Local `y` moved through the knots `ys`."""
        ks = self.ys
        if not ks:
            return y
        if y <= ks[0][0]:
            return ks[0][1] + y - ks[0][0]
        for (a, a2), (b, b2) in itertools.pairwise(ks):
            if y <= b:
                return a2 + (y - a) * (b2 - a2) / ((b - a) or 1.0)
        return ks[-1][1] + y - ks[-1][0]

    def stretch(self, y: float) -> float:
        """How much the warp stretches local y at `y` (a soft shade's height follows it)."""
        return self.warp(y + 0.5) - self.warp(y - 0.5) if self.ys else 1.0

    def moved(self, dx: float, dy: float) -> Place:
        """This place moved (dx, dy) canvas px, all else kept."""
        return replace(self, x=self.x + dx, y=self.y + dy)

    def __call__(self, p: P) -> P:
        px, py = p[0], self.warp(p[1])
        if self.mirror:
            px = -px
        px *= self.scale
        py *= self.scale
        a = math.radians(self.rot)
        c, s = math.cos(a), math.sin(a)
        return (self.x + px * c - py * s, self.y + px * s + py * c)

    def all(self, pts: Sequence[P]) -> list[P]:
        return [self(p) for p in pts]


@dataclass(frozen=True)
class View:
    """A camera nearer the drawing: the design canvas magnified `z` times about the point `c`, which
    lands on the canvas point `at` (a close two-shot drawn once in the wide framing's coordinates)."""

    z: float
    c: P
    at: P = (960.0, 540.0)

    def __call__(self, p: P) -> P:
        return (self.at[0] + self.z * (p[0] - self.c[0]), self.at[1] + self.z * (p[1] - self.c[1]))

    def place(self, pl: Place) -> Place:
        """`pl` as seen through this view: the same head, where it lands on the canvas."""
        x, y = self((pl.x, pl.y))
        return Place(x, y, pl.rot, pl.scale * self.z, pl.mirror, pl.ys)

    def transform(self) -> str:
        """The SVG group transform that draws the wide framing's coordinates through this view."""
        tx, ty = self((0.0, 0.0))
        return f"matrix({self.z:.6g} 0 0 {self.z:.6g} {tx:.6g} {ty:.6g})"


def f(v: float) -> str:
    return f"{v:.1f}".rstrip("0").rstrip(".")


def smooth(pts: Sequence[P], closed: bool = True, tension: float = 1.0) -> str:
    """A Catmull-Rom curve through `pts` as an SVG path `d`."""
    n = len(pts)
    if n < 2:
        return ""
    d = [f"M{f(pts[0][0])},{f(pts[0][1])}"]
    last = n if closed else n - 1
    for i in range(last):
        p0 = pts[(i - 1) % n] if closed or i > 0 else pts[0]
        p1 = pts[i]
        p2 = pts[(i + 1) % n]
        p3 = pts[(i + 2) % n] if closed or i + 2 < n else pts[-1]
        k = tension / 6.0
        c1 = (p1[0] + (p2[0] - p0[0]) * k, p1[1] + (p2[1] - p0[1]) * k)
        c2 = (p2[0] - (p3[0] - p1[0]) * k, p2[1] - (p3[1] - p1[1]) * k)
        d.append(f"C{f(c1[0])},{f(c1[1])} {f(c2[0])},{f(c2[1])} {f(p2[0])},{f(p2[1])}")
    if closed:
        d.append("Z")
    return "".join(d)


class Doc:
    """An SVG document on the 1920x1080 design canvas: defs and body collected in order."""

    def __init__(self, line_alpha: float = 1.0, view: View | None = None) -> None:
        """`line_alpha` < 1 draws the outline of every filled shape that faint (a modelled look: the
        forms read by their light and shade, not by ink lines round them); `view` draws the whole
        document through a nearer camera (View)."""
        self.line_alpha = line_alpha
        self.view = view
        self.defs: list[str] = []
        self.body: list[str] = []
        self._n = 0

    def uid(self, stem: str) -> str:
        self._n += 1
        return f"{stem}{self._n}"

    def lin(self, a: P, b: P, stops: list[tuple[float, str, float]]) -> str:
        gid = self.uid("l")
        st = "".join(f'<stop offset="{o}" stop-color="{c}" stop-opacity="{op}"/>' for o, c, op in stops)
        self.defs.append(
            f'<linearGradient id="{gid}" x1="{f(a[0])}" y1="{f(a[1])}" x2="{f(b[0])}" y2="{f(b[1])}" '
            f'gradientUnits="userSpaceOnUse">{st}</linearGradient>'
        )
        return f"url(#{gid})"

    def rad(self, c: P, r: float, stops: list[tuple[float, str, float]]) -> str:
        gid = self.uid("r")
        st = "".join(f'<stop offset="{o}" stop-color="{col}" stop-opacity="{op}"/>' for o, col, op in stops)
        self.defs.append(
            f'<radialGradient id="{gid}" cx="{f(c[0])}" cy="{f(c[1])}" r="{f(r)}" '
            f'gradientUnits="userSpaceOnUse">{st}</radialGradient>'
        )
        return f"url(#{gid})"

    def path(self, d: str, fill: str = "none", stroke: str = "none", width: float = 0.0,
             opacity: float = 1.0) -> None:
        extra = f' stroke="{stroke}" stroke-width="{f(width)}" stroke-linecap="round" stroke-linejoin="round"' \
            if stroke != "none" else ""
        if extra and fill != "none" and self.line_alpha < 1.0:
            extra += f' stroke-opacity="{self.line_alpha}"'
        op = f' opacity="{opacity}"' if opacity < 1.0 else ""
        self.body.append(f'<path d="{d}" fill="{fill}"{extra}{op}/>')

    def text(self) -> str:
        return (
            '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1920 1080" width="1920" height="1080">\n'
            "<defs>\n" + "\n".join(self.defs) + "\n</defs>\n" + self._group() + "\n</svg>\n"
        )


    def _group(self) -> str:
        body = "\n".join(self.body)
        return body if self.view is None else f'<g transform="{self.view.transform()}">\n{body}\n</g>'


def soft(doc: Doc, c: P, rx: float, ry: float, colour: str, opacity: float, rot: float = 0.0,
         core: float = 0.0) -> None:
    """A soft-edged ellipse of colour (shading without a line): full `opacity` out to `core`
    of the radius, easing (smoothstep) to nothing at the edge, so no ring shows where it ends. nanosvg ignores bounding-box gradients on
    ellipses, so this is a unit circle with a user-space gradient, placed by a transform."""
    gid = doc.uid("s")
    doc.defs.append(
        f'<radialGradient id="{gid}" cx="0" cy="0" r="1" gradientUnits="userSpaceOnUse">'
        f'<stop offset="0" stop-color="{colour}" stop-opacity="{opacity}"/>'
        f'<stop offset="{core}" stop-color="{colour}" stop-opacity="{opacity}"/>'
        + "".join(f'<stop offset="{f(core + (1 - core) * t)}" stop-color="{colour}" '
                  f'stop-opacity="{round(opacity * (1 - t * t * (3 - 2 * t)), 4)}"/>' for t in (0.25, 0.5, 0.75))
        + f'<stop offset="1" stop-color="{colour}" stop-opacity="0"/></radialGradient>'
    )
    doc.body.append(f'<circle cx="0" cy="0" r="1" fill="url(#{gid})" '
                    f'transform="translate({f(c[0])} {f(c[1])}) rotate({f(rot)}) scale({f(rx)} {f(ry)})"/>')


def limb(pts: Sequence[P], widths: Sequence[float]) -> list[P]:
    """The outline of a tapered limb along the polyline `pts` (one width per point), to `smooth`."""
    left: list[P] = []
    right: list[P] = []
    n = len(pts)
    for i, (x, y) in enumerate(pts):
        ax, ay = pts[max(0, i - 1)]
        bx, by = pts[min(n - 1, i + 1)]
        dx, dy = bx - ax, by - ay
        ln = math.hypot(dx, dy) or 1.0
        nx, ny = -dy / ln, dx / ln
        w = widths[i] / 2
        left.append((x + nx * w, y + ny * w))
        right.append((x - nx * w, y - ny * w))
    # rounded ends: a point half a width past each end
    (ax, ay), (bx, by) = pts[0], pts[1]
    ln = math.hypot(bx - ax, by - ay) or 1.0
    start = (ax - (bx - ax) / ln * widths[0] * 0.35, ay - (by - ay) / ln * widths[0] * 0.35)
    (ax, ay), (bx, by) = pts[-2], pts[-1]
    ln = math.hypot(bx - ax, by - ay) or 1.0
    end = (bx + (bx - ax) / ln * widths[-1] * 0.35, by + (by - ay) / ln * widths[-1] * 0.35)
    return [start, *left, end, *reversed(right)]


def psoft(doc: Doc, pl: Place, c: P, rx: float, ry: float, colour: str, opacity: float, rot: float = 0.0,
          core: float = 0.0) -> None:
    """`soft` in a head's local frame (placed, mirrored and turned with it)."""
    r = (-rot if pl.mirror else rot) + pl.rot
    soft(doc, pl(c), rx * pl.scale, ry * pl.scale * pl.stretch(c[1]), colour, opacity, r, core)


def shade_along(d: Doc, pl: Place, run: list[P], colour: str, alpha: float, half: float = 6.0) -> None:
    """A soft shade `half` local px either side of the polyline `run` (soft ellipses, one per segment):
    no stroke's edge."""
    for a, b in itertools.pairwise(run):
        psoft(d, pl, ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2), math.dist(a, b) / 2 + 8, half, colour, alpha,
              rot=math.degrees(math.atan2(b[1] - a[1], b[0] - a[0])))


def outward(pts: list[P], by: float) -> list[P]:
    """`pts` along a profile (local frame, facing right; drawn from the nose down) moved `by` to the left
    of the direction of travel in the local frame: `by` > 0 is into the face, < 0 out past its front."""
    out: list[P] = []
    for i, (x, y) in enumerate(pts):
        (ax, ay), (bx, by_) = pts[max(0, i - 1)], pts[min(len(pts) - 1, i + 1)]
        dx, dy = bx - ax, by_ - ay
        ln = math.hypot(dx, dy) or 1.0
        out.append((x - dy / ln * by, y + dx / ln * by))
    return out
