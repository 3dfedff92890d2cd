"""What the census names beyond pixels and sounds (game/census.py `census(arrays=True)`,
game/memory.py `heap_stats`): at the kiosk's 1080p peaks ~130 MiB of the resident size was in no
holder the census knew, so growth there had no name. A cache's numpy arrays are C allocations as
its surfaces are; the soak's count (tools/kiosk/soak.py --census) now lists them under the
holder's path with ARRAYS, once each (a view counts what it views, not again), and malloc's own
figures beside it. Bytes are counted; nothing is timed."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import numpy as np
import pygame
import pytest

from game.census import ARRAYS, BYTES, census
from game.memory import heap_stats


class Field:
    """A cache as the effects' are: a surface and the numpy arrays it was made from."""

    def __init__(self) -> None:
        self.sprite = pygame.Surface((64, 64), pygame.SRCALPHA)  # 16 KiB
        self.heat = np.zeros((256, 256), np.float32)  # 256 KiB
        self.rows = self.heat[::2]  # a view: the same bytes


def test_a_caches_arrays_are_counted_once_under_its_path() -> None:
    held = census({"ctx": {"fx": Field()}}, arrays=True)
    assert held["ctx[].sprite"] == (64 * 64 * 4, 1)
    assert held["ctx[].heat" + ARRAYS] == (256 * 256 * 4, 1)
    # the view adds no bytes: it is one more array, its base already counted
    assert sum(b for path, (b, _) in held.items() if path.endswith(ARRAYS)) == 256 * 256 * 4


def test_a_view_whose_base_is_reached_only_through_it_counts_the_base() -> None:
    base = np.ones((128, 128), np.uint8)
    held = census({"ctx": {"band": base[:64]}}, arrays=True)
    assert sum(b for b, _ in held.values()) == 128 * 128


def test_without_arrays_the_census_is_pixels_and_sounds() -> None:
    held = census({"ctx": {"fx": Field()}})
    assert list(held) == ["ctx[].sprite"]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's mallinfo2")
def test_heap_stats_see_a_pixel_buffer_made_and_freed() -> None:
    before = heap_stats()
    if not before:
        pytest.skip("no mallinfo2 (not glibc)")

    def live() -> int:
        now = heap_stats()
        return now["mapped"] + now["used"]  # (its own mapping, or a free stretch of the heap)

    s = pygame.Surface((1024, 1024), 0, 32)  # 4 MiB
    held = live() - before["mapped"] - before["used"]
    del s
    after = live() - before["mapped"] - before["used"]
    assert held >= 4 * 2**20 and after < 2**20


def test_what_a_step_made_ahead_holds_is_named_by_its_generator() -> None:
    def steps() -> Iterator[None]:
        layer = pygame.Surface((32, 32), pygame.SRCALPHA)  # held in the suspended frame
        yield None
        layer.fill((0, 0, 0, 0))

    ahead = steps()
    next(ahead)
    held = census({"ctx": {"ahead": ahead}}, arrays=True)
    assert held["ctx[]<steps>.layer"] == (32 * 32 * 4, 1)


def test_a_large_bytes_object_is_counted_a_small_one_not() -> None:
    held = census({"ctx": {"png": b"\0" * 2**20, "name": b"tile"}}, arrays=True)
    assert held == {"ctx[]" + BYTES: (2**20, 1)}


def test_what_another_thread_is_making_is_named_by_the_thread() -> None:
    import threading

    started, done = threading.Event(), threading.Event()

    def work() -> None:
        raster = pygame.Surface((64, 64), pygame.SRCALPHA)
        started.set()
        done.wait(10)
        raster.fill((0, 0, 0, 0))

    t = threading.Thread(target=work, name="art-loader-test")
    t.start()
    started.wait(10)
    try:
        held = census({}, arrays=True)
    finally:
        done.set()
        t.join()
    assert held["thread:art-loader-test.raster"] == (64 * 64 * 4, 1)


def test_a_cache_a_thread_works_on_keeps_its_own_path() -> None:
    import threading

    cache = {"raster": pygame.Surface((16, 16))}
    started, done = threading.Event(), threading.Event()

    def work(holder: dict[str, pygame.Surface]) -> None:
        started.set()
        done.wait(10)

    t = threading.Thread(target=work, args=(cache,), name="loader-test")
    t.start()
    started.wait(10)
    try:
        held = census({"ctx": {"fx": {"deep": cache}}}, arrays=True)
    finally:
        done.set()
        t.join()
    assert held == {"ctx[][][]": (16 * 16 * 4, 1)}  # (not thread:loader-test.holder[])
