"""Saves and settings survive, and damaged files are reported, kept, and never crash the game."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from game.errors import Problem
from game.saves import Save, load_save, write_save
from game.settings import Settings, SettingsNotSaved, load_settings, save_settings


def test_a_save_round_trips(tmp_path: Path) -> None:
    path = tmp_path / "state" / "save.toml"
    write_save(path, Save(42, 7, "scenes/whispers.story", "2026-11-25T10:00:00+00:00"))
    problems: list[Problem] = []
    assert load_save(path, "scenes/whispers.story", 86, problems) == Save(
        42, 7, "scenes/whispers.story", "2026-11-25T10:00:00+00:00")
    assert problems == []


def test_a_damaged_save_is_reported_with_its_line_and_left_on_disk(tmp_path: Path) -> None:
    path = tmp_path / "save.toml"
    path.write_text("[save]\nline = 12\nseed = = 3\n", encoding="utf-8")
    problems: list[Problem] = []
    assert load_save(path, "s.story", 86, problems) is None
    assert len(problems) == 1 and str(problems[0]).startswith(f"{path}:3: not valid TOML")
    assert path.read_text(encoding="utf-8") == "[save]\nline = 12\nseed = = 3\n"


def test_a_save_for_a_line_that_no_longer_exists_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "save.toml"
    write_save(path, Save(500, 1, "s.story"))
    problems: list[Problem] = []
    assert load_save(path, "s.story", 86, problems) is None
    assert [str(p) for p in problems] == [f"{path}:2: the saved line 500 is not in 1..86; ignored"]


def test_settings_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    wanted = Settings(text_cps=90.0, auto_advance=True, volume_pen=0.4, transcription=True, seed=11)
    save_settings(path, wanted)
    problems: list[Problem] = []
    assert load_settings(path, problems) == wanted and problems == []


def test_bad_settings_values_fall_back_one_by_one_with_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    text = "[settings]\ntext_cps = 90\nauto_advance = \"yes\"\nvolume_pen = 7\ncolour = 3\n"
    path.write_text(text, encoding="utf-8")
    problems: list[Problem] = []
    got = load_settings(path, problems)
    assert got == Settings(text_cps=90.0)
    assert [str(p) for p in problems] == [
        f"{path}:3: bad value for 'auto_advance': 'yes' must be true or false (using False)",
        f"{path}:4: bad value for 'volume_pen': 7 must be between 0 and 1 (using 0.8)",
        f"{path}:5: unknown setting 'colour' (ignored)",
    ]
    with pytest.raises(SettingsNotSaved, match=":3: bad value"):  # a change in the menu is not kept ...
        save_settings(path, got.with_changes(auto_advance=True))
    assert path.read_text(encoding="utf-8") == text  # ... and the file is never overwritten


def test_a_sound_file_is_edited_in_place_keeping_comments_and_other_values(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    text = "# my settings\n[settings]\ntext_cps = 30  # slow, I like it\n\n# pen\nvolume_pen = 0.5\n"
    path.write_text(text, encoding="utf-8")
    problems: list[Problem] = []
    got = load_settings(path, problems)
    save_settings(path, got.with_changes(auto_advance=True, volume_pen=0.25))
    assert path.read_text(encoding="utf-8") == (
        "# my settings\n[settings]\ntext_cps = 30  # slow, I like it\n\n# pen\nvolume_pen = 0.25\n"
        "auto_advance = true\n")
    assert load_settings(path, problems) == got.with_changes(auto_advance=True, volume_pen=0.25) and not problems


@pytest.mark.parametrize(("text", "message"), [
    ("settings = 5\n", ":1: 'settings' must be a table"),
    ("[Settings]\ntext_cps = 3\n", ":1: unknown table [Settings] (did you mean [settings]?)"),
    ("[settings]\ntext_cps = 30\n[kiosk]\nvolume = 1\n", ":3: unknown table [kiosk]"),
    ("[settings]\nseed = 1.5\n", ":2: bad value for 'seed': 1.5 must be a whole number"),
    ("[settings]\ntext_cps = nan\n", ":2: bad value for 'text_cps': nan must be a number"),
    ("a = " + "[" * 2000 + "]" * 2000 + "\n", ":1: not valid TOML (nested too deeply)"),
])
def test_every_unknown_table_key_and_type_is_reported(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "settings.toml"
    path.write_text(text, encoding="utf-8")
    problems: list[Problem] = []
    assert load_settings(path, problems).auto_advance is False
    assert any(message in str(p) for p in problems), problems
    with pytest.raises(SettingsNotSaved):
        save_settings(path, Settings(auto_advance=True))
    assert path.read_text(encoding="utf-8") == text


def test_a_fifo_or_a_huge_file_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "settings.toml"
    os.mkfifo(fifo)
    problems: list[Problem] = []
    assert load_settings(fifo, problems) == Settings()  # returns: never blocks on the pipe
    assert [str(p) for p in problems] == [f"{fifo}: cannot read (not a regular file (a pipe)); using defaults"]
    huge = tmp_path / "huge.toml"
    huge.write_bytes(b"#" * 2_000_000)
    problems = []
    assert load_settings(huge, problems) == Settings()
    assert "too large" in str(problems[0])
    problems = []
    assert load_settings(Path("/dev/zero"), problems) == Settings() and "a device" in str(problems[0])


def test_unparseable_settings_give_defaults_and_the_line(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text("[settings]\ntext_cps = \n", encoding="utf-8")
    problems: list[Problem] = []
    assert load_settings(path, problems) == Settings()
    assert len(problems) == 1 and str(problems[0]).startswith(f"{path}:2: not valid TOML")
