"""The golden haze while the camera moves (note22: 'it costs ~1.7 ms a frame while the camera
moves'): the light map is made every frame of a push, and the haze with it, and the haze's
upscale to the screen (LightMap.apply) is skipped only when its bytes are unchanged. Laid out
at a camera quantum (room_fx.haze_view: whole map px, 1 % scale steps) it comes out the same
for several frames of a slow push, so most frames reuse the upscale. Counted, not timed."""

from __future__ import annotations

import pygame

from game.fx import FxState, RoomFx
from game.fx.room_fx import haze_view
from game.room.model import Room
from game.view import View


def test_a_slow_push_reuses_the_hazes_upscale(room: Room) -> None:
    fx = RoomFx(room, 7)
    s = pygame.Surface((1920, 1080))
    state = FxState(rain=0.5, candles=1.0, glow=1.0)
    upscales, last, frames = 0, None, 120
    for i in range(frames):  # 2 s of a push from 1.3x to 1.4x, at 60 frames a second
        scale = 1.3 + 0.1 * i / frames
        fx.draw_light(s, View(scale, 200 - 250.0 * scale, 200 - 300.0 * scale), state, 5.0 + i / 60)
        if fx.light_map._add_seen is not last:
            upscales, last = upscales + 1, fx.light_map._add_seen
    assert fx.light_map.generation == frames  # the map itself is made every frame of the move
    # old: 108 of 120 frames upscaled the haze again; now 40
    assert upscales <= frames // 2, f"the haze was upscaled on {upscales} of {frames} frames"


def test_the_haze_view_is_a_camera_quantum() -> None:
    a, b = haze_view(View(0.1625, -12.3, 7.6)), haze_view(View(0.1627, -12.4, 7.7))
    assert a == b and a.ox == -12 and a.oy == 8
    assert abs(a.scale / 0.1625 - 1.0) < 0.006
