"""The operator's kiosk configuration: a frozen dataclass read from a `[kiosk]` TOML table.

Kept apart from the player's `Settings` because it belongs to whoever installs the
exhibit, not to a visitor, and because the supervisor reads it without pygame. Like the
settings, a broken file never stops the exhibit: each bad value is reported as
`file:line: message` (the caller logs it) and its default is used.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from game.errors import Problem
from game.tomlfile import read_toml_file
from game.userdirs import config_dir
from game.userdirs import state_dir as state_dir

OPERATOR_QUIT = 4  # exit status: the operator quit; neither the supervisor nor systemd restarts
TOO_MANY_ERRORS = 70  # exit status: errors kept coming; the supervisor restarts the game
MODIFIERS = ("ctrl", "shift", "alt", "meta")
_KEY_NAME = re.compile(r"^([a-z0-9]|f([1-9]|1[0-2])|space|return|backspace|tab|delete|insert|home|end|pause)$")


@dataclass(frozen=True)
class KioskConfig:
    idle_advance_after: float = 45.0  # seconds without input before the story advances by itself
    idle_line_pause: float = 5.0  # while idle: seconds a finished line stays before the next
    idle_reset_after: float = 90.0  # further seconds of idling before the fade back to the title
    quit_chord: str = "ctrl+shift+q"  # held for chord_hold seconds: quit the kiosk
    panel_chord: str = "ctrl+shift+o"  # held for chord_hold seconds: the operator panel
    chord_hold: float = 3.0
    display: int = 0  # which display (0 = first); --display overrides
    volume: float = 1.0  # master volume, 0..1 (the operator panel changes it live)
    log_dir: str = ""  # default: $XDG_STATE_HOME/whispers-of-the-heart
    heartbeat_every: float = 0.25  # seconds between the heartbeat thread's beats to the supervisor
    hang_after: float = 2.0  # the supervisor restarts a game whose beats stop this long (a frozen process)
    stall_after: float = 2.5  # the game reports a hang when its loop is stuck this long (longer than any frame)
    startup_grace: float = 2.5  # ... or one that has not sent its first beat after this long (Python starting)
    error_limit: int = 10  # this many errors inside error_window seconds: exit for a restart
    error_window: float = 10.0

    def with_changes(self, **changes: Any) -> KioskConfig:
        return replace(self, **changes)


LIMITS: dict[str, tuple[float, float]] = {
    "idle_advance_after": (5.0, 86400.0), "idle_line_pause": (0.5, 120.0), "idle_reset_after": (5.0, 86400.0),
    "chord_hold": (0.5, 30.0), "display": (0, 16), "volume": (0.0, 1.0), "heartbeat_every": (0.05, 1.0),
    "hang_after": (0.5, 60.0), "stall_after": (1.0, 60.0), "startup_grace": (1.0, 600.0), "error_limit": (1, 10000),
    "error_window": (1.0, 3600.0),
}


BEATS_PER_HANG = 3.0  # hang_after must allow at least this many heartbeats
FRAME_ALLOWANCE = 0.25  # ... plus this much for a C call holding the interpreter


def config_path() -> Path:
    return config_dir() / "kiosk.toml"


def log_dir(config: KioskConfig) -> Path:
    return Path(config.log_dir).expanduser() if config.log_dir else state_dir()


def chord_problem(text: str) -> str | None:
    """Why `text` is not a chord like 'ctrl+shift+q', or None when it is one."""
    parts = [p.strip() for p in text.lower().split("+")]
    mods = [p for p in parts if p in MODIFIERS]
    keys = [p for p in parts if p not in MODIFIERS]
    if len(keys) != 1 or not _KEY_NAME.match(keys[0]):
        return "a chord is modifiers and one key, like 'ctrl+shift+q'"
    if not mods:
        return "a chord needs at least one modifier (ctrl, shift, alt, meta), so visitors cannot hit it"
    if len(set(mods)) != len(mods):
        return "a modifier is repeated"
    return None


def _chord_keys(text: str) -> frozenset[str]:
    """A chord as a set of keys, so 'shift+ctrl+q' is the same chord as 'ctrl+shift+q'."""
    return frozenset(p.strip() for p in text.lower().split("+"))


def _check(key: str, value: Any, default: Any) -> str | None:
    if isinstance(default, str):
        if not isinstance(value, str):
            return "must be a string"
        return chord_problem(value) if key.endswith("_chord") else None
    if isinstance(value, bool) or not isinstance(value, int | float):
        return "must be a number"
    if isinstance(default, int) and not isinstance(value, int):
        return "must be a whole number"
    lo, hi = LIMITS[key]
    return None if lo <= value <= hi else f"must be between {lo:g} and {hi:g}"


def load_kiosk_config(path: Path, problems: list[Problem]) -> KioskConfig:
    """The `[kiosk]` table of `path` (defaults where absent or bad); problems are appended."""
    defaults = KioskConfig()
    file = read_toml_file(path, problems, "using the kiosk defaults")
    if file is None:
        return defaults
    doc = file.doc
    for key, value in doc.items():
        if key != "kiosk":
            what = f"table [{key}]" if isinstance(value, dict) else f"key '{key}' outside [kiosk]"
            problems.append(file.problem(key, f"unknown {what} (ignored)"))
    table = doc.get("kiosk")
    if not isinstance(table, dict):
        if table is not None:
            problems.append(file.problem("kiosk", "'kiosk' must be a table: [kiosk]"))
        return defaults
    known = {f.name for f in fields(KioskConfig)}
    values: dict[str, Any] = {}
    for key, value in table.items():
        if key not in known:
            problems.append(file.problem(key, f"unknown kiosk setting '{key}' (ignored)"))
            continue
        default = getattr(defaults, key)
        why = _check(key, value, default)
        if why is not None:
            problems.append(file.problem(key, f"bad value for '{key}': {value!r} {why} (using {default!r})"))
            continue
        values[key] = float(value) if isinstance(default, float) else value
    config = replace(defaults, **values)
    if _chord_keys(config.quit_chord) == _chord_keys(config.panel_chord):
        problems.append(file.problem("panel_chord", "panel_chord is the same as quit_chord (using the defaults for both)"))
        config = replace(config, quit_chord=defaults.quit_chord, panel_chord=defaults.panel_chord)
    return _timings_checked(config, file, problems)


def _timings_checked(config: KioskConfig, file: Any, problems: list[Problem]) -> KioskConfig:
    """Values that are each in range but wrong together: a healthy game must never look hung,
    and an idle visitor's story must advance before it is reset."""
    need = config.heartbeat_every * BEATS_PER_HANG + FRAME_ALLOWANCE
    if config.hang_after < need:
        fixed = max(KioskConfig.hang_after, need)
        problems.append(file.problem("hang_after" if "hang_after" in file.text else "heartbeat_every",
                                     f"hang_after = {config.hang_after:g} is too short for heartbeat_every = "
                                     f"{config.heartbeat_every:g} (needs at least {need:g}); using {fixed:g}"))
        config = replace(config, hang_after=fixed)
    if config.startup_grace < config.hang_after:
        problems.append(file.problem("startup_grace", f"startup_grace = {config.startup_grace:g} is shorter than "
                                     f"hang_after = {config.hang_after:g}; using {config.hang_after:g}"))
        config = replace(config, startup_grace=config.hang_after)
    if config.idle_line_pause >= config.idle_reset_after:
        problems.append(file.problem("idle_line_pause", f"idle_line_pause = {config.idle_line_pause:g} must be "
                                     f"shorter than idle_reset_after = {config.idle_reset_after:g}; using the defaults"))
        config = replace(config, idle_line_pause=KioskConfig.idle_line_pause,
                         idle_reset_after=KioskConfig.idle_reset_after)
    return config
