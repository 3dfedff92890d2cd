"""One error type for bad content: a story line, a map object, a data file.

Content errors are the author's and operator's business, not the programmer's, so they
never surface as tracebacks: each carries the file and line it is about, prints as
`file:line: message` (the format compilers and editors understand), and the command
line turns them into exit status 2. Several problems found in one pass travel together
in `ContentErrors` (one or many), so the linter can report them all at once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One problem in one place. `line` is 0 when the problem is about the whole file."""

    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}" if self.line else f"{self.file}: {self.message}"


class ContentErrors(Exception):
    """Several problems found in one pass; str() lists them one per line."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


def toml_error_line(exc: Exception) -> int:
    """The line a tomllib error points at (Python 3.11 has it only in the message)."""
    line = getattr(exc, "lineno", None)
    if isinstance(line, int):
        return line
    m = re.search(r"at line (\d+)", str(exc))
    return int(m.group(1)) if m else 0
