"""Saves and settings survive, and damaged files are reported, kept, and never crash the game."""

from __future__ import annotations

from pathlib import Path

from game.errors import Problem
from game.saves import Save, load_save, write_save
from game.settings import Settings, load_settings, save_settings


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
        f"{path}:3: bad value for 'auto_advance': 'yes' (using False)",
        f"{path}:4: bad value for 'volume_pen': 7 (using 0.8)",
        f"{path}:5: unknown setting 'colour' (ignored)",
    ]
    assert path.read_text(encoding="utf-8") == text  # never overwritten because of an error


def test_unparseable_settings_give_defaults_and_the_line(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text("[settings]\ntext_cps = \n", encoding="utf-8")
    problems: list[Problem] = []
    assert load_settings(path, problems) == Settings()
    assert len(problems) == 1 and str(problems[0]).startswith(f"{path}:2: not valid TOML")
