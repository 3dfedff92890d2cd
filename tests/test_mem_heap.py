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
import subprocess
import sys
from pathlib import Path

import pytest

from game import memory
from game.memory import Governor

ROOT = Path(__file__).resolve().parents[1]


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
    size, n = 16 * 1024, 6400  # 100 MiB of blocks under the mmap threshold (64 KiB)
    blocks = [libc.malloc(size) for _ in range(n)]
    for b in blocks:
        ctypes.memset(b, 1, size)  # resident
    kept = blocks[::160]  # a few live blocks between the freed ones hold the heap's top up
    for b in blocks:
        if b not in kept:
            libc.free(b)
    before = _rss()
    Governor(total=lambda _size: 1 << 40).check(_Nothing(), (1920, 1080))
    freed = before - _rss()
    for b in kept:
        libc.free(b)
    assert freed > 50 * 2**20, f"a look under the total gave back {freed / 2**20:.1f} MiB of ~97 MiB freed"


_FREED_AT_ONCE = """
import ctypes, sys
from game import memory
assert memory.tune_heap(tight=sys.argv[1] == "tight")
def rss():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * 4096
libc = ctypes.CDLL("libc.so.6")
libc.malloc.restype, libc.malloc.argtypes = ctypes.c_void_p, [ctypes.c_size_t]
libc.free.argtypes = [ctypes.c_void_p]
size = int(sys.argv[2])
blocks = [libc.malloc(size) for _ in range(100 * 2**20 // size)]  # 100 MiB
for b in blocks:
    ctypes.memset(b, 1, size)
kept = set(blocks[::40])
before = rss()
for b in blocks:
    if b not in kept:
        libc.free(b)
print(before - rss())  # no trim, no look
"""


def _freed_at_once(heap: str, size: int) -> int:
    """Bytes given back as ~97 MiB of `size` blocks are freed between live ones, in a fresh process
    with the `heap` ("tight": the kiosk's, "play": a player's) and no trim."""
    out = subprocess.run([sys.executable, "-c", _FREED_AT_ONCE, heap, str(size)], cwd=ROOT, capture_output=True,
                         text=True, check=True)
    return int(out.stdout.split()[-1])


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc" or not os.path.exists("/proc/self/statm"),
                    reason="glibc's heap, Linux's resident size")
def test_a_64_to_128_kib_buffer_goes_back_as_it_is_freed() -> None:
    """In the kiosk's heap a sprite's or a small raster's size (96 KiB) has its own mapping (memory.MMAP_THRESHOLD):
    freed between live blocks it is unmapped at once, with no trim (at glibc's 128 KiB it stayed
    resident in the heap until the next look). In a fresh process: a heap with free stretches
    (another test's) serves such a block from them."""
    freed = _freed_at_once("tight", 96 * 1024)
    assert freed > 80 * 2**20, f"freeing ~97 MiB of 96 KiB buffers gave back {freed / 2**20:.1f} MiB"


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc" or not os.path.exists("/proc/self/statm"),
                    reason="glibc's heap, Linux's resident size")
def test_a_players_heap_keeps_scratch_buffers_and_gives_back_pixel_buffers() -> None:
    """A player's game (`tune_heap(tight=False)`, stop 42): a scratch buffer under 1 MiB (512 KiB,
    a light-map array's size at 1080p: over glibc's own starting threshold, 128 KiB, and the kiosk's,
    64 KiB, which unmap it at once, ~98 MiB of it) freed stays in the heap for the next frame's, not
    unmapped and faulted in again (the kiosk's heap: ~12,400 faults a frame at 1080p); a 2 MiB pixel
    buffer still goes back to the system as it is freed. (Some of the scratch at the heap's top is
    handed back by malloc itself: ~19 MiB of ~97.)"""
    small, large = _freed_at_once("play", 512 * 1024), _freed_at_once("play", 2 * 2**20)
    assert _freed_at_once("tight", 512 * 1024) > 80 * 2**20  # (the kiosk's: unmapped as freed)
    assert small < 40 * 2**20, f"~97 MiB of 512 KiB scratch freed: {small / 2**20:.1f} MiB unmapped at once"
    assert large > 80 * 2**20, f"~97 MiB of 2 MiB buffers freed: only {large / 2**20:.1f} MiB given back"
