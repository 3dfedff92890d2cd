"""WINDOW (issue 13): a frame is presented whole, or only where the one scene drawing it says it changed.

On SDL's X11 framebuffer every `flip` hands the X server the whole window (8 MB at 1080p,
~1 ms of its CPU a frame); `display.update(rects)` only those rects. A scene may offer
`changed_rects()` (its canvas rects its last draw changed; None: it cannot tell). The loop
uses them only when that scene drew this frame and the one before alone, and presents whole
after the window opened, was exposed or resized, under an overlay or a fade, or when the
top scene changed. Checked here on the dummy driver with `flip`/`update` recorded.
"""

from __future__ import annotations

from collections.abc import Iterator
from types import SimpleNamespace

import pygame
import pytest

from game import present as present_mod
from game.app import App
from game.clock import ManualClock
from game.present import EXPOSING
from game.scenes.base import Scene
from game.view import letterbox


class _Candle(Scene):
    """Paints its canvas; says its draws after the first changed one small rect."""

    def __init__(self, opaque: bool = True, tell: bool = True) -> None:
        super().__init__()
        self.opaque = opaque
        self.tell = tell
        self.draws = 0

    def draw(self, surface: pygame.Surface) -> None:
        if self.opaque:
            surface.fill((40, 30, 20))
        self.draws += 1

    def changed_rects(self) -> list[pygame.Rect] | None:
        return [pygame.Rect(100, 50, 30, 40)] if self.tell and self.draws > 1 else None


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """What each frame presented: "whole", or the list of window rects."""
    out: list[object] = []
    monkeypatch.setattr(present_mod.pygame.display, "flip", lambda: out.append("whole"))
    monkeypatch.setattr(present_mod.pygame.display, "update",
                        lambda rects: out.append([tuple(r) for r in rects]))
    return out


@pytest.fixture
def app() -> Iterator[App]:
    pygame.display.init()
    a = App(SimpleNamespace(), ManualClock())  # type: ignore[arg-type]  # draw() reads no context
    a.window = pygame.display.set_mode((1600, 1080))  # letterboxed: the canvas starts 90 px down
    yield a
    pygame.display.quit()


def test_after_the_first_frame_only_the_changed_rects_are_presented(app: App, shown: list[object]) -> None:
    app.stack.push(_Candle())
    for _ in range(3):
        app.draw()
    x, y, _w, _h = letterbox(1600, 1080)
    assert shown == ["whole", [(100 + x, 50 + y, 30, 40)], [(100 + x, 50 + y, 30, 40)]]


def test_an_exposed_or_resized_window_is_presented_whole(app: App, shown: list[object]) -> None:
    app.stack.push(_Candle())
    app.draw()
    app.draw()
    assert pygame.WINDOWEXPOSED in EXPOSING and pygame.WINDOWSIZECHANGED in EXPOSING
    app.window_changed()  # what the loop does on those events
    app.draw()
    app.draw()
    assert shown[2] == "whole" and shown[3] != "whole"


def test_an_overlay_a_fade_a_new_scene_or_a_scene_that_cannot_tell_is_presented_whole(
        app: App, shown: list[object]) -> None:
    first = _Candle()
    app.stack.push(first)
    app.draw()
    app.draw()
    app.stack.push(_Candle(opaque=False))  # a menu over the room: pixels the room does not know of
    app.draw()
    app.stack.pop()
    app.draw()  # the menu's pixels must go: whole
    second = _Candle()
    app.stack.push(second)  # another scene on top: its rects are from its own draws
    app.draw()
    app.draw()
    app.stack.fade_to(_Candle(), 1.0)
    app.draw()
    assert shown[1] != "whole"
    assert shown[2:5] == ["whole", "whole", "whole"]
    assert shown[5] != "whole"
    assert shown[6] == "whole", "under a fade"
    blind = App(SimpleNamespace(), ManualClock())  # type: ignore[arg-type]
    blind.window = app.window
    blind.stack.push(_Candle(tell=False))
    shown.clear()
    blind.draw()
    blind.draw()
    assert shown == ["whole", "whole"]
