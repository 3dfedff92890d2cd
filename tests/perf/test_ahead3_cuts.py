"""Stop 28 (AHEAD, issue 13): what a cut into a room shot still made in its frame, made ahead or
served from what was (game/art/props.py, game/room/ahead_turns.py, game/scenes/ahead.py).
Behaviour, not time: what the cut's frame loads or turns, and that the pixels are the same."""

from __future__ import annotations

import threading
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


def _on_loader(monkeypatch: pytest.MonkeyPatch, ctx: Any) -> list[str]:
    """The threads the SVG cache is read on from now on (their names)."""
    import threading

    threads: list[str] = []
    real = ctx.svg.get
    monkeypatch.setattr(ctx.svg, "get", lambda *a, **k: threads.append(threading.current_thread().name) or real(*a, **k))
    return threads


def test_a_prop_made_ahead_is_read_on_the_loader_the_same_pixels(ctx: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """`piece_steps` reads a prop's raster on the loader thread (the window's crop at 4.3x was a
    44-50 ms step of the main thread at 1080p), held apart or kept, and keeps the same pixels as
    `prepare_piece` made on the main thread."""
    from game.art import props as props_module
    from game.view import camera_view

    close = camera_view(600, 300, 640, SIZE[0])
    area = pygame.Rect((0, 0), SIZE)
    props, direct = _props(ctx), _props(ctx)
    pieces = [p for p in props.pieces if p.name != props.clock_name and area.colliderect(props._screen_rect(p, close))]
    assert pieces
    threads = _on_loader(monkeypatch, ctx)
    for ahead in (False, True):
        if ahead:
            monkeypatch.setattr(props_module, "PROP_BUDGET", 0)
            props, direct = _props(ctx), _props(ctx)
        for piece in pieces:
            steps = props.piece_steps(piece, close, SIZE, ahead)
            while True:
                try:
                    next(steps)
                except StopIteration as done:
                    assert done.value is True
                    break
        assert threads and all(name.startswith("art-loader") for name in threads), threads
        threads.clear()
        for piece in pieces:
            direct.prepare_piece(piece, close, SIZE, ahead)
        threads.clear()
        key = round(close.scale, 4)
        got = props._ahead if ahead else props._scales[key]
        want = direct._ahead if ahead else direct._scales[key]
        assert sorted(got) == sorted(want)
        for name, surf in got.items():
            assert pygame.image.tobytes(surf, "RGBA") == pygame.image.tobytes(want[name], "RGBA"), name


def test_a_figure_part_s_zoom_raster_is_read_on_the_loader_the_same_pixels(ctx: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """`PartRasters.base_steps` makes a part's zoom raster on the loader thread (her head or torso
    at 4x was a 20 ms step at 1080p); `base` then takes it, reading nothing on the main thread: the
    same pixels as made there."""
    import threading

    from game.art.figure_raster import PartRasters

    figures = ctx.renderer.layers.figures
    cid = next(iter(figures.specs))
    part = next(iter(figures.specs[cid].parts))
    variant = figures.specs[cid].parts[part].default
    ahead = PartRasters(figures.specs, figures.rasters.art_dir, figures.rasters.svg)
    threads = _on_loader(monkeypatch, ctx)
    for mode, flip in (("art", False), ("mask", True)):
        steps = list(ahead.base_steps(cid, part, variant, 8, flip, mode))
        assert threads and all(name.startswith("art-loader") for name in threads), threads
        threads.clear()
        got = ahead.base(cid, part, variant, 8, flip, mode)
        assert threads == [] and all(s == "loading" for s in steps)
        assert threading.current_thread() is threading.main_thread()
        want = PartRasters(figures.specs, figures.rasters.art_dir, figures.rasters.svg).base(cid, part, variant, 8, flip, mode)
        threads.clear()
        assert pygame.image.tobytes(got, "RGBA") == pygame.image.tobytes(want, "RGBA")


def test_the_front_props_that_cover_a_figure_near_the_canvas_are_made_ahead_not_far_off(ctx: Any) -> None:
    """A front prop whose box meets a figure's rect within COVER_REACH of the canvas is asked for whole by
    the light's `seen_people`: `beside` names it, given the figures' rects. One farther off is not read
    (it hides nothing the canvas or its light map shows): at her gaze's 4x the armchair and the coffee
    table were made in the cut's frame at line 16 and held through the push (14.1 MiB at 1080p)."""
    from game.art.props import COVER_REACH
    from game.view import camera_view

    props = _props(ctx)
    view = camera_view(600, 300, 200, SIZE[0])  # a close framing: the front props far off the canvas
    front = [p for p in props.pieces if p.layer == "front" and not p.name.startswith("notebook")
             and p.name not in (props.pen_name, props.clock_name)]
    far = [p for p in front if p not in props.beside(view, SIZE, [])]
    near = pygame.Rect((0, 0), SIZE).inflate(2 * COVER_REACH, 2 * COVER_REACH)
    assert far
    for piece in far:
        rect = props._screen_rect(piece, view)
        person = rect.inflate(-10, -10)
        assert (piece in props.beside(view, SIZE, [], [person])) == near.colliderect(rect), piece.name
    assert any(not near.colliderect(props._screen_rect(p, view)) for p in far)  # (the rule's far side is tried)
    table = next(p for p in front if p.name == "coffee_table")
    top = props._screen_rect(table, view).y / view.scale + 300  # (its top edge in room px)
    nudged = camera_view(600, top - (SIZE[1] + 200) / view.scale, 200, SIZE[0])  # its top 200 px below the canvas
    rect = props._screen_rect(table, nudged)
    assert table not in props.beside(nudged, SIZE, []) and near.colliderect(rect), rect
    assert table in props.beside(nudged, SIZE, [], [rect.inflate(-10, -10)])


def _cut(ctx: Any, before: int, ahead: bool, click: float | None = None) -> tuple[np.ndarray, int, int]:
    """Line `before` played at 60 Hz, a frame drawn each update, to its end (auto-advance), or
    clicked on `click` s after it is complete; then the next line's first frame: its pixels, the
    figure parts it turned, and the line the reserve was made for. `ahead` False: nothing made ahead."""
    from game.art import figure_raster, part_pixels
    from game.clock import STEP
    from game.scenes.story import StoryScene

    scene = StoryScene(ctx)
    scene.seek(before, 0.0)
    canvas = pygame.display.get_surface()
    scene.draw(canvas)
    if not ahead:
        scene._prepared_for = before
    while (scene.director.line_number == before if click is None
           else scene.complete_since is None or scene.t - scene.complete_since < click):
        scene.update(STEP)
        if scene.director.line_number == before:
            scene.draw(canvas)
    made_for = ctx.renderer.turns_ahead.line
    if click is not None:
        scene.click()
    turns = [0]
    real_turn, real_zoom = part_pixels.turn, pygame.transform.rotozoom

    def counted(real: Any) -> Any:  # (the frame's own: not a turn to come, made on the loader meanwhile)
        return lambda *a: turns.__setitem__(0, turns[0] + (threading.current_thread() is threading.main_thread())) or real(*a)

    part_pixels.turn = counted(real_turn)  # type: ignore[assignment]
    figure_raster.pygame.transform.rotozoom = counted(real_zoom)  # type: ignore[assignment]
    try:
        scene.draw(canvas)
    finally:
        part_pixels.turn, figure_raster.pygame.transform.rotozoom = real_turn, real_zoom  # type: ignore[assignment]
    return pygame.surfarray.array3d(canvas), turns[0], made_for


@pytest.fixture
def unhurried(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each frame's ahead-work runs as long as it needs: what is made by the cut does not hang on
    the machine's load (the steps are the same, only how many run a frame)."""
    from game.scenes import ahead

    monkeypatch.setattr(ahead, "PREPARE_BUDGET", 60.0)


@pytest.mark.usefixtures("unhurried")
def test_a_click_cut_draws_the_turns_made_for_its_guessed_moment_the_same_picture() -> None:
    """Without auto-advance (a player's click ends the line: its moment not known ahead), the last
    pass makes the next shot's frame as at a guessed moment (CLICK_GUESS after the line completes).
    A click then (her gaze, 17, into her seated, 18) turns no part (nothing made ahead, the cut
    turned every one); a click a second later, fewer (those that breathe); the same pictures."""
    from game.assets import Assets
    from game.context import build_context
    from game.scenes.ahead import CLICK_GUESS
    from game.settings import Settings

    pygame.init()
    pygame.display.set_mode(SIZE)
    for after in (CLICK_GUESS, CLICK_GUESS + 1.0):
        made, turned, made_for = _cut(build_context(Assets(), Settings(auto_advance=False), audio=False), 17, True, after)
        fresh, all_turns, _ = _cut(build_context(Assets(), Settings(auto_advance=False), audio=False), 17, False, after)
        assert made_for == 18
        # (a second late, the parts that breathe: 70 of 108 turned in the cut's frame before 2bae82f, 80 of 104 since,
        # whose turns made ahead leave out the parts off the canvas at the guessed moment)
        assert all_turns > 10 and turned <= (0 if after == CLICK_GUESS else 0.8 * all_turns), (after, turned, all_turns)
        assert np.array_equal(made, fresh)


@pytest.mark.usefixtures("unhurried")
def test_the_page_s_backdrop_draws_the_figures_turned_ahead_the_same_picture(ctx: Any) -> None:
    """The cut into the page shot (80 -> 81) draws the room beyond the table's far edge as the line
    begins: its figures' turns are made ahead for that frame (it turned 57 parts at 1080p), kept
    through the governor's looks till then (watched at the swap, they went), at the moment
    the line begins (a `wait` before it, clicked on by auto-advance before it runs out), the
    same picture as made in the cut's frame."""
    from game.assets import Assets
    from game.context import build_context
    from game.settings import Settings

    made, turned, _ = _cut(ctx, 80, True)
    fresh, all_turns, _ = _cut(build_context(Assets(), Settings(auto_advance=True), audio=False), 80, False)
    assert all_turns > 10 and turned == 0, (turned, all_turns)
    assert np.array_equal(made, fresh)
