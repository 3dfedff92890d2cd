"""The fire's tongues in a 1080p wide have smooth edges (review4: '1 px bumps on tongue edges in
the 1080p wide (5 px cells)'). The close flames' palette index lives on the field's grid (5 room
px a cell, 5 screen px in a 1080p wide) and was smoothscaled (bilinear) straight to the screen:
the edge bent at every cell boundary, stair-steps up each tongue. hearth_art.refine subdivides
the index first (corner cutting), so a tongue's edge is a smooth curve."""

from __future__ import annotations

import numpy as np
import pygame

from game.fx import RoomFx
from game.fx.hearth_art import refine
from game.room.model import Room
from game.view import View


def flames(room: Room, t: float) -> np.ndarray:
    s = pygame.Surface((1920, 1080))
    s.fill((0, 0, 0))
    fx = RoomFx(room, 7)
    assert fx.hearth is not None
    fx.hearth.draw_emissive(s, View(1.0), t, 1.0, [])
    return pygame.surfarray.array3d(s).astype(np.float64).sum(axis=2)


def bends(lum: np.ndarray, level: float) -> list[float]:
    """How far a tongue's edge strays from a smooth curve: the x (to a fraction of a px) where
    each row first rises over `level` from the left, against its mean over the 7 rows about it,
    wherever those rows stay on one edge."""
    xs = []
    for y in range(lum.shape[1]):
        row = lum[:, y]
        i = int(np.argmax(row > level))
        if i <= 0 or row[i] <= level:
            xs.append(np.nan)
            continue
        xs.append(i - 1 + (level - row[i - 1]) / (row[i] - row[i - 1]))
    x = np.array(xs)
    out = []
    for y in range(3, len(x) - 3):
        w = x[y - 3 : y + 4]
        if np.isnan(w).any() or np.abs(np.diff(w)).max() > 4:  # the same edge, not a jump to another tongue
            continue
        out.append(float(abs(x[y] - w.mean())))
    return out


def test_a_tongues_edge_has_no_stair_steps(room: Room) -> None:
    found: list[float] = []
    for t in (1.0, 2.3, 4.1):
        tongues = flames(room, t)[1440:1700, 560:700]  # the hearth's tongues above the grate's rail
        for level in (400, 500, 600):  # the edge, and two contours inside the flame's body
            for x0 in range(0, tongues.shape[0] - 20, 20):  # strips a tongue wide
                found += bends(tongues[x0 : x0 + 40], level)
    assert len(found) > 400, "no tongue's edge found where this test looks"
    mean = float(np.mean(found))
    # old: 0.16 px (the edge bent at every 5 px cell boundary); now 0.11
    assert mean < 0.13, f"a tongue's edge strays {mean:.2f} px from a smooth curve on average"


def test_refine_keeps_the_index_and_its_extent() -> None:
    idx = (np.arange(6 * 5, dtype=np.uint8).reshape(6, 5) * 8).astype(np.uint8)
    assert refine(idx, 1.5) is idx  # already fine enough: untouched
    out = refine(idx, 5.0)
    assert out.shape == (24, 20)  # two rounds: 5 px cells to 1.25
    assert refine(np.zeros((120, 120), np.uint8), 9.6).shape == (240, 240)  # a close-up: one round
    assert abs(float(out.mean()) - float(idx.mean())) < 1.0
