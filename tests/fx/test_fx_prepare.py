"""The effects' art for the next shot is made ahead (RoomFx.prepare_steps), kept for at most
two scales, and a frame drawn after preparing is the frame drawn without it."""

from __future__ import annotations

import numpy as np
import pygame

from game.fx import FxState, RoomFx
from game.fx.sprites import PerScale
from game.room.model import Room
from game.view import View, camera_view

SIZE = (640, 360)


def shot_view(room: Room, name: str) -> View:
    s = room.shots[name].rect
    return camera_view(s.x, s.y, s.w, SIZE[0])


def frame(fx: RoomFx, view: View, state: FxState, t: float) -> np.ndarray:
    s = pygame.Surface(SIZE)
    s.fill((120, 110, 100))
    fx.draw_exterior(s, view, state, t)
    fx.draw_flames(s, view, state, t)
    fx.draw_lighting(s, view, state, t)
    fx.draw_sparks(s, view, state, t)
    return pygame.surfarray.array3d(s)


def test_per_scale_keeps_the_drawn_scale_and_the_one_made_ahead() -> None:
    made: list[float] = []

    def make(scale: float) -> list[float]:
        made.append(scale)
        return [scale]

    art: PerScale[list[float]] = PerScale(make)
    art.at(1.0)
    art.at(2.4, ahead=True)
    art.at(4.8, ahead=True)  # a third: the one made ahead before it goes, never the drawn one
    assert sorted(art.scales()) == [1.0, 4.8]
    art.at(4.8)  # the cut: now drawn, the old one stays until a next one is asked for
    art.at(1.2, ahead=True)
    assert sorted(art.scales()) == [1.2, 4.8]
    assert made == [1.0, 2.4, 4.8, 1.2]


def two_on_the_wide(room: Room, seed: int, wide: View, state: FxState, t: float) -> tuple[RoomFx, RoomFx]:
    """Two identical effects, both having drawn one wide frame: one to play plainly, one to prepare ahead."""
    plain, ready = RoomFx(room, seed), RoomFx(room, seed)
    frame(plain, wide, state, t)
    frame(ready, wide, state, t)
    return plain, ready


def test_preparing_the_fire_close_up_makes_its_art_and_changes_no_pixel(room: Room) -> None:
    wide, fire = shot_view(room, "wide"), shot_view(room, "fire")
    state = FxState(rain=1.0, candles=0.8, fire=1.0)
    plain, ready = two_on_the_wide(room, 5, wide, state, 3.0)
    assert ready.hearth is not None
    steps = list(ready.prepare_steps(fire, SIZE, state, 3.0))
    assert "logs" in steps and "grate" in steps and any(s.startswith("coals") for s in steps)
    assert any(s.startswith("halo") for s in steps) and any(s.startswith("light") for s in steps)
    assert fire.scale in ready.hearth._art.scales() and wide.scale in ready.hearth._art.scales()
    ahead = ready.hearth._art.at(fire.scale, ahead=True)
    assert ahead.logs is not None and ahead.embers  # made before the fire's first frame
    for t in (3.5, 4.25, 9.0):  # the cut, and later frames
        assert np.array_equal(frame(plain, fire, state, t), frame(ready, fire, state, t))
    assert np.array_equal(frame(plain, wide, state, 10.0), frame(ready, wide, state, 10.0))  # and back


def test_the_window_prepared_ahead_draws_the_same_night_and_rain(room: Room) -> None:
    wide, window = shot_view(room, "wide"), shot_view(room, "window")
    state = FxState(rain=3.0, candles=0.8, fire=1.0)
    plain, ready = two_on_the_wide(room, 9, wide, state, 1.0)
    assert "night" in list(ready.prepare_steps(window, SIZE, state, 1.0))
    for t in (1.5, 2.0):
        assert np.array_equal(frame(plain, window, state, t), frame(ready, window, state, t))


def test_the_logs_made_a_band_at_a_time_are_the_logs_made_at_once() -> None:
    from game.fx.hearth_art import make_logs, make_logs_steps

    whole = make_logs(3, 2.0)
    gen = make_logs_steps(3, 2.0, rows=24)
    steps = 0
    while True:
        try:
            next(gen)
            steps += 1
        except StopIteration as done:
            banded = done.value
            break
    assert steps > 3  # small steps, not one
    for a, b in zip(whole, banded, strict=True):
        assert np.array_equal(pygame.surfarray.array3d(a), pygame.surfarray.array3d(b))
    assert np.array_equal(pygame.surfarray.array_alpha(whole[0]), pygame.surfarray.array_alpha(banded[0]))
