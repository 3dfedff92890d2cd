"""The C heap, tuned so freed pixels go back to the system: `tune_heap` once at start-up.

Nearly all of the game's memory is pixel buffers (SDL surfaces) and decoded sound, made
and freed by C's malloc, not Python's. glibc's malloc serves a block above its mmap
threshold (128 KiB) with its own mapping, returned to the system on free; but the first
time such a block is freed it raises the threshold to that block's size (up to 32 MiB),
so from then on every surface of up to a full-screen layer comes from the main heap,
where freed space between live blocks stays resident. Over a kiosk's week of shot changes
and rasters let go by the caches, that fragmentation was ~30 MB of the resident size at
480x270 and grew with every reset. Fixing the threshold (setting it at all switches the
dynamic rule off) keeps each large buffer in its own mapping; limiting the arenas to two
keeps the sound decoder's thread from growing a heap of its own. `trim_heap` hands back
the free pages between the small blocks that stay (nib stamps, occluder crops, Python's
objects): ~24 MB of a 220 MB kiosk at 480x270. It is called when a new story begins
(`Books.new`: each Begin, each kiosk reset), where a few ms cost nothing.

Only glibc has `mallopt`; elsewhere (macOS, Windows, musl) both are no-ops, and a failure
is never an error: this changes how much memory the game keeps, never what it does.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import sys

M_MMAP_THRESHOLD = -3
M_ARENA_MAX = -8
MMAP_THRESHOLD = 128 * 1024  # glibc's own default, held fixed
ARENAS = 2


@functools.cache
def _libc() -> ctypes.CDLL | None:
    """glibc, opened once (find_library runs ldconfig: only if the usual name fails)."""
    if not sys.platform.startswith("linux"):
        return None
    libc: ctypes.CDLL | None
    try:
        libc = ctypes.CDLL("libc.so.6")
    except OSError:
        found = ctypes.util.find_library("c")
        try:
            libc = ctypes.CDLL(found) if found else None
        except OSError:
            libc = None
    return libc if libc is not None and hasattr(libc, "mallopt") and hasattr(libc, "malloc_trim") else None


def tune_heap() -> bool:
    """Fix malloc's mmap threshold and arena count (glibc); True if both took."""
    libc = _libc()
    if libc is None:
        return False
    ok = libc.mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD) == 1
    return bool(libc.mallopt(M_ARENA_MAX, ARENAS) == 1 and ok)


def trim_heap() -> None:
    """Return the heap's free memory to the system (glibc; elsewhere nothing)."""
    libc = _libc()
    if libc is not None:
        libc.malloc_trim(0)
