"""How the kiss (line 73) moves: its insert.toml, written from the motions named here.

Review11 #2: 'the kiss still holds still for 5 s to a player's eye: the thumb on his cheek and both faces
hold still' (a 5.2 s breath put 3 s and 8 s on one phase; an 8 degree thumb moved its tip 10 px). Now:
- a breath of BREATH s that lifts both heads and shoulders together 7 px (3 s at the top of a breath,
  5, 7 and 8 s a third of a breath off), she leaning up into him on it, the lips pressing closer and
  easing (PRESSES);
- the two heads rolling together about their lips as the kiss deepens (ROLL);
- her thumb stroking along his cheekbone (STROKE degrees about its root) and her hand sliding toward his ear;
- her brow lifting as the kiss deepens, her lashes flickering twice, his brow drawing down a little;
- loose strands of her hair and a few strays of his stirring, each turning about its own root;
- and first, before the lips touch, her hand rising from below the frame along his jaw onto his cheek, clear
  of both mouths (rise, review14 #7, review15).
Every part moves opaque (no alpha but the glow's rise and the cut-in of between.svg) and each motion is a
function of time and seed (game/art/insert_motion.py). A part pinned to a head whose pivot is not the
lips (the thumb at its root, a strand at its root) carries the head's turns as `carry` re-expresses them:
a turn by r about the lips is a turn by r about the part's pivot and a shift (I - R)(lips - pivot).
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import cast

from tools.faces_close.svgkit import P

LIPS: P = (960.0, 580.0)  # kiss.CONTACT: the heads turn about their lips' meeting and stay joined
BREATH = 3.0     # s: 3 s at the top of a breath, 5, 7 and 8 s a third of a breath off it (dy 1.5x its swing)
BREATH_PHASE = 0.25  # 3 s at the top of a breath: 3 / BREATH + phase = 1.25
STROKE = -16.0   # degrees the thumb turns about its first joint, up along his cheekbone away from his mouth (tip ~22 px)
STROKE_PERIOD = 3.2

Motion = dict[str, object]


def _keys(*ks: list[float], period: float = 0.0) -> Motion:
    m: Motion = {"kind": "keys", "keys": [list(k) for k in ks]}
    if period:
        m["period"] = period
    return m


def _sine(kind: str, dx: float = 0.0, dy: float = 0.0, rot: float = 0.0, period: float = 4.0,
          phase: float = 0.0) -> Motion:
    return {"kind": kind, "dx": dx, "dy": dy, "rot": rot, "period": period, "phase": phase}


# when the lips touch (the lean's 24 px a head from 2.4 s before: their fronts 8 px pressed at rest, KISS2)
TOUCH = 1.55


def head(she: bool) -> list[Motion]:
    """A head's motions about the lips: the last of the lean (she rises to him, he comes down), the breath
    (both lift; she leans up into him and he down into her, turning opposite ways, their lips pressing),
    and the roll of the two heads together as the kiss deepens."""
    s = 1.0 if she else -1.0
    return [_keys([0, -24 * s, 5 if she else -4], [2.4, 0, 0]),
            _sine("breathe", dy=-7.0, rot=-0.8 if she else -0.6, period=BREATH,
                  phase=BREATH_PHASE + (0.0 if she else 0.02)),
            _keys([2.4, 0, 0, 0], [4.8, 0, -2, 2.0], [7.4, 0, 1, -1.2], [9.8, 0, 0, 0.5]),
            _keys(*([t, PRESS * s * k] for t, k in PRESSES))]


# the lips pressing closer as the kiss deepens and easing, from the meeting on (each face this many px
# toward the other at its deepest: the two edges stay within 4 px of each other, test_faces_kiss_life)
PRESS = 1.5
PRESSES = [(2.4, 0.0), (3.1, 1.0), (4.4, 0.2), (5.6, 1.0), (6.9, 0.2), (8.2, 1.0), (9.6, 0.3)]


SLIDE = _keys([2.8, 0, 0, 0], [5.4, -4, -9, 2.0], [8.0, 1, -2, 0.5])  # her hand's fingers up toward his ear

# Her hand rising to his cheek (review14 #7: 72 holds their joined hands to its end, and 73 opened with her
# hand already flat on his cheek, a jump at the cut): the shot opens with her hand below the frame, in her
# lap where the wide left it, and her forearm lifts it about the elbow (below the frame) up past his collar
# and along his jaw onto his cheek by ARRIVE; it comes to rest a few px low and eases up along his cheek
# into its place by SETTLED, before the lips touch (TOUCH). It comes up on his ear's side, its fingers
# turned back toward his ear, and swings in onto his cheek as it lands, so it never crosses his mouth or
# hers (review15: swung in from her side, at ~0.9 s her palm and thumb passed over his mouth and chin).
# Opaque all the way (it moves, it never fades); from SETTLED on the hand's motions are the kiss's alone
# (breath, roll, slide, stroke).
LIFT = (-20.0, 760.0, -16.0)  # the lift's start about the elbow: dx, dy (design px), rot (degrees, ccw)
ARRIVE, SETTLED = 1.1, 1.5    # s: the hand on his cheek; settled in its place
LAND = (0.0, 8.0, 0.6)        # where it lands, about the elbow: 8 px low, its fingers a touch toward her


def rise(pivot: P, elbow: P) -> Motion:
    """The lift of her hand (and its thumb) from below the frame to his cheek, for a part pivoted at
    `pivot`: keys made about her `elbow` (carry), so the hand and its thumb move as one."""
    (m,) = carry([_keys([0.0, *LIFT], [ARRIVE, *LAND], [SETTLED, 0.0, 0.0, 0.0])], pivot, about=elbow)
    return m


def _shift(rot: float, v: P) -> P:
    """(I - R) v for a turn of `rot` degrees ccw on screen (game/art/inserts: x' = x c + y s, y' = -x s + y c)."""
    a = math.radians(rot)
    c, s = math.cos(a), math.sin(a)
    return ((1 - c) * v[0] - s * v[1], s * v[0] + (1 - c) * v[1])


def carry(ms: list[Motion], pivot: P, about: P = LIPS) -> list[Motion]:
    """Motions made about `about` re-expressed for a part whose pivot is `pivot`: each key's turn adds the
    shift (I - R)(about - pivot), exactly; a sine's turn adds its first-order shift to its dx/dy (under
    0.1 px off for its 1.5 degrees)."""
    v = (about[0] - pivot[0], about[1] - pivot[1])
    out: list[Motion] = []
    for m in ms:
        m = dict(m)
        if m["kind"] == "keys":
            ks = []
            for k in cast(list[list[float]], m["keys"]):
                k = [*k, 0.0, 0.0, 0.0][:max(4, len(k))]
                sx, sy = _shift(k[3], v)
                ks.append([k[0], round(k[1] + sx, 2), round(k[2] + sy, 2), *k[3:]])
            m["keys"] = ks
        elif m.get("rot"):
            sx, sy = _shift(float(m["rot"]), v)  # type: ignore[arg-type]
            m["dx"], m["dy"] = round(float(m["dx"]) + sx, 2), round(float(m["dy"]) + sy, 2)  # type: ignore[arg-type]
        out.append(m)
    return out


def stir(root: P, rot: float, period: float, phase: float) -> Motion:
    """A strand's stir: a sway of `rot` degrees about its `root`, for a part pivoted at the lips."""
    (m,) = carry([_sine("sway", rot=rot, period=period, phase=phase)], LIPS, about=root)
    return m


def brow_lift(she: bool) -> Motion:
    """Her brow's inner end lifting as the kiss deepens and easing (tenderness), his drawing down a little."""
    if she:
        return _keys([2.4, 0, 0], [4.2, -1, -5], [5.6, 0, -1.5], [7.0, -1, -6], [8.8, 0, -2])
    return _keys([2.4, 0, 0], [5.0, 1, 3], [7.6, 0, 0.5], [9.4, 1, 3])


# her lashes' flicker: the shut lid tightening 2.5 px up for a beat and easing, twice, cut by keys
FLICKER = _keys([0, 0, 0], [4.4, 0, 0], [4.52, 0, -2.5], [4.7, 0, 0], [4.82, 0, -2.0], [5.0, 0, 0],
                [7.2, 0, 0], [7.32, 0, -2.5], [7.5, 0, 0], [9.8, 0, 0])


def _part(svg: str, motions: list[Motion], pivot: P = LIPS, face: str = "", note: str = "") -> str:
    out = ["", "[[part]]", f'svg = "{svg}"' + (f"  # {note}" if note else "")]
    if face:
        out.append(f'face = "{face}"  # its variants in faces/ follow the story\'s live `face {face}` beat')
    out.append(f"pivot = [{round(pivot[0], 2)}, {round(pivot[1], 2)}]")
    for m in motions:
        out.append("[[part.motion]]")
        for k, v in m.items():
            out.append(f'{k} = "{v}"' if isinstance(v, str) else f"{k} = {v}")
    return "\n".join(out)


HEADER = '''# "their lips meeting in a soft and tender kiss." (story line 73)
# Written by tools/faces_close/kiss_motion.py (python -m tools.faces_close kiss): change it there.
title = "The kiss, both faces in close profile"
light_centre = 0.34  # the two faces meet left of the middle: the room's key (right) turns across them
# Two profiles, she on the left, he on the right, the last of the lean over 2.4 s (the lips touch at
# ~1.55 s), her hand rising from below the frame onto his cheek by 1.1 s and settled by 1.5 s; then the kiss lives (review11 #2): the breath lifts both, the heads roll together about the
# lips, her thumb strokes his cheekbone, her brow lifts and her lashes flicker, strands of hair stir.
# keys: [seconds, dx, dy, rot, scale, alpha].'''


def toml(thumb_root: P, elbow: P, her_strands: P, his_strands: P) -> str:
    """The kiss's insert.toml: the parts bottom to top with their motions."""
    her, him = head(True), head(False)
    cut_in = _keys([0, 0, 0, 0, 1, 0], [TOUCH, 0, 0, 0, 1, 0], [TOUCH + 1e-4, 0, 0, 0, 1, 1])  # as the lips touch
    stroke = _keys([2.4, 0, 0, 0], [4.0, 0, 0, STROKE], [5.6, 0, 0, 0], period=STROKE_PERIOD)
    light = _keys([0, 0, 0, 0, 1, 0.4], [2.4, 0, 0, 0, 1, 0.8], [3.6, 14, 6, 0, 1, 1], [5.1, -10, -4, 0, 1, 0.6],
                  [6.6, 16, -8, 0, 1, 1], [8.2, -6, 6, 0, 1, 0.7])
    parts = [
        _part("back.svg", []),
        _part("glow.svg", [_keys([0, 0, 0, 0, 1, 0.3], [3, 0, 0, 0, 1, 1])], pivot=(960, 540)),
        _part("between.svg", [*her, cut_in], note="her skin under the noses, cut in as their lips meet"),
        _part("her_strands.svg", [*her, stir(her_strands, 1.2, 2.9, 0.1), stir(her_strands, 0.65, 4.3, 0.6)],
              note="loose strands at the back of her hair, stirring about their root"),
        _part("her.svg", her),
        _part("her_lid.svg", [*her, FLICKER], note="her shut lid and lashes"),
        _part("her_brow.svg", [*her, brow_lift(True)], face="her"),
        _part("him.svg", him),
        _part("her_nose.svg", her, note="her nose in front of his cheek (kiss_nose.py)"),
        _part("his_strands.svg", [*him, stir(his_strands, 3.0, 2.3, 0.3)], note="strays over his crown"),
        _part("his_brow.svg", [*him, brow_lift(False)], face="him"),
        _part("thumb.svg", [*carry([*him, SLIDE], thumb_root), stroke, rise(thumb_root, elbow)], pivot=thumb_root,
              note="her thumb, turning about its root under the back of her hand"),
        _part("hand.svg", [*him, SLIDE, rise(LIPS, elbow)],
              note="her hand rising from her lap onto his jaw (as in the wide, line 74)"),
        _part("light.svg", [light, _sine("sway", dx=6, dy=4, period=1.7)], note="the candle's warm on their cheeks"),
    ]
    return HEADER + "\n" + "\n".join(parts) + "\n"


def write(out: Path, thumb_root: P, elbow: P, her_strands: P, his_strands: P) -> None:
    (out / "insert.toml").write_text(toml(thumb_root, elbow, her_strands, his_strands), encoding="utf-8")
