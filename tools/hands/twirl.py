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

OUT = str(INSERTS) + "/hair_twirl/"
# the hand smaller than her face (about 0.45 of its width across the knuckles), the index
# finger beside her temple over the hair, not on her brow
WRIST = (1128.0, 610.0)
XF = Xf(WRIST[0], WRIST[1], rot=-110, s=0.72, mirror=False)
K = XF.s / 0.95  # stroke widths drawn for the old size

def fingers() -> list[FingerSpec]:
    idx = FingerSpec(MCP[0], -2, LENS[0], WIDTH[0] * 0.86, (6, 4), "back")
    # the other three curled loosely into the palm: first phalanx forward, the rest turning in
    mid = FingerSpec(MCP[1], 12, (LENS[1][0] * 0.85, LENS[1][1] * 0.7, LENS[1][2] * 0.6), WIDTH[1] * 0.84, (30, 26), "back", taper=0.8)
    rng = FingerSpec(MCP[2], 18, (LENS[2][0] * 0.82, LENS[2][1] * 0.68, LENS[2][2] * 0.58), WIDTH[2] * 0.84, (34, 28), "back", taper=0.8)
    pky = FingerSpec(MCP[3], 26, (LENS[3][0] * 0.8, LENS[3][1] * 0.66, LENS[3][2] * 0.56), WIDTH[3] * 0.84, (38, 30), "back", taper=0.8)
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

HAIR = ("#8a5634", "#4a2c1a", "#1e0f08")  # her long dark chestnut hair of the wides

def strand_back(d: Doc) -> None:
    """The strand from her temple to the finger, and the back halves of the coils (behind the finger)."""
    coils = coil_geom()
    c0, al, ac, r = coils[0]
    tgt = add(c0, mul(ac, r))
    # the strand leaves the hair mass above her temple (inside its edge) and drops to the finger
    path = [(930.0, 250.0), (952.0, 290.0), (tgt[0] - 10, tgt[1] - 30), tgt]
    for w, col, o in ((16 * K, HAIR[2], 1), (11 * K, HAIR[1], 1), (4 * K, HAIR[0], 0.8)):
        d.add(f'<path d="{smooth_path(path, closed=False)}" stroke="{col}" stroke-width="{w:.1f}" fill="none" stroke-linecap="round" opacity="{o}"/>')
    for dx, o in ((-5, 0.6), (6, 0.5)):  # a few loose hairs along it
        hp = [(930.0 + dx, 252.0), (952.0 + dx, 292.0), (tgt[0] - 10 + dx * 0.4, tgt[1] - 30), tgt]
        d.add(f'<path d="{smooth_path(hp, closed=False)}" stroke="{HAIR[0]}" stroke-width="1.5" fill="none" opacity="{o}"/>')
    for c, al, ac, r in coils:
        a = add(c, mul(ac, -r))
        b = add(add(c, mul(ac, r)), mul(al, 10))
        m = add(add(c, mul(al, -r * 0.6)), mul(ac, 0))
        d.add(f'<path d="M{f(a)} Q{f(m)} {f(b)}" stroke="{HAIR[2]}" stroke-width="{12 * K:.1f}" fill="none" stroke-linecap="round"/>')

def strand_front(d: Doc) -> None:
    """The front halves of the coils over the finger, and the loose end hanging."""
    coils = coil_geom()
    for c, al, ac, r in coils:
        a = add(c, mul(ac, r))
        b = add(add(c, mul(ac, -r)), mul(al, 10))
        m = add(add(c, mul(al, r * 0.9)), (0, 0))
        for w, col, o in ((13 * K, HAIR[2], 1), (9 * K, HAIR[1], 1), (3.5 * K, HAIR[0], 0.9)):
            d.add(f'<path d="M{f(a)} Q{f(m)} {f(b)}" stroke="{col}" stroke-width="{w:.1f}" fill="none" stroke-linecap="round" opacity="{o}"/>')
    c, al, ac, r = coils[-1]
    end = add(c, mul(ac, -r))
    tail = [end, add(end, (-6, 20 * K)), add(end, (4, 40 * K)), add(end, (-2, 58 * K))]
    for w, col, o in ((12 * K, HAIR[2], 1), (8 * K, HAIR[1], 1), (3 * K, HAIR[0], 0.8)):
        d.add(f'<path d="{smooth_path(tail, closed=False)}" stroke="{col}" stroke-width="{w:.1f}" fill="none" stroke-linecap="round" opacity="{o}"/>')

def hand(d: Doc) -> None:
    h = HandSpec(XF, HER)
    h.fingers = fingers()
    h.thumb = FingerSpec((70, -62), -34, (74, 54), 44, (24,), "back", taper=0.72)
    # no forearm piece here: arm.svg's bare forearm runs up under the back of the hand
    for fs in h.fingers[:0:-1]:
        finger(d, fs, XF, HER)
    hand_back(d, h)
    strand_back(d)
    finger(d, h.fingers[0], XF, HER)
    finger(d, h.thumb, XF, HER)

def arm(d: Doc) -> None:
    """Her raised arm as in the wides: a short puffed green sleeve on the shoulder, the bare
    upper arm down to the elbow below the frame, the bare forearm up to the wrist."""
    skin = d.lin((1080, 0), (1320, 0), [(0, HER.mid, 1), (0.45, HER.light, 1), (1, HER.mid, 1)])
    up = [(1010, 860), (1150, 880), (1250, 980), (1300, 1110), (1130, 1120), (1050, 990)]
    d.add(f'<path d="{smooth_path(up, tension=0.7)}" fill="{skin}" stroke="{HER.line}" stroke-width="2.4" stroke-opacity="0.7"/>')
    fa = [(1150, 1130), XF((-120, -62)), XF((0, -50)), XF((30, -44)), XF((30, 46)), XF((0, 52)), XF((-120, 66)), (1320, 1120)]
    g2 = d.lin(XF((-100, -80)), XF((-100, 80)), [(0, HER.mid, 1), (0.45, HER.light, 1), (1, HER.dark, 1)])
    d.add(f'<path d="{smooth_path(fa, tension=0.55)}" fill="{g2}" stroke="{HER.line}" stroke-width="2.4" stroke-opacity="0.7"/>')
    # the puffed sleeve: gathered at the shoulder seam, a band round the upper arm
    g = d.lin((990, 0), (1260, 0), [(0, "#1e3329", 1), (0.55, "#3f6352", 1), (1, "#6e9a84", 1)])
    puff = [(985, 835), (1060, 790), (1170, 800), (1240, 870), (1250, 950), (1180, 975), (1090, 965), (1020, 930)]
    d.add(f'<path d="{smooth_path(puff, tension=0.8)}" fill="{g}" stroke="#0c1410" stroke-width="3"/>')
    for a, m, b in (((1070, 800), (1080, 880), (1070, 962)), ((1150, 805), (1170, 890), (1150, 972)), ((1210, 840), (1230, 900), (1215, 962))):
        d.add(f'<path d="M{f(a)} Q{f(m)} {f(b)}" stroke="#0c1410" stroke-width="3.5" fill="none" opacity="0.45"/>')
    band = [(1022, 930), (1090, 962), (1180, 972), (1248, 948)]
    d.add(f'<path d="{smooth_path(band, closed=False)}" stroke="#8fb8a2" stroke-width="5" fill="none" opacity="0.5"/>')

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
