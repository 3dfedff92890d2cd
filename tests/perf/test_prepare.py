"""The next shot's art is made while a line plays (game/scenes/story.py, game/room/render.py):
the script's next shot is found ahead, and preparing it fills caches without changing a pixel."""

from __future__ import annotations

from collections.abc import Iterator
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


def test_next_shot_is_the_shot_of_the_next_line(ctx: Any) -> None:
    from game.scenes.story import StoryScene

    scene = StoryScene(ctx)
    cuts = 0
    for n in range(1, len(ctx.script.lines)):
        scene.seek(n, 0.0)
        here = scene.director.stage.shot.value
        ahead = scene.next_shot()
        scene.seek(n + 1, 0.0)
        there = scene.director.stage.shot.value
        assert (ahead or here) == there, n
        cuts += ahead is not None and ahead != here
    assert cuts > 10


def test_preparing_a_cut_makes_its_art_and_leaves_the_picture_alone(ctx: Any) -> None:
    import numpy as np

    from game.clock import STEP
    from game.scenes.story import StoryScene

    scene = StoryScene(ctx)
    inserts = ctx.renderer.layers.inserts
    for n in range(1, len(ctx.script.lines)):  # the first line before a cut to a room shot
        scene.seek(n, 0.0)
        ahead = scene.next_shot()
        if ahead not in (None, scene.director.stage.shot.value) and not inserts.has(ahead or ""):
            break
    canvas = pygame.Surface(SIZE)
    scene.draw(canvas)
    before = pygame.surfarray.array3d(canvas)
    shot = scene.next_shot()
    assert shot is not None
    steps = list(ctx.renderer.prepare_steps(shot, scene.director.stage.at(scene.now), SIZE))
    assert steps[0] == "background" and any("/" in s for s in steps) and any(s.startswith("light") for s in steps)
    scene.draw(canvas)
    assert np.array_equal(before, pygame.surfarray.array3d(canvas))
    for insert in (s for s in ctx.renderer.room.shots if inserts.has(s)):  # drawn as illustrations
        assert list(ctx.renderer.prepare_steps(insert, scene.director.stage.at(scene.now), SIZE)) == []
    scene.update(STEP)
