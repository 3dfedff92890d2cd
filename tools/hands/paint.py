"""Painted modelling laid over the hands' flat forms (issue 11: "the backs of the hands are flat
slabs", "the forearm reads as a flat bar").

SDL_image's SVG reader has no clip paths, masks or blur, so every layer here is the form's own
outline filled again with a gradient that is transparent where it should not show: the shadow
side, the domed sheen, the wrist's dip, the bones and tendons, the valleys between the knuckles,
a rim of light on the side toward the flame and the warm bounce from the table on the far edge.
The light comes from geometry.LIGHT (set per insert toward its candle).
"""

from __future__ import annotations

from tools.hands import geometry as g
from tools.hands.geometry import Doc, HandSpec, P, Skin, add, f, mul, norm, smooth_path, sub


def _lit_normal(n: P) -> P:
    """n or -n, whichever faces the light."""
    return n if n[0] * g.LIGHT[0] + n[1] * g.LIGHT[1] >= 0 else (-n[0], -n[1])


def cylinder(doc: Doc, outline: list[P], c: P, n: P, half: float, skin: Skin, tension: float = 0.5,
             strength: float = 1.0) -> None:
    """A limb's round: over its outline, across it (normal n at c, half-width `half`): a lit
    band toward the light, the core shadow three quarters across, then the warm reflected
    light at the far edge (the table's bounce), so it is a cylinder, not a bar."""
    n = _lit_normal(n)
    a, b = add(c, mul(n, half)), sub(c, mul(n, half))
    k = strength
    fill = doc.lin(a, b, [(0.0, skin.knuckle, 0.55 * k), (0.14, skin.knuckle, 0.35 * k), (0.32, skin.light, 0.0),
                          (0.5, skin.dark, 0.0), (0.7, skin.dark, 0.62 * k), (0.8, skin.dark, 0.5 * k),
                          (0.92, skin.mid, 0.5 * k), (1.0, skin.light, 0.35 * k)])
    doc.add(f'<path data-model="round" d="{smooth_path(outline, tension=tension)}" fill="{fill}"/>')


def rim(doc: Doc, pts: list[P], skin: Skin, width: float, opacity: float = 0.6) -> None:
    """A thin line of light along an edge that faces the flame."""
    doc.add(f'<path data-model="rim" d="{smooth_path(pts, closed=False)}" stroke="{skin.nail_hi}" '
            f'stroke-width="{width:.1f}" fill="none" opacity="{opacity:.2f}" stroke-linecap="round"/>')


def model_back(doc: Doc, h: HandSpec, grip: float = 0.0, shade: float = 1.0, crown: float = 1.0,
               tendons: float = 1.0, knuckles: float = 1.0) -> None:
    """Over a hand seen from its back (drawn by geometry.hand_back): the dome of the metacarpals
    lit from the flame's side and falling into shadow on the other, darker toward the wrist, four
    extensor tendons fanning from the wrist to the knuckles (a lit ridge with a shadow beside it),
    each knuckle a lit crown with dark valleys between, a rim of light on the lit edge. `grip`
    (0..1) raises the knuckles and tendons (a hand that tightens). `shade` scales the shadow
    flank and the pale crown: her finer, lighter hand under the table candle's fill side went
    grey-brown at 1.0 (review: "her hand grey-brown beside his"). `crown` scales the crown's
    sheen alone and `tendons` the tendons' lit ridges: at 1.0 on his reaching hand, under the
    candle, they read as a pale see-through dome streaked with glass rods (review7 #3); `knuckles`
    scales each knuckle's lit crown (on the gripping fist they glowed as blobs, review7 #4)."""
    s = h.xf.s
    local = h.palm_pts or g.palm_outline(h.fingers)
    pts = [h.xf(p) for p in local]
    path = smooth_path(pts, tension=0.8)
    c = h.xf((110, 0))
    n = _lit_normal(norm(sub(h.xf((110, -1)), c)))
    half = 92 * s
    a, b = add(c, mul(n, half)), sub(c, mul(n, half))
    sk = h.skin
    # across: the lit flank, the dome's crown, the shadow flank and its reflected light
    doc.add(f'<path data-model="back" d="{path}" fill="{doc.lin(a, b, [(0, sk.knuckle, 0.5 * shade), (0.22, sk.light, 0.3), (0.45, sk.light, 0), (0.6, sk.dark, 0), (0.82, sk.dark, 0.7 * shade), (0.94, sk.dark, 0.6 * shade), (1, sk.mid, 0.4)])}"/>')
    # along: the wrist dips under the forearm's end, the knuckles stand up into the light
    w0, w1 = h.xf((-10, 0)), h.xf((215, 0))
    doc.add(f'<path d="{path}" fill="{doc.lin(w0, w1, [(0, sk.dark, 0.0), (0.12, sk.dark, 0.22), (0.3, sk.dark, 0.0), (0.78, sk.light, 0.0), (0.9, sk.knuckle, 0.25 + 0.2 * grip), (1, sk.mid, 0.1)])}"/>')
    # the crown of the dome, toward the light
    dc = add(h.xf((140, 0)), mul(n, 30 * s))
    doc.add(f'<path d="{path}" fill="{doc.rad(dc, 70 * s, [(0, sk.nail_hi, 0.35 * shade * crown), (0.6, sk.knuckle, 0.12 * shade * crown), (1, sk.knuckle, 0)])}"/>')
    side = 1.0 if n[0] * (h.xf((0, -1))[0] - h.xf((0, 0))[0]) + n[1] * (h.xf((0, -1))[1] - h.xf((0, 0))[1]) > 0 else -1.0
    # the tendons: from the middle of the wrist, fanning to each knuckle, standing up only toward
    # the knuckles (each a stroke whose light and shadow fade in along it)
    for i, fs in enumerate(h.fingers):
        bx, by = fs.base
        p0, p1 = h.xf((96, by * 0.62)), h.xf((bx - 14, by))
        m = h.xf(((96 + bx) / 2, by * 0.84))
        lift = (1.0 + 0.8 * grip) * tendons
        off = mul(n, -5.0 * s)  # its shadow on the side away from the light
        wd = (13.0 if i < 3 else 10.0) * s
        sg = doc.lin(p0, p1, [(0, sk.dark, 0), (0.6, sk.dark, min(0.4, 0.14 * lift)), (1, sk.dark, min(0.5, 0.2 * lift))])
        lg = doc.lin(p0, p1, [(0, sk.knuckle, 0), (0.55, sk.knuckle, min(0.4, 0.12 * lift)), (1, sk.nail_hi, min(0.6, 0.24 * lift))])
        doc.add(f'<path data-model="tendon" d="M{f(add(p0, off))} Q{f(add(m, off))} {f(add(p1, off))}" '
                f'stroke="{sg}" stroke-width="{wd * 0.7:.1f}" fill="none" stroke-linecap="round"/>')
        doc.add(f'<path data-model="tendon" d="M{f(p0)} Q{f(m)} {f(p1)}" stroke="{lg}" '
                f'stroke-width="{wd:.1f}" fill="none" stroke-linecap="round"/>')
    # the knuckles: a dark valley between each pair, a lit crown on each (its shadow beyond)
    for i in range(len(h.fingers) - 1):
        (ax, ay), (bx, by) = h.fingers[i].base, h.fingers[i + 1].base
        v = h.xf(((ax + bx) / 2 - 10, (ay + by) / 2))
        r = abs(by - ay) * 0.42 * s
        doc.add(f'<ellipse cx="{v[0]:.1f}" cy="{v[1]:.1f}" rx="{r:.1f}" ry="{r:.1f}" '
                f'fill="{doc.rad(v, r, [(0, sk.dark, (0.45 + 0.15 * grip) * (0.5 + 0.5 * knuckles)), (1, sk.dark, 0)])}"/>')
    for fs in h.fingers:
        bx, by = fs.base
        w = fs.w * s
        sh = add(h.xf((bx - 4, by)), mul(n, -w * 0.28))
        doc.add(f'<ellipse cx="{sh[0]:.1f}" cy="{sh[1]:.1f}" rx="{w * 0.4:.1f}" ry="{w * 0.4:.1f}" '
                f'fill="{doc.rad(sh, w * 0.4, [(0, sk.dark, 0.3 + 0.2 * grip), (1, sk.dark, 0)])}"/>')
        k = add(h.xf((bx - 6, by)), mul(n, w * 0.12))
        doc.add(f'<ellipse data-model="knuckle" cx="{k[0]:.1f}" cy="{k[1]:.1f}" rx="{w * 0.34:.1f}" ry="{w * 0.34:.1f}" '
                f'fill="{doc.rad(k, w * 0.34, [(0, sk.nail_hi, (0.55 + 0.35 * grip) * knuckles), (0.5, sk.knuckle, 0.3 * knuckles), (1, sk.knuckle, 0)])}"/>')
    # a rim of light along the edge toward the flame
    edge = local[:4] if side > 0 else local[-4:]
    rim(doc, [h.xf(p) for p in edge], sk, 2.0 * s, 0.35)


def model_palm(doc: Doc, h: HandSpec) -> None:
    """Over a palm seen from above: the ball of the thumb and the heel of the hand as two lit
    mounds with the hollow of the palm between them in shade."""
    s = h.xf.s
    local = h.palm_pts or g.palm_outline(h.fingers)
    path = smooth_path([h.xf(p) for p in local], tension=0.8)
    sk = h.skin
    hollow = h.xf((120, 10))
    # the forearm's round carried on over the heel of the hand (its lit band, core shadow and far
    # edge's bounce, across the same width as parts.forearm's), so the palm meets the wrist in the
    # arm's own light and shade rather than a straight step of tone (review5 #4)
    c = h.xf((0, 0))
    cylinder(doc, [h.xf(p) for p in local], c, norm(sub(h.xf((0, -1)), c)), 66 * s, sk, tension=0.8, strength=0.8)
    doc.add(f'<path data-model="palm" d="{path}" fill="{doc.rad(hollow, 70 * s, [(0, sk.dark, 0.32), (0.6, sk.dark, 0.12), (1, sk.dark, 0)])}"/>')
    for cx, cy, r in ((52, -40, 56), (52, 42, 46)):  # the thenar (ball of the thumb), the hypothenar
        m = h.xf((cx, cy))
        doc.add(f'<path d="{path}" fill="{doc.rad(m, r * s, [(0, sk.nail_hi, 0.6), (0.55, sk.knuckle, 0.25), (1, sk.knuckle, 0)])}"/>')
