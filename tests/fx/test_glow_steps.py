"""The art made ahead of the cut out of line 74 (the golden glow, a slow pan) into the window's close
shot (75), no more of it and in smaller pieces (issue 13: line 74's worst frames at 1080p).

- The next shot's map made ahead asked the hearth, off the window's shot, for its logs: the flame
  field's grid and textures were made at that scale and again at the shown one's (17 ms, one frame).

Asserted by what is made (no timed assertions); fails on 2651e61."""

from __future__ import annotations

from pathlib import Path

import pygame

from game.fx import RoomFx
from game.fx.sprites import FArray
from game.room.tmxload import load_room
from game.view import View

ROOM = Path(__file__).resolve().parents[2] / "scenes" / "room.tmx"


def test_the_logs_off_the_shot_make_no_fire_art_at_its_scale() -> None:
    fx = RoomFx(load_room(ROOM), 7)
    hearth = fx.hearth
    assert hearth is not None
    shown = View(1.6, 0.0, -400.0)  # the golden glow's pan's large frame (its area from 0, 250 at 1.6x)
    hearth._rescale(shown.scale)
    made: list[float] = []
    make = hearth._textures._make

    def counted(n: float) -> tuple[FArray, FArray]:
        made.append(n)
        return make(n)

    hearth._textures._make = counted
    k = 1920 / 560  # the window's close shot (line 75: its shot's rect 100, 95, 560 x 315), the hearth off it
    window = View(k, -100 * k, -95 * k)
    assert not hearth.visible(window, (1920, 1080))
    assert hearth.dark_logs(window, pygame.Rect(0, 0, 1920, 1080)) is None
    assert made == [] and hearth._scale == hearth._art.near(shown.scale)  # nothing made, nothing let go of
