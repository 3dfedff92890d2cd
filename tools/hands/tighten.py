"""Line 71, "Their hands tightened around each other's": its drawings and insert.toml (split out
of tools/hands/clasp.py, whose clasp of lines 63/64 it holds and then squeezes).

review13 B2: between 2 and 4 s the change must live in the hands, not the camera: his knuckles
press in toward her wrist (his hand ~6 px, her hand ~2 px toward his: ~8 px between them, where the
old keys slid his fingers 42 px over her hand and read as the camera), his fingers curl (five
drawings cut one to the next: the crowns standing up broader and paler, the tips drawn in), hers
close into his palm and their tips blanch."""

from __future__ import annotations

from tools.hands.clasp import (
    BREATHE,
    GRIP_AT,
    GRIP_STAGES,
    HER_GRIP,
    HER_PIVOT,
    THUMB_CLOSE,
    P,
    _cut,
    _part,
    her_fingers,
    his_bases,
    his_thumb,
    his_tip,
)
from tools.hands.geometry import write

HIS_PRESS, HER_PRESS = -4.0, 2.0  # px each hand moves toward the other at full squeeze (v = 1)


def _squeeze(toward: float, turn: float = 0.0) -> str:
    """The squeeze's keys (dx toward the other hand, a little turn): a first settling (0.8-2.0 s),
    then the squeeze itself where a player is looking (2.0-3.0 s, review11 #3: it was over by
    2 s), a pulse of extra pressure at 3.4 s and a smaller one at 5.1 s, each easing back."""
    k = [(0, 0.0), (0.8, 0.0), (1.6, 0.25), (2.0, 0.3), (3.0, 1.0), (3.4, 1.5), (3.9, 1.0), (4.8, 1.0), (5.1, 1.3), (5.6, 1.0)]
    return ("[[part.motion]]\nkind = \"keys\"\nkeys = ["
            + ", ".join(f"[{t}, {toward * v:.1f}, 0, {turn * v:.2f}, 1]" for t, v in k) + "]\n")


def _stage_keys(st: int) -> str:
    """Alpha keys showing one curl stage at a time (a cut, never a fade)."""
    on = [0.0, *GRIP_AT, 999.0]
    return _cut(on[st], on[st + 1])


HEAD_71 = """# "Their hands tightened around each other's, a silent promise of love and forgiveness."
# (line 71). The clasp of lines 63-64 held; at 2.0-3.0 s the two hands press into each other (his
# 4 px toward her wrist, hers 2 px toward his), his fingers curl down round her hand (five drawings
# cut at 2.15-2.9 s: the knuckle crowns standing up broader and paler, the shade past them
# deepening, the tips drawn in and pressing) and hers close into his palm, their tips blanching;
# his thumb presses down, then strokes her hand; a pulse of extra pressure at 3.4 s and a smaller
# one at 5.1 s; the two hands tremble together (one shared sway). Nothing fades.
# Drawn by tools/hands/tighten.py and clasp.py (see there to change them).
title = "Their hands tightening around each other's"

[[part]]
svg = "back.svg"
"""


def toml_tighten(tips: list[P], thumb: P) -> str:
    """Line 71: the clasp as it ends in 63/64, then both hands squeeze (see HEAD_71)."""
    shake = '[[part.motion]]\nkind = "sway"\ndx = 1.6\ndy = 1.2\nperiod = 0.13\n' + BREATHE
    c = THUMB_CLOSE
    press = ('[[part.motion]]\nkind = "keys"\nkeys = '
             f'[[0, 0, 0, {c:g}], [2.0, 0, 0, {c:g}], [3.0, -10, -3, {c:g}], [3.4, -14, -4, {c:g}], [3.9, -10, -3, {c:g}]]\n')
    stroke = '[[part.motion]]\nkind = "keys"\nperiod = 3.0\nkeys = [[3.3, 0, 0, 0], [4.8, -8, 3, 9], [6.3, 0, 0, 0]]\n'
    his, her = _squeeze(HIS_PRESS), _squeeze(HER_PRESS)
    out = [HEAD_71, _part("his.svg", (1290, 478), his, shake),
           _part("his_thumb.svg", thumb, press, stroke, shake),  # (under the edge of her hand)
           _part("her_arm.svg", HER_PIVOT, BREATHE),  # (her forearm to the frame's edge as her hand moves: clasp.HER_ARM)
           _part("web.svg", HER_PIVOT, her, shake),
           _part("his_base.svg", HER_PIVOT, his, shake)]  # (under her fingers: they dive between them)
    for st in range(len(HER_GRIP)):
        out.append(_part(f"her_grip{st}.svg", HER_PIVOT, _squeeze(HER_PRESS, -0.5), _stage_keys(st), shake))
    out.append(_part("her.svg", HER_PIVOT, her, shake))
    for i, (x, y) in enumerate(tips):
        for st, (suffix, _) in enumerate(GRIP_STAGES):
            out.append(_part(f"his_tip{i}{suffix}.svg", (round(x, 1), round(y, 1)), his, _stage_keys(st), shake))
    return "".join(out)


def write_all(out: str) -> None:
    """Write line 71's own drawings and its insert.toml into `out` (the shared ones, the table, his
    palm, the back of her hand, the web, his thumb, are clasp.main's)."""
    write(out + "his_base.svg", his_bases().svg())
    for suffix, curl in GRIP_STAGES:
        for i in range(4):
            d, _ = his_tip(i, white=curl, curl=curl)
            write(out + f"his_tip{i}{suffix}.svg", d.svg())
    for st, c in enumerate(HER_GRIP):
        write(out + f"her_grip{st}.svg", her_fingers([c] * 4, white=0.8 * st / (len(HER_GRIP) - 1)).svg())
    tips = [his_tip(i)[1] for i in range(4)]
    write(out + "insert.toml", toml_tighten(tips, his_thumb()[1]))
