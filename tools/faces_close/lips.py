"""trembling_lips (story line 19): her lower face, close, modelled with soft light instead of lines.

At this scale any drawn line on the skin reads as a ruled grid, so the nose, the philtrum,
the folds beside the mouth and the chin are each a few soft-edged ellipses of light or
shade (svgkit.soft). Her chestnut hair frames the face in many fine strands of two lights.
The lips are soft-edged (feathered: their outer edges fade into the skin over several px and
their corners over several times that, review10 #10: sticker lips with hard edges). The mouth is
drawn whole in poses (mouth(): the corners pulled down in four levels, the lower lip up, at rest or
down) and the chin in four levels of tightening (chin()); the shot cuts from pose to pose, each an
opaque drawing shown or not (lips_motion.py times them and writes insert.toml): moved as rigid
parts, the lips trembled ~2 px and their corners could not bend (review11 #10).
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from itertools import pairwise
from pathlib import Path

from tools.faces_close import beats, lips_motion
from tools.faces_close.svgkit import Doc, P, f, smooth, soft

SHADE = "#7a3420"
DEEP = "#4a1a10"
LIGHT = "#ffe6cc"
# her skin and hair as the wides show them (tear.py: the room's light dims and greys an insert, so the
# drawing is warmer than it shows; the old #f8d8c0 showed as a grey (135,100,74))
SKIN = [(0, "#ffc096", 1.0), (0.4, "#f09f70", 1.0), (0.72, "#c46e4a", 1.0), (1, "#7a3a22", 1.0)]
# (a muted chestnut: the warm light deepens saturation, and #b45626 rendered 19's hair at saturation 0.84
# against the wides' 0.63-0.73 at 18/20, an orange between two brown-haired wides)
HAIR, HAIR_DARK = "#b0643c", "#683620"


def face() -> str:
    d = Doc()
    d.body.append("<!-- Her lower face, close, modelled by soft light and shade (no lines on the skin); the "
                  "mouth and the chin's tightening are drawn pose by pose (mouth_*.svg, chin_*.svg). -->")
    neck = d.lin((0, 700), (0, 1080), [(0, "#5a2814", 1), (1, "#a85a36", 1)])
    d.path("M 700,700 C 760,860 800,980 780,1100 L 1300,1100 C 1270,980 1290,860 1330,700 Z", fill=neck)
    skin = d.rad((990, 360), 720, SKIN)
    outline = ("M 470,-20 L 1460,-20 C 1470,250 1440,520 1310,690 C 1210,820 1110,888 1000,896 "
               "C 880,894 760,826 680,706 C 570,548 500,300 470,-20 Z")
    d.path(outline, fill=skin)
    # the cheeks turn away from the light into shade at both sides; the jaw rounds under
    soft(d, (540, 380), 170, 520, "#5a2c1e", 0.45, core=0.2)
    soft(d, (1420, 380), 160, 520, "#5a2c1e", 0.5, core=0.2)
    soft(d, (1000, 900), 360, 70, "#4a2016", 0.45, core=0.3)
    # cheek light and a rose flush
    soft(d, (700, 240), 170, 120, LIGHT, 0.22)
    soft(d, (1300, 240), 150, 110, LIGHT, 0.16)
    soft(d, (690, 340), 190, 130, "#e2766a", 0.32)
    soft(d, (1320, 330), 170, 120, "#e2766a", 0.28)
    # the nose: bridge and tip lit, wings rounded by shade, nostrils soft hollows, its shadow below
    soft(d, (996, 30), 46, 120, LIGHT, 0.35)
    soft(d, (890, 180), 64, 74, SHADE, 0.35)
    soft(d, (1110, 180), 64, 74, SHADE, 0.4)
    soft(d, (904, 176), 40, 44, "#fcc09a", 0.55)
    soft(d, (1096, 176), 40, 44, "#f4b490", 0.45)
    soft(d, (1000, 150), 90, 74, "#ffcaa4", 0.75, core=0.35)
    soft(d, (1000, 240), 150, 34, DEEP, 0.42, core=0.25)
    soft(d, (1008, 128), 40, 30, LIGHT, 0.7)
    # the nostrils: hollows in the shade under the tip, each under the round of its wing (crisp near-black
    # discs read as two holes in a blur, review7 #3), deepest toward the middle
    soft(d, (944, 212), 40, 18, "#5a2214", 0.45, rot=18)
    soft(d, (1056, 212), 40, 18, "#5a2214", 0.45, rot=-18)
    soft(d, (954, 214), 22, 9, "#2e1008", 0.6, rot=18)
    soft(d, (1046, 214), 22, 9, "#2e1008", 0.6, rot=-18)
    soft(d, (912, 196), 26, 20, "#fcc09a", 0.3)   # the wings' rims catch the light round them
    soft(d, (1088, 196), 26, 20, "#f4b490", 0.25)
    soft(d, (1000, 222), 24, 14, "#f4b490", 0.5)
    # the shadow the nose casts on the upper lip; the philtrum groove between two soft ridges
    soft(d, (1014, 276), 120, 34, SHADE, 0.3)
    soft(d, (1000, 318), 26, 72, "#9a5640", 0.3)
    soft(d, (962, 320), 12, 70, LIGHT, 0.3)
    soft(d, (1038, 320), 12, 70, LIGHT, 0.25)
    # the folds beside the mouth: a lit cheek above a soft shade, never a line
    soft(d, (800, 370), 46, 180, SHADE, 0.2, rot=24, core=0.2)
    soft(d, (1200, 370), 46, 180, SHADE, 0.22, rot=-24, core=0.2)
    soft(d, (840, 300), 70, 150, LIGHT, 0.12, rot=24)
    soft(d, (1160, 300), 70, 150, LIGHT, 0.1, rot=-24)
    # the mouth's corners sink softly, deeper and lower the sadder the story's face beat (beats.py)
    droop = beats.look("trembling_lips", "her").droop
    soft(d, (716, 488 + 12 * droop), 40, 30, DEEP, round(0.25 + 0.15 * droop, 3))
    soft(d, (1284, 486 + 12 * droop), 40, 30, DEEP, round(0.25 + 0.15 * droop, 3))
    # under the lower lip a soft hollow, then the chin's round light
    soft(d, (1000, 636), 200, 34, DEEP, 0.32, core=0.2)
    soft(d, (1000, 770), 170, 90, LIGHT, 0.26)
    soft(d, (1010, 790), 70, 40, LIGHT, 0.2)
    # the far jaw in shade
    d.path("M 1000,896 C 1110,888 1210,820 1310,690 C 1300,760 1200,860 1060,900 Z", fill="#3a1e16",
           opacity=0.3)
    return d.text()


def hair() -> str:
    """Chestnut hair either side, outside the face, in fine strands of a warm and a deep light."""
    d = Doc()
    d.body.append("<!-- Her chestnut hair framing the face: two masses of fine lit strands. -->")
    rng = random.Random(19)
    hl = d.lin((0, 0), (560, 0), [(0, HAIR_DARK, 1), (0.7, HAIR, 1), (1, "#bc7044", 1)])
    d.path("M -20,-20 L 501,-20 L 500,6 C 470,200 450,470 520,720 C 560,880 520,1000 470,1100 L -20,1100 Z",
           fill=hl)
    hr = d.lin((1920, 0), (1400, 0), [(0, HAIR_DARK, 1), (0.7, HAIR, 1), (1, "#b46a40", 1)])
    d.path("M 1430,-20 L 1918,-20 L 1918,1100 L 1520,1100 C 1580,900 1540,700 1480,520 C 1440,340 1440,140 "
           "1430,-20 Z", fill=hr)
    for side in (-1, 1):
        for _ in range(34):
            t = rng.random()
            if side < 0:
                x0 = 20 + 470 * t
                bow = -30 + 60 * rng.random()
                x1 = x0 - 20 + 50 * t + bow
                x2 = x0 - 60 + 80 * t
                near = t
            else:
                x0 = 1440 + 470 * (1 - t)
                bow = -30 + 60 * rng.random()
                x1 = x0 + 20 - 50 * t + bow
                x2 = x0 + 60 - 80 * t
                near = t
            lit = rng.random() < 0.55
            col = ("#e8aa78" if side < 0 else "#d89a6a") if lit else "#3a1a0c"
            op = (0.25 + 0.45 * near * rng.random()) if lit else 0.35
            w = 1.5 + 3.5 * rng.random()
            y0 = -10 + 60 * rng.random()
            x0, x1, x2 = (min(1900.0, v) for v in (x0, x1, x2))  # short of the right edge: see write()
            d.path(f"M {f(x0)},{f(y0)} C {f(x1)},{f(300 + 80 * rng.random())} {f(x1 + 10 * side)},"
                   f"{f(700 + 80 * rng.random())} {f(x2)},1100", stroke=col, width=w, opacity=round(op, 2))
    # the edge strands nearest the face catch the candle
    d.path("M 498,10 C 470,220 455,470 522,722 C 556,860 526,990 480,1100", stroke="#d8a27a", width=3,
           opacity=0.45)
    d.path("M 1434,10 C 1446,180 1448,360 1484,524 C 1540,700 1580,900 1524,1100", stroke="#c4906a", width=3,
           opacity=0.35)
    return d.text()


def _dense(pts: Sequence[P], n: int = 8) -> list[P]:
    """A Catmull-Rom curve through `pts` (ordered by x) as many points."""
    out: list[P] = []
    for i in range(len(pts) - 1):
        p0, p1, p2 = pts[max(0, i - 1)], pts[i], pts[i + 1]
        p3 = pts[min(len(pts) - 1, i + 2)]
        for k in range(n):
            t = k / n
            out.append((_cr(p0[0], p1[0], p2[0], p3[0], t), _cr(p0[1], p1[1], p2[1], p3[1], t)))
    out.append(pts[-1])
    return out


def _cr(a: float, b: float, c: float, e: float, t: float) -> float:
    """The Catmull-Rom curve through b (t=0) and c (t=1), with neighbours a and e."""
    return 0.5 * (2 * b + (c - a) * t + (2 * a - 5 * b + 4 * c - e) * t * t + (3 * b - a - 3 * c + e) * t ** 3)


def _y(curve: Sequence[P], x: float) -> float:
    """The curve's height at `x` (straight between its points; held past its ends)."""
    if x <= curve[0][0]:
        return curve[0][1]
    for (x0, y0), (x1, y1) in pairwise(curve):
        if x0 <= x <= x1:
            return y0 + (y1 - y0) * (x - x0) / max(1e-6, x1 - x0)
    return curve[-1][1]


class Lip:
    """A lip between its `top` and `bottom` edges (point lists left to right, meeting at the corners)."""

    def __init__(self, top: Sequence[P], bottom: Sequence[P]) -> None:
        self.top, self.bottom = _dense(top), _dense(bottom)
        self.points = (list(top), list(bottom))  # its control points, for the poses (posed())
        self.x0, self.x1 = top[0][0], top[-1][0]

    def inset(self, et: float, eb: float, corner: float, n: int = 64) -> list[P]:
        """The lip's outline drawn `et` in from the top edge and `eb` in from the bottom (never past the
        middle between them), and pinched smoothly to nothing over `corner` px from each corner, gone in
        its outer third (cut square there, the layers' ends showed as steps)."""
        top, bot = [], []
        for i in range(n):
            x = self.x0 + (self.x1 - self.x0) * i / (n - 1)
            t, b = _y(self.top, x), _y(self.bottom, x)
            m = (t + b) / 2
            u = min(1.0, max(0.0, (min(x - self.x0, self.x1 - x) - 0.35 * corner) / (0.65 * corner))) \
                if corner > 0 else 1.0
            k = u * u * (3 - 2 * u)
            top.append((x, m - max(0.0, min(m - t - et, (m - t) * k))))
            bot.append((x, m + max(0.0, min(b - m - eb, (b - m) * k))))
        return [*top, *reversed(bot)]


def feather(d: Doc, lip: Lip, fill: str, edge_t: float, edge_b: float, corner: float, layers: int = 7) -> None:
    """`lip` filled with `fill`, its edges soft: `layers` faint copies each drawn a step further in, so its
    opacity climbs from nothing at the edge to full `edge_t`/`edge_b` px inside, and `corner` px in from
    each corner (the lip melting into the skin at the mouth's corners)."""
    a = round(1 - 0.04 ** (1 / layers), 3)
    for k in range(layers):
        t = (k + 0.5) / layers
        d.path(smooth(lip.inset(edge_t * t, edge_b * t, corner * t), tension=0.6), fill=fill, opacity=a)
    d.path(smooth(lip.inset(edge_t, edge_b, corner), tension=0.6), fill=fill)


# The lips, a trembling mouth held just apart, the corners a little down (design px).
UPPER = Lip([(716, 486), (790, 452), (870, 404), (948, 378), (1000, 398), (1052, 377), (1130, 402), (1210, 450),
             (1284, 484)],
            [(716, 486), (800, 474), (900, 462), (1000, 468), (1100, 461), (1200, 472), (1284, 484)])
LOWER = Lip([(726, 484), (820, 484), (920, 490), (1000, 497), (1080, 494), (1180, 489), (1274, 486)],
            [(726, 488), (800, 540), (900, 598), (1000, 614), (1100, 598), (1200, 540), (1274, 486)])


def _mouth(d: Doc, upper: Lip, lower: Lip) -> None:
    """The dark of the mouth between the lips (reaching under both, hidden by them but where they part)
    and the upper teeth's edges a dim soft sliver in the upper lip's shade (a flat pale strip read as
    paper)."""
    def taper(x: float) -> float:  # 1 in the middle, 0 at the corners
        return min(1.0, max(0.0, min(x - upper.x0, upper.x1 - x) / 90))

    gap = Lip([(x, y - 8 * taper(x)) for x, y in [upper.bottom[0], *upper.bottom[8:-8:8], upper.bottom[-1]]],
              [(x, y + 18 * taper(x)) for x, y in [lower.top[0], *lower.top[8:-8:8], lower.top[-1]]])
    mouth = d.rad((1000, 480), 280, [(0, "#1a0507", 1), (0.8, "#3a1014", 1), (1, "#5a2020", 1)])
    feather(d, gap, mouth, 2, 2, 24, layers=4)
    teeth = Lip([(880, 471), (940, 469), (1000, 473), (1060, 468), (1120, 471)],
                [(880, 471), (940, 480), (1000, 483), (1060, 479), (1120, 471)])
    feather(d, teeth, d.lin((0, 464), (0, 486), [(0, "#3a2420", 1), (0.55, "#7a6258", 1), (1, "#9a8476", 1)]),
            3, 3, 30, layers=4)
    soft(d, (1000, 478), 2.5, 8, "#4a3028", 0.35)  # between the two front teeth


def lip_upper() -> str:
    return _alone("upper")


def lip_lower() -> str:
    return _alone("lower")


def _alone(which: str) -> str:
    """One lip alone at rest (the shot draws both in each mouth pose, mouth_*.svg); kept for the tests
    and sheets that check a lip's edges."""
    d = Doc()
    d.body.append(f"<!-- Her {which} lip at rest: soft-edged, melting into the skin at the corners (review10 #10) "
                  "(the shot draws it in each mouth pose, mouth_*.svg). -->")
    if which == "upper":
        _upper(d, UPPER)
    else:
        _lower(d, LOWER)
    return d.text()


def _upper(d: Doc, lip: Lip) -> None:
    """The upper lip: a cupid's bow, its face turned down so a little darker, its top edge (the
    vermilion border) catching a fine soft light, everything feathered into the skin."""
    g = d.lin((0, 376), (0, 476), [(0, "#b0504e", 1), (0.55, "#a84848", 1), (1, "#7a2e34", 1)])
    feather(d, lip, g, 12, 0.5, 120)
    for x0, x1, op in ((880, 996, 0.22), (1004, 1120, 0.18)):  # the border's light either side of the bow
        mid = (x0 + x1) / 2
        soft(d, (mid, _y(lip.top, mid) + 9), (x1 - x0) / 2, 5, "#f0a098", op, rot=(-12 if x0 < 1000 else 12))
    soft(d, (1000, 404), 14, 10, "#e89088", 0.2)                 # the bow's tubercle


def _lower(d: Doc, lip: Lip, sheen_dy: float = 0.0) -> None:
    """The lower lip: fuller, lit on its round, the shade of the upper lip along its top, a soft wet
    sheen (no highlight bar), its outer edge feathered into the skin; its top edge, under the upper lip,
    is not (feathered there, the skin showed as a pale line between the lips at the corners)."""
    g = d.lin((0, 488), (0, 616), [(0, "#7a2e34", 1), (0.22, "#c4605e", 1), (0.6, "#c8645e", 1),
                                   (1, "#9c4844", 1)])
    feather(d, lip, g, 0.5, 12, 130)
    soft(d, (1046, 560 + sheen_dy), 120, 24, "#ffe0d4", 0.28)    # the wet sheen on its round
    soft(d, (1060, 556 + sheen_dy), 46, 8, "#fff2ea", 0.3)


CORNERS = ((716.0, 487.0), (1284.0, 485.0))  # the mouth's corners (design px)
DROOP = (0.0, 4.0, 8.0, 11.0)  # how far the corners are pulled down at each level of a sob (design px)
QUIVER = 3.0  # how far the lower lip's middle moves up (-1) or down (+1) from rest as it quivers (design px)


def posed(level: int, q: int) -> tuple[Lip, Lip]:
    """The lips in one pose: the corners pulled down DROOP[level] px (falling off toward the middle as
    the distance to the power 1.6, so the lips bend down into a frown and the bow stays), the lower lip
    quivered `q` (-1 up, 0, +1 down): its bottom edge QUIVER px at the middle, its top edge less (it swells and draws
    in), a little more on the screen-right side (a lip does not quiver evenly), its corners held."""
    droop = DROOP[level]

    def down(x: float) -> float:
        u: float = min(1.0, abs(x - 1000) / 284)
        return droop * math.pow(u, 1.6)

    def lip_q(x: float, k: float) -> float:
        u = max(-1.0, min(1.0, (x - 1000) / 274))
        return q * QUIVER * k * (1 - u * u) * (1 + 0.3 * u)

    up_t, up_b = UPPER.points
    lo_t, lo_b = LOWER.points
    upper = Lip([(x, y + down(x)) for x, y in up_t], [(x, y + down(x)) for x, y in up_b])
    lower = Lip([(x, y + down(x) + lip_q(x, 0.6)) for x, y in lo_t],
                [(x, y + down(x) + lip_q(x, 1.0)) for x, y in lo_b])
    return upper, lower


def mouth(level: int, q: int) -> str:
    """One pose of her mouth, whole and opaque (the shot cuts from pose to pose, insert.toml, never
    fading one into another): the corners' dark and the folds the pull presses below them, the dark
    between the lips, the teeth's sliver, the lower lip, the upper lip."""
    d = Doc()
    d.body.append(f"<!-- Her mouth, pose d{level} q{q:+d}: the corners pulled down {DROOP[level]:g} px, the lower "
                  f"lip quivered {q:+d} (tools/faces_close/lips.py mouth()). -->")
    upper, lower = posed(level, q)
    for side in (-1, 1):
        _corner(d, side, DROOP[level])
    _mouth(d, upper, lower)
    _lower(d, lower, sheen_dy=q * QUIVER * 0.8 + DROOP[level] * 0.1)
    _upper(d, upper)
    return d.text()


def _corner(d: Doc, side: int, droop: float) -> None:
    """A corner of the mouth pulled down `droop` px: the commissure's dark, the lip's end turned down into
    it, and the soft fold the pull presses into the skin below and outside it (deeper the further it is
    pulled). Soft shade only, no line."""
    x, y = CORNERS[0 if side < 0 else 1]
    y += droop
    k = droop / DROOP[-1]
    soft(d, (x - side * 14, y + 1), 26, 9, "#2a080a", round(0.4 + 0.2 * k, 3), rot=side * 14, core=0.3)
    soft(d, (x - side * 26, y + 6), 30, 9, "#8a3434", 0.35, rot=side * 22)        # the lip's end turned down
    soft(d, (x + side * 8, y + 30), 24, 36 + 10 * k, "#4a1a10", round(0.12 + 0.16 * k, 3), rot=-side * 18)
    soft(d, (x + side * 30, y + 26), 22, 46, LIGHT, round(0.06 + 0.08 * k, 3), rot=-side * 18)  # lit beside it


def chin(level: int) -> str:
    """The chin at one level of tightening (cut pose to pose with the mouth's sob, insert.toml): the
    crease under the lower lip deepens and rises, the chin's round is pushed up and in (its lit ball
    rises and its lower edge shades), and its skin puckers into small soft dimples between lit bumps,
    the way a chin fights not to cry. Soft shade and light only."""
    d = Doc()
    d.body.append(f"<!-- Her chin, tightening {level}/{len(DROOP) - 1}: the crease under the lip, the round pushed "
                  "up, the skin puckered in soft dimples (tools/faces_close/lips.py chin()). -->")
    k = level / (len(DROOP) - 1)
    lift = 9 * k
    soft(d, (1000, 634 - 3 * k), 170, 16 + 6 * k, DEEP, round(0.08 + 0.32 * k, 3), core=0.2)   # the crease
    soft(d, (1000, 760 - lift), 150 - 20 * k, 70, LIGHT, round(0.05 + 0.16 * k, 3))            # the ball, pushed up
    soft(d, (1000, 830 - lift), 150, 34, DEEP, round(0.05 + 0.25 * k, 3))                      # under it, shaded
    for side in (-1, 1):  # the chin drawn in at its sides
        soft(d, (1000 + side * 150, 740 - lift), 40, 80, DEEP, round(0.04 + 0.14 * k, 3))
    rng = random.Random(1920)
    for _ in range(10):  # a few broad soft dimples, each a lit bump with its shade under it (small crisp
        # ones read as pimples, dark spots alone as bruises)
        x, y = rng.uniform(900, 1100), rng.uniform(715, 800) - lift
        r = rng.uniform(20, 30)
        soft(d, (x, y - 6), r, r * 0.7, LIGHT, round(rng.uniform(0.07, 0.1) * k, 3))
        soft(d, (x + 2, y + r * 0.5), r * 0.85, r * 0.45, "#5a2014", round(rng.uniform(0.1, 0.14) * k, 3))
    return d.text()


def write(out: Path) -> None:
    """Every part and pose of the shot, and its insert.toml (the poses' timing, lips_motion.py). The hair
    stays 2 px short of the right edge: a part covering the whole canvas is drawn as an opaque backdrop
    by the insert renderer (game/art/inserts.py)."""
    (out / "face.svg").write_text(face(), encoding="utf-8")
    (out / "hair.svg").write_text(hair(), encoding="utf-8")
    (out / "lip_upper.svg").write_text(lip_upper(), encoding="utf-8")
    (out / "lip_lower.svg").write_text(lip_lower(), encoding="utf-8")
    for level in range(len(DROOP)):
        (out / f"chin_{level}.svg").write_text(chin(level), encoding="utf-8")
        for q in (-1, 0, 1):
            (out / lips_motion.mouth_name(level, q)).write_text(mouth(level, q), encoding="utf-8")
    for stale in ("corner_l.svg", "corner_r.svg", "chin.svg"):
        (out / stale).unlink(missing_ok=True)
    lips_motion.write_toml(out / "insert.toml")
    beats.write_variants(out, {"face.svg": ("her", face)})
