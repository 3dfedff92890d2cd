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
from tools.hands.parts import forearm, his_sleeve

OUT = str(INSERTS) + "/clenched_hands/"

FIST_LENS = [(46, 16), (50, 16), (47, 16), (40, 14)]

def fist_fingers(white: float) -> list[FingerSpec]:
    out = []
    for i in range(4):
        bx, by = MCP[i]
        out.append(FingerSpec((bx - 6, by * 0.96), (i - 1.5) * 2.0, FIST_LENS[i], WIDTH[i] * 1.12, (0,), "back", nail=False, taper=1.0))
    return out

def _block(d: Doc, xf: Xf, x0: float, x1: float, y: float, hw: float, fill_top: str, fill_bot: str, line: str) -> None:
    """One opaque folded phalanx seen from the back: a rounded slab from x0 to x1 (local)."""
    r = hw * 0.9
    pts = [xf(p) for p in [(x0, y - hw), (x1 - r * 0.5, y - hw * 0.98), (x1, y - hw * 0.55), (x1 + r * 0.2, y),
                           (x1, y + hw * 0.55), (x1 - r * 0.5, y + hw * 0.98), (x0, y + hw)]]
    a, b = xf((x0, y)), xf((x1 + r * 0.2, y))
    g = d.lin(a, b, [(0, fill_top, 1), (0.55, fill_top, 1), (1, fill_bot, 1)])
    d.add(f'<path d="{smooth_path(pts, tension=0.7)}" fill="{g}" stroke="{line}" stroke-width="2.2" stroke-opacity="0.8" stroke-linejoin="round"/>')

def fist(d: Doc, xf: Xf, white: float = 0.0) -> None:
    """A fist hanging knuckles-down, its back to the camera: the folded first phalanges as opaque
    slabs below the knuckle ridge, the second phalanges tucked under as a shadowed band (their
    nails are on the palm side, out of sight), the thumb wrapped across the folded fingers."""
    h = HandSpec(xf, HIS)
    h.fingers = fist_fingers(white)
    soft_shadow(d, [xf(p) for p in palm_outline(h.fingers)], (10, 26), 14, 0.45)
    forearm(d, h, length=220)
    # the tucked second phalanges first (behind), then the first phalanges over them
    for fs in h.fingers[::-1]:
        bx, by = fs.base
        _block(d, xf, bx + 24, bx + 62, by, fs.w * 0.47, HIS.mid, HIS.dark, HIS.line)
    for fs in h.fingers[::-1]:
        bx, by = fs.base
        _block(d, xf, bx - 14, bx + 44, by, fs.w * 0.52, HIS.light, HIS.mid, HIS.line)
        # the crease where the first phalanx turns under
        a, b, m = xf((bx + 34, by - fs.w * 0.36)), xf((bx + 34, by + fs.w * 0.36)), xf((bx + 40, by))
        d.add(f'<path d="M{f(a)} Q{f(m)} {f(b)}" stroke="{HIS.crease}" stroke-width="2" fill="none" opacity="0.6" stroke-linecap="round"/>')
    hand_back(d, h, white=white, tendons=0.6, knuckle_glow=0.3)
    # the thumb: along the side of the hand, its last joint turned across the tucked fingers
    th = FingerSpec((168.0, -86.0), 20.0, (60.0, 44.0), 42.0, (66.0,), "side", nail=False, taper=0.8)
    finger(d, th, xf, HIS)
    cp, ws, _ = finger_geom(th, xf)
    tip = cp[-1]
    dv = norm(sub(cp[-1], cp[-2]))
    nv = (-dv[1], dv[0])
    # the thumbnail seen edge-on at the tip: a thin sliver, no face
    a, b = add(tip, mul(nv, ws[-1] * 0.3)), add(sub(tip, mul(dv, ws[-1] * 0.5)), mul(nv, ws[-1] * 0.38))
    d.add(f'<path d="M{f(b)} L{f(a)}" stroke="{HIS.nail}" stroke-width="{ws[-1]*0.12:.1f}" fill="none" opacity="0.8" stroke-linecap="round"/>')

def white(d: Doc, xf: Xf) -> None:
    """White with tension: the skin over the knuckle ridge stretched paler, a flat pale film
    across the knuckles and the folded first phalanges (no glow, no bulbs)."""
    for fs in fist_fingers(1.0):
        bx, by = fs.base
        hw = fs.w * 0.42
        pts = [xf(p) for p in [(bx - 10, by - hw), (bx + 30, by - hw * 0.9), (bx + 36, by),
                               (bx + 30, by + hw * 0.9), (bx - 10, by + hw), (bx - 22, by)]]
        a, b = xf((bx - 22, by)), xf((bx + 36, by))
        g = d.lin(a, b, [(0, "#f4dccb", 0), (0.35, "#f4dccb", 0.55), (0.7, "#eed2c0", 0.5), (1, "#eed2c0", 0)])
        d.add(f'<path d="{smooth_path(pts, tension=0.8)}" fill="{g}"/>')

def sleeves(d: Doc, xl: Xf, xr: Xf) -> None:
    his_sleeve(d, xl, x0=-80)
    his_sleeve(d, xr, x0=-80)

LX = Xf(785, 250, rot=88, s=1.85, sx=0.75)
RX = Xf(1135, 250, rot=92, s=1.85, mirror=True, sx=0.75)

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
