"""The kept room (game/room/compose.py) repaints only what moved: its frames must equal whole
repaints pixel for pixel, frame after frame, across light-map frames and jumps in time."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pygame
import pytest

SIZE = (640, 360)
LINES = ("bathed in the soft glow", "rain intensified", "ticking of the antique clock", "As they held each other")
# the wide room, a downpour at the window, the clock, the two of them in the golden glow


@pytest.fixture(scope="module")
def ctx() -> Iterator[Any]:
    from game.assets import Assets
    from game.context import build_context
    from game.settings import Settings

    pygame.init()
    pygame.display.set_mode(SIZE)
    yield build_context(Assets(), Settings(), audio=False)
    pygame.quit()


def line_of(ctx: Any, what: str) -> int:
    return next(n for n, line in enumerate(ctx.script.lines, 1) if what in line.text)


def whole(ctx: Any, snap: Any, t: float, nib: tuple[float, float] | None) -> pygame.Surface:
    """The room painted whole, the old way: background, then every layer in order."""
    renderer = ctx.renderer
    out = pygame.Surface(SIZE).convert()
    shot = snap.shot.value
    out.blit(renderer._scaled_background(shot, SIZE), (0, 0))
    renderer.layers.draw(out, renderer.view_for(shot, out), snap, t, nib)
    return out


def differing(a: pygame.Surface, b: pygame.Surface) -> int:
    import numpy as np

    x, y = pygame.surfarray.pixels3d(a), pygame.surfarray.pixels3d(b)
    return int(np.count_nonzero(np.any(x != y, axis=2)))


@pytest.mark.parametrize("what", LINES)
def test_kept_frames_equal_whole_repaints(ctx: Any, what: str) -> None:
    from game.clock import STEP
    from game.scenes.story import StoryScene

    scene = StoryScene(ctx)
    scene.seek(line_of(ctx, what), 0.0)
    kept = pygame.Surface(SIZE).convert()
    partial = 0
    for k in range(40):
        scene.update(STEP if k != 25 else 2.7)  # a jump forward too: the figures and rain move far
        snap = scene.director.stage.at(scene.now)
        moves = getattr(ctx.renderer, "moves", None)  # a camera push-in or drift: game/camera.py
        if (snap.shot.progress(scene.now) < 1.0 or ctx.renderer.layers.inserts.has(snap.shot.value)
                or (moves is not None and moves.wants(ctx.renderer, snap.shot.value, snap))):
            continue  # a dissolve is two shots, an insert its own drawing: not the composer's
        ctx.renderer.draw(kept, snap, scene.now, scene.pen_uv)
        composer = ctx.renderer.composer
        assert composer is not None
        partial += composer.repainted < 1.0
        assert differing(kept, whole(ctx, snap, scene.now, scene.pen_uv)) == 0, (what, k)
    assert partial > 10, "most frames repaint only a part of the room"
