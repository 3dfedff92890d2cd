"""The next shot's art is made while a line plays (game/scenes/story.py, game/room/render.py):
the script's next shot is found ahead, and preparing it fills caches without changing a pixel."""

from __future__ import annotations

from collections.abc import Callable, Iterator
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
        ahead = scene.director.next_shot()
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
        ahead = scene.director.next_shot()
        if ahead not in (None, scene.director.stage.shot.value) and not inserts.has(ahead or ""):
            break
    canvas = pygame.Surface(SIZE)
    scene.draw(canvas)
    before = pygame.surfarray.array3d(canvas)
    shot = scene.director.next_shot()
    assert shot is not None
    steps = list(ctx.renderer.prepare_steps(shot, scene.director.stage.at(scene.now), SIZE))
    assert steps[0] == "background" and any("/" in s for s in steps) and any(s.startswith("light") for s in steps)
    scene.draw(canvas)
    assert np.array_equal(before, pygame.surfarray.array3d(canvas))
    for insert in (s for s in ctx.renderer.room.shots if inserts.has(s)):  # drawn as illustrations
        assert list(ctx.renderer.prepare_steps(insert, scene.director.stage.at(scene.now), SIZE)) == []
    scene.update(STEP)


def _first_frame_of(ctx: Any, line: int, ahead: bool, at_cut: Callable[[], None] | None = None) -> tuple[Any, Any]:
    """The first frame of `line` after a second and a half of the line before it (its art made
    ahead, or not), then a click on to it; and the scene. `at_cut` is called just before it."""
    from game.clock import STEP
    from game.scenes.story import StoryScene

    scene = StoryScene(ctx)
    scene.seek(line - 1, 0.0)
    canvas = pygame.Surface(SIZE)
    scene.draw(canvas)
    if not ahead:
        scene._prepared_for = line - 1  # nothing made ahead on this line
        scene._writer_for = line - 1
    for _ in range(90):
        scene.update(STEP)
        scene.draw(canvas)
    if scene._writer_job is not None:  # painted on the page-art thread: done, then taken in
        scene._writer_job[1].result()
        scene.draw(canvas)
    if at_cut is not None:
        at_cut()
    scene.complete_line()
    scene.click()
    assert scene.director.line_number == line
    scene.update(STEP)
    scene.draw(canvas)
    return pygame.surfarray.array3d(canvas), scene


def test_an_insert_is_made_ahead_and_its_first_frame_is_the_same(ctx: Any) -> None:
    import numpy as np

    from game.art.inserts import insert_name
    from game.scenes.story import StoryScene

    inserts = ctx.renderer.layers.inserts
    scene = StoryScene(ctx)
    shots = []
    for n in range(1, 20):
        scene.seek(n, 0.0)
        shots.append(scene.director.stage.shot.value)
    line = next(n for n in range(2, len(shots) + 1) if insert_name(shots[n - 1]) and not insert_name(shots[n - 2]))
    inserts.release()
    plain, _ = _first_frame_of(ctx, line, ahead=False)
    inserts.release()
    asked: list[str] = []
    made_ahead: list[int] = []
    real = inserts.svg.get
    inserts.svg.get = lambda path, size: (asked.append(path.name), real(path, size))[1]
    try:
        ahead, _ = _first_frame_of(ctx, line, ahead=True, at_cut=lambda: made_ahead.append(len(asked)))
    finally:
        inserts.svg.get = real
    assert made_ahead[0] > 0, "the insert's parts were made while the line before it played"
    assert len(asked) == made_ahead[0], "its first frame made no part again"
    assert np.array_equal(plain, ahead), "the same picture"


def test_an_insert_over_its_raster_budget_keeps_its_own_parts(ctx: Any) -> None:
    from game.art.insert_light import InsertLight

    inserts = ctx.renderer.layers.inserts
    inserts.release()
    spec = inserts.spec("tear")
    assert spec is not None
    asked: list[str] = []
    real = inserts.svg.get
    inserts.svg.get = lambda path, size: (asked.append(path.name), real(path, size))[1]
    old = inserts.RASTER_SCREENS
    inserts.RASTER_SCREENS = 0.5  # far less than the insert's parts
    try:
        canvas = pygame.Surface(SIZE)
        light = InsertLight(1, (255, 200, 150), 1.0, (120, 140, 200), 0.3, (20, 20, 24))
        inserts.draw(canvas, "insert_tear", 0.0, light)
        first = len(asked)
        inserts.draw(canvas, "insert_tear", 0.1, light)
        assert first == len(spec.parts) and len(asked) == first, "the second frame made no part again"
    finally:
        inserts.svg.get = real
        inserts.RASTER_SCREENS = old
        inserts.release()


def test_the_next_writers_hand_is_painted_ahead_and_drawn_the_same(ctx: Any) -> None:
    import numpy as np

    from game.story import commands as c

    line = next(n for n, ln in enumerate(ctx.script.lines, 1) if isinstance(ln, c.Write))
    ctx.books.cache.writers.clear()
    plain, _ = _first_frame_of(ctx, line, ahead=False)
    ctx.books.cache.writers.clear()
    ahead, scene = _first_frame_of(ctx, line, ahead=True)
    assert scene._writer_for == line - 1 and scene._writer_job is None, "painted ahead and taken in"
    assert np.array_equal(plain, ahead), "the same picture"


def test_begin_while_the_pen_warms_starts_the_story_at_once(ctx: Any, monkeypatch: Any) -> None:
    """Begin on a cold pen: the story is made and faded to at once, never waiting for the
    warming thread (which still runs: its stamps are built as the narration plays)."""
    import threading

    from game.clock import STEP
    from game.pen import Notebook
    from game.scenes.base import SceneStack
    from game.scenes.factory import SceneMaker
    from game.scenes.story import StoryScene

    held, entered = threading.Event(), threading.Event()
    real_warm = Notebook.warm

    def slow_warm(self: Any, *args: Any) -> None:  # a pen that takes as long as the test likes
        entered.set()
        held.wait()
        real_warm(self, *args)

    monkeypatch.setattr(Notebook, "warm", slow_warm)
    monkeypatch.setattr(ctx.books, "_warm", False)  # the pen cold, as at start-up
    monkeypatch.setattr(ctx, "scenes", SceneMaker(ctx))
    stack = SceneStack()
    title = ctx.scenes.title()
    stack.push(title)
    ctx.scenes.warm_story()
    try:
        assert entered.wait(60), "the warming thread is in the pen's warm-up"
        title._begin(None)  # the old title waited for the warming thread here, the story not begun
        assert stack.fading, "Begin fades to the story at once"
        for _ in range(int(2.0 / STEP)):  # the fade's 1.6 s of frames
            stack.update(STEP)
        assert isinstance(stack.top, StoryScene), "the story is playing"
        assert ctx.scenes.warming, "while the pen still warms"
    finally:
        held.set()
        warming = ctx.scenes._warming
        if warming is not None:
            warming.join()
    assert not ctx.scenes.warming and ctx.books._warm

