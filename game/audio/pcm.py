"""The room's loops decoded once into files of the cache, and read from there a chunk at a time.

A loop held mono in memory (`stream.MonoLoop`) is still 2.0-2.5 MiB a level, ~7 MiB at a kiosk's
peak (two rain levels gliding and the fire), and a level that comes back is decoded again (its
stereo Sound and its mono copy, 7 MiB for a moment on the decoder's thread). Its samples never
change: the first decode writes them to `<cache>/sound/` (int16 in the machine's order, named by
the compressed file's digest, the mixer's format and SDL_mixer's version, so another file, format
or decoder is decoded afresh), and from then on a `PcmFile` reads the half second the stream plays
next (88 KiB a second a stream, from the page cache: the kernel's, not the process's). Nothing is
held but the chunks; nothing is decoded again. A cache that cannot be written leaves the loop in
memory (`MonoLoop`), as before.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import numpy as np
import pygame

from .stream import Loop

SUFFIX = ".s16"


def default_dir() -> Path:
    from game.userdirs import cache_dir

    return cache_dir() / "sound"


def cache_path(where: Path, file: Path) -> Path:
    """Where the decoded samples of `file` are kept: its digest with the mixer's format and decoder."""
    digest = hashlib.sha1(Path(file).read_bytes())
    digest.update(repr((pygame.mixer.get_init(), pygame.mixer.get_sdl_mixer_version())).encode())
    return where / f"{Path(file).stem}-{digest.hexdigest()[:20]}{SUFFIX}"


class PcmFile(Loop):
    """A loop's mono samples in a file, read as they are played: no samples held."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.frames = path.stat().st_size // 2

    def __len__(self) -> int:
        return self.frames

    def mono(self, pos: int, n: int) -> np.ndarray:
        with open(self.path, "rb", buffering=0) as f:
            f.seek(2 * pos)
            data = f.read(2 * n)
        if len(data) != 2 * n:
            raise OSError(f"{self.path}: {len(data) // 2} of {n} samples at {pos}")
        return np.frombuffer(data, dtype=np.int16)


def cached(where: Path | None, file: Path) -> PcmFile | None:
    """The file's samples decoded before, if they are in the cache."""
    if where is None:
        return None
    try:
        path = cache_path(where, file)
        return PcmFile(path) if path.is_file() and path.stat().st_size >= 2 else None
    except OSError:
        return None


def keep(where: Path | None, file: Path, samples: np.ndarray) -> PcmFile | None:
    """Write a loop's mono samples to the cache (whole, then renamed into place: a reader never sees
    half a file) and drop the file's older decodes; None if it cannot be written."""
    if where is None:
        return None
    try:
        path = cache_path(where, file)
        where.mkdir(parents=True, exist_ok=True)
        part = path.with_name(f"{path.name}.{os.getpid()}.part")
        with open(part, "wb") as f:
            f.write(np.ascontiguousarray(samples, dtype=np.int16).data)
        os.replace(part, path)
        for old in where.glob(f"{Path(file).stem}-*{SUFFIX}"):
            if old != path:
                old.unlink(missing_ok=True)
        return PcmFile(path)
    except OSError:
        return None
