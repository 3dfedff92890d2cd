"""The clock's close shot made ahead (line 52's window shot -> line 53's clock): the clock's case,
glass and hands are made though the props' budget is full (the clock keeps its own rasters,
game/art/clock.py, so they push none of the shown shot's out), its hands turned as last drawn, so
the cut's frame turns none."""

from __future__ import annotations

from typing import Any

import pygame

from game.room.render import camera_view


def test_the_clock_is_made_ahead_past_the_props_budget_and_its_hands_turned(room_ctx: Any, monkeypatch: Any) -> None:
    import game.art.props as props_mod
    from game.scenes.story import StoryScene

    r = room_ctx.renderer
    props, size = r.layers.props, (640, 360)
    clock = props.clock
    assert clock is not None
    scene = StoryScene(room_ctx)
    scene.seek(52, 1.0)
    canvas = pygame.Surface(size)
    scene.draw(canvas)  # the window shot drawn: its props held, the clock's time noted
    monkeypatch.setattr(props_mod, "PROP_BUDGET", props.memory_bytes())  # full: no other prop fits
    snap = scene.director.stage.at(scene.now)
    steps = list(r.prepare_steps("clock", snap, size))
    assert props.clock_name in steps, "the clock made ahead though the props' budget is full"
    turns: list[float] = []
    real = pygame.transform.rotozoom
    monkeypatch.setattr(pygame.transform, "rotozoom", lambda img, a, k: (turns.append(a), real(img, a, k))[1])
    s = r.room.shots["clock"].rect
    view = camera_view(s.x, s.y, s.w, size[0])
    clock.draw(canvas, view, props_mod.PropState().clock_minutes if clock._minutes is None else clock._minutes, 0.0)
    assert turns == [], "the cut's frame turned no hand"
