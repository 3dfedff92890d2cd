"""One profile head in the film's two character models, drawn at close-up scale.

Matched to the wide shots (L1, L12, L74): she has warm peach skin with a rose cheek, dark
chestnut hair parted and falling long behind the shoulders, a green dress with short puffed
sleeves; he has warmer tan skin, black disheveled hair in spiky locks, a grey suit and a white
collar. The local frame faces right with the front of the lips at the origin; `Place` mirrors
and turns it. Lips are two modelled shapes (a cupid's-bow upper lip, a fuller lower lip with a
wet highlight), eyes are lids with lashes (closed) or a white, iris and pupil aimed at `look`.
"""

from __future__ import annotations

import itertools
import math
import random
from collections.abc import Sequence
from dataclasses import dataclass

from tools.faces_close.svgkit import Doc, P, Place, psoft, smooth


@dataclass(frozen=True)
class Model:
    skin: str
    skin_lit: str
    skin_shade: str
    line: str
    lip: str
    lip_lit: str
    lip_shade: str
    hair: str
    hair_lit: str
    hair_dark: str
    cloth: str
    cloth_lit: str
    she: bool


HER = Model("#fcc594", "#ffe4c0", "#c07a4e", "#5a2a16", "#d86a6e", "#f4a0a0", "#9a3a40",
            "#6e3618", "#b4642e", "#341508", "#4f7a4a", "#7aa86a", True)
# her irises brown as in the wides (assets/art/figures/her/eyes_*.svg: #4a2a14): a radial ramp, dark at
# the pupil, a warm amber ring, a dark limbal edge (the close-ups had green eyes: another woman)
HER_IRIS: list[tuple[float, str, float]] = [(0, "#1a0c06", 1), (0.4, "#5a3418", 1), (0.8, "#8e5c2e", 1),
                                            (1, "#2a160a", 1)]
EYE_WHITE = "#f2e6da"  # the white of an open eye (a test looks for it: the kiss shows none)
# his lips are his own skin a little deeper and rosier, never a painted red (review3 #34)
HIM = Model("#eca66c", "#ffcf98", "#a0603a", "#4a2412", "#d08c6c", "#e6a888", "#a8684c",
            "#1a1412", "#4a3a32", "#0a0808", "#4a4e58", "#70747e", False)

# The profile, front of lips at the origin, facing right (y down). Female/male differ a little.
_FACE_HER: list[P] = [
    (-260, -430), (-150, -420), (-80, -370), (-58, -300), (-52, -240), (-62, -205), (-48, -170),
    (-22, -125), (4, -92), (10, -80), (0, -68), (-22, -62), (-28, -56), (-18, -38), (2, -18),
    (-2, -2), (2, 10), (-6, 26), (-28, 38), (-24, 62), (-30, 92), (-60, 118), (-120, 128),
    (-190, 96), (-240, 40), (-280, -40), (-350, -120), (-370, -260), (-340, -370),
]
_FACE_HIM: list[P] = [
    (-270, -450), (-160, -440), (-90, -390), (-66, -320), (-58, -255), (-50, -232), (-64, -206),
    (-46, -170), (-18, -126), (8, -94), (14, -80), (2, -66), (-24, -60), (-30, -52), (-20, -36),
    (0, -18), (-4, -2), (0, 10), (-8, 26), (-30, 40), (-24, 66), (-26, 104), (-62, 134),
    (-140, 146), (-208, 132), (-248, 104), (-266, 44), (-292, -40), (-370, -120), (-390, -270), (-356, -390),
]


def _face(m: Model) -> list[P]:
    return _FACE_HER if m.she else _FACE_HIM


def neck(doc: Doc, pl: Place, m: Model, length: float = 420) -> None:
    back = -205 if m.she else -228  # a neck narrower than the face's depth, not a cylinder
    pts = [(-80, 90), (-100, length), (back - 20, length), (back, 40), (-170, 100)]
    g = doc.lin(pl((-90, 0)), pl((-300, 0)), [(0, m.skin, 1), (1, m.skin_shade, 1)])
    doc.path(smooth(pl.all(pts), tension=0.6), fill=g)
    # the neck turns away from the light: its back and the length under the jaw in shade
    psoft(doc, pl, (back + 40, length * 0.6), 60, length * 0.45, m.skin_shade, 0.45)
    psoft(doc, pl, (-130, 170), 50, 70, m.skin_shade, 0.35)
    # shadow under the jaw
    sh = doc.lin(pl((0, 110)), pl((0, 180)), [(0, m.skin_shade, 0.85), (1, m.skin_shade, 0)])  # gone before its edge
    doc.path(smooth(pl.all([(-84, 110), (-104, 200), (back + 10, 180), (back + 14, 80), (-160, 130)]), tension=0.7),
             fill=sh)


JOIN = slice(10, 15)  # the profile's stretch from under the nose's tip down to the upper lip's front
WING: list[P] = [(-8, -74), (-26, -70), (-34, -84), (-24, -96)]  # the nostril's wing, local points


def head(doc: Doc, pl: Place, m: Model, rim: float = 1.0, under: float = 1.0, behind: bool = False,
         prof: Sequence[P] | None = None, wing: bool = True) -> None:
    """The skin of the head with its light: warm key on the near side, shade to the back (`rim`: the
    window's cold rim on the profile, planes(); `under`: the shade where the jaw turns under, 0 in a
    light from below, where a shade crease above the lit underside read as a second chin). `behind`:
    this face is the far one of two meeting (the kiss): its profile from under the nose to the lip
    (JOIN) has no ink, rim or nostril line, as its skin runs on behind the nearer face there
    (kiss.between); a line there read as a pale seam across her upper lip. `prof`: a shot's own drawing of
    this profile (the kiss's), in place of the model's. `wing` False: no nostril hook (the nearer nose of
    two passing, the kiss's and the gaze's: two hooks within 60 px read as one nose's two nostrils)."""
    prof = list(prof) if prof is not None else _face(m)
    pts = pl.all(prof)
    g = doc.lin(pl((10, -150)), pl((-330, -60)), [(0, m.skin_lit, 1), (0.35, m.skin, 1), (1, m.skin_shade, 1)])
    if behind:  # the outline drawn open, round the back of the head from the lip to the nose's tip
        doc.path(smooth(pts, tension=0.9), fill=g)
        doc.path(smooth(pl.all([*prof[JOIN.stop - 1:], *prof[:JOIN.start + 1]]), closed=False, tension=0.9),
                 stroke=m.line, width=2.2, opacity=doc.line_alpha)
    else:
        doc.path(smooth(pts, tension=0.9), fill=g, stroke=m.line, width=2.2)
    # candle on the near cheek; rose on hers (soft: a gradient-filled disc showed its edge)
    psoft(doc, pl, (-100, -70), 80, 70, m.skin_lit, 0.4)
    if m.she:
        psoft(doc, pl, (-108, -78), 50, 40, "#e0707a", 0.4)
    # modelled with soft light and shade, each kept inside the silhouette: the forehead and
    # cheekbone catch the light, the temple, the eye's socket, the hollow under the cheekbone
    # and the jaw turn away; the bridge of the nose and the chin are lit
    sh = m.skin_shade
    psoft(doc, pl, (-120, -330), 70, 50, m.skin_lit, 0.3)
    psoft(doc, pl, (-215, -250), 60, 70, sh, 0.3)
    psoft(doc, pl, (-100, -196), 48, 30, sh, 0.3)
    psoft(doc, pl, (-125, -120), 62, 36, m.skin_lit, 0.35, rot=-10)
    psoft(doc, pl, (-160, -30), 74, 40, sh, 0.3, rot=20)
    # his jaw turns away evenly: a wider, lighter shade (a dense one read as a bruise on him, review3 #34)
    jk, jr = (1.0, 1.0) if m.she else (0.5, 1.35)
    psoft(doc, pl, (-170, 62), 84 * jr, 32 * jr, sh, 0.45 * jk, rot=-28)
    psoft(doc, pl, (-34, -140), 9, 40, m.skin_lit, 0.45, rot=-28)
    psoft(doc, pl, (-40, 70), 24, 22, m.skin_lit, 0.3)
    psoft(doc, pl, (-250, -60), 70, 110, sh, 0.4)
    psoft(doc, pl, (-190, 20), 60 * jr, 50 * jr, sh, 0.25 * jk)
    # warm candle rim just inside the profile, forehead to chin
    for run in ((prof[2:JOIN.start + 1], prof[JOIN.stop - 1:22]) if behind else (prof[2:22],)):
        doc.path(smooth(pl.all([(x - 5, y) for x, y in run]), closed=False), stroke="#ffe2b4", width=4,
                 opacity=0.45)
    # nostril wing and the crease from it (the far face's, in the kiss, softer and shaded into its hollow:
    # at full ink beside the nearer nose it read as that nose's second nostril; at 0.1 her nose had none)
    if behind:
        psoft(doc, pl, (-20, -80), 12, 8, m.skin_shade, 0.45)  # the nostril's hollow under the wing
    if wing:
        doc.path(smooth(pl.all(WING), closed=False), stroke=m.line, width=1.6 if behind else 2.0,
                 opacity=0.45 if behind else 0.7)
    # the jaw turning under into shade: soft, not a drawn line
    psoft(doc, pl, (-150, 108), 80, 12 * jr, m.skin_shade, 0.45 * (1.0 if m.she else 0.7) * under, rot=-12)
    planes(doc, pl, m, rim, under, prof)


COOL = "#a8c2e8"  # the window's cold light (the rim on the side facing it)
DEEP = "#5a2c18"  # the deepest skin shade: the turn under the jaw, the back of the cheek


def planes(doc: Doc, pl: Place, m: Model, rim: float = 1.0, under: float = 1.0,
           prof: Sequence[P] | None = None) -> None:
    """The head's planes in a painter's light: the lit front (forehead, cheekbone, nose, chin) turning
    through the cheek into shade at the back, the cheekbone's ridge over the hollow below it, the
    jaw's edge with its underside in shade, the fold from nose to mouth, the chin's ball, and a cold
    rim where the silhouette from brow to nose faces the window. Each gradient-filled shape follows the
    profile's own points, so nothing leaks past the silhouette (nanosvg has no clip paths)."""
    prof = list(prof) if prof is not None else _face(m)
    k = 0.55 if m.she else 1.0  # her face modelled more gently, the same planes
    sh = m.skin_shade
    # the turn from the lit front to the back of the cheek, over the whole silhouette
    doc.path(smooth(pl.all(prof), tension=0.9), fill=doc.lin(pl((-110, -40)), pl((-300, 20)), [
        (0, sh, 0), (0.5, sh, 0.38 * k), (1, DEEP, 0.66 * k)]))
    # the jaw's underside: the band inside the jaw line from chin to angle, dark at the edge
    jaw = [p for p in prof if p[1] > 60 and p[0] < -20]
    inner = [(x + 6, y - (34 if m.she else 44)) for x, y in reversed(jaw)]
    doc.path(smooth(pl.all(jaw + inner), tension=0.7), fill=doc.lin(pl((-140, 150)), pl((-120, 70)), [
        (0, DEEP, 0.6 * k * under), (0.45, sh, 0.3 * k * under), (1, sh, 0)]))
    # the cheekbone's ridge catching the key, the hollow under it, the ramus's edge in front of the ear
    # (the cheekbone's light follows the bone's ridge, rising from the cheek's front to the ear's root,
    # and fades before the ear: a long level band read as a pale smear across the face)
    psoft(doc, pl, (-146, -128), 62, 30, m.skin_lit, 0.45 * k, rot=-14)
    psoft(doc, pl, (-118, -124), 36, 16, "#fff0d8", 0.2 * k, rot=-14)
    psoft(doc, pl, (-176, -54), 70, 34, sh, 0.3 * k, rot=24)
    psoft(doc, pl, (-226, -8), 20, 66, sh, 0.3 * k, rot=8)
    psoft(doc, pl, (-196, 40), 40, 46, m.skin_lit, 0.18 * k)  # the jaw's flat catches a little light
    # the fold from the nostril's wing past the mouth's corner, and the lip's shade on the chin
    for c, r in (((-42, -60), 24), ((-48, -44), 16), ((-52, -28), 10), ((-54, -12), 4)):
        psoft(doc, pl, c, 8, 18, sh, 0.16 * k, rot=r)
    psoft(doc, pl, (-16, 36), 16, 8, DEEP, 0.4 * k)
    psoft(doc, pl, (-34, 84), 22, 24, m.skin_lit, 0.45 * k)   # the chin's ball
    psoft(doc, pl, (-42, -86), 14, 18, DEEP, 0.14 * k)         # the nostril's wing sits in its groove
    if not m.she:  # a close shave's shadow on lip, chin and jaw (cool against the warm skin)
        for c, rx, ry, r in (((-26, -38), 22, 16, 0), ((-60, 80), 50, 50, 0), ((-140, 100), 100, 40, -10),
                             ((-215, 50), 40, 60, 20)):
            psoft(doc, pl, c, rx, ry, "#4a4656", 0.08, rot=r)
    if rim > 0:  # the window's cold rim along the profile from the brow to the tip of the nose
        doc.path(smooth(pl.all([(x - 3, y) for x, y in prof[2:10]]), closed=False), stroke=COOL, width=4,
                 opacity=0.5 * rim)
        doc.path(smooth(pl.all([(x - 2, y) for x, y in prof[3:9]]), closed=False), stroke="#eef4ff", width=1.5,
                 opacity=0.45 * rim)


def ear(doc: Doc, pl: Place, m: Model) -> None:
    """The ear at the back of the head, painted in its own forms (an outlined blob with a hook inside read
    as a brown disc pasted on the cheek): the helix's rim catching a little light round the back and top,
    the groove inside it in shade, the antihelix's ridge, the bowl of the concha dark in front of it by
    the tragus, the lobe rounded below; all in the same fall-off as the cheek round it (planes())."""
    c = (-262, -120)
    k = 1.0 if m.she else 0.82

    def at(pts: Sequence[P]) -> list[P]:
        return pl.all([(c[0] + dx * k, c[1] + dy * k) for dx, dy in pts])

    out: list[P] = [(10, -46), (34, -30), (30, 10), (12, 46), (-6, 50), (-22, 20), (-26, -24), (-12, -48)]
    doc.path(smooth(at(out)), fill=doc.lin(pl((c[0] + 30, c[1])), pl((c[0] - 25, c[1])),
                                           [(0, m.skin, 1), (1, m.skin_shade, 1)]),
             stroke=m.line, width=1.4)
    doc.path(smooth(at(out)), fill=DEEP, opacity=0.18 if m.she else 0.25)   # in the head's shade, gently
    # the helix: the rim round the back and top lit, the groove (scapha) inside it in shade
    rim: list[P] = [(-10, 44), (-22, 18), (-24, -22), (-10, -44), (10, -42), (26, -28)]
    doc.path(smooth(at(rim), closed=False), stroke=m.skin_lit, width=5 * pl.scale * k, opacity=0.4)
    doc.path(smooth(at([(x * 0.7 + 3, y * 0.78) for x, y in rim]), closed=False), stroke=DEEP,
             width=4 * pl.scale * k, opacity=0.35)
    # the antihelix's ridge, and the bowl of the concha in front of it, deepest by the ear hole
    doc.path(smooth(at([(8, -26), (-6, -10), (-4, 14), (8, 26)]), closed=False), stroke=m.skin,
             width=4 * pl.scale * k, opacity=0.5)
    psoft(doc, pl, (c[0] + 14 * k, c[1] + 2 * k), 11 * k, 18 * k, DEEP, 0.5)
    psoft(doc, pl, (c[0] + 24 * k, c[1] + 6 * k), 6 * k, 8 * k, m.skin_lit, 0.3)          # the tragus
    psoft(doc, pl, (c[0] + 2 * k, c[1] + 38 * k), 12 * k, 9 * k, m.skin_lit, 0.3)        # the lobe's round
    # light through the rim: warm where the helix is thin
    doc.path(smooth(at([*out[4:], out[0]]), closed=False), stroke="#e0805a", width=2.5, opacity=0.3)


LIP_UP: list[P] = [(-16, -20), (-6, -19), (1, -13), (2, -5), (-1, -1), (-14, -1), (-32, -3), (-38, -6), (-28, -12)]
LIP_LO: list[P] = [(-1, 2), (2, 8), (-3, 17), (-16, 21), (-30, 12), (-38, 3), (-22, 2)]


def lips(doc: Doc, pl: Place, m: Model, parted: float = 0.0, droop: float = 0.0) -> None:
    """droop > 0 turns the mouth's corner down (no smile)."""
    up = LIP_UP
    lo = [(x, y + parted if k in (0, 1, 2, 3, 6) else y) for k, (x, y) in enumerate(LIP_LO)]
    doc.path(smooth(pl.all(up), tension=0.8),
             fill=doc.lin(pl((0, -20)), pl((0, 0)), [(0, m.lip_shade, 1), (1, m.lip, 1)]))
    doc.path(smooth(pl.all(lo), tension=0.8),
             fill=doc.lin(pl((0, 2)), pl((0, 22)), [(0, m.lip_lit, 1), (0.5, m.lip, 1), (1, m.lip_shade, 1)]))
    # the line between the lips, deepening into the corner
    doc.path(smooth(pl.all([(0, 0 + parted / 2), (-16, 0 + parted / 2), (-34, -2 + 4 * droop), (-42, -8 + 14 * droop)]), closed=False),
             stroke=m.lip_shade, width=2.4)
    # wet highlight on the lower lip
    doc.path(smooth(pl.all([(-3, 8), (-9, 7), (-16, 9), (-9, 11)])), fill="#fff2e8", opacity=0.4)


# A profile eye (review7 #2: 'his eye is frontal on a profile'): seen from the side the eye is short, its
# opening a wedge from the back corner forward to the cornea, the iris a narrow upright ellipse at the
# very front, and it sits set back from the bridge of the nose. Local to the eye's centre, front = +x.
EYE_BACK, EYE_FRONT = -23.0, 16.0  # the back corner and the cornea's front (the frontal almond was 52 wide)


def _lid_up(e: P, open_: float) -> list[P]:
    """The upper lid's edge from the back corner to the cornea, raised `open_` (1: wide, 0: shut)."""
    return [(e[0] + EYE_BACK, e[1] + 1), (e[0] - 9, e[1] + 1 - 8 * open_), (e[0] + 3, e[1] + 1 - 13 * open_),
            (e[0] + 12, e[1] + 1 - 9.5 * open_), (e[0] + EYE_FRONT, e[1] + 1 - 3.5 * open_)]


def _lid_lo(e: P) -> list[P]:
    """The lower lid's edge from the back corner to the cornea: lower in the middle, a shallow curve."""
    return [(e[0] + EYE_BACK, e[1] + 1), (e[0] - 8, e[1] + 7), (e[0] + 5, e[1] + 8.5), (e[0] + 13, e[1] + 6),
            (e[0] + EYE_FRONT, e[1] + 2)]


def _y_on(line: Sequence[P], x: float) -> float:
    """The height of the polyline `line` (x increasing) at `x`, clamped to its ends."""
    if x <= line[0][0]:
        return line[0][1]
    for (x0, y0), (x1, y1) in itertools.pairwise(line):
        if x <= x1:
            return y0 + (y1 - y0) * (x - x0) / ((x1 - x0) or 1.0)
    return line[-1][1]


def _in_eye(pts: Sequence[P], up: Sequence[P], lo: Sequence[P]) -> list[P]:
    """`pts` (an iris or pupil) kept inside the eye's opening: no clip paths in nanosvg, so each point is
    pulled in between the lids and behind the cornea."""
    out: list[P] = []
    for x, y in pts:
        x = min(x, up[-1][0])
        out.append((x, min(max(y, _y_on(up, x)), _y_on(lo, x))))
    return out


def _ellipse(c: P, rx: float, ry: float, n: int = 12) -> list[P]:
    return [(c[0] + rx * math.cos(2 * math.pi * k / n), c[1] + ry * math.sin(2 * math.pi * k / n)) for k in range(n)]


def eye_closed(doc: Doc, pl: Place, m: Model, sorrow: float = 0.0) -> None:
    """A shut eye in profile: the lid's edge a short curve from the back corner to the front, the round
    of the eyeball under the lid in soft light and shade, the lashes at the front pointing forward and
    down, the lid's crease above (a frontal eye's long arc with a fan of lashes read on a profile as a
    face turned to us)."""
    e = (-88, -194)
    shut = _lid_up(e, 0.0)
    lid = [(x, y + (3 if EYE_BACK < x - e[0] < EYE_FRONT else 0)) for x, y in shut]  # sagging a little
    psoft(doc, pl, (e[0] - 2, e[1] - 6), 22, 12, m.skin_shade, 0.35)       # the socket over the ball
    psoft(doc, pl, (e[0] + 4, e[1] - 5), 10, 6, m.skin_lit, 0.3)           # the ball's round catches light
    doc.path(smooth(pl.all(lid), closed=False), stroke=m.line, width=2.8)
    n = 5 if m.she else 3
    for i in range(n):  # from the lid's front half, forward and down, longer toward the front
        t = i / (n - 1)
        x, y = e[0] - 2 + 15 * t, _y_on(lid, e[0] - 2 + 15 * t)
        ln = (11 if m.she else 7) * (0.7 + 0.3 * t)
        doc.path(smooth(pl.all([(x, y), (x + ln * 0.5, y + ln * 0.6), (x + ln, y + ln * 0.7)]), closed=False),
                 stroke=m.line, width=1.8 if m.she else 1.4)
    doc.path(smooth(pl.all([(e[0] - 20, e[1] - 7), (e[0] - 2, e[1] - 14), (e[0] + 12, e[1] - 10)]), closed=False),
             stroke=m.skin_shade, width=2.0, opacity=0.7)
    brow(doc, pl, m, (-92, -196), sorrow)


def brow(doc: Doc, pl: Place, m: Model, e: P, sorrow: float, weight: float = 0.0) -> None:
    """sorrow > 0 lifts the inner (front) end: longing, regret. `weight`: the brow's thickness at its head
    in local px (0: the model's own, 6 on her, 10 on him; the kiss draws the wides' heavier brow)."""
    w = weight or (6 if m.she else 10)
    b = [(e[0] - 46, e[1] - 36), (e[0] - 10, e[1] - 50 - 2 * sorrow), (e[0] + 26, e[1] - 46 - 10 * sorrow)]
    # tapered: full at its head (toward the nose), fine at the tail, and soft: a gradient of hairs,
    # not a solid slab of ink
    ws = [w * 0.45, w * 0.85, w]
    top = [(x, y - ws[i] / 2) for i, (x, y) in enumerate(b)]
    bot = [(x, y + ws[i] / 2) for i, (x, y) in reversed(list(enumerate(b)))]
    col = m.hair_dark if m.she else m.hair
    g = doc.lin(pl(b[0]), pl(b[-1]), [(0, col, 0.45), (0.6, col, 0.8), (1, col, 0.7)])
    psoft(doc, pl, b[1], 40, 9, col, 0.18, rot=-10)
    doc.path(smooth(pl.all(top + bot), tension=0.7), fill=g)
    for k in range(9):  # short hairs combed back along it, lighter at the tail
        t = k / 8
        x = b[0][0] + (b[-1][0] - b[0][0]) * t
        y = b[1][1] if 0.3 < t < 0.7 else (b[0][1] + (b[1][1] - b[0][1]) * t / 0.3 if t <= 0.3
                                            else b[1][1] + (b[2][1] - b[1][1]) * (t - 0.7) / 0.3)
        doc.path(smooth(pl.all([(x + 4, y + 1.5), (x - 3, y - 1), (x - 8, y - 1)]), closed=False), stroke=col,
                 width=1.4, opacity=0.45)


def eye_centre(size: float = 1.0) -> P:
    """The open eye's centre in the head's frame: a longer eye (`size` > 1) sits further back, its cornea
    clear of the bridge of the nose (kept at the same place it touched the bridge's outline)."""
    return (-86 - (size - 1) * (EYE_FRONT + 30), -196.0)


def eye_open(doc: Doc, pl: Place, m: Model, look: float, sorrow: float, with_brow: bool = True,
             lid: float = 1.0, size: float = 1.0, knit: float = 0.0) -> None:
    """An open eye in profile (see EYE_BACK): the white a wedge from the back corner to the iris, the iris
    a narrow upright ellipse at the front (`look` 1.0: right at the cornea, at the other person), the
    upper lid's edge heavy and lowered over it by `lid` < 1 (a lowered, sad lid), her lashes forward.
    `size` > 1 draws the eye that much longer, its cornea kept where it was (a close shot where the eyes
    carry the look: a wider catch-light, the lid's shade on the iris's top), `knit` draws the brow's
    inner end down with a crease above the nose (his intent look). Without its brow it is an overlay
    over `eye_closed`: a soft patch of skin hides the shut lid."""
    e = eye_centre(size)

    def at(pts: Sequence[P]) -> list[P]:  # local points of the eye, grown `size` times about its centre
        return pl.all([(e[0] + (x - e[0]) * size, e[1] + (y - e[1]) * size) for x, y in pts])

    if not with_brow:
        psoft(doc, pl, (e[0] - 4, e[1] + 4), 26, 16, m.skin, 0.95, core=0.55)
    up, lo = _lid_up(e, 0.55 + 0.45 * lid), _lid_lo(e)
    doc.path(smooth([*at(up), *at(list(reversed(lo))[1:-1])], tension=0.6), fill=EYE_WHITE,
             stroke=m.line, width=1.2)
    doc.path(smooth(at([up[0], up[1], up[2], (e[0] - 4, e[1] + 2)]), tension=0.6), fill=m.skin_shade,
             opacity=0.35)  # the white in the lid's shade toward the back
    ic = (e[0] + 4 + 5 * look, e[1] + 0.5)
    doc.path(smooth(at(_in_eye(_ellipse(ic, 6.0, 9.5), up, lo)), tension=0.7), fill="#4a2c18")
    doc.path(smooth(at(_in_eye(_ellipse((ic[0] + 2.2, ic[1]), 2.4, 4.6), up, lo)), tension=0.7),
             fill="#0c0604")
    if size > 1:  # the lid's shadow across the iris's top: the look comes from under the lid
        doc.path(smooth(at(_in_eye(_ellipse((ic[0], ic[1] - 6), 6.5, 3.2), up, lo)), tension=0.7), fill="#1a0e08",
                 opacity=0.45)
    doc.path(smooth(at(_ellipse((ic[0] + 1.5, ic[1] - 3.5), 1.6, 1.6, 8))), fill="#fff8ee", opacity=0.9)
    if size > 1:  # a second, fainter light low on the cornea's front: a wet, living eye
        doc.path(smooth(at(_ellipse((ic[0] + 4.2, ic[1] + 3.0), 0.9, 1.3, 8))), fill="#fff8ee", opacity=0.55)
    # the upper lid: its shade over the eye's top, its edge a heavy line, the crease above it
    doc.path(smooth(at([*up, *[(x, y - 5) for x, y in reversed(up)]]), tension=0.6), fill=m.skin_shade,
             opacity=0.5)
    doc.path(smooth(at(up), closed=False), stroke=m.line, width=3.0 * min(size, 1.3))
    if m.she:  # her lashes from the front of the lid, curling forward and up
        for i in range(4):
            x = e[0] + 2 + 4 * i
            y = _y_on(up, x)
            doc.path(smooth(at([(x, y), (x + 5, y - 4), (x + 9, y - 5)]), closed=False), stroke=m.line,
                     width=1.6)
    doc.path(smooth(at(lo[1:]), closed=False), stroke=m.skin_shade, width=1.6, opacity=0.7)
    doc.path(smooth(at([(e[0] - 20, e[1] - 9), (e[0] - 2, e[1] - 18), (e[0] + 12, e[1] - 14)]), closed=False),
             stroke=m.skin_shade, width=2.0, opacity=0.7)
    if with_brow:
        brow(doc, pl, m, (e[0] - 4 + 2 * knit, e[1] + 6 * knit * size), sorrow - 2 * knit)
    if knit > 0:  # the frown's short upright crease between the brow's head and the bridge of the nose
        c = (e[0] + 18 * size, e[1] - 34 * size)
        doc.path(smooth(pl.all([(c[0] - 2, c[1] - 10), (c[0], c[1]), (c[0] + 1, c[1] + 9)]), closed=False),
                 stroke=m.skin_shade, width=2.4, opacity=0.6 * knit)


def hair_back(doc: Doc, pl: Place, m: Model, fall: float = 560) -> None:
    if m.she:
        pts = [(-70, -380), (-150, -450), (-290, -450), (-390, -350), (-410, -160), (-380, 60), (-360, fall - 60),
               (-420, fall), (-520, fall - 20), (-500, 200), (-470, -60), (-420, -250), (-300, -200), (-220, -140)]
    else:
        pts = [(-80, -400), (-170, -470), (-300, -470), (-400, -380), (-410, -200), (-370, -80), (-300, -140),
               (-200, -190)]
    g = doc.lin(pl((-100, -300)), pl((-450, 100)), [(0, m.hair_lit, 1), (0.4, m.hair, 1), (1, m.hair_dark, 1)])
    doc.path(smooth(pl.all(pts), tension=0.8), fill=g, stroke=m.hair_dark, width=2)
    if m.she:
        # the long fall behind the shoulders: a soft sheen down it, then strands lit where they turn
        psoft(doc, pl, (-440, 120), 40, 260, m.hair_lit, 0.25, rot=4)
        for k in range(16):
            o = 8 + k * 6.5
            lit = k % 3 != 2
            col = m.hair_lit if lit else m.hair_dark
            doc.path(smooth(pl.all([(-400 - o * 0.4, -200), (-420 - o * 0.5, 0), (-400 - o * 0.8, 250),
                                    (-380 - o, fall - 80 + (k * 23 % 40))]), closed=False),
                     stroke=col, width=1.4 + (k % 3) * 0.8, opacity=0.45 if lit else 0.5)


# the hair over the head (drawn over the skin): hers parted high, swept back over the temple and
# behind the ear; his a short crop swept back from the brow over the crown and down the back of the
# skull to the nape behind the ear (not a cap on top of a bare skull, which made his head read huge)
HAIR_FRONT_HER: list[P] = [
    (-60, -330), (-78, -390), (-160, -446), (-300, -440), (-392, -330), (-400, -150), (-372, 40), (-330, 160),
    (-300, 200), (-290, 60), (-296, -60), (-250, -170), (-180, -230), (-110, -290)]
HAIR_FRONT_HIM: list[P] = [
    (-58, -364), (-70, -396), (-110, -440), (-178, -478), (-206, -508), (-226, -480), (-286, -484), (-318, -506),
    (-330, -468), (-388, -420), (-414, -320), (-406, -200), (-388, -120), (-344, -62), (-302, -38), (-288, -76),
    (-291, -150), (-276, -196), (-244, -252), (-204, -306), (-156, -336), (-118, -316), (-108, -350), (-76, -358)]


# the brightest of her hair's sheen (the kiss): a muted chestnut's highlight (the old orange #e8a868 and
# #f0b478 lifted the crown to a ginger the wides never show, 73 against 72/74)
HER_SHEEN = "#c89070"


def hair_front(doc: Doc, pl: Place, m: Model, fringe: bool = True) -> None:
    """The hair over the head. `fringe` False (his, in the gaze): no fine strands or pointed fringe hang
    past the hairline onto his forehead (at the gaze's scale they read as black hooks, review9 #4); the
    shot lays its own soft locks there."""
    if m.she:
        # parted high, swept back over the temple and behind the ear, strands falling behind
        pts = HAIR_FRONT_HER
        g = doc.lin(pl((-70, -420)), pl((-380, -60)), [(0, m.hair_lit, 1), (0.45, m.hair, 1), (1, m.hair_dark, 1)])
        doc.path(smooth(pl.all(pts), tension=0.85), fill=g, stroke=m.hair_dark, width=2)
        # the sheen where the crown's curve turns to the light, and the shade low at the back of the head
        psoft(doc, pl, (-190, -392), 130, 34, m.hair_lit, 0.4, rot=-14)
        psoft(doc, pl, (-150, -410), 60, 14, HER_SHEEN, 0.3, rot=-20)
        psoft(doc, pl, (-360, -60), 60, 150, m.hair_dark, 0.35)
        # strands swept back from the parting, in two lights, the nearest catching the candle
        for k in range(22):
            o = k * 5.5 + (k * 37 % 11)
            lit = k % 3 != 1
            col = (HER_SHEEN if o < 40 else m.hair_lit) if lit else m.hair_dark
            doc.path(smooth(pl.all([(-84 - o, -344 + o * 0.3), (-180 - o, -334 + o), (-282 - o * 0.5, -232 + o * 1.5),
                                    (-330 - o * 0.3, -40 + o * 2), (-318 - o * 0.2, 120 + o * 1.2)]), closed=False),
                     stroke=col, width=1.4 + (k % 4) * 0.6, opacity=0.3 + 0.4 * (1 - k / 22) if lit else 0.45)
    else:
        # black locks: a short crop left uncombed, points falling over the brow and sticking up
        # as in the wides: black hair swept back from the brow over the crown to the nape, two soft
        # locks over the forehead and a couple of tufts standing on top (not a zigzag fringe)
        pts = HAIR_FRONT_HIM if fringe else [*HAIR_FRONT_HIM[:-3], (-124, -334), (-100, -352), (-76, -360)]
        g = doc.lin(pl((-60, -480)), pl((-400, -150)), [(0, m.hair_lit, 1), (0.5, m.hair, 1), (1, m.hair_dark, 1)])
        doc.path(smooth(pl.all(pts), tension=0.75), fill=g, stroke=m.hair_dark, width=2)
        # locks: a sheen where the crown turns to the light, strands combed back and falling forward
        psoft(doc, pl, (-200, -420), 110, 40, "#8a7464", 0.35, rot=-8)
        psoft(doc, pl, (-150, -440), 60, 16, "#b09a88", 0.3, rot=-16)       # the brightest of it, on the turn
        psoft(doc, pl, (-330, -250), 70, 120, "#3a4458", 0.22)                # the window's cool on the back
        rng = random.Random(29)
        for _ in range(30):  # fine strands swept back over the side of the head from the brow to the nape
            x0, y0 = rng.uniform(-100, -220), rng.uniform(-430, -330)
            t = (y0 + 430) / 100
            ey = -220 + 110 * t + rng.uniform(-20, 10)  # (the nape's edge turns in below -120: kept inside it)
            end = (rng.uniform(-392, -370) + max(0.0, ey + 150) * 0.5, ey)
            mid = ((x0 + end[0]) / 2 - 10, (y0 + end[1]) / 2 - rng.uniform(30, 60))
            col = rng.choice(("#5a4a42", "#3a302c", "#6e5c52", "#141010"))
            doc.path(smooth(pl.all([(x0, y0), mid, end]), closed=False), stroke=col,
                     width=round(rng.uniform(1.0, 2.2), 1), opacity=round(rng.uniform(0.25, 0.45), 2))
        for k in range(10 if fringe else 0):
            x0 = -80 - k * 22
            bend = 30 + (k * 17 % 24)
            col = "#7a6656" if k % 3 else "#2a2220"
            doc.path(smooth(pl.all([(x0, -420 - (k * 13 % 24)), (x0 - bend, -380 + (k * 7 % 20)),
                                    (x0 - bend * 1.5, -320 + k * 4)]), closed=False),
                     stroke=col, width=1.6 + (k % 3) * 0.7, opacity=0.55)
        for a, b, c in [((-70, -380), (-62, -340), (-48, -318)), ((-110, -380), (-108, -330), (-96, -300)),
                        ((-150, -400), (-160, -340), (-152, -306))] if fringe else []:
            doc.path(smooth(pl.all([a, b, c]), closed=False), stroke="#6a5a50", width=2, opacity=0.5)
