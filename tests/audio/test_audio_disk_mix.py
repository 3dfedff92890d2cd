"""What the player really hears: the mixed output of SDL's disk audio driver.

The scenarios in `disk_scenario.py` run once per module, each in its own subprocess, side by
side (about four seconds of real time in all: the driver writes in real time). Windows are cut at the byte marks
the scenario recorded at each phase change, with margins for the fades and the stdio
buffering of the file, so no assertion depends on how fast this machine is.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from numpy.typing import NDArray

ROOT = Path(__file__).resolve().parents[2]
CUES = ROOT / "assets" / "audio" / "cues.toml"
SCENARIO = Path(__file__).with_name("disk_scenario.py")
RATE = 44100
HEARD = 150.0  # RMS in s16 units (about -47 dBFS): clearly audible in a quiet room
SILENT = 4.0  # RMS in s16 units: nothing but rounding


class Mix:
    def __init__(self, frames: NDArray[np.float64], marks: list[int]) -> None:
        self.frames = frames
        self.marks = [m // 4 for m in marks]  # s16 stereo: 4 bytes a frame

    def phase(self, i: int, skip: float, trim: float = 0.06) -> NDArray[np.float64]:
        """Frames of phase i, skipping `skip` s after its start and `trim` s before its end."""
        a = self.marks[i] + int(skip * RATE)
        b = self.marks[i + 1] - int(trim * RATE)
        assert b - a > RATE // 10, f"phase {i} too short to judge ({b - a} frames)"
        return self.frames[a:b]


def blocks_rms(x: NDArray[np.float64], size: int = RATE // 20) -> NDArray[np.float64]:
    n = len(x) // size
    blocks = x[: n * size].reshape(n, size, -1)
    return np.asarray(np.sqrt((blocks**2).mean(axis=(1, 2))), dtype=np.float64)


def rms(x: NDArray[np.float64]) -> float:
    return float(np.sqrt((x**2).mean()))


def play_all(names: list[str], tmp: Path) -> dict[str, Mix]:
    """Run the scenarios side by side (they mostly sleep), then read each mix."""
    running = {}
    for name in names:
        raw = tmp / f"{name}.raw"
        env = dict(
            os.environ, SDL_AUDIODRIVER="disk", SDL_DISKAUDIOFILE=str(raw), PYGAME_HIDE_SUPPORT_PROMPT="1"
        )
        cmd = [sys.executable, str(SCENARIO), str(CUES), name]
        running[name] = (
            raw,
            subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True),
        )
    mixes = {}
    for name, (raw, proc) in running.items():
        out, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, out + err
        marks = json.loads(out.strip().splitlines()[-1])["marks"]
        mixes[name] = Mix(np.fromfile(raw, dtype="<i2").astype(np.float64).reshape(-1, 2), marks)
    return mixes


@pytest.fixture(scope="module")
def mixes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Mix]:
    room = play_all(["rain", "pen", "fire"], tmp_path_factory.mktemp("mix"))
    return room | play_all(["music"], tmp_path_factory.mktemp("music"))  # apart: less contention


@pytest.fixture
def rain_mix(mixes: dict[str, Mix]) -> Mix:
    return mixes["rain"]


@pytest.fixture
def pen_mix(mixes: dict[str, Mix]) -> Mix:
    return mixes["pen"]


@pytest.fixture
def fire_mix(mixes: dict[str, Mix]) -> Mix:
    return mixes["fire"]


def test_silent_before_the_rain(rain_mix: Mix) -> None:
    assert rms(rain_mix.phase(0, skip=0.0, trim=0.08)) < SILENT


def test_rain_is_heard_while_it_rains(rain_mix: Mix) -> None:
    # every 50 ms once the fade-in is done: rain, not a click or two
    assert blocks_rms(rain_mix.phase(1, skip=0.5)).min() > HEARD


def test_rain_is_gone_after_it_subsides(rain_mix: Mix) -> None:
    assert blocks_rms(rain_mix.phase(2, skip=1.1)).max() < SILENT


def test_rain_fades_out_rather_than_cutting_off(rain_mix: Mix) -> None:
    fall = blocks_rms(rain_mix.phase(2, skip=0.0))
    raining = rms(rain_mix.phase(1, skip=0.5))
    assert SILENT < fall[3] < raining  # 150-200 ms into the fade: quieter, not yet silent


def test_rain_comes_from_the_window_on_the_left(rain_mix: Mix) -> None:
    x = rain_mix.phase(1, skip=0.5)
    assert rms(x[:, 0]) > 1.5 * rms(x[:, 1])


@pytest.mark.parametrize("stroke", [1, 3])
def test_pen_scratches_during_strokes(pen_mix: Mix, stroke: int) -> None:
    assert blocks_rms(pen_mix.phase(stroke, skip=0.08)).min() > HEARD


@pytest.mark.parametrize("gap", [0, 2, 4])
def test_pen_is_silent_between_lines(pen_mix: Mix, gap: int) -> None:
    skip = 0.0 if gap == 0 else 0.2
    assert blocks_rms(pen_mix.phase(gap, skip=skip)).max() < SILENT


def test_brush_is_softer_than_nib(pen_mix: Mix) -> None:
    nib = rms(pen_mix.phase(3, skip=0.1))
    brush = rms(pen_mix.phase(5, skip=0.1))
    assert HEARD < brush < 0.7 * nib


def test_muted_pen_channel_is_silent(pen_mix: Mix) -> None:
    assert blocks_rms(pen_mix.phase(6, skip=0.35)).max() < SILENT


def test_fire_crackles_from_the_hearth_on_the_right(fire_mix: Mix) -> None:
    x = fire_mix.phase(3, skip=0.5)
    assert blocks_rms(x).min() > HEARD
    assert rms(x[:, 1]) > 1.5 * rms(x[:, 0])


def test_a_spark_burst_pops(fire_mix: Mix) -> None:
    embers = np.abs(fire_mix.phase(1, skip=0.3)).max()
    burst = np.abs(fire_mix.phase(2, skip=0.0)).max()
    assert burst > 1000 and burst > 8 * embers


def test_leaving_the_story_fades_everything_without_further_updates(rain_mix: Mix) -> None:
    assert blocks_rms(rain_mix.phase(3, skip=0.5)).min() > HEARD
    leaving = blocks_rms(rain_mix.phase(4, skip=0.0))
    assert leaving[1] > SILENT  # a fade...
    assert blocks_rms(rain_mix.phase(4, skip=0.7)).max() < SILENT  # ...to silence


def test_the_score_plays_in_the_centre_and_fades_out_when_stopped(mixes: dict[str, Mix]) -> None:
    music = mixes["music"]
    assert rms(music.phase(0, skip=0.0, trim=0.08)) < SILENT
    playing = music.phase(1, skip=0.3)
    assert rms(playing) > HEARD
    assert 0.6 < rms(playing[:, 0]) / rms(playing[:, 1]) < 1.6  # the piano spreads by register, no more
    fading = blocks_rms(music.phase(2, skip=0.0))
    assert fading[1] > HEARD  # not cut off...
    assert fading[-3:].max() < 0.5 * fading[:3].max()  # ...but fading away
