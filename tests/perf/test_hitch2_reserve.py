"""No hitch on a cut into a room shot (issue 13), what the cut's frame made that can be made ahead:
the figure parts turned at their angles then (known once the cut's moment is: an auto-advance),
their zoom rasters, and the props that do not fit beside the shown shot's, held apart until the
cut (game/scenes/ahead.py, game/room/ahead_turns.py, game/art/props.py `prepare_piece(ahead=True)`).
Behaviour, not time: what the cut's frame loads and turns, and that it is the same picture."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import numpy as np
import pygame
import pytest

SIZE = (640, 360)
BEFORE = 17  # her gaze (a push on her close shot), then the cut to her seated (18)


def _context() -> Any:
    from game.assets import Assets
    from game.context import build_context
    from game.settings import Settings

    return build_context(Assets(), Settings(auto_advance=True), audio=False)


@pytest.fixture(scope="module")
def ctx() -> Iterator[Any]:
    pygame.init()
    pygame.display.set_mode(SIZE)
    yield _context()
    pygame.quit()


def _cut_frame(ctx: Any, before: int, ahead: bool, monkeypatch: pytest.MonkeyPatch | None = None,
               ) -> tuple[np.ndarray, list[str], int]:
    """Line `before` played through at 60 Hz (auto-advance), a frame drawn each update, then the
    first frame of the next line: its pixels, the SVGs it loaded (figure parts' zoom rasters,
    props) and how many figure parts it turned. `ahead` False: nothing made ahead."""
    from game.art import figure_raster, part_pixels
    from game.art.svg import SvgCache
    from game.clock import STEP
    from game.scenes.story import StoryScene

    scene = StoryScene(ctx)
    scene.seek(before, 0.0)
    canvas = pygame.display.get_surface()
    scene.draw(canvas)
    if not ahead:
        scene._prepared_for = before  # nothing made ahead on this line
    while True:
        scene.update(STEP)
        if scene.director.line_number != before:
            break
        scene.draw(canvas)
    loads: list[str] = []
    turns = [0]
    if monkeypatch is not None:
        real_get, real_turn, real_zoom = SvgCache.get, part_pixels.turn, pygame.transform.rotozoom

        def get(self: SvgCache, path: Any, size: tuple[int, int], keep: bool = True) -> pygame.Surface:
            loads.append(f"{path.parent.name}/{path.name}")
            return real_get(self, path, size, keep)

        def turn(*args: Any) -> pygame.Surface:  # (the frame's own: not a turn to come, made on the loader)
            turns[0] += threading.current_thread() is threading.main_thread()
            return real_turn(*args)

        def zoom(*args: Any) -> pygame.Surface:  # (a piece of a big part: PartRasters.clipped)
            turns[0] += threading.current_thread() is threading.main_thread()
            return real_zoom(*args)

        monkeypatch.setattr(SvgCache, "get", get)
        monkeypatch.setattr(part_pixels, "turn", turn)
        monkeypatch.setattr(figure_raster.pygame.transform, "rotozoom", zoom)
    scene.draw(canvas)
    if monkeypatch is not None:
        monkeypatch.undo()
    return pygame.surfarray.array3d(canvas), loads, turns[0]


def test_the_cut_into_a_room_shot_turns_and_loads_nothing_made_ahead(ctx: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """After her gaze (17) plays out with auto-advance, the first frame of 18 (her seated, another
    room framing) turns no figure part and loads no SVG: what it draws was made ahead. (On the old
    code it turned every part there and loaded their rasters at the new zoom.)"""
    _frame, loads, turns = _cut_frame(ctx, BEFORE, ahead=True, monkeypatch=monkeypatch)
    assert turns == 0, turns
    assert loads == [], loads


def test_the_cut_made_ahead_is_the_same_picture(ctx: Any) -> None:
    """The same first frame of 18 whether its art was made ahead (and handed over at the cut) or
    made in the cut's frame (another context: nothing cached from the first)."""
    made, _, _ = _cut_frame(ctx, BEFORE, ahead=True)
    fresh, _, _ = _cut_frame(_context(), BEFORE, ahead=False)
    assert np.array_equal(made, fresh)


def test_the_cut_snapshot_is_the_stage_the_next_line_shows(ctx: Any) -> None:
    """`cut_snapshot` (the director played on, on a copy, to the cut's moment) is the stage the next
    line's first frame is drawn with, and the director itself does not move."""
    from game.clock import STEP
    from game.scenes.ahead import cut_moment, cut_snapshot
    from game.scenes.story import StoryScene

    scene = StoryScene(ctx)
    scene.seek(BEFORE, 0.0)
    d = scene.director
    while scene.complete_since is None:
        scene.update(STEP)
    predicted = cut_snapshot(d, cut_moment(scene.t, STEP, scene._line_ends))
    assert d.line_number == BEFORE and predicted is not None
    while d.line_number == BEFORE:
        scene.update(STEP)
    assert predicted == (d.line_number, d.stage.at(d.line_started))
    assert d.line_started == scene.t


def test_a_prop_that_does_not_fit_is_held_apart_until_its_scale_is_drawn(ctx: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """Made ahead for the next shot, a prop that does not fit beside the shown shot's is held apart:
    the shown scale's rasters stay; at the frame that draws its scale, it joins that scale, not
    loaded again."""
    from game.art import props as props_module
    from game.art.props import PropArt
    from game.view import camera_view

    props = PropArt(ctx.renderer.room, ctx.assets.art / "props", ctx.svg)
    wide, close = camera_view(0, 0, 1920, SIZE[0]), camera_view(600, 300, 640, SIZE[0])
    props.prepare(wide, SIZE)
    kept = dict(props._scales[round(wide.scale, 4)])
    monkeypatch.setattr(props_module, "PROP_BUDGET", props.memory_bytes())  # no room beside the wide's
    area = pygame.Rect((0, 0), SIZE)
    piece = next(p for p in props.pieces if p.name != props.clock_name and area.colliderect(props._screen_rect(p, close)))
    assert not props.fits(props._size(piece, close.scale))
    assert props.prepare_piece(piece, close, SIZE, ahead=True)
    assert props._scales[round(wide.scale, 4)] == kept and round(close.scale, 4) not in props._scales
    loads: list[object] = []
    real = ctx.svg.get
    monkeypatch.setattr(ctx.svg, "get", lambda *a, **k: loads.append(a[0]) or real(*a, **k))
    props.prepare(close, SIZE)  # the cut's frame (game/room/layers.py `frame`)
    assert piece.path.name in props._scales[round(close.scale, 4)]
    assert piece.path not in loads
