"""SCREENS (issue 16's 1080p ceiling): the room's screen-sized buffers are let go of when what draws
from them is over, or not made twice.

- A still shot's back plate made at its first frame is painted over its tile background itself (its
  holes' pixels put back), not over a copy of it: the same pixels as the plate over a copy, one screen.
- An insert's first frame lets go of the still shot's plate and the light map's baked canvas before it
  draws (the room's caches let go of the rest after its second frame): neither is drawn from under it.
- A cut from one still shot to another lets go of the light map's baked canvas (the old shot's map) before
  the new shot's tile background is made: the new map bakes into a fresh one after it.
- A camera move's first frame makes the props' outlines its wall shadows read before its large frame (a prop
  read whole for its outline, let go of, not over the large frame), the same ones its frame reads.
- A camera move's background made ahead is kept for the move, not, once the move has drawn it,
  through the still shot after it.
Bytes and pixels are compared; nothing is timed."""

from __future__ import annotations

from typing import Any

import numpy as np
import pygame

SIZE = (640, 360)


def line_of(ctx: Any, what: str) -> int:
    return next(n for n, line in enumerate(ctx.script.lines, 1) if what in line.text)


def _first_still(ctx: Any, what: str) -> tuple[Any, Any, pygame.Surface]:
    from game.clock import STEP
    from game.scenes.story import StoryScene

    scene = StoryScene(ctx)
    scene.seek(line_of(ctx, what), 0.0)
    scene.update(STEP)
    return scene, scene.director.stage.at(scene.now), pygame.Surface(SIZE).convert()


def _line_before_drawn(ctx: Any, scene: Any, canvas: pygame.Surface) -> Any:
    """The snapshot of the line before `scene`'s, drawn still on `canvas` (its light map baked)."""
    prev = ctx.scenes.story()
    prev.seek(scene.director.line_number - 1, 0.0)
    prev.update(0.0)
    before = prev.director.stage.at(prev.now)
    ctx.renderer.draw(canvas, before, prev.now, prev.pen_uv)
    assert ctx.renderer.layers.fx.light_map._baked is not None
    return before


def test_a_plate_made_at_a_shots_first_frame_is_its_background_painted_over(room_ctx: Any) -> None:
    from game.room.render import PLATE

    renderer = room_ctx.renderer
    scene, snap, canvas = _first_still(room_ctx, "She wore a simple dress")
    shot = snap.shot.value
    view = renderer.view_for(shot, canvas)
    renderer._bg_cache.clear()
    renderer._holes.clear()
    copied = renderer._plate_steps(shot, view, snap, scene.now, SIZE)  # (made ahead: over a copy)
    try:
        while True:
            next(copied)
    except StopIteration as done:
        assert done.value is not None, "no plate for the shot"
        want = pygame.surfarray.array3d(done.value[0]).copy()
    renderer._bg_cache.clear()
    renderer._holes.clear()
    background = renderer._scaled_background(shot, SIZE)
    made = renderer._plate(shot, view, snap, scene.now, SIZE)
    assert made is not None and made[1], "no holes to put back"
    assert made[0] is background, "the plate is a copy of the tile background"
    assert renderer._bg_cache[(PLATE, shot, *SIZE)] is background and (shot, *SIZE) not in renderer._bg_cache
    assert np.array_equal(pygame.surfarray.array3d(made[0]), want)


def test_an_inserts_first_frame_lets_go_of_the_rooms_plate_and_light_canvas_before_it_draws(room_ctx: Any) -> None:
    from game.room.render import PLATE

    renderer, layers = room_ctx.renderer, room_ctx.renderer.layers
    scene, snap, canvas = _first_still(room_ctx, "but her trembling lips revealed")
    before = _line_before_drawn(room_ctx, scene, canvas)
    assert not layers.inserts.has(before.shot.value) and layers.inserts.has(snap.shot.value)
    assert any(k[0] == PLATE and k[1] == before.shot.value for k in renderer._bg_cache)
    seen: list[tuple[bool, bool]] = []
    real = layers.draw_insert

    def draw_insert(*args: Any, **kw: Any) -> None:
        held = [k for k in renderer._bg_cache if before.shot.value in k]
        seen.append((bool(held), layers.fx.light_map._baked is not None))
        real(*args, **kw)

    layers.draw_insert = draw_insert
    try:
        renderer.draw(canvas, snap, scene.now, scene.pen_uv)
    finally:
        del layers.draw_insert
    assert seen == [(False, False)], "the room's plate or light canvas held while the insert drew"


def test_a_cut_between_still_shots_lets_go_of_the_light_canvas_before_the_new_background(room_ctx: Any) -> None:
    renderer, layers = room_ctx.renderer, room_ctx.renderer.layers
    scene, snap, canvas = _first_still(room_ctx, "He wore a tailored suit")
    before = _line_before_drawn(room_ctx, scene, canvas)
    assert before.shot.value != snap.shot.value and before.move is None and snap.move is None
    seen: list[bool] = []
    real = renderer._scaled_background

    def scaled_background(*args: Any, **kw: Any) -> pygame.Surface:
        seen.append(layers.fx.light_map._baked is not None)
        return real(*args, **kw)

    renderer._bg_cache.clear()  # (the new shot's background made in the cut's frame, as when not made ahead)
    renderer._holes.clear()
    renderer._scaled_background = scaled_background
    try:
        renderer.draw(canvas, snap, scene.now, scene.pen_uv)
    finally:
        del renderer._scaled_background
    assert seen and not any(seen), "the old shot's light canvas held while the new background was made"
    assert layers.fx.light_map._baked is not None, "the new map not baked"


def test_a_moves_background_made_ahead_is_let_go_of_in_the_still_after_it(room_ctx: Any) -> None:
    from game.clock import STEP

    renderer, moves = room_ctx.renderer, room_ctx.renderer.moves
    scene, snap, canvas = _first_still(room_ctx, "Her expression was a mix of apprehension")
    assert snap.move is not None
    line = scene.director.line_number
    s = renderer.room.shots[snap.shot.value]
    moves.rest()
    from game.camera_fit import large_frame

    area, big_size, _scale = large_frame(snap.move, (s.rect.x, s.rect.y, s.rect.w, s.rect.h), SIZE[0])
    for _ in renderer.prepare_steps(snap.shot.value, snap, SIZE, snap.move):  # made ahead, as the line before does
        pass
    key = (area, *big_size)
    assert key in moves._bg and moves._ahead == key
    scene.update(6 * STEP)
    snap = scene.director.stage.at(scene.now)
    renderer.draw(canvas, snap, scene.now, scene.pen_uv)  # the move drawn from it
    assert moves._big is not None
    after = room_ctx.scenes.story()
    after.seek(line + 1, 0.0)
    after.update(STEP)
    still = after.director.stage.at(after.now)
    assert still.move is None
    renderer.draw(canvas, still, after.now, after.pen_uv)  # the still shot after it
    assert moves._big is None and key not in moves._bg, "the move's background held through the still shot"


def test_a_moves_first_frame_makes_the_props_outlines_before_its_large_frame(room_ctx: Any) -> None:
    from game.clock import STEP

    renderer, moves, props = room_ctx.renderer, room_ctx.renderer.moves, room_ctx.renderer.layers.props
    scene, snap, canvas = _first_still(room_ctx, "Her expression was a mix of apprehension")
    assert snap.move is not None
    moves.rest()
    scene.update(6 * STEP)
    snap = scene.director.stage.at(scene.now)
    calls: list[tuple[bool, bool, list[int]]] = []
    real = props.silhouettes

    def silhouettes(*args: Any, **kw: Any) -> Any:
        out = real(*args, **kw)
        calls.append((kw.get("begins", True), moves._big is None, [id(s) for s, _r, _f in out]))
        return out

    props.silhouettes = silhouettes
    try:
        renderer.draw(canvas, snap, scene.now, scene.pen_uv)  # the move's first frame
    finally:
        del props.silhouettes
    assert moves._big is not None
    early = [c for c in calls if not c[0]]
    assert early and early[0][1], "the outlines not made before the large frame"
    frame = [c for c in calls if c[0]]
    assert frame and frame[0][2] == early[0][2], "the frame's outlines not the ones made before it"
