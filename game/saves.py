"""Save and resume: where the player is in the story, kept across runs.

A save is tiny (the line number, the seed, the story it belongs to), because the
director rebuilds every moment from the script: resuming is `goto_line`. It is written
with `tomli-w` through `game.safeio.write_atomic` (an exclusive temporary file, fsynced,
renamed over the old), so a crash, a kill or a full disk mid-write leaves the old save
whole and a planted link cannot redirect the write; a
corrupt or foreign save is reported as `file:line: message`, left on disk untouched for
the player or a developer to look at, and the game simply starts from the title.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from game.errors import Problem
from game.tomlfile import read_toml_file, write_toml
from game.userdirs import state_dir


@dataclass(frozen=True)
class Save:
    line: int
    seed: int
    story: str
    saved_at: str = ""


def save_path() -> Path:
    return state_dir() / "save.toml"


def load_save(path: Path, story: str, total_lines: int, problems: list[Problem]) -> Save | None:
    """The save at `path` if it is readable and fits this story; None otherwise."""
    file = read_toml_file(path, problems, "the save is ignored")
    if file is None:
        return None
    doc = file.doc
    table = doc.get("save")
    if not isinstance(table, dict):
        problems.append(Problem(file.shown, 1, "the save has no [save] table; ignored"))
        return None
    line, seed, name = table.get("line"), table.get("seed"), table.get("story")
    if not isinstance(line, int) or isinstance(line, bool) or not 1 <= line <= total_lines:
        problems.append(file.problem("line", f"the saved line {line!r} is not in 1..{total_lines}; ignored"))
        return None
    if not isinstance(seed, int) or isinstance(seed, bool):
        problems.append(file.problem("seed", f"the saved seed {seed!r} is not a number; ignored"))
        return None
    if name != story:
        problems.append(file.problem("story", f"the save belongs to {name!r}, not {story!r}; ignored"))
        return None
    return Save(line, seed, story, str(table.get("saved_at", "")))


def write_save(path: Path, save: Save) -> None:
    stamp = save.saved_at or datetime.now(UTC).isoformat(timespec="seconds")
    write_toml(path, {"save": {"line": save.line, "seed": save.seed, "story": save.story, "saved_at": stamp}})
