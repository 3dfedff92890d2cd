"""A line on the page after a written one (the page shot again, no cut in the script) still draws, in
its first frame, the page's backdrop: the room beyond the table as that line begins (game/scenes/
page_shot.py). Its art is made ahead while the written line plays, as a cut to the page's is: made in
that frame, the lines after the written ones were the whole story's worst first frames (stop 43, 1080p:
145-219 ms played in real time; `bench_cuts --from 26 --to 28`: 169 -> 28 ms)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import numpy as np
import pygame
import pytest

from game.clock import STEP
from game.story import commands as c

SIZE = (480, 270)


@pytest.fixture(scope="module")
def ctx() -> Iterator[Any]:
    from game.assets import Assets
    from game.context import build_context
    from game.settings import Settings

    pygame.init()
    pygame.display.set_mode(SIZE)
    yield build_context(Assets(), Settings(auto_advance=True), audio=False)  # (the cut's moment known)
    pygame.quit()


def _page_again(ctx: Any) -> int:
    """The first written line whose next line stays on the page (no shot in between, not written)."""
    from game.scenes.story import PAGE_SHOT, StoryScene

    scene = StoryScene(ctx)
    for n in range(1, len(ctx.script.lines)):
        scene.seek(n, 0.0)
        d = scene.director
        if isinstance(d.current, c.Write) and d.stage.shot.value == PAGE_SHOT and d.next_shot() is None \
                and not any(isinstance(cmd, c.Write) for cmd in d.ahead()):
            return n
    raise AssertionError("no line on the page after a written one")


def test_a_written_line_makes_the_backdrop_of_the_page_line_after_it(ctx: Any, monkeypatch: Any) -> None:
    from game.scenes.story import STRIP_SHOT, StoryScene

    asked: list[str] = []

    def steps(shot: str, snap: Any, *_args: Any, **_kw: Any) -> Iterator[str]:
        asked.append(shot)
        yield shot

    line = _page_again(ctx)
    monkeypatch.setattr(ctx.renderer, "prepare_steps", steps)
    scene = StoryScene(ctx)
    scene.seek(line, 0.0)
    canvas = pygame.Surface(SIZE)
    scene.draw(canvas)
    for _ in range(60):
        scene.update(STEP)
        scene.draw(canvas)
    assert scene.director.line_number == line
    assert asked and set(asked) == {STRIP_SHOT}  # the room beyond the table, as the backdrop draws it


def _first_frame_after(ctx: Any, line: int, ahead: bool, loads: list[str]) -> np.ndarray:
    """The first frame of the line after `line`, played to its end by auto-advance (the memory governor
    looking every 2 s and letting go of all not asked for since: the backdrop is drawn in the line's
    first frame alone), its art made ahead or not; `loads` gets the art rasterized in that frame."""
    from game.memory import Governor
    from game.scenes.story import StoryScene
    from game.steps import LOADER

    clock = [0.0]
    governor = Governor(total=lambda size: 0, clock=lambda: clock[0])
    scene = StoryScene(ctx)
    scene.seek(line, 0.0)
    canvas = pygame.Surface(SIZE)
    scene.draw(canvas)
    if not ahead:
        scene._prepared_for = line  # nothing made ahead on this line
    for _ in range(60 * 30):
        loads.clear()
        scene.update(STEP)
        scene.draw(canvas)
        if scene.director.line_number != line:
            break
        clock[0] += STEP
        governor.frame(ctx, SIZE)
        LOADER.submit(lambda: None).result()
    assert scene.director.line_number == line + 1
    return pygame.surfarray.array3d(canvas)


def test_the_page_line_s_first_frame_rasterizes_nothing_and_is_the_same(ctx: Any) -> None:
    line = _page_again(ctx)
    loads: list[str] = []
    svg = ctx.svg
    real = svg.get
    svg.get = lambda path, size, **kw: (loads.append(path.name), real(path, size, **kw))[1]
    try:
        cold = _first_frame_after(ctx, line, ahead=False, loads=loads)
        assert loads, "(made in the frame, the backdrop's figures and props are rasterized there)"
        made = _first_frame_after(ctx, line, ahead=True, loads=loads)
        assert loads == [], "the backdrop's art was made while the written line played"
    finally:
        del svg.get
    assert np.array_equal(cold, made), "the same picture"
