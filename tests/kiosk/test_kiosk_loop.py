"""Kiosk mode in the real loop: idling, no visitor exit, operator chords, errors, touch, health."""

from __future__ import annotations

import itertools
import json
import logging
import os
import random
from pathlib import Path

import pygame
import pytest
from kiosk_loop import CONFIG, FRAME, at, click, key_down, key_up, make_kiosk, post, run_for, tap

from game.app import App
from game.kiosk.config import OPERATOR_QUIT, TOO_MANY_ERRORS
from game.kiosk.health import HeartbeatFile, HeartbeatPipe
from game.kiosk.panel import OperatorPanel
from game.kiosk.policy import KioskPolicy
from game.scenes.story import StoryScene
from game.scenes.title import EndingScene, TitleScene
from game.view import LOGICAL_H, LOGICAL_W, letterbox


@pytest.fixture
def app() -> App:
    a = make_kiosk()
    yield a
    pygame.quit()


def policy_of(app: App) -> KioskPolicy:
    assert isinstance(app.policy, KioskPolicy)
    return app.policy


def scene_line(app: App) -> tuple[str, int | None]:
    top = app.stack.top
    return (type(top).__name__, top.director.line_number if isinstance(top, StoryScene) else None)


def test_idle_story_advances_gently_then_fades_back_to_a_fresh_title(app: App) -> None:
    first_title = None
    seen: list[tuple[float, str, int | None]] = []

    def each(a: App, t: float) -> None:
        nonlocal first_title
        if first_title is None:
            first_title = a.stack.top
        if at(t, 1.0):
            tap()
        seen.append((t, *scene_line(a)))

    assert run_for(app, 50.0, each) == 0
    story = [(t, line) for t, name, line in seen if name == "StoryScene"]
    advance_from = 1.0 + CONFIG.idle_advance_after
    assert story and {line for t, line in story if t < advance_from} == {1}, "no advancing before the idle time"
    changes = [(t, line) for (_, before), (t, line) in itertools.pairwise(story) if line != before]
    assert len(changes) >= 3, "the story went on by itself"
    assert changes[0][0] >= advance_from
    gaps = [b[0] - a[0] for a, b in itertools.pairwise(changes)]
    assert min(gaps) >= CONFIG.idle_line_pause - FRAME, "gently: each line stays a while"
    reset_at = advance_from + CONFIG.idle_reset_after
    assert all(t < reset_at + 2.4 for t, _ in story), "back to the title once the reset time passed"
    assert [type(s) for s in app.stack.scenes] == [TitleScene]
    assert app.stack.top is not first_title, "a fresh title, not the old one"
    assert policy_of(app).resets == 1

    lines: list[int | None] = []

    def again(a: App, t: float) -> None:
        if at(t, 50.5):
            tap()
        lines.append(scene_line(a)[1])

    run_for(app, 4.0, again)
    assert lines[-1] == 1, "a new visitor starts at the beginning"


def test_window_close_esc_alt_f4_f11_and_the_menu_are_ignored(app: App) -> None:
    def each(a: App, t: float) -> None:
        if at(t, 1.0):
            tap()
        if at(t, 3.0):
            post(pygame.QUIT)
            post(pygame.WINDOWCLOSE, window=None)
            key_down(pygame.K_ESCAPE)
            key_down(pygame.K_F4, pygame.KMOD_LALT)
            key_down(pygame.K_F11)
            key_down(pygame.K_RETURN, pygame.KMOD_LALT)
            click(button=3)
            post(pygame.MOUSEWHEEL, x=0, y=1, flipped=False, precise_x=0.0, precise_y=1.0, touch=False)

    assert run_for(app, 5.0, each) == 0
    assert app.clock.now() >= 5.0, "the loop ran on to the end"
    assert [type(s) for s in app.stack.scenes] == [StoryScene], "no menu, no history"
    assert not app.fullscreen
    assert app.stack.requests == []


def test_holding_the_quit_chord_for_three_seconds_quits_and_a_shorter_hold_does_not(app: App) -> None:
    def short(a: App, t: float) -> None:
        if at(t, 1.0):
            for k in (pygame.K_LCTRL, pygame.K_LSHIFT, pygame.K_q):
                key_down(k)
        if at(t, 3.5):
            key_up(pygame.K_q)

    assert run_for(app, 8.0, short) == 0 and app.clock.now() >= 8.0

    def hold(a: App, t: float) -> None:
        if at(t, 9.0):
            key_down(pygame.K_q)  # ctrl and shift are still held

    assert run_for(app, 10.0, hold) == OPERATOR_QUIT
    assert 9.0 + CONFIG.chord_hold <= app.clock.now() <= 9.0 + CONFIG.chord_hold + 4 * FRAME


def _window_point(app: App, logical: tuple[float, float]) -> tuple[int, int]:
    assert app.window is not None
    x, y, w, h = letterbox(*app.window.get_size())
    return (round(x + logical[0] * w / LOGICAL_W), round(y + logical[1] * h / LOGICAL_H))


def test_the_panel_chord_opens_the_operator_panel_which_keys_and_taps_operate(app: App) -> None:
    policy = policy_of(app)

    def each(a: App, t: float) -> None:
        if at(t, 1.0):
            tap()
        if at(t, 3.0):
            for k in (pygame.K_RCTRL, pygame.K_RSHIFT, pygame.K_o):
                key_down(k)
        if at(t, 6.5):
            for k in (pygame.K_RCTRL, pygame.K_RSHIFT, pygame.K_o):
                key_up(k)
            key_down(pygame.K_LEFT)  # volume 100 % -> 90 %
            key_down(pygame.K_DOWN)
            key_down(pygame.K_RIGHT)  # advance after +5 s

    run_for(app, 7.0, each)
    panel = app.stack.top
    assert isinstance(panel, OperatorPanel) and policy.panel is panel
    assert [type(s) for s in app.stack.scenes] == [StoryScene, OperatorPanel], "the story stays beneath"
    assert policy.volume == pytest.approx(0.9)
    assert policy.idle.advance_after == CONFIG.idle_advance_after + 5
    restart = panel.targets(3)["press"].center

    def press_restart(a: App, t: float) -> None:
        if at(t, 7.5):
            tap(_window_point(a, restart))

    run_for(app, 4.0, press_restart)
    assert [type(s) for s in app.stack.scenes] == [TitleScene] and policy.panel is None


def test_an_error_in_a_frame_is_logged_and_the_game_returns_to_the_title(
        app: App, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture,
        capsys: pytest.CaptureFixture[str]) -> None:
    real_update = StoryScene.update
    armed = {"left": 1}

    def broken(self: StoryScene, dt: float) -> None:
        if self.t > 2.0 and armed["left"]:
            armed["left"] -= 1
            raise RuntimeError("injected failure")
        real_update(self, dt)

    monkeypatch.setattr(StoryScene, "update", broken)

    def each(a: App, t: float) -> None:
        if at(t, 1.0):
            tap()

    with caplog.at_level(logging.ERROR):
        assert run_for(app, 8.0, each) == 0
    assert app.clock.now() >= 8.0
    assert [type(s) for s in app.stack.scenes] == [TitleScene]
    errors = [r for r in caplog.records if "error in the game" in r.getMessage()]
    assert len(errors) == 1 and errors[0].exc_info is not None
    assert "injected failure" in caplog.text and policy_of(app).errors == 1
    assert "Traceback" not in capsys.readouterr().err


def test_errors_every_frame_end_the_process_for_the_supervisor(app: App, monkeypatch: pytest.MonkeyPatch) -> None:
    def always(self: TitleScene, surface: pygame.Surface) -> None:
        raise ValueError("the title cannot draw")

    monkeypatch.setattr(TitleScene, "draw", always)
    assert run_for(app, 30.0, None) == TOO_MANY_ERRORS
    assert policy_of(app).errors == CONFIG.error_limit
    assert app.clock.now() < CONFIG.error_window


def test_one_tap_is_one_advance_even_with_the_synthesised_click(app: App) -> None:
    lines: list[int | None] = []

    def each(a: App, t: float) -> None:
        if at(t, 1.0):
            tap()
        if at(t, 6.0):  # line 1 is fully typed by now: one tap must show line 2, not line 3
            tap()
        lines.append(scene_line(a)[1])

    run_for(app, 7.0, each)
    assert lines[-1] == 2


def test_heartbeats_go_to_the_pipe_and_the_file(tmp_path: Path) -> None:
    read_end, write_end = os.pipe()
    beats = HeartbeatPipe(write_end)
    app = make_kiosk(beats=beats, heartbeat_file=HeartbeatFile(tmp_path / "heartbeat.json", lambda: 1.8e9))
    try:
        def each(a: App, t: float) -> None:
            if at(t, 1.0):
                tap()

        run_for(app, 5.0, each)
        received = os.read(read_end, 4096)
        assert 5.0 / CONFIG.heartbeat_every - 2 <= len(received) <= 5.0 / CONFIG.heartbeat_every + 2
        beat = json.loads((tmp_path / "heartbeat.json").read_text(encoding="utf-8"))
        assert beat["scene"] == "StoryScene" and beat["line"] == 1 and beat["frames"] > 0
        assert beat["rss_mb"] > 10 and beat["pid"] == os.getpid() and beat["errors"] == 0
    finally:
        os.close(read_end)
        os.close(write_end)
        pygame.quit()


def test_a_display_resolution_change_reopens_the_window() -> None:
    desktop = [(1920, 1080)]
    app = make_kiosk(desktop_sizes=lambda: list(desktop))
    opened: list[float] = []
    real_open = app.open_window

    def spy() -> None:
        opened.append(app.clock.now())
        real_open()

    app.open_window = spy  # type: ignore[method-assign]
    try:
        def each(a: App, t: float) -> None:
            if at(t, 3.0):
                desktop[0] = (1280, 720)
                post(pygame.WINDOWSIZECHANGED, x=1280, y=720, window=None)

        assert run_for(app, 6.0, each) == 0
        assert len(opened) == 1 and 3.0 <= opened[0] <= 3.0 + 2 * FRAME
        assert app.frames >= int(6.0 / FRAME) - 2, "the loop kept drawing"
    finally:
        pygame.quit()


def test_after_the_ending_the_attract_loop_resumes_by_itself(app: App) -> None:
    scene = app.ctx.make_scene("story")
    assert isinstance(scene, StoryScene)
    app.stack.push(scene)
    scene.seek(len(app.ctx.script.lines), 0.0)
    names: list[str] = []

    def each(a: App, t: float) -> None:
        name = type(a.stack.top).__name__
        if not names or names[-1] != name:
            names.append(name)

    run_for(app, CONFIG.idle_advance_after + 30.0, each)
    assert names == ["StoryScene", "EndingScene", "TitleScene"]
    assert policy_of(app).resets == 0, "the ending came back by itself, not by the idle reset"
    assert EndingScene is not None


def test_monkey_testing_never_exits_never_errors_never_opens_a_menu(app: App) -> None:
    rng = random.Random(1907)
    keys = [pygame.K_ESCAPE, pygame.K_F4, pygame.K_F11, pygame.K_TAB, pygame.K_a, pygame.K_SPACE, pygame.K_RETURN,
            pygame.K_BACKSPACE, pygame.K_PAGEUP, pygame.K_h, pygame.K_q, pygame.K_LCTRL, pygame.K_LSHIFT]
    tops: set[str] = set()

    def each(a: App, t: float) -> None:
        for _ in range(rng.randrange(3)):
            roll = rng.random()
            pos = (rng.randrange(480), rng.randrange(270))
            if roll < 0.3:
                tap(pos)
            elif roll < 0.5:
                click(pos, rng.choice([1, 2, 3]))
            elif roll < 0.8:
                k = rng.choice(keys)
                key_down(k, rng.choice([0, pygame.KMOD_ALT, pygame.KMOD_CTRL]))
                key_up(k)
            elif roll < 0.9:
                post(pygame.MOUSEMOTION, pos=pos, rel=(1, 1), buttons=(0, 0, 0), touch=False)
            else:
                post(rng.choice([pygame.QUIT, pygame.WINDOWCLOSE, pygame.WINDOWFOCUSLOST]))
        tops.add(type(a.stack.top).__name__)

    assert run_for(app, 150.0, each) == 0
    assert app.clock.now() >= 150.0
    assert policy_of(app).errors == 0
    assert tops <= {"TitleScene", "StoryScene", "EndingScene"}
    assert len(app.stack.scenes) <= 2
