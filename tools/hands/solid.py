"""Opaque hands drawn as one silhouette (review10 #5 and #6), for the reach (62) and the fists (7).

The older painter drew the back of a hand as its own shape over the finger roots and modelled it
with pale tendon strokes: at 1080p it read as a translucent dome with the finger shafts showing
through, the fingers poking out from under its front edge like a glove, and the thumb a sausage
glued on with a square root. Here every piece of the hand (forearm, palm, thumb, fingers) is first
filled with ONE shared gradient, after the outline of all of them was stroked underneath, so the
pieces are a single opaque silhouette with a single outline: the thumb grows out of the thenar
mound, the fingers out of the knuckles, with no edge between them. Light and shade are then laid
on as soft overlays that fade in from the roots (never an edge across the hand), and each finger
gets its own rim from a little way out, which is what separates it from its neighbour.

A hand can roll about its long axis (`Rolled.roll`, degrees): 0 shows the back, 180 the palm, the
in-betweens squash it across; the palm side gets pads, creases and lit mounds instead of nails and
knuckles. Pure SVG that SDL_image draws: paths, linear and radial gradients, no clips or filters.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass, field

from tools.hands import fingerform, paint
from tools.hands import geometry as g
from tools.hands.geometry import (
    Doc,
    FingerSpec,
    P,
    Skin,
    Xf,
    add,
    f,
    finger_geom,
    mul,
    norm,
    smooth_path,
    sub,
)


@dataclass
class Rolled(Xf):
    """A hand frame that can roll about the hand's long axis (local x): local y is foreshortened by
    cos(roll), and past 90 degrees it flips, so the palm faces the camera."""

    roll: float = 0.0

    def __call__(self, p: P) -> P:
        return Xf.__call__(self, (p[0], p[1] * math.cos(math.radians(self.roll))))

    @property
    def palm_up(self) -> bool:
        return math.cos(math.radians(self.roll)) < 0

    def thick(self, floor: float) -> Rolled:
        """The same frame with the squash held at `floor` at least: the palm has a thickness, so on
        edge it is a blade, never a line."""
        k = math.cos(math.radians(self.roll))
        k = math.copysign(max(abs(k), floor), k if k != 0 else 1.0)
        return Rolled(self.x, self.y, self.rot, self.s, self.mirror, self.sx, math.degrees(math.acos(k)))


@dataclass
class Hand:
    """One hand: `palm` the outline of the palm (local: x toward the fingers, the thumb at -y), its
    fingers index first, its thumb (rooted inside the thenar mound of `palm`), and a forearm from
    `arm_len` back of the wrist (drawn in `arm_xf`, which does not roll)."""

    xf: Rolled
    skin: Skin
    palm: list[P]
    fingers: list[FingerSpec]
    thumb: FingerSpec | None
    arm_xf: Xf
    arm_len: float = 300.0
    arm_w: tuple[float, float] = (46.0, 60.0)  # half-widths at the wrist and up the arm
    nail_tint: str = ""
    pieces: list[tuple[str, list[P]]] = field(default_factory=list)
    tuck: bool = False  # on its edge, draw the outer fingers' roots in (see _tucked)


def arm_outline(h: Hand) -> list[P]:
    w0, w1 = h.arm_w
    L = h.arm_len
    # its end tucked well inside the palm's wrist end, narrowing, so no corner of it pokes out
    return [h.arm_xf(p) for p in [(-L, -w1), (-L * 0.55, -w1 - 2), (-L * 0.2, -w0 - 4), (-30, -w0), (-14, -w0 + 8),
                                  (-14, w0 - 8), (-30, w0), (-L * 0.2, w0 + 3), (-L * 0.55, w1 + 1), (-L, w1)]]


def finger_shape(fs: FingerSpec, xf: Xf) -> fingerform.Shape:
    cp, ws, _ = finger_geom(fs, xf)
    return fingerform.shape(cp, ws[0], fs.taper)


def _z(h: Hand, fs: FingerSpec) -> float:
    """Depth order across a rolled hand: the side rolled toward the camera is drawn last."""
    return fs.base[1] * math.sin(math.radians(h.xf.roll))


Piece = tuple[str, list[P], fingerform.Shape | None, FingerSpec | None]


def build(h: Hand) -> list[Piece]:
    """The pieces in drawing order: arm, palm, then the thumb and fingers far to near."""
    palm_xf = h.xf.thick(0.42)
    out: list[Piece] = [("arm", arm_outline(h), None, None), ("palm", [palm_xf(p) for p in h.palm], None, None)]
    thumb = [("thumb", h.thumb)] if h.thumb is not None else []
    digits = sorted([("finger", fs) for fs in h.fingers] + thumb, key=lambda kf: _z(h, kf[1]))
    for kind, fs in digits:
        fs = _tucked(h, fs) if kind == "finger" else fs
        sh = finger_shape(fs, h.xf)
        out.append((kind, sh.polygon(), sh, fs))
    return out


def _tucked(h: Hand, fs: FingerSpec) -> FingerSpec:
    """A finger of a hand rolled on its edge, its root drawn in toward the hand's axis: the roll
    squashes where a finger sits across the hand but not how wide it is, so the outer fingers
    stood out past the squashed palm's edge in a square notch (62 at 1.4 s, review11)."""
    k = abs(math.cos(math.radians(h.xf.roll)))
    if not h.tuck or k > 0.95 or fs.base[1] == 0:
        return fs
    x, y = fs.base
    pull = min(abs(y) * 0.5, fs.w * 0.5 * (1 - k) / max(k, 0.3))
    return dataclasses.replace(fs, base=(x, y - math.copysign(pull, y)))


def base_fill(doc: Doc, h: Hand) -> str:
    """The one gradient every piece is filled with: lit across the hand from the light's side."""
    c = h.arm_xf((120, 0))
    n = norm(sub(h.arm_xf((120, -100)), c))
    if n[0] * g.LIGHT[0] + n[1] * g.LIGHT[1] < 0:
        n = (-n[0], -n[1])
    half = 150 * h.xf.s
    sk = h.skin
    stops: list[tuple[float, str, float]]
    if h.xf.palm_up:  # the palm is paler and pinker than the back
        stops = [(0, sk.knuckle, 1.0), (0.45, sk.light, 1.0), (0.85, sk.mid, 1.0), (1, sk.mid, 1.0)]
    else:
        stops = [(0, sk.light, 1.0), (0.5, sk.mid, 1.0), (0.9, sk.mid, 1.0), (1, sk.dark, 1.0)]
    return doc.lin(add(c, mul(n, half)), sub(c, mul(n, half)), stops)


def shadow(doc: Doc, h: Hand, pieces: list[Piece], off: P,
           alpha: float = 0.45) -> None:
    """The contact shadow on the table under the whole silhouette."""
    for k in range(4):
        w = 26 - k * 6
        for _kind, poly, _sh, _fs in pieces:
            doc.add(f'<path d="{smooth_path([add(p, off) for p in poly], tension=0.6)}" fill="#000" '
                    f'fill-opacity="{alpha / 4:.3f}" stroke="#000" stroke-opacity="{alpha / 4:.3f}" '
                    f'stroke-width="{w * h.xf.s / 1.6:.1f}" stroke-linejoin="round"/>')


def silhouette(doc: Doc, h: Hand, pieces: list[Piece],
               line_w: float = 2.6) -> str:
    """All the pieces' outlines stroked underneath, then all their fills over them in one opaque
    gradient: one shape with one outline round it, no seam where a piece joins another."""
    fill = base_fill(doc, h)
    for _kind, poly, sh, _fs in pieces:
        t = 1.0 if sh else 0.6
        doc.add(f'<path d="{smooth_path(poly, tension=t)}" fill="none" stroke="{h.skin.line}" '
                f'stroke-width="{line_w * 2:.1f}" stroke-linejoin="round" stroke-opacity="0.85"/>')
    for kind, poly, sh, _fs in pieces:
        t = 1.0 if sh else 0.6
        tag = f' data-side="{"palm" if h.xf.palm_up else "back"}"' if kind == "palm" else ""
        doc.add(f'<path data-solid="{kind}"{tag} d="{smooth_path(poly, tension=t)}" fill="{fill}"/>')
    return fill


def model_palm_side(doc: Doc, h: Hand, grip: float = 0.0, glow: bool = True) -> None:
    """The palm or back of the hand modelled inside its own outline with soft overlays only:
    back: a broad sheen toward the light, the far flank in shade, the knuckle row a gentle rise
    (no tendon strokes: they read as finger shafts seen through glass); palm: the thenar and
    hypothenar mounds lit, the hollow between them shaded, three soft creases. `glow` False leaves
    the knuckle row's soft rises off (line 7 draws its knuckles as crisp ridges of its own)."""
    xf = h.xf.thick(0.42)
    s = h.xf.s
    path = smooth_path([xf(p) for p in h.palm], tension=0.6)
    sk = h.skin
    c = xf((110, 0))
    n = norm(sub(h.arm_xf((110, -100)), h.arm_xf((110, 0))))
    if n[0] * g.LIGHT[0] + n[1] * g.LIGHT[1] < 0:
        n = (-n[0], -n[1])
    a, b = add(c, mul(n, 100 * s)), sub(c, mul(n, 100 * s))
    if not h.xf.palm_up:
        doc.add(f'<path data-model="back" d="{path}" fill="{doc.lin(a, b, [(0, sk.knuckle, 0.35), (0.3, sk.light, 0.12), (0.5, sk.light, 0), (0.75, sk.dark, 0.0), (1, sk.dark, 0.4)])}"/>')
        dc = add(xf((120, 0)), mul(n, 26 * s))
        doc.add(f'<path d="{path}" fill="{doc.rad(dc, 90 * s, [(0, sk.nail_hi, 0.6), (0.5, sk.knuckle, 0.25), (1, sk.knuckle, 0)])}"/>')
        # the wrist dips under the forearm's end before the back of the hand rises to the knuckles
        w0, w1 = xf((-14, 0)), xf((120, 0))
        doc.add(f'<path d="{path}" fill="{doc.lin(w0, w1, [(0, sk.dark, 0.0), (0.2, sk.dark, 0.22), (0.55, sk.dark, 0)])}"/>')
        # the knuckle row: a soft rise over each finger's root, a soft valley between
        for fs in h.fingers if glow else []:
            bx, by = fs.base
            k = xf((bx - 8, by))
            r = fs.w * 0.42 * s
            doc.add(f'<ellipse data-model="knuckle" cx="{k[0]:.1f}" cy="{k[1]:.1f}" rx="{r:.1f}" ry="{r:.1f}" '
                    f'fill="{doc.rad(k, r, [(0, sk.knuckle, 0.3 + 0.3 * grip), (0.6, sk.knuckle, 0.1), (1, sk.knuckle, 0)])}"/>')
        return
    # the palm: mounds and hollow, laid over the palm and the thumb as one shape (laid over the
    # palm's outline alone, the thenar's light stopped where the thumb's root crosses it: a
    # lighter square patch at the heel of the thumb, review11)
    if h.thumb is not None:
        path = path + " " + _same_turn(finger_shape(h.thumb, h.xf).polygon(), [xf(p) for p in h.palm])
    palm_up_light(doc, h, path)
    for pts_, op in (([(40, -52), (70, -20), (62, 20), (30, 44)], 0.35),   # round the thenar (life line)
                     ([(78, -60), (120, -30), (176, -34)], 0.3),          # head line
                     ([(120, 58), (160, 28), (196, -6)], 0.3)):           # heart line
        doc.add(f'<path d="{smooth_path([xf(p) for p in pts_], closed=False)}" stroke="{sk.crease}" '
                f'stroke-width="{2.0 * s:.1f}" fill="none" opacity="{op:.2f}" stroke-linecap="round"/>')


def _area2(pts: list[P]) -> float:
    return sum(a[0] * b[1] - b[0] * a[1] for a, b in zip(pts, [*pts[1:], pts[0]], strict=True))


def _same_turn(poly: list[P], like: list[P]) -> str:
    """`poly` as a path turning the same way as `like`, so the two as one path (nonzero fill)
    paint their overlap once."""
    if (_area2(poly) > 0) != (_area2(like) > 0):
        poly = poly[::-1]
    return smooth_path(poly, tension=1.0)


def palm_up_light(doc: Doc, h: Hand, path: str) -> None:
    """The palm side's mounds and hollow (the thenar and hypothenar lit, the hollow between them
    shaded) as fills of `path`: the palm with its thumb, or a thumb drawn on its own over a palm
    drawn without it (the same gradients, so the two meet with no edge)."""
    xf = h.xf.thick(0.42)
    s = h.xf.s
    sk = h.skin
    hollow = xf((125, 8))
    doc.add(f'<path data-model="palm" d="{path}" fill="{doc.rad(hollow, 62 * s, [(0, sk.dark, 0.16), (0.6, sk.dark, 0.06), (1, sk.dark, 0)])}"/>')
    for cx, cy, r, op in ((50, -34, 58, 0.5), (56, 40, 48, 0.35), (182, -40, 26, 0.25), (186, 10, 24, 0.25)):
        m = xf((cx, cy))
        doc.add(f'<path d="{path}" fill="{doc.rad(m, r * s, [(0, sk.nail_hi, op), (0.6, sk.knuckle, op * 0.35), (1, sk.knuckle, 0)])}"/>')


def model_finger(doc: Doc, h: Hand, fs: FingerSpec, sh: fingerform.Shape, is_thumb: bool = False,
                 white: float = 0.0) -> None:
    """One finger's form over the silhouette: the shade along its far side and the light along its
    near side, both fading in from the root (so the finger runs on out of the hand), its own rim
    from a fifth of the way out, then nail and knuckle wrinkles (back) or pads and creases (palm)."""
    sk = h.skin
    c, nrm, half = sh.centre, sh.normal, sh.half
    n = len(c)
    mid = n // 2
    side = 1 if nrm[mid][0] * g.LIGHT[0] + nrm[mid][1] * g.LIGHT[1] >= 0 else -1
    q0 = 1 if is_thumb else 2
    fade = doc.lin(c[0], c[min(n - 1, n // 3)], [(0, sk.dark, 0), (1, sk.dark, 1)])
    dark = [add(c[i], mul(nrm[i], -side * half[i] * 0.55)) for i in range(q0, n)]
    doc.add(f'<path d="{smooth_path(dark, closed=False)}" stroke="{fade}" stroke-width="{half[mid] * 0.6:.1f}" '
            f'stroke-linecap="round" fill="none" opacity="0.3"/>')
    lfade = doc.lin(c[0], c[min(n - 1, n // 3)], [(0, sk.knuckle, 0), (1, sk.knuckle, 1)])
    hl = [add(c[i], mul(nrm[i], side * half[i] * 0.35)) for i in range(q0, n)]
    doc.add(f'<path d="{smooth_path(hl, closed=False)}" stroke="{lfade}" stroke-width="{half[mid] * 0.4:.1f}" '
            f'stroke-linecap="round" fill="none" opacity="0.35"/>')
    k = max(3, len(sh.left) // 4) if not is_thumb else max(3, len(sh.left) // 3)
    rim = [*sh.left[k:], *sh.cap[1:-1], *sh.right[::-1][:-k]]
    doc.add(f'<path data-rim="1" d="{smooth_path(rim, closed=False)}" fill="none" stroke="{sk.line}" '
            f'stroke-width="{1.9 * h.xf.s / 1.6:.1f}" stroke-linejoin="round" stroke-linecap="round" stroke-opacity="0.6"/>')
    tw = half[-1]
    pad = sub(c[-1], mul(sh.along[-1], tw * 0.15))
    palm = h.xf.palm_up
    doc.add(f'<ellipse cx="{pad[0]:.1f}" cy="{pad[1]:.1f}" rx="{tw:.1f}" ry="{tw:.1f}" '
            f'fill="{doc.rad(pad, tw, [(0, sk.knuckle, 0.35 if palm else 0.15), (1, sk.knuckle, 0)])}"/>')
    for j in sh.joints:
        cj, d, nn, w = c[j], sh.along[j], nrm[j], half[j] * 2
        if palm:  # a crease across the pad side at each joint, short of the edges
            a, b = add(cj, mul(nn, w * 0.3)), sub(cj, mul(nn, w * 0.3))
            doc.add(f'<path data-crease="1" d="M{f(a)} Q{f(add(cj, mul(d, -w * 0.05)))} {f(b)}" stroke="{sk.crease}" '
                    f'stroke-width="{max(1.0, w * 0.04):.1f}" fill="none" opacity="0.35" stroke-linecap="round"/>')
        else:  # the back: a soft rise of light over the joint, two tiny wrinkles
            kc = add(cj, mul(nn, side * w * 0.1))
            r = w * 0.42
            doc.add(f'<ellipse cx="{kc[0]:.1f}" cy="{kc[1]:.1f}" rx="{r:.1f}" ry="{r:.1f}" '
                    f'fill="{doc.rad(kc, r, [(0, sk.knuckle, 0.2 + 0.5 * white), (1, sk.knuckle, 0)])}"/>')
            for off in (-0.07, 0.07):
                q = add(cj, mul(d, w * off))
                a, b = add(q, mul(nn, w * 0.1)), sub(q, mul(nn, w * 0.1))
                doc.add(f'<path data-crease="1" d="M{f(a)} Q{f(add(q, mul(d, w * 0.04)))} {f(b)}" stroke="{sk.crease}" '
                        f'stroke-width="{max(0.8, w * 0.022):.1f}" fill="none" opacity="0.2" stroke-linecap="round"/>')
    if palm:
        for a_, b_ in zip([0, *sh.joints], [*sh.joints, n - 1], strict=True):
            pc = c[(a_ + b_) // 2]
            r = half[(a_ + b_) // 2] * 0.8
            doc.add(f'<ellipse cx="{pc[0]:.1f}" cy="{pc[1]:.1f}" rx="{r:.1f}" ry="{r:.1f}" '
                    f'fill="{doc.rad(pc, r, [(0, sk.nail_hi, 0.22), (1, sk.knuckle, 0)])}"/>')
    elif fs.nail:
        g.nail(doc, sh, sk, side)
        if h.nail_tint:
            tip = add(c[-1], mul(sh.along[-1], tw * 0.2))
            doc.add(f'<ellipse cx="{tip[0]:.1f}" cy="{tip[1]:.1f}" rx="{tw * 0.55:.1f}" ry="{tw * 0.55:.1f}" '
                    f'fill="{h.nail_tint}" opacity="0.25"/>')


def thumb_web(doc: Doc, h: Hand) -> None:
    """Where the thumb leaves the hand: a soft fold of shade in the web between thumb and index
    (back) or the thenar's lit swell running on into the thumb (palm), never a drawn root."""
    if h.thumb is None:
        return
    th = finger_shape(h.thumb, h.xf)
    sk = h.skin
    root = th.centre[len(th.centre) // 4]
    s = h.xf.s
    if h.xf.palm_up:  # (laid inside the palm and thumb: a loose disc read as a square patch at the heel)
        palm = [h.xf.thick(0.42)(p) for p in h.palm]
        path = smooth_path(palm, tension=0.6) + " " + _same_turn(th.polygon(), palm)
        doc.add(f'<path d="{path}" fill="{doc.rad(root, 34 * s, [(0, sk.nail_hi, 0.22), (1, sk.nail_hi, 0)])}"/>')
    else:
        web = h.xf((118, -70))
        doc.add(f'<ellipse cx="{web[0]:.1f}" cy="{web[1]:.1f}" rx="{22 * s:.1f}" ry="{22 * s:.1f}" '
                f'fill="{doc.rad(web, 22 * s, [(0, sk.dark, 0.2), (1, sk.dark, 0)])}"/>')


def draw(doc: Doc, h: Hand, shadow_off: P | None = (10, 14), shadow_alpha: float = 0.45) -> None:
    """The whole hand with its forearm: shadow, one silhouette, the arm's round, the palm or back,
    the thumb's web, each finger's form (far to near)."""
    pieces = build(h)
    if shadow_off is not None:
        shadow(doc, h, pieces, shadow_off, shadow_alpha)
    fill = silhouette(doc, h, pieces)
    arm_round(doc, h)
    model_palm_side(doc, h)
    thumb_web(doc, h)
    # on its edge the fingers lie over one another: each nearer one is filled again before its
    # form is laid on, so it covers the farther one's rim (never a finger seen through another)
    stacked = abs(math.sin(math.radians(h.xf.roll))) > 0.5
    for kind, _poly, sh, fs in pieces:
        if sh is not None and fs is not None:
            if stacked:  # (from a quarter out: refilled from its root it covered the palm's modelling
                # at the heel of the thumb with a lighter square patch, review11)
                k = len(sh.left) // 4 if h.xf.palm_up else 0
                out = [*sh.left[k:], *sh.cap[1:-1], *sh.right[k:][::-1]]
                doc.add(f'<path d="{smooth_path(out, tension=1.0)}" fill="{fill}"/>')
            model_finger(doc, h, fs, sh, is_thumb=kind == "thumb")


def draw_digit(doc: Doc, h: Hand, fs: FingerSpec, is_thumb: bool = False) -> None:
    """One finger (or thumb) of `h` as its own drawing, to lie over the rest of the hand drawn
    without it (line 63: each of his open fingers is cut away as it folds up between hers): the
    rim stroked open at the root, the fill in the hand's own gradient (the same pixels as the
    palm it runs out of, so no seam at the root), then its form."""
    sh = finger_shape(fs, h.xf)
    fill = base_fill(doc, h)
    doc.add(f'<path d="{smooth_path(sh.rim(), closed=False)}" fill="none" stroke="{h.skin.line}" '
            f'stroke-width="{2.6 * 2:.1f}" stroke-linejoin="round" stroke-linecap="round" stroke-opacity="0.85"/>')
    doc.add(f'<path data-solid="{"thumb" if is_thumb else "finger"}" d="{smooth_path(sh.polygon(), tension=1.0)}" fill="{fill}"/>')
    if is_thumb and h.xf.palm_up:  # the thenar's light runs on over its root
        palm_up_light(doc, h, smooth_path(sh.polygon(), tension=1.0))
    model_finger(doc, h, fs, sh, is_thumb=is_thumb)


def arm_round(doc: Doc, h: Hand) -> None:
    """The forearm's round (paint.cylinder: the lit band, the core shadow, the table's bounce on the
    far edge) laid in sixteen faint layers, each ending a little further up the arm, so it fades out
    toward the wrist in steps too small to see (one layer stopping at the wrist left an edge there;
    stroked bands left steps across the arm)."""
    w0, w1 = h.arm_w
    L = h.arm_len
    c = h.arm_xf((-L / 2, 0))
    n = norm(sub(h.arm_xf((-L / 2, -80)), c))
    for i in range(16):
        end = -L * (0.04 + 0.04 * i)
        local = [(-L - 40, -w1), (-L * 0.55, -w1 - 2), (end, -w0 - 3), (end + 12, 0), (end, w0 + 3),
                 (-L * 0.55, w1 + 1), (-L - 40, w1)]
        paint.cylinder(doc, [h.arm_xf(p) for p in local], c, n, (w1 + 2) * h.arm_xf.s, h.skin,
                       tension=0.6, strength=0.07)
