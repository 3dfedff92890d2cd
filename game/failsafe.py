"""The player's safety net: an error that escapes a frame becomes one clear message.

Lint catches what it can before play (`game.story.lint`); whatever still goes wrong
inside a frame is caught at the scene boundary, the loop's `LoopPolicy.failed` (the same
hook the kiosk uses to log and return to its title). For a player, the traceback goes to
a log file in the state folder and the player sees one sentence, in a native message
box when the platform has one, on stderr otherwise, and is taken back to the title with
their place kept. Errors that keep coming (three within ten seconds) end the game with
status 1 rather than loop; the message says where the details are.
"""

from __future__ import annotations

import logging
import sys
import time
import traceback
from collections import deque
from pathlib import Path
from typing import TYPE_CHECKING

from game.userdirs import state_dir

if TYPE_CHECKING:
    import pygame

    from game.app import App

log = logging.getLogger("game.failsafe")

REPEAT_LIMIT = 3  # errors within REPEAT_WINDOW seconds: stop instead of looping
REPEAT_WINDOW = 10.0
FAILED = 1  # exit status after errors that keep coming


class PlayerGuard:
    """A `LoopPolicy` for a player's run: lets everything through, catches what fails."""

    def __init__(self, log_file: Path | None = None, show_box: bool = True) -> None:
        self.log_file = log_file if log_file is not None else state_dir() / "errors.log"
        self.show_box = show_box
        self.errors = 0
        self._recent: deque[float] = deque()
        self.messages: list[str] = []  # what the player was told, in order (for tests)

    def allow(self, app: App, event: pygame.event.Event) -> bool:
        return True

    def frame(self, app: App, now: float) -> None:
        return None

    def filter_requests(self, requests: list[str]) -> list[str]:
        return requests

    def failed(self, app: App, exc: Exception) -> None:
        now = time.monotonic()
        self.errors += 1
        self._recent.append(now)
        while self._recent and now - self._recent[0] > REPEAT_WINDOW:
            self._recent.popleft()
        where = self._write_log(exc)
        again = len(self._recent) >= REPEAT_LIMIT
        message = (f"Something went wrong ({type(exc).__name__}: {exc}). "
                   + ("It keeps happening, so the game stops." if again else "Back to the title; your place is kept.")
                   + f" Details: {where}")
        self.messages.append(message)
        print(message, file=sys.stderr)
        self._box(message)
        if again:
            app.quit(FAILED)
            return
        try:
            app.reset_to_title(fade=False)
        except Exception as second:
            log.critical("cannot show the title after an error: %s", second)
            app.quit(FAILED)

    def _write_log(self, exc: Exception) -> str:
        """Append the traceback to the error log; the path, or 'the log' if it cannot be written."""
        text = "".join(traceback.format_exception(exc))
        stamp = time.strftime("%Y-%m-%d %H:%M:%S")
        try:
            self.log_file.parent.mkdir(parents=True, exist_ok=True)
            with open(self.log_file, "a", encoding="utf-8") as f:
                f.write(f"--- {stamp}\n{text}")
            return str(self.log_file)
        except OSError:
            log.error("error in the game", exc_info=exc)
            return "the log (stderr)"

    def _box(self, message: str) -> None:
        if not self.show_box:
            return
        try:
            import pygame

            if pygame.display.get_init() and pygame.display.get_driver() not in ("dummy", "offscreen"):
                pygame.display.message_box("Whispers of the Heart", message, "error")
        except Exception:  # no native dialog here: stderr has said it
            pass
