"""The room's loops and the score decoded once into files of the cache, read from there a chunk at a time.

A loop held mono in memory (`stream.MonoLoop`) is still 2.0-2.5 MiB a level, ~7 MiB at a kiosk's
peak (two rain levels gliding and the fire), and a level that comes back is decoded again (its
stereo Sound and its mono copy, 7 MiB for a moment on the decoder's thread). Its samples never
change: the first decode writes them to `<cache>/sound/` (int16 in the machine's order, named by
the compressed file's digest, the mixer's format and SDL_mixer's version, so another file, format
or decoder is decoded afresh), and from then on a `PcmFile` reads the half second the stream plays
next (88 KiB a second a stream, from the page cache: the kernel's, not the process's). Nothing is
held but the chunks; nothing is decoded again. The themes likewise (stereo, 5.0-7.9 MiB each
decoded, two at a crossfade). A cache that cannot be written leaves the loop in memory (`MonoLoop`)
and the theme a Sound, as before.
"""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path

import numpy as np
import pygame

from game.safeio import write_atomic

from .stream import Loop

SUFFIX = ".s16"


def default_dir() -> Path:
    from game.userdirs import cache_dir

    return cache_dir() / "sound"


def cache_path(where: Path, file: Path, channels: int = 1) -> Path:
    """Where the decoded samples of `file` are kept: its digest with the mixer's format and decoder."""
    st = Path(file).stat()
    digest = _digest(Path(file), st.st_size, st.st_mtime_ns).copy()
    digest.update(repr((pygame.mixer.get_init(), pygame.mixer.get_sdl_mixer_version())).encode())
    return where / f"{Path(file).stem}-{digest.hexdigest()[:20]}{SUFFIX}{'' if channels == 1 else channels}"


@functools.lru_cache(maxsize=64)
def _digest(file: Path, size: int, mtime_ns: int) -> hashlib._Hash:
    """The compressed file's own digest, read once a run (size and time in the key: a file changed
    is read again). The bank lets go of a cached loop's entry when it stops and asks again when it
    comes back: each time, the whole compressed file was read and hashed (1-2 MB on the decoder)."""
    return hashlib.sha1(file.read_bytes())


class PcmFile(Loop):
    """A sound's samples in a file (mono, or stereo interleaved), read as they are played: none held."""

    def __init__(self, path: Path, channels: int = 1) -> None:
        self.path = path
        self.channels = channels
        self.frames = path.stat().st_size // (2 * channels)

    def __len__(self) -> int:
        return self.frames

    def read(self, pos: int, n: int) -> np.ndarray:
        size = 2 * self.channels
        with open(self.path, "rb", buffering=0) as f:
            f.seek(size * pos)
            data = f.read(size * n)
        if len(data) != size * n:
            raise OSError(f"{self.path}: {len(data) // size} of {n} frames at {pos}")
        samples = np.frombuffer(data, dtype=np.int16)
        return samples if self.channels == 1 else samples.reshape(n, self.channels)


def cached(where: Path | None, file: Path, channels: int = 1) -> PcmFile | None:
    """The file's samples decoded before, if they are in the cache."""
    if where is None:
        return None
    try:
        path = cache_path(where, file, channels)
        return PcmFile(path, channels) if path.is_file() and path.stat().st_size >= 2 * channels else None
    except OSError:
        return None


def keep(where: Path | None, file: Path, samples: np.ndarray) -> PcmFile | None:
    """Write a sound's samples ((n,) mono or (n, 2) stereo) to the cache (whole, then renamed into
    place: a reader never sees half a file) and drop the file's older decodes; None if it cannot be
    written."""
    if where is None:
        return None
    channels = 1 if samples.ndim == 1 else int(samples.shape[1])
    try:
        path = cache_path(where, file, channels)
        write_atomic(path, np.ascontiguousarray(samples, dtype=np.int16).tobytes(), durable=False)
        for old in where.glob(f"{Path(file).stem}-*{path.suffix}"):
            if old != path:
                old.unlink(missing_ok=True)
        return PcmFile(path, channels)
    except OSError:
        return None
