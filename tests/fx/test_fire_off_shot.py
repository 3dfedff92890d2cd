"""A shot the hearth is off makes nothing of the fire (issue 13): drawing its logs and flames asked for
the flame field's grid and turbulence textures at the shot's scale before finding the fire off screen:
at her close push (line 82 at 1080p) 26 ms of the cut's frame, for no flame drawn. On screen, the fire
is drawn as before (the field's box is the one its grid would lay)."""

from __future__ import annotations

import numpy as np
import pygame

from game.fx import RoomFx
from game.room.model import Room
from game.view import View

SIZE = (960, 540)


def _view(room: Room, shot: str) -> View:
    r = room.shots[shot].rect
    return View(SIZE[0] / r.w, -r.x * SIZE[0] / r.w, -r.y * SIZE[0] / r.w)


def test_a_shot_without_the_fire_makes_no_field_for_it(room: Room) -> None:
    h = RoomFx(room, 5).hearth
    assert h is not None
    wide, close = _view(room, "wide"), _view(room, "her")
    canvas = pygame.Surface(SIZE)
    h.draw_logs(canvas, wide, [])
    h.draw_emissive(canvas, wide, 3.0, 1.0, [])
    assert h.visible(wide, SIZE) and not h.visible(close, SIZE)
    laid: list[float] = []
    grid = h._grid
    h._grid = lambda cell: (laid.append(cell), grid(cell))[1]  # type: ignore[method-assign]
    canvas.fill((10, 20, 30))
    h.draw_logs(canvas, close, [])
    h.draw_emissive(canvas, close, 3.1, 1.0, [])
    assert laid == [] and h._textures.scales() == [], "the field was laid (its textures made) for a shot it is off"
    assert pygame.transform.average_color(canvas)[:3] == (10, 20, 30)  # (nothing drawn either)
    # what a rescale to the close shot let go of goes all the same (the kiosk's peak held it otherwise)
    assert h._frame is None and h.art.logs is None and h._art.scales() == [] and h._tex.size == 0
    back = pygame.Surface(SIZE)  # and back in the wide shot, the fire as a hearth drawn there afresh
    h.draw_logs(back, wide, [])
    h.draw_emissive(back, wide, 3.2, 1.0, [])
    assert len(laid) == 1  # (its grid laid again there)
    fresh, again = RoomFx(room, 5).hearth, pygame.Surface(SIZE)
    assert fresh is not None
    fresh.draw_logs(again, wide, [])
    fresh.draw_emissive(again, wide, 3.2, 1.0, [])
    assert np.array_equal(pygame.surfarray.array3d(back), pygame.surfarray.array3d(again))


def test_the_fire_on_screen_is_drawn_as_its_grid_lays_it(room: Room) -> None:
    """The box the off-screen test reads (`_field_box`) is the grid's own, at each scale the fire shows at."""
    h = RoomFx(room, 5).hearth
    assert h is not None
    for shot in ("wide", "fire"):
        view = _view(room, shot)
        box = h._field_box(view)
        canvas = pygame.Surface(SIZE)
        h.draw_logs(canvas, view, [])
        h.draw_emissive(canvas, view, 2.0, 1.0, [])
        assert box == pygame.Rect(view.rect(h.x0, h.y0, h.gw * h.cell, h.gh * h.cell)), shot
        lit = np.argwhere(pygame.surfarray.array3d(canvas).max(axis=2) > 40)
        assert len(lit) > 100, shot  # the fire drawn
