"""Review 10 #18 (line 23): "He leaned forward, resting his elbows on his knees, and his eyes met
hers." His forearms reached out over the coffee table with the clasped hands over the notebook; the
elbows were not on the knees; his head sat on a thin stalk of a neck. Now the upper arms hang from
the shoulders so the elbow's point rests on the top of the thigh at the knee, the forearms hang
forward to the hands before the shins, and the profile neck is about three quarters of the jaw."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pygame

from game.art.rig import FigureState, blend, load_poses, local_point, solve
from game.room.tmxload import load_room

ROOT = Path(__file__).resolve().parents[2]
ELBOW = (28, 166)  # upper_arm.svg: the point of the elbow, below its joint (28,152)
KNEE = (42, 190)  # thigh.svg: the knee joint
KNEE_TOP = (66, 140)  # thigh.svg: the top of the thigh a hand behind the knee (swung forward, its x=66 edge is on top): the kneecap shows in front of the elbow


def _leaning() -> dict:
    room = load_room(ROOT / "scenes" / "room.tmx")
    spec = load_poses(ROOT / "assets" / "figures" / "poses.toml")["him"]
    box = room.anchor("him").rect
    hip = (box.x + box.w * spec.hip_in_box[0], box.y + box.h * spec.hip_in_box[1])
    return spec, solve(spec, blend(spec, FigureState("leaning", -1e9, "leaning"), 0.0), hip)


def test_his_elbows_rest_on_his_knees_and_the_hands_hang_before_them() -> None:
    spec, p = _leaning()
    for side in ("near", "far"):
        elbow = local_point(spec, p[f"{side}_upper"], ELBOW)
        top = local_point(spec, p[f"{side}_thigh"], KNEE_TOP)
        knee = local_point(spec, p[f"{side}_thigh"], KNEE)
        hand = local_point(spec, p[f"{side}_hand"], (30, 40))
        # the contact: the elbow's point on the thigh's top (was 8-25 px off, out over it)
        assert math.dist(elbow, top) <= 6, f"{side} elbow {math.dist(elbow, top):.1f} px from the top of his knee"
        # the hands hang below the knees, not held out at their height over the table (they were 113 px ahead)
        assert hand[1] > knee[1] + 40, f"{side} hand at y={hand[1]:.0f}, not hanging below the knee (y={knee[1]:.0f})"
        assert abs(hand[0] - knee[0]) <= 90, f"{side} hand {abs(hand[0] - knee[0]):.0f} px out from the knee"


JAW_ANGLE_X = 38 * 0.92 + 52 * 0.08  # head.svg: the jaw's angle under the ear (its skin path's point (38,116), in the group scaled 0.92 about the pivot)


def _cols(alpha: np.ndarray, y: int) -> np.ndarray:
    return np.flatnonzero(alpha[:, y] > 128)


def test_his_profile_neck_is_at_least_seventy_percent_of_the_jaw() -> None:
    pygame.init()
    s = 4  # head.svg at 4x: the chin at row 120, the neck above the collar at row 136
    alpha = pygame.surfarray.array_alpha(pygame.image.load_sized_svg(str(ROOT / "assets" / "art" / "figures" / "him" / "head.svg"), (140 * s, 160 * s)))
    jaw = _cols(alpha, 120 * s)[-1] / s - JAW_ANGLE_X  # from the jaw's angle to the chin's front
    c = _cols(alpha, 136 * s)
    neck = (c[-1] - c[0]) / s
    assert neck >= 0.7 * jaw, f"neck {neck:.0f} px under a jaw {jaw:.0f} px: a stalk ({neck / jaw:.2f}; was 0.54)"
