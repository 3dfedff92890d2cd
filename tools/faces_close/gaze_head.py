"""Her head in the gaze (line 24) drawn from the wide's model, and the planes of both heads.

Review11 N6: the close-up's own profile had grown a long straight nose with no nostril and ~50 px of
upper lip over a glossy decal mouth: her face read longer and blanker than the snub-nosed wide one
line earlier (23). Here her profile is the wide's own outline (assets/art/figures/her/head.svg),
read from the file and scaled about her eye to the close-up (WIDE_S local units a wide unit), so
the short snub nose, the short upper lip, the round chin and the long jaw are the wide's, and the
brow-nose-chin thirds are the wide's by construction; only a shallow sunk bridge is added under the
brow's ridge (review10 #7). Review11 #7 asked for the wides' flatter, cel-like planes; drawn as
hard-edged flat shapes they read at 1:1 as square smudges on the cheeks and a lit strap along the jaw
(the lead's crops, stop 26), so the cheek keeps face.head's soft modelling and the candle reaches the
jaw's underside as one soft gradient (jaw_light).
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from tools.faces_close import face
from tools.faces_close.svgkit import Doc, P, Place, limb, psoft, smooth

FIGURES = Path(__file__).resolve().parents[2] / "assets" / "art" / "figures"


@dataclass(frozen=True)
class WideHead:
    """Where a wide head's face outline is and how it lands on the close-up's frame."""

    who: str
    path: str       # the start of the skin path's `d` and its fill, to find it in head.svg
    group: float    # the head.svg group's scale about `pivot` that the outline is drawn in (1: none)
    pivot: P
    eye: P          # the open eye's centre in head.svg's units (eyes_open.svg, after its groups)
    s: float        # close local units a wide unit: eye to chin as long as the close-up's


WIDE_HER = WideHead("her", r'M 40 122 [^"]*)" fill="url\(#s\)"', 1.0, (54, 160), (102.5, 66.6), 5.5)
WIDE_HIM = WideHead("him", r'M 38 116 [^"]*)" fill="url\(#skin\)"', 0.92, (52, 152), (96.8, 72.9), 5.4)
WIDE_EYE: P = WIDE_HER.eye
EYE_SIZE = 1.35               # the gaze's eye (gaze.EYE), whose centre the wide's eye lands on


def _bezier(p0: P, p1: P, p2: P, p3: P, n: int = 12) -> list[P]:
    """`n` points along a cubic Bezier after its start."""
    out = []
    for k in range(1, n + 1):
        t = k / n
        u = 1 - t
        out.append((u ** 3 * p0[0] + 3 * u * u * t * p1[0] + 3 * u * t * t * p2[0] + t ** 3 * p3[0],
                    u ** 3 * p0[1] + 3 * u * u * t * p1[1] + 3 * u * t * t * p2[1] + t ** 3 * p3[1]))
    return out


def outline(d: str) -> list[P]:
    """The points along an SVG path of M, L, C and Z commands (absolute), its curves sampled."""
    toks = re.findall(r"[MLCZ]|-?\d+(?:\.\d+)?", d)
    pts: list[P] = []
    cmd, i = "M", 0
    while i < len(toks):
        if toks[i] in "MLCZ":
            cmd, i = toks[i], i + 1
            continue
        if cmd == "C":
            c = [float(v) for v in toks[i:i + 6]]
            pts += _bezier(pts[-1], (c[0], c[1]), (c[2], c[3]), (c[4], c[5]))
            i += 6
        else:
            pts.append((float(toks[i]), float(toks[i + 1])))
            i += 2
    return pts


def wide_face(w: WideHead = WIDE_HER) -> list[P]:
    """A face's outline in the wide head (the skin path running from the jaw's back round the skull,
    down the forehead, nose, lips and chin and back along the jaw), in the close-up's local frame."""
    d = re.search(r'<path d="(' + w.path, (FIGURES / w.who / "head.svg").read_text(encoding="utf-8"))
    assert d, f"{w.who}/head.svg: the face's outline not found"
    e = face.eye_centre(EYE_SIZE)
    k, (px, py) = w.group, w.pivot
    pts = [(px + (x - px) * k, py + (y - py) * k) for x, y in outline(d.group(1))]
    return [(e[0] + (x - w.eye[0]) * w.s, e[1] + (y - w.eye[1]) * w.s) for x, y in pts]


def _bridge(x: float, y: float) -> float:
    """The shallow sunk bridge under the brow's ridge (review10 #7: brow to nose one slope): the ridge
    stands a little forward over the eye, the bridge a little back between the eyes."""
    ridge = max(0.0, 1 - abs(y + 252) / 22)
    sunk = max(0.0, 1 - abs(y + 218) / 16)
    return x + 12 * ridge * ridge * (3 - 2 * ridge) - 9 * sunk * sunk * (3 - 2 * sunk)


# the back of her head behind the jaw and over the crown (under her hair), as the close-up had it
_BACK: list[P] = [(-316, -10), (-352, -40), (-372, -120), (-370, -260), (-340, -370), (-260, -430), (-150, -420)]


def her_profile() -> list[P]:
    """Her close-up profile: the wide's front (forehead to the lower lip) with the sunk bridge, then her
    chin and jaw (CHIN_JAW), closed round the back of the head; the front of the lips no longer at the
    local origin."""
    pts = wide_face()
    top = next(i for i, (x, y) in enumerate(pts) if x > -95 and y > -380)    # the forehead under the hairline
    front = [_dip(_bridge(x, y), y + LIP_DROP * _below(y, -80, 14)) for x, y in pts[top:]]
    lip = next(i for i, (x, y) in enumerate(front) if y > CHIN_JAW[0][1] - 6)  # under the lower lip
    return [(-80, -372), *front[:lip], *CHIN_JAW, *_BACK]


# Review12 D7: below the lower lip the wide's outline, scaled up, ran on down and back as one round mass
# (mouth to the chin's bottom ~2.4x nose to mouth, reading older and heavier). Her chin and jaw instead:
# the mentolabial dip, the chin's ball standing forward, a defined chin point turning under at about 2x
# nose to mouth below the mouth (the wide's chin corner), and the jaw's underside rising straight back to
# its angle under the ear (local px, after LIP_DROP).
CHIN_JAW: list[P] = [(-61, 1), (-58, 14), (-57, 30), (-60, 46), (-66, 60), (-76, 71), (-91, 78),
                     (-108, 79), (-150, 72), (-200, 60), (-248, 46), (-282, 33), (-300, 16)]


def _dip(x: float, y: float) -> P:
    """The mentolabial dip (the lead's crops: the wide's lower lip ran straight on into the chin, one
    lump under the nose): the skin under the lower lip set back, the chin's ball a little forward below."""
    def bump(c: float, half: float) -> float:
        t = max(0.0, 1 - abs(y - c) / half)
        return t * t * (3 - 2 * t)
    return (x - 6 * bump(2, 9) + 2 * bump(22, 10), y)


LIP_DROP = 8.0  # local px her mouth and chin sit lower than the wide's: its upper lip ~20 px, the review's ~25


def _below(y: float, at: float, ease: float) -> float:
    """0 above `at`, 1 from `ease` below it on, smooth between."""
    t = min(1.0, max(0.0, (y - at) / ease))
    return t * t * (3 - 2 * t)


# the back of his head from the jaw's angle up under the hair, as the close-up had it (face._FACE_HIM)
_HIS_BACK: list[P] = [(-292, -40), (-370, -120), (-390, -270), (-356, -390), (-270, -450), (-160, -440)]


def his_profile() -> list[P]:
    """His close-up profile: the wide's front (review11 #4: his nose straight and shorter, standing
    higher, the upper lip short, the jaw's line the wide's) from the forehead to the jaw's angle, closed
    round the back of the head."""
    pts = wide_face(WIDE_HIM)
    top = next(i for i, (x, y) in enumerate(pts) if x > -100 and y > -420)
    end = next(i for i in range(top, len(pts)) if pts[i][0] < -266)
    return [(-90, -400), *pts[top:end], *_HIS_BACK]


def landmarks(prof: list[P]) -> dict[str, P]:
    """Named points on a profile: the nose's tip (its front), the subnasale (where the nose's underside
    turns down into the upper lip), the upper lip's and the lower lip's fronts, the stomion (the dip between
    them), the chin's front and the menton (its lowest point in front of the jaw)."""
    run = [p for p in prof if -160 < p[1] < 140 and p[0] > -200]
    tip = max((p for p in run if p[1] < -60), key=lambda p: p[0])
    i = next(k for k in range(prof.index(tip), len(prof)) if prof[k][0] < tip[0] - 12)  # on the underside
    sub = next(b for b, c in itertools.pairwise(prof[i:]) if c[0] - b[0] > -0.5 * (c[1] - b[1]))  # stops going back
    lip_up = max((p for p in run if sub[1] < p[1] < sub[1] + 34), key=lambda p: p[0])
    lips_ = [p for p in run if lip_up[1] < p[1] < lip_up[1] + 50]
    sto = min((p for p in lips_ if p[1] < lip_up[1] + 22), key=lambda p: p[0])
    lip_lo = max((p for p in lips_ if p[1] > sto[1]), key=lambda p: p[0])
    menton = max((p for p in run if p[0] > -150), key=lambda p: p[1])
    return {"tip": tip, "sub": sub, "lip_up": lip_up, "sto": sto, "lip_lo": lip_lo, "menton": menton}


def chin_front(prof: list[P], lm: dict[str, P]) -> P:
    """The chin's foremost point under the lower lip, where the front of the face turns under into the
    jaw: a rim of light along the front ends here (carried on under the jaw it read as a strap)."""
    ly, my = lm["lip_lo"][1], lm["menton"][1]
    return max((p for p in prof if ly + 20 < p[1] < my and p[0] > -200), key=lambda p: p[0])


def nose(d: Doc, pl: Place, m: face.Model, lm: dict[str, P]) -> None:
    """Her snub nose's wing (ala) as the wide draws it, bigger: a curved groove round the back of the
    wing from above the nostril, a flat shade plane inside it, and the nostril a small dark crescent
    under the tip (review11 N6: 'no nostril')."""
    tx, ty = lm["tip"]
    sx, sy = lm["sub"]

    def under(t: float, up: float = 0.0) -> P:  # a point on the nose's underside, tip (0) to base (1)
        return (tx + (sx - tx) * t, ty + (sy - ty) * t - up)

    # the wing: its crease an arch over the nostril's back half, from behind the tip back to the cheek
    wing = [under(0.4, 9), under(0.55, 16), under(0.75, 17), under(0.9, 9), under(0.96, 2)]
    psoft(d, pl, under(0.7, 20), 12, 7, m.skin_shade, 0.4)                   # the groove over the wing
    psoft(d, pl, under(0.66, 9), 10, 6, m.skin_lit, 0.3)                     # the wing's lit round
    d.path(smooth(pl.all(wing), closed=False), stroke=m.line, width=2.0 * pl.scale, opacity=0.45)
    # the nostril: a dark crescent along the underside from behind the tip to the wing's foot
    d.path(smooth(pl.all([under(0.32, 0.5), under(0.55, 4), under(0.78, 4), under(0.88, 0.5), under(0.6, -0.5)]),
                  tension=0.7), fill=face.DEEP, opacity=0.7)

HER_LIP, HER_LIP_LIT, HER_LIP_SHADE, LIP_DARK = "#b66a6a", "#d6948e", "#7c3c40", "#3e1614"  # a muted rose


@dataclass(frozen=True)
class LipPaint:
    """A mouth's colours: the lips' body, lit and shade, the parting's dark, the lower lip's matt light,
    the rose bled into the skin around (0: none), and the chin's candle-lit ball under the dip (0: none)."""

    lip: str
    lit: str
    shade: str
    dark: str = LIP_DARK
    shine: str = "#f6c4b4"
    bleed: float = 0.0
    ball: float = 0.3


HER_PAINT = LipPaint(HER_LIP, HER_LIP_LIT, HER_LIP_SHADE)


def closed_lips(d: Doc, pl: Place, prof: list[P], lm: dict[str, P], droop: float = 0.0,
             paint: LipPaint = HER_PAINT) -> None:
    """Closed lips in profile, hers and (review12: his 'a blurred blob at 1:1') his (the lead's crops: 'a
    pinkish lump without a clear parting'): the upper lip a thin wedge from its front back to the corner,
    its bow's border catching a thin light; the parting a dark line tapering from the front into the
    corner's shadow; the lower lip fuller, a step lighter, with a soft matt highlight; under it the
    mentolabial dip in shade before the chin's lit ball. Each lip's colour fades out toward the corner
    (no hard back edge, no halo)."""
    ux, uy = lm["lip_up"]
    ox, oy = lm["sto"]
    lx, ly = lm["lip_lo"]
    corner = (ox - 30, oy + 1.5 + 5 * droop)
    up_front = [(x - 1.2, y) for x, y in prof if uy - 4 <= y <= oy and x > ox - 4]
    lo_front = [(x - 1.2, y) for x, y in prof if oy <= y <= ly + 7 and x > ox - 6]
    upper = [*up_front, (ox - 10, oy + 0.5), corner, (ox - 20, uy + 12), (ux - 12, uy)]
    lower = [*lo_front, (lx - 12, ly + 9), (ox - 22, oy + 9), corner, (ox - 10, oy + 1.5)]
    for pts, a, b in ((upper, paint.shade, paint.lip), (lower, paint.lip, paint.lit)):
        g = d.lin(pl((corner[0], 0)), pl((ux, 0)), [(0, a, 0.0), (0.45, a, 0.75), (1, b, 0.95)])
        d.path(smooth(pl.all(pts), tension=0.6), fill=g)
    # the bow's border (the vermilion's rolled edge) lit thinly from the front back over the lip
    d.path(smooth(pl.all([(ux - 1, uy - 4), (ux - 8, uy - 2), (ux - 17, uy + 3)]), closed=False),
           stroke=paint.lit, width=1.6 * pl.scale, opacity=0.5)
    # the parting: dark, thick at the front, tapering back into the corner
    part = [(ox + 1, oy), (ox - 10, oy + 1), (ox - 21, oy + 1.5), corner]
    d.path(smooth(pl.all(limb(part, [3.6, 3.2, 2.4, 1.0])), tension=0.6), fill=paint.dark, opacity=0.9)
    psoft(d, pl, (corner[0] + 1, corner[1] + 1), 7, 6, face.DEEP, 0.55)      # the corner's shadow
    psoft(d, pl, (lx - 8, ly - 3), 7, 3.5, paint.shine, 0.45)                 # the lower lip's matt light
    psoft(d, pl, (lx - 10, ly + 12), 13, 5, face.DEEP, 0.32)                  # the mentolabial dip
    if paint.bleed:  # the lips' colour in the skin round them
        psoft(d, pl, ((ox + corner[0]) / 2 + 6, oy), 30, 24, paint.lip, paint.bleed)
    if paint.ball:
        psoft(d, pl, (lx - 12, ly + 32), 14, 11, "#ffe0b0", paint.ball)      # the chin's ball below it


def _inside(pts: Sequence[P], prof: list[P], margin: float = 6.0) -> list[P]:
    """`pts` each pulled in toward the head's middle until it lies `margin` inside the profile `prof`
    (nanosvg has no clip paths: a plane laid by numbers for one profile must not spill off another)."""
    def within(x: float, y: float) -> bool:
        hit = False
        for (x0, y0), (x1, y1) in itertools.pairwise([*prof, prof[0]]):
            if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
                hit = not hit
        return hit

    c = (-200.0, -100.0)
    out = []
    for x, y in pts:
        t = 1.0
        while t > 0 and not all(within(x + dx, y + dy) for dx, dy in ((margin, 0), (-margin, 0), (0, margin),
                                                                          (0, -margin))):
            t -= 0.05
            x, y = c[0] + (x - c[0]) * 0.95, c[1] + (y - c[1]) * 0.95
        out.append((x, y))
    return out


def cel_planes(d: Doc, pl: Place, m: face.Model, prof: list[P], jaw_y: float, chin: P) -> None:
    """The head's planes over face.head's soft modelling: her eye's socket in soft shade and the candle
    below on the jaw's underside (jaw_light). The hard-edged planes once here (the cheek's side behind
    the cheekbone's edge, the ramus, a lit band along the jaw) read at 1:1 as square patches on the
    cheeks and a chinstrap (the lead's crops, stop 26)."""
    sh = m.skin_shade
    # the eye's socket under the brow, soft (as a flat plane it framed the eye as a box)
    if m.she:
        psoft(d, pl, (-150, -200), 44, 30, sh, 0.22)
    jaw_light(d, pl, prof, jaw_y, chin)


def jaw_light(d: Doc, pl: Place, prof: list[P], jaw_y: float, chin: P) -> None:
    """The candle below on the jaw's underside as one soft gradient on the skin (the lead's 1:1 crops: a
    lit band along the jaw with a hard inner edge read as a chinstrap): the whole face filled again with
    the candle's colour, strongest at the jaw line and gone JAW_FADE local px up inside the jaw, the
    gradient running square to the jaw's line from the chin to its angle, so no edge but the skin's own."""
    jaw = [p for p in prof if p[1] > jaw_y - 40 and -300 < p[0] < chin[0] - 10]
    (ax, ay), (bx, by) = max(jaw), min(jaw)  # the chin's end and the angle's
    ln = math.hypot(bx - ax, by - ay)
    nx, ny = (by - ay) / ln, -(bx - ax) / ln  # square to the jaw line, into the face (up)
    if ny > 0:
        nx, ny = -nx, -ny
    mx, my = max(jaw, key=lambda p: p[1] - 0.25 * p[0])  # the jaw's lowest point, toward the chin
    g = d.lin(pl((mx, my)), pl((mx + nx * JAW_FADE, my + ny * JAW_FADE)),
              [(0, "#ffc27a", 0.26), (0.45, "#ffc27a", 0.1), (1, "#ffc27a", 0.0)])
    d.path(smooth(pl.all(prof), tension=0.9), fill=g)


JAW_FADE = 70.0  # local px: how far up the jaw the candle's light fades out


def ear_shift(pl: Place) -> Place:
    """Her head's frame moved so face.ear's ear (at (-262, -120)) sits where the wide has it relative to
    her face: lower, level with the nose's underside, and a little further back."""
    return Place(*pl((-8.0, 40.0)), pl.rot, pl.scale, pl.mirror)



def solid_ear(d: Doc, pl: Place, m: face.Model) -> None:
    """face.ear made solid (review8 #3: 'his ear a see-through smear'): the helix's outer rim in the
    head's shade as an edge, the inner fold (the helix turning into its groove) as a dark crescent with a
    lit lip above it, and the bowl of the concha deeper."""
    face.ear(d, pl, m)
    c, k = (-262.0, -120.0), (1.0 if m.she else 0.82)

    def at(pts: list[tuple[float, float]]) -> list[tuple[float, float]]:
        return pl.all([(c[0] + dx * k, c[1] + dy * k) for dx, dy in pts])

    d.path(smooth(at([(-6, 48), (-24, 20), (-26, -24), (-12, -48), (10, -46), (32, -30)]), closed=False),
           stroke=m.skin_shade, width=3 * pl.scale, opacity=0.7)
    d.path(smooth(at([(-4, 36), (-14, 14), (-14, -20), (-2, -36), (14, -34), (22, -24)]), closed=False),
           stroke=face.DEEP, width=5 * pl.scale, opacity=0.55)
    d.path(smooth(at([(-8, 38), (-19, 14), (-20, -22), (-6, -40), (12, -38)]), closed=False), stroke=m.skin_lit,
           width=3 * pl.scale, opacity=0.45)
    psoft(d, pl, (c[0] + 12 * k, c[1] + 4 * k), 9 * k, 14 * k, face.DEEP, 0.45)


def skin(d: Doc, pl: Place, m: face.Model, prof: list[P]) -> None:
    """Her head's skin on the wide's profile: lit at the front, shade toward the back (as face.head, whose
    soft modelling sat at the old profile's points), the cheek's rose, the cel planes, the nose's wing and
    the candle below lighting the undersides (the nose's, the lips', the chin's) and a warm rim just
    inside the front of the profile, forehead to chin."""
    lm = landmarks(prof)
    g = d.lin(pl((10, -150)), pl((-330, -60)), [(0, m.skin_lit, 1), (0.35, m.skin, 1), (1, m.skin_shade, 1)])
    d.path(smooth(pl.all(prof), tension=0.9), fill=g, stroke=m.line, width=2.2)
    psoft(d, pl, (-120, -70), 44, 30, "#e0707a", 0.3)                         # the wide's rose cheek
    my = lm["menton"][1]
    cel_planes(d, pl, m, prof, jaw_y=my, chin=lm["lip_lo"])
    nose(d, pl, m, lm)
    cy = chin_front(prof, lm)[1]
    front = [(x - 5, y) for x, y in prof if -330 < y < cy and x > -150 + 0.4 * max(0.0, y)]
    d.path(smooth(pl.all(front), closed=False), stroke="#ffd8a0", width=7 * pl.scale, opacity=0.4)
    (tx, ty), (sx, sy), (lx, ly) = lm["tip"], lm["sub"], lm["lip_lo"]
    ux, uy = lm["lip_up"]
    psoft(d, pl, ((sx + ux) / 2 - 6, (sy + uy) / 2), 14, 10, "#ffe0b0", 0.5)  # the upper lip under the nose
    psoft(d, pl, (tx - 12, ty + 8), 12, 6, "#ffe0b0", 0.35)                   # the nose's underside
    psoft(d, pl, (lx - 26, ly + 44), 26, 24, "#ffe0b0", 0.35)                 # the chin's ball
    psoft(d, pl, (-110, -20), 60, 80, "#ffc27a", 0.25)                        # the cheek's near plane


# her locks falling from the hair's front edge onto the face (review11 #7: the hair's edge a smooth line
# round the face): (root in the hair, bend, tip on the skin, width at the root), the wide's wave over the
# temple and the strands before the ear
HER_LOCKS: list[tuple[P, P, P, float]] = [
    ((-146, -304), (-162, -266), (-176, -240), 46.0),
    ((-258, -182), (-250, -146), (-246, -118), 40.0),
]


def locks(d: Doc, pl: Place, m: face.Model, spec: list[tuple[P, P, P, float]]) -> None:
    """Locks lying over the face's edge as the wides draw hair, in flat tones: each a tapered shape in
    the hair's own gradient with a lit strand down it and its shadow on the skin under it (no outline:
    an inked edge round its tip read as a tick mark), so the hair's outline breaks over the face instead
    of ending on one curve."""
    g = d.lin(pl((-70, -420)), pl((-380, -60)), [(0, m.hair_lit, 1), (0.45, m.hair, 1), (1, m.hair_dark, 1)])
    for root, bend, tip, w in spec:  # in face.hair_front's own gradient and edge: part of the hair's mass
        shadow = [(x - 3, y + 6) for x, y in (root, bend, tip)]
        d.path(smooth(pl.all(limb(shadow, [w, w * 0.6, 12])), tension=0.6), fill=face.DEEP, opacity=0.3)
        out = limb([root, bend, tip], [w, w * 0.6, 12])
        d.path(smooth(pl.all(out), tension=0.6), fill=g)
        strand = [((root[0] + bend[0]) / 2 + 4, (root[1] + bend[1]) / 2), (bend[0] + 3, bend[1]),
                  ((bend[0] + tip[0]) / 2 + 1, (bend[1] + tip[1]) / 2)]
        d.path(smooth(pl.all(strand), closed=False), stroke=m.hair_lit, width=1.6, opacity=0.45)
