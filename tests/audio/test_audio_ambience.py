"""The room never repeats itself audibly: rain at every level and the fire, as the mixer
plays them (each loop repeated end to end), have a loudness envelope that correlates at
most 0.3 with itself at any lag from 1 to 20 s. A 3 s loop scores about 1.0 at 3 s."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from game.audio import load_cues, load_roles
from tools.audiogen.dsp import SR, read_audio
from tools.audiogen.measure import envelope_autocorrelation, looped

CUES_PATH = Path(__file__).resolve().parents[2] / "assets" / "audio" / "cues.toml"
CUES = load_cues(CUES_PATH)
ROLES = load_roles(CUES_PATH)
AMBIENCE = [*ROLES.rain, ROLES.fire]


@pytest.mark.parametrize("name", AMBIENCE)
def test_ambience_does_not_repeat_within_twenty_seconds(name: str) -> None:
    x = read_audio(CUES[name].file)
    assert len(x) > 22 * SR, f"{name}: a loop shorter than the longest lag repeats at its own length"
    worst, lag = envelope_autocorrelation(looped(x, 70.0))
    assert worst < 0.3, f"{name}: loudness repeats (r = {worst:.2f} at {lag:.1f} s)"


def test_the_measure_catches_a_short_loop() -> None:
    x = read_audio(CUES[ROLES.rain[-1]].file)[: 3 * SR]  # the old 3 s loop's length
    worst, lag = envelope_autocorrelation(looped(x, 70.0))
    assert worst > 0.9 and lag % 3.0 == pytest.approx(0.0, abs=0.11)


def test_gusts_move_the_rain_but_do_not_pump() -> None:
    # the envelope moves (weather, not a steady hiss) yet stays within a few dB
    from tools.audiogen.measure import envelope_db

    for name in AMBIENCE:
        spread = np.std(envelope_db(read_audio(CUES[name].file)))
        assert 0.3 < spread < 4.0, f"{name}: loudness spread {spread:.2f} dB"
