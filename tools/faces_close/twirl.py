"""hair_twirl (story line 15): her face, seen from the front, as she twirls a strand (the hand,
the strand and the arm are tools/hands/twirl.py's).

Drawn like the tear close-up (tear.py): the skin modelled with soft light and shade only, no
outline across it; the two eyes are the same size and shape mirrored about the face's middle,
each iris clipped to its opening; the brows and mouth carry the story's face beat at this shot
(beats.py: apprehensive, the inner brows lifted a little, the lips just parted). The neck is a
third of the face's width, in the jaw's shadow, running into the collarbones and the dress's
neckline. Parts (insert.toml, bottom to top): body (the long hair behind, neck, shoulders),
face (skin, nose, mouth), lids (the shut lids, seen only while she blinks), eyes (the open eyes
over the lids: the eye's opening covers the lid exactly), hair (the locks framing the face).
The strand leaves the hair mass at (626, 222), above her right temple (screen left): she twirls with
her right hand, the near one in the wide at 16/17 (review11: left hand here, right hand there). Her
face and the parting (right of the middle) are not mirrored; the ear where the strand is drawn back
and the lowered arm's sleeve (screen right) are.
"""

from __future__ import annotations

import math
import random
from pathlib import Path

from tools.faces_close import beats
from tools.faces_close.face import HER_IRIS
from tools.faces_close.svgkit import Doc, P, f, smooth, soft
from tools.faces_close.tear import Eye, _bez, _poly

CX = 772.0  # the face's middle
# her skin is the hand's (tools/hands: light #fbe2d0, mid #e2ae90, shade #a06a52), so the face and the raised
# hand read as one woman's under the same candle (review9 #5: the face dull grey-brown beside a peach hand)
SKIN = [(0, "#fde6d4", 1.0), (0.5, "#ecbc9e", 1.0), (0.82, "#c8906e", 1.0), (1, "#94604a", 1.0)]
SHADE = "#7a3e2c"
MIRROR = f'<g transform="matrix(-1 0 0 1 {2 * CX:g} 0)">'  # a part drawn at one side, shown at the other
LIGHT = "#fff0e2"
HAIR_LIT, HAIR, HAIR_DARK = "#b4642e", "#6e3618", "#2a1006"

# the face's outline (frontal, a soft oval with a small chin): the hair covers its top
OUTLINE: list[P] = [(CX, 236), (868, 262), (914, 340), (922, 430), (914, 500), (896, 566), (864, 620), (818, 656),
                    (CX, 668), (726, 656), (680, 620), (648, 566), (630, 500), (622, 430), (630, 340), (676, 262)]


def _eye_at(cx: float, cy: float, outer: int) -> Eye:
    """An eye 70 px wide centred at (cx, cy); `outer` -1 puts its outer corner on the left. The
    inner corner sits a little lower than the outer, the upper lid peaks toward the inner side."""
    w, h_up, h_lo = 35.0, 15.0, 12.0  # (h_up 21 showed white over each iris: a startled stare, review7 #3)
    if outer < 0:
        a, b = (cx - w, cy - 2), (cx + w, cy + 2)
        u1, u2 = (cx - w * 0.55, cy - h_up * 1.1), (cx + w * 0.45, cy - h_up * 1.25)
        l1, l2 = (cx - w * 0.45, cy + h_lo * 1.15), (cx + w * 0.5, cy + h_lo * 1.2)
    else:
        a, b = (cx - w, cy + 2), (cx + w, cy - 2)
        u1, u2 = (cx - w * 0.45, cy - h_up * 1.25), (cx + w * 0.55, cy - h_up * 1.1)
        l1, l2 = (cx - w * 0.5, cy + h_lo * 1.2), (cx + w * 0.45, cy + h_lo * 1.15)
    return Eye((a, u1, u2, b), (a, l1, l2, b))


EYE_Y = 432.0
LEFT = _eye_at(CX - 67, EYE_Y, -1)
RIGHT = _eye_at(CX + 67, EYE_Y, 1)
# a nervous glance: both irises aside (to her right, screen left) and a little down, the same in both eyes
LOOK = (-7.0, 3.0)
IRIS_R = 15.5


def body() -> str:
    d = Doc()
    d.body.append("<!-- Her long chestnut hair behind her, the neck and shoulders in the green dress "
                  "(tools/faces_close/twirl.py). -->")
    # the hair's long fall behind the head and shoulders
    g = d.lin((560, 0), (1000, 0), [(0, "#1a0a04", 1), (0.5, "#3e1e0c", 1), (1, "#6a3418", 1)])
    d.path(smooth([(CX, 206), (900, 226), (972, 320), (990, 520), (1010, 760), (1040, 1000), (500, 1000),
                   (540, 760), (556, 520), (572, 320), (644, 226)], tension=0.8), fill=g)
    rng = random.Random(15)
    for k in range(40):
        side = -1 if k % 2 else 1
        x0 = CX + side * (150 + 70 * rng.random())
        lit = rng.random() < 0.5
        col = (HAIR_LIT if side > 0 else "#8a4a24") if lit else "#140602"
        d.path(smooth([(x0, 300), (x0 + side * 30, 520), (x0 + side * (40 + 30 * rng.random()), 760),
                       (x0 + side * (60 + 50 * rng.random()), 990)], closed=False),
               stroke=col, width=round(1.4 + 2.6 * rng.random(), 1), opacity=round(0.25 + 0.35 * rng.random(), 2))
    # the neck: a column a third of the face wide, flaring into the shoulders' slope
    neck = d.lin((700, 0), (850, 0), [(0, "#9a6048", 1), (0.45, "#e2ae90", 1), (1, "#f0c4a6", 1)])
    d.path(smooth([(712, 600), (714, 700), (700, 790), (650, 840), (900, 840), (846, 790), (832, 700), (834, 600)],
                  tension=0.7), fill=neck)
    # shoulders and the dress: a scooped neckline over the collarbones
    chest = d.lin((600, 800), (960, 900), [(0, "#d09a7c", 1), (1, "#f0c4a6", 1)])
    d.path(smooth([(560, 900), (640, 842), (720, 812), (CX, 806), (830, 812), (910, 842), (990, 900), (990, 960),
                   (560, 960)], tension=0.7), fill=chest)
    dress = d.lin((420, 0), (1200, 0), [(0, "#0e1a12", 1), (0.5, "#34523e", 1), (1, "#5e8a68", 1)])
    d.path("M 380,1090 C 400,960 470,880 590,850 C 640,870 690,890 772,900 C 854,890 910,868 960,846 "
           "C 1080,870 1160,950 1180,1090 Z", fill=dress)
    # the neckline's hem catches the light; its fold under the arm
    d.path(smooth([(590, 850), (690, 890), (772, 900), (854, 890), (960, 846)], closed=False),
           stroke="#8ab890", width=3, opacity=0.35)
    # modelling: the jaw's shadow on the neck, the neck's far side, the pit of the throat, the collarbones
    soft(d, (CX, 640), 96, 46, "#4a2216", 0.65)
    # (review8 #25: the neck was a pale column) the jaw's shadow lies across the neck's top in the jaw's
    # own curve, deeper under the jaw's angles; the neck is round: both its sides turn into shade, and
    # the two long muscles run from behind the ears down to the pit of the throat
    soft(d, (CX, 684), 92, 26, "#3a180e", 0.55)
    soft(d, (718, 652), 40, 34, "#3a180e", 0.45)
    soft(d, (828, 652), 40, 34, "#3a180e", 0.4)
    soft(d, (838, 730), 16, 100, SHADE, 0.3)
    soft(d, (744, 740), 9, 80, SHADE, 0.2, rot=-22)
    soft(d, (802, 740), 9, 80, SHADE, 0.18, rot=22)
    soft(d, (812, 744), 8, 70, LIGHT, 0.14, rot=22)
    soft(d, (722, 720), 26, 110, SHADE, 0.35)
    soft(d, (822, 720), 18, 90, LIGHT, 0.18)
    soft(d, (CX, 812), 22, 16, SHADE, 0.35)
    soft(d, (700, 826), 70, 9, SHADE, 0.25, rot=-8)
    soft(d, (844, 826), 70, 9, SHADE, 0.25, rot=8)
    soft(d, (700, 816), 70, 8, LIGHT, 0.18, rot=-8)
    soft(d, (846, 816), 70, 8, LIGHT, 0.25, rot=8)
    soft(d, (CX, 866), 150, 26, "#2a1408", 0.35)
    # the left shoulder's short puffed sleeve (screen right), like the raised arm's of arm.svg: drawn at
    # screen left and mirrored about the face's middle
    d.body.append(MIRROR)
    sl = d.lin((460, 860), (600, 1000), [(0, "#5e8a68", 1), (1, "#1a2c20", 1)])
    d.path(smooth([(420, 1000), (440, 900), (520, 856), (600, 860), (620, 940), (580, 1020), (470, 1040)],
                  tension=0.8), fill=sl)
    for k in range(4):
        x = 470 + 30 * k
        d.path(smooth([(x, 880 + 6 * k), (x - 8, 950), (x - 4, 1020)], closed=False), stroke="#162418",
               width=3, opacity=0.45)
    d.body.append("</g>")
    return d.text()


def face() -> str:
    d = Doc()
    d.body.append("<!-- Her face from the front, modelled with soft light and shade (no lines on the skin). -->")
    skin = d.rad((800, 420), 300, SKIN)
    d.path(smooth(OUTLINE, tension=0.85), fill=skin)
    lk = beats.look("hair_twirl", "her")
    # the far (left) side of the face turns away from the candle; the temples and jaw round off
    soft(d, (640, 470), 60, 200, "#6a3422", 0.34, core=0.2)
    soft(d, (912, 470), 36, 170, "#6a3422", 0.18, core=0.2)
    soft(d, (CX, 640), 120, 30, SHADE, 0.3)
    # forehead lit, the brow ridge, the sockets soft under it
    soft(d, (790, 300), 120, 50, LIGHT, 0.22)
    soft(d, LEFT_C, 50, 30, "#8a4a36", 0.35, core=0.2)
    soft(d, RIGHT_C, 50, 30, "#8a4a36", 0.3, core=0.2)
    soft(d, (CX - 80, 400), 42, 8, LIGHT, 0.18, rot=-6)
    soft(d, (CX + 80, 400), 42, 8, LIGHT, 0.22, rot=6)
    _nose(d)
    # the philtrum, the cheeks with their colour, the chin lit and the shadow under the lip
    soft(d, (CX, 568), 6, 9, SHADE, 0.18)
    soft(d, (688, 520), 50, 34, "#e06a60", 0.26)
    soft(d, (858, 520), 46, 32, "#e06a60", 0.26)
    soft(d, (862, 486), 34, 16, LIGHT, 0.2, rot=-10)
    soft(d, (CX, 618), 24, 8, SHADE, 0.3)
    soft(d, (CX + 6, 640), 34, 16, LIGHT, 0.22)
    soft(d, (870, 600), 40, 50, SHADE, 0.14)
    # the jaw line (review8 #25: 'no jaw line'): the jaw turning under, a soft shade along the lower
    # contour (its outer half falls on the neck as the jaw's edge), the chin's round lit above it
    jaw = [(640, 520), (652, 574), (684, 624), (728, 658), (CX, 670), (816, 658), (860, 624), (890, 574), (904, 520)]
    d.path(smooth(jaw, closed=False), stroke=SHADE, width=18, opacity=0.16)
    d.path(smooth(jaw[1:-1], closed=False), stroke="#4a2216", width=6, opacity=0.18)
    soft(d, (690, 600), 28, 40, SHADE, 0.18, rot=-30)
    soft(d, (858, 598), 26, 38, SHADE, 0.14, rot=30)
    _mouth(d, lk.droop, lk.parted)
    # the brows on the skin (not on the eyes' part, so a blink keeps them), lifted at their heads by the beat
    lift = 7 * lk.sorrow
    soft(d, (CX, 392), 14, 22, "#7a3e2c", round(0.08 * max(0.0, lk.sorrow), 3))
    _brow(d, (CX - 24, 392), (CX - 116, 404), lift, 1)
    _brow(d, (CX + 24, 392), (CX + 116, 404), lift, 2)
    return d.text()


def _nose(d: Doc) -> None:
    """The nose in light and shade (review5 #13: 'the nose is two dots'): the light from screen right,
    so the bridge is a lit ridge from between the brows to the tip, the far side of it a shade plane
    running down into the wing; the tip a lit ball with a glint; the wings rounded by a soft crease
    round each; the nostrils shaped, dark, turned in; under it the nose's own shadow on the lip."""
    dk = "#3a1408"
    # the side plane away from the light, from beside the inner eye down to the wing, and the lit side's
    # gentler turn (every edge soft: the skin carries no drawn line, test_insert_faces)
    soft(d, (CX - 26, 470), 32, 72, SHADE, 0.46)
    soft(d, (CX - 26, 518), 24, 24, SHADE, 0.26)
    soft(d, (CX + 26, 486), 16, 50, SHADE, 0.16)
    # the bridge's lit ridge, brightest down its lower half, and the tip's ball
    soft(d, (CX + 5, 462), 15, 48, LIGHT, 0.32)
    soft(d, (CX + 5, 500), 15, 30, LIGHT, 0.3)
    soft(d, (CX + 3, 527), 18, 14, LIGHT, 0.42)
    soft(d, (CX + 7, 529), 6, 4, "#ffffff", 0.35)
    soft(d, (CX - 2, 541), 18, 6, SHADE, 0.3)                 # the tip's underside turning away
    # the wings: a rounded soft crease round each (the far one deeper), their tops catching a little light
    for sx, k in ((-1, 1.0), (1, 0.55)):
        wx = CX + sx * 22
        d.path(smooth([(wx - sx * 1, 527), (wx + sx * 8, 533), (wx + sx * 8, 543), (wx - sx * 2, 549)], closed=False),
               stroke=SHADE, width=3.6, opacity=round(0.3 * k, 2))
        soft(d, (wx, 532), 9, 7, LIGHT, round(0.22 * (1.5 - k), 2))
    # the nostrils: dark, shaped, turned in under the tip
    soft(d, (CX - 10, 546), 7, 3.2, dk, 0.7, rot=18, core=0.3)
    soft(d, (CX + 13, 546), 6.5, 3, dk, 0.6, rot=-18, core=0.3)
    soft(d, (CX - 2, 557), 24, 6, SHADE, 0.4)                 # its shadow on the upper lip


LEFT_C = (CX - 67.0, EYE_Y)
RIGHT_C = (CX + 67.0, EYE_Y)


def _mouth(d: Doc, droop: float, parted: float) -> None:
    """Lips a little parted (apprehension): a cupid's bow above, a fuller lower lip with its wet light."""
    y = 596.0
    w = 34.0
    dr = 4 * droop
    up = [(CX - w, y + dr), (CX - 18, y - 8), (CX - 6, y - 10), (CX, y - 7), (CX + 6, y - 10), (CX + 18, y - 8),
          (CX + w, y + dr), (CX + 14, y + 1), (CX, y + 2), (CX - 14, y + 1)]
    lo = [(CX - w + 2, y + dr + 1), (CX - 14, y + 2 + parted), (CX, y + 2.5 + parted), (CX + 14, y + 2 + parted),
          (CX + w - 2, y + dr + 1), (CX + 18, y + 14 + parted), (CX, y + 17 + parted), (CX - 18, y + 14 + parted)]
    d.path(smooth(up, tension=0.7), fill=d.lin((0, y - 10), (0, y + 2), [(0, "#b4545a", 1), (1, "#8a3238", 1)]))
    d.path(smooth(lo, tension=0.7),
           fill=d.lin((0, y + 2), (0, y + 18), [(0, "#a0424a", 1), (0.45, "#d2747a", 1), (1, "#a04850", 1)]))
    if parted > 0:
        gap = [(CX - 20, y + 1), (CX, y + 2 + parted), (CX + 20, y + 1), (CX, y + 1.5)]
        d.path(smooth(gap, tension=0.8), fill="#3a1012", opacity=0.85)
    d.path(smooth([(CX - w, y + dr), (CX - 14, y + 1.5), (CX, y + 2), (CX + 14, y + 1.5), (CX + w, y + dr)],
                  closed=False), stroke="#5a1a20", width=2.2, opacity=0.75)
    soft(d, (CX + 6, y + 10 + parted), 10, 3.5, "#ffe8e0", 0.45)
    soft(d, (CX - w - 2, y + dr + 1), 5, 4, SHADE, 0.4)
    soft(d, (CX + w + 2, y + dr + 1), 5, 4, SHADE, 0.35)


def lids() -> str:
    """The shut lids: the eye's opening filled with lid skin, the lash line low along it (where the
    open eye's lower rim covers it), a few lashes; drawn under eyes.svg, seen when it blinks out."""
    d = Doc()
    d.body.append("<!-- Her shut lids, under the open eyes (seen while she blinks). -->")
    for e, c, flip in ((LEFT, LEFT_C, -1), (RIGHT, RIGHT_C, 1)):
        lid = d.rad((c[0], c[1] - 14), 48, [(0, "#f0c4a4", 1), (0.7, "#cf9276", 1), (1, "#a86a52", 1)])
        d.path(e.opening(), fill=lid)
        a, _, _, b = e.lower
        lash = (a, (a[0] + (b[0] - a[0]) * 0.3, c[1] + 9), (a[0] + (b[0] - a[0]) * 0.7, c[1] + 9), b)
        d.path(e.curve(lash), stroke="#1e0c06", width=3.2)
        pts = _bez(*lash, n=20)
        for k in range(5):
            t = 0.3 + 0.15 * k
            px, py = pts[round((t if flip > 0 else 1 - t) * 20)]
            d.path(smooth([(px, py), (px + flip * 3 * t, py + 5), (px + flip * 6 * t, py + 7)], closed=False),
                   stroke="#1e0c06", width=1.6, opacity=0.8)
    return d.text()


def _eye(d: Doc, e: Eye, c: P, flip: int) -> None:
    ic = (c[0] + LOOK[0], c[1] + LOOK[1])
    white = d.lin((0, c[1] - 20), (0, c[1] + 14), [(0, "#c8b4a8", 1), (0.55, "#f0e4da", 1), (1, "#dcc6bc", 1)])
    d.path(e.opening(), fill=white)
    iris = d.rad(ic, IRIS_R, HER_IRIS)
    d.path(_poly(e.clip_circle(ic, IRIS_R)), fill=iris)
    d.path(_poly(e.clip_circle(ic, 6.5)), fill="#080806")
    # the upper lid's shadow on the eyeball, the catchlight of the candle (same place in both eyes)
    shadow = [*e.up, *[(x, y + 7 - 4 * abs((x - c[0]) / 36)) for x, y in reversed(e.up)]]
    d.path(_poly(shadow), fill="#2a1008", opacity=0.35)
    d.path(_poly(e.clip_circle((ic[0] + 5, ic[1] - 6), 3.4, 24)), fill="#ffffff", opacity=0.95)
    # the lids: the crease soft above, the lash line dark and thickening outward, lashes curling out
    a, u1, u2, b = e.upper
    d.path(e.curve((a, (u1[0], u1[1] - 8), (u2[0], u2[1] - 8), b), dy=-7), stroke="#8a5240", width=2.2, opacity=0.35)
    d.path(e.curve(e.upper), stroke="#1a0a06", width=4.4)
    ups = _bez(*e.upper, n=40)
    rng = random.Random(15 + flip)
    for k in range(9):
        t = min(1.0, 0.35 + 0.65 * (k + rng.uniform(-0.3, 0.3)) / 8)
        px, py = ups[round((t if flip > 0 else 1 - t) * 40)]
        ln = (4 + 7 * t) * (0.8 + 0.4 * rng.random())
        ang = math.radians(-96 + flip * (14 + 50 * t * t))
        tip = (px + ln * math.cos(ang), py + ln * math.sin(ang))
        mid = ((px + tip[0]) / 2 + flip * 1.5 * t, (py + tip[1]) / 2 + 0.6)
        d.path(smooth([(px, py), mid, tip], closed=False), stroke="#1a0a06", width=round(1.9 - 0.6 * t, 2))
    d.path(e.curve(e.lower), stroke="#c88272", width=2.6, opacity=0.9)
    lows = _bez(*e.lower, n=20)
    for k in range(5):
        t = 0.4 + 0.12 * k
        px, py = lows[round((t if flip > 0 else 1 - t) * 20)]
        d.path(smooth([(px, py + 1), (px + flip * 2 * t, py + 4)], closed=False), stroke="#3a1a10", width=1.1,
               opacity=0.6)
    inner = b if flip < 0 else a
    soft(d, inner, 5, 4, "#d07a70", 0.6)


def _brow(d: Doc, head: P, tail: P, lift: float, seed: int) -> None:
    """A brow from its head (by the nose) to its tail: tapered, arching, `lift` raising the head."""
    n = 12
    centre: list[P] = []
    width: list[float] = []
    for i in range(n + 1):
        t = i / n
        x = head[0] + (tail[0] - head[0]) * t
        y = head[1] + (tail[1] - head[1]) * t - 9 * math.sin(math.pi * min(1.0, t * 1.3)) - lift * (1 - t) ** 2
        centre.append((x, y))
        width.append(9.5 * (1 - t) ** 0.6 + 2.2)
    top = [(x, y - width[i] * 0.55) for i, (x, y) in enumerate(centre)]
    bot = [(x, y + width[i] * 0.45) for i, (x, y) in enumerate(centre)]
    g = d.lin(head, tail, [(0, "#6a3a22", 0.6), (0.3, "#3a1a0c", 0.92), (1, "#3a1a0c", 0.6)])
    d.path(smooth([*top, *reversed(bot)], tension=0.8), fill=g)
    rng = random.Random(seed)
    for _ in range(26):
        t = rng.random() ** 1.2
        i = min(n - 1, int(t * n))
        (x0, y0), (x1, y1) = centre[i], centre[i + 1]
        s = t * n - i
        x, y = x0 + (x1 - x0) * s, y0 + (y1 - y0) * s + width[i] * (rng.random() * 0.6 - 0.3)
        a = math.atan2(y1 - y0, x1 - x0) - 0.5 * (1 - min(1.0, t * 3)) * (1 if x1 > x0 else -1)
        ln = 4 + 3 * rng.random()
        d.path(f"M{f(x)},{f(y)} L{f(x + math.cos(a) * ln)},{f(y + math.sin(a) * ln)}",
               stroke="#24100a" if rng.random() < 0.6 else "#7a4220", width=1.1, opacity=0.6)


def eyes() -> str:
    d = Doc()
    d.body.append("<!-- Her open eyes (one drawing mirrored: the same size) glancing aside "
                  "(tools/faces_close/twirl.py). -->")
    _eye(d, LEFT, LEFT_C, -1)
    _eye(d, RIGHT, RIGHT_C, 1)
    return d.text()


def hair() -> str:
    d = Doc()
    d.body.append("<!-- Her chestnut hair parted and framing her face, over her temples and down behind her "
                  "shoulders; the twirled strand leaves it at (626, 222). -->")
    g = d.lin((600, 0), (960, 0), [(0, "#1e0c05", 1), (0.55, "#4e2410", 1), (1, "#8a4a24", 1)])
    # the left mass: from the parting over the forehead's corner and the temple, down past the jaw
    d.path(smooth([(798, 214), (770, 236), (716, 262), (668, 300), (640, 360), (630, 440), (628, 540), (640, 660),
                   (668, 800), (664, 872), (646, 904), (624, 892), (600, 850), (572, 700), (562, 500), (572, 340), (620, 244), (700, 200)],
                  tension=0.8), fill=g)
    # the right mass: over the right temple (where the strand is drawn out) and down
    d.path(smooth([(798, 214), (830, 236), (876, 266), (904, 320), (914, 400), (916, 500), (910, 600), (904, 720),
                   (914, 850), (934, 896), (958, 900), (980, 860), (992, 700), (994, 480), (980, 320), (930, 230), (860, 196)], tension=0.8),
           fill=g)
    # her right ear (screen left) where the twirled strand is drawn back from it: the rim and lobe show
    # under the hair, its hollow in shade (review8 #25: 'no ears'); strands fall over it below. Drawn
    # at screen right and mirrored about the face's middle
    _ear(d)
    # the line of the parting and the hair's curve where it leaves the forehead
    d.path(smooth([(798, 216), (768, 240), (716, 266), (670, 304), (644, 380)], closed=False),
           stroke="#b4642e", width=3, opacity=0.35)
    rng = random.Random(151)
    for side in (-1, 1):
        for _ in range(26):
            o = 6 + 46 * rng.random()
            if side < 0:
                pts = [(794, 218), (740 - o * 0.4, 250 + o * 0.2), (676 - o * 0.6, 300), (642 - o * 0.6, 440),
                       (640 - o * 0.6, 620), (662 - o * 0.7, 860)]
            else:
                pts = [(802, 218), (860 + o * 0.3, 250 + o * 0.2), (906 + o * 0.3, 320), (920 + o * 0.5, 460),
                       (914 + o * 0.7, 620), (928 + o * 0.6, 850)]
            lit = rng.random() < 0.55
            col = ("#d08a50" if side > 0 else "#9a5a30") if lit else "#140602"
            d.path(smooth(pts, closed=False), stroke=col, width=round(1.2 + 2.4 * rng.random(), 1),
                   opacity=round(0.2 + 0.4 * rng.random(), 2))
    # the crown's sheen
    soft(d, (836, 232), 56, 14, "#e0a070", 0.35, rot=18)
    soft(d, (700, 240), 50, 12, "#a86a40", 0.25, rot=-25)
    return d.text()


def _side(p: P) -> P:
    """A point of the ear drawn at screen right, at her right ear (screen left): mirrored about the face's
    middle point by point (nanosvg loses the soft shades' radial gradients under a mirroring group)."""
    return (2 * CX - p[0], p[1])


def _ear(d: Doc) -> None:
    """Her right ear, seen nearly edge-on from the front (review9 #5: 'a flat pale plane pasted onto the
    hair'): in the face's skin, tucked into the hair at its root (the hair's shadow along its inner edge),
    the helix's rim lit round the outside with its groove in shade inside it, the bowl of the concha dark
    behind the antihelix's lit ridge, the lobe rounded and flushed where the light comes through."""
    m = _side
    ear = d.lin(m((908, 0)), m((952, 0)), [(0, "#a06a52", 1), (0.45, "#e2ae90", 1), (1, "#c48a6c", 1)])
    d.path(smooth([m(p) for p in ((910, 432), (928, 426), (944, 440), (950, 470), (944, 500), (934, 524), (920, 534),
                                  (910, 520))], tension=0.8), fill=ear)
    soft(d, m((914, 482)), 10, 56, "#3a1408", 0.7)                   # the hair's shadow where it tucks in
    rim = [m(p) for p in ((922, 430), (938, 436), (947, 462), (945, 494), (934, 520))]
    d.path(smooth(rim, closed=False), stroke="#fbe2d0", width=4.5, opacity=0.75)             # the helix lit
    d.path(smooth([(x + 5, y + (4 if k == 0 else 0)) for k, (x, y) in enumerate(rim[:-1])], closed=False),
           stroke="#5a2616", width=3.5, opacity=0.6)                                          # its groove
    soft(d, m((926, 480)), 9, 22, "#4a1e10", 0.75)                    # the concha's bowl
    d.path(smooth([m(p) for p in ((930, 452), (934, 472), (930, 496))], closed=False), stroke="#f0c4a6", width=3,
           opacity=0.65)                                                                      # the antihelix
    soft(d, m((922, 524)), 10, 9, "#e2766a", 0.3)                     # the lobe, flushed


def write(out: Path) -> None:
    (out / "body.svg").write_text(body(), encoding="utf-8")
    (out / "face.svg").write_text(face(), encoding="utf-8")
    (out / "lids.svg").write_text(lids(), encoding="utf-8")
    (out / "eyes.svg").write_text(eyes(), encoding="utf-8")
    (out / "hair.svg").write_text(hair(), encoding="utf-8")
    beats.write_variants(out, {"face.svg": ("her", face)})
