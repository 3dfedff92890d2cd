"""MOVE3 (stop 31): a camera move's wall lies where its settled still lays it, so the settle does not jump.

A move's large frame was given the tile background of its own box (`TileBackground.crop`), which
rounds the box to whole tile px and smoothscales that to the frame: the wall was laid up to a px
off where the settled framing's still (`crop` of that framing) lays it, and the props are drawn to
the same view in both. Line 13's push (1.06 over 8 s) at 1080p: the whole wallpaper and panelling
moved 1.0 px right at the settle, the props not at all; line 17's wallpaper 0.4-0.7 px up. Now the
large frame's tiles are laid as its settled still lays them (`TileBackground.lay`, `laid_steps`).

Measured here on the backgrounds themselves (the wall alone): the large frame's, cut at the settled
framing's px, against the still's, windows across the frame; the best sub-pixel shift of each
(bilinear, searched to 0.05 px). Nothing is timed."""

from __future__ import annotations

from typing import Any

import numpy as np
import pygame
import pytest

from game.camera_fit import large_frame
from game.room.model import Rect

CANVAS = (1920, 1080)  # (the offsets are a px's fraction of this canvas's tile rounding)


def _grey(s: pygame.Surface) -> np.ndarray:
    grey: np.ndarray = pygame.surfarray.array3d(s).astype(np.float64).mean(axis=2).T
    return grey


def _shift(a: np.ndarray, b: np.ndarray, box: tuple[int, int, int, int], m: int = 3) -> tuple[float, float]:
    """How far the picture `b` lies from `a` in `box` (x, y, w, h): the (dx, dy) that, laid on `b`
    (bilinear), makes it nearest `a` (mean absolute difference), each axis to 0.05 px."""
    x, y, w, h = box
    want = a[y:y + h, x:x + w]

    def err(dx: float, dy: float) -> float:
        ix, iy = int(np.floor(dx)), int(np.floor(dy))
        fx, fy = dx - ix, dy - iy
        p = b[y + iy:y + iy + h + 1, x + ix:x + ix + w + 1]
        got = ((1 - fy) * ((1 - fx) * p[:-1, :-1] + fx * p[:-1, 1:]) + fy * ((1 - fx) * p[1:, :-1] + fx * p[1:, 1:]))
        return float(np.abs(want - got).mean())

    steps = np.arange(-1.5, 1.5001, 0.05)
    dx = min(steps, key=lambda d: err(d, 0.0))
    dy = min(steps, key=lambda d: err(dx, d))
    dx = min(steps, key=lambda d: err(d, dy))
    return float(dx), float(dy)


def _line(ctx: Any, what: str) -> int:
    return next(n for n, line in enumerate(ctx.script.lines, 1) if what in line.text)


@pytest.mark.parametrize("what", ["nestled in the embrace of a plush velvet sofa",  # line 13
                                  "Her expression was a mix of apprehension"])  # line 17 (past 4x: scaled up)
def test_a_moves_wall_lies_where_its_settled_still_lays_it(room_ctx: Any, what: str) -> None:
    from game.scenes.story import StoryScene

    ctx = room_ctx
    renderer = ctx.renderer
    scene = StoryScene(ctx)
    scene.seek(_line(ctx, what), 0.0)
    snap = scene.director.stage.at(scene.now)
    move, shot = snap.move, snap.shot.value
    assert move is not None and move.push > 1.0
    s = renderer.room.shots[shot].rect
    box = (s.x, s.y, s.w, s.h)
    area, big, scale = large_frame(move, box, CANVAS[0])
    settled = move.framing_at(box, 1.0)
    renderer.moves.rest()
    for _ in renderer.prepare_steps(shot, snap, CANVAS, move, effects=False):  # (as the line ahead makes it)
        pass
    frame = _grey(renderer.moves._bg[(area, *big)])
    still = _grey(renderer.tiles.crop(Rect(*settled), CANVAS))
    kx, ky = round((settled[0] - area[0]) * scale), round((settled[1] - area[1]) * scale)
    assert abs((settled[0] - area[0]) * scale - kx) < 1e-6  # (the settled framing starts on a whole px of the frame)
    W, H = CANVAS
    shown = frame[ky - 2:ky + H + 2, kx - 2:kx + W + 2]  # (its px the settled framing shows, and 2 round them)
    offsets = []
    for cx, cy in ((0.1, 0.5), (0.5, 0.1), (0.5, 0.5), (0.9, 0.5), (0.5, 0.9), (0.9, 0.1)):
        w, h = W // 8, H // 8
        x, y = int(cx * W) - w // 2, int(cy * H) - h // 2
        dx, dy = _shift(np.pad(still, 2, mode="edge"), shown, (x + 2, y + 2, w, h))
        offsets.append((round(dx, 2), round(dy, 2)))
    worst = max(max(abs(dx), abs(dy)) for dx, dy in offsets)
    assert worst <= 0.1, f"the move's wall lies off its settled still's by {offsets} px (x, y) across the frame"
