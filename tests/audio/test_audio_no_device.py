"""Without an audio device (or catalogue) the game runs silently and says so once."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pygame
import pytest

from game.audio import SoundState, open_audio

ROOT = Path(__file__).resolve().parents[2]
CUES = ROOT / "assets" / "audio" / "cues.toml"

EXERCISE = """
import logging, sys
from pathlib import Path
sys.path.insert(0, {root!r})
logging.basicConfig(level=logging.DEBUG, format="LOG %(name)s %(message)s", stream=sys.stdout)
from game.audio import SoundState, open_audio
audio = open_audio(Path({cues!r}), log=logging.getLogger("whispers.audio"))
print("ENABLED", audio.enabled)
for step in range(30):
    audio.update(1 / 60, SoundState(rain=3.0, fire=1.0, clock_seconds=step / 6, pen_down=True, pen_speed=400.0))
audio.cue("sigh"); audio.loop("heartbeat"); audio.stop("heartbeat"); audio.fire_pop()
audio.set_volume("pen", 0.3); audio.set_muted("ambience", True); audio.stop_all(); audio.close()
print("SURVIVED")
"""


def test_missing_device_runs_silently_with_one_log_line() -> None:
    env = dict(os.environ, SDL_AUDIODRIVER="no-such-audio-device", PYGAME_HIDE_SUPPORT_PROMPT="1")
    code = EXERCISE.format(root=str(ROOT), cues=str(CUES))
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert "ENABLED False" in lines and "SURVIVED" in lines
    logged = [line for line in lines if line.startswith("LOG whispers.audio")]
    assert len(logged) == 1 and "silently" in logged[0]


def test_mixer_init_failure_gives_silent_audio(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def no_device(*args: object, **kwargs: object) -> None:
        raise pygame.error("No available audio device")

    monkeypatch.setattr(pygame.mixer, "get_init", lambda: None)
    monkeypatch.setattr(pygame.mixer, "init", no_device)
    with caplog.at_level(logging.INFO, logger="test.audio"):
        audio = open_audio(CUES, log=logging.getLogger("test.audio"))
        audio.update(1 / 60, SoundState(rain=2.0))
        audio.cue("sigh")
    assert not audio.enabled
    assert len(caplog.records) == 1 and "No available audio device" in caplog.records[0].getMessage()


def test_broken_catalogue_gives_silent_audio(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    bad = tmp_path / "cues.toml"
    bad.write_text("[sigh\n", encoding="utf-8")
    with caplog.at_level(logging.INFO, logger="test.audio"):
        audio = open_audio(bad, log=logging.getLogger("test.audio"))
    assert not audio.enabled
    assert len(caplog.records) == 1 and str(bad) in caplog.records[0].getMessage()
