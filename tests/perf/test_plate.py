"""The back plate (game/room/render.py `_plate`): the tile background and the back props drawn
once a shot, the window and the clock painted again over it each frame. Its frames must equal
frames painted layer by layer, pixel for pixel, frame after frame: across light-map frames,
rain at the window, the clock's pendulum, a camera move, a dissolve and jumps in time."""

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


def plates(renderer: Any) -> list[Any]:
    from game.room.render import PLATE

    return [k for k in renderer._bg_cache if k[0] == PLATE]


def frames_equal(ctx: Any, line: int, steps: list[float]) -> int:
    """Draw each moment with the plate and without; assert they match; the plates made."""
    from game.scenes.story import StoryScene

    renderer = ctx.renderer
    scene = StoryScene(ctx)
    scene.seek(line, 0.0)
    plated, whole = pygame.Surface(SIZE).convert(), pygame.Surface(SIZE).convert()
    used = 0
    for k, dt in enumerate(steps):
        scene.update(dt)
        snap = scene.director.stage.at(scene.now)
        renderer.plates = True
        before = len(plates(renderer))
        renderer.draw(plated, snap, scene.now, scene.pen_uv)
        used += len(plates(renderer)) > 0 or before > 0
        renderer.plates = False
        try:
            renderer.draw(whole, snap, scene.now, scene.pen_uv)
        finally:
            renderer.plates = True
        assert differing(plated, whole) == 0, (line, k, scene.now)
    return used


@pytest.mark.parametrize("what", LINES)
def test_plated_frames_equal_whole_repaints(ctx: Any, what: str) -> None:
    from game.clock import STEP

    steps = [STEP if k != 25 else 2.7 for k in range(40)]  # a jump forward too: rain, pendulum, figures
    used = frames_equal(ctx, line_of(ctx, what), steps)
    if what == LINES[0]:  # (the window close-up in the downpour is drawn whole: the window is most of it)
        assert used > 0, "the renderer drew over a back plate"


def test_plated_dissolve_equals_whole_repaints(ctx: Any) -> None:
    """A dissolve draws two shots a frame (the old one once, frozen): from the wide room to her seat."""
    from dataclasses import replace

    from game.scenes.story import StoryScene
    from game.story.stage import Change

    renderer = ctx.renderer
    scene = StoryScene(ctx)
    scene.seek(line_of(ctx, LINES[0]), 0.0)
    scene.update(0.1)
    others = [s for s in renderer.room.shots if s != "wide" and not (renderer.layers.inserts and renderer.layers.inserts.has(s))]
    plated, whole = pygame.Surface(SIZE).convert(), pygame.Surface(SIZE).convert()
    for k in range(8):
        t = scene.now + 0.1 * k
        snap = replace(scene.director.stage.at(t), shot=Change(others[0], scene.now, "wide", 2.0))
        renderer.plates = True
        renderer.draw(plated, snap, t, None)
        renderer.plates = False
        try:
            renderer.draw(whole, snap, t, None)
        finally:
            renderer.plates = True
        assert differing(plated, whole) == 0, k
    from game.room.render import BG_KEPT, HOLE

    assert len(plates(renderer)) >= 1 and len([k for k in renderer._bg_cache if k[0] != HOLE]) <= BG_KEPT


def test_the_plate_holds_the_back_props(ctx: Any) -> None:
    """Without the back props on the plate, a plated frame misses them (the test above would
    notice a plate that was wrong; this one that the plate is what is drawn)."""
    from game.scenes.story import StoryScene

    renderer = ctx.renderer
    scene = StoryScene(ctx)
    scene.seek(line_of(ctx, LINES[0]), 0.0)
    scene.update(0.1)
    snap = scene.director.stage.at(scene.now)
    plated, whole = pygame.Surface(SIZE).convert(), pygame.Surface(SIZE).convert()
    renderer._bg_cache.clear()
    layers = renderer.layers
    real = layers.draw_plate
    layers.draw_plate = lambda *a, **k: None
    try:
        renderer.draw(plated, snap, scene.now, scene.pen_uv)
    finally:
        layers.draw_plate = real
        renderer._bg_cache.clear()
    renderer.plates = False
    try:
        renderer.draw(whole, snap, scene.now, scene.pen_uv)
    finally:
        renderer.plates = True
    assert differing(plated, whole) > 1000
