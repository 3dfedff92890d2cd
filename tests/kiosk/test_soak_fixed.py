"""The kiosk soak is deterministic (tools/kiosk/fixed.py): two runs of the same code play the same
frames, and the game itself keeps its real clock and its threads' pace.

Two soaks of half a simulated hour at 480x270, each with caches of its own (both cold), run side by
side (each the other's load): the same frames (each frame's scene and line, the window's pixels at
each report: the digest) and the same plays and resets at each report. Before the mode the making
ahead ran by the wall clock and the loader's reads were done whenever the thread got to them.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from game.scenes.ahead import MakingAhead
from game.scenes.base import SceneStack
from game.steps import wait_each
from tools.kiosk.fixed import GameTime, StepClock

ROOT = Path(__file__).parents[2]
ROW = re.compile(r"^\s*\d+\.\d\d\s+[\d.]+\s+(\d+\s+\w+\s+\d+\s+\d+\s+\d+)\s+[\d.]+\s+([0-9a-f]{16})$", re.M)


def _soak(tmp: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy", "XDG_CACHE_HOME": str(tmp / "c"),
           "XDG_STATE_HOME": str(tmp / "s"), "XDG_CONFIG_HOME": str(tmp / "g"), "PYTHONPATH": str(ROOT)}
    env.pop("WHISPERS_SOAK_FIXED", None)
    return subprocess.Popen([sys.executable, str(ROOT / "tools" / "kiosk" / "soak.py"), "--hours", "0.5",
                             "--start-hour", "10", "--size", "480x270", "--every", "10", "--max-growth", "1000",
                             "--ceiling", "1000"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)


def test_two_deterministic_soaks_play_the_same_frames(tmp_path: Path) -> None:
    runs = [_soak(tmp_path / "a"), _soak(tmp_path / "b")]
    outs = [run.communicate(timeout=900)[0] for run in runs]
    for run, out in zip(runs, outs, strict=True):
        assert run.returncode == 0, out
        assert "deterministic" in out, out
    rows = [ROW.findall(out) for out in outs]
    assert len(rows[0]) >= 3, outs[0]  # (the start, 10-minute reports, the end)
    assert rows[0] == rows[1], outs
    digests = [re.search(r"frames digest: (\w+) \((\d+) frames\)", out) for out in outs]
    assert digests[0] is not None and digests[1] is not None, outs
    assert digests[0].groups() == digests[1].groups()
    assert int(digests[0].group(2)) > 50  # the story played, not the title alone
    assert any("StoryScene" in row[0] for row in rows[0])


def test_the_game_keeps_the_real_clock_for_its_making_ahead() -> None:
    assert MakingAhead.ahead_clock is time.perf_counter
    assert SceneStack.ahead_clock is time.perf_counter


def test_the_step_clock_counts_reads_and_frames() -> None:
    game_time = GameTime()
    clock = StepClock(game_time, cost=0.001)
    first = clock()
    game_time.frame()
    assert clock() - first == pytest.approx(0.001 + 8 / 60)  # a read's cost, and a frame's 8 fixed steps


def test_a_pool_waited_on_has_each_job_done_when_it_is_given() -> None:
    pool = ThreadPoolExecutor(max_workers=1)
    wait_each(pool)
    try:
        jobs = [pool.submit(time.sleep, 0.01) for _ in range(3)]  # (not done at once on a free thread)
        assert all(job.done() for job in jobs)
    finally:
        pool.shutdown()
