"""The art made ahead of a cut comes a small piece a step (each step runs whole inside one frame's
budget): the clear night behind the glass was one 60 ms step, a close shot's tile background one of
25 ms, in frames of line 1 at 1080p (stop 26). Now each is made a band at a time, the same bytes."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import numpy as np
import pygame
import pytest

SIZE = (960, 540)


@pytest.fixture(scope="module")
def ctx() -> Iterator[Any]:
    from game.assets import Assets
    from game.context import build_context
    from game.settings import Settings

    pygame.init()
    pygame.display.set_mode(SIZE)
    yield build_context(Assets(), Settings(), audio=False)
    pygame.quit()


def same(a: pygame.Surface, b: pygame.Surface) -> bool:
    return a.get_size() == b.get_size() and np.array_equal(pygame.surfarray.array3d(a), pygame.surfarray.array3d(b))


def test_the_clear_night_is_painted_in_bands(ctx: Any) -> None:
    from game.fx.night import SKY_W, paint_night
    from game.fx.rain import CLEAR_LEVELS

    rain = ctx.renderer.layers.fx.rain
    rain._canon.clear()
    view = ctx.renderer.view_for("wide", pygame.Surface(SIZE))
    steps = [s for s in rain.prepare_steps(view, SIZE, 1.0) if s == "clear sky"]
    assert len(steps) >= 5, steps
    assert same(rain._canon[CLEAR_LEVELS], paint_night(rain.seed, SKY_W, rain._sky_h(), True))


def test_a_close_shots_background_is_made_in_bands(ctx: Any) -> None:
    renderer = ctx.renderer
    shot = "walls"  # a close shot: its tiles rendered at 2x and shrunk
    renderer._bg_cache.clear()
    from game.scenes.story import StoryScene

    scene = StoryScene(ctx)
    scene.seek(1, 0.0)
    steps = renderer.prepare_steps(shot, scene.director.stage.at(scene.now), SIZE)
    first = []
    for made in steps:
        if made != "background":
            break
        first.append(made)
    assert len(first) >= 4, first
    kept = renderer._bg_cache[(shot, *SIZE)]
    assert same(kept, renderer.tiles.crop(renderer.room.shots[shot].rect, SIZE))
