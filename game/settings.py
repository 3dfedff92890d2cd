"""Player and operator settings: a frozen dataclass loaded from TOML.

Settings are read once at start-up (and again when changed), validated field by field,
and passed down; nothing reads them from a global. A broken settings file never stops
the game and is never overwritten: each bad value is reported as `file:line: message`
and its default is used, so the player loses nothing they can't see and fix.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from game.errors import Problem
from game.tomlfile import read_toml_file


@dataclass(frozen=True)
class Settings:
    text_cps: float = 42.0  # narration typing speed, characters per second (0: instant)
    pen_cps: float = 13.0  # handwriting speed, letters per second
    auto_advance: bool = False
    auto_delay: float = 2.5  # seconds a finished line stays before auto-advance
    fullscreen: bool = False
    reduce_motion: bool = False
    transcription: bool = False  # a typeset transcription under the handwriting
    volume_ambience: float = 0.8
    volume_effects: float = 0.9
    volume_pen: float = 0.8
    mute_ambience: bool = False  # rain, fire, clock
    mute_effects: bool = False  # paper, sighs, heartbeats
    mute_pen: bool = False
    muted: bool = False  # everything
    seed: int = 1907

    def with_changes(self, **changes: Any) -> Settings:
        return replace(self, **changes)


LIMITS: dict[str, tuple[float, float]] = {
    "text_cps": (0.0, 400.0), "pen_cps": (1.0, 200.0), "auto_delay": (0.0, 30.0),
    "volume_ambience": (0.0, 1.0), "volume_effects": (0.0, 1.0), "volume_pen": (0.0, 1.0),
    "seed": (0, 2**31 - 1),
}


def settings_path() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "whispers-of-the-heart" / "settings.toml"


def load_settings(path: Path, problems: list[Problem]) -> Settings:
    """Settings from `path` (defaults where absent or bad); problems are appended, not raised."""
    file = read_toml_file(path, problems, "using defaults")
    if file is None:
        return Settings()
    doc = file.doc
    table = doc.get("settings", doc)
    defaults = Settings()
    values: dict[str, Any] = {}
    known = {f.name: f for f in fields(Settings)}
    for key, value in table.items() if isinstance(table, dict) else []:
        if key not in known:
            if not isinstance(value, dict):  # other tables (e.g. [kiosk]) belong to others
                problems.append(file.problem(key, f"unknown setting '{key}' (ignored)"))
            continue
        default = getattr(defaults, key)
        ok = isinstance(value, bool) if isinstance(default, bool) else (
            isinstance(value, int | float) and not isinstance(value, bool))
        if ok and key in LIMITS:
            lo, hi = LIMITS[key]
            ok = lo <= value <= hi
        if not ok:
            problems.append(file.problem(key, f"bad value for '{key}': {value!r} (using {default!r})"))
            continue
        values[key] = int(value) if isinstance(default, int) and not isinstance(default, bool) else value
        if isinstance(default, float):
            values[key] = float(value)
    return replace(defaults, **values)


def save_settings(path: Path, settings: Settings) -> None:
    """Write atomically (a torn write cannot corrupt the file)."""
    lines = ["[settings]"]
    for f in fields(Settings):
        v = getattr(settings, f.name)
        lines.append(f"{f.name} = {str(v).lower() if isinstance(v, bool) else repr(v)}")
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text("\n".join(lines) + "\n", encoding="utf-8")
    tmp.replace(path)


def settings_for_run(path: Path, seed: int | None, reduce_motion: bool,
                     problems: list[Problem]) -> tuple[Settings, Settings]:
    """(as in the file, as this run uses them): `--seed` and `--reduce-motion` apply to the
    run only, so saving changed settings never writes them back."""
    kept = load_settings(path, problems)
    run = kept
    if seed is not None:
        run = run.with_changes(seed=seed)
    if reduce_motion:
        run = run.with_changes(reduce_motion=True)
    return kept, run
