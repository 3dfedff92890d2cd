"""Faults a player's machine or a gallery PC can have; the game plays on through each.

Each runs the real game in its own process (`fault_game.py`: the pilot's game on a
manual clock, its content copied where a file must be missing), because what is tested
is the process: no audio device, a missing sound or font, folders it cannot write, and
a SIGTERM to a playing game. A full disk during a save and a SIGKILL mid-save are in
tests/engine/test_saves_settings.py.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
ENV = {**os.environ, "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy", "PYGAME_HIDE_SUPPORT_PROMPT": "1"}


def play(tmp_path: Path, *args: str, env: dict[str, str] | None = None) -> str:
    proc = subprocess.run([sys.executable, str(HERE / "fault_game.py"), str(tmp_path), *args], capture_output=True,
                          text=True, env={**ENV, **(env or {})}, cwd=ROOT, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc.stdout + proc.stderr


def test_no_audio_device(tmp_path: Path) -> None:
    out = play(tmp_path, env={"SDL_AUDIODRIVER": "no-such-device"})
    assert "played to line" in out and "audio: off" in out


def test_a_missing_sound(tmp_path: Path) -> None:
    out = play(tmp_path, "--remove", "assets/audio/rain-light.ogg", "--remove", "assets/audio/sigh.wav")
    assert "played to line" in out


def test_a_missing_font(tmp_path: Path) -> None:
    out = play(tmp_path, "--remove", "assets/fonts/EBGaramond12-Regular.otf",
               "--remove", "assets/fonts/EBGaramond12-Italic.otf")
    assert "played to line" in out


def test_folders_it_cannot_write(tmp_path: Path) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the folders should be", encoding="utf-8")
    out = play(tmp_path, "--user-dir", str(blocked / "user"))
    assert "played to line" in out and "cannot save" in out
    assert blocked.read_text(encoding="utf-8") == "a file where the folders should be"


@pytest.mark.parametrize("when", ["playing"])
def test_sigterm_stops_a_playing_game_cleanly(tmp_path: Path, when: str) -> None:
    log = tmp_path / "frames.log"
    env = {**ENV, "XDG_STATE_HOME": str(tmp_path / "state"), "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_CACHE_HOME": str(tmp_path / "cache")}
    proc = subprocess.Popen([sys.executable, "-m", "game", "--windowed", "--size", "320x180", "--frame-log", str(log)],
                            env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        for _ in range(600):  # until the loop has drawn some frames
            if log.exists() and log.stat().st_size > 200:
                break
            time.sleep(0.1)
        assert proc.poll() is None, proc.communicate()
        proc.send_signal(signal.SIGTERM)
        _out, err = proc.communicate(timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    assert "Traceback" not in err
