"""A whole playthrough, title to ending to title, by posting real mouse clicks into the loop."""

from __future__ import annotations

import os
import signal

import pygame
import pytest

from game.app import App
from game.assets import Assets
from game.clock import STEP, ManualClock
from game.context import build_context
from game.scenes.story import StoryScene
from game.scenes.title import EndingScene, TitleScene
from game.settings import Settings


@pytest.fixture
def app() -> App:
    pygame.init()
    ctx = build_context(Assets(), Settings())
    a = App(ctx, ManualClock(), window_size=(480, 270))
    yield a
    pygame.quit()


def click(pos: tuple[int, int] = (240, 135)) -> None:
    pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONDOWN, button=1, pos=pos))
    pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONUP, button=1, pos=pos))


def test_clicking_through_plays_every_line_in_order_then_ending_then_title(app: App) -> None:
    clock = app.clock
    assert isinstance(clock, ManualClock)
    seen: list[int] = []
    scenes: list[str] = []
    total = len(app.ctx.script.lines)

    def hook(a: App) -> None:
        clock.advance(STEP)
        top = a.stack.top
        name = type(top).__name__
        if not scenes or scenes[-1] != name:
            scenes.append(name)
        if isinstance(top, StoryScene) and top.director.line_number and (
                not seen or seen[-1] != top.director.line_number):
            seen.append(top.director.line_number)
        if a.frames % 6 == 0:
            click()
        if isinstance(top, TitleScene) and len(scenes) > 3:
            a.running = False

    app.run(frame_hook=hook, max_frames=60 * 60 * 20)
    assert scenes == ["TitleScene", "StoryScene", "EndingScene", "TitleScene"]
    assert seen == list(range(1, total + 1))


def test_a_click_completes_a_typed_line_and_the_next_click_advances(app: App) -> None:
    app.open_window()
    scene = StoryScene(app.ctx)
    app.stack.push(scene)
    scene.update(0.1)
    assert not scene.line_complete()
    click()
    for event in pygame.event.get():
        app.handle(event)
    assert scene.line_complete() and scene.director.line_number == 1
    click()
    for event in pygame.event.get():
        app.handle(event)
    assert scene.director.line_number == 2


def test_window_close_and_sigterm_end_the_loop(app: App) -> None:
    frames = []

    def close(a: App) -> None:
        frames.append(a.frames)
        if a.frames == 3:
            pygame.event.post(pygame.event.Event(pygame.QUIT))

    assert app.run(frame_hook=close, max_frames=100) == 0
    assert app.frames == 4

    app2 = App(app.ctx, ManualClock(), window_size=(320, 180))

    def term(a: App) -> None:
        if a.frames == 2:
            os.kill(os.getpid(), signal.SIGTERM)

    assert app2.run(frame_hook=term, max_frames=100) == 0
    assert app2.frames == 3


def test_letterbox_keeps_16_9_in_any_window(app: App) -> None:
    app.window_size = (800, 800)
    app.open_window()
    canvas = app.canvas()
    assert canvas.get_size() == (800, 450) and canvas.get_abs_offset() == (0, 175)


def test_ending_returns_to_title_by_itself(app: App) -> None:
    app.open_window()
    app.stack.push(EndingScene(app.ctx))
    for _ in range(int(20 / STEP)):
        app.stack.update(STEP)
    assert isinstance(app.stack.top, TitleScene)
