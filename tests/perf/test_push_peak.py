"""PUSH (issue 16, the 1080p kiosk's high-water mark at her gaze's push and the cuts after the clock):
what is let go of before the moments that set it, the same pictures.

- A still shot's background (or back plate) goes at the cut to another still shot: the clock's plate
  was held through the table's shot and the two pushes after it (lines 55-57), until a third pushed it out.
- A room move's first frame makes its background and back plate (rasterizing the props at its scale
  where none were made ahead) before its large frame, with the still's light canvas let go of.
- The last pass before a cut keeps, of the figure turns its light map's cold rim asked for, only those
  of the parts the cut's frame draws: the cut takes the map, and the others were let go of at the frame
  after it (her legs at two poses, before her gaze's push).
Keys and bytes are counted; nothing is timed."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import numpy as np
import pygame
import pytest

SIZE = (640, 360)


def line_of(ctx: Any, what: str) -> int:
    return next(n for n, line in enumerate(ctx.script.lines, 1) if what in line.text)


def _shot_keys(renderer: Any, shot: str) -> list[tuple[object, ...]]:
    from game.room.render import HOLE, PLATE

    return [k for k in renderer._bg_cache if k[0] == shot or (k[0] in (PLATE, HOLE) and k[1] == shot)]


def test_a_still_shot_s_background_goes_at_the_cut_to_another_still_shot(room_ctx: Any) -> None:
    from game.clock import STEP
    from game.scenes.story import StoryScene

    ctx = room_ctx
    renderer = ctx.renderer
    scene = StoryScene(ctx)
    canvas = pygame.Surface(SIZE).convert()
    shots = []
    for what in ("The ticking of the antique clock", "He wrote about the dreams he had once shared"):
        scene.seek(line_of(ctx, what), 0.0)
        scene.update(STEP)
        snap = scene.director.stage.at(scene.now)
        assert snap.move is None and not renderer.layers.inserts.has(snap.shot.value)
        renderer.draw(canvas, snap, scene.now, scene.pen_uv)
        shots.append(snap.shot.value)
        assert _shot_keys(renderer, snap.shot.value), "the shot drawn keeps its background"
    assert shots[0] != shots[1]
    assert not _shot_keys(renderer, shots[0]), f"the shot cut from held its background: {_shot_keys(renderer, shots[0])}"


def test_a_move_s_first_frame_makes_its_plate_before_its_large_frame(room_ctx: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from game.camera import CameraMoves
    from game.clock import STEP
    from game.scenes.story import StoryScene

    ctx = room_ctx
    renderer, moves = ctx.renderer, ctx.renderer.moves
    light = renderer.layers.fx.light_map
    scene = StoryScene(ctx)
    canvas = pygame.Surface(SIZE).convert()
    n = line_of(ctx, "Her expression was a mix of apprehension")
    scene.seek(n - 1, 0.0)  # her gaze, still: its light map baked into a canvas
    scene.update(STEP)
    renderer.draw(canvas, scene.director.stage.at(scene.now), scene.now, scene.pen_uv)
    assert light._baked is not None
    seen: list[tuple[bool, bool]] = []
    plate = CameraMoves._plate

    def noted(self: CameraMoves, *args: Any) -> Any:
        seen.append((self._big is None, light._baked is None))
        return plate(self, *args)

    monkeypatch.setattr(CameraMoves, "_plate", noted)
    scene.seek(n, 0.0)  # her gaze's push
    scene.update(6 * STEP)
    snap = scene.director.stage.at(scene.now)
    assert snap.move is not None and not snap.move.done(scene.now)
    renderer.draw(canvas, snap, scene.now, scene.pen_uv)
    assert moves._big is not None and seen
    assert seen[0] == (True, True), "the plate was made beside the large frame or the still's light canvas"


def _played(ctx: Any, before: int, measured: list[tuple[set[Any], set[Any], int, int]],
            turned: list[Any]) -> np.ndarray:
    """Line `before` played at 60 Hz to its end (auto-advance), then the next line's first frame:
    its pixels; the reserve's turns as the last pass left them noted in `measured` (the keys before
    and after `NextRasters.measured`, their bytes), the turns the cut's frame made in `turned`."""
    from game.art.figure_raster import PartRasters
    from game.clock import STEP
    from game.room.ahead_turns import NextRasters
    from game.scenes.story import StoryScene

    real_measured, real_keep = NextRasters.measured, PartRasters._keep

    def noted(self: NextRasters) -> None:
        rot: Any = self.maker._rot if self.maker is not None else {}
        was, bytes_was = set(rot), self.maker.memory_bytes() if self.maker is not None else 0
        real_measured(self)
        measured.append((was, set(rot), bytes_was, self.maker.memory_bytes() if self.maker is not None else 0))

    NextRasters.measured = noted  # type: ignore[method-assign]
    try:
        scene = StoryScene(ctx)
        scene.seek(before, 0.0)
        canvas = pygame.display.get_surface()
        assert canvas is not None
        while scene.director.line_number == before:
            scene.draw(canvas)
            scene.update(STEP)

        def keep(self: PartRasters, key: Any, *a: Any) -> None:
            turned.append(key)
            real_keep(self, key, *a)

        PartRasters._keep = keep  # type: ignore[method-assign,assignment]
        scene.draw(canvas)
    finally:
        NextRasters.measured, PartRasters._keep = real_measured, real_keep  # type: ignore[method-assign]
    return pygame.surfarray.array3d(canvas)


@pytest.fixture
def unhurried(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Each frame's ahead-work runs as long as it needs (what is made by the cut does not hang on the load)."""
    from game.scenes import ahead

    monkeypatch.setattr(ahead, "PREPARE_BUDGET", 60.0)
    yield


@pytest.mark.usefixtures("unhurried")
def test_the_reserve_lets_go_of_the_rim_s_turns_the_cut_does_not_draw() -> None:
    from game.assets import Assets
    from game.context import build_context
    from game.room import ahead_turns
    from game.settings import Settings

    pygame.init()
    pygame.display.set_mode(SIZE)
    ctx = build_context(Assets(), Settings(auto_advance=True), audio=False)
    n = line_of(ctx, "Her eyes were locked onto him")  # into her gaze's push
    measured: list[tuple[set[Any], set[Any], int, int]] = []
    turned: list[Any] = []
    got = _played(ctx, n, measured, turned)
    assert len(measured) == 1, "the last pass made the cut's light map once"
    was, kept, bytes_was, bytes_kept = measured[0]
    gone = was - kept
    parts = {k[:6] for k in gone}
    # (her legs at two poses, turned for the rim's measure alone, went here; they are no longer turned:
    # light_ahead._rim_turns turns only what the measure reads, tests/fx/test_rim_ahead_turns.py. At this
    # size none of the reserve's turns is the rim's alone: what goes, if any, is none the cut draws)
    assert bytes_kept <= bytes_was
    assert not parts & {k[:6] for k in kept}, "a part the cut draws lost a turn"
    assert not [k for k in turned if k[:6] in parts], "the cut's frame turned a part let go of"
    real = ahead_turns.NextRasters.measured
    ahead_turns.NextRasters.measured = lambda self: None  # type: ignore[method-assign]
    try:
        fresh = _played(build_context(Assets(), Settings(auto_advance=True), audio=False), n, [], [])
    finally:
        ahead_turns.NextRasters.measured = real  # type: ignore[method-assign]
    assert np.array_equal(got, fresh)


def test_the_reserve_keeps_the_rim_s_turns_when_the_cut_s_map_was_not_made(room_ctx: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """A last pass whose light map was not made ahead (a prop neither kept nor held apart for it: the cut
    builds its own map and measures the rim from the reserve's turns) lets go of none of them."""
    from game.clock import STEP
    from game.fx import light_ahead
    from game.room.ahead_turns import NextRasters
    from game.scenes.story import StoryScene

    ctx = room_ctx
    renderer = ctx.renderer
    scene = StoryScene(ctx)
    scene.seek(line_of(ctx, "Her expression was a mix of apprehension"), 0.0)
    scene.update(STEP)
    snap = scene.director.stage.at(scene.now)
    calls: list[int] = []

    def none_made(*_a: Any) -> Iterator[str]:
        renderer.layers.fx.light_map.ahead = None
        yield "light: not made"

    monkeypatch.setattr(light_ahead, "light_steps", none_made)
    monkeypatch.setattr(NextRasters, "measured", lambda self: calls.append(1))
    steps = list(renderer.prepare_steps(snap.shot.value, snap, SIZE, snap.move, turns=True))
    assert "light: not made" in steps and calls == []
    renderer.turns_ahead.release()
