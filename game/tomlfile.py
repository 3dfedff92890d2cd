"""Reading and writing the small TOML files players and operators keep: settings, saves,
kiosk config.

They all fail the same ways (absent, unreadable, not a regular file, too large, not
UTF-8, not TOML, nested past reason, a bad value on some line) and must all answer the
same way: one `file:line: message` problem, defaults used, the file left as it is. This
module does the reading and the pointing at lines, once. Reading uses the standard
`tomllib` with the text kept beside the document, so every problem can name its line;
writing uses `tomli-w` (a maintained writer that quotes and escapes correctly, rather
than string formatting by hand) and `game.safeio.write_atomic`.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import tomli_w

from game.errors import Problem, toml_error_line
from game.safeio import read_small_bytes, write_atomic


@dataclass(frozen=True)
class TomlFile:
    """A parsed file with its text, so problems can name the line of a key."""

    shown: str
    text: str
    doc: dict[str, Any]

    def line_of(self, key: str) -> int:
        """The line where `key = ...` (or the table `[key]`) is written; 0 if nowhere."""
        m = re.search(rf"^[ \t]*(?:{re.escape(key)}[ \t]*=|\[[ \t]*{re.escape(key)}[ \t]*\])", self.text, re.MULTILINE)
        return self.text.count("\n", 0, m.start()) + 1 if m else 0

    def problem(self, key: str, message: str) -> Problem:
        return Problem(self.shown, self.line_of(key), message)


def decode_lines(data: bytes, shown: str) -> tuple[str | None, Problem | None]:
    """UTF-8 text (a BOM accepted), or the problem naming the line of the first bad byte."""
    try:
        return data.decode("utf-8").removeprefix("\ufeff"), None
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        return None, Problem(shown, line, f"not UTF-8 text (byte 0x{data[exc.start]:02x})")


def parse_toml(text: str, shown: str, what: str) -> tuple[dict[str, Any] | None, Problem | None]:
    """The document, or the one problem that says where and why it is not TOML."""
    try:
        return tomllib.loads(text), None
    except tomllib.TOMLDecodeError as exc:
        return None, Problem(shown, toml_error_line(exc), f"not valid TOML ({exc}); {what}")
    except RecursionError:  # tomllib recurses per nested array or table
        return None, Problem(shown, _deepest_line(text), f"not valid TOML (nested too deeply); {what}")


def _deepest_line(text: str) -> int:
    depth, line = 0, 1
    for number, row in enumerate(text.splitlines(), start=1):
        depth += row.count("[") + row.count("{") - row.count("]") - row.count("}")
        if depth > 100:
            return number
        line = number
    return line


def read_toml_file(path: Path, problems: list[Problem], what: str, missing_is_problem: bool = False,
                   shown: str | None = None) -> TomlFile | None:
    """The file parsed, or None (absent, refused, unreadable, not TOML: a problem says which and why).

    `what` completes the message, e.g. "using defaults" or "ignored".
    """
    name = shown or str(path)
    try:
        data = read_small_bytes(path)
    except FileNotFoundError:
        if missing_is_problem:
            problems.append(Problem(name, 0, "file not found"))
        return None
    except OSError as exc:
        problems.append(Problem(name, 0, f"cannot read ({exc.strerror or exc}); {what}"))
        return None
    text, bad = decode_lines(data, name)
    if text is None:
        problems.append(Problem(name, bad.line if bad else 0, f"{bad.message if bad else 'not UTF-8'}; {what}"))
        return None
    doc, wrong = parse_toml(text, name, what)
    if doc is None:
        problems.append(wrong if wrong else Problem(name, 0, f"not valid TOML; {what}"))
        return None
    return TomlFile(name, text, doc)


def toml_text(doc: dict[str, Any]) -> str:
    return tomli_w.dumps(doc)


def write_toml(path: Path, doc: dict[str, Any]) -> None:
    """Write `doc` as TOML, atomically and without following links (see game.safeio)."""
    write_atomic(path, toml_text(doc).encode("utf-8"))
