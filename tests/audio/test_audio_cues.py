"""The cue catalogue: complete for the engine, and clear errors when it is broken."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.audio import CHANNELS, CueError, load_cues, load_roles

CUES = Path(__file__).resolve().parents[2] / "assets" / "audio" / "cues.toml"
ROLES = load_roles(CUES)
SCRIPT_CUES = ("notebook_open", "notebook_close", "page_turn", "notebook_slide", "sigh", "heartbeat")


def test_catalogue_has_every_sound_the_engine_and_story_need() -> None:
    cues = load_cues(CUES)
    needed = {name for _, name in ROLES.cues()} | set(SCRIPT_CUES)
    assert len(ROLES.rain) == 4 and len(ROLES.clock) == 2 and len(ROLES.pens) == 4
    assert needed <= set(cues)
    assert all(len(cues[n].files) >= 3 for n in (ROLES.fire_pop, "page_turn", "notebook_slide"))  # variants
    assert all(f.is_file() for c in cues.values() for f in c.files)
    assert all(c.channel in CHANNELS for c in cues.values())
    assert all(cues[n].loop for n in (*ROLES.rain, ROLES.fire, ROLES.heartbeat, *ROLES.pens))


def test_every_cue_has_a_caption_for_captions_and_screen_readers() -> None:
    cues = load_cues(CUES)
    for cue in cues.values():
        assert cue.caption.startswith("[") and cue.caption.endswith("]") and len(cue.caption) < 60, cue.name
    assert all(c.caption.startswith("[music:") for c in cues.values() if c.channel == "music")


def test_the_pen_and_the_sigh_duck_the_music() -> None:
    cues = load_cues(CUES)
    assert all(cues[n].duck > 0.2 for n in (*ROLES.pens, "sigh"))
    assert any(c.channel == "music" for c in cues.values())


def test_window_left_fire_right() -> None:
    cues = load_cues(CUES)
    assert all(cues[n].pan < 0 for n in ROLES.rain)
    assert cues[ROLES.fire].pan > 0


def write(tmp_path: Path, text: str) -> Path:
    (tmp_path / "a.wav").write_bytes(b"RIFF")
    path = tmp_path / "cues.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('[sigh]\nfile = "a.wav"\nchannel = "radio"\n', ["[sigh]", "channel", "radio"]),
        ('[sigh]\nfile = "a.wav"\nchannel = "effects"\nduck = 1.5\n', ["[sigh]", "duck"]),
        ('[sigh]\nfile = "a.wav"\nchannel = "effects"\ncaption = 3\n', ["[sigh]", "caption"]),
        ('[sigh]\nfile = "a.wav"\nchannel = "effects"\nvolume = 2\n', ["[sigh]", "volume"]),
        ('[sigh]\nfile = "a.wav"\nchannel = "effects"\nvolume = "loud"\n', ["[sigh]", "volume"]),
        ('[sigh]\nfile = "gone.wav"\nchannel = "effects"\n', ["[sigh]", "gone.wav"]),
        ('[sigh]\nfile = "a.wav"\nchannel = "effects"\nloud = 1\n', ["[sigh]", "loud"]),
        ('[sigh]\nchannel = "effects"\n', ["[sigh]", "file"]),
        ('[sigh]\nfiles = []\nchannel = "effects"\n', ["[sigh]", "files"]),
        ('[sigh]\nfiles = ["a.wav", "gone.wav"]\nchannel = "effects"\n', ["[sigh]", "gone.wav"]),
        ("[sigh\n", ["TOML"]),
        ('sigh = "a.wav"\n', ["[sigh]"]),
    ],
)
def test_malformed_catalogue_names_file_and_key(tmp_path: Path, text: str, words: list[str]) -> None:
    path = write(tmp_path, text)
    with pytest.raises(CueError) as err:
        load_cues(path)
    message = str(err.value)
    assert str(path) in message
    for word in words:
        assert word in message


def test_missing_catalogue_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(CueError, match=r"nowhere\.toml"):
        load_cues(tmp_path / "nowhere.toml")


def test_linter_can_skip_file_checks(tmp_path: Path) -> None:
    path = write(tmp_path, '[sigh]\nfile = "gone.wav"\nchannel = "effects"\n')
    assert load_cues(path, check_files=False)["sigh"].file.name == "gone.wav"
