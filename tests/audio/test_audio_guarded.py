"""The real mixer (SDL's dummy driver) shrugs off bad input and broken channels."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pygame
import pytest

from game.audio import MixerAudio, SoundState, open_audio

CUES = Path(__file__).resolve().parents[2] / "assets" / "audio" / "cues.toml"
LOG = "test.audio.guarded"


@pytest.fixture
def audio(monkeypatch: pytest.MonkeyPatch) -> Iterator[MixerAudio]:
    monkeypatch.setenv("SDL_AUDIODRIVER", "dummy")
    was_open = pygame.mixer.get_init() is not None
    made = open_audio(CUES, log=logging.getLogger(LOG), seed=3)
    assert isinstance(made, MixerAudio)
    yield made
    made.close()
    if not was_open:
        pygame.mixer.quit()


def warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == LOG]


def test_unknown_names_are_logged_once_and_never_raise(
    audio: MixerAudio, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, logger=LOG):
        for _ in range(3):
            audio.cue("thunder")
            audio.loop("thunder")
            audio.set_volume("radio", 0.5)
            audio.set_muted("radio", True)
    logged = warnings(caplog)
    assert sum("thunder" in m for m in logged) == 1
    assert sum("radio" in m for m in logged) >= 1
    assert len(logged) <= 3


def test_nonsense_state_is_handled_not_just_swallowed(
    audio: MixerAudio, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, logger=LOG):
        for dt in (1 / 60, -1.0, 1e9, float("nan")):
            odd = SoundState(
                rain=float("nan"), fire=-3.0, clock_seconds=float("inf"), pen_speed=-5.0, hush=7.0
            )
            audio.update(dt, odd)
            audio.fire_pop()
    assert warnings(caplog) == []


class BrokenChannel:
    def __getattr__(self, name: str) -> object:
        def fail(*args: object, **kwargs: object) -> object:
            raise pygame.error("device unplugged")

        return fail


def test_a_failing_channel_is_reported_once_and_the_game_goes_on(
    audio: MixerAudio, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(audio._voices["rain_light"], "channel", BrokenChannel())
    with caplog.at_level(logging.INFO, logger=LOG):
        for _ in range(10):
            audio.update(1 / 60, SoundState(rain=1.0))
    logged = warnings(caplog)
    assert len(logged) == 1 and "device unplugged" in logged[0]


def test_script_loops_fade_in_and_out(audio: MixerAudio) -> None:
    audio.loop("heartbeat")
    slot = next(s for s in audio._effects if s.cue is not None and s.cue.name == "heartbeat")
    levels = []
    for _ in range(20):
        audio.update(1 / 60, SoundState())
        levels.append(slot.gain.value)
    assert 0.0 < levels[0] < levels[-1]  # faded in
    audio.loop("heartbeat")  # a second `loop` does not start a second heartbeat
    assert sum(1 for s in audio._effects if s.cue is not None and s.cue.name == "heartbeat") == 1
    audio.stop("heartbeat")
    for _ in range(120):
        audio.update(1 / 60, SoundState())
    assert all(s.cue is None or s.cue.name != "heartbeat" for s in audio._effects)


def heartbeats(audio: MixerAudio) -> list[float]:
    return [s.gain.value for s in audio._effects if s.cue is not None and s.cue.name == "heartbeat"]


def test_script_loops_follow_the_directors_set(audio: MixerAudio) -> None:
    beating = SoundState(loops=frozenset({"heartbeat"}))
    for _ in range(30):
        audio.update(1 / 60, beating)
    assert len(heartbeats(audio)) == 1 and heartbeats(audio)[0] > 0.5
    for _ in range(5):
        audio.update(1 / 60, SoundState())  # loops=None: the script loops are left alone
    assert heartbeats(audio)[0] > 0.5
    for _ in range(120):
        audio.update(1 / 60, SoundState(loops=frozenset()))  # rolled back to before `sound heartbeat loop`
    assert heartbeats(audio) == []


def test_a_loop_asked_for_again_after_stop_all_really_plays(audio: MixerAudio) -> None:
    audio.loop("heartbeat")
    audio.update(1 / 60, SoundState())
    audio.stop_all(fade=0.5)
    audio.loop("heartbeat")
    live = [s for s in audio._effects if s.cue is not None and s.cue.name == "heartbeat" and not s.dying]
    assert len(live) == 1 and live[0].target == 1.0


def music_gains(audio: MixerAudio) -> dict[str, float]:
    return {s.cue.name: s.gain.value for s in audio._music if s.cue is not None}


def test_a_music_cue_crossfades_with_the_one_before(audio: MixerAudio) -> None:
    audio.cue("music_him")
    audio.wait_loaded(5.0)  # a theme decodes on the sound worker, then starts
    for _ in range(30):
        audio.update(1 / 60, SoundState())
    audio.cue("music_her")
    audio.wait_loaded(5.0)
    audio.update(1 / 60, SoundState())
    both = music_gains(audio)
    assert both["music_her"] == 1.0 and 0.5 < both["music_him"] < 1.0  # the old one fading under
    assert all(s.channel.get_busy() for s in audio._music if s.cue is not None)  # both really sounding
    for _ in range(6 * 60):
        audio.update(1 / 60, SoundState())
    assert music_gains(audio) == {"music_her": 1.0}  # ...and gone


def test_music_ducks_under_the_pen_and_comes_back(audio: MixerAudio) -> None:
    audio.cue("music_exchange")
    writing = SoundState(pen_down=True, pen_speed=900.0, pen_hand="nib")
    for _ in range(60):
        audio.update(1 / 60, writing)
    ducked = audio._duck.value
    for _ in range(4 * 60):
        audio.update(1 / 60, SoundState())
    assert ducked < 0.7 and audio._duck.value == pytest.approx(1.0)


def test_music_is_not_hushed_at_the_kiss(audio: MixerAudio) -> None:
    for _ in range(5 * 60):
        audio.update(1 / 60, SoundState(hush=1.0))
    assert audio._bus["music"].value == pytest.approx(1.0) and audio._bus["ambience"].value < 0.1
