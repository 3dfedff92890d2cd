"""The long sounds (themes, rain and fire loops) are decoded only while needed, and still play."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pygame
import pytest

from game.audio import MixerAudio, SoundState, open_audio
from game.audio.bank import is_long

CUES = Path(__file__).resolve().parents[2] / "assets" / "audio" / "cues.toml"


@pytest.fixture
def audio(monkeypatch: pytest.MonkeyPatch) -> Iterator[MixerAudio]:
    monkeypatch.setenv("SDL_AUDIODRIVER", "dummy")
    was_open = pygame.mixer.get_init() is not None
    made = open_audio(CUES, log=logging.getLogger("test.audio.bank"), seed=3)
    assert isinstance(made, MixerAudio)
    yield made
    made.close()
    if not was_open:
        pygame.mixer.quit()


def settle(audio: MixerAudio, mood: SoundState, steps: int = 3) -> None:
    for _ in range(steps):
        audio.wait_loaded(5.0)
        audio.update(1 / 60, mood)


def test_nothing_long_is_decoded_until_a_cue_asks(audio: MixerAudio) -> None:
    assert audio.bank.names() == [] and audio.bank.resident_bytes() == 0
    assert all(not is_long(audio._cues[name]) for name in audio._sounds)  # only short sounds resident


def test_a_theme_decodes_when_cued_plays_and_is_let_go_after(audio: MixerAudio) -> None:
    audio.bank.budget = 0
    audio.cue("music_her")
    settle(audio, SoundState())
    slot = next(s for s in audio._music if s.cue is not None)
    assert slot.channel.get_busy() and slot.pending is None
    assert audio.bank.names() == ["music_her"]
    audio.stop("music_her")
    for _ in range(8 * 60):
        audio.update(1 / 60, SoundState())
    assert all(s.cue is None for s in audio._music)
    assert audio.bank.names() == []  # faded out: its samples are freed


def test_a_crossfade_holds_both_themes_then_only_the_new_one(audio: MixerAudio) -> None:
    audio.bank.budget = 0
    audio.cue("music_him")
    settle(audio, SoundState())
    audio.cue("music_her")
    settle(audio, SoundState())
    assert sorted(audio.bank.names()) == ["music_her", "music_him"]
    for _ in range(8 * 60):
        audio.update(1 / 60, SoundState())
    assert audio.bank.names() == ["music_her"]


def test_a_third_theme_lets_the_first_go_at_once(audio: MixerAudio) -> None:
    """Three music cues within a crossfade (a visitor tapping on): the theme already fading under
    the second ends within LET_GO_MS of the third, so two themes are decoded, never three."""
    import time

    audio.bank.budget = 0
    for name in ("music_opening", "music_him"):
        audio.cue(name)
        settle(audio, SoundState())
    audio.cue("music_her")
    settle(audio, SoundState())
    end = time.monotonic() + 5.0  # SDL's fade runs on its audio thread: until it is over
    while "music_opening" in audio.bank.names() and time.monotonic() < end:
        time.sleep(0.05)
        audio.update(1 / 60, SoundState())
    assert sorted(audio.bank.names()) == ["music_her", "music_him"]
    him = next(s for s in audio._music if s.cue is not None and s.cue.name == "music_him")
    assert him.channel.get_busy() and not him.dying, "the one crossfading with the new theme fades as before"


def test_rain_decodes_when_it_starts_and_idle_loops_fit_the_budget(audio: MixerAudio) -> None:
    settle(audio, SoundState(rain=1.0))
    assert audio._voices["rain_light"].channel.get_busy()
    audio.bank.budget = 0
    for level in (2.0, 3.0, 4.0):
        settle(audio, SoundState(rain=level))
        for _ in range(4 * 60):  # past the fade and the linger of the level before
            audio.update(1 / 60, SoundState(rain=level))
    assert "rain_light" not in audio.bank.names()
    assert "rain_torrential" in audio.bank.names()


def test_a_theme_stopped_before_it_was_decoded_never_starts(audio: MixerAudio) -> None:
    audio.cue("music_kiss")
    audio.stop("music_kiss")
    settle(audio, SoundState())
    assert all(s.cue is None and not s.channel.get_busy() for s in audio._music)
