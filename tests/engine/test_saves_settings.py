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


def test_writes_never_follow_a_planted_link(tmp_path: Path) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_text("# precious\n", encoding="utf-8")
    home = tmp_path / "state"
    home.mkdir()
    for name in ("save.tmp", "settings.tmp", "heartbeat.tmp", ".save.toml.tmp"):
        (home / name).symlink_to(outside)
    (home / "settings.toml").symlink_to(outside)  # even the target itself: the link is replaced
    write_save(home / "save.toml", Save(3, 1, "s.story"))
    save_settings(home / "settings.toml", Settings(auto_advance=True))
    from game.kiosk.health import HeartbeatFile

    HeartbeatFile(home / "heartbeat.json", lambda: 0.0).write({"scene": "title"})
    assert outside.read_text(encoding="utf-8") == "# precious\n"
    assert not (home / "settings.toml").is_symlink()
    assert load_settings(home / "settings.toml", []).auto_advance is True
    leftovers = sorted(p.name for p in home.iterdir())
    assert leftovers == sorted([".save.toml.tmp", "heartbeat.json", "heartbeat.tmp", "save.tmp", "save.toml",
                                "settings.tmp", "settings.toml"])


def test_a_full_disk_during_a_save_keeps_the_old_save(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    import game.safeio

    path = tmp_path / "save.toml"
    write_save(path, Save(12, 7, "s.story", "2026-01-01T00:00:00+00:00"))
    before = path.read_bytes()

    def full(_fd: int, _data: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(game.safeio.os, "write", full)
    with pytest.raises(OSError, match="No space left"):
        write_save(path, Save(13, 7, "s.story"))
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["save.toml"]  # no temporary file left behind
    assert load_save(path, "s.story", 86, []) == Save(12, 7, "s.story", "2026-01-01T00:00:00+00:00")


def test_a_save_killed_mid_write_still_parses(tmp_path: Path) -> None:
    import signal
    import subprocess
    import sys
    import time

    path = tmp_path / "save.toml"
    write_save(path, Save(1, 7, "s.story"))
    writer = ("import sys; from pathlib import Path; from game.saves import Save, write_save\n"
              "n = 0\nprint('ready', flush=True)\n"
              "while True:\n    n = n % 80 + 1; write_save(Path(sys.argv[1]), Save(n, 7, 's.story'))\n")
    proc = subprocess.Popen([sys.executable, "-c", writer, str(path)], stdout=subprocess.PIPE)
    assert proc.stdout is not None and proc.stdout.readline() == b"ready\n"
    time.sleep(0.3)  # some hundreds of writes; the kill lands in one of them
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    problems: list[Problem] = []
    save = load_save(path, "s.story", 86, problems)
    assert save is not None and problems == []
    assert all(p.name == "save.toml" or p.name.endswith(".tmp") for p in tmp_path.iterdir())
