"""The supervisor restarts a killed child and a hung child within 3 seconds, and backs off."""

from __future__ import annotations

import itertools
import logging
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from game.kiosk.config import OPERATOR_QUIT
from game.kiosk.supervisor import Supervisor, backoff

FAKE = Path(__file__).with_name("fake_child.py")
ROOT = Path(__file__).parents[2]
RESTART_WITHIN = 3.0  # the requirement, measured honestly on the wall clock


class Running:
    """A supervisor in a thread, recording (pid, monotonic time) of every child it starts."""

    def __init__(self, mode: str, beats: int, stamps: Path, hang_after: float = 2.0) -> None:
        self.spawns: list[tuple[int, float]] = []
        self.supervisor = Supervisor([sys.executable, str(FAKE), mode, str(beats), str(stamps)],
                                     hang_after=hang_after, startup_grace=10.0,
                                     on_spawn=lambda pid, t: self.spawns.append((pid, t)))
        self.code: int | None = None
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        self.code = self.supervisor.run()

    def wait_spawns(self, n: int, timeout: float = 15.0) -> None:
        end = time.monotonic() + timeout
        while len(self.spawns) < n and time.monotonic() < end:
            time.sleep(0.01)
        assert len(self.spawns) >= n, f"only {len(self.spawns)} children started"

    def stop(self) -> None:
        self.supervisor.stop()
        self.thread.join(15)
        assert not self.thread.is_alive()


@pytest.fixture
def stamps(tmp_path: Path) -> Iterator[Path]:
    yield tmp_path


def last_beat(stamps: Path, pid: int, timeout: float = 10.0) -> float:
    end = time.monotonic() + timeout
    while not (stamps / str(pid)).exists() and time.monotonic() < end:
        time.sleep(0.01)
    return float((stamps / str(pid)).read_text())


def test_a_killed_child_is_restarted_within_3_seconds(stamps: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="game.kiosk.supervisor")
    run = Running("forever", 0, stamps)
    try:
        run.wait_spawns(1)
        pid = run.spawns[0][0]
        last_beat(stamps, pid)
        killed = time.monotonic()
        os.kill(pid, signal.SIGKILL)
        run.wait_spawns(2)
        assert run.spawns[1][1] - killed < RESTART_WITHIN
        assert run.spawns[1][0] != pid
        assert f"restart #1: game pid {pid} exited with status -9" in caplog.text
    finally:
        run.stop()
    assert run.code == 0
    with pytest.raises(ProcessLookupError):
        os.kill(run.spawns[-1][0], 0)  # stopping the supervisor stopped its child


def test_a_hung_child_is_killed_and_restarted_within_3_seconds_of_its_last_heartbeat(
        stamps: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="game.kiosk.supervisor")
    run = Running("hang", 3, stamps, hang_after=2.0)
    try:
        run.wait_spawns(2)
        hung_pid, _ = run.spawns[0]
        silent_from = last_beat(stamps, hung_pid)
        restarted = run.spawns[1][1]
        assert 2.0 <= restarted - silent_from < RESTART_WITHIN, "waited for the missing beats, then restarted"
        with pytest.raises(ProcessLookupError):
            os.kill(hung_pid, 0)  # the hung child was killed, not left behind
        assert f"game pid {hung_pid} hung (no heartbeat" in caplog.text
        assert f"restart #1: game pid {hung_pid} hung" in caplog.text
    finally:
        run.stop()


def test_restarts_that_keep_coming_back_off(stamps: Path) -> None:
    assert [backoff(n) for n in range(1, 9)] == [0, 1, 2, 4, 8, 16, 30, 30]
    run = Running("crash", 1, stamps)
    try:
        run.wait_spawns(4)
    finally:
        run.stop()
    times = [t for _, t in run.spawns]
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert gaps[0] < 1.0 and gaps[1] >= 1.0 and gaps[2] >= 2.0


def test_the_operator_quit_stops_the_supervisor_without_a_restart(stamps: Path) -> None:
    run = Running("quit", 2, stamps)
    run.thread.join(15)
    assert run.code == OPERATOR_QUIT and len(run.spawns) == 1


@pytest.mark.slow
def test_python_m_game_kiosk_runs_the_real_game_under_the_supervisor(tmp_path: Path) -> None:
    env = {**os.environ, "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy",
           "XDG_STATE_HOME": str(tmp_path / "state"), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    state = tmp_path / "state" / "whispers-of-the-heart"
    heartbeat = state / "heartbeat.json"
    proc = subprocess.Popen([sys.executable, "-m", "game", "--kiosk"], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    def child_pid(not_this: int | None, timeout: float) -> int:
        import json

        end = time.monotonic() + timeout
        while time.monotonic() < end:
            try:
                pid = int(json.loads(heartbeat.read_text(encoding="utf-8"))["pid"])
                if pid != not_this:
                    return pid
            except (OSError, ValueError, KeyError):
                pass
            time.sleep(0.05)
        raise AssertionError(f"no heartbeat from a new game within {timeout} s")

    stderr = b""
    try:
        first = child_pid(None, 60.0)
        killed = time.time()
        os.kill(first, signal.SIGKILL)
        second = child_pid(first, 60.0)
        log = (state / "supervisor.log").read_text(encoding="utf-8")
        assert f"restart #1: game pid {first} exited with status -9" in log
        started = [line for line in log.splitlines() if f"started the game: pid {second}" in line]
        stamp = time.mktime(time.strptime(started[0][:19], "%Y-%m-%d %H:%M:%S")) + int(started[0][20:23]) / 1000
        assert stamp - killed < RESTART_WITHIN
    finally:
        proc.send_signal(signal.SIGTERM)
        _, stderr = proc.communicate(timeout=20)
    assert proc.returncode == 0
    assert b"Traceback" not in stderr


def test_a_game_that_cannot_even_start_is_retried_not_fatal(caplog: pytest.LogCaptureFixture) -> None:
    supervisor = Supervisor(["/nonexistent/python", "-m", "game"])
    thread = threading.Thread(target=supervisor.run, daemon=True)
    with caplog.at_level(logging.ERROR, logger="game.kiosk.supervisor"):
        thread.start()
        time.sleep(0.3)
        supervisor.stop()
        thread.join(5)
    assert not thread.is_alive() and "cannot start the game" in caplog.text


def test_the_service_files_agree_with_the_code() -> None:
    from game.errors import Problem
    from game.kiosk.config import KioskConfig, load_kiosk_config

    unit = (ROOT / "tools" / "kiosk" / "whispers-kiosk.service").read_text(encoding="utf-8")
    assert "\nRestart=always\n" in unit and f"\nRestartPreventExitStatus={OPERATOR_QUIT}\n" in unit
    assert "python -m game --kiosk\n" in unit
    desktop = (ROOT / "tools" / "kiosk" / "whispers-kiosk.desktop").read_text(encoding="utf-8")
    assert "systemctl --user start whispers-kiosk.service" in desktop and "[Desktop Entry]" in desktop
    problems: list[Problem] = []
    assert load_kiosk_config(ROOT / "tools" / "kiosk" / "kiosk.example.toml", problems) == KioskConfig()
    assert problems == []
