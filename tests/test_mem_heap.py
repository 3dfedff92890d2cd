"""The C heap hands freed pages back at every look of the governor (MEM, issue 16 item 1).

Buffers under malloc's mmap threshold (numpy scratch, nib stamps, glyph runs, crops) come from
the heap; freed between live blocks they stay resident until a trim. The governor looks every
120 frames or 2 s; it trimmed only when the caches were over their total, so the pages a frame
freed were held at a kiosk's worst moments. Bytes and calls are counted; nothing is timed.
"""

from __future__ import annotations

import ctypes
import os
import platform

import pytest

from game import memory
from game.memory import Governor


class _Nothing:
    """A context with no caches: the governor's total is never passed."""


def test_the_governor_trims_the_heap_at_a_look_under_its_total(monkeypatch: pytest.MonkeyPatch) -> None:
    trims: list[int] = []
    monkeypatch.setattr(memory, "trim_heap", lambda: trims.append(1))
    gov = Governor(total=lambda _size: 1 << 40)
    gov.check(_Nothing(), (1920, 1080))
    assert trims == [1]


def _rss() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc" or not os.path.exists("/proc/self/statm"),
                    reason="glibc's heap, Linux's resident size")
def test_a_look_gives_back_the_pages_freed_between_live_blocks() -> None:
    assert memory.tune_heap()
    libc = ctypes.CDLL("libc.so.6")
    libc.malloc.restype, libc.malloc.argtypes = ctypes.c_void_p, [ctypes.c_size_t]
    libc.free.argtypes = [ctypes.c_void_p]
    size, n = 64 * 1024, 1600  # 100 MiB of blocks under the mmap threshold (128 KiB)
    blocks = [libc.malloc(size) for _ in range(n)]
    for b in blocks:
        ctypes.memset(b, 1, size)  # resident
    kept = blocks[::40]  # a few live blocks between the freed ones hold the heap's top up
    for b in blocks:
        if b not in kept:
            libc.free(b)
    before = _rss()
    Governor(total=lambda _size: 1 << 40).check(_Nothing(), (1920, 1080))
    freed = before - _rss()
    for b in kept:
        libc.free(b)
    assert freed > 50 * 2**20, f"a look under the total gave back {freed / 2**20:.1f} MiB of ~97 MiB freed"
