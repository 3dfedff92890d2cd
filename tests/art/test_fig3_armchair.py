"""Review 8 #23 (lines 6/8/23/60): he read as sitting on the armchair's arm, not in its seat. The
scroll arm ran the seat's whole length at the seat's height (its top 8 px under the cushion's), so
his torso rose from the arm's top. Now the seat's front is the cushion (his thigh rests on it) and
the arm is set back over the rear of the seat, just behind his hip (he perches on the front) and
higher than the cushion."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pygame

from game.art.rig import FigureState, blend, load_poses, local_point, solve
from game.room.tmxload import load_room

ROOT = Path(__file__).resolve().parents[2]
KNEE = (42, 190)  # his thigh.svg: the knee joint


def _top(alpha: np.ndarray, x: float) -> int:
    """The highest opaque row of the armchair's drawing in column x (its own coordinates)."""
    rows = np.flatnonzero(alpha[int(x)] > 128)
    return int(rows[0]) if rows.size else alpha.shape[1]


def test_the_arm_is_beside_his_hip_above_the_seat_and_the_cushion_under_his_thigh() -> None:
    pygame.init()
    room = load_room(ROOT / "scenes" / "room.tmx")
    chair = room.anchor("armchair")
    seat_top = float(chair.props["seat_top"]) - chair.rect.y
    alpha = pygame.surfarray.array_alpha(pygame.image.load_sized_svg(str(ROOT / "assets" / "art" / "props" / "armchair.svg"),
                                                                     (int(chair.rect.w), int(chair.rect.h))))
    specs = load_poses(ROOT / "assets" / "figures" / "poses.toml")
    spec = specs["him"]
    box = room.anchor("him").rect
    hip_room = (box.x + box.w * spec.hip_in_box[0], box.y + box.h * spec.hip_in_box[1])
    for pose in ("perched", "leaning", "watching"):
        placed = solve(spec, blend(spec, FigureState(pose, -1e9, pose), 0.0), hip_room)
        hip = placed["near_thigh"].x - chair.rect.x
        knee = local_point(spec, placed["near_thigh"], KNEE)[0] - chair.rect.x
        # at and just behind his hip (perched on the seat's front), the arm stands clear above the cushion
        rear = [seat_top - _top(alpha, x) for x in np.linspace(hip + 15, hip + 50, 6)]
        assert min(rear) >= 15, f"{pose}: the arm at his hip only {min(rear):.0f} px above the seat: he sits on it"
        # under his thigh, from the seat's front edge to his hip: the cushion, nothing higher
        front = [seat_top - _top(alpha, x) for x in np.linspace(max(knee, 0) + 30, hip - 15, 8)]
        assert max(front) <= 6, f"{pose}: something {max(front):.0f} px above the seat under his thigh"
