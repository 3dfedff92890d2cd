"""His fingers laced between hers (lines 63, 64, 71): each one finger grown out of his palm.

review13 B1: his fingers were straight bars with a square, sawn-off end lying on his own palm
~40 px short of it, with no knuckle and no bend. Physically, palm to palm, his fingers leave his
palm at its knuckle line, rise BETWEEN her fingers and bend over onto the back of her hand. So
each finger is drawn in two parts of one form (the same centre line, `tip_spec`):
- the base (`his_base`): his first phalanx, from inside his palm (no edge: its fill fades in from
  the palm's own skin over ~40 px, with the palm-side crease) to the crown of his middle knuckle,
  in shade between her fingers. It lies UNDER her fingers (the toml puts it below them), so their
  edges overlap it and their shadows fall on it: it dives between them.
- the bend (`his_bend`): from that knuckle, a rounded lit crown over her knuckle line, down over the
  back of her hand, the last phalanx shorter on screen than the middle one as it curls down, the
  pad pressing a dimple, the nail. It lies over her hand.
Everything is in her hand's frame (XF), as the rest of the clasp."""

from __future__ import annotations

import math

from tools.hands import fingerform, geometry, reach
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
    nail,
    norm,
    smooth_path,
    sub,
)

XF = Xf(528, 468, rot=-2, s=1.62)  # her hand's frame (clasp.HER_XF)
TAN = reach.HIS_TAN  # his one skin (palm, fingers, thumb)
GRIP_WHITE = Skin("#f0ccb0", "#d4a282", "#9a6a50", "#3b2418", "#a87a62", "#ecc8b8", "#fbe8dc", "#fff4ec")  # blanched
SHADE = "#8c5638"  # his first phalanx down between her fingers, away from the candle

# index (top, round the outer edge of her hand) to little finger. ROOTS: his knuckles (MCP), in his
# palm just past her fingertips (his palm's top edge is at y -75 here: the index roots at it, under
# her index finger, not out on the table). CROWNS: his middle knuckles, over her knuckle line.
ROOTS: list[P] = [(272.0, -80.0), (300.0, -56.0), (302.0, 0.0), (288.0, 55.0)]
CROWNS: list[P] = [(206.0, -110.0), (214.0, -56.0), (212.0, 0.0), (198.0, 53.0)]
WIDTH = [31.0, 32.0, 30.0, 27.0]
MID = [50.0, 54.0, 51.0, 40.0]   # middle phalanx
END = [38.0, 40.0, 38.0, 31.0]   # last phalanx
BEND_DIR = [168.0, 181.0, 180.0, 187.0]  # degrees: the middle phalanx's way over her hand (index hugging it)
# line 63's lacing stages 1-4: (middle, last phalanx) seen from above as the finger bends over
# her hand (fractions of their length; each stage only shorter, never longer: review12 B1)
FOLD = {1: (1.0, 1.0, 1.0), 2: (1.0, 0.95, 0.86), 3: (1.0, 0.9, 0.72), 4: (1.0, 0.86, 0.6)}
BEND_SHADE = "#8e5a3c"  # the bend's far side: half-shade, warm (not TAN.dark)
BEND_BOUNCE = "#a06a4a"  # its very edge, lit by the light her hand throws back
PRESS = 3.0  # local px his knuckles press in toward her wrist at full grip (curl 1)


def _ang(a: P, b: P) -> float:
    return math.degrees(math.atan2(b[1] - a[1], b[0] - a[0]))


def tip_spec(i: int, curl: float = 0.0, fold: int = 4) -> FingerSpec:
    """His finger i at lacing stage `fold` and grip `curl` (0..1) as one centre line: his knuckle
    in his palm, the crown of the middle knuckle, the last knuckle, the tip. Gripping, the knuckle
    presses in toward her wrist and the two outer phalanges curl down round her hand (from above:
    shorter), the tip drawn in."""
    root, crown = ROOTS[i], add(CROWNS[i], (-PRESS * curl, 0.0))
    _, fm, fe = FOLD[fold]
    a0 = _ang(root, crown)
    lens = (math.dist(root, crown), MID[i] * fm * (1 - 0.12 * curl), END[i] * fe * (1 - 0.4 * curl))
    b1 = BEND_DIR[i] - a0
    b1 = (b1 + 180) % 360 - 180
    b2 = [6.0, 2.0, -2.0, -5.0][i] * (1 + 0.5 * curl)
    return FingerSpec(root, a0, lens, WIDTH[i], (b1, b2), "back", nail=True, taper=0.8 - 0.06 * curl)


def bend_spec(i: int, curl: float = 0.0, fold: int = 4) -> FingerSpec:
    """The drawn bend of his finger i alone (from its middle knuckle's crown to the tip)."""
    fs = tip_spec(i, curl, fold)
    pts = finger_geom(fs, Xf(0, 0))[2]
    return FingerSpec(pts[1], _ang(pts[1], pts[2]), fs.lens[1:], fs.w * (1.08 + 0.16 * curl), fs.bends[1:], "back", taper=fs.taper)


def _ramp(d: Doc, a: P, b: P, colour: str, stops: list[tuple[float, float]]) -> str:
    return d.lin(a, b, [(o, colour, op) for o, op in stops])


def base(d: Doc, i: int, curl: float = 0.0) -> None:
    """His first phalanx (see the module doc): fades in from his palm, no edge anywhere at its
    root; wider there (the finger's root swelling into the palm), in shade down between her
    fingers, a little lighter as it rises toward the crown."""
    cp, _, _ = finger_geom(tip_spec(i, curl), XF)
    w = WIDTH[i] * XF.s
    sh = fingerform.shape([cp[0], cp[1]], w * (1.1 if i == 0 else 1.15), taper=0.72 if i else 0.85, root_back=0.0)
    poly = smooth_path(sh.polygon(), tension=1.0)
    ln = math.dist(cp[0], cp[1])
    k = (24.0 if i == 0 else 44.0) / ln  # the turn from palm to finger: ~40 px (review13 B1: 20-40 px, no hard edge)
    d.add(f'<path d="{poly}" fill="{_ramp(d, cp[0], cp[1], SHADE, [(0, 0.0), (k * 0.5, 0.55), (k, 1.0), (1, 1.0)])}"/>')
    # round, not flat: lighter toward its back's middle (a little toward the candle), in shade at
    # its sides where it drops between her fingers. Nested strips, each a touch lighter and each
    # fading in with the fill, so the light changes by ~4 levels a strip: no band, no edge
    lit = 1 if sh.normal[0][0] * 0.55 + sh.normal[0][1] * -0.83 >= 0 else -1
    for q in range(9):
        fr = 0.95 - q * 0.09
        sides = [[add(c, mul(n, (lit * 0.18 + sg * fr) * h)) for c, n, h in zip(sh.centre, sh.normal, sh.half, strict=True)]
                 for sg in (1, -1)]
        strip = [*sides[0], *sides[1][::-1]]
        d.add(f'<path d="{smooth_path(strip, tension=0.5)}" fill="{_ramp(d, cp[0], cp[1], TAN.light, [(0, 0.0), (k, 0.0), (min(0.95, 1.6 * k), 0.13), (1, 0.13)])}"/>')
    # the crest of the finger's back toward the candle: a soft lit line along it, so the base reads
    # as a round finger of his own between hers, not a band of shade (review16 D6)
    crest = [add(c, mul(n, lit * 0.3 * h)) for c, n, h in zip(sh.centre, sh.normal, sh.half, strict=True)]
    d.add(f'<path d="{smooth_path(crest, closed=False)}" fill="none" stroke-linecap="round" stroke-width="{w * 0.16:.1f}" '
          f'stroke="{_ramp(d, cp[0], cp[1], TAN.knuckle, [(0, 0.0), (k, 0.0), (min(0.95, 1.8 * k), 0.5), (1, 0.45)])}"/>')
    # its outline where it stands free of the palm: a fine line fading in along both sides (none
    # at the root), so between her fingers it reads as a finger's form, not a smudge of shade
    for sd in (sh.left, sh.right):
        d.add(f'<path d="{smooth_path(sd, closed=False)}" fill="none" stroke-linecap="round" stroke-width="1.8" '
              f'stroke="{_ramp(d, cp[0], cp[1], TAN.line, [(0, 0.0), (k, 0.0), (min(0.9, 1.8 * k), 0.45), (1, 0.45)])}"/>')
    # the palm-side crease where the finger leaves the palm: a short curve across its root
    c = sh.centre[1]
    al, nn, h = sh.along[1], sh.normal[1], sh.half[1] * 0.55
    a, b, m = add(c, mul(nn, h)), sub(c, mul(nn, h)), add(c, mul(al, -h * 0.6))
    d.add(f'<path data-crease="1" d="M{f(a)} Q{f(m)} {f(b)}" stroke="{TAN.crease}" stroke-width="1.6" fill="none" '
          f'opacity="0.45" stroke-linecap="round"/>')


def _bend_fill(d: Doc, c: P, n: P, half: float) -> str:
    """Across the bend of his finger: lit toward the candle, its far side in a warm half-shade with
    light bounced back up off her hand at the very edge (shade_grad ran it down to TAN.dark, and
    under the room's light the lower half of each finger went a muddy brown, review16 D6)."""
    a, b = add(c, mul(n, half * 1.05)), sub(c, mul(n, half * 1.05))
    if n[0] * geometry.LIGHT[0] + n[1] * geometry.LIGHT[1] < 0:
        a, b = b, a
    return d.lin(a, b, [(0.0, TAN.light, 1), (0.2, TAN.light, 1), (0.52, TAN.mid, 1), (0.82, BEND_SHADE, 1),
                        (1.0, BEND_BOUNCE, 1)])


def _bend_outline(sh: fingerform.Shape) -> list[P]:
    """The bend's closed outline: the crown's rounded back (half a dome, toward his palm), the left
    side, the pad, the right side."""
    c, a, nn, h = sh.centre[0], sh.along[0], sh.normal[0], sh.half[0]
    back = []
    for k in range(9):
        th = math.pi / 2 + math.pi * k / 8  # from the right side round the back to the left side
        back.append(add(c, add(mul(a, math.cos(th) * h * 0.85), mul(nn, -math.sin(th) * h))))
    return [*back[1:-1], *sh.left, *sh.cap[1:-1], *sh.right[::-1]]


def bend(d: Doc, i: int, curl: float = 0.0, fold: int = 4) -> P:
    """From his middle knuckle over her hand (see the module doc). With `curl` (the grip) the
    crown stands up (wider, brighter, blanched, a shade falling beyond it), the tip draws in and
    presses deeper. Returns the crown's canvas point."""
    fs = tip_spec(i, curl, fold)
    cp, ws, _ = finger_geom(fs, XF)
    k_up = (fold - 1) / 3  # the crown rises as the finger folds over
    w0 = ws[1] * (1.08 + 0.16 * curl)
    sh = fingerform.shape(cp[1:], w0, taper=fs.taper, root_back=0.0)
    outline = smooth_path(_bend_outline(sh), tension=1.0)
    # its shadow on her hand, close and soft
    for wk, op in ((1.15, 0.05), (1.0, 0.07), (0.85, 0.09)):
        d.add(f'<path d="M{f(add(cp[1], (2, 4)))} L{f(add(cp[-1], (2, 4)))}" stroke="#000" stroke-width="{ws[2] * wk:.1f}" '
              f'stroke-linecap="round" opacity="{op * (1 + 0.5 * curl):.3f}"/>')
    al = norm(sub(cp[-1], cp[-2]))
    dim, rr = add(cp[-1], mul(al, ws[-1] * 0.5)), ws[-1] * (0.6 + 0.15 * curl)
    d.add(f'<ellipse cx="{dim[0]:.1f}" cy="{dim[1]:.1f}" rx="{rr:.1f}" ry="{rr:.1f}" '
          f'fill="{d.rad(dim, rr, [(0, "#5a3020", 0.1), (0.5, "#5a3020", 0.25 + 0.3 * curl), (1, "#5a3020", 0)])}"/>')
    mid = len(sh.centre) // 2
    d.add(f'<path d="{outline}" fill="{_bend_fill(d, sh.centre[mid], sh.normal[mid], sh.half[mid])}"/>')

    def inside(fill: str) -> None:
        d.add(f'<path d="{outline}" fill="{fill}"/>')

    # the last phalanx turning down round her hand: shade deepening to the pad (with the grip's
    # square: line 64's gentle squeeze, curl <= 0.5, keeps its fingers lit, review16 D6's "dark
    # sausages"; line 71's full grip as before)
    c2 = curl * curl
    j = sh.joints[0] if sh.joints else mid
    inside(d.lin(sh.centre[j], sh.tip, [(0, "#2a140a", 0.0), (0.6, "#2a140a", 0.03 + 0.12 * c2), (1, "#2a140a", 0.08 + 0.19 * c2)]))
    # beyond the crown the middle phalanx falls away from the candle: a band of shade, deeper as
    # the knuckle stands up (the crown's rise reads by the shade past it)
    a0 = sh.centre[0]
    inside(d.lin(a0, sh.centre[j], [(0, "#2a140a", 0.0), (0.35, "#2a140a", 0.0), (0.6, "#2a140a", 0.04 + 0.06 * k_up + 0.36 * c2), (1, "#2a140a", 0.03 + 0.21 * c2)]))
    # the crown: round, lit toward the candle, paler and broader as he grips
    kc = add(a0, mul(sh.along[0], -ws[1] * 0.05))
    tone = GRIP_WHITE.nail_hi if curl > 0 else TAN.nail_hi
    r = ws[1] * (0.62 + 0.1 * k_up + 0.4 * curl)
    inside(d.rad(kc, r, [(0, tone, min(1.0, 0.45 + 0.2 * k_up + 0.45 * curl)), (0.5, TAN.knuckle, 0.25 + 0.35 * curl), (1, TAN.knuckle, 0)]))
    kd = sh.centre[j]
    inside(d.rad(kd, ws[2] * 0.5, [(0, tone, 0.25 + 0.3 * curl), (1, TAN.knuckle, 0)]))
    # the crown's rim over his first phalanx (where the knuckle turns down into the gap): darkest at
    # its back, fading out toward the finger's sides (drawn evenly round the half dome it closed
    # each crown into a ringed round knob, review14 §3 #5)
    rim = _bend_outline(sh)[:7]
    fade = d.lin(rim[0], rim[-1], [(0, TAN.line, 0.0), (0.5, TAN.line, 0.3), (1, TAN.line, 0.0)])
    d.add(f'<path d="{smooth_path(rim, closed=False)}" fill="none" stroke="{fade}" stroke-width="1.6" '
          f'stroke-linecap="round"/>')
    # its outline, firm (at 0.5 its shaded lower side melted into the shade it casts on her hand:
    # "dark sausages", review16 D6)
    d.add(f'<path data-rim="1" d="{smooth_path([*sh.left[1:], *sh.cap[1:-1], *sh.right[1:][::-1]], closed=False)}" '
          f'fill="none" stroke="{TAN.line}" stroke-width="2.0" stroke-opacity="0.85" stroke-linejoin="round"/>')
    side = 1 if sh.normal[mid][0] * 0.55 + sh.normal[mid][1] * -0.83 >= 0 else -1
    nail(d, sh, TAN, side)
    if curl > 0:
        nb = sub(cp[-1], mul(al, ws[-1] * 0.15))
        inside(d.rad(nb, ws[-1] * 0.3, [(0, "#fff6f0", 0.35 * curl), (1, "#fff6f0", 0)]))
    return cp[1]
