"""hands_intertwined (63/64) and hands_tighten (71): her hand into his, fingers between fingers."""

from __future__ import annotations

import math
import os

from tools.hands.geometry import (
    HER,
    HIS,
    INSERTS,
    Skin,
    add,
    default_fingers,
    f,
    finger,
    finger_geom,
    hand_back,
    palm_outline,
    set_light,
    soft_shadow,
    write,
)
from tools.hands.geometry import Doc as Doc
from tools.hands.geometry import FingerSpec as FingerSpec
from tools.hands.geometry import HandSpec as HandSpec
from tools.hands.geometry import P as P
from tools.hands.geometry import TransformFn as TransformFn
from tools.hands.geometry import Xf as Xf
from tools.hands.parts import forearm, his_sleeve

ROOT = str(INSERTS) + "/"

HER_XF = Xf(528, 468, rot=-2, s=1.62)
HIS_XF = Xf(1290, 478, rot=182, s=1.74, mirror=True)
HIS_PALM = Skin('#e6b494', '#c08a68', '#8a5a42', '#3b2418', '#9a664b', '#e8bca8', '#f8e0d0', '#f4d4bc')

SPREAD = 9.0
HER_FINGERS = [FingerSpec(fs.base, fs.ang, fs.lens, fs.w * 0.82, fs.bends, fs.show)
               for fs in default_fingers(spread=SPREAD, bends=[(5, 4), (4, 3), (5, 4), (7, 6)], foreshorten=[1.08, 1.1, 1.08, 1.04])]

def her_back() -> Doc:
    her = HandSpec(HER_XF, HER)
    her.fingers = HER_FINGERS
    her.thumb = FingerSpec((86, -66), -40, (66, 50), 42, (16,), "back", taper=0.72)
    d = Doc()
    soft_shadow(d, [her.xf(p) for p in palm_outline(her.fingers)], (8, 12), 14, 0.5)
    forearm(d, her, length=520)  # bare to past the frame: her sleeves are short and puffed (the wides)
    hand_back(d, her)
    finger(d, her.thumb, her.xf, her.skin)
    return d

def her_fingers() -> Doc:
    d = Doc()
    for fs in HER_FINGERS:
        cp, ws, _ = finger_geom(fs, HER_XF)
        d.add(f'<path d="M{f(add(cp[1], (5, 8)))} L{f(add(cp[-1], (5, 8)))}" stroke="#000" stroke-width="{ws[1]*0.9:.1f}" stroke-linecap="round" opacity="0.22"/>')
    for fs in HER_FINGERS[::-1]:
        finger(d, fs, HER_XF, HER)
    return d

def gap_y(i: int, x: float) -> float:
    """Her local y midway between her fingers i and i+1 at local x (i=3: past her little finger)."""
    def cy(j: int) -> float:
        fs = HER_FINGERS[j]
        return fs.base[1] + (x - fs.base[0]) * math.tan(math.radians(fs.ang))
    if i < 3:
        return (cy(i) + cy(i + 1)) / 2
    return cy(3) + 22  # his little finger hugs the edge of her hand, its root inside his palm

def his_palm() -> tuple[Doc, HandSpec]:
    him = HandSpec(HIS_XF, HIS_PALM, show="palm")
    him.fingers = default_fingers(show="palm", spread=6)
    d = Doc()
    forearm(d, him)
    hand_back(d, him)
    his_sleeve(d, him.xf)
    return d, him

def his_open_fingers() -> Doc:
    him = HandSpec(HIS_XF, HIS, show="palm")
    fingers = default_fingers(show="palm", spread=7, bends=[(-4, -3), (-3, -2), (-4, -3), (-5, -4)])
    d = Doc()
    for fs in fingers[::-1]:
        cp, ws, _ = finger_geom(fs, him.xf)
        d.add(f'<path d="M{f(add(cp[0], (20, 30)))} L{f(add(cp[-1], (20, 30)))}" stroke="#000" stroke-width="{ws[1]*1.2:.1f}" stroke-linecap="round" opacity="0.3"/>')
    for fs in fingers[::-1]:
        finger(d, fs, him.xf, HIS_PALM)
    return d

def his_thumb(open_: bool) -> tuple[Doc, P]:
    t = FingerSpec((70, -66), -70 if open_ else -20, (74, 56), 48, (12 if open_ else 24,), "back" if not open_ else "side", taper=0.72)
    d = Doc()
    cp, ws, _ = finger_geom(t, HIS_XF)
    d.add(f'<path d="M{f(add(cp[0], (14, 22)))} L{f(add(cp[-1], (14, 22)))}" stroke="#000" stroke-width="{ws[1]*1.1:.1f}" stroke-linecap="round" opacity="0.3"/>')
    finger(d, t, HIS_XF, HIS)
    return d, HIS_XF((70, -66))

VALLEYS = [-44.0, 0.0, 41.0, 84.0]  # her local y between her fingers (and past her little finger)

TIP_BASE_X = 305.0
TIP_W = [36, 37, 35, 31]
TIP_LENS = [(56, 50, 40), (60, 54, 42), (56, 50, 39), (48, 42, 33)]

def tip_spec(i: int) -> FingerSpec:
    y0 = gap_y(i, TIP_BASE_X)
    y1 = gap_y(i, 200) if i < 3 else gap_y(i, 200) - 8
    ang = math.degrees(math.atan2(y1 - y0, 200 - TIP_BASE_X))
    bend = [3, 1, -2, -8][i]
    return FingerSpec((TIP_BASE_X, y0), ang, TIP_LENS[i], TIP_W[i], (bend, bend * 1.5), "back", taper=0.8)

def his_tip(i: int, white: float = 0.0) -> tuple[Doc, P]:
    """One of his fingers folded up between hers: from under her fingers, over her knuckles."""
    fs = tip_spec(i)
    d = Doc()
    cp, ws, _ = finger_geom(fs, HER_XF)
    d.add(f'<path d="M{f(add(cp[0], (5, 8)))} L{f(add(cp[-1], (5, 8)))}" stroke="#000" stroke-width="{ws[1]*0.9:.1f}" stroke-linecap="round" opacity="0.25"/>')
    finger(d, fs, HER_XF, HIS, white=white)
    return d, cp[0]

def white_knuckles() -> Doc:
    """His gripping fingers drained paler: a flat pale film along the top of each finger over
    its knuckles (taut skin), not glowing dots."""
    d = Doc()
    for i in range(4):
        cp, ws, _ = finger_geom(tip_spec(i), HER_XF)
        d.add(f'<path d="M{f(cp[0])} L{f(cp[1])} L{f(cp[2])}" stroke="#f6e2d4" stroke-width="{ws[1]*0.5:.1f}" '
              f'stroke-linecap="round" stroke-linejoin="round" fill="none" opacity="0.3"/>')
        for j in (1, 2):
            k = add(cp[j], (-1, -2))
            d.add(f'<ellipse cx="{k[0]:.1f}" cy="{k[1]:.1f}" rx="{ws[j]*0.22:.1f}" ry="{ws[j]*0.3:.1f}" fill="#fbeee4" opacity="0.22"/>')
    return d

def toml_intertwined(tips: list[P], thumb: P) -> str:
    common = '[[part.motion]]\nkind = "breathe"\ndy = 5\nperiod = 4.4\n'
    her_keys = '[[part.motion]]\nkind = "keys"\nkeys = [[0, -170, -120, 3, 1.08], [1.6, -60, -40, 1, 1.03], [2.8, 0, 0, 0, 1.0], [3.4, 6, 2, 0, 1.0], [5.0, 0, 0, 0, 1.0]]\n'
    out = ['''# "She placed her hand in his, / the warmth of their connection radiating through their
# intertwined fingers." (lines 63, 64; one shot). Her hand comes down into his open palm
# (0-2.8 s); his fingers fold up between hers and over her knuckles (3.3-4.8 s) while his
# open fingers slide away under his palm, and his thumb closes over her hand; then the clasp
# breathes. Parts are drawings in z-order (his palm, the back of her hand, his folded fingers,
# her fingers over their roots), so fingers pass behind and in front of each other in turn.
# Drawn by tools/hands/clasp.py (see there to change them).
title = "She places her hand in his; their fingers intertwine"

[[part]]
svg = "back.svg"

[[part]]
svg = "his_fingers.svg"
pivot = [1000, 478]
[[part.motion]]
kind = "keys"
keys = [[0, 0, 0], [3.3, 0, 0], [4.5, 110, 0]]
''' + common + '''
[[part]]
svg = "his.svg"
pivot = [1290, 478]
''' + common + '''
[[part]]
svg = "her.svg"
pivot = [528, 468]
''' + her_keys + common]
    for i, (x, y) in enumerate(tips):
        t0 = 3.3 + 0.15 * i
        out.append(f'''
[[part]]
svg = "his_tip{i}.svg"
pivot = [{x:.1f}, {y:.1f}]
[[part.motion]]
kind = "keys"
keys = [[0, 0, 0, 0, 0.45, 0], [{t0:.2f}, 0, 0, 0, 0.45, 0], [{t0 + 0.001:.3f}, 0, 0, 0, 0.45, 1], [{t0 + 1.2:.2f}, 0, 0, 0, 1, 1]]
''' + common)
    out.append('''
[[part]]
svg = "her_fingers.svg"
pivot = [528, 468]
''' + her_keys + common + f'''
[[part]]
svg = "his_thumb.svg"
pivot = [{thumb[0]:.1f}, {thumb[1]:.1f}]
[[part.motion]]
kind = "keys"
keys = [[0, 0, 0, 20], [3.6, 0, 0, 20], [4.9, 0, 0, 48]]
''' + common)
    return "".join(out)


def toml_tighten(tips: list[P], thumb: P) -> str:
    """Line 71: the clasp as it ends in 63/64, then both hands squeeze: his folded fingers press
    in over her knuckles, his knuckles whiten, his thumb presses, a shared tremble."""
    shake = '[[part.motion]]\nkind = "sway"\ndx = 1.6\ndy = 1.2\nperiod = 0.13\n[[part.motion]]\nkind = "breathe"\ndy = 5\nperiod = 4.4\n'
    out = ['''# "Their hands tightened around each other's, a silent promise of love and forgiveness."
# (line 71). The clasp of lines 63-64 held; at 0.8-2.0 s his folded fingers press further over
# her knuckles and her fingers close on his palm (a small turn), his knuckles whiten (a
# highlight over them, not a limb fading), his thumb presses down; the two hands tremble
# together (one shared sway, so no part slides against another).
# Drawn by tools/hands/clasp.py (see there to change them).
title = "Their hands tightening around each other's"

[[part]]
svg = "back.svg"

[[part]]
svg = "his.svg"
pivot = [1290, 478]
''' + shake + '''
[[part]]
svg = "her.svg"
pivot = [528, 468]
[[part.motion]]
kind = "keys"
keys = [[0, 0, 0, 0, 1], [0.8, 0, 0, 0, 1], [2.0, 10, 3, 0, 1]]
''' + shake]
    for i, (x, y) in enumerate(tips):
        out.append(f'''
[[part]]
svg = "his_tip{i}.svg"
pivot = [{x:.1f}, {y:.1f}]
[[part.motion]]
kind = "keys"
keys = [[0, 0, 0, 0, 1], [{0.8 + 0.06 * i:.2f}, 0, 0, 0, 1], [{2.0 + 0.06 * i:.2f}, -6, 0, 0, 1.07]]
''' + shake)
    out.append(f'''
[[part]]
svg = "white.svg"
pivot = [{tips[1][0]:.1f}, {tips[1][1]:.1f}]
[[part.motion]]
kind = "keys"
keys = [[0, 0, 0, 0, 1, 0], [1.0, 0, 0, 0, 1, 0], [2.2, -6, 0, 0, 1.07, 1]]
''' + shake + '''
[[part]]
svg = "her_fingers.svg"
pivot = [528, 468]
[[part.motion]]
kind = "keys"
keys = [[0, 0, 0, 0, 1], [0.8, 0, 0, 0, 1], [2.0, 10, 3, -1.5, 1]]
''' + shake + f'''
[[part]]
svg = "his_thumb.svg"
pivot = [{thumb[0]:.1f}, {thumb[1]:.1f}]
[[part.motion]]
kind = "keys"
keys = [[0, 0, 0, 48], [0.9, 0, 0, 48], [2.0, 0, 4, 53]]
''' + shake)
    return "".join(out)


def main() -> None:
    set_light((-0.6, -0.8))
    for name in ("hands_intertwined", "hands_tighten"):
        out = ROOT + name + "/"
        for old in os.listdir(out):
            if old.endswith(".svg") and old != "back.svg":
                os.remove(out + old)
        write(out + "his_fingers.svg", his_open_fingers().svg())
        d, _ = his_palm()
        write(out + "his.svg", d.svg())
        write(out + "her.svg", her_back().svg())
        write(out + "her_fingers.svg", her_fingers().svg())
        d, _ = his_thumb(True)
        write(out + "his_thumb.svg", d.svg())
        for i in range(4):
            d, _ = his_tip(i)
            write(out + f"his_tip{i}.svg", d.svg())
        write(out + "white.svg", white_knuckles().svg())
        tips = [his_tip(i)[1] for i in range(4)]
        if name == "hands_intertwined":
            write(out + "insert.toml", toml_intertwined(tips, HIS_XF((70, -66))))
        else:
            os.remove(out + "his_fingers.svg")
            write(out + "insert.toml", toml_tighten(tips, HIS_XF((70, -66))))
