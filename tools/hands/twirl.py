"""hair_twirl (line 15): her hand at her temple, a chestnut strand wound round her index finger."""

from __future__ import annotations

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
from tools.hands.parts import forearm

OUT = str(INSERTS) + "/hair_twirl/"
WRIST = (1100.0, 610.0)
XF = Xf(WRIST[0], WRIST[1], rot=-112, s=0.95, mirror=False)

def fingers() -> list[FingerSpec]:
    idx = FingerSpec(MCP[0], -2, LENS[0], WIDTH[0] * 0.86, (6, 4), "back")
    mid = FingerSpec(MCP[1], 14, (LENS[1][0] * 0.55, LENS[1][1] * 0.4, LENS[1][2] * 0.3), WIDTH[1] * 0.9, (95, 70), "back")
    rng = FingerSpec(MCP[2], 16, (LENS[2][0] * 0.5, LENS[2][1] * 0.4, LENS[2][2] * 0.3), WIDTH[2] * 0.9, (95, 70), "back")
    pky = FingerSpec(MCP[3], 20, (LENS[3][0] * 0.5, LENS[3][1] * 0.4, LENS[3][2] * 0.3), WIDTH[3] * 0.9, (95, 70), "back")
    return [idx, mid, rng, pky]

def coil_geom() -> list[tuple[P, P, P, float]]:
    """Where the strand winds round the index finger: centre, along, across, radius."""
    cp, ws, _ = finger_geom(fingers()[0], XF)
    out = []
    for t in (0.38, 0.58, 0.78):
        u = t * 2.0
        seg = 0 if u < 1 else 1
        c = add(cp[seg], mul(sub(cp[seg + 1], cp[seg]), u - seg))
        along = norm(sub(cp[2], cp[0]))
        across = (-along[1], along[0])
        out.append((c, along, across, ws[1] * 0.6))
    return out

HAIR = ("#b8652f", "#7a3a18", "#3a1a0a")

def strand_back(d: Doc) -> None:
    """The strand from her temple to the finger, and the back halves of the coils (behind the finger)."""
    coils = coil_geom()
    c0, al, ac, r = coils[0]
    tgt = add(c0, mul(ac, r))
    path = [(950.0, 500.0), (958.0, 460.0), (tgt[0] - 4, tgt[1] + 24), tgt]
    for w, col, o in ((16, HAIR[2], 1), (11, HAIR[1], 1), (4, HAIR[0], 0.8)):
        d.add(f'<path d="{smooth_path(path, closed=False)}" stroke="{col}" stroke-width="{w}" fill="none" stroke-linecap="round" opacity="{o}"/>')
    for c, al, ac, r in coils:
        a = add(c, mul(ac, -r))
        b = add(add(c, mul(ac, r)), mul(al, 10))
        m = add(add(c, mul(al, -r * 0.6)), mul(ac, 0))
        d.add(f'<path d="M{f(a)} Q{f(m)} {f(b)}" stroke="{HAIR[2]}" stroke-width="12" fill="none" stroke-linecap="round"/>')

def strand_front(d: Doc) -> None:
    """The front halves of the coils over the finger, and the loose end hanging."""
    coils = coil_geom()
    for c, al, ac, r in coils:
        a = add(c, mul(ac, r))
        b = add(add(c, mul(ac, -r)), mul(al, 10))
        m = add(add(c, mul(al, r * 0.9)), (0, 0))
        for w, col, o in ((13, HAIR[2], 1), (9, HAIR[1], 1), (3.5, HAIR[0], 0.9)):
            d.add(f'<path d="M{f(a)} Q{f(m)} {f(b)}" stroke="{col}" stroke-width="{w}" fill="none" stroke-linecap="round" opacity="{o}"/>')
    c, al, ac, r = coils[-1]
    end = add(c, mul(ac, -r))
    tail = [end, add(end, (-6, 20)), add(end, (4, 40)), add(end, (-2, 58))]
    for w, col, o in ((12, HAIR[2], 1), (8, HAIR[1], 1), (3, HAIR[0], 0.8)):
        d.add(f'<path d="{smooth_path(tail, closed=False)}" stroke="{col}" stroke-width="{w}" fill="none" stroke-linecap="round" opacity="{o}"/>')

def hand(d: Doc) -> None:
    h = HandSpec(XF, HER)
    h.fingers = fingers()
    h.thumb = FingerSpec((110, -60), -18, (62, 46), 40, (20,), "back", taper=0.72)
    forearm(d, h, length=140)
    for fs in h.fingers[:0:-1]:
        finger(d, fs, XF, HER)
    hand_back(d, h)
    strand_back(d)
    finger(d, h.fingers[0], XF, HER)
    finger(d, h.thumb, XF, HER)

def arm(d: Doc) -> None:
    """Her sleeve: the shoulder, the upper arm down to the elbow below the frame, the forearm up to the wrist."""
    g = d.lin((1000, 0), (1300, 0), [(0, "#1e3329", 1), (0.55, "#35574a", 1), (1, "#5e8a74", 1)])
    up = [(990, 826), (1100, 832), (1200, 930), (1290, 1100), (1120, 1110), (1030, 960)]
    d.add(f'<path d="{smooth_path(up, tension=0.7)}" fill="{g}" stroke="#0c1410" stroke-width="3"/>')
    fa = [XF((-150, -70)), XF((-40, -58)), XF((-40, 60)), XF((-150, 74)), (1270, 1120), (1130, 1130)]
    fa = [(1150, 1130), XF((-120, -66)), XF((-36, -58)), XF((-30, 62)), XF((-120, 72)), (1300, 1120)]
    g2 = d.lin(XF((-100, -80)), XF((-100, 80)), [(0, "#1e3329", 1), (0.5, "#3f6352", 1), (1, "#5e8a74", 1)])
    d.add(f'<path d="{smooth_path(fa, tension=0.55)}" fill="{g2}" stroke="#0c1410" stroke-width="3"/>')
    cuff = [XF((-40, -60)), XF((-30, 0)), XF((-36, 62))]
    d.add(f'<path d="{smooth_path(cuff, closed=False)}" stroke="#8fb8a2" stroke-width="5" fill="none" opacity="0.55"/>')
    for a, b in ((XF((-110, -60)), XF((-90, 60))), (XF((-160, -50)), XF((-150, 66)))):
        d.add(f'<path d="M{f(a)} Q{f(add(mid(a, b), (14, 0)))} {f(b)}" stroke="#0c1410" stroke-width="4" fill="none" opacity="0.5"/>')

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
    strand_front(d)
    write(OUT + "strand.svg", d.svg())
