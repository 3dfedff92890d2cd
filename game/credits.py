"""The ending card's credits, read from `credits.toml` beside the story's words.

Credits are content, like the words the screens show: a list of sections, each a heading
and its lines, in the order they are shown. A bad file is one `file:line: message` per
problem (for `--lint`), and the ending then simply shows no credits rather than failing.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from game.errors import Problem
from game.i18n import ORIGINAL, story_language
from game.tomlfile import read_toml_file

CREDITS_FILE = "credits.toml"


@dataclass(frozen=True)
class Section:
    heading: str
    lines: tuple[str, ...]


def credits_problems(path: Path, shown: str) -> tuple[tuple[Section, ...], list[Problem]]:
    """The sections a credits file gives, and every problem with it."""
    problems: list[Problem] = []
    file = read_toml_file(path, problems, "the ending shows no credits", missing_is_problem=True, shown=shown)
    if file is None:
        return (), problems
    extra = sorted(set(file.doc) - {"section"})
    for key in extra:
        problems.append(file.problem(key, f"unknown key '{key}' (a credits file has [[section]] tables)"))
    raw = file.doc.get("section")
    if not isinstance(raw, list) or not raw:
        problems.append(Problem(shown, 1, "needs at least one [[section]] with a heading and lines"))
        return (), problems
    starts = [i + 1 for i, text in enumerate(file.text.splitlines()) if text.strip() == "[[section]]"]
    sections: list[Section] = []
    for k, table in enumerate(raw):
        line = starts[k] if k < len(starts) else 0
        if not isinstance(table, dict):
            problems.append(Problem(shown, line, "a section must be a table"))
            continue
        unknown = sorted(set(table) - {"heading", "lines"})
        heading, lines = table.get("heading"), table.get("lines")
        if unknown:
            problems.append(Problem(shown, line, f"unknown key '{unknown[0]}' (a section has heading and lines)"))
        if not isinstance(heading, str) or not heading.strip():
            problems.append(Problem(shown, line, "a section needs a heading (some text)"))
        elif not isinstance(lines, list) or not lines or not all(isinstance(t, str) and t.strip() for t in lines):
            problems.append(Problem(shown, line, f"section '{heading}': lines must be a list of text, not empty"))
        else:
            sections.append(Section(heading, tuple(lines)))
    return tuple(sections), problems


def load_credits(path: Path, shown: str | None = None) -> tuple[Section, ...]:
    """The sections, or () when the file has problems (lint reports them)."""
    sections, problems = credits_problems(path, shown or str(path))
    return () if problems else sections


def credits_path(story_file: Path, default_dir: Path) -> Path:
    """The credits for a story, in its language: `credits.fr.toml` for `whispers.fr.story`,
    else `credits.toml`; beside the story first, then the game's own. A story in its own
    folder with only a `credits.toml` keeps that one (its author's words win over ours)."""
    lang = story_language(story_file)
    names = ([f"credits.{lang}.toml"] if lang != ORIGINAL else []) + [CREDITS_FILE]
    for folder in (story_file.parent, default_dir):
        for name in names:
            if (folder / name).exists():
                return folder / name
    return default_dir / CREDITS_FILE
