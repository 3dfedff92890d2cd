"""The mix report measures what it says: loudness, true peak between samples, clipping;
and it plays the real story through the game's own sound bridge."""

from __future__ import annotations

import numpy as np
import pytest

from tools import mix_report

RATE = mix_report.RATE


def stereo(x: np.ndarray) -> np.ndarray:
    return (np.stack([x, x], axis=1) * 32767).astype(np.int16)


def test_loudness_of_a_known_tone() -> None:
    t = np.arange(5 * RATE) / RATE
    quiet = mix_report.levels(stereo(0.1 * np.sin(2 * np.pi * 1000 * t)))
    loud = mix_report.levels(stereo(0.4 * np.sin(2 * np.pi * 1000 * t)))
    assert loud.lufs - quiet.lufs == pytest.approx(12.04, abs=0.2)  # 4x the amplitude
    assert -21.5 < quiet.lufs < -18.5  # a 1 kHz tone at -20 dBFS reads about -20 LUFS
    assert quiet.clipped == 0 and quiet.peak == pytest.approx(-20.0, abs=0.1)


def test_true_peak_finds_the_peak_between_samples() -> None:
    t = np.arange(2 * RATE) / RATE
    x = 0.5 * np.sin(2 * np.pi * (RATE / 4) * t + np.pi / 4)  # every sample at 0.707 of the crest
    got = mix_report.levels(stereo(x))
    assert got.true_peak - got.peak == pytest.approx(3.0, abs=0.5)


def test_clipping_is_counted() -> None:
    x = np.clip(1.5 * np.sin(np.linspace(0, 200 * np.pi, RATE)), -1, 1)
    assert mix_report.levels(stereo(x)).clipped > 100


def test_the_first_line_of_the_story_is_heard_in_every_mix() -> None:
    tracks, seconds = mix_report.play(1, 1, None, None)
    assert seconds > 2.0
    assert set(tracks) == {"mix", *mix_report.CHANNELS}
    heard = {name: np.abs(t).max() for name, t in tracks.items()}
    assert heard["mix"] > 1000 and heard["ambience"] > 1000 and heard["music"] > 500  # rain, fire; the opening
    assert heard["pen"] == 0  # nothing is written in the first line
