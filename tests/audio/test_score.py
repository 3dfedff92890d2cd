"""The score: a readable source that parses into MIDI, rendered cues that play, and a
story that places them so the music follows it (and keeps out of the written lines)."""

from __future__ import annotations

import itertools
import shutil
from pathlib import Path

import mido
import numpy as np
import pygame
import pyloudnorm
import pytest

from game.audio import load_cues
from game.story import commands as c
from game.story.parser import parse_file
from tools import make_score
from tools.audiogen.dsp import SR, read_audio

ROOT = Path(__file__).resolve().parents[2]
CUES = load_cues(ROOT / "assets" / "audio" / "cues.toml")
SCORE = make_score.parse_score(make_score.SCORE.read_text(encoding="utf-8"), "score.txt")
STORY = parse_file(ROOT / "scenes" / "whispers.story")


def music_cue(name: str) -> str:
    return f"music_{name}"


def test_every_score_cue_is_catalogued_on_the_music_channel_and_placed_by_the_story() -> None:
    placed = {cmd.cue for cmd in STORY.commands if isinstance(cmd, c.Sound) and cmd.mode == "once"}
    for cue in SCORE:
        entry = CUES[music_cue(cue.name)]
        assert entry.channel == "music" and entry.file.name == f"{make_score.file_stem(cue.name)}.ogg"
        assert music_cue(cue.name) in placed, f"the story never plays {cue.name}"
    assert {n for n, e in CUES.items() if e.channel == "music"} == {music_cue(k.name) for k in SCORE}


def test_no_music_sounds_under_a_written_line() -> None:
    playing: set[str] = set()
    for cmd in STORY.commands:
        if isinstance(cmd, c.Sound) and CUES[cmd.cue].channel == "music":
            playing = set() if cmd.mode == "stop" else {cmd.cue}  # a new cue crossfades the last
        elif isinstance(cmd, c.Write):
            assert not playing, f"{cmd.src}: music {playing} under the written line"


def test_the_themes_fall_for_him_rise_for_her_and_resolve_in_d_major() -> None:
    def melody(cue: str) -> list[int]:
        (found,) = [k for k in SCORE if k.name == cue]
        return [n.pitch for n in found.voices["rh"].notes]

    him, her = melody("him")[:4], melody("her")[:4]
    assert all(a > b for a, b in itertools.pairwise(him))  # A G F E: falling
    assert all(a < b for a, b in itertools.pairwise(her))  # D E F A: rising
    (kiss,) = [k for k in SCORE if k.name == "kiss"]
    last = max(n.beat for n in kiss.voices["rh"].notes)
    final = {n.pitch % 12 for v in kiss.voices.values() for n in v.notes if n.beat >= last - 0.1}
    assert final == {2, 6, 9}  # D F# A


def test_midi_has_the_instruments_and_the_notes() -> None:
    (hands,) = [k for k in SCORE if k.name == "hands"]
    mid = make_score.to_midi(hands)
    programs = {m.program for t in mid.tracks for m in t if m.type == "program_change"}
    notes = [m for t in mid.tracks for m in t if m.type == "note_on"]
    assert programs == {0, 49, 42}  # piano, strings, cello
    assert len(notes) == sum(len(v.notes) for v in hands.voices.values())
    assert mid.length == pytest.approx(sum(60 / 56 * 3 for _ in range(11)), rel=0.15)
    assert make_score.to_midi(hands).tracks[1] == mid.tracks[1]  # seeded: the same every time
    assert isinstance(mid, mido.MidiFile)


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("[a]\nvoice rh piano\nrh: C4/1 | D4/2 |\n", "score.txt:3: bar line at beat 1"),
        ("[a]\nvoice rh kazoo\n", "score.txt:2: no instrument 'kazoo'"),
        ("[a]\nvoice rh piano\nrh: H4/3\n", "score.txt:3: 'H4' is not a note"),
        ("[a]\nvoice rh piano\nlh: C4/3\n", "score.txt:3: no voice 'lh'"),
        ("[a]\nvoice rh piano\nvoice lh piano\nrh: C4/3\nlh: C3/6\n", "score.txt:1: [a] voices end"),
        ("rh: C4\n", "score.txt:1: write a [cue] first"),
    ],
)
def test_a_score_mistake_names_file_and_line(text: str, where: str) -> None:
    with pytest.raises(make_score.ScoreError, match=None) as err:
        make_score.parse_score(text, "score.txt")
    assert str(err.value).startswith(where)


@pytest.mark.parametrize("cue", [k.name for k in SCORE])
def test_rendered_cues_are_at_one_loudness_and_never_clip(cue: str) -> None:
    x = read_audio(make_score.OUT / f"{make_score.file_stem(cue)}.ogg")
    assert x.ndim == 2 and x.shape[1] == 2
    assert pyloudnorm.Meter(SR).integrated_loudness(x) == pytest.approx(make_score.MUSIC_LUFS, abs=1.0)
    assert np.abs(x).max() <= 10 ** (-0.8 / 20)
    assert np.abs(x[-100:]).max() < 0.01  # it ends in silence, never cut off


def test_pygame_plays_the_music_files(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SDL_AUDIODRIVER", "dummy")
    was_open = pygame.mixer.get_init() is not None
    if not was_open:
        pygame.mixer.init(frequency=SR, size=-16, channels=2)
    try:
        sound = pygame.mixer.Sound(str(CUES["music_ending"].file))
        assert sound.get_length() == pytest.approx(len(read_audio(CUES["music_ending"].file)) / SR, abs=0.05)
    finally:
        if not was_open:
            pygame.mixer.quit()


@pytest.mark.skipif(shutil.which("fluidsynth") is None or not make_score.SOUND_FONT.is_file(),
                    reason="fluidsynth and fluid-soundfont-gm are not installed")
def test_the_committed_render_is_what_the_score_makes() -> None:
    assert make_score.main(["--check", "ending"]) == 0
