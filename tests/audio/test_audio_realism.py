"""People and paper judged against what they imitate, by spectrum and envelope.

The targets (written beside each generator in tools/make_audio.py) are the measurable
features of the real sound: where its energy sits in frequency, how it starts, swells and
ends, and for the heart, its rhythm. Each test measures the committed file.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from game.audio import load_cues
from tools.audiogen.dsp import SR, read_audio
from tools.audiogen.measure import band_share, envelope, flatness, onsets, peak_frequency

CUES = load_cues(Path(__file__).resolve().parents[2] / "assets" / "audio" / "cues.toml")


def takes(name: str) -> list[np.ndarray]:
    return [read_audio(f) for f in CUES[name].files]


def sounding(x: np.ndarray, floor_db: float = -20.0) -> float:
    """Seconds from the first to the last 10 ms block within floor_db of the peak."""
    e = envelope(x)
    loud = np.flatnonzero(e >= e.max() * 10 ** (floor_db / 20))
    return float((loud[-1] - loud[0] + 1) * 0.01)


def test_heartbeat_is_a_resting_lub_dub_low_in_the_chest() -> None:
    (x,) = takes("heartbeat")
    assert 60 <= 60 / (len(x) / SR) <= 70  # one beat a loop: 60-70 a minute
    beats = onsets(x, threshold=0.3)
    assert len(beats) == 2 and 0.25 <= beats[1] - beats[0] <= 0.35  # lub ... dub
    e = envelope(x)
    lub, dub = e[: int(beats[1] / 0.01)].max(), e[int(beats[1] / 0.01):].max()
    assert dub < lub  # the dub is the softer
    assert band_share(x, 40, 150) >= 0.8 and 40 <= peak_frequency(x) <= 150
    assert e[int((beats[0] + 0.15) / 0.01)] < 0.3 * lub  # a thump, not a boom


@pytest.mark.parametrize("variant", [0, 1, 2])
def test_page_turn_is_a_broadband_rustle_that_swells(variant: int) -> None:
    x = takes("page_turn")[variant]
    assert band_share(x, 1000, 8000) >= 0.65
    assert flatness(x, 1000, 8000) >= 0.6  # noise, not a tone
    e = envelope(x)
    start = np.flatnonzero(e > 0.1 * e.max())[0]
    assert np.argmax(e) - start >= 10  # loudest mid-gesture, at least 100 ms in: no impact
    assert len(onsets(x, threshold=0.5, gap=0.08)) >= 2  # irregular crinkles
    assert 0.5 <= sounding(x) <= 1.2


def test_sigh_is_a_short_inhale_then_a_long_formant_shaped_exhale() -> None:
    (x,) = takes("sigh")
    e = envelope(x)
    peak_at = int(np.argmax(e))
    assert peak_at * 0.01 >= 0.6  # the loudest is the breath out, after the breath in
    assert e[: peak_at - 20].max() <= 0.5 * e.max()  # the inhale is at most half as loud
    out = np.flatnonzero(e[peak_at:] >= 0.1 * e.max())
    assert 0.8 <= (out[-1] + 1) * 0.01 <= 2.0
    assert band_share(x, 300, 3500) >= 0.7
    assert 400 <= peak_frequency(x, 200, 8000) <= 1000  # the first formant leads
    assert flatness(x, 300, 3500) >= 0.2  # breath noise, no voiced tone


def test_notebook_close_is_a_low_quick_thump() -> None:
    (x,) = takes("notebook_close")
    assert band_share(x, 0, 300) >= 0.7
    e = envelope(x, block=0.005)
    peak_at = int(np.argmax(e))
    assert e[peak_at - 4] < 0.3 * e.max()  # from under a third to its peak within 20 ms
    after = np.flatnonzero(e[peak_at:] < 0.1 * e.max())
    assert after.size and after[0] * 0.005 <= 0.25  # 20 dB down within a quarter second


def test_notebook_open_creaks_then_lands() -> None:
    (x,) = takes("notebook_open")
    n = int(0.4 * SR)
    assert band_share(x[:n], 300, 1500) >= 0.5  # the spine's creak
    e = envelope(x)
    assert 0.6 <= np.argmax(e) * 0.01 <= 0.8  # the cover lands last, loudest
    assert band_share(x[int(0.7 * SR): int(0.9 * SR)], 0, 300) >= 0.5


@pytest.mark.parametrize("variant", [0, 1, 2])
def test_slide_is_leather_dragged_on_wood_with_no_impact(variant: int) -> None:
    x = takes("notebook_slide")[variant]
    assert band_share(x, 100, 1000) >= 0.5
    e = envelope(x)
    lo, hi = np.flatnonzero(e > 0.1 * e.max())[0], np.flatnonzero(e > 0.9 * e.max())[0]
    assert (hi - lo) * 0.01 >= 0.1  # pushed: a smooth rise
    assert 0.9 <= sounding(x, -30.0) <= 1.8
