"""hair_twirl (line 15): her hand at her temple, a chestnut strand wound round her index finger."""

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
WRIST = (1128.0, 610.0)
XF = Xf(WRIST[0], WRIST[1], rot=-108, s=1.0, mirror=False)
K = XF.s / 0.95  # stroke widths drawn for the old size
FRAMES = 4          # the strand's winding: its coils drawn at four phases of a turn
FRAME_S = 0.2       # seconds a phase is held: a turn every 0.8 s


def fingers() -> list[FingerSpec]:
    """The index finger held out, the strand wound on it; the middle finger bent toward it and
    the ring and little fingers curled into the palm: seen from the back of the hand, a curled
    finger is its first phalanx and the rounded knuckle of the next, foreshortened."""
    idx = FingerSpec(MCP[0], -6, LENS[0], WIDTH[0] * 0.84, (5, 4), "back", taper=0.72)
    mid = FingerSpec(MCP[1], -8, (LENS[1][0] * 0.74, LENS[1][1] * 0.26, 2.0), WIDTH[1] * 1.04, (-6, 0), "back", nail=False, taper=0.96)
    rng = FingerSpec(MCP[2], -5, (LENS[2][0] * 0.66, LENS[2][1] * 0.24, 2.0), WIDTH[2] * 1.04, (-4, 0), "back", nail=False, taper=0.96)
    pky = FingerSpec(MCP[3], -2, (LENS[3][0] * 0.62, LENS[3][1] * 0.22, 2.0), WIDTH[3] * 1.04, (-2, 0), "back", nail=False, taper=0.96)
    return [idx, mid, rng, pky]


def coil_geom(phase: float) -> list[tuple[P, P, P, float]]:
    """Where the strand winds round the index finger at `phase` (0..1 of a turn): centre,
    along, across, radius; the coils advance along the finger as it turns."""
    cp, ws, _ = finger_geom(fingers()[0], XF)
    out = []
    pitch = 0.17
    for k in range(3):
        t = 0.36 + pitch * (k + phase)
        u = t * 2.0
        seg = 0 if u < 1 else 1
        c = add(cp[seg], mul(sub(cp[seg + 1], cp[seg]), u - seg))
        along = norm(sub(cp[2], cp[0]))
        across = (-along[1], along[0])
        out.append((c, along, across, ws[1] * 0.6))
    return out


HAIR = ("#a0663c", "#5a3420", "#24120a")  # her chestnut hair of the wides, lit


def _hair_stroke(d: Doc, pts_: list[P], w: float) -> None:
    for ww, col, o in ((w, HAIR[2], 1.0), (w * 0.7, HAIR[1], 1.0), (w * 0.28, HAIR[0], 0.85)):
        d.add(f'<path d="{smooth_path(pts_, closed=False)}" stroke="{col}" stroke-width="{ww:.1f}" fill="none" '
              f'stroke-linecap="round" opacity="{o}"/>')


def _coil(d: Doc, a: P, m: P, b: P, al: P, dark: bool = False) -> None:
    """Half a turn of the strand: a flat bundle of hairs (a dark body, then fine lit hairs side by
    side), not one tube; the back halves, behind the finger, are in shadow."""
    d.add(f'<path d="M{f(a)} Q{f(m)} {f(b)}" stroke="{HAIR[2]}" stroke-width="{13 * K:.1f}" fill="none" '
          f'stroke-linecap="round" opacity="{0.9 if dark else 0.75}"/>')
    for i, off in enumerate((-4.5, -1.5, 1.5, 4.5)):
        o = mul(al, off * K)
        col = HAIR[1] if dark else (HAIR[0] if i % 2 else HAIR[1])
        d.add(f'<path d="M{f(add(a, o))} Q{f(add(m, o))} {f(add(b, o))}" stroke="{col}" stroke-width="{2.6 * K:.1f}" '
              f'fill="none" stroke-linecap="round" opacity="{0.6 if dark else 0.95}"/>')
    if not dark:  # the sheen where the turn faces the light
        d.add(f'<path d="M{f(m)} L{f(add(m, mul(al, 3)))}" stroke="#e8b080" stroke-width="{3 * K:.1f}" '
              f'stroke-linecap="round" opacity="0.6"/>')


def strand_back(d: Doc, phase: float) -> None:
    """The strand from her temple to the finger, and the back halves of the coils (behind the finger)."""
    coils = coil_geom(phase)
    c0, al, ac, r = coils[0]
    tgt = add(c0, mul(ac, r))
    # the strand leaves the hair mass above her temple (inside its edge) and drops to the finger:
    # a flat ribbon of several hairs, thicker than a line
    # a lock, not a wire: fanned out where it leaves the hair mass, gathered as it nears the
    # finger, with a slight wave and a few stray hairs
    for dx, w in ((-14, 9), (12, 9), (0, 16)):
        path = [(930.0 + dx, 246.0), (958.0 + dx * 0.6, 290.0), (tgt[0] - 14 + dx * 0.25, tgt[1] - 40), tgt]
        _hair_stroke(d, path, w * K)
    for dx, o in ((-18, 0.6), (16, 0.5), (-6, 0.45), (7, 0.5)):  # loose hairs along it
        hp = [(930.0 + dx, 248.0), (962.0 + dx * 0.7, 288.0), (tgt[0] - 20 + dx * 0.3, tgt[1] - 44), tgt]
        d.add(f'<path d="{smooth_path(hp, closed=False)}" stroke="{HAIR[0]}" stroke-width="1.6" fill="none" opacity="{o}"/>')
    for c, al, ac, r in coils:
        a = add(c, mul(ac, -r))
        b = add(add(c, mul(ac, r)), mul(al, 12))
        m = add(c, mul(al, -r * 0.6))
        _coil(d, a, m, b, al, dark=True)


def strand_front(d: Doc, phase: float) -> None:
    """The front halves of the coils over the finger (with their shadow on it), and the loose end."""
    coils = coil_geom(phase)
    for c, al, ac, r in coils:
        a = add(c, mul(ac, r))
        b = add(add(c, mul(ac, -r)), mul(al, 12))
        m = add(c, mul(al, r * 0.9))
        sh = [add(q, (4, 6)) for q in (a, m, b)]
        d.add(f'<path d="M{f(sh[0])} Q{f(sh[1])} {f(sh[2])}" stroke="#000" stroke-width="{12 * K:.1f}" fill="none" '
              f'stroke-linecap="round" opacity="0.25"/>')
        _coil(d, a, m, b, al)
    c, al, ac, r = coils[-1]
    end = add(c, mul(ac, -r))
    sway = 6 * math.sin(phase * 2 * math.pi)
    tail = [end, add(end, (-6 + sway * 0.3, 22 * K)), add(end, (4 + sway * 0.7, 44 * K)), add(end, (-2 + sway, 64 * K))]
    _hair_stroke(d, tail, 14 * K)


THUMB = FingerSpec((96, -70), -11, (92, 70), 42, (4,), "back", taper=0.72)


def hand(d: Doc) -> None:
    """The back of the hand, the curled fingers and the thumb reaching up behind the index
    finger to pinch the strand against it (the index and the strand are parts over this)."""
    h = HandSpec(XF, HER)
    h.fingers = fingers()
    h.thumb = THUMB
    # no forearm piece here: arm.svg's bare forearm runs up under the back of the hand
    for fs in h.fingers[:0:-1]:
        finger(d, fs, XF, HER)
        # where the finger turns under toward the palm: the knuckle's lit top and the far end
        # falling into shade (soft, no line across the finger), the tip out of sight behind it
        cp, ws, _ = finger_geom(fs, XF)
        al = norm(sub(cp[-1], cp[0]))
        e = add(cp[-1], mul(al, ws[-1] * 0.2))
        d.add(f'<ellipse cx="{e[0]:.1f}" cy="{e[1]:.1f}" rx="{ws[-1] * 0.6:.1f}" ry="{ws[-1] * 0.6:.1f}" '
              f'fill="{d.rad(e, ws[-1] * 0.62, [(0, HER.dark, 0.3), (1, HER.dark, 0)])}"/>')
        k = sub(cp[-1], mul(al, ws[-1] * 0.3))
        d.add(f'<ellipse cx="{k[0]:.1f}" cy="{k[1]:.1f}" rx="{ws[-1] * 0.34:.1f}" ry="{ws[-1] * 0.34:.1f}" '
              f'fill="{d.rad(k, ws[-1] * 0.36, [(0, HER.knuckle, 0.45), (1, HER.knuckle, 0)])}"/>')
    hand_back(d, h)
    finger(d, THUMB, XF, HER, fade_root=True)  # over the hand, its root fading into it: no seam where it leaves


def index(d: Doc) -> None:
    finger(d, fingers()[0], XF, HER)


def arm(d: Doc) -> None:
    """Her raised arm as in the wides: a short puffed green sleeve on the shoulder, the bare
    upper arm down to the elbow below the frame, the bare forearm up to the wrist."""
    skin = d.lin((1080, 0), (1320, 0), [(0, HER.mid, 1), (0.5, HER.light, 1), (1, HER.light, 1)])
    up = [(1010, 860), (1150, 880), (1250, 980), (1300, 1110), (1130, 1120), (1050, 990)]
    d.add(f'<path d="{smooth_path(up, tension=0.7)}" fill="{skin}" stroke="{HER.line}" stroke-width="2.4" stroke-opacity="0.35"/>')
    fa = [(1150, 1130), XF((-120, -62)), XF((0, -50)), XF((30, -44)), XF((30, 46)), XF((0, 52)), XF((-120, 66)), (1320, 1120)]
    g2 = d.lin(XF((-100, -80)), XF((-100, 80)), [(0, HER.mid, 1), (0.35, HER.light, 1), (0.75, HER.light, 1), (1, HER.mid, 1)])
    d.add(f'<path d="{smooth_path(fa, tension=0.55)}" fill="{g2}" stroke="{HER.line}" stroke-width="2.4" stroke-opacity="0.35"/>')
    bracelet(d, XF, x=-40, half=50)
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


def mid(a: P, b: P) -> P:
    return ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)

def main() -> None:
    set_light((0.7, -0.7))
    d = Doc()
    arm(d)
    write(OUT + "arm.svg", d.svg())
    d = Doc()
    hand(d)
    write(OUT + "hand.svg", d.svg())
    d = Doc()
    index(d)
    write(OUT + "index.svg", d.svg())
    for old in ("strand.svg",):
        if os.path.exists(OUT + old):
            os.remove(OUT + old)
    for k in range(FRAMES):
        d = Doc()
        strand_back(d, k / FRAMES)
        write(OUT + f"strand_back{k}.svg", d.svg())
        d = Doc()
        strand_front(d, k / FRAMES)
        write(OUT + f"strand{k}.svg", d.svg())
    _write_toml()


TWIRL = ('[[part.motion]]\nkind = "breathe"\ndy = 6\nperiod = 3.8\n[[part.motion]]\nkind = "keys"\nperiod = 1.6\n'
         'keys = [[0, 0, 0, 0], [0.4, 4, -3, 4], [0.8, 0, -6, 7], [1.2, -4, -3, 3], [1.6, 0, 0, 0]]\n')


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
    """Rewrite the hand's and strand's parts of insert.toml (the face's parts are kept as they are)."""
    path = OUT + "insert.toml"
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    head = text[:text.index('[[part]]\nsvg = "hand.svg"')]
    out = [head]
    piv = f"pivot = [{WRIST[0]:g}, {WRIST[1]:g}]\n"
    out.append('[[part]]\nsvg = "hand.svg"\n' + piv + TWIRL)
    for k in range(FRAMES):
        out.append(f'\n[[part]]\nsvg = "strand_back{k}.svg"\n' + piv + TWIRL + _frame_keys(k))
    out.append('\n[[part]]\nsvg = "index.svg"\n' + piv + TWIRL)
    for k in range(FRAMES):
        out.append(f'\n[[part]]\nsvg = "strand{k}.svg"\n' + piv + TWIRL + _frame_keys(k))
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("".join(out))
