"""Stop 28 (AHEAD, issue 13): what a cut into a room shot still made in its frame, made ahead or
served from what was (game/art/props.py, game/room/ahead_turns.py, game/scenes/ahead.py).
Behaviour, not time: what the cut's frame loads or turns, and that the pixels are the same."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import numpy as np
import pygame
import pytest

SIZE = (640, 360)


@pytest.fixture(scope="module")
def ctx() -> Iterator[Any]:
    from game.assets import Assets
    from game.context import build_context
    from game.settings import Settings

    pygame.init()
    pygame.display.set_mode(SIZE)
    yield build_context(Assets(), Settings(auto_advance=True), audio=False)
    pygame.quit()


def _props(ctx: Any) -> Any:
    from game.art.props import PropArt

    return PropArt(ctx.renderer.room, ctx.assets.art / "props", ctx.svg)


def test_a_prop_held_apart_is_drawn_from_there_before_the_frame_adopts_it(ctx: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """A back plate draws the props before the frame's `prepare` takes in those held apart (the
    cut's frame at lines 17 and 18 made the window and the sofa again: 47 + 26 ms at 1080p): drawn
    at the scale they were held for, they are the ones held, none loaded, the same pixels."""
    from game.art import props as props_module
    from game.art.props import PropState
    from game.view import camera_view

    props = _props(ctx)
    wide, close = camera_view(0, 0, 1920, SIZE[0]), camera_view(600, 300, 640, SIZE[0])
    props.prepare(wide, SIZE)
    monkeypatch.setattr(props_module, "PROP_BUDGET", props.memory_bytes())  # no room beside the wide's
    area = pygame.Rect((0, 0), SIZE)
    back = [p for p in props.pieces if p.layer == "back" and p.name != props.clock_name
            and area.colliderect(props._screen_rect(p, close))]
    for piece in back:
        assert props.prepare_piece(piece, close, SIZE, ahead=True)
    assert props._ahead
    loads: list[object] = []
    real = ctx.svg.get
    monkeypatch.setattr(ctx.svg, "get", lambda *a, **k: loads.append(a[0]) or real(*a, **k))
    drawn = pygame.Surface(SIZE)
    props.draw(drawn, close, PropState(), 0.0, "back")  # a plate's props, before the frame's `prepare`
    assert [p for p in loads if p in {q.path for q in back}] == []
    monkeypatch.undo()
    fresh = pygame.Surface(SIZE)
    _props(ctx).draw(fresh, close, PropState(), 0.0, "back")
    assert np.array_equal(pygame.surfarray.array3d(drawn), pygame.surfarray.array3d(fresh))
