"""MEM2: a camera move's back plate is painted over the move's own tile background (its holes
cut from it first), not over a copy: at line 17 (her_gaze's push, 1080p) the copy was a 9.6 MiB
buffer beside the others in the move's first frame, the whole story's highest. The frames are
the same (tests/perf/test_moves_plate.py: the plate's frames equal frames painted layer by layer)."""

from __future__ import annotations

from collections.abc import Generator
from typing import Any

import pygame


def test_the_plate_is_the_moves_own_background_painted_over(room_ctx: Any) -> None:
    from game.clock import STEP
    from game.scenes.story import StoryScene

    ctx = room_ctx
    renderer = ctx.renderer
    line = next(n for n, ln in enumerate(ctx.script.lines, 1) if "Her expression was a mix of apprehension" in ln.text)
    scene = StoryScene(ctx)
    scene.seek(line, 0.0)
    made: list[pygame.Surface] = []
    real = renderer.tiles.laid_steps  # (a move's background: laid as its settled still lays its tiles)

    def laid_steps(*args: Any) -> Generator[None, None, pygame.Surface]:
        made.append((yield from real(*args)))
        return made[-1]

    renderer.tiles.laid_steps = laid_steps
    renderer.moves.rest()  # (no background made ahead: the first frame makes it)
    canvas = pygame.Surface(pygame.display.get_surface().get_size()).convert()
    try:
        scene.update(6 * STEP)
        snap = scene.director.stage.at(scene.now)
        assert snap.move is not None and not snap.move.done(scene.now)
        renderer.draw(canvas, snap, scene.now, scene.pen_uv)
    finally:
        renderer.tiles.laid_steps = real
    moves = renderer.moves
    assert moves._holes, "the push drew no back plate"
    (key,) = moves._holes
    assert any(moves._bg[key] is s for s in made), "the plate is a copy of the move's tile background"
