"""hair_twirl (line 15): her hand at her temple, a chestnut strand wound round her index finger.

Her RIGHT hand at her right temple (screen left), as the wide at 16/17 shows it (her near hand
there, she faces right): review11 had her twirl with her left hand at 15 and her right at 16. The
arm, hand and lock are laid out here in the old (screen-right) frame and every file is mirrored
about her face's middle (`AXIS`) as it is written; the hand is drawn with `Xf.mirror` so that,
mirrored, it is a right hand seen from the back (thumb and index on its outer, screen-left side),
not a mirrored left. Her face and hair (tools/faces_close/twirl.py) are not mirrored."""

from __future__ import annotations

import math
import os

from tools.hands.geometry import (
    HER,
    INSERTS,
    LENS,
    MCP,
    WIDTH,
    add,
    f,
    finger,
    finger_geom,
    hand_back,
    mul,
    norm,
    palm_outline,
    set_light,
    smooth_path,
    sub,
    write,
)
from tools.hands.geometry import Doc as Doc
from tools.hands.geometry import FingerSpec as FingerSpec
from tools.hands.geometry import HandSpec as HandSpec
from tools.hands.geometry import P as P
from tools.hands.geometry import TransformFn as TransformFn
from tools.hands.geometry import Xf as Xf
from tools.hands.parts import bracelet

OUT = str(INSERTS) + "/hair_twirl/"
# the hand smaller than her face (about 0.45 of its width across the knuckles), the index
# finger beside her temple over the hair, not on her brow
WRIST = (1128.0, 610.0)   # in the frame before the mirror (the written files have it at 2 * AXIS - x)
AXIS = 772.0  # her face's middle (tools/faces_close/twirl.py CX): the files are mirrored about it
# mirror=True: a left hand before the mirror, so a right hand after it; turned so the index (on the
# thumb's side) is the upper finger, reaching up to the temple, the curled fingers below it by her cheek
ROT = -140.0
XF = Xf(WRIST[0], WRIST[1], rot=ROT, s=1.0, mirror=True)
K = XF.s / 0.95  # stroke widths drawn for the old size
FRAMES = 4          # the strand's winding: its coils drawn at four phases of a turn
FRAME_S = 0.2       # seconds a phase is held: a turn every 0.8 s


def fingers() -> list[FingerSpec]:
    """The index finger held out, the strand wound on it; the middle finger bent toward it and
    the ring and little fingers curled into the palm: seen from the back of the hand, a curled
    finger is its first phalanx and the rounded knuckle of the next, foreshortened."""
    idx = FingerSpec(MCP[0], -6, LENS[0], WIDTH[0] * 0.84, (5, 4), "back", taper=0.72)
    # curled: folded down at the middle knuckle, so each shows only its first phalanx (foreshortened,
    # drawn together, no gaps: a loose fist) and the rounded knuckle where it turns under; a woman's
    # slender hand: the knuckles closer together than the default hand's (146 px across, was 171)
    # and the fingers slimmer, so the palm's width is in proportion to her slim wrist
    mid = FingerSpec((MCP[1][0], -26.0), -12, (LENS[1][0] * 0.6, LENS[1][1] * 0.2, 2.0), WIDTH[1] * 1.0, (-6, 0), "back",
                     nail=False, taper=0.98)
    rng = FingerSpec((MCP[2][0], 10.0), -14, (LENS[2][0] * 0.54, LENS[2][1] * 0.2, 2.0), WIDTH[2] * 1.0, (-4, 0), "back",
                     nail=False, taper=0.98)
    pky = FingerSpec((MCP[3][0], 42.0), -16, (LENS[3][0] * 0.5, LENS[3][1] * 0.2, 2.0), WIDTH[3] * 1.0, (-2, 0), "back",
                     nail=False, taper=0.98)
    return [idx, mid, rng, pky]


def coil_geom(phase: float) -> list[tuple[P, P, P, float]]:
    """Where the strand winds round the index finger at `phase` (0..1 of a turn): centre,
    along, across, radius; two loose turns, standing off the finger (a lock wound loosely, not a
    spring pulled tight), advancing along it as it turns."""
    cp, ws, _ = finger_geom(fingers()[0], XF)
    out = []
    pitch = 0.24
    for k in range(2):
        t = 0.4 + pitch * (k + phase)
        u = t * 2.0
        seg = 0 if u < 1 else 1
        c = add(cp[seg], mul(sub(cp[seg + 1], cp[seg]), u - seg))
        along = norm(sub(cp[2], cp[0]))
        across = (-along[1], along[0])
        out.append((c, along, across, ws[1] * 0.62 + 7 * K))
    return out


# her chestnut hair (face.HER's): shadow, body, lit, sheen
HAIR = ("#341508", "#6e3618", "#8e4e28", "#c08850")  # shade, body, lit hairs, sheen: the wide's lock (game/art/figures.py HAIR, body 108,57,33)


def _quad(a: P, m: P, b: P, n: int = 10) -> list[P]:
    """A quadratic curve through a, m (its middle) and b, as points."""
    c = (2 * m[0] - (a[0] + b[0]) / 2, 2 * m[1] - (a[1] + b[1]) / 2)
    return [((1 - t) ** 2 * a[0] + 2 * (1 - t) * t * c[0] + t * t * b[0],
             (1 - t) ** 2 * a[1] + 2 * (1 - t) * t * c[1] + t * t * b[1]) for t in (i / n for i in range(n + 1))]


def lock(d: Doc, pts: list[P], w0: float, w1: float, dark: float = 0.0, sheen: float = 0.5,
         splay: float = 0.0, widths: list[float] | None = None) -> None:
    """A lock of hair along `pts`, `w0` wide at its start tapering to `w1`: a soft body of the hair's
    colour, then fine hairs side by side in three lights (not a tube with an outline), a sheen where
    it turns to the light at `sheen` (0..1 along it); `splay` fans the hairs' ends apart (a loose tip);
    `dark` > 0 for the turns behind the finger, in its shadow."""
    n = len(pts)
    nrm = []
    for i in range(n):
        a, b = pts[max(0, i - 1)], pts[min(n - 1, i + 1)]
        t = norm(sub(b, a))
        nrm.append((-t[1], t[0]))
    ws = widths or [w0 + (w1 - w0) * i / (n - 1) for i in range(n)]
    body = [add(p, mul(q, w / 2)) for p, q, w in zip(pts, nrm, ws, strict=True)]
    body += [add(p, mul(q, -w / 2)) for p, q, w in reversed(list(zip(pts, nrm, ws, strict=True)))]
    d.add(f'<path d="{smooth_path(body, tension=0.8)}" fill="{HAIR[1]}" opacity="{0.8 + 0.15 * dark:.2f}"/>')
    hairs = 9
    for j in range(hairs):
        o = min(0.5, max(-0.5, (j + 0.35 * math.sin(j * 2.3)) / (hairs - 1) - 0.5))  # not evenly ruled
        col, op = ((HAIR[2], 0.65), (HAIR[0], 0.45), ("#7c4222", 0.7))[j % 3]
        if dark:
            col, op = (HAIR[0], 0.5) if j % 2 else ("#5a2c14", 0.6)
        line = [add(p, mul(q, o * w * (0.9 + splay * 1.6 * (i / (n - 1)) ** 2)))
                for i, (p, q, w) in enumerate(zip(pts, nrm, ws, strict=True))]
        width = (1.0 + 0.8 * ((j * 7) % 3) / 2) * K
        d.add(f'<path d="{smooth_path(line, closed=False)}" stroke="{col}" stroke-width="{width:.1f}" fill="none" '
              f'stroke-linecap="round" opacity="{op}"/>')
    if not dark and sheen >= 0:  # the sheen: a short bright band across the hairs where the lock faces the light
        i0, i1 = max(0, int(sheen * n) - 2), min(n, int(sheen * n) + 2)
        seg = pts[i0:i1]
        if len(seg) >= 2:
            for j, o in enumerate((-0.2, 0.05, 0.25)):
                hl = [add(p, mul(nrm[i0 + i], o * ws[i0 + i])) for i, p in enumerate(seg)]
                d.add(f'<path d="{smooth_path(hl, closed=False)}" stroke="{HAIR[3]}" stroke-width="{1.4 * K:.1f}" '
                      f'fill="none" stroke-linecap="round" opacity="{0.7 - 0.15 * j:.2f}"/>')


def _from_temple(tgt: P, phase: float) -> list[P]:
    """The lock's path from where it leaves her hair above the temple down to the finger: lifted
    and drawn a little as the finger turns."""
    sway = 5 * math.sin(phase * 2 * math.pi)
    return [(918.0, 222.0), (950.0 + sway * 0.3, 282.0), (964.0 + sway * 0.6, 318.0),
            (tgt[0] - 16 + sway, tgt[1] - 44), (tgt[0] - 4, tgt[1] - 12), tgt]


def helix(phase: float) -> list[tuple[P, bool]]:
    """The coil's middle line, two turns round the index finger as one continuous helix (its turns
    from `coil_geom`): (point, near) every 7.5 degrees, `near` where it passes over the finger (drawn
    over index.svg), else behind it (under it). The lock comes in at the turn's edge on the `across`
    side, goes behind the finger first and comes over it on the far edge; seen a little from the
    tip's side, the near halves bow toward the tip. (Separate near and far arcs whose ends did not
    meet showed square-cut stubs beside the finger: hoops hung on it, not a lock wound round it.)"""
    (c0, al, ac, r), (c1, *_) = coil_geom(phase)
    step = sub(c1, c0)
    n = 96
    out: list[tuple[P, bool]] = []
    for i in range(n + 1):
        th = 4 * math.pi * i / n
        a = th + math.pi / 2
        p = add(add(c0, mul(step, th / (2 * math.pi))), add(mul(ac, r * math.sin(a)), mul(al, -5 * K * math.cos(a))))
        out.append((p, math.cos(a) < 0))
    return out


def _helix_runs(phase: float) -> list[tuple[bool, list[P]]]:
    """The helix split into its near and far stretches, each sharing its end point with the next."""
    runs: list[tuple[bool, list[P]]] = []
    for p, near in helix(phase):
        if runs and runs[-1][0] == near:
            runs[-1][1].append(p)
        else:
            if runs:
                runs[-1][1].append(p)
            runs.append((near, [p]))
    return runs


def _width(k: int, n: int) -> float:
    """The lock's width at stretch `k` of `n`: it thins a little as it winds on toward the tip."""
    return (11 - 3 * k / max(1, n - 1)) * K


def strand_back(d: Doc, phase: float) -> None:
    """The lock from her temple to the finger, and the stretches of the coil behind the finger."""
    runs = _helix_runs(phase)
    tgt = runs[0][1][0]
    path = _from_temple(tgt, phase)
    # gathered out of the hair mass (narrow where it leaves it), full, then drawn together at the finger
    lock(d, path, 0, 0, sheen=0.35, widths=[w * K for w in (6, 18, 19, 16, 12, 11)])
    for dx, o in ((-16, 0.5), (14, 0.4), (-5, 0.35)):  # a few loose hairs lifted off it
        hp = [add(p, (dx * (1 - i / (len(path) - 1)) + 3 * math.sin(i + dx), 0)) for i, p in enumerate(path)]
        d.add(f'<path d="{smooth_path(hp, closed=False)}" stroke="{HAIR[2]}" stroke-width="1.1" fill="none" opacity="{o}"/>')
    for k, (near, pts) in enumerate(runs):
        if not near:
            w = _width(k, len(runs))
            lock(d, pts, w, w, dark=1.0)


def strand_front(d: Doc, phase: float) -> None:
    """The stretches of the coil over the finger (with their soft shadow on it), and the loose end
    falling free from the last turn: tapering to fine splayed tips, swinging as the finger turns."""
    runs = _helix_runs(phase)
    for k, (near, pts) in enumerate(runs):
        if near:
            w = _width(k, len(runs))
            sh = [add(q, (3, 7)) for q in pts]
            d.add(f'<path d="{smooth_path(sh, closed=False)}" stroke="#2a1208" stroke-width="{w * 1.1:.1f}" fill="none" '
                  f'stroke-linecap="round" opacity="0.22"/>')
            lock(d, pts, w, w, sheen=0.45)
    end = runs[-1][1][-1]
    sway = 9 * math.sin(phase * 2 * math.pi)
    # out past the finger's side (away from the hand) and falling, curling at the tip
    tail = [end, add(end, (-14 + sway * 0.1, 8 * K)), add(end, (-24 + sway * 0.4, 28 * K)),
            add(end, (-26 + sway * 0.8, 50 * K)), add(end, (-18 + sway, 70 * K)), add(end, (-8 + sway, 80 * K))]
    lock(d, tail, 6 * K, 1.5 * K, sheen=0.3, splay=0.9)


THUMB = FingerSpec((100, -64), -11, (92, 70), 38, (4,), "back", taper=0.72)
# the palm's sides, local (x along the hand from the wrist, y across it, the thumb's side < 0): the
# wrist 102 px across at x = -10 (the forearm's in arm()), 146 across the knuckles
PALM_THUMB_SIDE: list[P] = [(-26, -54), (-10, -53), (40, -59), (95, -70), (150, -80), (170, -84)]
PALM_LITTLE_SIDE: list[P] = [(178, 64), (120, 60), (50, 55), (-10, 51), (-26, 47)]


def hand(d: Doc) -> None:
    """The back of the hand, the curled fingers and the thumb reaching up behind the index
    finger to pinch the strand against it (the index and the strand are parts over this)."""
    h = HandSpec(XF, HER)
    h.fingers = fingers()
    h.thumb = THUMB
    # (review9 #5: 'the wrist is as wide as the palm'; then the palm flared out right past the bracelet,
    # a bulbous heel on a pinched neck): a slim wrist 0.67 of the knuckles' width, the heel of the hand
    # (the thenar pad on the thumb side) rising gently from it, the little-finger side almost straight,
    # the palm widening evenly to its widest across the knuckles
    h.palm_pts = [*PALM_THUMB_SIDE, *palm_outline(h.fingers)[4:-3], *PALM_LITTLE_SIDE]
    # no forearm piece here: arm.svg's bare forearm runs up under the back of the hand
    for fs in h.fingers[:0:-1]:
        finger(d, fs, XF, HER, soft=False)
        # where the finger turns under toward the palm: the knuckle's lit top and the far end
        # falling into shade (soft, no line across the finger), the tip out of sight behind it
        cp, ws, _ = finger_geom(fs, XF)
        al = norm(sub(cp[-1], cp[0]))
        e = add(cp[-1], mul(al, ws[-1] * 0.2))
        d.add(f'<ellipse cx="{e[0]:.1f}" cy="{e[1]:.1f}" rx="{ws[-1] * 0.6:.1f}" ry="{ws[-1] * 0.6:.1f}" '
              f'fill="{d.rad(e, ws[-1] * 0.62, [(0, HER.dark, 0.55), (0.6, HER.dark, 0.3), (1, HER.dark, 0)])}"/>')
        k = sub(cp[-1], mul(al, ws[-1] * 0.3))
        d.add(f'<ellipse cx="{k[0]:.1f}" cy="{k[1]:.1f}" rx="{ws[-1] * 0.34:.1f}" ry="{ws[-1] * 0.34:.1f}" '
              f'fill="{d.rad(k, ws[-1] * 0.36, [(0, HER.knuckle, 0.45), (1, HER.knuckle, 0)])}"/>')
    # the thumb on the hand's outer edge (a right hand's back, mirrored into place): drawn under the back of
    # the hand, its root hidden by it (over it with a faded root, the fade showed as a blur against the dark)
    finger(d, THUMB, XF, HER, soft=False)
    hand_back(d, h)


def index(d: Doc) -> None:
    finger(d, fingers()[0], XF, HER, soft=False)


def arm(d: Doc) -> None:
    """Her raised arm as in the wides: a short puffed green sleeve on the shoulder, the bare
    upper arm out of its band down to the elbow, bent there, the bare forearm up to the wrist."""
    # (review8 #25: the forearm rose straight from behind the sleeve to an elbow below the frame, a
    # third arm): the upper arm leaves the sleeve's band down and out to an elbow in the frame, bent
    # there, and the forearm rises from the elbow in front of the shoulder to the wrist
    # the raised arm is on the far side from the room's key (her right, screen left, the key from the right):
    # its skin a tone down from the hand's lit back (lit as bright, it outshone her face on the key side)
    skin = d.lin((1080, 0), (1420, 0), [(0, HER.dark, 1), (0.5, HER.mid, 1), (1, HER.mid, 1)])
    up = [(1110, 872), (1250, 862), (1400, 872), (1470, 898), (1490, 950), (1450, 986), (1330, 990), (1200, 994),
          (1090, 990)]
    d.add(f'<path d="{smooth_path(up, tension=0.7)}" fill="{skin}" stroke="{HER.line}" stroke-width="2.4" stroke-opacity="0.35"/>')
    d.add(f'<path d="{smooth_path([(1150, 978), (1300, 976), (1440, 970)], closed=False)}" stroke="{HER.dark}" '
          f'stroke-width="22" fill="none" opacity="0.25" stroke-linecap="round"/>')  # its underside in shade
    # the puffed sleeve: a rounded puff over the top of the shoulder, gathered into the seam
    # where it joins the bodice and into the band round the upper arm, lit from the right
    g = d.lin((980, 0), (1240, 0), [(0, "#16271f", 1), (0.5, "#355646", 1), (1, "#6e9a84", 1)])
    puff = [(968, 838), (1000, 800), (1070, 778), (1150, 790), (1212, 836), (1240, 904), (1222, 958), (1160, 978),
            (1080, 974), (1012, 950), (980, 900)]
    d.add(f'<path d="{smooth_path(puff, tension=0.8)}" fill="{g}" stroke="#0c1410" stroke-width="2.4" stroke-opacity="0.35"/>')
    gv = d.lin((0, 780), (0, 980), [(0, "#ffffff", 0.12), (0.45, "#000000", 0), (1, "#000000", 0.4)])
    d.add(f'<path d="{smooth_path(puff, tension=0.8)}" fill="{gv}"/>')
    for a, m, b in (((1000, 812), (1030, 880), (1030, 954)), ((1050, 790), (1080, 870), (1086, 968)),
                    ((1110, 786), (1140, 870), (1146, 972)), ((1170, 806), (1196, 880), (1196, 962))):
        d.add(f'<path d="M{f(a)} Q{f(m)} {f(b)}" stroke="#0a120e" stroke-width="4" fill="none" opacity="0.45" stroke-linecap="round"/>')
        d.add(f'<path d="M{f((a[0] + 6, a[1]))} Q{f((m[0] + 6, m[1]))} {f((b[0] + 6, b[1]))}" stroke="#8fb8a2" '
              f'stroke-width="2.5" fill="none" opacity="0.3" stroke-linecap="round"/>')
    band = [(1000, 944), (1080, 972), (1160, 976), (1226, 950)]
    d.add(f'<path d="{smooth_path(band, closed=False)}" stroke="#0c1410" stroke-width="9" fill="none" opacity="0.6" stroke-linecap="round"/>')
    d.add(f'<path d="{smooth_path(band, closed=False)}" stroke="#8fb8a2" stroke-width="3" fill="none" opacity="0.5" stroke-linecap="round"/>')
    rim = [(1150, 790), (1212, 836), (1240, 904)]
    d.add(f'<path d="{smooth_path(rim, closed=False)}" stroke="#b8e0c8" stroke-width="5" fill="none" opacity="0.45" stroke-linecap="round"/>')
    sd = -1 if XF.mirror else 1  # the forearm's inner side (toward the face) is local -y unmirrored
    fa = [(1350, 934), XF((-120, -62 * sd)), XF((0, -54 * sd)), XF((30, -54 * sd)), XF((30, 54 * sd)), XF((0, 52 * sd)),
          XF((-120, 64 * sd)), (1444, 866), (1484, 912), (1470, 968), (1410, 978)]  # from the elbow's point up to the wrist
    g2 = d.lin(XF((-100, -80)), XF((-100, 80)), [(0, HER.dark, 1), (0.35, HER.mid, 1), (0.75, HER.mid, 1), (1, HER.dark, 1)])
    d.add(f'<path d="{smooth_path(fa, tension=0.55)}" fill="{g2}" stroke="{HER.line}" stroke-width="2.4" stroke-opacity="0.35"/>')
    # the elbow's bend: a crease on the inside, the point's bone catching the light
    d.add(f'<path d="{smooth_path([(1336, 930), (1362, 942), (1396, 944)], closed=False)}" stroke="{HER.dark}" '
          f'stroke-width="5" fill="none" opacity="0.35" stroke-linecap="round"/>')
    d.add(f'<path d="{smooth_path([(1450, 970), (1480, 944), (1480, 912)], closed=False)}" stroke="{HER.light}" '
          f'stroke-width="6" fill="none" opacity="0.5" stroke-linecap="round"/>')
    bracelet(d, XF, x=-40, half=48)


def mid(a: P, b: P) -> P:
    return ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)

def shown(p: P) -> P:
    """Where a point laid out here (before the mirror) is in the written files."""
    return (2 * AXIS - p[0], p[1])


def mirrored(svg: str) -> str:
    """The drawing mirrored about her face's middle: the whole picture (its gradients with it) in one
    group, so the arm, hand and lock come out at her right side exactly as laid out at her left."""
    head, rest = svg.split(">\n", 1)
    body, tail = rest.rsplit("</svg>", 1)
    return f'{head}>\n<g transform="matrix(-1 0 0 1 {2 * AXIS:g} 0)">\n{body}</g>\n</svg>{tail}'


def _write(name: str, d: Doc) -> None:
    write(OUT + name, mirrored(d.svg()))


def main() -> None:
    set_light((-0.7, -0.7))  # from the upper left before the mirror: from the upper right (the room's key) after it
    d = Doc()
    arm(d)
    _write("arm.svg", d)
    d = Doc()
    hand(d)
    _write("hand.svg", d)
    d = Doc()
    index(d)
    _write("index.svg", d)
    for old in ("strand.svg",):
        if os.path.exists(OUT + old):
            os.remove(OUT + old)
    for k in range(FRAMES):
        d = Doc()
        strand_back(d, k / FRAMES)
        _write(f"strand_back{k}.svg", d)
        d = Doc()
        strand_front(d, k / FRAMES)
        _write(f"strand{k}.svg", d)
    _write_toml()


# the twirl's keys (t, dx, dy, degrees) as at her left, mirrored: dx and the turn change sign
# every part but the background is shown FRAME_DX px right of where it is drawn: her face at the frame's
# middle (it was at 0.40 with the arm filling the right; with the arm at her right the frame's right half
# was bare dark and the room's key, from the right, lit nothing; insert.toml's light_centre 0.5 follows)
FRAME_DX = 190
SHIFTED = f'[[part.motion]]\nkind = "keys"\nkeys = [[0, {FRAME_DX}, 0, 0]]\n'
BREATHE = SHIFTED + '[[part.motion]]\nkind = "breathe"\ndy = 6\nperiod = 3.8\n'
TWIRL = (BREATHE + '[[part.motion]]\nkind = "keys"\nperiod = 1.6\n'
         'keys = [[0, 0, 0, 0], [0.4, -4, -3, -4], [0.8, 0, -6, -7], [1.2, 4, -3, -3], [1.6, 0, 0, 0]]\n')
ARM = (BREATHE + '[[part.motion]]\nkind = "keys"\nperiod = 1.6\n'
       'keys = [[0, 0, 0, 0], [0.4, -4, -3, 0], [0.8, 0, -6, 0], [1.2, 4, -3, 0], [1.6, 0, 0, 0]]\n')


def _frame_keys(k: int) -> str:
    """Visible (alpha 1) during its phase of each turn, else 0: the coils wind, never fade."""
    cyc = FRAMES * FRAME_S
    a, b = k * FRAME_S, (k + 1) * FRAME_S
    keys = [[0.0, 1.0 if k == 0 else 0.0]]
    if k > 0:
        keys += [[a - 0.001, 0.0], [a, 1.0]]
    keys += [[b - 0.001, 1.0], [b, 0.0], [cyc, 0.0]]
    if k == 0:
        keys[-1] = [cyc - 0.001, 0.0]
        keys.append([cyc, 1.0])
    body = ", ".join(f"[{t:.3f}, 0, 0, 0, 1, {al:g}]" for t, al in keys)
    return f'[[part.motion]]\nkind = "keys"\nperiod = {cyc:g}\nkeys = [{body}]\n'


def _write_toml() -> None:
    """Rewrite the arm's, hand's and strand's parts of insert.toml (the face's parts are kept as they are)."""
    path = OUT + "insert.toml"
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    head = text[:text.index('[[part]]\nsvg = "arm.svg"')]
    out = [head]
    piv = f"pivot = [{2 * AXIS - WRIST[0]:g}, {WRIST[1]:g}]\n"  # the wrist, mirrored
    out.append('[[part]]\nsvg = "arm.svg"\n' + piv + ARM)
    out.append('\n[[part]]\nsvg = "hand.svg"\n' + piv + TWIRL)
    for k in range(FRAMES):
        out.append(f'\n[[part]]\nsvg = "strand_back{k}.svg"\n' + piv + TWIRL + _frame_keys(k))
    out.append('\n[[part]]\nsvg = "index.svg"\n' + piv + TWIRL)
    for k in range(FRAMES):
        out.append(f'\n[[part]]\nsvg = "strand{k}.svg"\n' + piv + TWIRL + _frame_keys(k))
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("".join(out))
