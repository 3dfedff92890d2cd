"""hand_reach (line 62): his hand slides across the table, turning palm-up as it comes (an offer,
the plea), and her fingers lift and move to lay their tips in his open palm.

review10 #5: both hands were one mirrored flat starfish, palm down, their backs translucent domes
with the finger shafts showing through and a thumb glued on with a square root; hers never moved.
Now each hand is one opaque silhouette (tools/hands/solid.py) with the thumb growing out of the
thenar mound; his is larger and squarer (broad palm, blunt fingers, a flat knuckle line), hers
slimmer (a tapering palm, long fingers, narrow nails); his rolls from palm-down to palm-up in
drawings cut while it slides (each shown whole, never faded); hers lifts its fingers and slides
toward his.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from tools.hands.geometry import HER, INSERTS, Doc, FingerSpec, P, Skin, Xf, set_light, write
from tools.hands.parts import bracelet, his_sleeve
from tools.hands.solid import Hand, Rolled, draw

OUT = str(INSERTS) + "/hand_reach/"

# his hand, local (x toward the fingers, the thumb at -y): a broad, square palm, its knuckle line
# nearly straight across, the thenar mound bulging out on the thumb's side by the wrist
HIS_PALM: list[P] = [(-40, -46), (-10, -50), (20, -61), (56, -81), (100, -90), (150, -90), (196, -85), (210, -82), (223, -72), (229, -55), (231, -30),
                     (231, 16), (229, 40), (224, 60), (212, 74), (192, 80), (160, 82), (100, 78), (50, 66), (10, 55), (-10, 50), (-40, 46)]
HIS_MCP: list[P] = [(204.0, -62.0), (214.0, -21.0), (210.0, 20.0), (198.0, 57.0)]
HIS_W = [46.0, 48.0, 45.0, 40.0]
HIS_LENS = [(72.0, 47.0, 35.0), (80.0, 52.0, 37.0), (76.0, 49.0, 35.0), (60.0, 40.0, 31.0)]
HIS_THUMB = FingerSpec((58.0, -36.0), -40.0, (70.0, 48.0, 40.0), 54.0, (16.0, 12.0), "back", taper=0.6)
# hers: narrower and tapering to the knuckles, longer slimmer fingers
HER_PALM: list[P] = [(-40, -36), (-10, -42), (22, -52), (60, -64), (110, -70), (160, -70), (190, -67), (206, -58), (215, -42), (218, -18),
                     (217, 16), (212, 36), (202, 52), (188, 62), (150, 66), (100, 62), (50, 54), (10, 46), (-10, 42), (-40, 36)]
HER_MCP: list[P] = [(196.0, -50.0), (206.0, -17.0), (202.0, 16.0), (190.0, 46.0)]
HER_W = [39.0, 41.0, 38.0, 33.0]
HER_LENS = [(76.0, 50.0, 38.0), (84.0, 55.0, 40.0), (80.0, 52.0, 38.0), (64.0, 42.0, 33.0)]
HER_THUMB = FingerSpec((58.0, -30.0), -38.0, (64.0, 44.0, 36.0), 42.0, (14.0, 10.0), "back", taper=0.6)

# his skin: one warm tan for his whole hand in every hand shot, 62 and the clasp of 63/64/71 alike
# (the cut 62 -> 63 changed his skin from a pale beige to this tan, review11 N1)
HIS_TAN = Skin("#c8926c", "#a86e4e", "#6a4028", "#3b2418", "#8e5c42", "#dcae94", "#f0ccb4", "#e2b696")

HIS_SCALE, HER_SCALE = 1.72, 1.62  # (hers as in the clasp of 63: the cut keeps her hand's size)  # his hand about a quarter larger than hers at the same distance
HIS_AT = (1220.0, 478.0, 183.0)   # his wrist on the canvas where his slide ends, the hand pointing left
# hers, pointing right, drawn where her slide ends (the part slides in from the left: slid right,
# the drawing's left edge, the canvas's, came into the frame as a square end to her arm)
HER_AT = (488.0, 504.0, -3.0)
SLEEVE_X0 = -135.0  # his cuff's end, hand-local: a hand's breadth of wrist shows past it


@dataclass(frozen=True)
class Pose:
    """One drawing: the roll (0 back up, 180 palm up), the fingers' spread angles, how far each
    finger's outer phalanges show (curl < 1: curled and foreshortened), the joints' bends, and
    the contact shadow's offset (a lifted hand casts it further)."""

    roll: float
    angs: tuple[float, float, float, float]
    curl: tuple[float, float, float, float]
    bend: float
    shadow: P


# his: a hesitant palm-down hand sliding in, rolling onto its edge and over, then open palm-up,
# and at last its fingers closing a little round her fingertips (the gentle touch)
HIS_POSES = (
    Pose(0.0, (-5.0, -2.0, 1.5, 5.0), (0.74, 0.72, 0.72, 0.74), 8.0, (12, 18)),
    Pose(62.0, (-3.0, -1.0, 1.0, 3.0), (0.82, 0.8, 0.8, 0.82), 6.0, (12, 18)),
    Pose(122.0, (-3.0, -1.0, 1.0, 3.0), (0.86, 0.84, 0.84, 0.86), 6.0, (12, 18)),
    Pose(180.0, (-6.0, -2.0, 2.0, 6.5), (0.92, 0.9, 0.9, 0.9), 5.0, (12, 18)),
    Pose(180.0, (-4.0, -1.0, 1.5, 4.5), (0.8, 0.78, 0.78, 0.78), 12.0, (12, 18)),
)
HIS_CUTS = (1.15, 1.4, 1.65, 3.7)  # seconds: the roll while it slides, the fingers closing after hers land
HIS_NAMES = ("his.svg", "his_p1.svg", "his_p2.svg", "his_palm.svg", "his_palm2.svg")
# hers: resting, fingertips on the wood; the fingers lifting; reaching out toward his palm
HER_POSES = (
    Pose(0.0, (-1.0, 0.0, 1.0, 2.5), (0.76, 0.74, 0.74, 0.76), 9.0, (8, 12)),
    Pose(0.0, (-3.0, -1.5, 0.0, 1.5), (0.86, 0.84, 0.84, 0.84), 6.0, (16, 26)),
    Pose(0.0, (-2.0, -0.5, 0.5, 2.0), (0.96, 0.95, 0.94, 0.92), 3.0, (14, 22)),
)
HER_CUTS = (2.3, 2.8)
HER_NAMES = ("hers.svg", "hers_p1.svg", "hers_p2.svg")
# the slides (dx, dy of the whole part, design px): his from off to the right, hers the last way to his.
# His ends where the clasp of line 63 has his hand (clasp.HIS_AT), so the cut 62 -> 63 keeps his
# open palm where it was (review11 N1: the cut flipped it to the back of a hand elsewhere)
HIS_SLIDE = ((0.0, 740.0, 24.0), (2.6, 80.0, 8.0), (3.4, 0.0, 0.0))  # (drawn where it ends: the sleeve runs off the frame)
HER_SLIDE = ((0.0, -136.0, -4.0), (2.3, -136.0, -4.0), (3.6, 0.0, 0.0))


def fingers(mcp: list[P], widths: list[float], lens: list[tuple[float, float, float]], pose: Pose,
            taper: float) -> list[FingerSpec]:
    out = []
    for i in range(4):
        a, b, c = lens[i]
        k = pose.curl[i]
        out.append(FingerSpec(mcp[i], pose.angs[i], (a, b * k, c * k ** 1.5), widths[i], (pose.bend, pose.bend * 1.2),
                              "back", taper=taper))
    return out


def his_hand(pose: Pose, at: tuple[float, float, float] = HIS_AT) -> Hand:
    """His hand in `pose` with its wrist at `at` (x, y, rot on the canvas)."""
    x, y, rot = at
    k = max(abs(math.cos(math.radians(pose.roll))), 0.6)  # the wrist narrows as the hand turns on edge
    xf = Rolled(x, y, rot, HIS_SCALE, mirror=True, roll=pose.roll)
    return Hand(xf, HIS_TAN, list(HIS_PALM), fingers(HIS_MCP, HIS_W, HIS_LENS, pose, 0.78), HIS_THUMB,
                Xf(x, y, rot, HIS_SCALE, mirror=True), arm_len=320, arm_w=(50.0 * k, 62.0 * (0.5 + 0.5 * k)), tuck=True)


def her_hand(pose: Pose) -> Hand:
    x, y, rot = HER_AT
    xf = Rolled(x, y, rot, HER_SCALE, roll=pose.roll)
    return Hand(xf, HER, list(HER_PALM), fingers(HER_MCP, HER_W, HER_LENS, pose, 0.7), HER_THUMB,
                Xf(x, y, rot, HER_SCALE), arm_len=760, arm_w=(40.0, 52.0), nail_tint="#c97a7a")


def fingertips(who: str, pose: int) -> list[P]:
    """The four fingertips of a drawing on the canvas (before the part's slide)."""
    h = his_hand(HIS_POSES[pose]) if who == "his" else her_hand(HER_POSES[pose])
    from tools.hands.solid import finger_shape
    return [finger_shape(fs, h.xf).tip for fs in h.fingers]


def _cut_keys(stage: int, cuts: tuple[float, ...]) -> str:
    """Alpha keys showing drawing `stage` only between its cuts (a cut, never a fade)."""
    on = [0.0, *cuts, 99.0]
    keys: list[tuple[float, int]] = [(0.0, 1 if stage == 0 else 0)]
    if stage > 0:
        keys += [(on[stage] - 0.001, 0), (on[stage], 1)]
    if stage < len(cuts):
        keys += [(on[stage + 1] - 0.001, 1), (on[stage + 1], 0)]
    return ('[[part.motion]]\nkind = "keys"\nkeys = ['
            + ", ".join(f"[{t:.3f}, 0, 0, 0, 1, {a}]" for t, a in keys) + "]\n")


def _slide(keys: tuple[tuple[float, float, float], ...]) -> str:
    return ('[[part.motion]]\nkind = "keys"\nkeys = [' + ", ".join(f"[{t:g}, {x:g}, {y:g}]" for t, x, y in keys)
            + "]\n")


def toml() -> str:
    """The insert: his hand (five drawings, sliding in), then hers over it (three, sliding the
    last way), so her fingertips lie on his palm."""
    his_move = _slide(HIS_SLIDE) + '[[part.motion]]\nkind = "tremor"\ndx = 2\ndy = 2\nfreq = 5\n'
    her_move = '[[part.motion]]\nkind = "tremor"\ndx = 2\ndy = 1.5\nfreq = 6\n' + _slide(HER_SLIDE)
    out = ['# "He reached for her hand, his touch gentle but filled with a plea for understanding." (line 62)\n'
           "# His hand slides in palm-down and rolls over as it comes (1.15, 1.4, 1.65 s: on its edge, then\n"
           "# palm-up, open: an offer); her fingers lift (2.3 s) and reach (2.8 s) as she slides her hand to\n"
           "# lay her fingertips in his palm, and his fingers close a little round them (3.7 s). Each drawing\n"
           "# is cut in whole, never faded. Drawn by tools/hands/reach.py (see there to change them).\n"
           'title = "His hand reaching across the table for hers"\n\n[[part]]\nsvg = "back.svg"\n']
    for i, name in enumerate(HIS_NAMES):
        out.append(f'\n[[part]]\nsvg = "{name}"\npivot = [1300, 540]\n' + his_move + _cut_keys(i, HIS_CUTS))
    for i, name in enumerate(HER_NAMES):
        out.append(f'\n[[part]]\nsvg = "{name}"\npivot = [560, 540]\n' + her_move + _cut_keys(i, HER_CUTS))
    return "".join(out)


def main() -> None:
    # the candle stands beyond the table's middle: each hand is lit from its side of it
    for pose, name in zip(HER_POSES, HER_NAMES, strict=True):
        set_light((0.6, -0.8))
        h = her_hand(pose)
        d = Doc()
        draw(d, h, shadow_off=pose.shadow, shadow_alpha=0.45 if pose.shadow[1] < 20 else 0.3)
        bracelet(d, h.arm_xf)
        write(OUT + name, d.svg())
    for pose, name in zip(HIS_POSES, HIS_NAMES, strict=True):
        set_light((-0.15, -1.0))
        h = his_hand(pose)
        d = Doc()
        draw(d, h, shadow_off=pose.shadow)
        his_sleeve(d, h.arm_xf, x0=SLEEVE_X0)
        write(OUT + name, d.svg())
    write(OUT + "insert.toml", toml())
