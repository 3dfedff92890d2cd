"""The kept room (game/room/compose.py) repaints only what moved: the renderer's frames must
equal whole repaints pixel for pixel, frame after frame, across light-map frames, camera
moves and jumps in time."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pygame
import pytest

SIZE = (640, 360)
LINES = ("bathed in the soft glow", "rain intensified", "ticking of the antique clock",
         "She read his words", "As they held each other")
# the wide room, a downpour at the window, the clock, a camera move over her shoulder,
# the two of them in the golden glow


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


def differing(a: pygame.Surface, b: pygame.Surface) -> int:
    import numpy as np

    x, y = pygame.surfarray.array3d(a), pygame.surfarray.array3d(b)
    return int(np.count_nonzero(np.any(x != y, axis=2)))


@pytest.mark.parametrize("what", LINES)
def test_kept_frames_equal_whole_repaints(ctx: Any, what: str) -> None:
    from game.clock import STEP
    from game.scenes.story import StoryScene

    renderer = ctx.renderer
    scene = StoryScene(ctx)
    scene.seek(line_of(ctx, what), 0.0)
    kept, whole = pygame.Surface(SIZE).convert(), pygame.Surface(SIZE).convert()
    partial = 0
    for k in range(40):
        scene.update(STEP if k != 25 else 2.7)  # a jump forward too: the figures and rain move far
        snap = scene.director.stage.at(scene.now)
        renderer.keep_frames = True
        before = renderer.composer.frames if renderer.composer is not None else 0
        renderer.draw(kept, snap, scene.now, scene.pen_uv)
        composer = renderer.composer
        if composer is not None and composer.frames > before:
            partial += composer.repainted < 1.0
        renderer.keep_frames = False
        try:
            renderer.draw(whole, snap, scene.now, scene.pen_uv)
        finally:
            renderer.keep_frames = True
        assert differing(kept, whole) == 0, (what, k)
    if what == LINES[0]:  # (a close shot where she leans over the page moves nearly all of it)
        assert partial > 10, "most frames of the wide room repaint only a part of it"
