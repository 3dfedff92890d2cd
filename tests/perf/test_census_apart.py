"""The soak's census taken apart (game/census.py `census_apart`): the walk reads every instance's
`__dict__` (in CPython 3.11 that makes a dict the object keeps for life) and suspended frames' locals,
and those small dicts pinned Python's arenas under the walk's own garbage: the kiosk soak's counts
(`--census 5`) measured ~20 MB of their own as the game's. Taken in a forked child, the same table
comes back and this process keeps nothing of the walk. Blocks are counted; nothing is timed."""

from __future__ import annotations

import gc
import os
import sys

import pygame
import pytest

from game.census import census, census_apart

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork here: census_apart is census")


class Part:
    """An object as the caches' are: attributes in CPython's inline values until `__dict__` is read."""

    def __init__(self, i: int) -> None:
        self.i = i
        self.name = f"part {i}"
        self.sprite = pygame.Surface((4, 4), pygame.SRCALPHA) if i % 100 == 0 else None


def _roots(n: int) -> dict[str, object]:
    return {"ctx": {"parts": [Part(i) for i in range(n)]}}


def test_the_table_is_the_census_of_this_process() -> None:
    roots = _roots(500)
    assert census_apart(roots, arrays=True) == census(roots, arrays=True)
    assert census_apart(roots)["ctx[][].sprite"] == (5 * 4 * 4 * 4, 5)


def test_the_walk_leaves_no_blocks_here_and_census_in_process_does() -> None:
    """(The collector is kept out of the counts: in CI's worker a collection of other tests' garbage
    during the walk once freed 105,876 blocks more than the walk left.)"""
    roots = _roots(20_000)
    gc.collect()
    gc.disable()
    try:
        before = sys.getallocatedblocks()
        census_apart(roots, arrays=True)
        apart = sys.getallocatedblocks() - before
        before = sys.getallocatedblocks()
        census(roots, arrays=True)
        here = sys.getallocatedblocks() - before
    finally:
        gc.enable()
    assert here > 10_000  # (a dict made for each Part read: what the soak measured as the game's)
    assert apart < 200
