"""Where a writing figure's pen hand goes: the idle nib of a pose that writes with no written line,
and the reach that bends the pen arm (CCD sweeps, then the two bones in closed form) to put the
nib there. Moved out of game/art/figures.py unchanged (it was over the house's 500 lines); the
figures name them as before (`Figures._idle_nib`, `_reach`, `_two_bone`, `_sweeps`).
"""

from __future__ import annotations

import math

from game.art.figure_idle import TWO_PI, wave
from game.art.rig import Blend, FigureSpec, Placed, local_point, solve
from game.easing import fade

WRITE_STROKE = 20.0  # room px: how far along the line a pose's idle writing hand travels before it goes back


def idle_nib(spec: FigureSpec, b: Blend, t: float, seed: int, hip: tuple[float, float]) -> tuple[float, float] | None:
    """While a pose writes with no written line (narration over a wide shot), where the nib
    goes: from where the pose puts it, along the line and back. Drifting the shoulder and
    elbow angles instead swung a flat writing hand up off the page (her hand hovered 25 px
    over the book); aimed by the reach, the pen stays on the paper."""
    w = max(b.idle.get("write", 0.0), b.idle.get("write_far", 0.0))
    if w < 0.01:
        return None
    side = "far" if b.idle.get("write_far", 0.0) > b.idle.get("write", 0.0) else "near"
    n0 = local_point(spec, solve(spec, b, (0.0, 0.0))[f"{side}_hand"], spec.pen_tip[1])
    u = (t / 3.4 + spec.seed_phase + (seed % 97) * 0.37) % 1.0
    s = u / 0.85 if u < 0.85 else 1.0 - fade((u - 0.85) / 0.15)  # across the line, then back to its start
    dx = (s - 0.75) * WRITE_STROKE * w * spec.facing  # mostly back from where the pose reaches: its arm is near full stretch
    dy = (1.2 * wave(t, 0.37, seed) + (s - 0.5) * 3.0) * w
    return (hip[0] + n0[0] + dx, hip[1] + n0[1] + dy)


def reach(spec: FigureSpec, b: Blend, placed: dict[str, Placed], nib: tuple[float, float], hip: tuple[float, float],
          lean: bool = True) -> dict[str, Placed]:
    """Bend the pen arm (shoulder and elbow, a few CCD sweeps) so the nib is at `nib`,
    weighted by how much that hand holds the pen (so it eases in with the pose).
    `lean`: the torso may lean and the hip slide when the arm is short (a written line);
    the idle line of a narration keeps the body still (the hip slid 20 px to and fro)."""
    side, weight = max(((s, b.variants.get(f"{s}_hand", {}).get("pen", 0.0)) for s in ("near", "far")), key=lambda x: x[1])
    if weight < 0.01:
        return placed
    other = "far" if side == "near" else "near"
    holding = b.variants.get(f"{other}_hand", {}).get("hold", 0.0) >= 0.5
    # the torso leans in (and the hip slides) when the arm is short; not while the other
    # hand holds hers across the table: that would pull their hands apart (line 67)
    keys = (f"{side}_fore", f"{side}_upper") if holding or not lean else (f"{side}_fore", f"{side}_upper", "torso")
    start = {k: b.angles[k] for k in keys}
    root0 = b.root
    if lean:
        placed = sweeps(spec, b, placed, nib, hip, side, keys, start, 7)
        two_bone(spec, b, placed, nib, side)  # CCD crawls near a straight arm: finish in closed form
    else:
        two_bone(spec, b, placed, nib, side)
    for key, a0 in start.items():  # ease in: blend the bend by the pen weight
        b.angles[key] = a0 + (b.angles[key] - a0) * weight
    b.root = (root0[0] + (b.root[0] - root0[0]) * weight, b.root[1])
    return solve(spec, b, hip)


def two_bone(spec: FigureSpec, b: Blend, placed: dict[str, Placed], nib: tuple[float, float], side: str) -> None:
    """Turn the shoulder and elbow (the hand kept at its angle to the forearm) so the nib
    reaches `nib`, or points at it from as far as the arm goes, keeping the elbow's bend
    on its side. Closed form: CCD crawls when the arm is near straight (pulling a nearly
    straight arm's nib 20 px back took it 4 px in 7 sweeps)."""
    up, fore = placed[f"{side}_upper"], placed[f"{side}_fore"]
    n = local_point(spec, placed[f"{side}_hand"], spec.pen_tip[1])
    ex, ey, nx, ny = fore.x - up.x, fore.y - up.y, n[0] - fore.x, n[1] - fore.y
    l1, l2 = math.hypot(ex, ey), math.hypot(nx, ny)
    tx, ty = nib[0] - up.x, nib[1] - up.y
    d = min(l1 + l2 - 1e-3, max(abs(l1 - l2) + 1e-3, math.hypot(tx, ty)))
    bend = 1.0 if ex * ny - ey * nx >= 0 else -1.0
    at_shoulder = math.acos(max(-1.0, min(1.0, (l1 * l1 + d * d - l2 * l2) / (2 * l1 * d))))
    at_elbow = math.acos(max(-1.0, min(1.0, (l1 * l1 + l2 * l2 - d * d) / (2 * l1 * l2))))
    upper = math.atan2(ty, tx) - bend * at_shoulder
    lower = upper + bend * (math.pi - at_elbow)
    du = math.degrees((upper - math.atan2(ey, ex) + math.pi) % TWO_PI - math.pi)
    dn = math.degrees((lower - math.atan2(ny, nx) + math.pi) % TWO_PI - math.pi)
    b.angles[f"{side}_upper"] += du * spec.facing
    b.angles[f"{side}_fore"] += (dn - du) * spec.facing


def sweeps(spec: FigureSpec, b: Blend, placed: dict[str, Placed], nib: tuple[float, float], hip: tuple[float, float],
           side: str, keys: tuple[str, ...], start: dict[str, float], sweeps: int) -> dict[str, Placed]:
    """CCD: turn each joint of `keys` to bring the pen tip toward `nib`; with the torso
    among them, also slide forward on the seat (sweeps 2 and 4) when still short."""
    tip = spec.pen_tip[1]
    for sweep in range(sweeps):
        if "torso" in keys and sweep in (2, 4):
            n = local_point(spec, placed[f"{side}_hand"], tip)
            slide = max(-20.0, min(40.0, (nib[0] - n[0]) * spec.facing))
            b.root = (b.root[0] + slide, b.root[1])
            placed = solve(spec, b, hip)
        for key in keys:
            pj = placed[key]
            n = local_point(spec, placed[f"{side}_hand"], tip)
            cur = math.atan2(n[1] - pj.y, n[0] - pj.x)
            want = math.atan2(nib[1] - pj.y, nib[0] - pj.x)
            delta = math.degrees((want - cur + math.pi) % TWO_PI - math.pi)
            if key == "torso":
                delta = max(-12.0, min(12.0, 0.5 * delta * spec.facing + b.angles[key] - start[key])) - (b.angles[key] - start[key])
                b.angles[key] += delta
            else:
                b.angles[key] += delta * spec.facing
            placed = solve(spec, b, hip)
    return placed
