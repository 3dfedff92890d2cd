"""No hitch on entering a shot (issue 13): the next line's art, made while the current line
plays, is still held when the cut comes, though the memory governor (game/memory.py) lets go,
at each look, of whatever was not asked for since the last; and a camera move that settles
mid-line finds its settled framing's art made. Behaviour, not timing: what the caches hold."""

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


def _scale_key(ctx: Any, shot: str) -> float:
    return round(SIZE[0] / ctx.renderer.room.shots[shot].rect.w, 4)


def _before_a_plain_cut(ctx: Any) -> Any:
    """A story scene on the first line whose next line cuts, without a camera move, to a room
    shot drawn at another scale than the one on screen."""
    from game.art.inserts import insert_name
    from game.scenes.story import PAGE_SHOT, StoryScene

    scene = StoryScene(ctx)
    for n in range(1, len(ctx.script.lines)):
        scene.seek(n, 0.0)
        d, here = scene.director, scene.director.stage.shot.value
        ahead = d.next_shot()
        if (ahead not in (None, here, PAGE_SHOT) and not insert_name(ahead or "") and not insert_name(here)
                and d.next_move() is None and not scene.close_up() and _scale_key(ctx, ahead or "") != _scale_key(ctx, here)):
            return scene
    raise AssertionError("no plain cut between two room shots")


def test_the_next_shots_art_is_still_held_when_the_cut_comes(ctx: Any) -> None:
    """Each second a look of the governor with no room to spare: on the old code the next shot's
    props, made in the line's first second, were let go of at the next look and made again in the
    cut's frame; now, the line read, they are made again each second (cache look-ups, or the art
    let go of) until the player clicks on."""
    from game.clock import STEP
    from game.memory import Governor

    scene = _before_a_plain_cut(ctx)
    shot = scene.director.next_shot()
    assert shot is not None
    key, props = _scale_key(ctx, shot), ctx.renderer.layers.props
    governor = Governor(total=lambda size: 0)
    canvas = pygame.Surface(SIZE)
    scene.complete_line()  # read: the player may click on any moment now
    scene.draw(canvas)
    second = round(1.0 / STEP)
    for i in range(4 * second):
        scene.update(STEP)
        scene.draw(canvas)
        if i % second == second - 1 and i < 3 * second:  # looks at 1, 2 and 3 s
            governor.check(ctx, SIZE)
    assert scene.director.line_number == scene._prepared_for, "the line is still playing"
    assert props._scales.get(key), "the next shot's props are held a second after the governor's last look"


def test_a_move_that_settles_mid_line_has_its_framing_made_ahead(ctx: Any) -> None:
    """While a push plays, the room at the framing it settles on (drawn at its own size once it
    settles) is made ahead: its tile background is in the camera's cache before the move ends."""
    from game.clock import STEP
    from game.scenes.story import StoryScene

    scene = StoryScene(ctx)
    r = ctx.renderer
    for n in range(1, len(ctx.script.lines)):
        scene.seek(n, 1.0)
        snap = scene.director.stage.at(scene.t)
        move, shot = snap.move, snap.shot.value
        if (move is not None and not move.done(scene.t) and not scene.close_up() and r.moves.wants(r, shot, snap)
                and not r.layers.inserts.has(shot) and scene.director.next_shot() in (None, shot)
                and scene.director.next_move() is None):
            break
    else:
        raise AssertionError("no line with a move and no cut after it")
    s = r.room.shots[shot].rect
    settled = move.framing_at((s.x, s.y, s.w, s.h), 1.0)
    canvas = pygame.Surface(SIZE)
    scene.draw(canvas)
    assert (settled, *SIZE) not in r.moves._bg
    for _ in range(round(1.0 / STEP)):
        scene.update(STEP)
        scene.draw(canvas)
    assert not move.done(scene.t), "the move still plays"
    assert (settled, *SIZE) in r.moves._bg, "the settled framing's background was made ahead"


def test_with_auto_advance_the_art_is_made_again_once_just_before_the_cut(ctx: Any, monkeypatch: Any) -> None:
    """The cut's time known (auto-advance): made in the line's first second, then once more within
    PREPARE_LAST of the cut (the governor's looks in between let go of the effects' other scales:
    made again all the line long, they cost a step every look), and none in the cut's frame."""
    from dataclasses import replace

    from game.clock import STEP
    from game.scenes.story import PREPARE_LAST

    scene = _before_a_plain_cut(ctx)
    begun: list[float] = []

    def steps(*_args: Any, **_kw: Any) -> Iterator[str]:
        begun.append(scene.t)
        yield from ("a", "b")

    monkeypatch.setattr(ctx.renderer, "prepare_steps", steps)
    monkeypatch.setattr(ctx.prefs, "current", replace(ctx.settings, auto_advance=True))
    line = scene.director.line_number
    canvas = pygame.Surface(SIZE)
    scene.complete_line()
    scene.draw(canvas)
    while scene.director.line_number == line:
        scene.update(STEP)
        scene.draw(canvas)
    cut = scene.t
    assert len(begun) == 2, begun
    assert cut - PREPARE_LAST - STEP <= begun[1] < cut, (begun, cut)
