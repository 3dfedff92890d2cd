"""The game's own frame log and autopilot (--frame-log, --autoplay, --quit-at-end), driven
through the real loop on a manual clock. What is checked is what a reader of the log
relies on, never how fast a frame was."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pygame
import pytest
from pilot import Pilot, build_app

from game.app import App
from game.failsafe import FAILED, PlayerGuard
from game.framelog import STOPPED, Autopilot, FrameLog, read_frame_cpu, read_frame_log


def instrumented(app: App, log: Path, quit_at_end: bool, cpu: bool = True) -> App:
    """What `python -m game --frame-log LOG [--frame-log-cpu] --autoplay [--quit-at-end]` adds to the app."""
    app.frame_log = FrameLog(log, cpu=cpu)
    app.autopilot = Autopilot(autoplay=True, quit_at_end=quit_at_end)
    app.ctx.prefs.replace(app.ctx.settings.with_changes(auto_advance=True, auto_delay=0.5))
    return app


def test_autoplay_leaves_the_title_and_logs_every_frame(tmp_path: Path) -> None:
    log = tmp_path / "frames.txt"
    pilot = Pilot(instrumented(build_app(audio=False), log, quit_at_end=False))
    try:
        assert pilot.advance(8.0) is None
        assert pilot.scene == "StoryScene", "the autopilot began the story from the title"
        drawn = pilot.app.frames
    finally:
        pilot.app.frame_log.close()  # type: ignore[union-attr]
        pygame.quit()
    rows = read_frame_log(log)
    assert len(rows) == drawn, "one line per drawn frame"
    assert all(len(line.split()) == 5 for line in log.read_text().splitlines())
    assert all(r[4] is not None and r[4] >= 0.0 for r in read_frame_cpu(log)), "each frame's CPU ms"
    seconds = [r[0] for r in rows]
    assert seconds == sorted(seconds) and seconds[0] >= 0.0
    assert all(r[1] >= 0.0 and r[2] > 0.0 for r in rows), "update and draw ms are measured"
    lines = [r[3] for r in rows]
    assert lines[0] == 0, "the title is off the story"
    assert lines[-1] >= 1, "the story's line is logged once it shows"
    assert lines == sorted(lines), "autoplay only moves forward"


def test_quit_at_end_ends_the_run_after_the_ending(tmp_path: Path) -> None:
    log = tmp_path / "frames.txt"
    app = instrumented(build_app(audio=False, start=85), log, quit_at_end=True, cpu=False)
    pilot = Pilot(app)
    try:
        code = pilot.advance(90.0)
        assert code == 0, "the run ends by itself, with status 0"
        assert pilot.scene == "EndingScene", "it ends on the ending, never back at the title"
    finally:
        app.frame_log.close()  # type: ignore[union-attr]
        pygame.quit()
    lines = [r[3] for r in read_frame_log(log)]
    assert {85, 86} <= set(lines) and lines[-1] == 0, "the last lines, then the ending (off the story)"
    # without --frame-log-cpu a line is exactly the four numbers the log promises
    assert all(len(line.split()) == 4 for line in log.read_text().splitlines())


def _broken_once(monkeypatch: pytest.MonkeyPatch, app: App) -> None:
    """The top scene's next update fails once (as a broken line would), as the failsafe catches it."""
    scene = type(app.stack.top)
    real = scene.update
    failed: list[bool] = []

    def update(self: Any, dt: float) -> None:
        if not failed:
            failed.append(True)
            raise ValueError("a broken line")
        real(self, dt)

    monkeypatch.setattr(scene, "update", update)


def _guarded(tmp_path: Path, start: int | None = None) -> Pilot:
    app = instrumented(build_app(audio=False, start=start), tmp_path / "frames.txt", quit_at_end=True, cpu=False)
    app.policy = PlayerGuard(tmp_path / "errors.log", show_box=False)
    return Pilot(app)


def test_a_quit_at_end_run_the_failsafe_takes_back_to_the_title_ends_at_once(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pilot = _guarded(tmp_path)
    try:
        assert pilot.advance(8.0) is None and pilot.scene == "StoryScene"
        _broken_once(monkeypatch, pilot.app)
        frames = pilot.app.frames
        code = pilot.advance(10.0)
        assert code == STOPPED and STOPPED not in (0, FAILED), "its own status: the ending will not come"
        assert pilot.app.frames == frames + 1, "in the error's frame, not after the title has been waited on"
        assert pilot.scene == "TitleScene" and "a broken line" in (tmp_path / "errors.log").read_text()
    finally:
        pilot.app.frame_log.close()  # type: ignore[union-attr]
        pygame.quit()


def test_an_ending_the_failsafe_breaks_ends_a_quit_at_end_run_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pilot = _guarded(tmp_path, start=86)
    try:
        pilot.until(lambda p: p.scene == "EndingScene", 60 * 120)
        _broken_once(monkeypatch, pilot.app)
        assert pilot.advance(10.0) == STOPPED
    finally:
        pilot.app.frame_log.close()  # type: ignore[union-attr]
        pygame.quit()


def test_a_players_own_way_back_to_the_title_ends_nothing(tmp_path: Path) -> None:
    pilot = _guarded(tmp_path)
    try:
        assert pilot.advance(8.0) is None and pilot.scene == "StoryScene"
        stack = pilot.app.stack
        stack.fade_to(pilot.app.ctx.scenes.title(), 1.6)  # (as the menu's "Back to title" does)
        assert pilot.advance(6.0) is None, "the run goes on"
        assert pilot.scene == "TitleScene" and pilot.app.autopilot.status == 0  # type: ignore[union-attr]
    finally:
        pilot.app.frame_log.close()  # type: ignore[union-attr]
        pygame.quit()
