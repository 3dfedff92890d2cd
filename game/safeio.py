"""Reading and writing the player's small files without ever hurting them.

Two promises, kept in one place for settings, saves, the kiosk config, the heartbeat and
the art cache:

- Reading refuses what is not a regular file of sane size, before reading a byte: a FIFO
  in place of `settings.toml` would block start-up forever, `/dev/zero` would fill memory.
  The file is opened non-blocking (a FIFO opens at once), then `fstat` decides.
- Writing stays home: the new content goes to a fresh temporary name in the same folder,
  created exclusively and never through a link (`O_EXCL | O_NOFOLLOW`), is fsynced, then
  renamed over the target, and the folder is fsynced. A link planted at any name cannot
  redirect the write, a crash or a full disk leaves the old file whole, and a reader sees
  either the old file or the new one, never half of one.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from pathlib import Path

SMALL_FILE = 1_000_000  # bytes: far more than any settings, save or config file needs


class RefusedFile(OSError):
    """A path that is not a regular file, or is too large to be what it claims."""


def read_small_bytes(path: Path, limit: int = SMALL_FILE) -> bytes:
    """The bytes of `path`; RefusedFile if it is not a regular file or exceeds `limit`."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise RefusedFile(f"not a regular file ({_kind(info.st_mode)})")
        if info.st_size > limit:
            raise RefusedFile(f"too large ({info.st_size} bytes; at most {limit})")
        os.set_blocking(fd, True)
        chunks: list[bytes] = []
        size = 0
        while chunk := os.read(fd, 65536):  # the size may change under us: count what comes
            size += len(chunk)
            if size > limit:
                raise RefusedFile(f"too large (more than {limit} bytes)")
            chunks.append(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def read_small_text(path: Path, limit: int = SMALL_FILE) -> str:
    """`read_small_bytes` decoded as UTF-8 (a leading BOM is accepted and dropped)."""
    return read_small_bytes(path, limit).decode("utf-8").removeprefix("\ufeff")


def _kind(mode: int) -> str:
    for test, name in ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a pipe"), (stat.S_ISCHR, "a device"),
                       (stat.S_ISBLK, "a device"), (stat.S_ISSOCK, "a socket")):
        if test(mode):
            return name
    return "not a file"


def write_atomic(path: Path, data: bytes, mode: int = 0o644, durable: bool = True) -> None:
    """Replace `path` with `data`: exclusive temporary file, fsync, rename, folder fsync.

    `durable` False (a cache: rasterized art, the title's kept frame) skips both fsyncs: still
    never half a file while the machine runs, but a power cut may lose the entry, which the
    cache's reader takes as a miss; the fsyncs were most of a cold start's wall time (about
    144 of them, 0.7 s, on this machine's disk).

    Raises OSError (the old file, if any, is untouched and no temporary file is left).
    """
    folder = path.parent
    folder.mkdir(parents=True, exist_ok=True)
    tmp = folder / f".{path.name}.{os.getpid()}.{secrets.token_hex(6)}.tmp"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC, mode)
    try:
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            if durable:
                os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    if durable:
        _sync_folder(folder)


def _sync_folder(folder: Path) -> None:
    """Make the rename durable; some filesystems cannot fsync a folder, which is fine."""
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
