"""What the effects keep between frames (MEMC): the art of a shot left at a cut, the window's art
on a shot without the window, the halos of candles off the canvas. Same pixels, less held."""

from __future__ import annotations

import numpy as np
import pygame
from test_fx_prepare import SIZE, shot_view
from test_fx_prepare import frame as drawn

from game.fx import FxState, RoomFx
from game.fx.candles import FLAME_H, HALO_BASE, HALO_BINS, halo_side
from game.fx.sprites import PerScale
from game.room.model import Room
from game.view import View

RAIN = FxState(rain=3.5, candles=0.8, fire=1.0)


def frame(fx: RoomFx, view: View, state: FxState, t: float) -> np.ndarray:
    """The effects' layers as the room draws them, the glass's layer too (it runs for every shot)."""
    fx.draw_glass(pygame.Surface(SIZE), view, state, t)
    return drawn(fx, view, state, t)


def test_the_scale_a_cut_leaves_goes_at_the_cut() -> None:
    art: PerScale[list[float]] = PerScale(lambda s: [s])
    art.at(1.0)
    art.at(2.4, ahead=True)  # the next shot's, made ahead
    art.at(2.4)  # the cut
    assert art.scales() == [2.4]  # (kept beside it until the governor's look, before)
    art.at(1.0, ahead=True)  # a cut back is made ahead like any next shot
    assert sorted(art.scales()) == [1.0, 2.4]


def test_the_rain_lets_go_of_the_window_s_art_on_a_shot_without_it(room: Room) -> None:
    window, fire = shot_view(room, "window"), shot_view(room, "fire")
    fx = RoomFx(room, 9)
    frame(fx, window, RAIN, 1.0)
    assert fx.rain is not None
    held = fx.rain.memory_bytes()
    frame(fx, fire, RAIN, 2.0)  # the glass is off this canvas
    gone = fx.rain.memory_bytes()
    assert gone < held / 4, (held, gone)  # the night paintings at SKY_W stay
    fresh = RoomFx(room, 9)
    assert np.array_equal(frame(fx, window, RAIN, 3.0), frame(fresh, window, RAIN, 3.0))  # made again alike


def test_a_candle_s_halo_is_made_only_if_it_falls_on_the_canvas(room: Room) -> None:
    view = shot_view(room, "window")  # one candle on it, the sconce's
    fx = RoomFx(room, 5)
    state = RAIN.clamped()
    frame(fx, view, RAIN, 4.0)
    c = fx.candles
    side = halo_side(c._scale)
    on: set[int] = set()
    for s, f in zip(c.specs, fx.flames(4.0), strict=True):
        wx, wy = view.pt(*s.wick_top(state.candles))
        wy += 2.5 * view.scale - FLAME_H * 0.45 * view.scale
        if pygame.Rect((0, 0), SIZE).colliderect((wx - side / 2, wy - side / 2, side, side)):
            on.add(max(0, min(HALO_BINS - 1, round(f.brightness * (HALO_BINS - 1) / 1.6))))
    assert on
    assert set(c._halos) - {HALO_BASE} == on
