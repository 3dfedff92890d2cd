"""Frames that each cover a light frame or more make nothing ahead (game/fx/light_next.py SLOW_FRAME).

On a slow or loaded machine each drawn frame covers several 60 Hz updates. The next light frame
made ahead after each frame was for the light frame after this one, which a frame 4 or more
updates later skips: at line 1 (1080p) 4 updates a frame built 37 of 108 maps twice, 6 or 8
every one (10.7-13.1 ms of CPU a frame thrown away). Asserted: frames 4 updates apart make no
map ahead and each builds its own, the same pixels as with nothing made ahead; one late frame
among 60 Hz ones still leaves the maps made ahead and taken. The first fails on 96ee432."""

from __future__ import annotations

import hashlib
from typing import Any

import pygame
import pytest

from game.assets import Assets
from game.clock import STEP
from game.context import build_context
from game.fx import light_next, lighting
from game.settings import Settings

SIZE = (640, 360)


def _play(steps: list[int], ahead: bool, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Line 1 drawn once after each count of `steps` updates: each frame's hash and whole builds,
    the maps made ahead and taken."""
    pygame.init()
    canvas = pygame.display.set_mode(SIZE)
    ctx = build_context(Assets(), Settings(), audio=False)
    scene = ctx.scenes.story()
    scene.seek(1, 0.0)
    if not ahead:
        monkeypatch.setattr(light_next, "advance", lambda *a, **k: None)
    whole, call = [0], lighting.Build.__call__

    def counted(self: lighting.Build) -> pygame.Surface:
        whole[0] += 1
        return call(self)

    monkeypatch.setattr(lighting.Build, "__call__", counted)
    hashes, builds = [], []
    for n in steps:
        whole[0] = 0
        for _ in range(n):
            scene.update(STEP)
        scene.draw(canvas)
        hashes.append(hashlib.md5(pygame.image.tobytes(canvas, "RGB")).hexdigest())
        builds.append(whole[0])
    up = ctx.renderer.layers.fx.light_map.upcoming
    out = {"hashes": hashes, "builds": builds, "built": up.built if up else 0, "taken": up.taken if up else 0}
    monkeypatch.undo()
    pygame.quit()
    return out


def test_frames_a_light_frame_apart_make_nothing_ahead() -> None:
    steps = [1] + [4] * 12
    mp = pytest.MonkeyPatch()
    try:
        slow, built = _play(steps, True, mp), _play(steps, False, mp)
    finally:
        mp.undo()
    assert slow["hashes"] == built["hashes"]
    assert slow["built"] <= 2, slow  # (the frame after the first slow one may still make one)
    assert all(b == 1 for b in slow["builds"][4:]), slow["builds"]  # each builds its own map


def test_one_late_frame_leaves_the_maps_made_ahead() -> None:
    mp = pytest.MonkeyPatch()
    try:
        played = _play([1] * 12 + [4] + [1] * 15, True, mp)
    finally:
        mp.undo()
    assert sum(played["builds"][14:]) == 0, played["builds"]  # (after the late frame: taken, none built whole)
    assert played["taken"] >= 8, played
