"""The light map's rain is the rain at the light frame's moment (game/fx/state.py FxState.light_stepped).

The map is a 20 Hz animation (40 maps per 120 frames). Keyed by the rain's tween sampled at each
60 Hz frame's time, a step of the torrent's tween between two light frames rebuilt the map mid
light frame: line 51 built 71-74 maps per 120 frames. Sampled at the light frame's moment, a
light frame's frames share one map, and a render at any t keeps the map play shows (a function of
t alone). Asserted: a rain tween's light state is one a light frame, and
in line 51 every light frame's frames apply one map state (two or more states in light frames on
060c023; at 1080p 74 maps per 120 frames there, 42 here: a map made ahead on the extrapolated rain
is built again when the rain's step falls the other way)."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import pygame
import pytest

from game.assets import Assets
from game.clock import STEP
from game.context import build_context
from game.fx import lighting
from game.fx.state import LIGHT_FPS, light_moment
from game.room.states import fx_state
from game.settings import Settings
from game.story.stage import Stage, Tween

SIZE = (640, 360)


def test_a_rain_tween_keeps_one_light_state_a_light_frame() -> None:
    stage = Stage(rain=Tween(1.0, 4.0, 0.0, 4.0))  # (line 51: light to torrential over 4 s)
    for k in range(80):
        frames = [fx_state(stage.at(k / LIGHT_FPS + i / 60.0)).light_stepped() for i in range(3)]
        assert frames[0] == frames[1] == frames[2], (k, frames)
        assert frames[0].rain == round(stage.rain.value(light_moment(k / LIGHT_FPS)) * 16) / 16


def test_rain_builds_one_light_map_a_light_frame(monkeypatch: pytest.MonkeyPatch) -> None:
    pygame.init()
    canvas = pygame.display.set_mode(SIZE)
    ctx = build_context(Assets(), Settings(), audio=False)
    scene = ctx.scenes.story()
    scene.seek(51, 0.0)
    scene.draw(canvas)
    shown: dict[float, set[object]] = defaultdict(set)  # each light frame's maps as the frames apply them
    built = [0]  # the maps built, whole or made ahead
    apply, build = lighting.LightMap.apply, lighting.LightMap.build_steps

    def applied(self: lighting.LightMap, surface: pygame.Surface, key: Any, make: Any) -> None:
        if self.making is None:
            shown[key[0]].add(key[3])
        apply(self, surface, key, make)

    def counted(self: lighting.LightMap, *a: Any, **k: Any) -> Any:
        built[0] += 1
        return build(self, *a, **k)

    monkeypatch.setattr(lighting.LightMap, "apply", applied)
    monkeypatch.setattr(lighting.LightMap, "build_steps", counted)
    for _ in range(120):
        scene.update(STEP)
        scene.draw(canvas)
    pygame.quit()
    assert len(shown) >= 39 and all(len(states) == 1 for states in shown.values()), shown
    assert built[0] <= 46, built  # (40 light frames; a map made ahead for a rain step the next frame missed is built again)
