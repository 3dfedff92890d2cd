"""kiss (line 73): two faces in close profile, eyes closed, noses passing, lips meeting; his hand at her cheek."""

from __future__ import annotations

import math
from collections.abc import Callable

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
    set_light,
    smooth_path,
    write,
)
from tools.hands.geometry import Doc as Doc
from tools.hands.geometry import FingerSpec as FingerSpec
from tools.hands.geometry import HandSpec as HandSpec
from tools.hands.geometry import P as P
from tools.hands.geometry import TransformFn as TransformFn
from tools.hands.geometry import Xf as Xf
from tools.hands.parts import forearm, his_sleeve

OUT = str(INSERTS) + "/kiss/"
MEET = (930.0, 560.0)

def frame(ang: float, mirror: bool, s: float) -> TransformFn:
    a = math.radians(ang)
    def T(p: P) -> P:
        x, y = p[0] * s, p[1] * s
        if mirror:
            x = -x
        return (MEET[0] + x * math.cos(a) - y * math.sin(a), MEET[1] + x * math.sin(a) + y * math.cos(a))
    return T

HER_FRONT: list[P] = [(-120, -340), (-70, -300), (-46, -240), (-38, -192), (-46, -166), (-34, -132), (-4, -94), (16, -72),
             (6, -54), (-12, -50), (-8, -28), (8, -14), (0, 0), (6, 14), (-6, 30), (-16, 44), (-8, 78), (-30, 106),
             (-70, 118), (-80, 200), (-90, 620)]
HER_BACK: list[P] = [(-260, 620), (-240, 300), (-250, 160), (-330, 60), (-370, -100), (-320, -290), (-220, -360)]
HIS_FRONT: list[P] = [(-130, -350), (-74, -310), (-44, -250), (-30, -204), (-44, -170), (-34, -140), (14, -104), (50, -82),
             (26, -58), (-10, -50), (-6, -28), (8, -14), (0, 0), (6, 12), (-6, 30), (-18, 46), (-6, 84), (-18, 112),
             (-80, 128), (-92, 210), (-100, 620)]
HIS_BACK: list[P] = [(-300, 620), (-280, 300), (-280, 150), (-360, 60), (-390, -100), (-330, -300), (-230, -370)]

def face(d: Doc, T: TransformFn, front: list[P], back: list[P], skin: Skin, lip: tuple[str, str],
         hair_fn: Callable[[Doc, TransformFn], None], man: bool) -> None:
    pts = [T(p) for p in front + back]
    fr = T((20, -100))
    g = d.lin(fr, T((-330, -100)), [(0, skin.light, 1), (0.35, skin.mid, 1), (1, skin.dark, 1)])
    # the neck a shade darker under the jaw
    if man:  # his profile casts a soft shadow on her face where they overlap (nose past nose)
        sh = [add(p, (-6, 4)) for p in pts]
        for w, o in ((22, 0.08), (14, 0.1), (7, 0.14)):
            d.add(f'<path d="{smooth_path(sh, tension=0.85)}" fill="none" stroke="#1a0a06" stroke-width="{w}" stroke-opacity="{o}"/>')
    d.add(f'<path d="{smooth_path(pts, tension=0.85)}" fill="{g}" stroke="{skin.line}" stroke-width="3" stroke-opacity="0.85"/>')
    # the jaw line and the neck in the shadow under it
    nk = [T(p) for p in [(-60, 124), (-150, 128), (-225, 70), (-262, 150), (-250, 420), (-100, 420), (-84, 200)]]
    d.add(f'<path d="{smooth_path(nk, tension=0.7)}" fill="{skin.dark}" opacity="0.45"/>')
    jl = [T(p) for p in [(-40, 116), (-140, 124), (-222, 66)]]
    d.add(f'<path d="{smooth_path(jl, closed=False)}" stroke="{skin.line}" stroke-width="2.5" fill="none" opacity="0.55"/>')
    # cheek
    ck = T((-90, -40))
    d.add(f'<ellipse cx="{ck[0]:.1f}" cy="{ck[1]:.1f}" rx="90" ry="90" fill="{d.rad(ck, 90, [(0, "#e0806a" if not man else "#b8684c", 0.45 if not man else 0.2), (1, "#e0806a", 0)])}"/>')
    # lips: upper and lower, soft
    ul = [T(p) for p in [(-16, -27), (-2, -24), (6, -20), (12, -9), (4, -1), (-28, -2)]]
    ll = [T(p) for p in [(-28, 1), (4, 1), (13, 13), (4, 28), (-12, 31), (-24, 20)]]
    d.add(f'<path d="{smooth_path(ul, tension=0.8)}" fill="{lip[0]}" stroke="{skin.line}" stroke-width="1.5" stroke-opacity="0.5"/>')
    d.add(f'<path d="{smooth_path(ll, tension=0.8)}" fill="{lip[1]}" stroke="{skin.line}" stroke-width="1.5" stroke-opacity="0.5"/>')
    hl = T((0, 16))
    d.add(f'<ellipse cx="{hl[0]:.1f}" cy="{hl[1]:.1f}" rx="6" ry="4" fill="#ffffff" opacity="0.25"/>')
    mc = [T(p) for p in [(-32, -3), (-27, -1), (-22, 0)]]
    d.add(f'<path d="{smooth_path(mc, closed=False)}" stroke="{skin.line}" stroke-width="2.5" fill="none" opacity="0.8"/>')
    # nostril and the wing of the nose
    nw = [T(p) for p in [(-22, -58), (-8, -74), (-2, -58), (-14, -50)]]
    d.add(f'<path d="{smooth_path(nw, closed=False)}" stroke="{skin.crease}" stroke-width="3" fill="none" opacity="0.8"/>')
    # eye closed: lid, lashes, crease, brow
    lid = [T(p) for p in [(-92, -162), (-74, -152), (-54, -156)]]
    d.add(f'<path d="{smooth_path(lid, closed=False)}" stroke="{skin.line}" stroke-width="4" fill="none" stroke-linecap="round"/>')
    for k in range(6):
        x = -90 + k * 7.0
        y = -158 + 0.12 * (x + 74) ** 2 / 10
        a, b = T((x, y + 2)), T((x + 6 + (4 if not man else 1), y + (17 if not man else 10)))
        d.add(f'<path d="M{f(a)} L{f(b)}" stroke="{skin.line}" stroke-width="{2.4 if not man else 2.0}" stroke-linecap="round"/>')
    cr = [T(p) for p in [(-94, -174), (-74, -172), (-52, -168)]]
    d.add(f'<path d="{smooth_path(cr, closed=False)}" stroke="{skin.crease}" stroke-width="2.2" fill="none" opacity="0.8"/>')
    sock = T((-72, -168))
    d.add(f'<ellipse cx="{sock[0]:.1f}" cy="{sock[1]:.1f}" rx="34" ry="22" fill="{skin.dark}" opacity="0.18"/>')
    brow = [T(p) for p in ([(-120, -196), (-80, -208), (-44, -200)] if not man else [(-126, -204), (-84, -216), (-40, -208)])]
    d.add(f'<path d="{smooth_path(brow, closed=False)}" stroke="{"#3a1a0c" if not man else "#141010"}" stroke-width="{6 if not man else 10}" fill="none" stroke-linecap="round"/>')
    if man:
        ear = [T(p) for p in [(-236, -140), (-206, -150), (-196, -100), (-210, -50), (-236, -44)]]
        d.add(f'<path d="{smooth_path(ear, tension=0.9)}" fill="{skin.mid}" stroke="{skin.line}" stroke-width="2.5"/>')
        ie = [T(p) for p in [(-226, -120), (-210, -118), (-212, -84), (-224, -70)]]
        d.add(f'<path d="{smooth_path(ie, closed=False)}" stroke="{skin.crease}" stroke-width="3" fill="none"/>')
    hair_fn(d, T)

def her_hair(d: Doc, T: TransformFn) -> None:
    mass = [T(p) for p in [(-150, -350), (-60, -330), (-30, -300), (-70, -290), (-150, -250), (-210, -180), (-230, -60),
                            (-240, 60), (-250, 220), (-230, 420), (-250, 620), (-460, 620), (-440, 300), (-420, 0),
                            (-400, -220), (-300, -340)]]
    g = d.lin(T((-60, -300)), T((-420, 100)), [(0, "#b8652f", 1), (0.35, "#7a3a18", 1), (1, "#2a1208", 1)])
    d.add(f'<path d="{smooth_path(mass, tension=0.8)}" fill="{g}" stroke="#1a0a04" stroke-width="2" stroke-opacity="0.6"/>')
    for k in range(9):
        off = k * 22.0
        s = [T(p) for p in [(-120 - off * 0.6, -320 + off * 0.3), (-200 - off * 0.7, -200), (-240 - off * 0.6, 50),
                            (-250 - off * 0.5, 300), (-260 - off * 0.4, 600)]]
        col = "#d08048" if k % 3 == 0 else "#4a200c"
        d.add(f'<path d="{smooth_path(s, closed=False)}" stroke="{col}" stroke-width="{3 if k % 3 == 0 else 2.5}" fill="none" opacity="{0.6 if k % 3 == 0 else 0.5}"/>')
    rim = [T(p) for p in [(-300, -340), (-150, -352), (-60, -330)]]
    d.add(f'<path d="{smooth_path(rim, closed=False)}" stroke="#f0a060" stroke-width="5" fill="none" opacity="0.55" stroke-linecap="round"/>')

def his_hair(d: Doc, T: TransformFn) -> None:
    pts = [(-140, -356), (-80, -340), (-40, -310), (-20, -270), (-56, -282), (-60, -250), (-96, -290), (-110, -240),
           (-140, -280), (-170, -230), (-190, -170), (-230, -180), (-250, -150), (-300, -130), (-320, -60), (-380, 20),
           (-400, -120), (-420, -200), (-380, -300), (-330, -390), (-280, -400), (-250, -440), (-200, -400), (-170, -420)]
    g = d.lin(T((-60, -320)), T((-400, -100)), [(0, "#4a3c34", 1), (0.3, "#1e1814", 1), (1, "#060505", 1)])
    d.add(f'<path d="{smooth_path([T(p) for p in pts], tension=0.6)}" fill="{g}" stroke="#050404" stroke-width="2"/>')
    for a, b, c in (((-100, -350), (-60, -300), (-30, -270)), ((-160, -380), (-150, -300), (-110, -245)),
                    ((-220, -400), (-250, -300), (-230, -185)), ((-300, -380), (-340, -250), (-330, -80)),
                    ((-130, -360), (-90, -320), (-58, -250))):
        s = [T(a), T(b), T(c)]
        d.add(f'<path d="{smooth_path(s, closed=False)}" stroke="#6a5a50" stroke-width="3" fill="none" opacity="0.55"/>')
    # a stray lock on his forehead
    lk = [T(p) for p in [(-90, -300), (-60, -250), (-50, -214), (-62, -212), (-80, -250), (-110, -290)]]
    d.add(f'<path d="{smooth_path(lk, tension=0.8)}" fill="#1a1512" stroke="#050404" stroke-width="1.5"/>')

def his_hand() -> Doc:
    """His hand at her cheek: back of the hand toward us, fingers along her jaw to her ear."""
    set_light((0.6, -0.8))
    xf = Xf(880, 960, rot=-118, s=0.95, mirror=True)
    h = HandSpec(xf, HIS)
    h.fingers = default_fingers(spread=6, bends=[(10, 8), (9, 7), (10, 8), (12, 10)], foreshorten=[0.95, 1, 0.97, 0.9])
    h.thumb = FingerSpec((90, -70), -28, (70, 52), 46, (10,), "back", taper=0.72)
    d = Doc()
    for fs in h.fingers:
        cp, ws, _ = finger_geom(fs, xf)
        d.add(f'<path d="M{f(add(cp[1], (12, 14)))} L{f(add(cp[-1], (12, 14)))}" stroke="#000" stroke-width="{ws[1]*1.1:.1f}" stroke-linecap="round" opacity="0.25"/>')
    forearm(d, h, length=320)
    for fs in h.fingers[::-1]:
        finger(d, fs, xf, HIS)
    hand_back(d, h)
    finger(d, h.thumb, xf, HIS)
    his_sleeve(d, xf, x0=-230)
    return d

def main() -> None:
    lipher = ("#c0626a", "#a84a56")
    liphim = ("#a86a5e", "#985a50")
    d = Doc()
    body = [(560, 1080), (600, 820), (760, 760), (880, 820), (900, 1080)]
    d.add(f'<path d="{smooth_path(body, tension=0.6)}" fill="#2f4a3d" stroke="#0c1410" stroke-width="3"/>')
    face(d, frame(-14, False, 1.18), HER_FRONT, HER_BACK, HER, lipher, her_hair, False)
    write(OUT + "her.svg", d.svg())
    d = Doc()
    body = [(1000, 1080), (1020, 800), (1200, 740), (1400, 820), (1460, 1080)]
    d.add(f'<path d="{smooth_path(body, tension=0.6)}" fill="#22242c" stroke="#0a0a0e" stroke-width="3"/>')
    d.add('<path d="M1050,820 L1110,790 L1130,900 L1080,920 Z" fill="#ece4d6"/>')
    face(d, frame(-4, True, 1.22), HIS_FRONT, HIS_BACK, HIS, liphim, his_hair, True)
    write(OUT + "him.svg", d.svg())
    write(OUT + "hand.svg", his_hand().svg())
