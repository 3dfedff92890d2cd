"""The capture's sound track: the game's cues mixed offline, deterministically, by the live rules."""

from __future__ import annotations

import wave
from pathlib import Path

import numpy as np

from game.assets import Assets
from game.audio import Cue, Roles, SoundState, load_cues
from game.soundtrack import RATE, OfflineAudio, read_sound, write_wav

STEP = 1 / 60


def _wav(path: Path, seconds: float, freq: float) -> Path:
    t = np.arange(int(seconds * RATE)) / RATE
    data = (0.5 * np.sin(2 * np.pi * freq * t) * 32767).astype("<i2")
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(data.tobytes())
    return path


def _cues(tmp_path: Path) -> dict[str, Cue]:
    return {
        "sigh": Cue("sigh", (_wav(tmp_path / "sigh.wav", 0.5, 440.0),), "effects"),
        "rain_light": Cue("rain_light", (_wav(tmp_path / "rain.wav", 1.0, 200.0),), "ambience", pan=-0.6, loop=True),
        "hum": Cue("hum", (_wav(tmp_path / "hum.wav", 0.3, 300.0),), "effects", loop=True),
    }


def _rms(track: np.ndarray, start: float, end: float) -> np.ndarray:
    part = track[int(start * RATE): int(end * RATE)].astype(np.float64)
    return np.sqrt((part ** 2).mean(axis=0))


def _play(audio: OfflineAudio, seconds: float, mood: SoundState | None = None,
          at: dict[int, str] | None = None) -> None:
    for step in range(round(seconds / STEP)):
        if at and step in at:
            audio.cue(at[step])
        audio.update(STEP, mood or SoundState())


def test_a_cue_sounds_from_its_moment_on_and_the_track_keeps_time(tmp_path: Path) -> None:
    audio = OfflineAudio(_cues(tmp_path), seed=3)
    _play(audio, 2.0, at={60: "sigh"})  # at 1.0 s
    track = audio.track(fade_out=0.0)
    assert abs(len(track) - 2 * RATE) <= 1
    assert _rms(track, 0.0, 0.99).max() == 0.0
    assert _rms(track, 1.05, 1.45).min() > 3000
    assert _rms(track, 1.55, 2.0).max() == 0.0  # a one-shot ends with its file


def test_state_driven_rain_fades_in_panned_to_the_window(tmp_path: Path) -> None:
    audio = OfflineAudio(_cues(tmp_path), roles=Roles(rain=("rain_light",)))
    _play(audio, 3.0, SoundState(rain=1.0))
    track = audio.track(fade_out=0.0)
    early, settled = _rms(track, 0.0, 0.05), _rms(track, 2.0, 3.0)
    assert early.max() < settled.min() * 0.5  # faded in, never a click
    assert abs(settled[0] / settled[1] - 2.5) < 0.05  # the live pan law at pan -0.6: left 1, right 0.4


def test_script_loops_follow_the_story_state_and_fade_out(tmp_path: Path) -> None:
    audio = OfflineAudio(_cues(tmp_path))
    _play(audio, 2.0, SoundState(loops=frozenset({"hum"})))
    _play(audio, 3.0, SoundState(loops=frozenset()))
    track = audio.track(fade_out=0.0)
    assert _rms(track, 1.0, 2.0).min() > 3000
    assert _rms(track, 4.0, 5.0).max() == 0.0


def test_the_same_calls_give_the_same_samples(tmp_path: Path) -> None:
    tracks = []
    for _ in range(2):  # the real catalogue and its roles, whatever cues they have now
        audio = OfflineAudio.from_catalogue(Assets().cues, seed=11)
        for step in range(120):
            if step % 30 == 0:
                audio.fire_pop()
            audio.update(STEP, SoundState(rain=2.5, fire=0.8, clock_seconds=step * STEP))
        tracks.append(audio.track())
    assert np.array_equal(tracks[0], tracks[1]) and np.abs(tracks[0]).max() > 1000


def test_every_cue_of_the_catalogue_can_be_read(tmp_path: Path) -> None:
    for cue in load_cues(Assets().cues).values():
        for file in cue.files:
            data = read_sound(file)
            assert data.ndim == 2 and data.shape[1] == 2 and len(data) > 0, file


def test_the_track_is_written_as_16_bit_stereo(tmp_path: Path) -> None:
    audio = OfflineAudio(_cues(tmp_path))
    _play(audio, 0.5, at={0: "sigh"})
    write_wav(tmp_path / "t.wav", audio.track())
    with wave.open(str(tmp_path / "t.wav")) as w:
        assert (w.getnchannels(), w.getsampwidth(), w.getframerate()) == (2, 2, RATE)
        assert abs(w.getnframes() - RATE // 2) <= 1
