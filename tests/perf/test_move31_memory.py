"""MOVE (stop 31, the 1080p kiosk's peak is a camera move in a story shot): what a move holds at once.

- While a move draws (from its own large frame and background), the renderer holds no still
  background of the shot: it was held through the move, 7.9 MiB at 1080p beside the move's ~30
  (her gaze's push, line 17, the soak's day peak).
- A tile background scaled along both axes is made a band of tiles at a time, scaled up as down
  (a close shot past 4x: her gaze's push): the same pixels as one smoothscale of the whole render,
  without the render whole and the call's buffer between its passes (~26 MB at once at 1080p).
  A move's background made ahead is made so, a band a step.
- The next line's move's background is not made while a move is cut (its large frame and its own
  background held), but once it has settled, or in the last pass before the cut.
Bytes, keys and pixels are counted; nothing is timed."""

from __future__ import annotations

from typing import Any

import numpy as np
import pygame

SIZE = (640, 360)


def line_of(ctx: Any, what: str) -> int:
    return next(n for n, line in enumerate(ctx.script.lines, 1) if what in line.text)


def test_a_move_holds_no_still_background_of_its_shot(room_ctx: Any) -> None:
    from game.clock import STEP
    from game.room.render import HOLE, PLATE
    from game.scenes.story import StoryScene

    ctx = room_ctx
    renderer = ctx.renderer
    scene = StoryScene(ctx)
    canvas = pygame.Surface(SIZE).convert()
    n = line_of(ctx, "Her expression was a mix of apprehension")
    scene.seek(n - 1, 0.0)  # her gaze, still
    scene.update(STEP)
    snap = scene.director.stage.at(scene.now)
    shot = snap.shot.value
    assert snap.move is None
    renderer.draw(canvas, snap, scene.now, scene.pen_uv)

    def still() -> list[tuple[object, ...]]:
        return [k for k in renderer._bg_cache if k[0] == shot or (k[0] in (PLATE, HOLE) and k[1] == shot)]

    assert still(), "the still shot's background is kept while it is drawn"
    scene.seek(n, 0.0)  # her gaze's push
    scene.update(6 * STEP)
    snap = scene.director.stage.at(scene.now)
    assert snap.shot.value == shot and snap.move is not None and not snap.move.done(scene.now)
    renderer.draw(canvas, snap, scene.now, scene.pen_uv)
    assert renderer.moves._big is not None
    assert not still(), f"a move held its shot's still background: {still()}"
    assert len(renderer.moves._bg) == 1  # and its own, alone


def test_a_background_scaled_up_is_made_in_bands_to_the_same_pixels(room_ctx: Any) -> None:
    from game.room.model import Rect
    from game.room.tiles import CROP_BAND, HIRES, TileBackground, scale_for, shrink

    tiles = room_ctx.renderer.tiles
    rect, size = Rect(300.0, 200.0, 180.0, 101.25), (1000, 562)  # past 4x: the 4x build scaled up
    assert scale_for(rect, size) == HIRES and round(rect.w * HIRES) < size[0]
    area = pygame.Rect(round(rect.x * HIRES), round(rect.y * HIRES), round(rect.w * HIRES), round(rect.h * HIRES))
    want = shrink(tiles.render(area, HIRES), size)
    heights: list[int] = []
    render = TileBackground.render

    def counted(self: TileBackground, part: pygame.Rect, scale: int) -> pygame.Surface:
        heights.append(part.h)
        return render(self, part, scale)

    steps = tiles.crop_steps(rect, size)
    TileBackground.render = counted  # type: ignore[method-assign]
    try:
        made = 0
        while True:
            try:
                next(steps)
                made += 1
            except StopIteration as done:
                got = done.value
                break
    finally:
        TileBackground.render = render  # type: ignore[method-assign]
    assert heights and max(heights) <= CROP_BAND and made == len(heights) > 1, heights
    assert np.array_equal(pygame.surfarray.array3d(got), pygame.surfarray.array3d(want))


def test_a_moves_background_is_made_ahead_a_band_a_step(room_ctx: Any) -> None:
    from game.camera import CameraMoves

    moves = CameraMoves()
    renderer = room_ctx.renderer
    area, size = (300.0, 200.0, 180.0 * 1.08, 101.25 * 1.08), (1080, 608)
    steps = list(moves.prepare_steps(renderer, area, size))
    assert steps.count("move background") > 2, steps
    assert moves._bg[(area, *size)].get_size() == size


def pushing(ctx: Any) -> tuple[Any, Any]:
    """Her gaze's push (line 17) cut a few frames in: the scene and its snapshot."""
    from game.clock import STEP
    from game.scenes.story import StoryScene

    scene = StoryScene(ctx)
    canvas = pygame.Surface(SIZE).convert()
    scene.seek(line_of(ctx, "Her expression was a mix of apprehension"), 0.0)
    scene.update(6 * STEP)
    snap = scene.director.stage.at(scene.now)
    assert snap.move is not None and not snap.move.done(scene.now)
    ctx.renderer.draw(canvas, snap, scene.now, scene.pen_uv)
    assert ctx.renderer.moves.moving()
    return scene, snap


def test_the_next_moves_background_waits_while_a_move_is_cut(room_ctx: Any) -> None:
    renderer, moves = room_ctx.renderer, room_ctx.renderer.moves
    scene, snap = pushing(room_ctx)
    held = set(moves._bg)
    nxt = snap.move.__class__(push=1.06, t0=scene.now, duration=8.0)  # a next line's push on another shot
    other = next(s for s in renderer.room.shots if s != snap.shot.value and not renderer.layers.inserts.has(s))
    for _ in renderer.prepare_steps(other, snap, SIZE, nxt, effects=False):
        pass
    assert set(moves._bg) == held, "the next move's background was made beside the moving one's"
    for _ in renderer.prepare_steps(other, snap, SIZE, nxt, effects=False, turns=True):  # the last pass
        pass
    assert len(set(moves._bg) - held) == 1


def test_the_next_still_shots_background_and_plate_wait_while_a_move_is_cut(room_ctx: Any) -> None:
    """Her gaze's push (line 17) cut, the next still shot (line 18, her seated): its tile background
    and back plate are not made beside the move's frame (7.9 MiB, and a pass across of 9.1 held between
    band steps, at 1080p), but in the last pass before the cut (`turns`)."""
    from game.room.render import PLATE

    renderer = room_ctx.renderer
    _scene, snap = pushing(room_ctx)
    nxt = "her_seated"
    mine = lambda: {k for k in renderer._bg_cache if nxt in k}  # noqa: E731
    steps = list(renderer.prepare_steps(nxt, snap, SIZE))
    assert not mine(), "the next still shot's background was made beside the moving frame"
    assert "background" in steps and "plate" not in steps, steps
    for _ in renderer.prepare_steps(nxt, snap, SIZE, turns=True):  # the last pass
        pass
    assert (PLATE, nxt, *SIZE) in mine() or (nxt, *SIZE) in mine(), mine()
