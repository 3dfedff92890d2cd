"""hand_reach (line 62): his hand slides across the table until his fingertips touch hers."""

from __future__ import annotations

from collections.abc import Sequence

from tools.hands import paint
from tools.hands.geometry import (
    HER,
    HIS,
    INSERTS,
    add,
    f,
    finger,
    finger_geom,
    hand_back,
    set_light,
    smooth_path,
    soft_shadow,
    write,
)
from tools.hands.geometry import Doc as Doc
from tools.hands.geometry import FingerSpec as FingerSpec
from tools.hands.geometry import HandSpec as HandSpec
from tools.hands.geometry import P as P
from tools.hands.geometry import TransformFn as TransformFn
from tools.hands.geometry import Xf as Xf
from tools.hands.parts import bracelet, forearm, his_sleeve, wrist_blend


def hand(doc: Doc, h: HandSpec, shadow: P = (8, 12), forearm_len: float = 300, shade: float = 1.0,
         ridges: bool = False) -> None:
    """A relaxed hand lying on the table: contact shadow, forearm, the webs between the finger
    roots (shaded skin, so the fingers join the hand, never a gap to the table at their roots),
    the fingers, then the back of the hand over their roots with one smooth knuckle line (no
    notches), then the thumb. `shade` scales the modelling's shadow flank (paint.model_back);
    `ridges`: the back of the hand modelled by its tendons and knuckle ridges rather than a smooth
    dome with four lit knuckle dots (his reaching hand, review8 #8)."""
    soft_shadow(doc, [h.xf(p) for p in BACK[1:-1]], shadow, 16, 0.5)  # under the hand as drawn
    # the forearm lifts off the table from the wrist: its shadow runs on from the hand's and fades
    # up the arm (the hand's shadow ended square under the wrist, a frayed dark cut: review7 #3)
    arm = [add(h.xf(p), shadow) for p in [(-170, -50), (-60, -52), (10, -54), (10, 54), (-60, 54), (-170, 52)]]
    fade = doc.lin(add(h.xf((-170, 0)), shadow), add(h.xf((10, 0)), shadow),
                   [(0, "#000000", 0), (0.75, "#000000", 0.3), (1, "#000000", 0.42)])
    doc.add(f'<path d="{smooth_path(arm, tension=0.5)}" fill="{fade}"/>')
    for fs in h.fingers:
        cp, ws, _ = finger_geom(fs, h.xf)
        doc.add(f'<path d="M{f(add(cp[1], shadow))} L{f(add(cp[-1], shadow))}" stroke="#000" '
                f'stroke-width="{ws[1] * 1.1:.1f}" stroke-linecap="round" opacity="0.3"/>')
    forearm(doc, h, length=forearm_len, w0=WRIST_W[0], w1=WRIST_W[1])
    web = [h.xf(p) for p in [(186, -80), (222, -72), (234, -26), (232, 22), (220, 58), (186, 70)]]
    g = doc.lin(h.xf((190, 0)), h.xf((234, 0)), [(0, h.skin.mid, 1), (1, h.skin.dark, 1)])
    doc.add(f'<path d="{smooth_path(web, tension=0.6)}" fill="{g}"/>')
    for fs in h.fingers[::-1]:
        finger(doc, fs, h.xf, h.skin)
    h.palm_pts = list(BACK)
    if h.thumb:  # under the back of the hand, which covers its root: no seam where it leaves the hand
        finger(doc, h.thumb, h.xf, h.skin)
    hand_back(doc, h, tendons=0.0, knuckle_glow=0.15 if ridges else 0.35)
    if ridges:
        paint.model_back(doc, h, shade=shade, crown=0.3, tendons=0.75, knuckles=0.45)
    else:
        paint.model_back(doc, h, shade=shade, crown=0.35, tendons=0.45)
    # the wrist blends into the back of the hand (parts.wrist_blend)
    wrist_blend(doc, h, forearm_len, half=WRIST_W[0] - 4)


OUT = str(INSERTS) + "/hand_reach/"
# the back of the hand (review6 #8: it was a box with square corners and a step out from the
# wrist): it starts inside the forearm at the wrist's own width, widens along nearly straight sides
# to the knuckles, turns two firm corners there (index and little finger) and runs along a flat
# knuckle line, slanting back toward the little finger (review8 #8: rounded from its widest point
# to the middle knuckle it read as a bald dome); local x toward the fingers
BACK: list[P] = [(-30, -42), (0, -44), (40, -56), (100, -70), (160, -79), (196, -77), (205, -73), (212, -64), (217, -48),
                 (219, -28), (220, -6), (219, 16), (216, 36), (210, 54), (198, 68), (180, 76), (150, 80),
                 (110, 76), (60, 64), (20, 52), (0, 44), (-30, 42)]
# the forearm at the wrist and up the arm (parts.forearm: 50, 64): slimmer at the wrist, so the wrist
# reads narrower than the knuckles (the back of the hand there 0.55 of its width at the knuckles, was 0.6)
WRIST_W = (47.0, 64.0)
# relaxed fingers, not a fan: nearly parallel, slimmer than the wide rig's, tapering to the tips,
# the middle longest; `curl` shortens the outer phalanges as the fingertips drop to the table
WIDTHS = [44.0, 46.0, 43.0, 37.0]  # together about as wide as the hand across its knuckles (no rake of gaps)
LENS = [(70, 45, 34), (79, 51, 36), (75, 47, 34), (57, 36, 29)]  # the middle finger ~0.8 of the hand's length


def relaxed(angs: Sequence[float], curl: Sequence[float], bends: Sequence[tuple[float, float]],
            w: float = 1.0) -> list[FingerSpec]:
    from tools.hands.geometry import MCP
    out = []
    for i in range(4):
        a, b, c = LENS[i]
        out.append(FingerSpec((MCP[i][0] - 4, MCP[i][1]), angs[i], (a, b * curl[i], c * curl[i] ** 1.5),
                              WIDTHS[i] * w, bends[i], "back", taper=0.7))
    return out


THUMB = FingerSpec((34, -60), -28, (72, 50, 40), 54, (6, 8), "back", taper=0.62)
HER_THUMB = FingerSpec((34, -58), -28, (64, 44, 34), 44, (6, 8), "back", taper=0.64)
SLEEVE_X0 = -135.0  # the cuff's end, hand-local: a hand's breadth of wrist shows past it


# Line 62's beats (review8 #8: "a rigid sprite ... slides in without any finger change; her hand does
# not move"): his hand is drawn at three finger poses, cut from one to the next while it slides fast
# (so no step shows): at first the fingers held a little curled and together (a hesitant hand),
# then opening, then relaxed, spread and reaching at rest. Hers answers as his arrives: her fingers
# uncurl and turn a little toward his (three poses, small steps) while she slides it the last px.
HIS_POSES: tuple[tuple[list[float], list[float], list[tuple[float, float]]], ...] = (  # (angles, curl, bends)
    ([-5.0, -2.5, 1.0, 4.5], [0.7, 0.68, 0.66, 0.66], [(8, 10), (6, 8), (6, 8), (8, 10)]),
    ([-3.5, -1.5, 1.3, 4.0], [0.79, 0.77, 0.75, 0.75], [(5, 7), (3, 5), (4, 5), (6, 8)]),
    ([-2.0, -0.5, 1.5, 3.5], [0.88, 0.86, 0.84, 0.84], [(3, 4), (1, 2), (2, 3), (4, 6)]),
)
HIS_CUTS = (0.9, 1.8)  # seconds: pose 0 -> 1 -> 2 while his hand slides (it is in by 2.6 s)
HER_POSES: tuple[tuple[list[float], list[float], list[tuple[float, float]]], ...] = (
    ([-1.0, 0.5, 2.0, 4.0], [0.8, 0.78, 0.78, 0.8], [(4, 6), (2, 3), (2, 3), (4, 6)]),
    ([-1.6, 0.0, 1.4, 3.2], [0.85, 0.83, 0.82, 0.83], [(3, 5), (2, 2), (2, 2), (3, 5)]),
    ([-2.2, -0.6, 0.8, 2.4], [0.9, 0.88, 0.86, 0.86], [(2, 4), (1, 1), (1, 2), (2, 4)]),
)
HER_CUTS = (2.7, 3.2)  # her fingers answer as his hand comes to rest
HIS_NAMES = ("his_p0.svg", "his_p1.svg", "his.svg")
HER_NAMES = ("hers.svg", "hers_p1.svg", "hers_p2.svg")


def _cut_keys(stage: int, cuts: tuple[float, ...]) -> str:
    """Alpha keys showing pose `stage` only between its cuts (a cut, never a fade: two hands at
    once read as a ghost)."""
    on = [0.0, *cuts, 99.0]
    keys: list[tuple[float, int]] = [(0.0, 1 if stage == 0 else 0)]
    if stage > 0:
        keys += [(on[stage] - 0.001, 0), (on[stage], 1)]
    if stage < len(cuts):
        keys += [(on[stage + 1] - 0.001, 1), (on[stage + 1], 0)]
    return ('[[part.motion]]\nkind = "keys"\nkeys = ['
            + ", ".join(f"[{t:.3f}, 0, 0, 0, 1, {a}]" for t, a in keys) + "]\n")


def toml() -> str:
    """The insert: her hand (three poses, with her small slide), his (three poses, sliding in)."""
    her_move = ('[[part.motion]]\nkind = "tremor"\ndx = 2\ndy = 1.5\nfreq = 6\n'
                '[[part.motion]]\nkind = "keys"\nkeys = [[0, 0, 0], [2.6, 0, 0], [4.2, 16, 2]]\n')
    his_move = ('[[part.motion]]\nkind = "keys"\nkeys = [[0, 560, 24], [2.6, 190, 6], [3.6, 124, 0]]\n'
                '[[part.motion]]\nkind = "tremor"\ndx = 2\ndy = 2\nfreq = 5\n')
    out = ['# "He reached for her hand, his touch gentle but filled with a plea for understanding." (line 62)\n'
           "# His hand slides in, its fingers opening from a hesitant curl to relaxed and reaching (three\n"
           "# drawings cut while it moves); hers answers as his comes to rest: her fingers uncurl toward his\n"
           "# (2.7, 3.2 s) and she slides it the last few px to meet it (2.6-4.2 s).\n"
           "# Drawn by tools/hands/reach.py (see there to change them).\n"
           'title = "His hand reaching across the table for hers"\n\n[[part]]\nsvg = "back.svg"\n']
    for i, name in enumerate(HER_NAMES):
        out.append(f'\n[[part]]\nsvg = "{name}"\npivot = [560, 540]\n' + her_move + _cut_keys(i, HER_CUTS))
    for i, name in enumerate(HIS_NAMES):
        out.append(f'\n[[part]]\nsvg = "{name}"\npivot = [1300, 540]\n' + his_move + _cut_keys(i, HIS_CUTS))
    return "".join(out)


def main() -> None:
    # the candle stands beyond the table's middle, above his hand and to her right: each hand
    # is lit from its side of it
    for i, (angs, curl, bends) in enumerate(HER_POSES):
        set_light((0.6, -0.8))
        # her hand, from the left, palm down, resting
        her = HandSpec(Xf(352, 500, rot=-3, s=1.4), HER)  # hers smaller and slimmer than his
        # slightly curled (the outer phalanges foreshortened as the fingertips drop toward the wood),
        # drawn a little together rather than splayed
        her.fingers = relaxed(angs, curl, bends, w=0.8)
        her.thumb = HER_THUMB  # at the side of her hand, like his (was rooted at her knuckles)
        d = Doc()
        hand(d, her, forearm_len=520, shade=0.65)  # bare forearm past the frame: short puffed sleeves (the wides);
        # her shadow flank lighter: at full strength, on the candle's far side, her hand went grey-brown
        bracelet(d, her.xf)
        write(OUT + HER_NAMES[i], d.svg())

    for i, (angs, curl, bends) in enumerate(HIS_POSES):
        # his hand, from the right, palm down, reaching, fingers a little lifted
        set_light((-0.15, -1.0))
        him = HandSpec(Xf(1360, 492, rot=183, s=1.62, mirror=True), HIS)
        him.fingers = relaxed(angs, curl, bends)
        # the thumb at the side of the hand, not on top of the fingers (review5 #15: it lay along the
        # index like a sixth finger): its root a broad mound by the wrist, its metacarpal along the
        # hand's edge, the two phalanges angled out and forward, seen from the side as it lies on the
        # table, its tip well short of the knuckles
        him.thumb = THUMB
        d = Doc()
        hand(d, him, shadow=(12, 18), ridges=True)  # resting on the table: a close contact shadow
        # the cuff and the suit's sleeve in frame all through the slide (review5 #15: the forearm was
        # bare skin to the frame's edge, the sleeve off-frame)
        his_sleeve(d, him.xf, x0=SLEEVE_X0)
        write(OUT + HIS_NAMES[i], d.svg())
    write(OUT + "insert.toml", toml())
