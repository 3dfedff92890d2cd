"""WINDOW (issue 13): a frame clears only the letterbox bars, not the whole window.

`App.draw` used to fill the whole window black before the scenes drew, a full-screen fill
a frame (0.2-0.35 ms at 1080p) whose pixels the opaque scene then painted over. Now only
the bars outside the 16:9 canvas are cleared. What that rests on is checked here: the bars
and the canvas tile the window, the loop leaves the canvas to the scene, and every opaque
scene paints every pixel of its canvas whatever was there before (the same picture over
black and over magenta).
"""

from __future__ import annotations

from collections.abc import Iterator
from types import SimpleNamespace
from typing import Any

import pygame
import pytest

from game.app import App
from game.clock import ManualClock
from game.scenes.base import Scene
from game.view import letterbox, letterbox_bars

MAGENTA = (255, 0, 255)


@pytest.mark.parametrize("size", [(1920, 1080), (1600, 1080), (2560, 1080), (1280, 1024), (641, 359), (64, 64)])
def test_the_bars_and_the_canvas_tile_the_window(size: tuple[int, int]) -> None:
    w, h = size
    rects = [pygame.Rect(letterbox(w, h))] + [pygame.Rect(b) for b in letterbox_bars(w, h)]
    assert sum(r.w * r.h for r in rects) == w * h, "no pixel missed, none twice"
    window = pygame.Rect(0, 0, w, h)
    assert all(window.contains(r) for r in rects)
    assert not any(a.colliderect(b) for i, a in enumerate(rects) for b in rects[i + 1:])
    if w * 9 == h * 16:
        assert letterbox_bars(w, h) == [], "a 16:9 window has no bars to clear"


class _Painter(Scene):
    """Notes a pixel of its canvas before painting all of it (an opaque scene's contract)."""

    def __init__(self, opaque: bool) -> None:
        super().__init__()
        self.opaque = opaque
        self.seen: tuple[int, ...] | None = None

    def draw(self, surface: pygame.Surface) -> None:
        self.seen = tuple(surface.get_at((surface.get_width() // 2, surface.get_height() // 2)))[:3]
        if self.opaque:
            surface.fill((30, 60, 90))


@pytest.fixture
def display() -> Iterator[None]:
    pygame.display.init()
    yield
    pygame.display.quit()


def _drawn_over_magenta(size: tuple[int, int], scene: _Painter) -> pygame.Surface:
    """One frame of the loop's draw over a window still holding the last frame (magenta)."""
    app = App(SimpleNamespace(), ManualClock())  # type: ignore[arg-type]  # draw() reads no context
    app.window = window = pygame.display.set_mode(size)
    app.stack.push(scene)
    window.fill(MAGENTA)  # last frame's pixels, bars included
    app.draw()
    return window


@pytest.mark.usefixtures("display")
def test_an_opaque_scene_gets_its_canvas_uncleared_and_the_bars_are_black() -> None:
    scene = _Painter(opaque=True)
    window = _drawn_over_magenta((1600, 1080), scene)
    assert scene.seen == MAGENTA, "the canvas was cleared before the scene painted it"
    _x, y, _w, h = letterbox(1600, 1080)
    assert tuple(window.get_at((5, y // 2)))[:3] == (0, 0, 0), "the bar above is cleared"
    assert tuple(window.get_at((800, y + h + 5)))[:3] == (0, 0, 0), "the bar below is cleared"
    assert tuple(window.get_at((800, y + h // 2)))[:3] == (30, 60, 90)


@pytest.mark.usefixtures("display")
def test_without_an_opaque_scene_the_whole_window_is_cleared() -> None:
    scene = _Painter(opaque=False)
    _drawn_over_magenta((1920, 1080), scene)
    assert scene.seen == (0, 0, 0)


def _same_over_any_background(scene: Any, canvas: pygame.Surface) -> None:
    canvas.fill((0, 0, 0))
    scene.draw(canvas)
    over_black = pygame.image.tobytes(canvas, "RGB")
    canvas.fill(MAGENTA)
    scene.draw(canvas)
    assert pygame.image.tobytes(canvas, "RGB") == over_black, "what was under the canvas shows through"


@pytest.mark.parametrize("line", [1, 19, 51, 67])
def test_the_story_paints_every_pixel_of_its_canvas(room_ctx: Any, line: int) -> None:
    """The wide room, a close shot, the rain at the window, the notebook page (80 more lines
    were checked the same way at 960x540 when this was written)."""
    canvas = pygame.display.get_surface()
    scene = room_ctx.scenes.story()
    scene.seek(line, 1.5)
    scene.update(1 / 60)
    _same_over_any_background(scene, canvas)


def test_the_title_paints_every_pixel_of_its_canvas(room_ctx: Any) -> None:
    canvas = pygame.display.get_surface()
    scene = room_ctx.scenes.title()
    scene.enter()
    for _ in range(30):
        scene.update(1 / 60)
    _same_over_any_background(scene, canvas)
