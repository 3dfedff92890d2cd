"""Stop 30 (HEAP): the heap is trimmed after every frame, not only at the governor's looks.

What a frame frees under malloc's mmap threshold stayed resident until the next look (every 2 s or
120 frames), under the next frames' transients: a kiosk's high-water mark stood on it (2 simulated
hours at 1080p: max RSS 459.4 -> 407.3 MB trimmed each frame). Calls and bytes are counted; nothing
is timed.
"""

from __future__ import annotations

import ctypes
import os
import platform

import pytest

from game import memory
from game.memory import Governor


class _Nothing:
    """A context with no caches."""


def _still() -> float:
    return 0.0  # a clock that never moves: no look falls due by time


def test_a_frame_between_looks_trims_the_heap(monkeypatch: pytest.MonkeyPatch) -> None:
    trims: list[int] = []
    monkeypatch.setattr(memory, "trim_heap", lambda: trims.append(1))
    gov = Governor(total=lambda _size: 1 << 40, clock=_still)
    looks: list[int] = []
    monkeypatch.setattr(gov, "check", lambda ctx, size: looks.append(1) or 0)
    for _ in range(3):
        gov.frame(_Nothing(), (1920, 1080))
    assert looks == [] and trims == [1, 1, 1]


def _rss() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc" or not os.path.exists("/proc/self/statm"),
                    reason="glibc's heap, Linux's resident size")
def test_the_pages_a_frame_freed_go_back_before_the_next_look() -> None:
    assert memory.tune_heap()
    libc = ctypes.CDLL("libc.so.6")
    libc.malloc.restype, libc.malloc.argtypes = ctypes.c_void_p, [ctypes.c_size_t]
    libc.free.argtypes = [ctypes.c_void_p]
    size, n = 16 * 1024, 3200  # 50 MiB of blocks under the mmap threshold (64 KiB)
    blocks = [libc.malloc(size) for _ in range(n)]
    for b in blocks:
        ctypes.memset(b, 1, size)  # resident
    kept = set(blocks[::160])  # a few live blocks between the freed ones hold the heap's top up
    for b in blocks:
        if b not in kept:
            libc.free(b)
    before = _rss()
    Governor(total=lambda _size: 1 << 40, clock=_still).frame(_Nothing(), (1920, 1080))  # no look due
    freed = before - _rss()
    for b in kept:
        libc.free(b)
    assert freed > 25 * 2**20, f"a frame between looks gave back {freed / 2**20:.1f} MiB of ~49 MiB freed"
