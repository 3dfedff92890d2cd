"""MOVE (stop 30, issue 16's 1080p ceiling): a camera move's buffers and the back plates keep no
pixels twice, and the same pixels are drawn.

- A back plate's holes (the window, the clock: painted again every frame over the tile background)
  keep that background in the plate itself, which is painted round them: the holes are the plate's
  own pixels, not copies (a move's at line 17 were 7.1 MiB at 1080p; a still shot's up to 0.4 screen).
- The end of a push, where the cut is blended with itself one pixel down, blends a band of rows at a
  time: a buffer of ROW_BAND + 1 rows, not a whole screen (8 MiB at 1080p, line 74).
Bytes and pixels are counted; nothing is timed."""

from __future__ import annotations

from typing import Any

import numpy as np
import pygame

SIZE = (640, 360)


def line_of(ctx: Any, what: str) -> int:
    return next(n for n, line in enumerate(ctx.script.lines, 1) if what in line.text)


def test_a_moves_holes_are_its_plates_own_pixels(room_ctx: Any) -> None:
    from game.clock import STEP
    from game.memory import surface_size
    from game.scenes.story import StoryScene

    ctx = room_ctx
    renderer, moves = ctx.renderer, ctx.renderer.moves
    scene = StoryScene(ctx)
    scene.seek(line_of(ctx, "Her expression was a mix of apprehension"), 0.0)
    moves.rest()
    canvas = pygame.Surface(SIZE).convert()
    scene.update(6 * STEP)
    snap = scene.director.stage.at(scene.now)
    assert snap.move is not None and not snap.move.done(scene.now)
    renderer.draw(canvas, snap, scene.now, scene.pen_uv)
    (key, holes), = moves._holes.items()
    plate = moves._bg[key]
    assert holes and all(c.get_parent() is plate for _r, c in holes), "a hole is a copy of the background"
    kept = [*moves._bg.values(), *moves._passes, moves._big]
    assert moves.memory_bytes() == sum(surface_size(s) for s in kept if s is not None)


def test_a_still_shots_holes_are_its_plates_own_pixels(room_ctx: Any) -> None:
    from game.clock import STEP
    from game.room.render import HOLE, PLATE
    from game.scenes.title import TitleScene

    renderer = room_ctx.renderer
    scene = TitleScene(room_ctx)
    scene.enter()
    canvas = pygame.Surface(SIZE).convert()
    scene.update(STEP)
    renderer.draw(canvas, scene.stage.at(scene.now), scene.now)
    plates = {k[1:]: s for k, s in renderer._bg_cache.items() if k[0] == PLATE}
    holes = [(k, s) for k, s in renderer._bg_cache.items() if k[0] == HOLE]
    assert plates and holes
    assert all(s.get_parent() is plates[k[1:-1]] for k, s in holes), "a hole is a copy of the background"
    assert renderer.memory_bytes() == sum(s.get_pitch() * s.get_height() for s in plates.values()
                                          ) + sum(s.get_pitch() * s.get_height() for k, s in renderer._bg_cache.items()
                                                  if k[0] not in (PLATE, HOLE))


def _blend_whole(scaled: pygame.Surface, size: tuple[int, int], u: int, v: int) -> pygame.Surface:
    """The cut blended across and down through a whole screen and a row (5fad20f's `_cut`)."""
    W, H = size
    row = pygame.Surface((W, H + 1), 0, scaled)
    row.blit(scaled, (0, 0))
    if u:
        scaled.set_alpha(u)
        row.blit(scaled, (-1, 0))
        scaled.set_alpha(None)
    out = pygame.Surface(size, 0, scaled)
    out.blit(row, (0, 0))
    row.set_alpha(v)
    out.blit(row, (0, -1))
    return out


def test_the_end_of_a_push_blends_down_in_bands_to_the_same_pixels(room_ctx: Any) -> None:
    from game.camera import ROW_BAND, CameraMoves, margin

    W, H = SIZE
    pad = margin(W)
    rng = np.random.default_rng(7)
    moves = CameraMoves()
    big = pygame.Surface((W + 2 * pad + 8, H + 2 * pad + 8)).convert()
    pygame.surfarray.blit_array(big, rng.integers(0, 256, (*big.get_size(), 3), dtype=np.uint8))
    frame = (pad + 0.5, pad + 0.25, float(W), float(H))  # at the push's end (scale 1), a fraction each way
    (_ix, _iw, _tw, _a, u), (_iy, _ih, _th, _b, v) = __import__("game.camera", fromlist=["_axes"])._axes(
        frame, SIZE, big.get_size())
    assert u and v  # blended across and down
    box = big.subsurface((pad, pad, W + 2, H + 2)).copy()  # what the cut reads (whole pixels from the framing's)
    want = _blend_whole(box, SIZE, u, v)
    moves._big = big
    got = pygame.Surface(SIZE).convert()
    moves._cut(frame, got, spent=True)
    assert np.array_equal(pygame.surfarray.array3d(got), pygame.surfarray.array3d(want))
    held = sum(p.get_pitch() * p.get_height() for p in moves._passes)
    assert 0 < held <= 4 * W * (ROW_BAND + 1), f"{held} bytes kept for the blend down"


def test_the_clock_lets_go_of_a_scale_not_asked_for_since_the_governors_last_look(room_ctx: Any) -> None:
    """The clock keeps its own rasters at two scales (game/art/clock.py); the props' looks let go of
    one not asked for since the last (the close shot's case, glass and turned hands were held for hours
    of the kiosk's play after the clock's close-up: 4.4 MiB at the 1080p soak's day peak, line 17)."""
    from game.view import View

    props = room_ctx.renderer.layers.props
    clock = props.clock
    assert clock is not None
    piece = next(p for p in props.pieces if p.name == props.clock_name)
    close, wide = View(4.0), View(1.0)
    clock._minutes = 600.0  # (as drawn at 10:00: `prepare` turns the hands too)
    props.watch()
    for view in (close, wide):  # the close shot's made ahead, and the shot shown
        props.prepare_piece(piece, view, SIZE)
    props.watch()  # a look: both were asked for since the last
    assert set(clock._kept) == {close.scale, wide.scale}
    props.prepare_piece(piece, wide, SIZE)  # until the next, only the shot shown's
    props.watch()
    assert set(clock._kept) == {wide.scale}
    sizes = {key[:2] for key in clock._kept[wide.scale]}
    assert clock._rotated and all(k[:2] in sizes for k in clock._rotated), "a hand turned at the close shot is kept"
