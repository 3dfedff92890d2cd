"""The title's first frame on screen at once, and the rest prepared without blocking the window.

A player's first frame is the title over the room, and preparing the room (its art, its
light, fire and rain at the window's size) and the story's notebook takes seconds on a
small PC. Every animation is a pure function of (t, seed), so the title opens on the same
picture every run with the same size, settings and content. So each run keeps the title's
first frame beside the art cache (`keep`: raw pixels, exact; 6 MB at 1080p, as a
zlib of them would cost 0.2 s on the first frame), and
the next run shows it the moment its window opens (`show`); meanwhile `prepare` builds the
game in a worker thread while the window goes on answering (events pumped, the picture
presented again), and the live title takes over with its caches warm. The picture's name
is a digest of what it depends on (size, seed, motion, story, map, version); whatever the
digest misses is put right by that run, which keeps its own frame. With a cold cache
there is no picture: the window waits black, still answering, until the title is ready.
"""

from __future__ import annotations

import hashlib
import logging
import struct
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    import pygame

    from game.settings import Settings

log = logging.getLogger(__name__)

T = TypeVar("T")
HEADER = struct.Struct("<4sII")  # magic, width, height
MAGIC = b"WTF2"  # whispers title frame, version 2 (raw RGB)
PRESENT_EVERY = 1 / 30  # seconds between presents of the picture while preparing


def still_path(cache: Path, size: tuple[int, int], settings: Settings, files: list[Path]) -> Path:
    """Where the title's first frame at `size` with `settings` is kept; `files` (the story, the
    map) are part of the name through their size and modification time."""
    from game import __version__  # the package's own (kept equal to the installed one by a test):
    # the installed one is looked up through importlib.metadata, ~20 ms of the first frame's ~120

    parts = [f"{size[0]}x{size[1]}", str(settings.seed), str(settings.reduce_motion), __version__]
    for file in files:
        try:
            stat = file.stat()
            parts.append(f"{file.resolve()}:{stat.st_size}:{stat.st_mtime_ns}")
        except OSError:
            parts.append(str(file))
    return cache / "title" / (hashlib.sha256("\n".join(parts).encode()).hexdigest()[:24] + ".frame")


def show(window: pygame.Surface, path: Path) -> bool:
    """Present the kept frame in `window` now; False (nothing drawn) without a usable one."""
    import pygame

    try:
        data = path.read_bytes()
        magic, w, h = HEADER.unpack_from(data)
        pixels = data[HEADER.size:]
        if magic != MAGIC or (w, h) != window.get_size() or len(pixels) != w * h * 3:
            return False
        window.blit(pygame.image.frombytes(pixels, (w, h), "RGB"), (0, 0))
    except (OSError, ValueError, struct.error, pygame.error):
        return False
    pygame.display.flip()
    return True


def keep(window: pygame.Surface, path: Path) -> None:
    """Keep `window`'s pixels as the next run's first frame. Done at once (a copy and a write,
    about 20 ms once a run): a thread could be cut off by a quick exit, and the next start
    would go without."""
    import pygame

    from game.safeio import write_atomic

    w, h = window.get_size()
    try:
        write_atomic(path, HEADER.pack(MAGIC, w, h) + pygame.image.tobytes(window, "RGB"), durable=False)
    except OSError as exc:  # the next start is only slower
        log.info("cannot keep the title's first frame: %s", exc)


def prepare(build: Callable[[], T], present: bool) -> T:
    """`build()` in a worker thread while this (the main) thread keeps the window answering:
    events pumped (they wait in the queue for the game), the picture presented again when
    `present`. Returns what `build` returns, or raises what it raised."""
    import pygame

    result: list[T] = []
    failure: list[BaseException] = []

    def work() -> None:
        try:
            result.append(build())
        except BaseException as exc:  # handed to the main thread
            failure.append(exc)

    worker = threading.Thread(target=work, name="prepare", daemon=True)
    worker.start()
    while worker.is_alive():
        pygame.event.pump()
        if present:
            pygame.display.flip()
        worker.join(PRESENT_EVERY)
    if failure:
        raise failure[0]
    return result[0]
