"""What the player has seen, kept across runs: the lines read and the endings reached.

Skip stops at the first line never seen (unless the player asks to skip everything),
and the title's Chapters open once the story has been finished. Kept per story (a story
is known by its file's shown name) in the state folder, written with `tomli-w` through
`game.safeio`, so a crash or a planted link cannot hurt it; an unreadable file is
reported and the game starts as if nothing had been seen, without touching the file.
"""

from __future__ import annotations

import logging
from pathlib import Path

from game.errors import Problem
from game.tomlfile import read_toml_file, write_toml
from game.userdirs import state_dir

log = logging.getLogger(__name__)


def seen_path() -> Path:
    return state_dir() / "seen.toml"


class Seen:
    """Seen lines (1-based numbers) and endings of one story; `file` None keeps nothing."""

    def __init__(self, file: Path | None, story: str) -> None:
        self.file = file
        self.story = story
        self.lines: set[int] = set()
        self.endings = 0
        self._others: dict[str, object] = {}  # other stories' tables, kept as they were
        self._writable = True
        if file is not None:
            self._load(file)

    def _load(self, file: Path) -> None:
        problems: list[Problem] = []
        doc = read_toml_file(file, problems, "nothing counts as seen")
        for problem in problems:
            log.warning("%s", problem)
            self._writable = False  # never overwrite what we could not read
        if doc is None:
            return
        stories = doc.doc.get("stories", {})
        if not isinstance(stories, dict):
            log.warning("%s: 'stories' is not a table; nothing counts as seen", doc.shown)
            self._writable = False
            return
        self._others = {k: v for k, v in stories.items() if k != self.story}
        mine = stories.get(self.story, {})
        if isinstance(mine, dict):
            lines, endings = mine.get("lines", []), mine.get("endings", 0)
            if isinstance(lines, list):
                self.lines = {n for n in lines if isinstance(n, int) and not isinstance(n, bool) and n > 0}
            if isinstance(endings, int) and not isinstance(endings, bool):
                self.endings = max(0, endings)

    def saw(self, line: int) -> None:
        if line not in self.lines:
            self.lines.add(line)
            self._write()

    def finished(self) -> None:
        self.endings += 1
        self._write()

    def _write(self) -> None:
        if self.file is None or not self._writable:
            return
        stories = dict(self._others)
        stories[self.story] = {"lines": sorted(self.lines), "endings": self.endings}
        try:
            write_toml(self.file, {"stories": stories})
        except OSError as exc:
            log.warning("%s: cannot keep what was seen: %s", self.file, exc)
            self._writable = False
