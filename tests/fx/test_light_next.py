"""LIGHT (stop 29, issue 13): the shown shot's next light frame made ahead across the frames before it.

The light map runs at 20 Hz: every third 60 Hz frame built the whole map (its sum, the wall
shadows, the side light, the cold rim, the upscale, the edges, the figures' own side light), and
that frame set every room moment's p95. Now each frame runs a share of the next light frame's
build (game/fx/light_next.py) and the light frame takes the map made: no frame builds a whole
map, the same pixels. The window's cold rim measured the figures' whole parts turned at its
next pose in one frame (35-46 ms at line 51): the parts are turned a few a frame beforehand
and held for the measure. Asserted by what is done where (no timed assertions)."""

from __future__ import annotations

import hashlib
from typing import Any

import pygame
import pytest

from game.assets import Assets
from game.clock import STEP
from game.context import build_context
from game.fx import light_next, lighting, rim_art
from game.settings import Settings

SIZE = (640, 360)
FRAMES = 40  # more than three rim poses (12 frames each), thirteen light frames


def _play(line: int, ahead: bool, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """FRAMES frames of `line` drawn as the story draws them, the next light frame made ahead or
    not: each frame's hash, the whole builds each frame made, the cycles made ahead (steps run in
    each frame), the maps taken, and the parts the rim's measures turned themselves."""
    pygame.init()
    canvas = pygame.display.set_mode(SIZE)
    ctx = build_context(Assets(), Settings(), audio=False)
    scene = ctx.scenes.story()
    scene.seek(line, 0.0)
    if not ahead:
        monkeypatch.setattr(light_next, "advance", lambda *a, **k: None)
    whole, cycles, measuring, turned, measures = [0], [], [False], [0], [0]
    call, run, people = lighting.Build.__call__, light_next._run, rim_art.Coverage.people
    rasters = ctx.renderer.layers.figures.rasters
    at, shown = rasters.at, rasters.shown

    def counted(self: lighting.Build) -> pygame.Surface:
        whole[0] += 1
        return call(self)

    def ran(up: light_next.Upcoming, work: Any, left: int) -> None:
        run(up, work, left)
        if work.steps is None:
            cycles.append(list(work.frames))

    def measured(*a: Any, **k: Any) -> Any:
        measuring[0] = True
        measures[0] += 1
        try:
            return people(*a, **k)
        finally:
            measuring[0] = False

    def turn(view: Any, d: Any, mode: str, *a: Any) -> Any:
        turned[0] += measuring[0] and mode == "art"
        return at(view, d, mode, *a)

    def turn_shown(view: Any, d: Any) -> Any:
        turned[0] += measuring[0]
        return shown(view, d)

    monkeypatch.setattr(lighting.Build, "__call__", counted)
    monkeypatch.setattr(light_next, "_run", ran)
    monkeypatch.setattr(rim_art.Coverage, "people", measured)
    monkeypatch.setattr(rasters, "at", turn)
    monkeypatch.setattr(rasters, "shown", turn_shown)  # (the rims' measures turn parts through `shown`)
    hashes, builds, turns = [], [], []
    for _ in range(FRAMES):
        whole[0] = turned[0] = 0
        scene.update(STEP)
        scene.draw(canvas)
        hashes.append(hashlib.md5(pygame.image.tobytes(canvas, "RGB")).hexdigest())
        builds.append(whole[0])
        turns.append(turned[0])
    up = ctx.renderer.layers.fx.light_map.upcoming
    out = {"hashes": hashes, "builds": builds, "cycles": cycles, "taken": up.taken if up else 0, "turns": turns,
           "measures": measures[0]}
    monkeypatch.undo()
    pygame.quit()
    return out


def _both(line: int) -> tuple[dict[str, Any], dict[str, Any]]:
    """`line` played made ahead, then not."""
    mp = pytest.MonkeyPatch()
    try:
        return _play(line, True, mp), _play(line, False, mp)
    finally:
        mp.undo()


@pytest.fixture(scope="module")
def wide() -> tuple[dict[str, Any], dict[str, Any]]:
    """Line 1 (the wide room, both figures by the fire), made ahead and not."""
    return _both(1)


def test_the_light_frames_take_the_map_made_ahead_with_the_same_pixels(wide: tuple[dict[str, Any], dict[str, Any]]) -> None:
    ahead, built = wide
    assert ahead["hashes"] == built["hashes"]
    assert sum(built["builds"]) >= FRAMES // 3  # (without it every light frame builds its map whole)
    assert sum(ahead["builds"][3:]) == 0, ahead["builds"]  # past the first light frame none is built whole
    assert ahead["taken"] >= FRAMES // 3 - 1


def test_the_next_light_frame_is_built_a_share_a_frame(wide: tuple[dict[str, Any], dict[str, Any]]) -> None:
    cycles = wide[0]["cycles"]
    assert len(cycles) >= FRAMES // 3 - 1
    for frames in cycles[1:]:  # (the first: no costs known yet, made in one frame)
        assert len(frames) >= 2 and max(frames) < sum(frames), frames  # over two frames or more, none did it all


@pytest.fixture(scope="module")
def rain() -> tuple[dict[str, Any], dict[str, Any]]:
    """Line 51 (the rain rising to a downpour at the window's close shot), made ahead and not."""
    return _both(51)


def test_the_rising_rain_takes_maps_made_ahead_with_the_same_pixels(rain: tuple[dict[str, Any], dict[str, Any]]) -> None:
    ahead, built = rain
    assert ahead["hashes"] == built["hashes"]
    assert ahead["taken"] >= FRAMES // 3  # its light state steps between light frames too: those made ahead as well
    assert sum(ahead["builds"][3:]) <= 2, ahead["builds"]


def test_the_rims_measure_turns_no_part_of_a_figure_off_the_shot(rain: tuple[dict[str, Any], dict[str, Any]]) -> None:
    """At line 51 she lies off the window's close shot: the rim's measure at each of its poses turned
    her ~20 whole parts at 2.8x (35-46 ms in one frame) to find no rim on the canvas."""
    ahead, built = rain
    assert ahead["measures"] >= 3 and built["measures"] >= 3  # (a pose each 12 frames)
    assert sum(ahead["turns"]) == 0 and sum(built["turns"]) == 0, (ahead["turns"], built["turns"])


@pytest.mark.parametrize("line", [1, 16, 51, 78])
def test_a_parts_bound_holds_it_turned(line: int) -> None:
    """`rim_art._bound` (found without turning) holds each part as `PartRasters.at` turns it."""
    pygame.init()
    canvas = pygame.display.set_mode(SIZE)
    ctx = build_context(Assets(), Settings(), audio=False)
    scene = ctx.scenes.story()
    scene.seek(line, 0.0)
    for _ in range(3):
        scene.update(STEP)
        scene.draw(canvas)
    fx = ctx.renderer.layers.fx
    figures, _props, states, t = fx.cold_rim.posed()
    up = fx.light_map.upcoming
    assert up is not None and up.shown is not None
    view = up.shown[0]
    drawn = figures._compose({k: v for k, v in states.items() if k in figures.specs}, t)[0]
    assert len(drawn) > 20
    for d in (d for d in drawn if d.part not in rim_art.SKIP):
        img, pos = figures.rasters.at(view, d, "art")
        assert rim_art._bound(figures, view, d).contains(pygame.Rect(pos, img.get_size())), d.part
    pygame.quit()
