"""The child's side of hang detection: a heartbeat thread that vouches for the main loop.

The supervisor must tell a hung game from a busy one within 3 s, at any time, start-up
included. Beats sent from the main loop cannot do that: art preparation at start-up and
on entering a new shot keeps the loop busy for seconds, and a beat schedule tied to
frames is either too slow to catch a hang or too quick to survive a long frame. So the
beats come from this thread, started before anything heavy is built, and the thread
decides what the main loop's silence means:

- While the game is still being prepared (start-up, up to `prepare_limit`), preparation
  counts as progress: the thread beats.
- Afterwards the main loop marks progress (`beat()`, which the kiosk policy calls every
  frame or so); its first frames, which build the first shot's art at the display's size,
  still count as preparation until `WARM_MARKS` marks have come. The thread beats while the last mark is younger than `stall_after` (a
  long frame, such as 2 s of art preparation on entering a shot, is not a hang), and
  when it is older, the thread writes one `!`: the supervisor kills at once.
- If the whole process stops (SIGSTOP, a deadlock holding the interpreter), the thread
  stops too, and the supervisor's own `hang_after` sees the silence.

One `+` is written after the first mark: the window is up and drawing, so the
supervisor can take its cover screen away. The first time the title has been on screen
for a while (its words faded in), the main thread saves a still of it (`cover.jpg`: a
JPEG encodes in milliseconds where a PNG would stall the title for a quarter second) for
that cover screen, and for the next child's window to show before its first frame.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable
from pathlib import Path

from game.kiosk.health import FD_ENV, HeartbeatPipe

log = logging.getLogger(__name__)

BEAT, STALLED, DRAWING = b".", b"!", b"+"
WARM_MARKS = 20  # marks (about 2 s of smooth play) before a stall of stall_after counts as a hang
STILL_MIN_LEVEL = 12  # mean channel level (0..255) below which a frame is too dark for the cover
STILL_AFTER_MARKS = 25  # main-loop marks (about 2.5 s at 0.1 s: the title's words faded in) before the still


class Watchdog(HeartbeatPipe):
    """Beats to the supervisor's pipe from a thread; `beat()` is the main loop's mark."""

    def __init__(self, fd: int | None, every: float = 0.25, stall_after: float = 2.5, prepare_limit: float = 15.0,
                 clock: Callable[[], float] = time.monotonic, still: Path | None = None) -> None:
        super().__init__(fd)
        self.every = every
        self.stall_after = stall_after
        self.prepare_limit = prepare_limit
        self.clock = clock
        self.still = still
        self.started = clock()
        self.last_mark: float | None = None
        self.marks = 0
        self._told_drawing = False
        self._still_kept = False
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    @staticmethod
    def fd_from_env(environ: dict[str, str] | os._Environ[str]) -> int | None:
        value = environ.get(FD_ENV, "")
        try:
            fd = int(value) if value else None
            if fd is not None:
                os.fstat(fd)
            return fd
        except (ValueError, OSError) as exc:
            log.warning("ignoring %s=%r: %s", FD_ENV, value, exc)
            return None

    # --- the main thread ----------------------------------------------------------------------
    def start(self) -> Watchdog:
        if self.fd is not None and self._thread is None:
            self._thread = threading.Thread(target=self._run, name="heartbeat", daemon=True)
            self._thread.start()
        return self

    def beat(self) -> None:
        """The main loop is alive (called by the kiosk policy as it would beat the pipe)."""
        self.last_mark = self.clock()
        self.marks += 1
        if self.still is not None and not self._still_kept and self.marks % STILL_AFTER_MARKS == 0:
            self._still_kept = self._save_still(self.still)  # a dark frame is tried again later

    def stop(self) -> None:
        self._stop.set()

    # --- the thread -----------------------------------------------------------------------------
    def verdict(self, now: float) -> bytes:
        """What to write now: a beat, the stall mark, or nothing (b"") once stalled."""
        if self.last_mark is None:
            return BEAT if now - self.started < self.prepare_limit else STALLED
        warming = self.marks < WARM_MARKS  # the first frames build each shot's art: still preparing
        return BEAT if now - self.last_mark < (self.prepare_limit if warming else self.stall_after) else STALLED

    def _run(self) -> None:
        while not self._stop.wait(self.every):
            now = self.clock()
            word = self.verdict(now)
            if word == BEAT and self.last_mark is not None and not self._told_drawing:
                word, self._told_drawing = DRAWING + BEAT, True
            if word.startswith(STALLED):
                log.error("main loop silent for %.1f s: telling the supervisor",
                          now - (self.last_mark if self.last_mark is not None else self.started))
            if not self._write(word) or word.startswith(STALLED):
                return

    def _write(self, data: bytes) -> bool:
        if self.fd is None:
            return False
        try:
            os.write(self.fd, data)
        except BlockingIOError:
            pass  # the supervisor is behind; it has beats in the pipe already
        except OSError as exc:
            log.warning("heartbeat pipe closed (%s); no more heartbeats", exc)
            self.fd = None
            return False
        return True

    @staticmethod
    def _save_still(path: Path) -> bool:
        """The window as it is now, for the supervisor's cover screen (best effort). A nearly
        black frame (a window just reopened, a fade) is not kept: the cover would be a black
        screen, which is what it is there to hide. True when a still was written."""
        try:
            import io

            import pygame

            from game.safeio import write_atomic

            surface = pygame.display.get_surface()
            if surface is None or sum(pygame.transform.average_color(surface)[:3]) < 3 * STILL_MIN_LEVEL:
                return False
            png = io.BytesIO()  # JPEG bytes
            pygame.image.save(surface, png, "jpg")
            write_atomic(path, png.getvalue())
            return True
        except Exception as exc:  # a cover without a still is only plainer
            log.info("no still for the cover screen: %s", exc)
            return False
