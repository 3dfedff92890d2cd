"""The trembling lips' timing (story line 19): which mouth and chin pose shows at each instant.

Review11 #10: moved as rigid parts, the lips trembled ~2 px and the corners never bent. So the
mouth is drawn whole in poses (lips.py mouth(): the corners pulled down 0-11 px in four levels,
the lower lip up, at rest or down), the chin in four levels of tightening, and the shot cuts
from pose to pose like a replacement animation: each pose is an opaque drawing shown or not
(alpha exactly 0 or 1, stepped by `keys` at one instant), so nothing is ever half faded and
nothing shows through. The cuts fall on a 1/16 s grid: the lower lip flicks between up and down
on every step in bursts (a quiver of 2 x 3 px at 8 Hz), more lazily between them (every other
step, 3 px), so any half-second shows it; on each sob (three in the loop, uneven) the corners go
down over three steps to 11 px, catch and hold with the chin tight and quivering, then let go.
The schedule is drawn once from a fixed seed (a function of time alone, as every motion is).

With reduce motion on (Settings), the shot plays `calm_schedule` instead (each pose's `calm_keys`):
the same drawings, cut at most every CALM_HOLD steps (a quarter second: no 8 Hz bursts), the lower
lip between rest and down only (half the quiver's swing), the corners down to level 2 at most on
each sob, without the catch, and the chin with them, not quivering: still a trembling mouth, gentler.
"""

from __future__ import annotations

import random
from pathlib import Path

STEP = 1 / 16  # s between cuts
LOOP = 96  # steps in the loop (6 s)
SOBS = (6, 32, 68)  # the steps on which a sob begins (uneven: at 0.4, 2.0 and 4.25 s)
LEVELS = 4  # droop levels (lips.DROOP) and chin levels
QNAMES = {-1: "up", 0: "rest", 1: "down"}  # the lower lip's quiver, in the poses' file names
CALM_HOLD = 4  # steps (0.25 s): with reduce motion, the shortest a pose is held
CALM_LEVEL = 2  # with reduce motion, the deepest the corners go on a sob


def mouth_name(level: int, q: int) -> str:
    return f"mouth_{level}_{QNAMES[q]}.svg"


def _sob(k: int) -> int:
    """The corners' level `k` steps after a sob began (0 once it is over): down over three steps, a
    catch (a step up and back) while held, then let go over half a second."""
    shape = [1, 2, 3, 3, 3, 3, 2, 3, 3, 3, 3, 2, 2, 1, 1, 1, 0]
    return shape[k] if 0 <= k < len(shape) else 0


def schedule(seed: int = 19) -> list[tuple[int, int, int]]:
    """(droop level, lower-lip quiver, chin level) for each step of the loop."""
    rng = random.Random(seed)
    out: list[tuple[int, int, int]] = []
    burst = 0
    q = 1
    for i in range(LOOP):
        level = max(_sob((i - s) % LOOP) for s in SOBS)
        sobbing = level >= 2
        if burst == 0 and (sobbing or rng.random() < 0.09):
            burst = rng.randint(5, 9)  # a burst: the lip flicks every step
        if burst > 0:
            q = -q if q else 1
            burst -= 1
        elif i % 2 == 0:  # between bursts: every other step, up or down from rest
            q = 0 if q else rng.choice((-1, 1))
        if level == 0 and rng.random() < 0.12:
            level = 1  # between sobs the corners now and then sag a little
        chin = (3 if q > 0 else 2) if sobbing else level  # held tight, the chin quivers with the lip
        out.append((level, q, chin))
    return out


def _calm_sob(k: int) -> int:
    """The reduce-motion corners `k` steps after a sob began: down a level, then to CALM_LEVEL, held
    without the catch, and back up a level at a time (a quarter second each)."""
    if not 0 <= k < 17:
        return 0
    return 1 if k < 4 or k >= 12 else CALM_LEVEL


def calm_schedule() -> list[tuple[int, int, int]]:
    """The reduce-motion schedule: (droop level, lower-lip quiver, chin level) per step. The lip
    swings between rest and down on a CALM_HOLD grid (held down while a sob is deep), the corners
    go down a level at a time on each sob and hold without the catch, the chin follows them."""
    out: list[tuple[int, int, int]] = []
    for i in range(LOOP):
        at = i - i % CALM_HOLD  # the pose changes only on the grid
        level = max(_calm_sob((at - s) % LOOP) for s in SOBS)
        q = 1 if level >= CALM_LEVEL or (at // CALM_HOLD) % 2 else 0  # (2, rest) is not drawn: held down
        out.append((level, q, level))
    return out


def _keys(on: list[bool]) -> str:
    """A `keys` motion showing a pose on the steps where `on` (alpha stepped at an instant: two keys at
    one time), looping every LOOP steps."""
    keys = [f"[0, 0, 0, 0, 1, {int(on[0])}]"]
    for i in range(1, LOOP):
        if on[i] != on[i - 1]:
            t = round(i * STEP, 4)
            keys += [f"[{t}, 0, 0, 0, 1, {int(on[i - 1])}]", f"[{t}, 0, 0, 0, 1, {int(on[i])}]"]
    keys.append(f"[{round(LOOP * STEP, 4)}, 0, 0, 0, 1, {int(on[-1])}]")
    return ", ".join(keys)


HEAD = '''# "but her trembling lips revealed her vulnerability." (story line 19)
# Written by python -m tools.faces_close lips (tools/faces_close/lips_motion.py): edit there, not here.
# An extreme close-up drawn for its scale (tools/faces_close/lips.py): her mouth drawn whole in poses (the
# corners pulled down 0-11 px, the lower lip up, at rest or down 3 px) and her chin in four levels of
# tightening; the shot cuts from pose to pose on a 1/16 s grid (each pose opaque, shown or not, never
# faded into another): the lower lip quivers in bursts at 8 Hz, the corners pull down on each sob and
# the chin tightens and dimples with them; everything breathes with the face.
title = "Her trembling lips"

[[part]]
svg = "back.svg"

[[part]]
svg = "face.svg"
face = "her"  # its variants in faces/ follow the story's live `face her` beat
pivot = [1000, 0]
[[part.motion]]
kind = "breathe"
scale = 0.007
period = 3.4
'''

BREATHE = '''[[part.motion]]
kind = "breathe"
scale = 0.007
period = 3.4
'''


def _pose_part(svg: str, on: list[bool], calm: list[bool]) -> str:
    return (f'\n[[part]]\nsvg = "{svg}"\npivot = [1000, 0]\n{BREATHE}[[part.motion]]\nkind = "keys"\n'
            f"period = {round(LOOP * STEP, 4)}\nkeys = [{_keys(on)}]\ncalm_keys = [{_keys(calm)}]\n")


def toml() -> str:
    """The shot's insert.toml: the face, each chin and mouth pose the schedule shows, the hair."""
    plan, calm = schedule(), calm_schedule()
    parts = [HEAD]
    for c in range(LEVELS):
        on = [s[2] == c for s in plan]
        if any(on):
            parts.append(_pose_part(f"chin_{c}.svg", on, [s[2] == c for s in calm]))
    for level in range(LEVELS):
        for q in (-1, 0, 1):
            on = [(s[0], s[1]) == (level, q) for s in plan]
            if any(on):
                parts.append(_pose_part(mouth_name(level, q), on, [(s[0], s[1]) == (level, q) for s in calm]))
    parts.append('\n[[part]]\nsvg = "hair.svg"\npivot = [1000, 0]\n[[part.motion]]\nkind = "breathe"\n'
                 "scale = 0.005\nperiod = 3.4\n")
    return "".join(parts)


def write_toml(path: Path) -> None:
    path.write_text(toml(), encoding="utf-8")
