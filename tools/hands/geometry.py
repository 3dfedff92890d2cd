"""Geometry for drawing hands as SVG: fingers of phalanges with creases and nails, palms, shading.

The close shots' hands (assets/art/inserts/*) are generated, not hand-edited: a hand is a
few numbers (where the knuckles are, how long each phalanx is, how far each joint bends),
so a pose is changed by changing numbers and the drawing keeps its anatomy. Everything is
written as plain SVG that SDL_image's rasterizer draws (paths, linear and radial
gradients, opacity
no filters, masks or clips), with soft shadows faked by stacked strokes.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tools.hands import fingerform

INSERTS = Path(__file__).resolve().parents[2] / "assets" / "art" / "inserts"

P = tuple[float, float]
TransformFn = Callable[[P], P]  # a local drawing frame onto the canvas


@dataclass(frozen=True)
class Skin:
    light: str
    mid: str
    dark: str
    line: str
    crease: str
    nail: str
    nail_hi: str
    knuckle: str  # whitened knuckle / highlight


# the wide shots' skins (assets/art/figures/{him,her}/head.svg, forearm.svg), so a cut keeps the tone
HIS = Skin("#dcaa86", "#b57e5e", "#7a4b34", "#3b2418", "#8a5a42", "#e2b8a4", "#f6dccb", "#f0cdb2")
HER = Skin("#f6d4bc", "#e2ae90", "#a06a52", "#6e4434", "#b98068", "#f2c8bc", "#fde8e0", "#fbe2d0")


class Doc:
    def __init__(self) -> None:
        self.defs: list[str] = []
        self.body: list[str] = []
        self.n = 0

    def gid(self, p: str = "g") -> str:
        self.n += 1
        return f"{p}{self.n}"

    def lin(self, a: P, b: P, stops: list[tuple[float, str, float]]) -> str:
        i = self.gid()
        s = "".join(f'<stop offset="{o:.3f}" stop-color="{c}" stop-opacity="{op:.3f}"/>' for o, c, op in stops)
        self.defs.append(f'<linearGradient id="{i}" x1="{a[0]:.1f}" y1="{a[1]:.1f}" x2="{b[0]:.1f}" '
                         f'y2="{b[1]:.1f}" gradientUnits="userSpaceOnUse">{s}</linearGradient>')
        return f"url(#{i})"

    def rad(self, c: P, r: float, stops: list[tuple[float, str, float]], f: P | None = None) -> str:
        i = self.gid()
        s = "".join(f'<stop offset="{o:.3f}" stop-color="{col}" stop-opacity="{op:.3f}"/>' for o, col, op in stops)
        fx = f'fx="{f[0]:.1f}" fy="{f[1]:.1f}" ' if f else ""
        self.defs.append(f'<radialGradient id="{i}" cx="{c[0]:.1f}" cy="{c[1]:.1f}" r="{r:.1f}" {fx}'
                         f'gradientUnits="userSpaceOnUse">{s}</radialGradient>')
        return f"url(#{i})"

    def add(self, s: str) -> None:
        self.body.append(s)

    def svg(self) -> str:
        return ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1920 1080" width="1920" height="1080">\n'
                f"<defs>\n{chr(10).join(self.defs)}\n</defs>\n{chr(10).join(self.body)}\n</svg>\n")


@dataclass
class Xf:
    """Local hand frame -> canvas: scale, rotate (deg), mirror y, translate."""
    x: float
    y: float
    rot: float = 0.0
    s: float = 1.0
    mirror: bool = False
    sx: float = 1.0  # foreshortening along the hand

    def __call__(self, p: P) -> P:
        x, y = p[0] * self.s * self.sx, (-p[1] if self.mirror else p[1]) * self.s
        a = math.radians(self.rot)
        return (self.x + x * math.cos(a) - y * math.sin(a), self.y + x * math.sin(a) + y * math.cos(a))


def add(a: P, b: P) -> P:
    return (a[0] + b[0], a[1] + b[1])


def mul(a: P, k: float) -> P:
    return (a[0] * k, a[1] * k)


def sub(a: P, b: P) -> P:
    return (a[0] - b[0], a[1] - b[1])


def norm(a: P) -> P:
    d = math.hypot(*a) or 1.0
    return (a[0] / d, a[1] / d)


def dirv(deg: float) -> P:
    r = math.radians(deg)
    return (math.cos(r), math.sin(r))


def f(p: P) -> str:
    return f"{p[0]:.1f},{p[1]:.1f}"


def smooth_path(pts: Sequence[P], closed: bool = True, tension: float = 1.0) -> str:
    """Catmull-Rom through pts as cubic Beziers."""
    n = len(pts)
    out = [f"M{f(pts[0])}"]
    rng = range(n) if closed else range(n - 1)
    for i in rng:
        p0 = pts[(i - 1) % n] if closed or i > 0 else pts[i]
        p1 = pts[i]
        p2 = pts[(i + 1) % n]
        p3 = pts[(i + 2) % n] if closed or i + 2 < n else p2
        c1 = add(p1, mul(sub(p2, p0), tension / 6))
        c2 = sub(p2, mul(sub(p3, p1), tension / 6))
        out.append(f"C{f(c1)} {f(c2)} {f(p2)}")
    if closed:
        out.append("Z")
    return " ".join(out)


LIGHT: P = norm((-0.55, -0.85))  # direction the light comes FROM (canvas), set per insert


def set_light(v: P) -> None:
    global LIGHT
    LIGHT = norm(v)


def shade_grad(doc: Doc, c: P, n: P, half: float, skin: Skin, boost: float = 0.0) -> str:
    """A gradient across a limb at c whose normal is n: lit edge toward LIGHT."""
    if n[0] * LIGHT[0] + n[1] * LIGHT[1] < 0:
        n = (-n[0], -n[1])
    a = add(c, mul(n, half * 1.05))
    b = sub(c, mul(n, half * 1.05))
    return doc.lin(a, b, [(0.0, skin.light, 1), (0.18, skin.light, 1), (0.55, skin.mid, 1), (1.0, skin.dark, 1)])


@dataclass
class FingerSpec:
    base: P            # local
    ang: float         # local degrees (0 = +x)
    lens: tuple[float, ...]   # phalanges base->tip
    w: float           # width at base
    bends: tuple[float, ...] = (0.0, 0.0)  # degrees at the joints (local, sign = toward +y)
    show: str = "back"   # back (nail) | palm (pads) | side
    nail: bool = True
    taper: float = 0.78


def finger_geom(sp: FingerSpec, xf: Xf) -> tuple[list[P], list[float], list[P]]:
    pts = [sp.base]
    a = sp.ang
    for i, ln in enumerate(sp.lens):
        if i > 0:
            a += sp.bends[i - 1] if i - 1 < len(sp.bends) else 0.0
        pts.append(add(pts[-1], mul(dirv(a), ln)))
    n = len(pts)
    widths = [sp.w * (1 - (1 - sp.taper) * i / (n - 1)) for i in range(n)]
    cp = [xf(p) for p in pts]
    ws = [w * xf.s for w in widths]
    return cp, ws, pts


def finger(doc: Doc, sp: FingerSpec, xf: Xf, skin: Skin, outline: float = 2.2, white: float = 0.0,
           open_base: bool = False, fade_root: bool = False, root_shade: str = "", soft: bool = True,
           root_back: float = fingerform.ROOT_BACK) -> None:
    """One finger as one tapering form (fingerform.shape): a single smooth outline, open at the
    root so it flows into the palm; light across it; a soft pad; faint short creases at the
    knuckles (never a line across the finger); the nail set back from the pad's tip.
    `open_base` is kept for the callers: every finger's root is open now. `soft` (the default)
    keeps a joint to a faint rise of light and two tiny wrinkles on its crown: the old three
    lines across a third of the finger at every joint read at 1080p as the seam rings of a
    wooden mannequin (review: "a seam ring at every finger joint"); hair_twirl keeps them
    (soft=False) until its art is regenerated by its owner."""
    del open_base
    cp, ws, _ = finger_geom(sp, xf)
    sh = fingerform.shape(cp, ws[0], sp.taper, root_back)
    c, nrm, half = sh.centre, sh.normal, sh.half
    n = len(c)
    mid = n // 2
    side = 1 if nrm[mid][0] * LIGHT[0] + nrm[mid][1] * LIGHT[1] >= 0 else -1
    fill = shade_grad(doc, c[mid], nrm[mid], half[mid], skin)
    if fade_root:
        # a finger lying over the back of its own hand (drawn above it): its root fades into the
        # hand's skin instead of starting at an edge; the light and shade across it are laid on top
        # from a little way out, where the finger stands free of the hand
        # the lit and shaded form from a little way out; over its start, a band of the hand's mid tone
        # that fades in from the root and out again past the start, so neither end shows an edge
        qa = max(2, n // 6)
        qb = min(n - 2, qa + max(2, n // 6))
        nm = min(len(sh.left), len(sh.right)) - 1
        part = [*sh.left[min(qa, nm):], *sh.cap[1:-1], *sh.right[min(qa, nm):][::-1]]
        doc.add(f'<path data-finger="1" d="{smooth_path(part, tension=1.0)}" fill="{fill}"/>')
        k = math.dist(sh.root, c[qa]) / max(1e-6, math.dist(sh.root, c[qb]))
        band = [sh.root, *sh.left[: min(qb, nm) + 1], *sh.right[: min(qb, nm) + 1][::-1]]
        doc.add(f'<path d="{smooth_path(band, tension=0.8)}" '
                f'fill="{doc.lin(sh.root, c[qb], [(0, skin.mid, 0), (min(0.95, k), skin.mid, 1), (1, skin.mid, 0)])}"/>')
    else:
        doc.add(f'<path data-finger="1" d="{smooth_path(sh.polygon(), tension=1.0)}" fill="{fill}"/>')
    # the root melts into the hand: the palm's tone over the first third, fading toward the tip
    if root_shade:  # the root rises out of a shadow (another hand over it): it falls into that shade
        g = doc.lin(sh.root, c[n // 3], [(0, root_shade, 0.95), (0.45, root_shade, 0.5), (1, root_shade, 0)])
    else:
        g = doc.lin(sh.root, c[n // 3], [(0, skin.mid, 0.55), (1, skin.mid, 0)])
    if not fade_root:
        root = [sh.root, *sh.left[: n // 3 + 1], *sh.right[: n // 3 + 1][::-1]]
        doc.add(f'<path d="{smooth_path(root, tension=0.6)}" fill="{g}"/>')
    # the underside in shade along the far edge, the light along the near one
    q0 = n // 4 if fade_root else 0
    dark = [add(c[i], mul(nrm[i], -side * half[i] * 0.62)) for i in range(q0, n)]
    doc.add(f'<path d="{smooth_path(dark, closed=False)}" stroke="{skin.dark}" stroke-width="{half[mid] * 0.5:.1f}" '
            f'stroke-linecap="round" fill="none" opacity="0.28"/>')
    hl = [add(c[i], mul(nrm[i], side * half[i] * 0.38)) for i in range(max(q0, n // 6), n)]
    doc.add(f'<path d="{smooth_path(hl, closed=False)}" stroke="{skin.knuckle}" stroke-width="{half[mid] * 0.32:.1f}" '
            f'stroke-linecap="round" fill="none" opacity="0.3"/>')
    doc.add(f'<path data-rim="1" d="{smooth_path(sh.rim(n // 4 if fade_root else 0), closed=False)}" fill="none" stroke="{skin.line}" '
            f'stroke-width="{outline * 0.8:.1f}" stroke-linejoin="round" stroke-linecap="round" stroke-opacity="0.5"/>')
    # the pad: a rounded swell of light toward the tip
    td = sh.along[-1]
    tw = half[-1]
    pad = sub(c[-1], mul(td, tw * 0.1))
    doc.add(f'<ellipse cx="{pad[0]:.1f}" cy="{pad[1]:.1f}" rx="{tw * 0.95:.1f}" ry="{tw * 0.95:.1f}" '
            f'fill="{doc.rad(pad, tw, [(0, skin.knuckle, 0.3 if sp.show == "palm" else 0.16), (1, skin.knuckle, 0)])}"/>')
    for k, j in enumerate(sh.joints):
        cj, d, nn, w = c[j], sh.along[j], nrm[j], half[j] * 2
        if soft:
            _soft_joint(doc, sh, j, k, side, skin, white, sp.show == "back")
            continue
        if sp.show == "back":
            # the knuckle: a soft rise of light and two or three short fine wrinkles on top
            kc = add(cj, mul(nn, side * w * 0.1))
            doc.add(f'<ellipse cx="{kc[0]:.1f}" cy="{kc[1]:.1f}" rx="{w * 0.34:.1f}" ry="{w * 0.34:.1f}" '
                    f'fill="{doc.rad(kc, w * 0.36, [(0, skin.knuckle, 0.3 + 0.45 * white), (1, skin.knuckle, 0)])}"/>')
            offs = (-0.1, 0.0, 0.1) if k == 0 else (-0.05, 0.05)
            for i, off in enumerate(offs):
                q = add(cj, mul(d, w * off))
                span = w * (0.17 if k == 0 else 0.13) * (0.8 if i != len(offs) // 2 else 1.0)
                a, b = add(q, mul(nn, span)), sub(q, mul(nn, span))
                m = add(q, mul(d, w * 0.05))
                doc.add(f'<path data-crease="1" d="M{f(a)} Q{f(m)} {f(b)}" stroke="{skin.crease}" '
                        f'stroke-width="{max(0.8, w * 0.025):.1f}" fill="none" opacity="0.26" stroke-linecap="round"/>')
        else:
            # the palm side: a crease at each joint, fading out before the edges, and the pads between
            q = cj
            span = w * 0.3
            a, b = add(q, mul(nn, span)), sub(q, mul(nn, span))
            m = add(q, mul(d, -w * 0.04))
            doc.add(f'<path data-crease="1" d="M{f(a)} Q{f(m)} {f(b)}" stroke="{skin.crease}" '
                    f'stroke-width="{max(0.9, w * 0.03):.1f}" fill="none" opacity="0.3" stroke-linecap="round"/>')
    if sp.show == "palm":
        for a_, b_ in zip([0, *sh.joints], [*sh.joints, n - 1], strict=True):
            pc = c[(a_ + b_) // 2]
            r = half[(a_ + b_) // 2] * 0.75
            doc.add(f'<ellipse cx="{pc[0]:.1f}" cy="{pc[1]:.1f}" rx="{r:.1f}" ry="{r:.1f}" '
                    f'fill="{doc.rad(pc, r, [(0, skin.knuckle, 0.22), (1, skin.knuckle, 0)])}"/>')
    if sp.show == "back" and sp.nail:
        nail(doc, sh, skin, side)


def _soft_joint(doc: Doc, sh: fingerform.Shape, j: int, k: int, side: int, skin: Skin, white: float,
                back: bool) -> None:
    """A joint as skin over a bone, not a seam: on the back a broad faint rise of light a little
    toward the flame (stronger as the skin whitens) and, at the middle knuckle only, two tiny
    curved wrinkles in the middle fifth of the finger; on the palm side one short faint crease."""
    cj, d, nn, w = sh.centre[j], sh.along[j], sh.normal[j], sh.half[j] * 2
    if back:
        kc = add(cj, mul(nn, side * w * 0.12))
        r = w * 0.42
        doc.add(f'<ellipse cx="{kc[0]:.1f}" cy="{kc[1]:.1f}" rx="{r:.1f}" ry="{r:.1f}" '
                f'fill="{doc.rad(kc, r, [(0, skin.knuckle, 0.18 + 0.4 * white), (1, skin.knuckle, 0)])}"/>')
        if k > 0:
            return
        for off in (-0.06, 0.06):
            q = add(add(cj, mul(d, w * off)), mul(nn, side * w * 0.05))
            span = w * 0.09
            a, b = add(q, mul(nn, span)), sub(q, mul(nn, span))
            m = add(q, mul(d, w * 0.04))
            doc.add(f'<path data-crease="1" d="M{f(a)} Q{f(m)} {f(b)}" stroke="{skin.crease}" '
                    f'stroke-width="{max(0.7, w * 0.02):.1f}" fill="none" opacity="0.16" stroke-linecap="round"/>')
        return
    span = w * 0.16
    a, b = add(cj, mul(nn, span)), sub(cj, mul(nn, span))
    m = add(cj, mul(d, -w * 0.03))
    doc.add(f'<path data-crease="1" d="M{f(a)} Q{f(m)} {f(b)}" stroke="{skin.crease}" '
            f'stroke-width="{max(0.8, w * 0.022):.1f}" fill="none" opacity="0.18" stroke-linecap="round"/>')


def nail(doc: Doc, sh: fingerform.Shape, skin: Skin, side: int) -> None:
    """The nail on the back of the last phalanx: a rounded plate narrower than the finger, its free
    edge short of the pad's tip (the pad's skin shows round it), a soft cuticle, a glint."""
    c, td, nn = sh.centre, sh.along[-1], sh.normal[-1]
    tw = sh.half[-1]
    last = sh.joints[-1] if sh.joints else 0
    ln = math.dist(c[last], c[-1])
    end = add(c[-1], mul(td, tw * 0.55))
    start = sub(end, mul(td, min(ln * 0.62, tw * 2.6)))
    nw = tw * 0.7
    a0, b0 = add(start, mul(nn, nw * 0.82)), sub(start, mul(nn, nw * 0.82))
    a1, b1 = add(end, mul(nn, nw * 0.92)), sub(end, mul(nn, nw * 0.92))
    e = add(end, mul(td, nw * 0.42))
    s0 = sub(start, mul(td, nw * 0.3))
    nd = f"M{f(a0)} Q{f(s0)} {f(b0)} L{f(b1)} Q{f(e)} {f(a1)} Z"
    g = doc.lin(add(start, mul(nn, side * nw)), sub(start, mul(nn, side * nw)),
                [(0, skin.nail_hi, 0.95), (0.55, skin.nail, 0.9), (1, skin.crease, 0.85)])
    doc.add(f'<path data-nail="1" d="{nd}" fill="{g}" stroke="{skin.crease}" stroke-width="1.0" stroke-opacity="0.35"/>')
    doc.add(f'<path d="M{f(a0)} Q{f(s0)} {f(b0)}" stroke="{skin.dark}" stroke-width="{max(1.0, nw * 0.12):.1f}" '
            f'fill="none" opacity="0.25" stroke-linecap="round"/>')
    h0 = add(add(start, mul(td, (ln * 0.1))), mul(nn, side * nw * 0.35))
    h1 = add(sub(end, mul(td, nw * 0.3)), mul(nn, side * nw * 0.35))
    doc.add(f'<path d="M{f(h0)} L{f(h1)}" stroke="#ffffff" stroke-width="{max(1.2, nw * 0.16):.1f}" '
            f'stroke-linecap="round" opacity="0.4"/>')


@dataclass
class HandSpec:
    xf: Xf
    skin: Skin
    show: str = "back"  # back of hand or palm toward the viewer
    fingers: list[FingerSpec] = field(default_factory=list)
    thumb: FingerSpec | None = None
    palm_pts: list[P] = field(default_factory=list)  # local outline of palm/back of hand


# a right hand, back up, fingers along +x, thumb on -y side (mirror for the other hand)
MCP = [(200.0, -66.0), (212.0, -22.0), (206.0, 22.0), (190.0, 60.0)]
LENS = [(66, 44, 35), (74, 50, 37), (69, 47, 35), (52, 35, 29)]
WIDTH = [40.0, 42.0, 39.0, 33.0]


def default_fingers(show: str = "back", spread: float = 4.0, bends: list[tuple[float, float]] | None = None,
                    foreshorten: list[float] | None = None, angs: list[float] | None = None) -> list[FingerSpec]:
    out = []
    for i in range(4):
        k = foreshorten[i] if foreshorten else 1.0
        b = bends[i] if bends else (0.0, 0.0)
        a = angs[i] if angs else (i - 1.5) * spread
        out.append(FingerSpec(MCP[i], a, tuple(ln * k for ln in LENS[i]), WIDTH[i], b, show))
    return out


def palm_outline(fingers: list[FingerSpec]) -> list[P]:
    """Local outline: wrist, thumb side, across the knuckles, little-finger side."""
    pts: list[P] = [(-10, -50), (70, -76), (125, -90), (168, -84)]
    for i, fs in enumerate(fingers):
        bx, by = fs.base
        hw = fs.w / 2
        if i == 0:
            pts.append((bx - 8, by - hw - 1))
        else:
            pb = fingers[i - 1].base
            pts.append(((bx + pb[0]) / 2 - 4, (by + pb[1]) / 2))
        pts.append((bx + 12, by))
        if i == 3:
            pts.append((bx - 6, by + hw + 3))
    pts += [(150, 84), (70, 70), (-10, 52)]
    return pts


def hand_back(doc: Doc, h: HandSpec, outline: float = 2.4, white: float = 0.0, tendons: float = 0.3,
              knuckle_glow: float = 1.0, palm_lines: float = 1.0, root_blend: float = 0.45) -> None:
    """The back (or palm) of the hand: volume, knuckles (their highlight scaled by knuckle_glow), tendons;
    a palm's lines at `palm_lines` of their strength (0: none). `root_blend`: the mid tone laid
    over each knuckle's edge to blend it into a finger drawn over it (0 for a hand drawn over its
    fingers' roots: there it darkened each finger as a collar, review10 #1)."""
    pts = [h.xf(p) for p in (h.palm_pts or palm_outline(h.fingers))]
    c = h.xf((110, 0))
    top = h.xf((110, -90))
    d = norm(sub(top, c))
    fill = shade_grad(doc, c, d, 95 * h.xf.s, h.skin)
    doc.add(f'<path data-side="{h.show}" d="{smooth_path(pts, tension=0.8)}" fill="{fill}"/>')
    # outline only the sides and the wrist, not across the knuckles (the fingers continue there)
    nk = len(h.palm_pts or palm_outline(h.fingers))
    side_a = pts[:4] if not h.palm_pts else pts[:2]
    side_b = pts[nk - 3:] if not h.palm_pts else pts[-2:]
    for seg in (side_a, side_b):
        doc.add(f'<path d="{smooth_path(seg, closed=False, tension=0.8)}" fill="none" stroke="{h.skin.line}" '
                f'stroke-width="{outline:.1f}" stroke-opacity="0.75" stroke-linecap="round"/>')
    # a broad sheen toward the light
    sc = add(h.xf((130, 0)), mul(LIGHT, 45 * h.xf.s))
    doc.add(f'<ellipse cx="{sc[0]:.1f}" cy="{sc[1]:.1f}" rx="{80 * h.xf.s:.1f}" ry="{80 * h.xf.s:.1f}" '
            f'fill="{doc.rad(sc, 85 * h.xf.s, [(0, h.skin.knuckle, 0.28), (1, h.skin.knuckle, 0)])}"/>')
    if h.show == "back":
        for fs in h.fingers:
            w = fs.w * h.xf.s
            # the knuckle edge blended into the finger's root: the skin runs on, no cut-out edge
            b = h.xf((fs.base[0] + 6, fs.base[1]))
            doc.add(f'<ellipse cx="{b[0]:.1f}" cy="{b[1]:.1f}" rx="{w * 0.5:.1f}" ry="{w * 0.5:.1f}" '
                    f'fill="{doc.rad(b, w * 0.5, [(0, h.skin.mid, root_blend), (1, h.skin.mid, 0)])}"/>')
            k = h.xf((fs.base[0] - 4, fs.base[1]))
            doc.add(f'<ellipse cx="{k[0]:.1f}" cy="{k[1]:.1f}" rx="{w * 0.42:.1f}" ry="{w * 0.42:.1f}" '
                    f'fill="{doc.rad(k, w * 0.45, [(0, h.skin.knuckle, (0.4 + 0.55 * white) * knuckle_glow), (1, h.skin.knuckle, 0)])}"/>')
            w0 = h.xf((fs.base[0] - 20, fs.base[1]))
            w1 = h.xf((90, fs.base[1] * 0.45))
            m = h.xf(((fs.base[0] + 90) / 2, fs.base[1] * 0.75))
            doc.add(f'<path d="M{f(w0)} Q{f(m)} {f(w1)}" stroke="{h.skin.knuckle}" stroke-width="{5 * h.xf.s:.1f}" '
                    f'fill="none" opacity="{0.3 * tendons:.2f}" stroke-linecap="round"/>')
            doc.add(f'<path d="M{f(add(w0, (0, 4 * h.xf.s)))} Q{f(add(m, (0, 4 * h.xf.s)))} {f(add(w1, (0, 4 * h.xf.s)))}" '
                    f'stroke="{h.skin.dark}" stroke-width="{3 * h.xf.s:.1f}" fill="none" opacity="{0.22 * tendons:.2f}" '
                    f'stroke-linecap="round"/>')
    else:
        # palm: the heel and the lines
        for a, m, b in (((40, -40), (110, -10), (185, -40)), ((30, 30), (100, 0), (170, 40)),
                        ((60, -70), (55, 0), (20, 50))) if palm_lines > 0 else ():
            pa, pm, pb = h.xf(a), h.xf(m), h.xf(b)
            doc.add(f'<path d="M{f(pa)} Q{f(pm)} {f(pb)}" stroke="{h.skin.crease}" stroke-width="{2.2 * h.xf.s:.1f}" '
                    f'fill="none" opacity="{0.5 * palm_lines:.2f}" stroke-linecap="round"/>')
        hc = h.xf((30, 20))
        doc.add(f'<ellipse cx="{hc[0]:.1f}" cy="{hc[1]:.1f}" rx="{60 * h.xf.s:.1f}" ry="{60 * h.xf.s:.1f}" '
                f'fill="{doc.rad(hc, 60 * h.xf.s, [(0, h.skin.knuckle, 0.3), (1, h.skin.knuckle, 0)])}"/>')


def thumb_default(show: str = "back", ang: float = -52.0, bend: float = 20.0, k: float = 1.0) -> FingerSpec:
    return FingerSpec((45.0, -40.0), ang, (78 * k, 56 * k), 50.0, (bend,), show, taper=0.72)


def soft_shadow(doc: Doc, pts: list[P], off: P, spread: float, alpha: float = 0.45) -> None:
    """A soft contact shadow: the outline offset and stroked wide in fading layers."""
    moved = [add(p, off) for p in pts]
    d = smooth_path(moved, tension=0.8)
    for i in range(5):
        w = spread * (5 - i) / 5 * 2
        doc.add(f'<path d="{d}" fill="#000000" fill-opacity="{alpha / 5:.3f}" stroke="#000000" '
                f'stroke-opacity="{alpha / 5:.3f}" stroke-width="{w:.1f}" stroke-linejoin="round"/>')


def sleeve(doc: Doc, pts: list[P], top: str, bottom: str, a: P, b: P, line: str = "#08080c") -> None:
    doc.add(f'<path d="{smooth_path(pts, tension=0.5)}" fill="{doc.lin(a, b, [(0, top, 1), (1, bottom, 1)])}" '
            f'stroke="{line}" stroke-width="3" stroke-linejoin="round"/>')


def write(path: str, text: str) -> None:
    """Write one generated file (UTF-8, newline at the end)."""
    Path(path).write_text(text, encoding="utf-8")
