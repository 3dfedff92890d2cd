"""crossed_legs (line 14): her legs crossed, thigh over knee, one foot tapping."""

from __future__ import annotations

import math

from tools.hands.geometry import (
    INSERTS,
    LIGHT,
    Skin,
    add,
    f,
    mul,
    norm,
    set_light,
    shade_grad,
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

OUT = str(INSERTS) + "/crossed_legs/"
SKIN = Skin("#f4d2bc", "#d49c80", "#6e4034", "#3a1e14", "#a06a58", "#f2c8c0", "#fff2ee", "#ffe6d6")

def limb(d: Doc, pts: list[P], ws: list[float], skin: Skin, rim: bool = True) -> None:
    n = len(pts)
    dirs = [norm(sub(pts[min(n - 1, i + 1)], pts[max(0, i - 1)])) for i in range(n)]
    nr = [(-v[1], v[0]) for v in dirs]
    L = [add(pts[i], mul(nr[i], ws[i] / 2)) for i in range(n)]
    R = [sub(pts[i], mul(nr[i], ws[i] / 2)) for i in range(n)]
    capE = add(pts[-1], mul(dirs[-1], ws[-1] * 0.3))
    capS = sub(pts[0], mul(dirs[0], ws[0] * 0.3))
    path = smooth_path([capS, *L, capE, *R[::-1]], tension=0.8)
    m = n // 2
    d.add(f'<path d="{path}" fill="{shade_grad(d, pts[m], nr[m], ws[m] / 2, skin)}" stroke="{skin.line}" stroke-width="3" stroke-opacity="0.8"/>')
    if rim:
        side = 1 if nr[m][0] * LIGHT[0] + nr[m][1] * LIGHT[1] >= 0 else -1
        rl = [add(pts[i], mul(nr[i], side * ws[i] * 0.36)) for i in range(n)]
        d.add(f'<path d="{smooth_path(rl, closed=False)}" stroke="{skin.knuckle}" stroke-width="{ws[m] * 0.1:.1f}" fill="none" opacity="0.45" stroke-linecap="round"/>')

def shoe(d: Doc, ankle: P, ang: float, s: float = 1.0) -> None:
    """Her low-heeled brown pump (the wide shot's shoe), ankle at `ankle`, toe toward `ang`."""
    a = math.radians(ang)
    def T(p: P) -> P:
        x, y = p[0] * s, p[1] * s
        return (ankle[0] + x * math.cos(a) - y * math.sin(a), ankle[1] + x * math.sin(a) + y * math.cos(a))
    # the instep (skin) above the shoe's line
    inst = [T(p) for p in [(-30, -30), (30, -26), (110, 10), (150, 30), (60, 30), (-30, 24)]]
    d.add(f'<path d="{smooth_path(inst, tension=0.7)}" fill="{shade_grad(d, T((40, 0)), (0, -1), 30 * s, SKIN)}" stroke="{SKIN.line}" stroke-width="2.5"/>')
    body = [T(p) for p in [(-44, 0), (-10, 18), (60, 22), (130, 28), (190, 48), (206, 62), (196, 74), (120, 76),
                           (40, 72), (-30, 70), (-52, 52)]]
    g = d.lin(T((0, 0)), T((0, 76)), [(0, "#6a3e2e", 1), (0.45, "#4a2a1e", 1), (1, "#1c0e0a", 1)])
    d.add(f'<path d="{smooth_path(body, tension=0.7)}" fill="{g}" stroke="#120806" stroke-width="3"/>')
    heel = [T(p) for p in [(-40, 66), (-14, 70), (-20, 118), (-34, 118)]]
    d.add(f'<path d="M{f(heel[0])} L{f(heel[1])} L{f(heel[2])} L{f(heel[3])} Z" fill="#1a0c08" stroke="#0a0404" stroke-width="2"/>')
    hl = [T(p) for p in [(20, 28), (100, 34), (180, 54)]]
    d.add(f'<path d="{smooth_path(hl, closed=False)}" stroke="#b07050" stroke-width="4" fill="none" opacity="0.6" stroke-linecap="round"/>')
    sole = [T(p) for p in [(-10, 74), (100, 78), (196, 74)]]
    d.add(f'<path d="{smooth_path(sole, closed=False)}" stroke="#0a0404" stroke-width="5" fill="none"/>')

def shadow(d: Doc, c: P, rx: float, ry: float, o: float = 0.55) -> None:
    d.add(f'<ellipse cx="{c[0]:.1f}" cy="{c[1]:.1f}" rx="{rx:.1f}" ry="{ry:.1f}" fill="{d.rad(c, rx, [(0, "#000000", o), (1, "#000000", 0)])}"/>')

LOW_KNEE = (1016.0, 446.0)  # just ahead of the top knee, so the planted leg shows its knee
LOW_ANKLE = (990.0, 716.0)
TOP_KNEE = (1060.0, 318.0)
TOP_ANKLE = (1250.0, 468.0)  # the crossed foot clearly in the air, its toe above the floor line

def main() -> None:
    set_light((0.8, -0.6))
    # the lower leg: thigh along the seat to the knee, shin down to the floor
    d = Doc()
    shadow(d, (1040, 806), 170, 22)
    limb(d, [(560, 430), (790, 436), LOW_KNEE], [190, 170, 130], SKIN)
    limb(d, [LOW_KNEE, (1010, 580), LOW_ANKLE], [124, 100, 62], SKIN)
    kn = LOW_KNEE
    # the kneecap: a rounded bump and its lower crease, below the crossed thigh
    kc = [(kn[0] + 20, kn[1] - 30), (kn[0] + 66, kn[1] + 4), (kn[0] + 52, kn[1] + 50), (kn[0] + 14, kn[1] + 62)]
    d.add(f'<path d="{smooth_path(kc, closed=False)}" stroke="{SKIN.crease}" stroke-width="3" fill="none" opacity="0.55" stroke-linecap="round"/>')
    d.add(f'<ellipse cx="{kn[0]+24:.1f}" cy="{kn[1]+8:.1f}" rx="40" ry="46" fill="{d.rad((kn[0]+20, kn[1]-6), 50, [(0, SKIN.knuckle, 0.5), (1, SKIN.knuckle, 0)])}"/>')
    write(OUT + "leg_low.svg", d.svg())
    # the lower foot on the floor, heel down: it taps (toes lift about the heel)
    d = Doc()
    shoe(d, (LOW_ANKLE[0] + 6, LOW_ANKLE[1] - 6), 4, 1.0)
    write(OUT + "foot_low.svg", d.svg())
    # the top leg: thigh laid over the lower knee, shin hanging forward, foot in the air
    d = Doc()
    # where the thigh lies on the lower leg: a soft contact shadow just under its edge, no wider than the shin
    shadow(d, (1000, 400), 70, 16, 0.4)
    limb(d, [(540, 330), (800, 320), TOP_KNEE], [200, 176, 134], SKIN)
    limb(d, [TOP_KNEE, (1180, 440), TOP_ANKLE], [122, 100, 62], SKIN)
    kn = TOP_KNEE
    d.add(f'<ellipse cx="{kn[0]+16:.1f}" cy="{kn[1]-6:.1f}" rx="44" ry="50" fill="{d.rad((kn[0]+24, kn[1]-12), 54, [(0, SKIN.knuckle, 0.6), (1, SKIN.knuckle, 0)])}"/>')
    shoe(d, TOP_ANKLE, 20, 1.0)
    write(OUT + "leg_top.svg", d.svg())
    # the dress over her lap, hem across the thighs
    d = Doc()
    dr = [(-40, 120), (600, 150), (820, 190), (900, 260), (880, 360), (820, 460), (700, 500), (300, 520), (-40, 540)]
    g = d.lin((0, 0), (900, 0), [(0, "#14221c", 1), (0.55, "#2f4a3d", 1), (1, "#5e8a74", 1)])
    d.add(f'<path d="{smooth_path(dr, tension=0.6)}" fill="{g}" stroke="#0c1410" stroke-width="4"/>')
    for a, b, c in (((860, 230), (760, 330), (820, 455)), ((640, 170), (600, 320), (660, 500)), ((400, 150), (380, 330), (420, 515))):
        d.add(f'<path d="{smooth_path([a, b, c], closed=False)}" stroke="#0e1813" stroke-width="6" fill="none" opacity="0.6"/>')
    d.add(f'<path d="{smooth_path([(820, 190), (900, 260), (880, 360), (820, 460)], closed=False)}" stroke="#9cc8b0" stroke-width="6" fill="none" opacity="0.5"/>')
    write(OUT + "dress.svg", d.svg())
