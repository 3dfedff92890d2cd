"""The operator's [kiosk] table: defaults, good values, and bad ones reported as file:line."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from game.errors import Problem
from game.kiosk.chord import Chord, ChordWatch
from game.kiosk.config import KioskConfig, config_path, load_kiosk_config, log_dir, state_dir
from game.kiosk.idle import Idle, IdleWatch


def test_a_missing_file_gives_the_defaults(tmp_path: Path) -> None:
    problems: list[Problem] = []
    assert load_kiosk_config(tmp_path / "nope.toml", problems) == KioskConfig() and problems == []


def test_good_values_are_read_and_bad_ones_reported_with_their_line(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text("[settings]\ntext_cps = 30\n\n[kiosk]\nidle_advance_after = 20\n"
                    "idle_reset_after = -1\nquit_chord = \"q\"\ndisplay = 1\nvolum = 0.5\n"
                    "panel_chord = \"alt+f9\"\nerror_limit = 2.5\n", encoding="utf-8")
    problems: list[Problem] = []
    config = load_kiosk_config(path, problems)
    assert config.idle_advance_after == 20.0 and isinstance(config.idle_advance_after, float)
    assert config.display == 1 and config.panel_chord == "alt+f9"
    assert config.idle_reset_after == KioskConfig().idle_reset_after
    assert config.quit_chord == KioskConfig().quit_chord and config.error_limit == KioskConfig().error_limit
    shown = [str(p) for p in problems]
    assert shown[0] == f"{path}:1: unknown table [settings] (ignored)"  # the player's table is not the operator's
    assert shown[1].startswith(f"{path}:6: bad value for 'idle_reset_after': -1 must be between 5 and 86400")
    assert shown[2].startswith(f"{path}:7: bad value for 'quit_chord': 'q'")
    assert shown[3] == f"{path}:9: unknown kiosk setting 'volum' (ignored)"
    assert shown[4].startswith(f"{path}:11: bad value for 'error_limit': 2.5 must be a whole number")
    assert len(problems) == 5


def test_timings_are_checked_against_each_other(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text("[kiosk]\nheartbeat_every = 1.0\nstartup_grace = 2\n", encoding="utf-8")
    problems: list[Problem] = []
    config = load_kiosk_config(path, problems)
    assert config.hang_after >= config.heartbeat_every * 3  # a healthy game is never taken for a frozen one
    assert config.startup_grace >= config.hang_after
    shown = [str(p) for p in problems]
    assert shown[0].startswith(f"{path}:2: hang_after = 2 is too short for heartbeat_every = 1")
    assert shown[1].startswith(f"{path}:3: startup_grace = 2 is shorter than hang_after")


def test_broken_toml_is_one_problem_and_the_defaults(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text("[kiosk]\nidle_advance_after = = 3\n", encoding="utf-8")
    problems: list[Problem] = []
    assert load_kiosk_config(path, problems) == KioskConfig()
    assert len(problems) == 1 and str(problems[0]).startswith(f"{path}:2: not valid TOML")


def test_paths_follow_the_xdg_variables(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "c"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "s"))
    assert config_path() == tmp_path / "c" / "whispers-of-the-heart" / "kiosk.toml"
    assert state_dir() == log_dir(KioskConfig()) == tmp_path / "s" / "whispers-of-the-heart"
    assert log_dir(KioskConfig(log_dir=str(tmp_path / "logs"))) == tmp_path / "logs"


def test_a_chord_fires_once_after_the_hold_and_not_if_released_early() -> None:
    watch = ChordWatch(Chord.parse("ctrl+shift+q"), 3.0)
    watch.key_down(pygame.K_RCTRL, 0.0)
    watch.key_down(pygame.K_q, 0.5)
    assert not watch.pressing
    watch.key_down(pygame.K_LSHIFT, 1.0)
    assert not watch.poll(3.9) and watch.poll(4.0) and not watch.poll(9.0)
    watch.key_up(pygame.K_q)
    watch.key_down(pygame.K_q, 10.0)
    watch.key_up(pygame.K_LSHIFT)
    assert not watch.poll(20.0)


def test_idle_goes_from_active_to_advancing_to_reset() -> None:
    idle = IdleWatch(advance_after=10.0, reset_after=30.0)
    assert [idle.state(t) for t in (9.9, 10.0, 39.9, 40.0)] == [Idle.ACTIVE, Idle.ADVANCING, Idle.ADVANCING,
                                                                 Idle.RESET]
    idle.touch(40.0)
    assert idle.state(45.0) is Idle.ACTIVE
