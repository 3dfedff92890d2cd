"""Pieces shared by the hand close shots: forearms, whole hands, sleeves."""

from __future__ import annotations

from tools.hands import paint
from tools.hands.geometry import Doc as Doc
from tools.hands.geometry import FingerSpec as FingerSpec
from tools.hands.geometry import HandSpec as HandSpec
from tools.hands.geometry import P as P
from tools.hands.geometry import TransformFn as TransformFn
from tools.hands.geometry import Xf as Xf
from tools.hands.geometry import (
    add,
    f,
    finger,
    finger_geom,
    hand_back,
    norm,
    palm_outline,
    shade_grad,
    smooth_path,
    soft_shadow,
    sub,
)


def forearm(doc: Doc, h: HandSpec, length: float = 300, w0: float = 50, w1: float = 64, end: float = 30,
            past: float = 0.0) -> None:
    """The forearm to the wrist: narrowing from the muscle's swell to the wrist, modelled as a
    round (paint.cylinder: a lit band, the core shadow, the table's bounce on the far edge), the
    wrist bone's small knob on the lit side, a rim of light along its top edge. `end`: how far
    past the wrist (local x 0) it runs on under the hand (a bent wrist needs it short: its square
    end poked out under the hand as a dark tab, review8 #19). `past`: how much further it runs on,
    as wide, beyond `length` (off the frame: an arm whose drawing ends at the canvas's edge leaves
    a dark gap there once its part moves in, review14 §3 #3), its shape within `length` unchanged."""
    e = max(4.0, end)
    far = -length - past
    local = [(far, -w1), (-length, -w1), (-length * 0.55, -w1 - 3), (-length * 0.2, -w0 - 5), (0, -w0),
             (e, -w0 - 10 * e / 30), (e, w0 + 10 * e / 30), (0, w0), (-length * 0.2, w0 + 4), (-length * 0.55, w1 + 2),
             (-length, w1), (far, w1)]
    if past <= 0.0:
        local = local[1:-1]
    pts = [h.xf(p) for p in local]
    c = h.xf((-length / 2, 0))
    t = h.xf((-length / 2, -80))
    fill = shade_grad(doc, c, norm(sub(t, c)), 70 * h.xf.s, h.skin)
    doc.add(f'<path d="{smooth_path(pts, tension=0.4)}" fill="{fill}" stroke="{h.skin.line}" stroke-width="2.4" stroke-opacity="0.7"/>')
    paint.cylinder(doc, pts, c, norm(sub(t, c)), (w1 + 2) * h.xf.s, h.skin, tension=0.4)
    # toward the wrist the arm flattens and the light runs along it: a long soft sheen
    a, b = h.xf((-length * 0.7, -w1 * 0.3)), h.xf((10, -w0 * 0.3))
    doc.add(f'<path d="M{f(a)} L{f(b)}" stroke="{h.skin.knuckle}" stroke-width="{14 * h.xf.s:.1f}" '
            f'opacity="0.16" stroke-linecap="round"/>')
    rim = [h.xf(p) for p in [(-length, -w1 + 3), (-length / 2, -w0 - 4), (0, -w0 + 2), (28, -58)]]
    doc.add(f'<path d="{smooth_path(rim, closed=False)}" stroke="{h.skin.knuckle}" stroke-width="{4*h.xf.s:.1f}" fill="none" opacity="0.45" stroke-linecap="round"/>')
    # wrist tendons / bone
    a, b = h.xf((-120, -30)), h.xf((10, -22))
    doc.add(f'<path d="M{f(a)} L{f(b)}" stroke="{h.skin.knuckle}" stroke-width="{6*h.xf.s:.1f}" opacity="0.22" stroke-linecap="round"/>')
    k = h.xf((-6, w0 * 0.72))  # the ulna's head at the wrist, on the little finger's side
    doc.add(f'<ellipse cx="{k[0]:.1f}" cy="{k[1]:.1f}" rx="{11 * h.xf.s:.1f}" ry="{11 * h.xf.s:.1f}" '
            f'fill="{doc.rad(k, 11 * h.xf.s, [(0, h.skin.knuckle, 0.35), (1, h.skin.knuckle, 0)])}"/>')


def wrist_blend(doc: Doc, h: HandSpec, length: float, reach: float = 50.0, round_: bool = True,
                half: float = 45.0) -> None:
    """The wrist blending into the back of the hand: the forearm's own light and shade (its fill
    and its round, as forearm paints them, in `h`'s frame: the arm's) carried on over the hand's
    wrist end in thin layers, each reaching a little less far (the farthest `reach` past the
    wrist), so the tone runs on from the arm with no step where they meet. `round_` False: the
    fill alone, without the round's core shade (whose ends stepped along a palm's edge). `half`:
    the wrist's half-width (a slimmer wrist takes slimmer layers, kept inside its outline)."""
    k = half / 45.0
    c = h.xf((-length / 2, 0))
    n = norm(sub(h.xf((-length / 2, -80)), c))
    for i in range(8):
        xe = reach - 72.0 + 9.0 * (8 - i)
        x0 = -36.0 - 7.0 * (8 - i)  # each starting further up the arm too: no edge of the layers shows there
        # (inside the wrist's and the hand's outline: reaching out past it, each layer's shaded
        # edge showed as frayed dark bits under the wrist, review7 #3)
        strip = [h.xf((x, y * k)) for x, y in [(x0, -45), (-30, -45), (0, -47), (xe - 8, -50), (xe, -20), (xe + 2, 0),
                                               (xe, 20), (xe - 8, 50), (0, 47), (-30, 45), (x0, 45), (x0 - 6, 0)]]
        fill = shade_grad(doc, c, n, 70 * h.xf.s, h.skin)
        doc.add(f'<path d="{smooth_path(strip, tension=0.6)}" fill="{fill}" opacity="0.2"/>')
        if round_:
            paint.cylinder(doc, strip, c, n, 66 * h.xf.s, h.skin, tension=0.6, strength=0.2)


def hand(doc: Doc, h: HandSpec, shadow: P = (8, 12), forearm_len: float = 300) -> None:
    soft_shadow(doc, [h.xf(p) for p in palm_outline(h.fingers)] , shadow, 16, 0.5)
    for fs in h.fingers:
        cp, ws, _ = finger_geom(fs, h.xf)
        doc.add(f'<path d="M{f(add(cp[0], shadow))} L{f(add(cp[-1], shadow))}" stroke="#000" stroke-width="{ws[1]*1.3:.1f}" stroke-linecap="round" opacity="0.28"/>')
    forearm(doc, h, length=forearm_len)
    for fs in h.fingers[::-1]:
        finger(doc, fs, h.xf, h.skin)
    hand_back(doc, h)
    if h.thumb:
        finger(doc, h.thumb, h.xf, h.skin)


# One wardrobe in every shot (review5 #15: his sleeve was charcoal in the wides, navy in the
# hand inserts): the wide rig's colours, read from assets/art/figures/him/forearm.svg (the
# sleeve's gradient, lit side first, and its shirt cuff and cufflink) and her dress
# (assets/art/figures/her/thigh.svg, torso.svg).
SUIT_HI, SUIT, SUIT_DK, SUIT_DEEP = "#42454f", "#363943", "#24262d", "#0c0d10"
SHIRT_HI, SHIRT, SHIRT_DK = "#f6f1e8", "#e9e3d7", "#a8a294"
LINK, LINK_DK = "#c9a352", "#5a4020"
DRESS_HI, DRESS, DRESS_DK = "#58806b", "#3b594b", "#1f3129"


def cloth(doc: Doc, pts: list[P], a: P, b: P, stops: list[tuple[float, str, float]], part: str,
          line: str = "#08080c", tension: float = 0.5) -> None:
    """A piece of clothing: its outline filled with a gradient from a (lit) to b, tagged
    data-part so a test can find it."""
    doc.add(f'<path data-part="{part}" d="{smooth_path(pts, tension=tension)}" fill="{doc.lin(a, b, stops)}" '
            f'stroke="{line}" stroke-width="3" stroke-linejoin="round"/>')


def her_sleeve(d: Doc, xf: Xf, x0: float = -185) -> None:
    def L(pts: list[P]) -> list[P]:
        return [xf(p) for p in pts]
    pts = L([(-900, -112), (x0, -96), (x0 + 34, -60), (x0 + 42, 0), (x0 + 34, 62), (x0, 98), (-900, 114)])
    cloth(d, pts, xf((x0, -110)), xf((x0, 110)), [(0, DRESS_HI, 1), (0.45, DRESS, 1), (1, DRESS_DK, 1)], "dress")
    rim = L([(x0, -94), (x0 + 32, -58), (x0 + 40, 0), (x0 + 32, 60), (x0, 96)])
    d.add(f'<path d="{smooth_path(rim, closed=False)}" stroke="#7fa08c" stroke-width="5" fill="none" opacity="0.5"/>')
    for k in (-70, -140):
        fold = L([(x0 + k, -92), (x0 + k + 22, -30), (x0 + k + 18, 40), (x0 + k, 96)])
        d.add(f'<path d="{smooth_path(fold, closed=False)}" stroke="#0b140f" stroke-width="4" fill="none" opacity="0.5"/>')


def his_sleeve(d: Doc, xf: Xf, x0: float = -250) -> None:
    """His white shirt cuff with its gold cufflink showing past the jacket's sleeve, the sleeve
    in the wides' charcoal suit cloth running out of the frame (x0: the cuff's end, hand-local)."""
    def L(pts: list[P]) -> list[P]:
        return [xf(p) for p in pts]
    cuff = L([(x0 - 70, -80), (x0, -84), (x0 + 8, 0), (x0, 84), (x0 - 70, 84)])
    cloth(d, cuff, xf((x0, -84)), xf((x0, 84)), [(0, SHIRT_HI, 1), (0.5, SHIRT, 1), (1, SHIRT_DK, 1)], "cuff",
          line="#5e584c")
    d.add(f'<path d="{smooth_path(L([(x0 - 4, -80), (x0 + 4, 0), (x0 - 4, 80)]), closed=False)}" stroke="{SHIRT_DK}" '
          f'stroke-width="{3 * xf.s:.1f}" fill="none" opacity="0.6"/>')  # the cuff's turned edge
    bt = xf((x0 - 30, -50))
    d.add(f'<circle cx="{bt[0]:.1f}" cy="{bt[1]:.1f}" r="{9 * xf.s:.1f}" fill="{LINK}" stroke="{LINK_DK}" stroke-width="2"/>')
    gl = xf((x0 - 33, -54))
    d.add(f'<circle cx="{gl[0]:.1f}" cy="{gl[1]:.1f}" r="{3 * xf.s:.1f}" fill="#fff2c0" opacity="0.8"/>')
    suit = L([(-1000, -124), (x0 - 60, -104), (x0 - 50, 0), (x0 - 60, 104), (-1000, 126)])
    cloth(d, suit, xf((x0, -110)), xf((x0, 110)),
          [(0, SUIT_HI, 1), (0.3, SUIT_HI, 1), (0.6, SUIT, 1), (0.9, SUIT_DK, 1), (1, SUIT_DK, 1)], "sleeve")
    rim = L([(x0 - 60, -102), (-1000, -120)])
    d.add(f'<path d="{smooth_path(rim, closed=False)}" stroke="#6a6e7c" stroke-width="5" fill="none" opacity="0.55"/>')
    # a soft drape fold rising from the sleeve's underside, deepest at the hem and thinning to
    # nothing inside (a thin dark caret read as a drawn "^", review9 #7): five strokes, each
    # narrower and longer, so the fold tapers with no end cap
    for width, reach, alpha in ((18, 0.4, 0.09), (14, 0.55, 0.09), (10, 0.7, 0.09), (6, 0.85, 0.09), (3, 1.0, 0.09)):
        fold = L([(x0 - 106, 106), (x0 - 106 - 70 * reach, 106 - 34 * reach), (x0 - 106 - 140 * reach, 106 - 46 * reach)])
        d.add(f'<path d="{smooth_path(fold, closed=False)}" stroke="{SUIT_DEEP}" stroke-width="{width * xf.s:.1f}" '
              f'fill="none" opacity="{alpha}" stroke-linecap="butt"/>')


def bracelet(d: Doc, xf: Xf, x: float = -34.0, half: float = 54.0) -> None:
    """Her thin gold bracelet at the wrist (the wides' forearm wears one): a band across the
    forearm, bowed round it, its lit side catching the candle."""
    pts = [xf((x + 6, -half)), xf((x - 2, -half * 0.4)), xf((x - 4, half * 0.4)), xf((x + 4, half))]
    sh = [add(p, (3, 5)) for p in pts]
    d.add(f'<path d="{smooth_path(sh, closed=False)}" stroke="#000" stroke-width="{7 * xf.s:.1f}" fill="none" '
          f'opacity="0.3" stroke-linecap="round"/>')
    d.add(f'<path d="{smooth_path(pts, closed=False)}" stroke="#8a6a2a" stroke-width="{5.5 * xf.s:.1f}" fill="none" '
          f'stroke-linecap="round"/>')
    d.add(f'<path d="{smooth_path(pts, closed=False)}" stroke="#e0bc64" stroke-width="{2.6 * xf.s:.1f}" fill="none" '
          f'stroke-linecap="round"/>')
    c = pts[1]
    d.add(f'<circle cx="{c[0]:.1f}" cy="{c[1]:.1f}" r="{2.2 * xf.s:.1f}" fill="#fff6d8" opacity="0.9"/>')
