"""The pen's shared cache lets go of its stamps' coverage grids when the notebook leaves its shot
(game/pen/notebook_state.py `PenCache.release`): the float64 grids the nib's imprints were made
from (1261 arrays, ~1.9 MiB at 1080p for the story's words) stayed for the run beside the stamps
they made, all through the room shots. The stamps themselves stay; a stamp made afterwards works
its grid out again: the same pixels."""

from __future__ import annotations

import pygame

from game.pen.hands import Hand
from game.pen.ink import StampCache
from game.pen.notebook_state import PenCache


def _pixels(s: pygame.Surface) -> bytes:
    return pygame.image.tobytes(s, "RGB")


def test_release_drops_the_coverage_grids_and_keeps_the_stamps(hands: dict[str, Hand]) -> None:
    hand = next(iter(hands.values()))
    cache = PenCache()
    stamps = cache.stamps[(hand.name, (20, 20, 60), 1.5)] = StampCache(hand, (20, 20, 60), 1.5)
    stamps.warm({(2, 0, 1, 0, 0), (3, 1, 2, 1, 1)})
    assert stamps._cov  # the grids the stamps were made from
    cache.release()
    assert not stamps._cov
    assert len(stamps.places) == 2  # the stamps are kept


def test_a_stamp_made_after_release_has_the_same_pixels(hands: dict[str, Hand]) -> None:
    hand = next(iter(hands.values()))
    key, other = (2, 0, 1, 0, 0), (2, 2, 1, 0, 0)  # another colour of the same imprint
    fresh = StampCache(hand, (20, 20, 60), 1.5)
    want = _pixels(fresh.get(other))
    cache = PenCache()
    stamps = cache.stamps[(hand.name, (20, 20, 60), 1.5)] = StampCache(hand, (20, 20, 60), 1.5)
    stamps.get(key)
    cache.release()
    assert _pixels(stamps.get(other)) == want
