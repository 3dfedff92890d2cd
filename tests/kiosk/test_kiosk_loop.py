"""Kiosk mode in the real loop: idling, no visitor exit, operator chords, errors, touch, health.

Every test drives `App.run` through the pilot: real posted events, a manual clock."""

from __future__ import annotations

import itertools
import json
import logging
import os
import random
from collections.abc import Callable, Iterator
from pathlib import Path

import pygame
import pytest
from pilot import FRAME, Pilot, build_app

from game.kiosk.config import OPERATOR_QUIT, TOO_MANY_ERRORS, KioskConfig
from game.kiosk.health import HeartbeatFile, HeartbeatPipe
from game.kiosk.panel import OperatorPanel
from game.kiosk.policy import RESET_FADE, KioskPolicy
from game.scenes.story import StoryScene
from game.scenes.title import TitleScene

CONFIG = KioskConfig(idle_advance_after=10.0, idle_line_pause=2.0, idle_reset_after=30.0)
CHORD_QUIT = (pygame.K_LCTRL, pygame.K_LSHIFT, pygame.K_q)
CHORD_PANEL = (pygame.K_RCTRL, pygame.K_RSHIFT, pygame.K_o)


@pytest.fixture
def kiosk() -> Iterator[Pilot]:
    yield Pilot(build_app(kiosk=CONFIG, audio=False))
    pygame.quit()


def policy_of(pilot: Pilot) -> KioskPolicy:
    assert isinstance(pilot.app.policy, KioskPolicy)
    return pilot.app.policy


def scene_types(pilot: Pilot) -> list[type]:
    return [type(s) for s in pilot.app.stack.scenes]


def begin(pilot: Pilot) -> None:
    """A visitor arrives: the title has been up for a second, and they tap it."""
    pilot.advance(1.0)
    pilot.tap()


def test_idle_story_advances_gently_then_fades_back_to_a_fresh_title(kiosk: Pilot) -> None:
    kiosk.frames(1)
    first_title = kiosk.app.stack.top
    seen: list[tuple[float, str, int | None]] = []

    def watch(p: Pilot) -> None:
        seen.append((p.now, p.scene, p.line))

    begin(kiosk)
    tapped = kiosk.now
    assert kiosk.advance(49.0, watch) is None
    story = [(t, line) for t, name, line in seen if name == "StoryScene"]
    advance_from = tapped + CONFIG.idle_advance_after
    assert story and {line for t, line in story if t < advance_from} == {1}, "no advancing before the idle time"
    changes = [(t, line) for (_, before), (t, line) in itertools.pairwise(story) if line != before]
    assert len(changes) >= 3, "the story went on by itself"
    assert changes[0][0] >= advance_from
    gaps = [b[0] - a[0] for a, b in itertools.pairwise(changes)]
    assert min(gaps) >= CONFIG.idle_line_pause - FRAME, "gently: each line stays a while"
    reset_at = advance_from + CONFIG.idle_reset_after
    assert all(t < reset_at + RESET_FADE for t, _ in story), "back to the title once the reset time passed"
    assert scene_types(kiosk) == [TitleScene]
    assert kiosk.app.stack.top is not first_title, "a fresh title, not the old one"
    assert policy_of(kiosk).resets == 1

    kiosk.advance(0.5)
    kiosk.tap()
    kiosk.advance(3.5)
    assert kiosk.line == 1, "a new visitor starts at the beginning"


def test_window_close_esc_alt_f4_f11_and_the_menu_are_ignored(kiosk: Pilot) -> None:
    begin(kiosk)
    kiosk.advance(2.0)
    kiosk.post(pygame.QUIT)
    kiosk.post(pygame.WINDOWCLOSE, window=None)
    kiosk.key(pygame.K_ESCAPE)
    kiosk.key(pygame.K_F4, pygame.KMOD_LALT)
    kiosk.key(pygame.K_F11)
    kiosk.key(pygame.K_RETURN, pygame.KMOD_LALT)
    kiosk.click(button=3)
    kiosk.wheel(1)
    assert kiosk.advance(2.0) is None, "the loop ran on"
    assert scene_types(kiosk) == [StoryScene], "no menu, no history"
    assert not kiosk.app.fullscreen
    assert kiosk.app.stack.requests == []


def test_holding_the_quit_chord_for_three_seconds_quits_and_a_shorter_hold_does_not(kiosk: Pilot) -> None:
    kiosk.advance(1.0)
    for k in CHORD_QUIT:
        kiosk.key_down(k)
    kiosk.advance(2.5)
    kiosk.key_up(pygame.K_q)
    assert kiosk.advance(4.5) is None, "a hold shorter than the chord's does not quit"

    kiosk.advance(1.0)
    pressed = kiosk.now
    kiosk.key_down(pygame.K_q)  # ctrl and shift are still held
    assert kiosk.advance(10.0) == OPERATOR_QUIT
    assert pressed + CONFIG.chord_hold <= kiosk.now <= pressed + CONFIG.chord_hold + 4 * FRAME


def test_the_panel_chord_opens_the_operator_panel_which_keys_and_taps_operate(kiosk: Pilot) -> None:
    policy = policy_of(kiosk)
    begin(kiosk)
    kiosk.advance(2.0)
    for k in CHORD_PANEL:
        kiosk.key_down(k)
    kiosk.advance(3.5)
    for k in CHORD_PANEL:
        kiosk.key_up(k)
    kiosk.key(pygame.K_LEFT)  # volume 100 % -> 90 %
    kiosk.key(pygame.K_DOWN)
    kiosk.key(pygame.K_RIGHT)  # advance after +5 s
    kiosk.advance(0.5)
    panel = kiosk.app.stack.top
    assert isinstance(panel, OperatorPanel) and policy.panel is panel
    assert scene_types(kiosk) == [StoryScene, OperatorPanel], "the story stays beneath"
    assert policy.volume == pytest.approx(0.9)
    assert policy.idle.advance_after == CONFIG.idle_advance_after + 5

    kiosk.advance(0.5)
    kiosk.tap(panel.targets(3)["press"].center)  # "restart"
    kiosk.advance(3.5)
    assert scene_types(kiosk) == [TitleScene] and policy.panel is None


def test_an_error_in_a_frame_is_logged_and_the_game_returns_to_the_title(
        kiosk: Pilot, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture,
        capsys: pytest.CaptureFixture[str]) -> None:
    real_update = StoryScene.update
    armed = {"left": 1}

    def broken(self: StoryScene, dt: float) -> None:
        if self.t > 2.0 and armed["left"]:
            armed["left"] -= 1
            raise RuntimeError("injected failure")
        real_update(self, dt)

    monkeypatch.setattr(StoryScene, "update", broken)
    with caplog.at_level(logging.ERROR):
        begin(kiosk)
        assert kiosk.advance(7.0) is None, "the game went on"
    assert armed["left"] == 0, "the failure was injected"
    assert scene_types(kiosk) == [TitleScene]
    errors = [r for r in caplog.records if "error in the game" in r.getMessage()]
    assert len(errors) == 1 and errors[0].exc_info is not None
    assert "injected failure" in caplog.text and policy_of(kiosk).errors == 1
    assert "Traceback" not in capsys.readouterr().err


def test_errors_every_frame_end_the_process_for_the_supervisor(kiosk: Pilot, monkeypatch: pytest.MonkeyPatch) -> None:
    def always(self: TitleScene, surface: pygame.Surface) -> None:
        raise ValueError("the title cannot draw")

    monkeypatch.setattr(TitleScene, "draw", always)
    assert kiosk.advance(30.0) == TOO_MANY_ERRORS
    assert policy_of(kiosk).errors == CONFIG.error_limit
    assert kiosk.now < CONFIG.error_window


def test_one_tap_is_one_advance_even_with_the_synthesised_click(kiosk: Pilot) -> None:
    begin(kiosk)
    kiosk.advance(5.0)  # line 1 is fully typed by now: one tap must show line 2, not line 3
    assert kiosk.line == 1
    kiosk.tap()
    kiosk.advance(1.0)
    assert kiosk.line == 2


def test_heartbeats_go_to_the_pipe_and_the_file(tmp_path: Path) -> None:
    read_end, write_end = os.pipe()
    beats = HeartbeatPipe(write_end)
    kiosk = Pilot(build_app(kiosk=CONFIG, audio=False, beats=beats,
                            heartbeat_file=HeartbeatFile(tmp_path / "heartbeat.json", lambda: 1.8e9)))
    try:
        begin(kiosk)
        kiosk.advance(4.0)
        received = os.read(read_end, 4096)
        assert 5.0 / CONFIG.heartbeat_every - 2 <= len(received) <= 5.0 / CONFIG.heartbeat_every + 2
        beat = json.loads((tmp_path / "heartbeat.json").read_text(encoding="utf-8"))
        assert beat["scene"] == "StoryScene" and beat["line"] == 1 and beat["frames"] > 0
        assert beat["rss_mb"] > 10 and beat["pid"] == os.getpid() and beat["errors"] == 0
    finally:
        os.close(read_end)
        os.close(write_end)
        pygame.quit()


def test_a_display_resolution_change_reopens_the_window(monkeypatch: pytest.MonkeyPatch) -> None:
    desktop = [(1920, 1080)]
    sizes: Callable[[], list[tuple[int, int]]] = lambda: list(desktop)  # noqa: E731
    kiosk = Pilot(build_app(kiosk=CONFIG, audio=False, desktop_sizes=sizes))
    opened: list[float] = []
    real_open = kiosk.app.open_window

    def spy(extra_flags: int = 0) -> None:
        opened.append(kiosk.now)
        assert extra_flags & pygame.NOFRAME, "a kiosk window is reopened borderless"
        real_open(extra_flags)

    monkeypatch.setattr(kiosk.app, "open_window", spy)
    try:
        assert kiosk.advance(3.0) is None
        changed = kiosk.now
        desktop[0] = (1280, 720)
        kiosk.post(pygame.WINDOWSIZECHANGED, x=1280, y=720, window=None)
        assert kiosk.advance(3.0) is None
        assert len(opened) == 1 and changed <= opened[0] <= changed + 2 * FRAME
        assert kiosk.app.frames >= int(6.0 / FRAME) - 2, "the loop kept drawing"
    finally:
        pygame.quit()


def test_after_the_ending_the_attract_loop_resumes_by_itself(kiosk: Pilot) -> None:
    kiosk.start_at(len(kiosk.app.ctx.script.lines))
    names: list[str] = []

    def watch(p: Pilot) -> None:
        if not names or names[-1] != p.scene:
            names.append(p.scene)

    assert kiosk.advance(CONFIG.idle_advance_after + 30.0, watch) is None
    assert names == ["StoryScene", "EndingScene", "TitleScene"]
    assert policy_of(kiosk).resets == 0, "the ending came back by itself, not by the idle reset"


def test_monkey_testing_never_exits_never_errors_never_opens_a_menu(kiosk: Pilot) -> None:
    rng = random.Random(1907)
    keys = [pygame.K_ESCAPE, pygame.K_F4, pygame.K_F11, pygame.K_TAB, pygame.K_a, pygame.K_SPACE, pygame.K_RETURN,
            pygame.K_BACKSPACE, pygame.K_PAGEUP, pygame.K_h, pygame.K_q, pygame.K_LCTRL, pygame.K_LSHIFT]
    tops: set[str] = set()
    depth: set[int] = set()

    def monkey(p: Pilot) -> None:
        tops.add(p.scene)
        depth.add(len(p.app.stack.scenes))
        for _ in range(rng.randrange(3)):
            roll = rng.random()
            at = (rng.uniform(0, 1919), rng.uniform(0, 1079))
            if roll < 0.3:
                p.tap(at)
            elif roll < 0.5:
                p.click(at, rng.choice([1, 2, 3]))
            elif roll < 0.8:
                p.key(rng.choice(keys), rng.choice([0, pygame.KMOD_ALT, pygame.KMOD_CTRL]))
            elif roll < 0.9:
                p.move(at)
            else:
                p.post(rng.choice([pygame.QUIT, pygame.WINDOWCLOSE, pygame.WINDOWFOCUSLOST]))

    assert kiosk.advance(150.0, monkey) is None, "never exits"
    assert policy_of(kiosk).errors == 0
    assert tops <= {"TitleScene", "StoryScene", "EndingScene"} and "StoryScene" in tops
    assert max(depth) <= 2
