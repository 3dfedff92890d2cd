"""LIGHT (stop 28): the cut's light map made ahead (game/fx/light_ahead.py) is the one the cut draws.

The first light map at a new view was built in the cut's frame (50-130 ms at 1080p, stop 27). Made
ahead in the last pass before the cut (render.py `prepare_steps` with `turns`), the cut's frame
takes it: no build, the same pixels as a frame that built it. Its steps are bounded by what each
does, not by a clock: a rim part turned a step, one build, a figure laid a step."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pygame
import pytest

from game.art import part_pixels
from game.assets import Assets
from game.context import build_context
from game.fx import light_ahead, lighting
from game.fx.light_ahead import Ahead, fits
from game.settings import Settings

SIZE = (640, 360)
LINE = 18  # a cut into the wide room by the hearth (its map: shadows, side light, both figures)


def _cut(ahead: bool, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """The first frame of LINE drawn as the story draws it, its shot made ahead as the last pass
    before the cut makes it (`ahead`) or not: its pixels' hash, the builds in that frame, and
    per step made ahead its name, the parts turned and the maps built in it."""
    pygame.init()
    pygame.display.set_mode(SIZE)
    ctx = build_context(Assets(), Settings(auto_advance=True), audio=False)
    scene = ctx.scenes.story()
    scene.seek(LINE, 0.0)
    snap = scene.director.stage.at(scene.t)
    r = ctx.renderer
    turns, builds = [0], [0]
    real_turn, real_build = part_pixels.turn, lighting.LightMap.build_steps  # (a map's build, whole or a piece a step)
    monkeypatch.setattr(part_pixels, "turn", lambda *a, **k: (turns.__setitem__(0, turns[0] + 1), real_turn(*a, **k))[1])
    monkeypatch.setattr(lighting.LightMap, "build_steps",
                        lambda *a, **k: (builds.__setitem__(0, builds[0] + 1), real_build(*a, **k))[1])
    steps: list[tuple[str, int, int]] = []
    if ahead:
        made: Iterator[str] = r.prepare_steps(snap.shot.value, snap, SIZE, snap.move, True, effects=True, turns=True)
        while True:
            t0, b0 = turns[0], builds[0]
            name = next(made, None)
            if name is None:
                break
            steps.append((str(name), turns[0] - t0, builds[0] - b0))
        r.turns_ahead.swap_into(r.layers.figures.rasters)  # (as the scene does at the cut: ahead.py)
    made_ahead = r.layers.fx.light_map.ahead is not None
    builds[0] = 0
    surface = pygame.Surface(SIZE)
    r.draw(surface, snap, scene.t)
    out = {"hash": hashlib.md5(pygame.image.tobytes(surface, "RGB")).hexdigest(), "builds": builds[0],
           "steps": steps, "made": made_ahead, "left": r.layers.fx.light_map.ahead}
    pygame.quit()
    return out


@pytest.fixture(scope="module")
def cuts() -> tuple[dict[str, Any], dict[str, Any]]:
    mp = pytest.MonkeyPatch()
    try:
        return _cut(True, mp), _cut(False, mp)
    finally:
        mp.undo()


def test_the_cut_takes_the_light_map_made_ahead_and_draws_the_same_pixels(cuts: tuple[dict[str, Any], dict[str, Any]]) -> None:
    ahead, built = cuts
    assert ahead["made"], "no light map was made ahead for the cut"
    assert ahead["builds"] == 0 and ahead["left"] is None  # taken: nothing built in the cut's frame
    assert built["builds"] == 1  # (without it the cut builds its map)
    assert ahead["hash"] == built["hash"]


def test_the_light_steps_are_bounded_by_what_each_does(cuts: tuple[dict[str, Any], dict[str, Any]]) -> None:
    steps = [s for s in cuts[0]["steps"] if s[0].startswith("light:")]
    names = Counter(name for name, _t, _b in steps)
    assert names["light: the map"] == 1 and sum(b for _n, _t, b in steps) == 1  # one build, in its own step
    assert names["light: a part turned for the rim"] >= 1
    for name, turned, _b in steps:
        if name in ("light: the figures' masks", "light: the figures as seen"):
            continue  # (the masks' turns are the reserve's, made before: game/room/ahead_turns.py)
        assert turned <= (1 if name == "light: a part turned for the rim" else 0), (name, turned)
    people = names["light: a figure's side light"]
    assert 1 <= people <= 2  # a figure a step


def test_a_map_made_ahead_is_taken_only_by_its_own_frame() -> None:
    made = Ahead(key=(5.0, (640, 360), "view", "state", (1,), (2,)), content="its masks",
                 made=lighting.LightMap(), rims=[], rim=light_ahead.ColdRim())
    assert fits(made, (5.0, (640, 360), "view", "state", (3,), (4,)), lambda: "its masks") is True  # new masks, same pixels
    assert fits(made, (5.0, (640, 360), "view", "state", (3,), (4,)), lambda: "other masks") is False
    assert fits(made, (4.95, (640, 360), "shown", "state", (3,), (4,)), lambda: "x") is None  # the shot before: kept
    assert fits(made, (5.05, (640, 360), "other", "state", (3,), (4,)), lambda: "x") is False  # past it: let go
