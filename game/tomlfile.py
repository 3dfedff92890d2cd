"""Reading the small TOML files players and operators keep: settings, saves, kiosk config.

They all fail the same ways (absent, unreadable, not TOML, a bad value on some line) and
must all answer the same way: one `file:line: message` problem, defaults used, the file
left as it is. This module does the reading and the pointing at lines, once.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from game.errors import Problem, toml_error_line


@dataclass(frozen=True)
class TomlFile:
    """A parsed file with its text, so problems can name the line of a key."""

    shown: str
    text: str
    doc: dict[str, Any]

    def line_of(self, key: str) -> int:
        """The line where `key = ...` (or the table `[key]`) is written; 0 if nowhere."""
        m = re.search(rf"^\s*(?:{re.escape(key)}\s*=|\[{re.escape(key)}\])", self.text, re.MULTILINE)
        return self.text.count("\n", 0, m.start()) + 1 if m else 0

    def problem(self, key: str, message: str) -> Problem:
        return Problem(self.shown, self.line_of(key), message)


def read_toml_file(path: Path, problems: list[Problem], what: str, missing_is_problem: bool = False,
                   shown: str | None = None) -> TomlFile | None:
    """The file parsed, or None (absent, unreadable, not TOML: a problem says which and why).

    `what` completes the message, e.g. "using defaults" or "ignored".
    """
    name = shown or str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        if missing_is_problem:
            problems.append(Problem(name, 0, "file not found"))
        return None
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(Problem(name, 0, f"cannot read ({exc}); {what}"))
        return None
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        problems.append(Problem(name, toml_error_line(exc), f"not valid TOML ({exc}); {what}"))
        return None
    return TomlFile(name, text, doc)
