"""The next shot's back plate, made ahead while a line plays, is kept until the cut: the steps
that run again every PREPARE_AGAIN s (game/scenes/story.py) made the shot's tile background again
(the plate had let go of it), which pushed the plate out of the renderer's two (BG_KEPT), and the
plate was made again: two full-screen rasters a second while line 1 played (stop 26)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

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
    yield build_context(Assets(), Settings(), audio=False)
    pygame.quit()


def test_a_plate_made_ahead_is_not_made_again(ctx: Any) -> None:
    from game.clock import STEP
    from game.room.render import PLATE
    from game.scenes.story import StoryScene

    renderer = ctx.renderer
    made: list[object] = []
    name = "crop_steps" if hasattr(renderer.tiles, "crop_steps") else "crop"  # (made a band a step since stop 26)
    crop = getattr(renderer.tiles, name)

    def counted(rect: Any, size: Any) -> Any:
        made.append((rect.x, rect.y, rect.w, rect.h))
        return crop(rect, size)

    setattr(renderer.tiles, name, counted)
    try:
        scene = StoryScene(ctx)
        scene.seek(1, 0.0)  # the wide room; the next line cuts to the walls
        canvas = pygame.Surface(SIZE).convert()
        for _ in range(300):  # five seconds: the steps run again four times
            scene.update(STEP)
            scene.draw(canvas)
    finally:
        delattr(renderer.tiles, name)
    ahead = [k for k in renderer._bg_cache if k[0] == PLATE and k[1] != "wide"]
    assert ahead, "the next shot's plate was made ahead"
    assert len(made) == len(set(made)) == 2, made  # the wide's and the next shot's, once each
