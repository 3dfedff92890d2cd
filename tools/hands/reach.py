"""hand_reach (line 62): his hand slides across the table to hers, turning palm-up as it comes (an
offer, the plea), and comes to rest under her fingertips; her hand lies at rest on the table and
answers only by easing its fingers apart over his palm as it arrives.

review10 #5: both hands were one mirrored flat starfish, palm down, their backs translucent domes
with the finger shafts showing through and a thumb glued on with a square root; hers never moved.
Now his hand is one opaque silhouette (tools/hands/solid.py) with the thumb growing out of the
thenar mound, larger and squarer than hers (broad palm, blunt fingers, a flat knuckle line); it
rolls from palm-down to palm-up in drawings cut while it slides (each shown whole, never faded).
review12/13 D3: her hand was another drawing in 62 (62's own, closed fingers, the bracelet ~45 px
left) than the one 63 opens on (the clasp's), so the cut redrew it. Now her hand in 62 IS the
clasp's drawing (tools/hands/clasp.py: web, fingers, back), in the place 63 opens it, and the
last of it is 63's first drawing byte for byte: the cut changes nothing of her hand.
"""

from __future__ import annotations

import itertools
import math
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from tools.hands.geometry import (
    HER,
    INSERTS,
    Doc,
    FingerSpec,
    HandSpec,
    P,
    Skin,
    Xf,
    finger_geom,
    set_light,
    soft_shadow,
    write,
)
from tools.hands.parts import forearm, his_sleeve
from tools.hands.solid import Hand, Rolled, draw
from tools.hands.table import glow

OUT = str(INSERTS) + "/hand_reach/"

# his hand, local (x toward the fingers, the thumb at -y): a broad, square palm, its knuckle line
# nearly straight across, the thenar mound bulging out on the thumb's side by the wrist
HIS_PALM: list[P] = [(-40, -46), (-10, -50), (20, -61), (56, -81), (100, -90), (150, -90), (196, -85), (210, -82), (223, -72), (229, -55), (231, -30),
                     (231, 16), (229, 40), (224, 60), (212, 74), (192, 80), (160, 82), (100, 78), (50, 66), (10, 55), (-10, 50), (-40, 46)]
HIS_MCP: list[P] = [(204.0, -62.0), (214.0, -21.0), (210.0, 20.0), (198.0, 57.0)]
HIS_W = [46.0, 48.0, 45.0, 40.0]
HIS_LENS = [(72.0, 47.0, 35.0), (80.0, 52.0, 37.0), (76.0, 49.0, 35.0), (60.0, 40.0, 31.0)]
HIS_THUMB = FingerSpec((58.0, -36.0), -40.0, (70.0, 48.0, 40.0), 54.0, (16.0, 12.0), "back", taper=0.6)
# her hand's model, narrower and tapering to the knuckles, longer slimmer fingers: the lap of
# line 72 builds hers from it (tools/hands/lap.py), and tools/hands/clasp.her_from_62 places her
# hand at 63's opening from where 62's old drawing of it lay (HER_AT, HER_SCALE: her middle fingertip)
HER_PALM: list[P] = [(-40, -36), (-10, -42), (22, -52), (60, -64), (110, -70), (160, -70), (190, -67), (206, -58), (215, -42), (218, -18),
                     (217, 16), (212, 36), (202, 52), (188, 62), (150, 66), (100, 62), (50, 54), (10, 46), (-10, 42), (-40, 36)]
HER_MCP: list[P] = [(196.0, -50.0), (206.0, -17.0), (202.0, 16.0), (190.0, 46.0)]
HER_W = [39.0, 41.0, 38.0, 33.0]
HER_LENS = [(76.0, 50.0, 38.0), (84.0, 55.0, 40.0), (80.0, 52.0, 38.0), (64.0, 42.0, 33.0)]
HER_THUMB = FingerSpec((58.0, -30.0), -38.0, (64.0, 44.0, 36.0), 42.0, (14.0, 10.0), "back", taper=0.6)

# his skin: one warm tan for his whole hand in every hand shot, 62 and the clasp of 63/64/71 alike
# (the cut 62 -> 63 changed his skin from a pale beige to this tan, review11 N1)
HIS_TAN = Skin("#c8926c", "#a86e4e", "#6a4028", "#3b2418", "#8e5c42", "#dcae94", "#f0ccb4", "#e2b696")

HIS_SCALE, HER_SCALE = 1.72, 1.62  # his hand about a quarter larger than hers at the same distance
HIS_AT = (1220.0, 478.0, 183.0)   # his wrist on the canvas where his slide ends, the hand pointing left
HER_AT = (488.0, 504.0, -3.0)  # (62's old drawing of her hand: see HER_MCP)
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
HIS_CUTS = (1.5, 1.65, 1.8, 3.3)  # seconds: the roll while it pauses short of hers, the fingers closing after it arrives
HIS_NAMES = ("his.svg", "his_p1.svg", "his_p2.svg", "his_palm.svg", "his_clasp.svg")
# his last drawing is the clasp's of him (tools/hands/clasp.py: the palm, each open finger, the
# thumb, all of HIS_POSES[-1]), the very drawings 63 opens on, so the cut changes nothing of his hand
HIS_LAST = ("his_clasp.svg", *(f"his_open{i}.svg" for i in range(4)), "his_thumb.svg")
# hers: the clasp's drawing of her hand (tools/hands/clasp.py), at rest, its four fingers lying
# nearer together (their lanes HER_SPREADS times as far apart as the clasp's), then easing apart over his palm as it slides
# in under them, to the clasp's own lanes: 63's first drawing, on which 63 opens
HER_SPREADS = (0.66, 0.78, 0.89, 1.0)
GATHER = (60.0, 190.0)  # her hand-local x over which her fingers' gathering eases in (wrist .. knuckles)
HER_CUTS = (2.6, 2.8, 3.0)  # (as his palm comes in under her fingers)
REST_CURL = 0.2  # her fingers at rest a little bent (relaxed, not ruler-straight: review14 §3 #2), straightening as they spread
ARM_LEN = 520  # her forearm's length in the clasp's drawing (clasp.her_back), local px
HER_NAMES = tuple(f"hers_fingers{k}.svg" for k in range(len(HER_SPREADS)))  # (each with hers_web{k}, hers{k})
# the slide (dx, dy of the whole part, design px): his from off to the right, slowing to a stop a
# little short of her fingertips, where it turns palm-up (the plea: an offer, not a grab), then
# palm-up the last way in under her fingers. He ends where the clasp of line 63 has his hand
# (clasp.HIS_AT), so the cut 62 -> 63 keeps his open palm where it was (review11 N1). No tremor:
# 63 opens on his hand still, so a shake at the end of 62 was a jump at the cut
HIS_SLIDE = ((0.0, 920.0, 28.0), (1.4, 640.0, 18.0), (1.95, 625.0, 16.0), (2.95, 0.0, 0.0))  # (the sleeve runs off the frame)


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


@dataclass
class Gathered(Xf):
    """Her hand's frame in the clasp (clasp.HER_XF) with her fingers drawn together: local y taken
    `k` times (0 < k <= 1) from her knuckles on, easing back to 1 over the back of her hand to the
    wrist, so her fingers, their knuckles, the webs and the thumb's web close up together (the
    clasp's drawing places each by its lane) while her wrist, bracelet and arm stay as drawn.
    Widths are the frame's scale's, so her fingers keep theirs and come nearer. Each finger's lane
    (its width about its knuckle) moves whole, the gathering taken up only in the creases between
    knuckles (`_lane_shift`): gathered evenly, her knuckles' lobes came out two thirds as wide as
    the fingers running out from under them, a pinched neck at each (review14 §3 #2)."""

    k: float = 1.0

    def __call__(self, p: P) -> P:
        t = min(1.0, max(0.0, (p[0] - GATHER[0]) / (GATHER[1] - GATHER[0])))
        return super().__call__((p[0], p[1] + _lane_shift(p[1], self.k) * t * t * (3.0 - 2.0 * t)))


def _lane_shift(y: float, k: float) -> float:
    """How far local `y` moves as her fingers gather to `k` of their lanes' spacing: a finger's
    knuckle lane (its centre +- half its width, and a little) moves whole to `k` times its y, the
    creases between lanes close up, and past the outer lanes the hand's edges move with them."""
    from tools.hands import clasp
    knots: list[tuple[float, float]] = []
    for (_, ly), w in zip(clasp.HER_MCP, clasp.HER_W, strict=True):
        knots += [(ly - w / 2 - 2, (k - 1.0) * ly), (ly + w / 2 + 2, (k - 1.0) * ly)]
    if y <= knots[0][0]:
        return knots[0][1]
    for (y0, s0), (y1, s1) in itertools.pairwise(knots):
        if y <= y1:
            u = (y - y0) / (y1 - y0)
            return s0 + (s1 - s0) * u * u * (3.0 - 2.0 * u)
    return knots[-1][1]


@contextmanager
def her_lanes(spread: float) -> Iterator[None]:
    """The clasp's drawing of her hand (while in this context) with her fingers `spread` times as
    far apart as the clasp has them (1: the clasp's own, untouched)."""
    from tools.hands import clasp
    was = clasp.HER_XF
    if spread != 1.0:
        clasp.HER_XF = Gathered(was.x, was.y, was.rot, was.s, was.mirror, was.sx, k=spread)
    try:
        yield
    finally:
        clasp.HER_XF = was


def her_drawings(spread: float, web: bool) -> tuple[Doc, Doc, Doc]:
    """Her hand at `spread`, as the clasp draws it (lit as in the clasp): under it the clasp's webs
    and shadow (`web`) or her shadow alone, her four straight fingers, the back of her hand with
    thumb, forearm and bracelet. The clasp's webs run past her knuckles to lie on his palm: on the
    bare table, before his hand is under them, they read as a brown box round her knuckles."""
    from tools.hands import clasp
    set_light(clasp.LIGHT_CLASP)
    with her_lanes(spread):
        under = clasp.her_web() if web else Doc()
        if not web:  # (her shadow as clasp.her_web casts it)
            soft_shadow(under, [clasp.HER_XF(p) for p in clasp.her_outline()], (4, 6), 14, 0.3)
        return under, clasp.her_fingers([REST_CURL * (1.0 - spread) / (1.0 - HER_SPREADS[0])] * 4), clasp.her_back()


def arm_edge() -> Doc:
    """Her forearm alone, as the clasp draws it, to lie unshifted under her hand: the clasp's
    drawing ends at the canvas's edge, so set her_offset()'s few px right it left a dark gap
    between her arm and the frame's edge; this copy of the arm, its edges within a pixel of the
    shifted one's, fills the gap."""
    from tools.hands import clasp
    set_light(clasp.LIGHT_CLASP)
    d = Doc()
    forearm(d, HandSpec(clasp.HER_XF, HER), length=ARM_LEN, past=60)
    return d


def her_offset() -> P:
    """Where her hand lies in 62 (dx, dy of the clasp's drawing): where 63 opens it."""
    from tools.hands import clasp
    return clasp.her_from_62()


def fingertips(who: str, pose: int) -> list[P]:
    """The four fingertips of a drawing on the canvas (before the part's motion)."""
    if who == "his":
        from tools.hands.solid import finger_shape
        h = his_hand(HIS_POSES[pose])
        return [finger_shape(fs, h.xf).tip for fs in h.fingers]
    from tools.hands import clasp
    with her_lanes(HER_SPREADS[pose]):
        return [finger_geom(clasp.her_spec(i), clasp.HER_XF)[0][-1] for i in range(4)]


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


def _her_parts(k: int) -> list[str]:
    """Her drawing k's three files, bottom to top."""
    return [f"hers_web{k}.svg", f"hers_fingers{k}.svg", f"hers{k}.svg"]


def _still(at: P) -> str:
    """A part held still at `at` (dx, dy) the whole shot (her hand at rest, where 63 opens it; the
    candle's pool of light where 63 opens with it)."""
    return f'[[part.motion]]\nkind = "keys"\nkeys = [[0, {at[0]:g}, {at[1]:g}]]\n'


def toml() -> str:
    """The insert: his hand (five drawings, sliding in), then hers over it at rest (the clasp's
    drawings, cut as her fingers ease apart), then the candle's pool of light as 63 opens with it."""
    from tools.hands import clasp
    his_move = _slide(HIS_SLIDE)
    out = ['# "He reached for her hand, his touch gentle but filled with a plea for understanding." (line 62)\n'
           "# His hand slides in palm-down and stops short of hers, where it rolls over (1.5, 1.65, 1.8 s: on its\n"
           "# edge, then palm-up, open: an offer, the plea), slides palm-up the last way in under her fingertips\n"
           "# and his fingers close a little round them (3.3 s). Her hand lies at rest: as his comes in under\n"
           "# it her fingers ease apart over his palm (2.6, 2.8, 3.0 s), ending on the drawing line 63 opens\n"
           "# on, in its place. Each drawing is cut in whole, never faded. Drawn by tools/hands/reach.py.\n"
           'title = "His hand reaching across the table for hers"\n\n[[part]]\nsvg = "back.svg"\n']
    for i, name in enumerate(HIS_NAMES[:-1]):
        out.append(f'\n[[part]]\nsvg = "{name}"\npivot = [1300, 540]\n' + his_move + _cut_keys(i, HIS_CUTS))
    for name in HIS_LAST:
        out.append(f'\n[[part]]\nsvg = "{name}"\npivot = [1300, 540]\n' + his_move + _cut_keys(len(HIS_NAMES) - 1, HIS_CUTS))
    pivot = f"pivot = [{clasp.HER_PIVOT[0]:g}, {clasp.HER_PIVOT[1]:g}]\n"
    dy = her_offset()[1]
    out.append(f'\n[[part]]\nsvg = "hers_arm.svg"\n{pivot}' + _still((0, dy)))
    for k in range(len(HER_SPREADS)):
        for name in _her_parts(k):
            out.append(f'\n[[part]]\nsvg = "{name}"\n{pivot}' + _still(her_offset()) + _cut_keys(k, HER_CUTS))
    gx, gy = clasp.GLOW[0][1:3]
    out.append('\n[[part]]\nsvg = "glow.svg"\npivot = [1000, 400]\n' + _still((gx, gy)))
    return "".join(out)


def main() -> None:
    """Write hand_reach's drawings (hers and his last ones the clasp's, byte for byte) and its toml."""
    from tools.hands import clasp
    for old in os.listdir(OUT):  # (drawings of an earlier design, e.g. 62's own hers_p1, go)
        if old.endswith(".svg") and old != "back.svg":
            os.remove(OUT + old)
    for k, spread in enumerate(HER_SPREADS):
        for name, d in zip(_her_parts(k), her_drawings(spread, web=spread == 1.0), strict=True):
            write(OUT + name, d.svg())
    write(OUT + "hers_arm.svg", arm_edge().svg())
    write(OUT + "glow.svg", glow().svg())
    set_light(clasp.LIGHT_CLASP)
    last = [clasp.his_palm(), *(clasp.his_open_fingers(only=[i]) for i in range(4)), clasp.his_thumb()[0]]
    for name, d in zip(HIS_LAST, last, strict=True):
        write(OUT + name, d.svg())
    for pose, name in zip(HIS_POSES[:-1], HIS_NAMES[:-1], strict=True):
        set_light((-0.15, -1.0))  # the candle beyond the table's middle, on his side of it
        h = his_hand(pose)
        d = Doc()
        draw(d, h, shadow_off=pose.shadow)
        his_sleeve(d, h.arm_xf, x0=SLEEVE_X0)
        write(OUT + name, d.svg())
    write(OUT + "insert.toml", toml())
