"""PUSH (issue 16, the 1080p kiosk's high-water mark at her gaze's push and the cuts after the clock):
what is let go of before the moments that set it, the same pictures.

- A still shot's background (or back plate) goes at the cut to another still shot: the clock's plate
  was held through the table's shot and the two pushes after it (lines 55-57), until a third pushed it out.
- A room move's first frame makes its background and back plate (rasterizing the props at its scale
  where none were made ahead) before its large frame, with the still's light canvas let go of.
Keys and bytes are counted; nothing is timed."""

from __future__ import annotations

from typing import Any

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
