"""What an operator (and the supervisor) can see of a game nobody is watching.

Three outputs, each cheap enough to run for months:

- a rotating log file in the user's state folder (tracebacks go here and nowhere else);
- a heartbeat file, rewritten atomically (`game.safeio`: never through a planted link)
  about once a second, with the wall-clock time,
  the scene, the story line, frames drawn, errors and resident memory, for `watch cat`;
- a heartbeat *pipe* to the supervisor: one byte per beat, non-blocking, so a hung or
  slow supervisor can never stall the game, and the supervisor times beats on its own
  monotonic clock rather than trusting file timestamps.
"""

from __future__ import annotations

import json
import logging
import logging.handlers
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from game.safeio import write_atomic

LOG_BYTES = 1_000_000
LOG_BACKUPS = 5
FD_ENV = "WHISPERS_HEARTBEAT_FD"

log = logging.getLogger(__name__)


def rss_bytes() -> int:
    """Current resident set size (Linux /proc), or the peak from getrusage elsewhere."""
    try:
        with open("/proc/self/statm", encoding="ascii") as f:
            resident = int(f.read().split()[1])
        return resident * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def file_logging(directory: Path, name: str, level: int = logging.INFO,
                 logger: logging.Logger | None = None) -> logging.Handler:
    """Send `logger` (default: root) to `directory/name`, rotating; replaces its other handlers."""
    directory.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(directory / name, maxBytes=LOG_BYTES,
                                                   backupCount=LOG_BACKUPS, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"))
    target = logger or logging.getLogger()
    for old in list(target.handlers):
        target.removeHandler(old)
    target.addHandler(handler)
    target.setLevel(level)
    return handler


class HeartbeatPipe:
    """The write end of the supervisor's pipe (from $WHISPERS_HEARTBEAT_FD), or nothing."""

    def __init__(self, fd: int | None) -> None:
        self.fd = fd
        if fd is not None:
            os.set_blocking(fd, False)

    @classmethod
    def from_env(cls, environ: dict[str, str] | os._Environ[str]) -> HeartbeatPipe:
        value = environ.get(FD_ENV, "")
        try:
            return cls(int(value)) if value else cls(None)
        except (ValueError, OSError) as exc:
            log.warning("ignoring %s=%r: %s", FD_ENV, value, exc)
            return cls(None)

    def beat(self) -> None:
        if self.fd is None:
            return
        try:
            os.write(self.fd, b".")
        except BlockingIOError:
            pass  # the supervisor is behind; it has plenty of beats in the pipe already
        except OSError as exc:  # the supervisor is gone: stop trying
            log.warning("heartbeat pipe closed (%s); no more heartbeats", exc)
            self.fd = None


class HeartbeatFile:
    """`heartbeat.json`, replaced atomically so a reader never sees half a file."""

    def __init__(self, path: Path, wall: Callable[[], float]) -> None:
        self.path = path
        self.wall = wall
        self._broken = False

    def write(self, status: dict[str, Any]) -> None:
        now = self.wall()
        record = {"time": time.strftime("%Y-%m-%dT%H:%M:%S%z", time.localtime(now)), "unix": round(now, 3),
                  "pid": os.getpid(), **status}
        try:
            write_atomic(self.path, (json.dumps(record) + "\n").encode("utf-8"))
            self._broken = False
        except OSError as exc:
            if not self._broken:  # say it once, not once a second
                log.warning("cannot write the heartbeat file %s: %s", self.path, exc)
                self._broken = True
