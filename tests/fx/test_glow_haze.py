"""Line 74, "casting a warm, golden glow": the glow lands on the dark wall, the window stays night.

The room's art is painted at full albedo and the light map only multiplies it, so under the
old glow a dark wall could not turn any lighter or more golden than its own paint: the
reviewer saw "the wall and window look the same as before". The golden haze is light added
over the lit room (game.fx.glow.Bloom.haze, LightMap.add), kept off the glass.
"""

from __future__ import annotations

import pygame

from game.fx import FxState, RoomFx
from game.room.model import Room
from game.view import View

WALLPAPER = (70, 40, 46)  # the wallpaper's dark mauve, as painted
GLASS = (178 + 162, 128 + 150)  # room px: the middle of the window's glass, upper panes


def lit(room: Room, view: View, glow: float, t: float = 9.0) -> pygame.Surface:
    s = pygame.Surface((640, 360))
    s.fill(WALLPAPER)
    RoomFx(room, 7).draw_lighting(s, view, FxState(rain=1.0, candles=1.0, glow=glow), t)
    return s


def warmth(c: pygame.Color) -> int:
    return c.r - c.b


def test_full_glow_turns_the_wall_gold(room: Room, view: View) -> None:
    night, gold = lit(room, view, 0.0), lit(room, view, 1.0)
    for x, y in ((560, 200), (1500, 180), (1400, 320)):  # the wall by the sconce, right of the clock, over the mantel
        p = view.ipt(x, y)
        before, after = night.get_at(p), gold.get_at(p)
        assert warmth(after) >= warmth(before) + 10, (x, y, before, after)
        assert after.r >= WALLPAPER[0] + 8, (x, y, after)  # lighter than its paint: light added, not only multiplied
        assert after.g < after.r and after.b < after.g  # gold, not yellow-green


def test_the_window_stays_night_blue(room: Room, view: View) -> None:
    p = view.ipt(*GLASS)
    before, after = lit(room, view, 0.0).get_at(p), lit(room, view, 1.0).get_at(p)
    assert abs(warmth(after) - warmth(before)) <= 4, (before, after)


def test_the_haze_is_a_function_of_time_and_seed(room: Room, view: View) -> None:
    a, b = lit(room, view, 0.7, 5.3), lit(room, view, 0.7, 5.3)
    assert pygame.image.tobytes(a, "RGB") == pygame.image.tobytes(b, "RGB")


def test_a_kept_haze_is_the_haze_of_the_moment(room: Room, view: View) -> None:
    # the upscaled haze is reused while the small one is unchanged: never a stale one
    state = FxState(rain=1.0, candles=1.0, glow=0.8)
    fresh = lit(room, view, 0.8, 6.1)
    fx = RoomFx(room, 7)
    for t in (2.0, 4.05, 6.0, 6.1):
        s = pygame.Surface((640, 360))
        s.fill(WALLPAPER)
        fx.draw_lighting(s, view, state, t)
    assert pygame.image.tobytes(s, "RGB") == pygame.image.tobytes(fresh, "RGB")
