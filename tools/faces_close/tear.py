"""tear (story line 68): close on her eyes as she reads; tears well, then one falls.

The face is modelled with soft light and shade only (svgkit.soft): no drawn line crosses
the forehead or runs down the nose, the bridge is a soft light between two soft shades,
and her grief is in the brows: two natural brows, each a tapered shape thickest at its head
by the nose and fine at the tail, lifted and drawn together at the inner ends (sorrow),
combed with short hairs that stand up at the heads, with a soft furrow between them.
The eyes need no skin patches to hide the irises: each iris, pupil and lid shadow is the
circle clipped to the eye's opening in Python (the renderer, nanosvg, has no clip paths),
so the face's shading runs unbroken around them. The welling, the bead and its track are
separate parts timed in insert.toml (the bead and its track: tear_bead.py).
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from itertools import pairwise
from pathlib import Path

from tools.faces_close import beats, tear_wet
from tools.faces_close.face import HER_IRIS
from tools.faces_close.svgkit import Doc, P, f, limb, smooth, soft
from tools.faces_close.tear_bead import DRY as DRY
from tools.faces_close.tear_bead import ROUND_TOP as ROUND_TOP
from tools.faces_close.tear_bead import TEAR_X as TEAR_X
from tools.faces_close.tear_bead import TRACK as TRACK
from tools.faces_close.tear_bead import drop, trail

# Her skin as the wides show it (line 60 in shade ~(107,62,38), line 72 lit ~(132-170,80-102,48-61) on
# screen): the room's light multiplies an insert by about (0.54,0.47,0.39) at the middle of the frame, so
# the drawing is warmer and more saturated than it shows (the old #f4d2ba showed as a grey (135,97,73)).
SKIN = [(0, "#ffcaa0", 1.0), (0.45, "#f4a274", 1.0), (0.8, "#c06a44", 1.0), (1, "#7a3a22", 1.0)]
SHADE = "#7a3420"
LIGHT = "#ffe6cc"


def _bez(p0: P, p1: P, p2: P, p3: P, n: int = 64) -> list[P]:
    out = []
    for i in range(n + 1):
        t = i / n
        a, b, c, d = (1 - t) ** 3, 3 * (1 - t) ** 2 * t, 3 * (1 - t) * t * t, t ** 3
        out.append((a * p0[0] + b * p1[0] + c * p2[0] + d * p3[0], a * p0[1] + b * p1[1] + c * p2[1] + d * p3[1]))
    return out


def _poly(pts: Sequence[P]) -> str:
    return "M" + " L".join(f"{f(x)},{f(y)}" for x, y in pts) + " Z"


class Eye:
    """An eye opening from corner `a` to corner `b` (upper and lower lid curves as Beziers)."""

    def __init__(self, upper: tuple[P, P, P, P], lower: tuple[P, P, P, P]) -> None:
        self.upper, self.lower = upper, lower
        self.up = sorted(_bez(*upper), key=lambda p: p[0])
        self.lo = sorted(_bez(*lower), key=lambda p: p[0])

    @staticmethod
    def _y(curve: list[P], x: float) -> float | None:
        if x < curve[0][0] or x > curve[-1][0]:
            return None
        for (x0, y0), (x1, y1) in pairwise(curve):
            if x0 <= x <= x1:
                return y0 + (y1 - y0) * (x - x0) / max(1e-6, x1 - x0)
        return None

    def clip_circle(self, c: P, r: float, n: int = 96) -> list[P]:
        """The circle (c, r) cut to the opening: each point held between the lids."""
        pts = []
        for i in range(n):
            a = 2 * math.pi * i / n
            x, y = c[0] + r * math.cos(a), c[1] + r * math.sin(a)
            top, bot = self._y(self.up, x), self._y(self.lo, x)
            if top is None or bot is None:
                continue
            pts.append((x, min(max(y, top), bot)))
        return pts

    def opening(self) -> str:
        (a, u1, u2, b), (_, l1, l2, _) = self.upper, self.lower
        return (f"M{f(a[0])},{f(a[1])} C{f(u1[0])},{f(u1[1])} {f(u2[0])},{f(u2[1])} {f(b[0])},{f(b[1])} "
                f"C{f(l2[0])},{f(l2[1])} {f(l1[0])},{f(l1[1])} {f(a[0])},{f(a[1])} Z")

    def curve(self, which: tuple[P, P, P, P], dy: float = 0.0) -> str:
        a, c1, c2, b = which
        return (f"M{f(a[0])},{f(a[1] + dy)} C{f(c1[0])},{f(c1[1] + dy)} {f(c2[0])},{f(c2[1] + dy)} "
                f"{f(b[0])},{f(b[1] + dy)}")


# She is reading his confession: the eyes look down at the page, the upper lids lowered with them
# (heavy over the top of each iris) and the pupils sunk to the lower lids.
LEFT = Eye(((410, 474), (500, 450), (710, 454), (790, 476)), ((410, 474), (490, 544), (710, 550), (790, 476)))
RIGHT = Eye(((1130, 476), (1210, 454), (1420, 450), (1510, 474)), ((1130, 476), (1210, 550), (1430, 544), (1510, 474)))
IRIS = {id(LEFT): (600.0, 532.0), id(RIGHT): (1308.0, 532.0)}


def face() -> str:
    d = Doc()
    d.body.append("<!-- Her face close on the eyes, modelled with soft light and shade (no lines on the skin). -->")
    skin = d.rad((1000, 420), 900, SKIN)
    d.path("M 330,-20 L 1590,-20 C 1640,300 1640,700 1560,1100 L 360,1100 C 280,700 280,300 330,-20 Z", fill=skin)
    # temples and outer cheeks turn away into shade
    soft(d, (360, 500), 140, 620, "#4a2216", 0.5, core=0.2)
    soft(d, (1580, 500), 140, 620, "#4a2216", 0.55, core=0.2)
    # the brow ridge lit, the sockets soft and deep under it, the forehead rounded
    soft(d, (960, 60), 520, 150, LIGHT, 0.18)
    soft(d, (600, 470), 230, 160, "#8a4a36", 0.3, rot=8)   # (a level 260x130 pair with a core: their
    soft(d, (1320, 470), 230, 160, "#8a4a36", 0.32, rot=-8)  # bottoms ruled one line across the face)
    soft(d, (560, 300), 210, 46, LIGHT, 0.18, rot=-10)
    soft(d, (1360, 300), 210, 46, LIGHT, 0.14, rot=10)
    # the nose: the bridge a soft light between two soft shades; where it meets the brows a gentle hollow
    soft(d, (960, 300), 60, 50, SHADE, 0.16)
    _nose(d)
    # cheeks flushed with crying, lit on the cheekbone, the hollow under each eye following the lid
    soft(d, (580, 780), 230, 200, "#e06a60", 0.3)
    soft(d, (1340, 780), 230, 200, "#e06a60", 0.3)
    for flip, x0 in ((-1, 600), (1, 1320)):
        for dx, dy, r in ((-110, -6, 14), (0, 8, 0), (110, -6, -14)):
            soft(d, (x0 + flip * dx, 612 + dy), 110, 34, "#7a3a2c", 0.14, rot=flip * r)
    soft(d, (520, 720), 150, 100, LIGHT, 0.14, rot=-24)
    soft(d, (1400, 720), 150, 100, LIGHT, 0.12, rot=24)
    return d.text()


def _along(d: Doc, a: P, b: P, r0: float, r1: float, colour: str, opacity: float, n: int = 12) -> None:
    """A soft form from `a` to `b` growing from radius `r0` to `r1`: overlapping round soft discs, each
    faint. Its edges follow the form (narrow where it starts, wide where it ends) and the discs' rings
    fall at staggered heights, so no two edges run parallel: a long upright soft ellipse laid edge to edge
    with another drew the nose as faint upright stripes at 1:1."""
    for i in range(n):
        t = i / (n - 1)
        r = r0 + (r1 - r0) * t
        soft(d, (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t), r, r * 1.15, colour, opacity)


def _nose(d: Doc) -> None:
    """The nose below the eyes, seen from the front as she looks down, in frame to its tip (review10 #3:
    an empty gradient under the eyes read as a mask): a lit ridge narrow between the eyes widening to the
    tip's round, its sides turning into shade (the side away from the candle, screen left, deeper), the
    short rounded tip of the wides' snub nose lit, the wings rounded by shade with soft nostril hollows
    under them, and the shadow the nose casts on the lip below. Soft light and shade only, no line."""
    _along(d, (930, 470), (872, 770), 26, 58, SHADE, 0.07)     # the far side of the nose, from the corner of the eye
    _along(d, (994, 470), (1050, 770), 24, 50, SHADE, 0.04)    # the near side, less deep
    _along(d, (962, 430), (968, 740), 14, 34, LIGHT, 0.07)     # the ridge
    soft(d, (968, 792), 74, 60, LIGHT, 0.32)                   # the tip's round
    soft(d, (982, 778), 36, 26, "#fff2e4", 0.3)                # its highlight, toward the candle
    soft(d, (884, 826), 40, 46, SHADE, 0.3)                    # the wings' creases, far and near
    soft(d, (1052, 826), 36, 42, SHADE, 0.2)
    soft(d, (896, 818), 26, 28, LIGHT, 0.16)                   # the wings' rounds
    soft(d, (1040, 818), 24, 26, LIGHT, 0.26)
    soft(d, (966, 848), 84, 22, SHADE, 0.32)                   # the tip turning under
    for x, r, k in ((922, 16, 1.0), (1012, -16, 0.85)):        # the nostrils: soft hollows, deepest inside
        soft(d, (x, 858), 40, 20, "#4a1a0c", round(0.5 * k, 3), rot=r)
        soft(d, (x + (6 if x < 966 else -6), 860), 24, 12, "#2a0c06", round(0.4 * k, 3), rot=r)
    soft(d, (967, 860), 14, 10, LIGHT, 0.25)                   # the column between them
    soft(d, (990, 906), 170, 32, "#5a2414", 0.3)               # its shadow on the upper lip
    soft(d, (966, 1012), 190, 34, "#b04a44", 0.3)              # the top of the upper lip (under the caption)


def _catch_light(d: Doc, c: P) -> None:
    """The candle on the wet cornea: its small soft reflection, a flame-shaped oval taller than wide and
    leaning a little, lying across the pupil's edge up and toward the candle (screen right), hot white in
    its middle and softening over a few px into a faint glow (review11 #3: a crisp white disc read as clip
    art); a tiny soft second on the far side (the page's light). A long soft streak read as a grey leaf
    over the pupil (review10 #3): the light stays compact."""
    x, y = c[0] + CATCH[0], c[1] + CATCH[1]
    soft(d, (x, y + 1), 20, 16, "#fff2e2", 0.3)                       # the glow in the wet film
    soft(d, (x, y + 1), 8.5, 11.5, "#ffffff", 1.0, rot=-14, core=0.4)    # the flame's body
    soft(d, (x + 2, y - 8), 3.6, 6.0, "#fff8ee", 0.8, rot=-14, core=0.3)  # its tip, narrowing up
    soft(d, (c[0] - 34, c[1] - 2), 3.4, 2.6, "#ffffff", 0.75, core=0.3)


CATCH = (24.0, -30.0)  # the catch-light's middle from the iris's centre (on the pupil's edge: radius 36)


def _eye(d: Doc, e: Eye, flip: int) -> None:
    """The eye of a woman who is crying: the whites warm and reddened (pink toward both corners, the inner
    corner's caruncle red), the iris brown, one sharp wet highlight; the upper lid and its lashes. The lower
    rim lies over the welling water (lids())."""
    c = IRIS[id(e)]
    white = d.lin((0, 440), (0, 560), [(0, "#e0aa96", 1), (0.5, "#fff4de", 1), (1, "#fce6d2", 1)])
    d.path(e.opening(), fill=white)
    a, b = e.upper[0], e.upper[3]
    red = d.lin((a[0], 0), (b[0], 0), [(0, "#c44840", 0.7), (0.1, "#d8685c", 0.3), (0.3, "#e0786c", 0.08),
                                       (0.5, "#e08a7c", 0.03), (0.7, "#e0786c", 0.08), (0.9, "#d8685c", 0.3),
                                       (1, "#c44840", 0.7)])
    d.path(e.opening(), fill=red)
    tear_wet.veins(d, e, IRIS[id(e)])
    # the white just above the lower lid wet and reddened, in the lid's shade: kept below what the room's light
    # gives back as a highlight, so the meniscus over it stays one thin line (review16 D8)
    d.path(e.curve(e.lower, dy=-4), stroke="#d89a88", width=12, opacity=0.85)
    inner = b if flip < 0 else a
    soft(d, (inner[0] + flip * 16, inner[1] + 4), 20, 14, "#b8403c", 0.6)   # the caruncle, red and wet
    iris = d.rad(c, 84, HER_IRIS)
    d.path(_poly(e.clip_circle(c, 84)), fill=iris)
    d.path(_poly(e.clip_circle(c, 84)), stroke="#1e0f06", width=5, opacity=0.8)
    d.path(_poly(e.clip_circle(c, 36)), fill="#080806")
    # the upper lid's shadow on the eyeball
    up = e.up
    shadow = [*up, *[(x, y + 26 - 18 * abs((x - c[0]) / 200)) for x, y in reversed(up)]]
    d.path(_poly(shadow), fill="#2a1008", opacity=0.35)
    _catch_light(d, c)
    # the upper lid: the crease soft above, the lash line dark, lashes curling out
    a, u1, u2, b = e.upper
    d.path(e.curve((a, (u1[0], u1[1] - 40), (u2[0], u2[1] - 40), b), dy=-26), stroke="#8a5240", width=5, opacity=0.22)
    d.path(e.curve(e.upper), stroke="#1a0a06", width=13)
    _lashes(d, e, flip)


def lids() -> str:
    """The lower lids over the welling water (their own part above welling.svg): each rim reddened and
    wet, its fine lashes, the outer corner flushed. The water rises from behind the rim (insert.toml),
    so its bright line grows from nothing to ~6 px above the rim as the tears well."""
    d = Doc()
    d.body.append("<!-- Her lower lids: the rims reddened and wet, the lower lashes; the welling water rises "
                  "from behind them (tools/faces_close/tear.py lids()). -->")
    for e, flip in ((LEFT, -1), (RIGHT, 1)):
        d.path(e.curve(e.lower), stroke="#c2706a", width=RIM)
        d.path(e.curve(e.lower, dy=2), stroke="#a85650", width=4, opacity=0.35)
        _lower_lashes(d, e, flip)
        _brim(d, e, flip)
        outer = e.upper[0] if flip < 0 else e.upper[3]
        soft(d, (outer[0] - flip * 6, outer[1]), 16, 12, "#c8605a", 0.5)
    return d.text()


RIM = 11.0  # the lower lid's rim: its stroke's width (the water stands on its inner half)


def _hair_line(d: Doc, base: P, ln: float, ang: float, curl: float, w: float, col: str,
               opacity: float = 1.0) -> None:
    """One hair (a lash): from `base` at angle `ang`, bending by `curl` radians over its length,
    tapered from `w` at the root to a fine point, filled (no stroke of even width)."""
    pts: list[P] = []
    x, y, a = base[0], base[1], ang
    for _ in range(7):
        pts.append((x, y))
        x, y, a = x + ln / 6 * math.cos(a), y + ln / 6 * math.sin(a), a + curl / 6
    widths = [max(0.35, w * (1 - i / 6) ** 0.9) for i in range(7)]
    d.path(smooth(limb(pts, widths), tension=0.7), fill=col, opacity=opacity)


def _lashes(d: Doc, e: Eye, flip: int) -> None:
    """Upper lashes as tapered curved hairs, longer towards the outer corner, gathered in small
    wet clumps whose tips lean together."""
    ups = _bez(*e.upper, n=120)
    rng = random.Random(68 + 2 * flip)
    t = 0.06
    while t < 0.98:
        n = rng.choice((2, 3, 3, 4))
        clump_len = (22 + 40 * t ** 1.2) * rng.uniform(0.8, 1.15)
        clump_ang = math.radians(-100 + flip * (18 + 50 * t * t) + rng.uniform(-7, 7))
        for k in range(n):
            tt = min(0.99, t + k * 0.012)
            px, py = ups[round((tt if flip > 0 else 1 - tt) * 120)]
            # the hairs of a clump fan out at the root and lean together at the tip
            spread = (k - (n - 1) / 2) * math.radians(7)
            ln = clump_len * rng.uniform(0.72, 1.05)
            _hair_line(d, (px, py + 2), ln, clump_ang + flip * spread, -flip * (0.22 + 0.18 * t) - flip * spread * 1.4,
                       round(rng.uniform(3.2, 4.6) - 1.2 * t, 2), "#160804")
        t += n * 0.012 + rng.uniform(0.035, 0.07)


def _lower_lashes(d: Doc, e: Eye, flip: int) -> None:
    """The lower lashes: short, fine and sparse."""
    los = _bez(*e.lower, n=80)
    rng = random.Random(68 + flip)
    for k in range(11):
        tt = 0.34 + 0.6 * k / 10 + rng.uniform(-0.02, 0.02)
        px, py = los[round((tt if flip > 0 else 1 - tt) * 80)]
        ang = math.radians(90 - flip * (28 + 40 * tt) + rng.uniform(-8, 8))
        _hair_line(d, (px, py + 5), (6 + 12 * tt) * rng.uniform(0.6, 1.2), ang, flip * 0.25, 1.8,
                   "#3a1a10", round(rng.uniform(0.45, 0.75), 2))


def _brim(d: Doc, e: Eye, flip: int) -> None:
    """The lower lid's own rim glistening wet: one faint continuous line along its lower edge, fading at both
    ends (review16 D9: short strokes end to end read as a stitched seam); the water standing on it, its
    meniscus and glints, is welling.svg: welling()."""
    los = _bez(*e.lower, n=60)[6:-6]
    a, b = los[0][0], los[-1][0]
    g = d.lin((a, 0), (b, 0), [(0, "#ffe6da", 0), (0.2, "#ffe6da", 0.4), (0.8, "#ffe6da", 0.4), (1, "#ffe6da", 0)])
    d.path(smooth([(x, y + 4) for x, y in los], closed=False), stroke=g, width=1.6)


def welling() -> str:
    """The tears brimming on both lower lids (its own part, under lids.svg): along each lid's inner edge
    a band of water whose top, the meniscus, is a bright line with the candle caught in it. The band's
    lower part lies behind the lid's rim, so as insert.toml raises it by WELL px the visible wet line grows
    from nothing to WATER px above the rim (review10 #3: the eye never got wet), swelling a little where
    the bead gathers (her right eye, at TEAR_X). Nothing lies below the rim (review5 #29)."""
    d = Doc()
    d.body.append("<!-- Tears brimming on both lower lids: a band of water rising from behind the rim, its top "
                  "a bright meniscus (tools/faces_close/tear.py welling()). -->")
    for e, flip in ((LEFT, -1), (RIGHT, 1)):
        inner = _bez(*e.lower, n=60)[5:-5]
        n = len(inner)
        depth = [WATER * math.sin(math.pi * i / (n - 1)) ** 0.5
                 + (3 * math.exp(-(((x - TEAR_X) / 36) ** 2)) if flip > 0 else 0.0) for i, (x, _) in enumerate(inner)]
        top = [(x, y - RIM / 2 - dp) for (x, y), dp in zip(inner, depth, strict=True)]
        foot = [(x, y - 2) for x, y in inner]
        y0, y1 = min(y for _, y in top), max(y for _, y in foot)
        # the band a faint clear film (review16 D8: at 0.4-0.75 it showed over the pupil as a flat grey block,
        # and over the whites was bright enough for the room's light to give it back round the line: white
        # stretches); its top an opaque near-white line, 4 px so the light's search (every 3 px) never misses
        # it, a little less white over the iris (a falloff, not a switch: all of it stays near white)
        g = d.lin((0, y0), (0, y1), [(0, "#fff4ea", 0.3), (0.5, "#ffe8dc", 0.18), (1, "#ffe8dc", 0.12)])
        d.path(smooth([*top, *reversed(foot)], tension=0.6), fill=g)
        # (its top edge where the 2.4 px line's was: the wider line grows down into the band)
        d.path(smooth([(x, y + (MENISCUS - 2.4) / 2) for x, y in top], closed=False), stroke=tear_wet.meniscus_paint(d, e, IRIS[id(e)]),
               width=MENISCUS, opacity=1.0)
        # the candle caught where the water stands highest: a short bright streak on the meniscus with a
        # glow round it, and a fainter second glint further along
        for tt, ln, op in ((0.62, 26.0, 1.0), (0.3, 9.0, 0.7)):
            i = round((tt if flip > 0 else 1 - tt) * (n - 1))
            x, y = top[i]
            soft(d, (x, y + 2), ln * 1.6, 7, "#fff6ee", 0.35 * op)
            soft(d, (x, y + 1.5), ln, 3.2, "#ffffff", op, core=0.5)
    return d.text()


MENISCUS = 4.0  # the welling's bright top line's width: >= 3 rows wholly covered at any height (the search is every 3 px)


WATER = 5.0  # how far the full welling's meniscus stands above the lid's rim, at its middle
WELL = 7.0  # how far insert.toml lowers the welling at first: its band then lies wholly behind the rim


def _brow(d: Doc, head: P, tail: P, lift: float, flip: int, seed: int) -> None:
    """One brow from its head (inner end, by the nose) to its tail: a tapered shape, thick at the
    head and fine at the tail, arching; `lift` raises the head (sorrow). Hairs combed along it."""
    n = 14
    centre: list[P] = []
    width: list[float] = []
    for i in range(n + 1):
        t = i / n
        x = head[0] + (tail[0] - head[0]) * t
        y = head[1] + (tail[1] - head[1]) * t - 26 * math.sin(math.pi * min(1.0, t * 1.25)) - lift * (1 - t) ** 2
        centre.append((x, y))
        width.append(34 * (1 - t) ** 0.7 * (0.62 + 0.38 * math.sin(math.pi * min(1.0, 0.5 + t * 2.5))) + 5)
    top, bot = [], []
    for i, (x, y) in enumerate(centre):
        top.append((x, y - width[i] * 0.55))
        bot.append((x, y + width[i] * 0.45))
    # the head is rounded: a cap a little past it, towards the nose
    ux, uy = head[0] - tail[0], head[1] - tail[1]
    un = math.hypot(ux, uy)
    cap = (centre[0][0] + ux / un * 12, centre[0][1] + uy / un * 12 - 4)
    top.insert(0, cap)
    g = d.lin(head, tail, [(0, "#5a3020", 0.55), (0.25, "#3a1a0c", 0.95), (1, "#3a1a0c", 0.7)])
    d.path(smooth([*top, *reversed(bot)], tension=0.8), fill=g)
    rng = random.Random(seed)
    for _ in range(90):
        t = rng.random() ** 1.3
        i = min(n - 1, int(t * n))
        (x0, y0), (x1, y1) = centre[i], centre[i + 1]
        s = t * n - i
        x, y = x0 + (x1 - x0) * s, y0 + (y1 - y0) * s
        w = width[i] * (rng.random() * 0.55 - 0.1)
        along = math.atan2(y1 - y0, x1 - x0)
        # at the head the hairs stand up, along the body they lie towards the tail
        a = along + (-math.pi / 2 * 0.5) * (1 - min(1.0, t * 3)) * (1 if abs(along) < math.pi / 2 else -1)
        ln = (12 + 8 * rng.random()) * (0.6 + 0.4 * t)
        sx, sy = x + 0.0, y + w
        ex, ey = sx + math.cos(a) * ln, sy + math.sin(a) * ln
        col = "#2a1008" if rng.random() < 0.6 else "#7a4220"
        d.path(smooth([(sx, sy), ((sx + ex) / 2, (sy + ey) / 2 - 2), (ex, ey)], closed=False), stroke=col,
               width=2.2, opacity=round(0.45 + 0.4 * rng.random(), 2))


def eyes() -> str:
    d = Doc()
    d.body.append("<!-- Her eyes, wet, and her brows drawn together in sorrow (no skin patches: irises clipped "
                  "to the lids in tools/faces_close/tear.py). -->")
    _eye(d, LEFT, -1)
    _eye(d, RIGHT, 1)
    # the brows follow the story's face beat at this shot (beats.py; tearful: lifted and drawn together)
    lk = beats.look("tear", "her")
    k = max(0.0, lk.sorrow)
    # a soft furrow between the brows, drawn up with them: shade and light, no line
    soft(d, (935, 250), 18, 56, SHADE, round(0.1 * k, 3), rot=-8)
    soft(d, (985, 250), 18, 56, SHADE, round(0.09 * k, 3), rot=8)
    soft(d, (960, 240), 22, 70, LIGHT, 0.2)
    soft(d, (960, 180), 160, 40, SHADE, round(0.075 * k, 3))
    lift = 21 * lk.sorrow
    _brow(d, (870 + 6 * k, 250), (400, 330), lift, -1, 1)
    _brow(d, (1050 - 6 * k, 250), (1520, 330), lift, 1, 2)
    return d.text()


# her chestnut hair as the wides show it (~(72-106, 31-48, 15-21) on screen): drawn lighter than it shows,
# as the room's light dims the insert's edges most (the old #1e0c05-#8e4c26 showed near black, (16,4,0)); every
# paint of it 0.11 less saturated at its brightness than the orange it was (rendered S0.84 against 69's 0.73, CONT)
HAIR, HAIR_DARK = "#a85a34", "#5a2b1a"


def hair() -> str:
    d = Doc()
    d.body.append("<!-- Her chestnut hair at the temples, outside the face: soft locks of uneven width that wave "
                  "and overlap, each rounded dark at its edges and lit by a band of candle sheen. -->")
    rng = random.Random(68)
    hl = d.lin((0, 0), (400, 0), [(0, HAIR_DARK, 1), (0.7, HAIR, 1), (1, "#c06e41", 1)])
    d.path("M -20,-20 L 560,-20 L 560,6 C 440,60 360,160 340,320 C 320,560 340,800 380,1100 L -20,1100 Z",
           fill=hl)
    hr = d.lin((1920, 0), (1520, 0), [(0, HAIR_DARK, 1), (0.7, HAIR, 1), (1, "#b8673c", 1)])
    # the right mass stops 14 px short of the edge (3 px at a quarter size): a part covering the whole canvas would be drawn as an
    # opaque backdrop (game/art/inserts.py); it reaches above the top so breathing never bares it
    d.path("M 1360,-20 L 1906,-20 L 1906,1100 L 1540,1100 C 1580,800 1600,560 1580,320 C 1560,160 1480,60 1360,6 Z",
           fill=hr)
    edge = [(560.0, 6.0), (440.0, 60.0), (360.0, 160.0), (340.0, 320.0), (320.0, 560.0), (340.0, 800.0),
            (380.0, 1100.0)]

    def along(o: float, amp: float, ph: float, side: int) -> list[P]:
        """A lock's middle line: the inner edge moved `o` outward, waving gently (never inward)."""
        pts = []
        for k, (x, y) in enumerate(edge):
            w = amp * (0.5 + 0.5 * math.sin(ph + k * 1.1))
            px = max(-10.0, x - o - w)
            pts.append((1920 - px if side > 0 else px, y + (6 if k == 0 else 0)))
        return [(min(1900.0, x), y) for x, y in pts]

    for side in (-1, 1):
        lit_col = "#f0af7a" if side < 0 else "#e09a69"
        # locks from the outermost in: the inner ones lie over the outer, each a little darker at its edges
        o = 380.0
        locks = []
        while o > 20:
            w = rng.uniform(46, 96)
            locks.append((o, w, rng.uniform(14, 44), rng.uniform(0, 6.28)))
            o -= w * rng.uniform(0.55, 0.85)
        for o, w, amp, ph in locks:
            o = max(o, w / 2 + 8)
            mid = along(o, amp, ph, side)
            widths = [w * (0.55 + 0.45 * math.sin(math.pi * min(1.0, 0.15 + k / 6))) for k in range(len(mid))]
            # nothing reaches the right mass's 14 px margin (see above)
            shape = smooth([(min(1900.0, x), y) for x, y in limb(mid, widths)], tension=0.8)
            xm = sum(x for x, _ in mid[2:5]) / 3
            g = d.lin((xm - w / 2, 0), (xm + w / 2, 0),
                      [(0, "#3a190c", 0.5), (0.35, "#a05834", 0.35), (0.55, "#c07143", 0.3), (1, "#3a190c", 0.55)])
            d.path(shape, fill=g)
            # the sheen: where the lock turns to the candle, a soft lit band along it, at its own height
            # one long sheen where the lock bends to the candle (the band at eye height, a little
            # higher or lower lock by lock), and a fainter one lower down
            for k, ry, strength in ((3, rng.uniform(120, 170), 1.0), (4, rng.uniform(70, 110), 0.45)):
                (x0, y0), (x1, y1) = mid[k], mid[k + 1]
                s = rng.uniform(0.0, 0.35)
                c = (x0 + (x1 - x0) * s, y0 + (y1 - y0) * s)
                rot = math.degrees(math.atan2(y1 - y0, x1 - x0)) - 90
                if c[0] + w * 0.3 > 1900:
                    continue
                soft(d, c, w * 0.28, ry, lit_col,
                     round(strength * rng.uniform(0.3, 0.5) * (1.2 - o / 500), 3), rot=rot, core=0.25)
            # a few fine hairs on the lock, not evenly spaced
            for _ in range(rng.randint(1, 3)):
                off = rng.uniform(-0.35, 0.35) * w
                hx = [(min(1896.0, x + off * (1 if side < 0 else -1) + rng.uniform(-3, 3)), y) for x, y in mid]
                d.path(smooth(hx, closed=False), stroke=lit_col if rng.random() < 0.5 else "#3a190c",
                       width=round(rng.uniform(1.0, 2.2), 1), opacity=round(rng.uniform(0.12, 0.3), 2))
    return d.text()


def write(out: Path) -> None:
    (out / "drop.svg").write_text(drop(), encoding="utf-8")
    for k in (1, 2, 3):
        (out / f"trail{k}.svg").write_text(trail(k), encoding="utf-8")
    (out / "face.svg").write_text(face(), encoding="utf-8")
    (out / "eyes.svg").write_text(eyes(), encoding="utf-8")
    (out / "welling.svg").write_text(welling(), encoding="utf-8")
    (out / "lids.svg").write_text(lids(), encoding="utf-8")
    (out / "hair.svg").write_text(hair(), encoding="utf-8")
    beats.write_variants(out, {"eyes.svg": ("her", eyes)})
