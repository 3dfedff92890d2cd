"""The figures as seen past the front props (`RoomLayers.seen_people`) are taken from the next
light frame made ahead (game/fx/light_next.py), not worked out again by the frame that takes
its silhouettes (issue 13): at each new silhouette (10 a second) the frame made the same masks
again, 1.2 ms at 1080p. The pixels are those of frames that work them out themselves."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import numpy as np
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


def frames(ctx: Any, n: int) -> list[np.ndarray]:
    """n title frames from its start."""
    from game.clock import STEP
    from game.scenes.title import TitleScene

    scene = TitleScene(ctx)
    scene.enter()
    out = []
    canvas = pygame.Surface(SIZE).convert()
    for _ in range(n):
        scene.update(STEP)
        scene.draw(canvas)
        out.append(pygame.surfarray.array3d(canvas))
    return out


def test_the_frame_takes_the_seen_masks_made_ahead(ctx: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from game.room.layers import RoomLayers

    taken: list[int] = []
    ahead = RoomLayers._seen_ahead

    def counted(self: RoomLayers, people: Any) -> Any:
        got = ahead(self, people)
        taken.append(got is not None)
        return got

    monkeypatch.setattr(RoomLayers, "_seen_ahead", counted)
    kept = frames(ctx, 48)
    assert sum(taken) >= 4, "new silhouettes over 0.8 s (SILHOUETTE_FPS) took their seen masks made ahead"
    monkeypatch.setattr(RoomLayers, "_seen_ahead", lambda self, people: None)  # every frame works them out
    ctx.renderer.layers._seen = None
    ctx.renderer.layers.fx.light_map.upcoming = None
    whole = frames(ctx, 48)
    for k, (a, b) in enumerate(zip(kept, whole, strict=True)):
        assert np.array_equal(a, b), k
