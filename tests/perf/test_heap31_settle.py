"""A camera move's settled framing is made just in time (game/scenes/ahead.py SETTLE_LEAD): not from
the line's first second, beside the move's own frames all the move long (the kiosk's day peaks are
moving frames), but SETTLE_LEAD before the move settles, and not at all when the line's cut is known
to come before the settle. HEAP, stop 31."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pygame
import pytest

SIZE = (480, 270)


@pytest.fixture(scope="module")
def ctx() -> Iterator[Any]:
    from game.assets import Assets
    from game.context import build_context
    from game.settings import Settings

    pygame.init()
    pygame.display.set_mode(SIZE)
    yield build_context(Assets(), Settings(), audio=False)
    pygame.quit()


def _long_move(ctx: Any) -> tuple[Any, Any, tuple[Any, int, int]]:
    """A story scene 1 s into a line whose push lasts long (> 2 SETTLE_LEAD) and is not cut away
    from into another shot or move: the scene, the move, the settled framing's key in the camera's
    backgrounds."""
    from game.scenes.ahead import SETTLE_LEAD
    from game.scenes.story import StoryScene

    scene, r = StoryScene(ctx), ctx.renderer
    for n in range(1, len(ctx.script.lines)):
        scene.seek(n, 1.0)
        snap = scene.director.stage.at(scene.t)
        move, shot = snap.move, snap.shot.value
        if (move is not None and move.t0 + move.duration - scene.t > 2 * SETTLE_LEAD and not scene.close_up()
                and r.moves.wants(r, shot, snap) and not r.layers.inserts.has(shot)):
            s = r.room.shots[shot].rect
            return scene, move, (move.framing_at((s.x, s.y, s.w, s.h), 1.0), *SIZE)
    raise AssertionError("no line with a long move")


def _play(scene: Any, until: float, canvas: pygame.Surface) -> None:
    from game.clock import STEP

    while scene.t < until:
        scene.update(STEP)
        scene.draw(canvas)


def test_the_settled_framing_is_not_made_at_the_moves_start_but_before_it_settles(ctx: Any) -> None:
    """Far from the settle (bacfeee made it in the line's first second), nothing of its framing;
    within SETTLE_LEAD of it, its background made before the move ends."""
    from game.scenes.ahead import SETTLE_LEAD

    scene, move, key = _long_move(ctx)
    ctx.renderer.moves._bg.pop(key, None)
    canvas = pygame.Surface(SIZE)
    end = move.t0 + move.duration
    _play(scene, end - SETTLE_LEAD - 0.25, canvas)
    assert key not in ctx.renderer.moves._bg, "the settled framing was made long before the move settles"
    _play(scene, end - 0.05, canvas)
    assert not move.done(scene.t)
    assert key in ctx.renderer.moves._bg, "the settled framing's background was made ahead of the settle"


def test_a_cut_known_to_come_before_the_settle_makes_no_settled_framing(ctx: Any, monkeypatch: Any) -> None:
    """Auto-advance on and the line complete: its cut comes at a known time before the push
    settles, so the framing it would settle on is never made."""
    scene, move, key = _long_move(ctx)
    ctx.renderer.moves._bg.pop(key, None)
    monkeypatch.setattr(ctx.prefs, "current", replace(ctx.settings, auto_advance=True))
    monkeypatch.setattr(type(scene), "auto_wait", lambda self: 0.5)
    line = scene.director.line_number
    scene.complete_line()
    canvas = pygame.Surface(SIZE)
    scene.draw(canvas)
    while scene.director.line_number == line:
        assert key not in ctx.renderer.moves._bg, "a framing the cut comes before was made"
        _play(scene, scene.t + 1e-6, canvas)
    assert scene.t < move.t0 + move.duration, "the cut came before the settle"
