"""clenched_hands (line 7): two fists, knuckles white, trembling, between his knees."""

from __future__ import annotations

from tools.hands.geometry import (
    HIS,
    INSERTS,
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
from tools.hands.parts import forearm, his_sleeve

OUT = str(INSERTS) + "/clenched_hands/"

FIST_LENS = [(46, 16), (50, 16), (47, 16), (40, 14)]

def fist_fingers(white: float) -> list[FingerSpec]:
    out = []
    for i in range(4):
        bx, by = MCP[i]
        out.append(FingerSpec((bx - 6, by * 0.96), (i - 1.5) * 2.0, FIST_LENS[i], WIDTH[i] * 1.12, (0,), "back", nail=False, taper=1.0))
    return out

def fist(d: Doc, xf: Xf, white: float = 0.0) -> None:
    h = HandSpec(xf, HIS)
    h.fingers = fist_fingers(white)
    soft_shadow(d, [xf(p) for p in palm_outline(h.fingers)], (10, 26), 14, 0.45)
    forearm(d, h, length=220)
    for fs in h.fingers[::-1]:
        finger(d, fs, xf, HIS, white=white)
        cp, ws, _ = finger_geom(fs, xf)
        # the end of the folded middle phalanx: the fingertip tucked under, a dark fold
        e = cp[-1]
        dv = norm(sub(cp[-1], cp[-2]))
        nv = (-dv[1], dv[0])
        a, b = add(e, mul(nv, ws[-1] * 0.45)), sub(e, mul(nv, ws[-1] * 0.45))
        d.add(f'<path d="M{f(a)} Q{f(add(e, mul(dv, ws[-1]*0.3)))} {f(b)}" stroke="{HIS.dark}" stroke-width="{ws[-1]*0.35:.1f}" fill="none" opacity="0.55" stroke-linecap="round"/>')
        d.add(f'<path d="M{f(a)} Q{f(add(e, mul(dv, ws[-1]*0.3)))} {f(b)}" stroke="{HIS.line}" stroke-width="3" fill="none" opacity="0.7"/>')
    hand_back(d, h, white=white, tendons=1.0)

def white(d: Doc, xf: Xf) -> None:
    """Whitened knuckles: the ridge of the fist and the folded joints, drained pale."""
    for fs in fist_fingers(1.0):
        k = xf((fs.base[0] - 2, fs.base[1]))
        w = fs.w * xf.s
        d.add(f'<ellipse cx="{k[0]:.1f}" cy="{k[1]:.1f}" rx="{w*0.5:.1f}" ry="{w*0.5:.1f}" fill="{d.rad(k, w*0.5, [(0, "#fff6ee", 0.95), (0.55, "#f8e6da", 0.6), (1, "#f0d8c8", 0)])}"/>')
        cp, ws, _ = finger_geom(fs, xf)
        j = cp[1]
        d.add(f'<ellipse cx="{j[0]:.1f}" cy="{j[1]:.1f}" rx="{ws[1]*0.42:.1f}" ry="{ws[1]*0.42:.1f}" fill="{d.rad(j, ws[1]*0.42, [(0, "#fff6ee", 0.85), (1, "#f0d8c8", 0)])}"/>')
        # the taut skin between the knuckles
        m = add(cp[0], mul(norm(sub(cp[1], cp[0])), -ws[0] * 0.1))
        d.add(f'<ellipse cx="{m[0]:.1f}" cy="{m[1]:.1f}" rx="{ws[0]*0.55:.1f}" ry="{ws[0]*0.55:.1f}" fill="{d.rad(m, ws[0]*0.6, [(0, "#f8e8dc", 0.35), (1, "#f8e8dc", 0)])}"/>')

def sleeves(d: Doc, xl: Xf, xr: Xf) -> None:
    his_sleeve(d, xl, x0=-80)
    his_sleeve(d, xr, x0=-80)

LX = Xf(835, 250, rot=88, s=1.85, sx=0.75)
RX = Xf(1085, 250, rot=92, s=1.85, mirror=True, sx=0.75)

def main() -> None:
    set_light((0.7, -0.7))  # the hearth's side: key from the right here
    for name, xf in (("left", LX), ("right", RX)):
        d = Doc()
        fist(d, xf)
        write(OUT + f"fist_{name}.svg", d.svg())
        d = Doc()
        white(d, xf)
        write(OUT + f"white_{name}.svg", d.svg())
    d = Doc()
    sleeves(d, LX, RX)
    write(OUT + "sleeves.svg", d.svg())
