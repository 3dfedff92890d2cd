"""The hearth in its close-up (lines 9 and 76, 4.8x): flames drawn at the shot's resolution.

A fresh-eyes review of the close-up saw "blurry low-res sprites upscaled: stair-stepped
pixel edges on every flame tongue, soft mush": the field was coloured on a coarse grid and
smoothscaled ~5x, so every edge was a 20-30 px ramp of cell-sized steps. Now the grid holds
a signed heat that is upscaled first and coloured per screen pixel (game.fx.fire_close).
"""

from __future__ import annotations

import numpy as np
import pygame
import pytest

from game.fx import RoomFx
from game.fx.fire import Hearth
from game.memory import caches
from game.room.model import Room
from game.view import View, camera_view

SIZE = (1920, 1080)


def close_view(room: Room) -> View:
    s = room.shots["fire"].rect
    return camera_view(s.x, s.y, s.w, SIZE[0])


def hearth(room: Room, seed: int = 7) -> Hearth:
    h = RoomFx(room, seed).hearth
    assert h is not None
    return h


def flames(h: Hearth, view: View, t: float) -> np.ndarray:
    """The fire alone (embers, flames, grate) over black: brightness (sum of RGB), (y, x)."""
    s = pygame.Surface(SIZE)
    s.fill((0, 0, 0))
    h.draw_emissive(s, view, t, 1.0, [])
    return pygame.surfarray.array3d(s).astype(float).sum(axis=2).T


def edges(lum: np.ndarray) -> list[np.ndarray]:
    """Each place a scanline enters a flame (rising through 200 of 765, a body of flame 10 px
    inside): the 17 px round it."""
    found = []
    for y in range(150, 800, 4):
        row = lum[y]
        for x in np.nonzero((row[:-1] < 200) & (row[1:] >= 200))[0]:
            if 12 <= x < len(row) - 12 and row[x + 10] >= 300 and row[x + 8] - row[x - 8] > 100:
                found.append(row[x - 8 : x + 9])
    return found


@pytest.mark.parametrize("t", [3.0, 8.5])
def test_a_close_up_tongue_has_a_crisp_edge_not_an_upscaled_ramp(room: Room, t: float) -> None:
    """Across a tongue's side the light rises mostly within 3 px (a crisp, antialiased edge;
    the old upscaled cells spread it evenly over ~20 px in steps: 0.27 of the rise in the
    steepest 3 px)."""
    found = edges(flames(hearth(room), close_view(room), t))
    assert len(found) > 100  # a fire of many tongues across the shot
    steep = [np.max(seg[3:] - seg[:-3]) / (seg[-1] - seg[0]) for seg in found]
    assert np.median(steep) > 0.4
    jump = [np.max(seg[4:] - seg[:-4]) for seg in found]
    assert np.median(jump) > 100  # (old: 42-56)


def test_the_close_up_has_a_white_yellow_core_and_red_fringes(room: Room) -> None:
    h = hearth(room)
    view = close_view(room)
    s = pygame.Surface(SIZE)
    s.fill((0, 0, 0))
    h.draw_emissive(s, view, 3.0, 1.0, [])
    rgb = pygame.surfarray.array3d(s).astype(int)
    r, g, b = rgb[..., 0], rgb[..., 1], rgb[..., 2]
    core = (r > 250) & (g > 215) & (b > 120)
    assert core.sum() > 2000  # a white-yellow heart low in the fire
    body = (r > 240) & (g > 120) & (g < 200)
    assert body.sum() > 20 * 1000  # orange bodies
    fringe = (r > 150) & (r < 240) & (g < 0.45 * r) & (b < 0.15 * r)
    assert fringe.sum() > 3000  # deep red at the edges and the tips


def test_the_tongues_change_shape_over_time(room: Room) -> None:
    h = hearth(room)
    h._rescale(close_view(room).scale)
    a, b = h.heat(3.0, 1.0) > 0, h.heat(3.2, 1.0) > 0
    union, inter = (a | b).sum(), (a & b).sum()
    assert a.sum() > 1000 and inter / union < 0.85  # licking: a fifth of a second reshapes them
    view = close_view(room)
    x, y = flames(h, view, 3.0), flames(h, view, 3.2)
    assert (np.abs(x - y) > 60).mean() > 0.05  # and the picture shows it


def test_the_close_up_fire_is_a_pure_function_of_time_and_seed(room: Room) -> None:
    view = close_view(room)
    one, two = hearth(room, 7), hearth(room, 7)
    for t in (4.0, 4.5):  # also after another frame was drawn (nothing carried over)
        assert np.array_equal(flames(one, view, t), flames(two, view, t))
    assert not np.array_equal(flames(hearth(room, 8), view, 4.5), flames(one, view, 4.5))


def test_the_close_up_work_surfaces_are_a_cache_game_memory_finds(room: Room) -> None:
    fx = RoomFx(room, 7)
    assert fx.hearth is not None
    flames(fx.hearth, close_view(room), 3.0)
    close = fx.hearth._close
    assert any(c is close for c in caches(fx))
    assert 0 < close.memory_bytes() < 12 * 2**20  # the part of the field on screen, at 1080p
    close.release()
    assert close.memory_bytes() == 0
    flames(fx.hearth, close_view(room), 3.1)  # made again on the next frame
    assert close.memory_bytes() > 0
