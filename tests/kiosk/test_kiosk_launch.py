"""The kiosk game as the supervisor starts it: config problems and a missing sound device are logged."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).parents[2]


def test_kiosk_child_logs_bad_config_lines_and_runs_silently_without_an_audio_device(tmp_path: Path) -> None:
    config = tmp_path / "config" / "whispers-of-the-heart" / "kiosk.toml"
    config.parent.mkdir(parents=True)
    config.write_text("[kiosk]\nchord_hold = 3\nidle_reset_after = \"soon\"\n", encoding="utf-8")
    state = tmp_path / "state" / "whispers-of-the-heart"
    env = {**os.environ, "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "no-such-device",
           "XDG_STATE_HOME": str(tmp_path / "state"), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    env.pop("WHISPERS_HEARTBEAT_FD", None)
    proc = subprocess.Popen([sys.executable, "-m", "game", "--kiosk-child"], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        end = time.monotonic() + 60
        beat = None
        while beat is None and time.monotonic() < end and proc.poll() is None:
            try:
                beat = json.loads((state / "heartbeat.json").read_text(encoding="utf-8"))
            except (OSError, ValueError):
                time.sleep(0.05)
        assert beat is not None and beat["scene"] == "TitleScene"
    finally:
        proc.send_signal(signal.SIGTERM)
        _, stderr = proc.communicate(timeout=20)
    assert proc.returncode == 0
    log = (state / "kiosk.log").read_text(encoding="utf-8")
    assert f"{config}:3: bad value for 'idle_reset_after': 'soon' must be a number (using 90.0)" in log
    assert "running silently" in log
    assert b"Traceback" not in stderr
