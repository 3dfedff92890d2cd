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


def test_the_haze_thins_in_a_close_shot() -> None:
    # at the fire's 4.8x close-up a flame's pool covers the frame: full strength lifted the
    # pale wax and stone to a flat lemon (line 76)
    from game.fx.glow import Bloom

    def peak(scale: float) -> int:
        view = View(scale / 8, 120 - 500 * scale / 8, 67 - 300 * scale / 8)  # the flame in the map's middle
        got = Bloom().haze((240, 135), view, 1.0, [(500.0, 300.0, 1.0)], None, None, None)
        assert got is not None
        return max(got[0].get_at((120 + dx, 67)).r for dx in range(-3, 4))

    assert peak(4.8) <= 0.5 * peak(1.6)
    assert peak(1.6) >= 25  # a wide or two-shot keeps its full glow
