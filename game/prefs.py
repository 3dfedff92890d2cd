"""The player's settings and saved place, as two small services built once per run.

`Preferences` holds the settings in force (with the command line's overrides) beside
the settings as the file has them, so a change made in the menu is written back without
`--seed` or `--reduce-motion`; whoever must follow a change (the mixer, the room's
motion) subscribes once instead of being called by name. `SaveSlot` is where the place
in the story is kept; in kiosk mode, or without a file, it keeps nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import fields
from pathlib import Path

from game.errors import Problem
from game.saves import Save, load_save, write_save
from game.settings import Settings, save_settings

log = logging.getLogger(__name__)

Listener = Callable[[Settings, Settings], None]  # (old, new)
SettingValue = bool | int | float | str  # str: the language


class Preferences:
    def __init__(self, settings: Settings, file: Path | None = None, file_settings: Settings | None = None) -> None:
        self.current = settings
        self.file = file  # where changes are kept (None: not kept)
        self.file_settings = file_settings or settings  # as in the file: no command-line overrides
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def change(self, **changes: SettingValue) -> None:
        """Change settings now: listeners follow, the file is rewritten (if it is kept)."""
        self._apply(self.current.with_changes(**changes))
        if self.file is not None:
            self.file_settings = self.file_settings.with_changes(**changes)
            try:
                save_settings(self.file, self.file_settings)
            except OSError as exc:
                log.warning("%s: cannot save settings: %s", self.file, exc)

    def replace(self, settings: Settings) -> None:
        """Put `settings` in force for this run without writing them (kiosk resets)."""
        self._apply(settings)

    def _apply(self, new: Settings) -> None:
        old, self.current = self.current, new
        if old != new:
            for listener in self._listeners:
                listener(old, new)


def changed(old: Settings, new: Settings) -> set[str]:
    return {f.name for f in fields(Settings) if getattr(old, f.name) != getattr(new, f.name)}


class SaveSlot:
    """The player's place in one story; nothing is kept when `file` is None."""

    def __init__(self, file: Path | None, story: str, total_lines: int) -> None:
        self.file = file
        self.story = story
        self.total_lines = total_lines

    def load(self) -> Save | None:
        if self.file is None:
            return None
        problems: list[Problem] = []
        save = load_save(self.file, self.story, self.total_lines, problems)
        for problem in problems:
            log.warning("%s", problem)
        return save

    def clear(self) -> None:
        """The story was finished: there is no place to continue from (the title offers Begin)."""
        if self.file is None:
            return
        try:
            self.file.unlink(missing_ok=True)
        except OSError as exc:
            log.warning("%s: cannot clear the save: %s", self.file, exc)

    def remember(self, line: int, seed: int) -> None:
        if self.file is None:
            return
        try:
            write_save(self.file, Save(line, seed, self.story))
        except OSError as exc:
            log.warning("%s: cannot save: %s", self.file, exc)
