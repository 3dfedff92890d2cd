"""LIGHT (stop 29, issue 13): the golden glow's light maps made ahead, as the others.

The cut's map made ahead (game/fx/light_ahead.py) was switched off in the golden glow (lines
75-86): a whole-span run's cut into 77 drew other pixels with its map made ahead. The cause: the
haze the map adds over the lit room is drawn into one buffer that each build reuses
(glow.Bloom.haze), and `LightMap.add` kept that buffer, not its pixels; a map made ahead is
upscaled a step at a time, and a shown frame built between its steps drew its own haze into
the buffer first. The made map then laid the shown frame's haze. (Its cut also read the wax the
shown shot drew last, not the wax the cut's frame draws.) Now `add` keeps a copy and the map made
ahead reads the wax its own frame draws, so the special case is gone."""

from __future__ import annotations

import hashlib
from typing import Any

import pygame
import pytest

from game.assets import Assets
from game.context import build_context
from game.fx import lighting
from game.settings import Settings

SIZE = (640, 360)
LINE = 77  # a cut in the golden glow (its haze, cut off the people, the glass and the logs)


def test_the_added_haze_is_the_one_given_when_the_map_is_finished_later() -> None:
    lm = lighting.LightMap()
    small = pygame.Surface((24, 14))
    small.fill((200, 200, 200))
    haze = pygame.Surface((24, 14))
    haze.fill((40, 30, 10))
    lm.add(haze, pygame.Rect(0, 0, 24, 14))
    haze.fill((0, 0, 0))  # the shared buffer drawn again (another frame's haze) before the upscale
    for _step in lm.finish_steps(small, "key"):
        pass
    out = pygame.Surface((192, 112))
    out.fill((100, 100, 100))
    lm._added(out)
    assert out.get_at((96, 56))[:3] == (140, 130, 110)  # the haze given, added over the lit scene


def _cut(ahead: bool) -> dict[str, Any]:
    """The first frame of LINE as the story draws it, its shot made ahead as the last pass before
    the cut makes it (`ahead`), or not; the shown shot drawn again (its map built) between the
    steps made ahead, as frames are: its pixels' hash and the maps built in the cut's frame."""
    pygame.init()
    pygame.display.set_mode(SIZE)
    ctx = build_context(Assets(), Settings(auto_advance=True), audio=False)
    scene = ctx.scenes.story()
    scene.seek(LINE - 1, 0.0)
    before = scene.director.stage.at(scene.t)
    scene.seek(LINE, 0.0)
    snap = scene.director.stage.at(scene.t)
    r = ctx.renderer
    shown = pygame.Surface(SIZE)
    if ahead:
        for k, _name in enumerate(r.prepare_steps(snap.shot.value, snap, SIZE, snap.move, True, effects=True, turns=True)):
            r.layers.fx.light_map._key = None  # (the shown frame's map built again: its haze drawn anew)
            r.draw(shown, before, before.t + k / 60.0)
        r.turns_ahead.swap_into(r.layers.figures.rasters)  # (as the scene does at the cut: ahead.py)
    made = r.layers.fx.light_map.ahead is not None
    builds = [0]
    real = lighting.Build.__call__

    def counted(self: lighting.Build) -> pygame.Surface:
        builds[0] += 1
        return real(self)

    mp = pytest.MonkeyPatch()
    mp.setattr(lighting.Build, "__call__", counted)
    try:
        surface = pygame.Surface(SIZE)
        r.draw(surface, snap, scene.t)
    finally:
        mp.undo()
    out = {"hash": hashlib.md5(pygame.image.tobytes(surface, "RGB")).hexdigest(), "builds": builds[0], "made": made}
    pygame.quit()
    return out


def test_the_cut_into_the_golden_glow_takes_its_map_made_ahead_with_the_same_pixels() -> None:
    ahead, built = _cut(True), _cut(False)
    assert ahead["made"], "no light map was made ahead for the cut in the golden glow"
    assert ahead["builds"] == 0 and built["builds"] == 1
    assert ahead["hash"] == built["hash"]
