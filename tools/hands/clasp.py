"""hands_intertwined (63/64) and hands_tighten (71): her hand into his, fingers between fingers."""

from __future__ import annotations

import math
import os
from collections.abc import Sequence

from tools.hands import fingerform, paint
from tools.hands.geometry import (
    HER,
    HIS,
    INSERTS,
    Skin,
    add,
    default_fingers,
    f,
    finger,
    finger_geom,
    hand_back,
    mul,
    norm,
    palm_outline,
    set_light,
    smooth_path,
    soft_shadow,
    sub,
    write,
)
from tools.hands.geometry import Doc as Doc
from tools.hands.geometry import FingerSpec as FingerSpec
from tools.hands.geometry import HandSpec as HandSpec
from tools.hands.geometry import P as P
from tools.hands.geometry import TransformFn as TransformFn
from tools.hands.geometry import Xf as Xf
from tools.hands.parts import bracelet, forearm, his_sleeve, wrist_blend

ROOT = str(INSERTS) + "/"
# the table candle stands beyond the clasp and to his side (upper right in the frame)
LIGHT_CLASP = (0.55, -0.83)

HER_XF = Xf(528, 468, rot=-2, s=1.62)
# his hand palm up under hers, tilted down into the clasp (so foreshortened along its length): from
# above one sees his inner wrist and the heel of his palm, the rest under her hand
HIS_XF = Xf(1196, 478, rot=182, s=1.74, mirror=True, sx=0.72)
# one skin for his whole hand (palm, fingers, thumb, wrist): a warm tan deeper than hers, so the
# tone difference across the clasp is between him and her, never between his fingers and his own
# palm (review8 #5: "his laced fingers darker than his own palm")
HIS_SKIN = Skin("#c8926c", "#a86e4e", "#6a4028", "#3b2418", "#8e5c42", "#dcae94", "#f0ccb4", "#e2b696")
HIS_PALM = HIS_SKIN

# The interlace, in her hand's frame at the middle of the clasp (local x = LANE_X): eight lanes
# one finger wide, alternating his, hers, his, hers... top (thumbs' side) to bottom, so each of
# his fingers lies between two of hers (and the reverse), their sides just touching.
LANE_W = 28.0
HER_LANES = [-84.0, -28.0, 28.0, 82.0]   # her fingers, spread apart by his between them
HIS_LANES = [-110.0, -56.0, 0.0, 55.0]   # his: index above hers (hugging the edge of her hand), then between
HER_MCP = [(196.0, -84.0), (212.0, -28.0), (206.0, 28.0), (188.0, 82.0)]
HER_W = [30.0, 31.0, 29.0, 25.0]
HER_LENS = [(66, 36, 20), (74, 40, 22), (69, 38, 20), (52, 30, 17)]  # the distal phalanges curl down, foreshortened


def _her_finger(i: int) -> FingerSpec:
    return FingerSpec(HER_MCP[i], [-2.0, 0.0, 2.0, 5.0][i], HER_LENS[i], HER_W[i], (3.0, 4.0), "back", taper=0.8)


HER_FINGERS = [_her_finger(i) for i in range(4)]

def her_back() -> Doc:
    her = HandSpec(HER_XF, HER)
    her.fingers = HER_FINGERS
    # her thumb along the top of the clasp, out past the edge of her hand (both thumbs show: his
    # crosses over her index, hers lies under his index toward his hand)
    her.thumb = FingerSpec((64, -74), -34, (66, 50), 38, (14,), "back", taper=0.72)
    d = Doc()
    soft_shadow(d, [her.xf(p) for p in palm_outline(her.fingers)], (8, 12), 14, 0.5)
    forearm(d, her, length=520)  # bare to past the frame: her sleeves are short and puffed (the wides)
    # the webs between her finger roots, under the back of her hand (skin, not gaps to what lies
    # beneath her hand as she places it; in the clasp web.svg lies over them)
    web = [HER_XF(p) for p in [(150, -96), (222, -98), (236, -56), (240, 0), (234, 56), (214, 92), (150, 90)]]
    g = d.lin(HER_XF((186, 0)), HER_XF((240, 0)), [(0, HER.mid, 1), (0.7, HER.dark, 1), (1, HER.dark, 0.9)])
    d.add(f'<path d="{smooth_path(web, tension=0.6)}" fill="{g}"/>')
    finger(d, her.thumb, her.xf, her.skin)  # under the back of her hand, which covers its root (no seam)
    hand_back(d, her, tendons=0.0, knuckle_glow=0.35)
    paint.model_back(d, her, shade=0.6)
    bracelet(d, her.xf)
    return d


def her_white() -> Doc:
    """Line 71: her knuckles blanching as she grips: a pale, soft film over each big knuckle and
    the crown of each bent finger (pressure-pale skin, no glow or dots); faded in as she tightens."""
    d = Doc()
    for i in range(4):
        cp, ws, _ = finger_geom(_her_curled(i), HER_XF)
        c = add(cp[0], mul(norm(sub(cp[1], cp[0])), ws[0] * 0.3))
        r = ws[0] * 0.62
        d.add(f'<ellipse cx="{c[0]:.1f}" cy="{c[1]:.1f}" rx="{r:.1f}" ry="{r:.1f}" '
              f'fill="{d.rad(c, r, [(0, "#f3e0d2", 0.42), (0.6, "#f3e0d2", 0.22), (1, "#f3e0d2", 0)])}"/>')
    return d

def her_web(reach: float = 0.0) -> Doc:
    """The webs between her spread fingers, deep in the clasp: shadowed skin (his palm under
    hers), so between two fingers one sees the hands, never the table. Shown once their
    fingers are between each other's (in the placing it would be a slab under her fingers)."""
    d = Doc()
    web = [HER_XF(p) for p in [(188, -96), (226, -102), (258, -96), (266, 0), (258, 96), (226, 100), (184, 94)]]
    # (its shade starting past her knuckles: from x 184 it darkened the back of her hand in front of
    # each knuckle, a dark collar round the root of each bent finger, review8 #5)
    g = d.lin(HER_XF((204, 0)), HER_XF((266, 0)), [(0, HER.mid, 0), (0.35, HER.dark, 0.9), (1, "#2a160e", 0.95)])
    d.add(f'<path d="{smooth_path(web, tension=0.7)}" fill="{g}"/>')
    if reach > 0:
        # (line 71) beyond the deep end, his palm's shaded skin, so as the hands press further into
        # each other (his fingers' roots sliding off it) one sees his palm there, not a dark seam
        x0, x1 = 250.0, 266.0 + reach
        # (rounded at its ends like the webs, so no straight edge shows above or below the clasp)
        band = [HER_XF(p) for p in [(x0, -86), (x1 - 8, -80), (x1, -40), (x1 + 2, 0), (x1, 40), (x1 - 8, 78), (x0, 84)]]
        g2 = d.lin(HER_XF((x0, 0)), HER_XF((x1, 0)), [(0, HIS_PALM.dark, 0), (0.3, HIS_PALM.dark, 0.9), (0.65, HIS_PALM.mid, 0.7), (1, HIS_PALM.mid, 0)])
        d.add(f'<path d="{smooth_path(band, tension=0.7)}" fill="{g2}"/>')
    return d


def _her_curled(i: int) -> FingerSpec:
    """Her finger i deep in the clasp: palm to palm with his, it bends down at her knuckle between
    two of his fingers and wraps the back of his hand, out of sight under it; from above one sees
    its first phalanx, foreshortened, and the rounded middle knuckle where it turns down (no nail)."""
    a, b, _ = HER_LENS[i]
    k = (0.45, 0.45, 0.5, 0.65)[i]  # each reaches about as far (the little finger's root sits back)
    base = (HER_MCP[i][0], HER_MCP[i][1] + (0.0, 0.0, -2.0, -5.0)[i])  # pressed against his fingers, no gap
    return FingerSpec(base, [-1.0, 0.0, 1.0, 1.5][i], (a * k, b * 0.15, 2.0), HER_W[i] * 1.2, (-4.0, 0.0),
                      "back", nail=False, taper=0.94)


# the back of her hand just behind each knuckle (her.svg there, index to little finger, ~241,213,193
# down to ~202,160,140: the far fingers lie in the hand's shade), so each bent finger starts in the
# tone it leaves, never a paler cap
ROOT_TONES = ("#f1d5c1", "#ebcbb7", "#e2bfaa", "#caa08c")
ROOT_BACK = 10.0  # each bent finger's form starts this far back over the back of her hand (design units)


def _stub(d: Doc, i: int) -> None:
    """Her finger i bent down between two of his, seen from above: one soft form running on from
    the back of her hand (no outline where it leaves it, no pad, no wrinkles: drawn as a capsule
    with its own rim and creases it read as a wooden mannequin's segment), rising gently over her
    knuckle and rolling away into the shadow between his fingers where it turns down round the
    back of his hand. Only its sides are lined, faintly, fading in, so it parts from his fingers.
    (review8 #5, "rounded caps with a pointed collar": the form began exactly at her knuckle, past
    the dark webs, in a paler tone than the hand behind it, and its edge shading started in a
    cut with two corners; it now starts ROOT_BACK over the back of her hand, in that hand's tone.)"""
    fs = _her_curled(i)
    a = math.radians(fs.ang)
    ext = FingerSpec((fs.base[0] - ROOT_BACK * math.cos(a), fs.base[1] - ROOT_BACK * math.sin(a)), fs.ang,
                     (fs.lens[0] + ROOT_BACK, *fs.lens[1:]), fs.w, fs.bends, fs.show, fs.nail, fs.taper)
    cp, ws, _ = finger_geom(ext, HER_XF)
    sh = fingerform.shape(cp, ws[0], fs.taper)
    n = len(sh.centre)
    root = sh.centre[0]  # (not sh.root, the point behind the root a palm's fill runs back to: here
    # that point drew the pointed collar, review8 #5)
    tip = sh.tip
    total = sum(ext.lens)
    # over the part on the back of her hand the form narrows to the lane between his fingers, and
    # widens over her knuckle: the knuckle a gentle rise, the finger running on from the hand
    run = [0.0]
    for j in range(1, n):
        run.append(run[-1] + math.dist(sh.centre[j - 1], sh.centre[j]))
    back_px = ROOT_BACK * HER_XF.s
    pinch = [min(1.0, 0.8 + 0.2 * (r / back_px) ** 0.7) for r in run]
    left = [add(c, mul(nn, h * p)) for c, nn, h, p in zip(sh.centre, sh.normal, sh.half, pinch, strict=True)]
    right = [sub(c, mul(nn, h * p)) for c, nn, h, p in zip(sh.centre, sh.normal, sh.half, pinch, strict=True)]

    def at(u: float) -> float:
        """A place along the old (knuckle-rooted) finger, 0-1, on the extended form."""
        return (ROOT_BACK + u * (total - ROOT_BACK)) / total
    # the dark gap it dives into, between his fingers, just past its end
    al = sh.along[-1]
    e = sub(tip, mul(al, sh.half[-1] * 0.6))
    r = sh.half[-1] * 1.2
    d.add(f'<ellipse cx="{e[0]:.1f}" cy="{e[1]:.1f}" rx="{r:.1f}" ry="{r:.1f}" '
          f'fill="{d.rad(e, r, [(0, "#1a0b06", 0.8), (0.6, "#1a0b06", 0.45), (1, "#1a0b06", 0)])}"/>')
    path = smooth_path([*left, *sh.cap[1:-1], *right[::-1]], tension=1.0)
    tone = ROOT_TONES[i]
    # along: in the tone of the back of her hand where it starts (a short fade: a long one smeared),
    # a gentle rise of light over her knuckle, her mid tone, a soft rise over the middle joint where
    # it curls over his knuckles, then turning down into shade (a bent joint, not a cut)
    along = d.lin(root, tip, [(0, tone, 0), (5.5 / total, tone, 1), (at(0.12), tone, 1), (at(0.35), "#e2b092", 1),
                              (at(0.55), HER.mid, 1), (at(0.7), "#e4b496", 1), (at(0.86), HER.mid, 1), (1, HER.dark, 1)])
    d.add(f'<path data-stub="{i}" d="{path}" fill="{along}"/>')
    # the end turning down: a soft shade over the last third, deepest at the end
    k = sh.centre[max(0, n - n // 3 - 1)]
    d.add(f'<path d="{path}" fill="{d.lin(k, tip, [(0, "#2a140c", 0), (1, "#2a140c", 0.75)])}"/>')
    # across: lit on the flame's side, the far side in shade, each a soft stroke just inside the
    # edge that fades in from the knuckle (a trimmed fill started in two pointed corners)
    mid = n // 2
    nn = sh.normal[mid]
    sign = 1.0 if nn[0] * LIGHT_CLASP[0] + nn[1] * LIGHT_CLASP[1] > 0 else -1.0
    w = sh.half[mid]
    k0 = n // 4
    for side, col, op in ((sign, HER.nail_hi, 0.3), (-sign, HER.dark, 0.4)):
        inner = [add(sh.centre[j], mul(sh.normal[j], side * sh.half[j] * 0.7)) for j in range(k0, n - 1)]
        g = d.lin(sh.centre[k0], sh.centre[n - 1], [(0, col, 0), (0.35, col, op), (1, col, op)])
        d.add(f'<path d="{smooth_path(inner, closed=False)}" stroke="{g}" stroke-width="{w * 0.5:.1f}" '
              f'fill="none" stroke-linecap="round"/>')
    # her knuckle: a broad faint rise of light toward the flame (skin over bone, not a stud)
    lit = mul(sh.normal[mid], sign)
    kc = add(add(HER_XF(fs.base), mul(sh.along[0], w * 0.5)), mul(lit, w * 0.2))
    d.add(f'<ellipse cx="{kc[0]:.1f}" cy="{kc[1]:.1f}" rx="{w * 0.8:.1f}" ry="{w * 0.8:.1f}" '
          f'fill="{d.rad(kc, w * 0.8, [(0, HER.nail_hi, 0.2), (1, HER.nail_hi, 0)])}"/>')
    for side_pts in (left, right):
        q = side_pts[n // 4:]
        g = d.lin(q[0], q[-1], [(0, HER.line, 0), (0.3, HER.line, 0.35), (1, HER.line, 0.35)])
        d.add(f'<path d="{smooth_path(q, closed=False)}" stroke="{g}" stroke-width="1.6" '
              f'fill="none" stroke-linecap="round"/>')


def her_fingers(open_: bool = False, only: Sequence[int] = range(4)) -> Doc:
    """Her fingers (those in `only`): straight, lying over his open palm while she places her hand
    (`open_`), then bent down between his (each drawn solid by _stub), their tips round the back
    of his hand. Drawn one finger at a time for the lacing, where they settle one after another."""
    d = Doc()
    if not open_:
        for i in only:
            _stub(d, i)
        return d
    for i in only:
        cp, ws, _ = finger_geom(HER_FINGERS[i], HER_XF)
        d.add(f'<path d="M{f(add(cp[1], (5, 8)))} L{f(add(cp[-1], (5, 8)))}" stroke="#000" stroke-width="{ws[1]*0.9:.1f}" stroke-linecap="round" opacity="0.22"/>')
    for i in sorted(only, reverse=True):
        finger(d, HER_FINGERS[i], HER_XF, HER)
    return d

def crease() -> Doc:
    """The deep crease where the hands meet, its own part over her bent fingers (so it never counts
    as her fingers): her fingers turning down and his rising from his palm both fall into one soft
    shade there, so neither shows a cut end."""
    d = Doc()
    # (wider and deeper over his finger roots, fading out well inside its outline: at 0.5 his
    # roots showed through as dark arrow-shaped ends and the band's end as a hard vertical edge
    # on his palm, review8 #5)
    # (its far side fades over ~60 px onto his palm: a quicker fade read as a hard vertical edge)
    band = [HER_XF(p) for p in [(246, -90), (290, -86), (326, -56), (332, 0), (326, 60), (290, 80), (246, 86)]]
    g = d.lin(HER_XF((240, 0)), HER_XF((332, 0)), [(0, "#2a140c", 0), (0.2, "#2a140c", 0.6), (0.4, "#2a140c", 0.6),
                                                  (0.6, "#2a140c", 0.34), (0.8, "#2a140c", 0.12), (1, "#2a140c", 0)])
    d.add(f'<path d="{smooth_path(band, tension=0.7)}" fill="{g}"/>')
    return d


def his_palm() -> tuple[Doc, HandSpec]:
    him = HandSpec(HIS_XF, HIS_PALM, show="palm")
    him.fingers = default_fingers(show="palm", spread=6)
    # the palm side's edge at the finger roots is one smooth pad line (the knuckle notches of
    # palm_outline belong to the back of a hand; here they showed as dark teeth between her fingers)
    him.palm_pts = [(-10, -50), (70, -76), (125, -90), (174, -88), (206, -72), (216, -34), (218, 8), (210, 44),
                    (192, 70), (150, 84), (70, 70), (-10, 52)]
    d = Doc()
    forearm(d, him)
    # his inner wrist in the palm's own warm shade, fading up the arm (the arm under the room's key
    # read paler and yellower than the palm it runs into: two skins on one hand, review8 #5)
    wr = [him.xf(p) for p in [(-240, -62), (-120, -58), (0, -52), (34, -62), (34, 62), (0, 52), (-120, 58), (-240, 62)]]
    gw = d.lin(him.xf((30, 0)), him.xf((-240, 0)), [(0, HIS_SKIN.mid, 0.5), (0.45, HIS_SKIN.mid, 0.22), (1, HIS_SKIN.mid, 0)])
    d.add(f'<path d="{smooth_path(wr, tension=0.5)}" fill="{gw}"/>')
    hand_back(d, him, palm_lines=0.0)  # (the palm's lines read as seams on the heel, review8 #5)
    paint.model_palm(d, him)
    wrist_blend(d, him, 300, reach=50, round_=False)  # the arm's tone carried onto the heel: no step at the wrist
    # her hand lies over the fingers' end of his palm: its shadow, deep at her fingers, fading
    # toward his wrist
    a, b = him.xf((230, 0)), him.xf((90, 0))
    shade = [him.xf(p) for p in him.palm_pts]
    d.add(f'<path d="{smooth_path(shade, tension=0.8)}" '
          f'fill="{d.lin(a, b, [(0, "#1e0e08", 0.2), (0.5, "#1e0e08", 0.03), (1, "#1e0e08", 0)])}"/>')
    his_sleeve(d, him.xf)
    return d, him

def his_open_fingers(only: Sequence[int] = range(4)) -> Doc:
    """His open fingers under her hand as she places it (those in `only`: each leaves, cut, as it
    starts to slide up between hers)."""
    him = HandSpec(HIS_XF, HIS, show="palm")
    every = default_fingers(show="palm", spread=7, bends=[(-4, -3), (-3, -2), (-4, -3), (-5, -4)])
    fingers = [every[i] for i in sorted(only)]
    d = Doc()
    for fs in fingers[::-1]:
        cp, ws, _ = finger_geom(fs, him.xf)
        d.add(f'<path d="M{f(add(cp[0], (20, 30)))} L{f(add(cp[-1], (20, 30)))}" stroke="#000" stroke-width="{ws[1]*1.2:.1f}" stroke-linecap="round" opacity="0.3"/>')
    for fs in fingers[::-1]:
        finger(d, fs, him.xf, HIS_PALM)
    return d

THUMB_BASE = (386.0, -30.0)  # his thumb's root (HIS_XF((70, -66))) in her hand's frame


def his_thumb() -> tuple[Doc, P]:
    """His thumb closed over her hand: from the ball of his thumb, across the back of her index
    finger toward her knuckles, nail up (the toml turns it up, open, before the clasp)."""
    t = FingerSpec(THUMB_BASE, 194.0, (88, 60), 50, (6,), "back", taper=0.66)
    d = Doc()
    cp, ws, _ = finger_geom(t, HER_XF)
    d.add(f'<path d="M{f(add(cp[1], (4, 7)))} L{f(add(cp[-1], (4, 7)))}" stroke="#000" stroke-width="{ws[1]*0.8:.1f}" stroke-linecap="round" opacity="0.22"/>')
    # solid, its root under the ball of his thumb (his.svg's thenar mound is drawn over its start)
    finger(d, t, HER_XF, HIS_SKIN, open_base=True)
    # the ball of his thumb over its root, the palm's skin running on into it (no cut edge): a
    # soft patch of the palm's tone, centred inside the palm so it never spills onto the table
    inward = norm(sub(HIS_XF((110, 0)), cp[0]))
    r = ws[0] * 0.75
    b = add(cp[0], mul(inward, r * 0.35))
    d.add(f'<ellipse cx="{b[0]:.1f}" cy="{b[1]:.1f}" rx="{r:.1f}" ry="{r:.1f}" '
          f'fill="{d.rad(b, r, [(0, HIS_PALM.light, 0.9), (0.6, HIS_PALM.mid, 0.5), (1, HIS_PALM.mid, 0)])}"/>')
    return d, HER_XF(THUMB_BASE)


TIP_BASE_X = 268.0  # his finger roots: at his palm's edge, under the middle of her fingers
TIP_W = [31.0, 32.0, 30.0, 27.0]
TIP_LENS = [(74, 50, 38), (80, 54, 40), (75, 51, 38), (58, 40, 31)]


def tip_spec(i: int, curl: float = 0.0) -> FingerSpec:
    """His finger i (index at the top) from its lane between hers, straight over her knuckles and
    the back of her hand; the outer ones bend in a little as they hug her hand. `curl` (0..1) is
    the grip of line 71: the two outer phalanges dig down round the back of her hand, so from
    above they are foreshortened (shorter), the finger pressed flatter (wider) and its middle
    knuckle standing up."""
    bend = [9.0, 3.0, -2.0, -7.0][i] * (1 + 0.6 * curl)
    a, b, c = TIP_LENS[i]
    lens = (a * (1 + 0.08 * curl), b * (1 - 0.3 * curl), c * (1 - 0.5 * curl))
    return FingerSpec((TIP_BASE_X, HIS_LANES[i]), 180.0 + [-3.0, -1.0, 1.0, 3.0][i], lens, TIP_W[i] * (1 + 0.07 * curl),
                      (bend, bend * 1.5), "back", taper=0.8 - 0.06 * curl)


# the backs of his fingers over her hand: a deeper, warmer tan than her skin (and than his palm),
# so across the clasp one reads his, hers, his, hers by colour, not only by outline (review7 #1:
# "two hands laid like combs": the same tone, his fingers read as hers)
HIS_BACK = HIS_SKIN
GRIP_WHITE = Skin("#f0ccb0", "#d4a282", "#9a6a50", "#3b2418", "#a87a62", "#ecc8b8", "#fbe8dc", "#fff4ec")  # blanched


def his_tip(i: int, white: float = 0.0, curl: float = 0.0) -> tuple[Doc, P]:
    """One of his fingers folded up between hers: from under her fingers, over her knuckles; with
    `curl` > 0 gripping (see tip_spec), the skin over the knuckles drained pale."""
    fs = tip_spec(i, curl)
    d = Doc()
    cp, ws, _ = finger_geom(fs, HER_XF)
    for wk, op in ((1.2, 0.05), (1.05, 0.06), (0.9, 0.08)):  # its shadow on her hand: close, soft (review6 #9)
        d.add(f'<path d="M{f(add(cp[1], (1.5, 3)))} L{f(add(cp[-1], (1.5, 3)))}" stroke="#000" stroke-width="{ws[1] * wk:.1f}" stroke-linecap="round" opacity="{op * (1 + 0.4 * curl):.3f}"/>')
    if curl > 0:
        # the fingertip pressing into the back of her hand: her skin dimpled round the pad (a soft
        # shade just beyond it), the pad flattened and the nail bed blanched toward its tip
        al = norm(sub(cp[-1], cp[-2]))
        dim, rr = add(cp[-1], mul(al, ws[-1] * 0.55)), ws[-1] * 0.7  # (fainter: at 0.4 it smeared the tip's edge)
        d.add(f'<ellipse cx="{dim[0]:.1f}" cy="{dim[1]:.1f}" rx="{rr:.1f}" ry="{rr:.1f}" '
              f'fill="{d.rad(dim, rr, [(0, "#5a3020", 0.0), (0.5, "#5a3020", 0.3 * curl), (1, "#5a3020", 0)])}"/>')
    # the root rises from his palm, between her fingers, into the light
    # (no dark root shade: while the finger slides out, drawn short, it ended in a dark arrow-shaped
    # notch, review8 #5; her fingers' crease band covers the roots)
    finger(d, fs, HER_XF, HIS_BACK, white=white, open_base=True)
    if curl > 0:
        # the knuckles standing up under the taut skin, blanched: a pale raised bump at each joint
        # with its shadow on the far side, the skin between them paler too
        d.add(f'<path d="M{f(cp[0])} L{f(cp[1])} L{f(cp[2])}" stroke="{GRIP_WHITE.light}" '
              f'stroke-width="{ws[1] * 0.55:.1f}" stroke-linecap="round" stroke-linejoin="round" fill="none" '
              f'opacity="{0.12 * curl:.2f}"/>')  # (0.45: a pale streak down each finger, review7 #4)
        # (a soft rise along the finger, not a round stud: circles, since a radial gradient in a
        # narrower ellipse ends in a hard chord): the joint's crown pale toward the light, the
        # finger dropping away past it into a little shade
        al = norm(sub(cp[-1], cp[0]))
        for j in (1, 2):  # (the last knuckle fainter: two equal pale bumps read as beads)
            c = cp[j]
            r = ws[j] * 0.5
            sh = add(c, mul(al, r * 0.9))
            d.add(f'<circle cx="{sh[0]:.1f}" cy="{sh[1]:.1f}" r="{r:.1f}" '
                  f'fill="{d.rad(sh, r, [(0, "#3a2014", 0.28 * curl), (1, "#3a2014", 0)])}"/>')
            k = sub(add(c, (0, -ws[j] * 0.08)), mul(al, r * 0.1))
            d.add(f'<circle cx="{k[0]:.1f}" cy="{k[1]:.1f}" r="{r:.1f}" '
                  f'fill="{d.rad(k, r, [(0, GRIP_WHITE.knuckle, (0.34 if j == 1 else 0.1) * curl), (0.5, GRIP_WHITE.light, (0.2 if j == 1 else 0.06) * curl), (1, GRIP_WHITE.light, 0)])}"/>')
        al = norm(sub(cp[-1], cp[-2]))
        nb = sub(cp[-1], mul(al, ws[-1] * 0.15))
        d.add(f'<ellipse cx="{nb[0]:.1f}" cy="{nb[1]:.1f}" rx="{ws[-1] * 0.3:.1f}" ry="{ws[-1] * 0.3:.1f}" '
              f'fill="{d.rad(nb, ws[-1] * 0.3, [(0, "#fff6f0", 0.35 * curl), (1, "#fff6f0", 0)])}"/>')
    return d, cp[0]


def knuckles(curl: float) -> list[P]:
    """His four middle knuckles (design px, before the parts' motions) at a grip of `curl`."""
    return [finger_geom(tip_spec(i, curl), HER_XF)[0][1] for i in range(4)]


def white_knuckles() -> Doc:
    """His gripping fingers drained paler: a flat pale film along the top of each finger over
    its knuckles (taut skin), not glowing dots."""
    d = Doc()
    for i in range(4):
        cp, ws, _ = finger_geom(tip_spec(i), HER_XF)
        d.add(f'<path d="M{f(cp[0])} L{f(cp[1])} L{f(cp[2])}" stroke="#f6e2d4" stroke-width="{ws[1]*0.5:.1f}" '
              f'stroke-linecap="round" stroke-linejoin="round" fill="none" opacity="0.3"/>')
        for j in (1, 2):
            k = add(cp[j], (-1, -2))
            d.add(f'<ellipse cx="{k[0]:.1f}" cy="{k[1]:.1f}" rx="{ws[j]*0.22:.1f}" ry="{ws[j]*0.3:.1f}" fill="#fbeee4" opacity="0.22"/>')
    return d

# Line 63's beats (seconds): her hand lands in his; then the lacing, her straight fingers cut
# for her fingers bending down between his, his open fingers cut as his fingers start sliding up
# between hers and over the back of her hand, one after another, each slid home by LACED.
LAND, LACE, LACED = 1.0, 1.1, 2.6
# (review8 #5: her four fingers bent and his four open fingers left in one cut at 1.1 s, so which
# hand lay on top swapped in a single frame) each pair of fingers trades places on its own beat,
# index first: at SETTLE[i] her finger i bends down between his and his finger i starts to slide
# up over her knuckles, so the lacing runs finger by finger over ~1 s
STAGGER = 0.3
SETTLE = [round(LACE + STAGGER * i, 2) for i in range(4)]
SLIDE_TIME = 0.9  # each of his fingers slides home over this long
SLIDE = 0.78  # his fingers start this much of their length out from their roots (between her
# knuckles) as they begin to slide between hers: grown from the root, so its end never shows


def _thumb_caress() -> str:
    """His thumb: open before the clasp, closing over her hand while the fingers lace, then
    (line 64, the warmth of the held clasp) slowly stroking the back of her hand."""
    keys: list[list[float]] = [[0, 0, 0, -40], [LACE, 0, 0, -40], [LACED + 0.4, 0, 0, 0]]
    return '[[part.motion]]\nkind = "keys"\nkeys = [' + ", ".join(
        "[" + ", ".join(f"{v:g}" for v in k) + "]" for k in keys) + "]\n" + _held(STROKE, STROKE_PERIOD)


# The held clasp (line 64) loops for as long as the line is read (a `keys` motion with a period; its
# keys held after 14 s froze line 64, which is shown seconds into the shot, review8 #24): his thumb
# strokes slowly back and forth over her knuckles (its tip travels ~40 px at 1080p), the hands press
# gently into each other and ease (a squeeze with the breath), and the candle's light drifts on the skin.
HELD = LACED + 0.4
STROKE = [(0.0, 0, 0, 0), (1.9, 6, 5, -11), (3.8, 0, 0, 0)]  # (s after HELD, dx, dy, rot)
STROKE_PERIOD = 3.8
SQUEEZE_PERIOD = 5.2
HER_SQUEEZE = [(0.0, 0, 0, 0), (2.2, 4, 1, -0.6), (SQUEEZE_PERIOD, 0, 0, 0)]
HIS_SQUEEZE = [(0.0, 0, 0, 0), (2.2, -4, 1, 0.4), (SQUEEZE_PERIOD, 0, 0, 0)]
GLOW_PERIOD = 6.8
GLOW = [(0.0, -40, -6, 0, 1, 0.55), (2.9, 36, 8, 0, 1, 1.0), (4.4, 20, 2, 0, 1, 0.8), (GLOW_PERIOD, -40, -6, 0, 1, 0.55)]


def _held(keys: Sequence[Sequence[float]], period: float) -> str:
    """A looping `keys` motion that starts once the clasp is held (HELD s) and repeats every `period`."""
    body = ", ".join("[" + ", ".join(f"{v:g}" for v in (round(HELD + k[0], 2), *k[1:])) + "]" for k in keys)
    return f'[[part.motion]]\nkind = "keys"\nperiod = {period:g}\nkeys = [{body}]\n'


def glow() -> Doc:
    """The table candle's light on the clasp: a soft warm pool over the hands (moved and dimmed by
    the toml, so the light drifts over the skin while they hold on)."""
    d = Doc()
    c, r = (1000.0, 400.0), 300.0
    d.add(f'<ellipse cx="{c[0]:.0f}" cy="{c[1]:.0f}" rx="{r:.0f}" ry="{r * 0.8:.0f}" '
          f'fill="{d.rad(c, r, [(0, "#ffd8a0", 0.2), (0.5, "#ffc080", 0.09), (1, "#ffc080", 0)])}"/>')
    return d


# the crease's shade deepens once all her fingers are down (a shade, so it may fade: over her
# straight fingers it drew a dark band, and cut in with her last finger it was the lacing's
# biggest one-frame change)
CREASE_IN = ('[[part.motion]]\nkind = "keys"\nkeys = [[0, 0, 0, 0, 1, 0], '
             f'[{SETTLE[3]:.2f}, 0, 0, 0, 1, 0], [{SETTLE[3] + 0.4:.2f}, 0, 0, 0, 1, 1]]\n')


def _window(a: float, b: float) -> str:
    """Alpha keys showing a part from `a` s until `b` s (cut in and out, never faded)."""
    keys = [(0.0, 0), (a - 0.001, 0), (a, 1), (b - 0.001, 1), (b, 0)]
    return ('[[part.motion]]\nkind = "keys"\nkeys = ['
            + ", ".join(f"[{t:.3f}, 0, 0, 0, 1, {v}]" for t, v in keys) + "]\n")


def toml_intertwined(tips: list[P], thumb: P) -> str:
    common = '[[part.motion]]\nkind = "breathe"\ndy = 5\nperiod = 4.4\n'
    her_keys = ('[[part.motion]]\nkind = "keys"\nkeys = [[0, -120, -70, 2, 1.05], '
                f'[{LAND}, 0, 0, 0, 1.0], [{LACED}, 8, 0, 0, 1.0], [6.0, 6, 0, 0, 1.0]]\n') + _held(HER_SQUEEZE, SQUEEZE_PERIOD)
    cut = ('[[part.motion]]\nkind = "keys"\nkeys = [[0, 0, 0, 0, 1, {a}], '
           f'[{LACE}, 0, 0, 0, 1, {{a}}], [{LACE + 0.001:.3f}, 0, 0, 0, 1, {{b}}]]\n')
    out = ['''# "She placed her hand in his, / the warmth of their connection radiating through their
# intertwined fingers." (lines 63, 64; one shot). Line 63: her hand comes down into his open
# palm (0-1 s); then the lacing (1.1-2.6 s): her straight fingers are cut for her fingers bent
# down between his (their tips round the back of his hand, out of sight), his open fingers are
# cut as his fingers slide up between hers, one after another, over her knuckles and onto the
# back of her hand, and her hand settles deeper into his; his thumb closes over her hand.
# Line 64: the held, relaxed clasp: the hands breathe and his thumb slowly strokes her hand.
# Parts are drawings in z-order (his palm, the back of her hand, his fingers, her fingers over
# their roots), so across the clasp the fingers alternate his, hers, his, hers.
# Drawn by tools/hands/clasp.py (see there to change them).
title = "She places her hand in his; their fingers intertwine"

[[part]]
svg = "back.svg"

[[part]]
svg = "his_fingers.svg"
pivot = [1000, 478]
''' + cut.format(a=1, b=0) + common + '''
''' + "".join(f'''
[[part]]
svg = "his_open{i}.svg"
pivot = [1000, 478]
''' + _window(SETTLE[0], SETTLE[i]) + common for i in range(1, 4)) + '''
[[part]]
svg = "his.svg"
pivot = [1290, 478]
''' + common + '''
[[part]]
svg = "her.svg"
pivot = [528, 468]
''' + her_keys + common + '''
[[part]]
svg = "web.svg"
pivot = [528, 468]
''' + her_keys + common + _window(SETTLE[2], 999.0)]  # (from 1.1 s it lay as a dark slab beside her still straight fingers)
    for i, (x, y) in enumerate(tips):
        t0 = SETTLE[i]  # one after another, index first
        out.append(f'''
[[part]]
svg = "his_tip{i}.svg"
pivot = [{x:.1f}, {y:.1f}]
[[part.motion]]
kind = "keys"
keys = [[0, 0, 0, 0, {SLIDE}, 0], [{t0 - 0.001:.3f}, 0, 0, 0, {SLIDE}, 0], [{t0:.2f}, 0, 0, 0, {SLIDE}, 1], [{t0 + SLIDE_TIME:.2f}, 0, 0, 0, 1, 1]]
''' + _held(HIS_SQUEEZE, SQUEEZE_PERIOD) + common)
    out.append('''
[[part]]
svg = "her_fingers_open.svg"
pivot = [528, 468]
''' + her_keys + common + cut.format(a=1, b=0))
    for i in range(1, 4):  # her straight fingers not yet bent, each until its own beat
        out.append(f'''
[[part]]
svg = "her_open{i}.svg"
pivot = [528, 468]
''' + her_keys + common + _window(SETTLE[0], SETTLE[i]))
    for i in range(3):  # her fingers already bent, until the last bends (then her_fingers.svg)
        out.append(f'''
[[part]]
svg = "her_bent{i}.svg"
pivot = [528, 468]
''' + her_keys + common + _window(SETTLE[i], SETTLE[3]))
    out.append('''
[[part]]
svg = "her_fingers.svg"
pivot = [528, 468]
''' + her_keys + common + _window(SETTLE[3], 999.0) + '''
[[part]]
svg = "crease.svg"
pivot = [528, 468]
''' + her_keys + common + CREASE_IN + f'''
[[part]]
svg = "his_thumb.svg"
pivot = [{thumb[0]:.1f}, {thumb[1]:.1f}]
''' + _thumb_caress() + common + '''
[[part]]
svg = "glow.svg"
pivot = [1000, 400]
''' + _held(GLOW, GLOW_PERIOD))
    return "".join(out)


# his fingers drawn at five curls, cut from one to the next as the squeeze comes on (steps of a
# quarter curl, ~9 px at the tip, read as the fingers closing, not as a pop)
GRIP_STAGES = (("", 0.0), ("_c1", 0.25), ("_c2", 0.5), ("_c3", 0.75), ("_grip", 1.0))
GRIP_AT = (0.95, 1.25, 1.55, 1.85)  # seconds at which each curl replaces the one before


def _squeeze(toward: float, turn: float = 0.0) -> str:
    """The squeeze's keys (dx toward the other hand, a little turn): press in (0.8-2.0 s), a pulse
    of extra pressure at 2.8 s and a smaller one at 4.4 s, each easing back to the held grip."""
    k = [(0, 0.0), (0.8, 0.0), (2.0, 1.0), (2.5, 1.0), (2.8, 1.45), (3.3, 1.0), (4.1, 1.0), (4.4, 1.3), (4.9, 1.0)]
    return ("[[part.motion]]\nkind = \"keys\"\nkeys = ["
            + ", ".join(f"[{t}, {toward * v:.1f}, 0, {turn * v:.2f}, 1]" for t, v in k) + "]\n")


def _stage_keys(stage: int) -> str:
    """Alpha keys showing one curl stage of his fingers at a time (a cut, never a fade)."""
    on = [0.0, *GRIP_AT, 99.0]
    a, b = on[stage], on[stage + 1]
    keys: list[list[float]] = [[0, 1 if stage == 0 else 0]]
    if stage > 0:
        keys += [[a - 0.001, 0], [a, 1]]
    if stage < len(GRIP_AT):
        keys += [[b - 0.001, 1], [b, 0]]
    return ("[[part.motion]]\nkind = \"keys\"\nkeys = ["
            + ", ".join(f"[{t:.3f}, 0, 0, 0, 1, {v}]" for t, v in keys) + "]\n")


# her knuckles blanch as the grip comes on (a highlight, so it may fade), and with each pulse
WHITEN = ('[[part.motion]]\nkind = "keys"\nkeys = [[0, 0, 0, 0, 1, 0], [0.8, 0, 0, 0, 1, 0], [2.0, 0, 0, 0, 1, 0.8], '
          '[2.8, 0, 0, 0, 1, 1], [3.3, 0, 0, 0, 1, 0.8]]\n')


def toml_tighten(tips: list[P], thumb: P) -> str:
    """Line 71: the clasp as it ends in 63/64, then both hands squeeze: the hands slide deeper into
    each other, his fingers curl down round her hand (three drawings, cut between) with their
    knuckles standing up and blanched, his thumb presses, a pulse of pressure, a shared tremble."""
    shake = '[[part.motion]]\nkind = "sway"\ndx = 1.6\ndy = 1.2\nperiod = 0.13\n[[part.motion]]\nkind = "breathe"\ndy = 5\nperiod = 4.4\n'
    out = ['''# "Their hands tightened around each other's, a silent promise of love and forgiveness."
# (line 71). The clasp of lines 63-64 held; at 0.8-2.0 s the two hands press deeper into each
# other (hers 15 px toward his, his palm 20 px toward hers, his fingers 22 px further over the back
# of her hand), his fingers curl down round her hand (drawn at five curls, cut at 0.95-1.85 s:
# the outer phalanges foreshortened, the knuckles standing up and blanched), her fingers close
# on his palm (a small turn) and her knuckles blanch (white_her), his thumb presses down; a pulse of extra pressure at 2.8 s and a
# smaller one at 4.4 s; the two hands tremble together (one shared sway).
# Drawn by tools/hands/clasp.py (see there to change them).
title = "Their hands tightening around each other's"

[[part]]
svg = "back.svg"

[[part]]
svg = "his.svg"
pivot = [1290, 478]
''' + _squeeze(-20) + shake + '''
''' + '\n'.join(f'''[[part]]
svg = "{name}.svg"
pivot = [528, 468]
''' + _squeeze(15) + shake for name in ("her", "web"))]
    for i, (x, y) in enumerate(tips):
        for stage, (suffix, _) in enumerate(GRIP_STAGES):
            out.append(f'''
[[part]]
svg = "his_tip{i}{suffix}.svg"
pivot = [{x:.1f}, {y:.1f}]
''' + _squeeze(-22) + _stage_keys(stage) + shake)
    out.append('''
[[part]]
svg = "her_fingers.svg"
pivot = [528, 468]
''' + _squeeze(15, -1.0) + shake + '''
[[part]]
svg = "crease.svg"
pivot = [528, 468]
''' + _squeeze(15, -1.0) + shake + '''
[[part]]
svg = "white_her.svg"
pivot = [528, 468]
''' + _squeeze(15, -1.0) + WHITEN + shake + f'''
[[part]]
svg = "his_thumb.svg"
pivot = [{thumb[0]:.1f}, {thumb[1]:.1f}]
[[part.motion]]
kind = "keys"
keys = [[0, 0, 0, 0], [0.9, 0, 0, 0], [2.0, -10, 10, -10], [2.5, -10, 10, -10], [2.8, -14, 13, -13], [3.3, -10, 10, -10]]
''' + shake)
    return "".join(out)


def main() -> None:
    set_light(LIGHT_CLASP)
    for name in ("hands_intertwined", "hands_tighten"):
        out = ROOT + name + "/"
        for old in os.listdir(out):
            if old.endswith(".svg") and old != "back.svg":
                os.remove(out + old)
        write(out + "his_fingers.svg", his_open_fingers().svg())
        d, _ = his_palm()
        write(out + "his.svg", d.svg())
        write(out + "her.svg", her_back().svg())
        write(out + "web.svg", her_web().svg())
        write(out + "her_fingers.svg", her_fingers().svg())
        write(out + "crease.svg", crease().svg())
        if name == "hands_intertwined":
            write(out + "her_fingers_open.svg", her_fingers(open_=True).svg())
            for i in range(1, 4):  # the lacing, finger by finger (see SETTLE)
                write(out + f"her_open{i}.svg", her_fingers(open_=True, only=[i]).svg())
                write(out + f"his_open{i}.svg", his_open_fingers(only=[i]).svg())
            for i in range(3):
                write(out + f"her_bent{i}.svg", her_fingers(only=[i]).svg())
            write(out + "glow.svg", glow().svg())
        d, _ = his_thumb()
        write(out + "his_thumb.svg", d.svg())
        for i in range(4):
            d, _ = his_tip(i)
            write(out + f"his_tip{i}.svg", d.svg())
        write(out + "white.svg", white_knuckles().svg())
        if name == "hands_tighten":
            os.remove(out + "white.svg")  # the grip drawings carry their own blanching
            write(out + "web.svg", her_web(reach=44).svg())
            write(out + "white_her.svg", her_white().svg())
            for suffix, curl in GRIP_STAGES[1:]:
                for i in range(4):
                    d, _ = his_tip(i, white=curl, curl=curl)
                    write(out + f"his_tip{i}{suffix}.svg", d.svg())
        tips = [his_tip(i)[1] for i in range(4)]
        if name == "hands_intertwined":
            write(out + "insert.toml", toml_intertwined(tips, his_thumb()[1]))
        else:
            os.remove(out + "his_fingers.svg")
            write(out + "insert.toml", toml_tighten(tips, his_thumb()[1]))
