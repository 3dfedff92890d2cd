"""The generated sounds: reproducible from tools/make_audio.py, small, and click-free."""
# The people and the paper are judged against the real thing in test_audio_realism.py,
# the ambience's repetition in test_audio_ambience.py.

from __future__ import annotations

import importlib.util
import itertools
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest
from numpy.typing import NDArray

from game.audio import load_cues
from tools.audiogen.dsp import read_audio

ROOT = Path(__file__).resolve().parents[2]
CUES = load_cues(ROOT / "assets" / "audio" / "cues.toml")


def read(path: Path) -> NDArray[np.float64]:
    x = read_audio(path)
    assert x.ndim == 1, f"{path.name}: the room's sounds are mono (the mixer pans them)"
    return x


def generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_audio", ROOT / "tools" / "make_audio.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_committed_sounds_are_what_the_generator_makes() -> None:
    # every one-shot byte for byte, and one long OGG loop by its decoded samples (all of
    # them: `python tools/make_audio.py --check`, about half a minute)
    gen = generator()
    names = [n for n in gen.SOUNDS if n not in gen.LONG] + ["rain-light"]
    assert gen.main(["--check", *names]) == 0


def test_the_checker_notices_a_changed_loop(tmp_path: Path) -> None:
    gen = generator()
    (tmp_path / "rain-light.ogg").write_bytes((ROOT / "assets" / "audio" / "rain-steady.ogg").read_bytes())
    assert gen.main(["--check", "--out", str(tmp_path), "rain-light"]) == 1


def test_every_sound_file_is_catalogued_and_the_set_is_small() -> None:
    files = set((ROOT / "assets" / "audio").glob("*.wav")) | set((ROOT / "assets" / "audio").glob("*.ogg"))
    music = set((ROOT / "assets" / "music").glob("*.ogg"))
    catalogued = {f.resolve() for c in CUES.values() for f in c.files}
    assert {f.resolve() for f in files | music} == catalogued
    assert sum(f.stat().st_size for f in files | music) < 7 * 1024 * 1024


@pytest.mark.parametrize("name", sorted(n for n, c in CUES.items() if c.loop))
def test_loops_are_seamless(name: str) -> None:
    x = read(CUES[name].file)
    steps = np.abs(np.diff(x))
    seam = abs(x[0] - x[-1])
    assert seam <= np.percentile(steps, 99.5), f"{name}: a click where the loop wraps"
    assert np.sqrt(np.mean(x * x)) > 0.003, f"{name}: nearly silent"


@pytest.mark.parametrize(
    "file", sorted(f.name for c in CUES.values() if not c.loop and c.channel != "music" for f in c.files)
)
def test_one_shots_start_and_end_in_silence(file: str) -> None:
    x = read(ROOT / "assets" / "audio" / file)
    assert abs(x[0]) < 0.01 and abs(x[-1]) < 0.01
    assert np.max(np.abs(x)) > 0.3


def test_rain_gets_louder_with_each_level() -> None:
    levels = [
        np.sqrt(np.mean(read(CUES[f"rain_{lv}"].file) ** 2)) * CUES[f"rain_{lv}"].volume
        for lv in ("light", "steady", "heavy", "torrential")
    ]
    assert all(a * 1.4 < b for a, b in itertools.pairwise(levels))


def test_brush_is_softer_and_darker_than_nib() -> None:
    def centroid(x: NDArray[np.float64]) -> float:
        mag = np.abs(np.fft.rfft(x))
        return float((mag * np.fft.rfftfreq(len(x), 1 / 44100)).sum() / mag.sum())

    nib, brush = read(CUES["pen_nib_slow"].file), read(CUES["pen_brush_slow"].file)
    assert np.sqrt(np.mean(brush**2)) < 0.6 * np.sqrt(np.mean(nib**2))
    assert centroid(brush) < 0.7 * centroid(nib)
