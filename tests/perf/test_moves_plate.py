"""A camera move's large frame is drawn over a back plate (game/camera.py `_plate`, MOVES, issue
13): the move draws its room at one scale over one area for the whole move, so the tile
background and the back props are drawn on it once and only the holes (the window, the clock)
are painted again each frame. Every back prop was blitted over the whole large frame each frame
(~28 ms at line 17 at 1080p). The frames equal frames painted layer by layer (also
tests/perf/test_plate.py, whose camera move now goes through the plate)."""

from __future__ import annotations

from typing import Any

import pygame
import pytest

PUSHES = ("She wrote about the ache of missing him,",  # line 57: a push over her shoulder (ots_her)
          "Her expression was a mix of apprehension",  # line 17: her_gaze, the window 0.69 of the frame
          )


def _whole_back_draws(ctx: Any, push: str, plates: bool, frames: int = 6) -> tuple[list[int], list[bytes]]:
    """Per frame of the push: the back layer's draws over the whole large frame (not a hole), and
    the frame's pixels."""
    from game.clock import STEP
    from game.scenes.story import StoryScene

    renderer = ctx.renderer
    line = next(n for n, ln in enumerate(ctx.script.lines, 1) if push in ln.text)
    scene = StoryScene(ctx)
    scene.seek(line, 0.0)
    props = renderer.layers.props
    real = props.draw
    whole: list[int] = [0]

    def draw(surface: pygame.Surface, view: Any, state: Any, t: float, layer: str) -> None:
        if layer == "back" and surface.get_clip().size == surface.get_size():
            whole[0] += 1
        real(surface, view, state, t, layer)

    props.draw = draw
    renderer.plates = plates
    canvas = pygame.Surface(pygame.display.get_surface().get_size()).convert()
    counts, pixels = [], []
    try:
        for _ in range(frames):
            scene.update(6 * STEP)
            snap = scene.director.stage.at(scene.now)
            assert snap.move is not None and not snap.move.done(scene.now)  # (the push is playing)
            whole[0] = 0
            renderer.draw(canvas, snap, scene.now, scene.pen_uv)
            counts.append(whole[0])
            pixels.append(pygame.image.tobytes(canvas, "RGB"))
    finally:
        props.draw = real
        renderer.plates = True
    return counts, pixels


@pytest.mark.parametrize("push", PUSHES)
def test_a_moves_back_props_are_drawn_once(room_ctx: Any, push: str) -> None:
    ctx = room_ctx
    counts, plated = _whole_back_draws(ctx, push, plates=True)
    assert counts[1:] == [0] * (len(counts) - 1), f"back props drawn over the whole large frame each frame: {counts}"
    _, whole = _whole_back_draws(ctx, push, plates=False)
    assert plated == whole  # the same pixels as every layer painted
