"""Player settings: a frozen dataclass loaded from TOML, and saved without losing a word.

Settings are read once at start-up (and again when changed), validated field by field,
and passed down; nothing reads them from a global. A broken settings file never stops
the game: each bad value, unknown key or unknown table is reported as `file:line:
message` and its default is used. A file with any problem is never written again (a
change made in the menu then lives for this run, and the log says why it is not kept);
a sound file is edited in place, line by line, so the player's comments, layout and
other values survive. Only a missing file is written whole (with `tomli-w`).
"""

from __future__ import annotations

import difflib
import re
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from game.errors import Problem
from game.safeio import write_atomic
from game.tomlfile import TomlFile, parse_toml, read_toml_file, toml_text
from game.userdirs import config_dir


@dataclass(frozen=True)
class Settings:
    text_cps: float = 42.0  # narration typing speed, characters per second (0: instant)
    pen_cps: float = 13.0  # handwriting speed, letters per second
    auto_advance: bool = False
    auto_delay: float = 1.2  # seconds a finished line stays before auto-advance, at least
    auto_cps: float = 16.0  # auto-advance reading pace: a line stays len / auto_cps more seconds
    skip_unseen: bool = False  # skip (Tab) runs past lines never seen before
    fullscreen: bool = False
    reduce_motion: bool = False
    transcription: bool = False  # a typeset transcription under the handwriting
    volume_ambience: float = 0.8
    volume_effects: float = 0.9
    volume_pen: float = 0.8
    mute_ambience: bool = False  # rain, fire, clock
    mute_effects: bool = False  # paper, sighs, heartbeats
    mute_pen: bool = False
    volume_music: float = 0.7  # the score
    mute_music: bool = False
    muted: bool = False  # everything
    text_size: float = 1.0  # the narration band and the transcription, 1.0 to 2.0
    high_contrast: bool = False  # an opaque dark band behind the narration, brighter text
    captions: bool = False  # sounds named on screen ("[rain grows heavier]")
    self_voicing: bool = False  # narration and written lines read aloud by the system's speech engine
    language: str = ""  # "en", "fr", ...; "" follows the system's locale
    seed: int = 1907

    def with_changes(self, **changes: Any) -> Settings:
        return replace(self, **changes)


LIMITS: dict[str, tuple[float, float]] = {
    "text_cps": (0.0, 400.0), "pen_cps": (1.0, 200.0), "auto_delay": (0.0, 30.0), "auto_cps": (2.0, 100.0),
    "text_size": (1.0, 2.0),
    "volume_ambience": (0.0, 1.0), "volume_effects": (0.0, 1.0), "volume_pen": (0.0, 1.0),
    "volume_music": (0.0, 1.0),
    "seed": (0, 2**31 - 1),
}
TABLE = "settings"


class SettingsNotSaved(OSError):
    """The settings file has problems, so it is left exactly as the player wrote it."""


def settings_path() -> Path:
    return config_dir() / "settings.toml"


def _kind(default: Any) -> str:
    if isinstance(default, str):
        return "some text in quotes"
    return "true or false" if isinstance(default, bool) else "a whole number" if isinstance(default, int) else "a number"


def _value_problem(key: str, value: Any, default: Any) -> str | None:
    if isinstance(default, str):
        return None if isinstance(value, str) and len(value) <= 32 else f"must be {_kind(default)}"
    if isinstance(default, bool):
        ok = isinstance(value, bool)
    elif isinstance(default, int):
        ok = isinstance(value, int) and not isinstance(value, bool)
    else:
        ok = isinstance(value, int | float) and not isinstance(value, bool) and value == value
    if not ok:
        return f"must be {_kind(default)}"
    if key in LIMITS:
        lo, hi = LIMITS[key]
        if not lo <= value <= hi:
            return f"must be between {lo:g} and {hi:g}"
    return None


def settings_from(file: TomlFile, problems: list[Problem]) -> Settings:
    """The settings a parsed file gives (defaults where bad); every problem appended."""
    doc = file.doc
    known = {f.name for f in fields(Settings)}
    if TABLE in doc:
        table = doc[TABLE]
        if not isinstance(table, dict):
            problems.append(file.problem(TABLE, f"'{TABLE}' must be a table: [{TABLE}] (using defaults)"))
            table = {}
        outside = {k: v for k, v in doc.items() if k != TABLE}
    else:  # a file of bare keys is accepted as the [settings] table
        table = {k: v for k, v in doc.items() if not isinstance(v, dict)}
        outside = {k: v for k, v in doc.items() if isinstance(v, dict)}
    for key, value in outside.items():
        if isinstance(value, dict):
            hint = f" (did you mean [{TABLE}]?)" if key.lower() == TABLE or difflib.get_close_matches(
                key, [TABLE], cutoff=0.7) else ""
            problems.append(file.problem(key, f"unknown table [{key}]{hint} (ignored)"))
        else:
            problems.append(file.problem(key, f"'{key}' is outside the [{TABLE}] table (ignored)"))
    defaults = Settings()
    values: dict[str, Any] = {}
    for key, value in table.items():
        if key not in known:
            close = difflib.get_close_matches(key, sorted(known), n=1, cutoff=0.6)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            what = "table" if isinstance(value, dict) else "setting"
            problems.append(file.problem(key, f"unknown {what} '{key}'{hint} (ignored)"))
            continue
        default = getattr(defaults, key)
        why = _value_problem(key, value, default)
        if why is not None:
            problems.append(file.problem(key, f"bad value for '{key}': {value!r} {why} (using {default!r})"))
            continue
        values[key] = float(value) if isinstance(default, float) else value
    return replace(defaults, **values)


def load_settings(path: Path, problems: list[Problem]) -> Settings:
    """Settings from `path` (defaults where absent or bad); problems are appended, not raised."""
    file = read_toml_file(path, problems, "using defaults")
    return Settings() if file is None else settings_from(file, problems)


def save_settings(path: Path, settings: Settings) -> None:
    """Keep `settings` in `path`: a new file written whole, a sound one edited in place.

    Raises SettingsNotSaved (an OSError) when the file has problems: it is never
    rewritten then, so nothing the player wrote is lost; OSError when it cannot be written.
    """
    problems: list[Problem] = []
    file = read_toml_file(path, problems, "not saved")
    if file is None:
        if problems:
            raise SettingsNotSaved(f"{problems[0]}; changes apply to this run only")
        write_atomic(path, toml_text({TABLE: asdict(settings)}).encode("utf-8"))
        return
    current = settings_from(file, problems)
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise SettingsNotSaved(f"{problems[0]}{more}: the file is left as it is; changes apply to this run only")
    if current == settings:
        return
    text = _edited(file, current, settings)
    check: list[Problem] = []
    doc, _wrong = parse_toml(text, file.shown, "not saved")
    if doc is None or settings_from(TomlFile(file.shown, text, doc), check) != settings or check:
        raise SettingsNotSaved(f"{file.shown}: cannot edit this file safely; changes apply to this run only")
    write_atomic(path, text.encode("utf-8"))


_HEADER = re.compile(r"^\s*\[")


def _edited(file: TomlFile, current: Settings, wanted: Settings) -> str:
    """`file`'s text with each changed value replaced on its own line (comments kept)."""
    lines = file.text.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    if TABLE in file.doc:
        heads = [i for i, ln in enumerate(lines) if re.match(rf"^\s*\[\s*{TABLE}\s*\]", ln)]
        if not heads:  # e.g. an inline table: not edited line by line
            raise SettingsNotSaved(f"{file.shown}: [{TABLE}] is not a plain table; changes apply to this run only")
        start = heads[0] + 1
    elif not file.doc:  # only comments or nothing: start the table under them
        lines.append(f"[{TABLE}]\n")
        start = len(lines)
    else:
        start = 0
    end = next((i for i in range(start, len(lines)) if _HEADER.match(lines[i])), len(lines))
    for f in fields(Settings):
        new = getattr(wanted, f.name)
        if new == getattr(current, f.name):
            continue
        assignment = toml_text({f.name: new}).strip()
        pattern = re.compile(rf"^(\s*){re.escape(f.name)}\s*=[^#\n]*(#.*)?$")
        for i in range(start, end):
            m = pattern.match(lines[i].rstrip("\n"))
            if m:
                comment = f"  {m.group(2)}" if m.group(2) else ""
                lines[i] = f"{m.group(1)}{assignment}{comment}\n"
                break
        else:
            lines.insert(end, assignment + "\n")
            end += 1
    return "".join(lines)


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
