"""The turn cache the figures and the inserts share (game/art/turn_cache.py): what goes, in what
order, and what stays over the budget. Values are byte counts (size = the value)."""

from __future__ import annotations

import random

from game.art.turn_cache import TurnCache

Key = tuple[str, int]  # (the part, its turn)


def _cache(**kw: object) -> TurnCache[Key, int]:
    return TurnCache(lambda v: v, owner=lambda k: k[0], **kw)  # type: ignore[arg-type]


def test_spare_turns_go_least_recently_drawn_first() -> None:
    c = _cache()
    for part in "abc":
        c.put((part, 0), 10, budget=100)
    c.frame()
    c.frame()  # none of them drawn in the last frame: all spare
    assert c.get(("a", 0)) == 10  # a drawn again: now the most recent
    c.put(("d", 0), 10, budget=30)
    assert list(c) == [("c", 0), ("a", 0), ("d", 0)]  # b, the least recently drawn, went
    c.put(("e", 0), 10, budget=30)
    assert list(c) == [("a", 0), ("d", 0), ("e", 0)]  # then c (a is protected now)


def test_the_last_frames_turns_stay_over_the_budget_and_go_once_not_drawn() -> None:
    c = _cache()
    parts = "abcd"
    for part in parts:  # one frame: four turns of 10 bytes, the budget 25
        c.put((part, 0), 10, budget=25)
    assert len(c) == 4 and c.bytes == 40
    for _ in range(3):  # frame after frame the same four are drawn: none is made again
        c.frame(budget=25)
        assert all(c.get((part, 0)) == 10 for part in parts)
    c.frame(budget=25)  # a frame that draws only a and b
    c.get(("a", 0)), c.get(("b", 0))
    c.frame(budget=25)  # c and d were not drawn in the last frame: spare, they go to the budget
    assert list(c) == [("a", 0), ("b", 0)] and c.bytes == 20


def test_a_parts_new_turn_makes_its_old_one_spare_at_once() -> None:
    c = _cache()
    c.put(("a", 0), 10, budget=15)
    c.put(("b", 0), 10, budget=15)  # over, but both drawn now: both stay
    assert len(c) == 2
    c.frame(budget=15)
    c.put(("a", 1), 10, budget=15)  # a breathes to a new angle: its old one is no longer shown
    assert list(c) == [("b", 0), ("a", 1)]  # b, shown last frame and not replaced, stays


def test_bytes_are_the_sum_of_the_turns_kept_through_replace_discard_and_release() -> None:
    c = _cache()
    c.put(("a", 0), 7, budget=1000)
    c.put(("a", 0), 9, budget=1000)  # the same key again replaces it
    c.put(("b", 0), 5, budget=1000)
    assert c.bytes == 14 and len(c) == 2
    del c[("b", 0)]
    assert c.bytes == 9
    c.watch()
    c.put(("c", 0), 3, budget=1000)
    c.keep_asked()  # only what was asked for since watch: c
    assert list(c) == [("c", 0)] and c.bytes == 3
    c.clear()
    assert c.bytes == 0 and not c


def test_letting_go_over_the_budget_asks_for_nothing_while_watched() -> None:
    """The memory governor keeps what was asked for since `watch`: looking the turns over to let
    some go is not asking for them (it was, and a return to the title kept 5.9 MiB of turns, not 2.6)."""
    c = _cache()
    for part in "abc":
        c.put((part, 0), 10, budget=1000)
    c.frame()
    c.frame()
    c.watch()
    c.get(("a", 0))
    c.put(("d", 0), 10, budget=35)  # over: b goes (the least recently drawn spare one), c stays
    c.frame(budget=35)
    assert set(c) == {("a", 0), ("c", 0), ("d", 0)}
    c.keep_asked()
    assert set(c) == {("a", 0), ("d", 0)} and c.bytes == 20


def test_a_part_holds_at_most_per_owner_turns_and_the_cache_keep_max() -> None:
    c = _cache(per_owner=3, keep_max=5)
    c.put(("torso", 0), 1, budget=1000)
    for k in range(10):  # the writing arm turning every frame
        c.frame()
        c.put(("arm", k), 1, budget=1000)
    assert [k for k in c if k[0] == "arm"] == [("arm", 7), ("arm", 8), ("arm", 9)]
    assert ("torso", 0) in c  # another part's churn did not push it out
    for part in "wxyz":
        c.put((part, 0), 1, budget=1000)
    assert len(c) <= 5 or all(c.protected(k) for k in c)


def test_the_budget_is_exceeded_only_by_protected_turns_and_never_past_over_budgets() -> None:
    """Random frames of random parts: after every put, either within the budget, or every turn
    kept is protected (with `over`: and within `over` budgets, or the new turn is alone)."""
    rng = random.Random(5)
    for over in (None, 2.0):
        c = _cache(over=over)
        for _ in range(400):
            if rng.random() < 0.2:
                c.frame(budget=100)
            key = (rng.choice("abcdefgh"), rng.randrange(4))
            if c.get(key) is None:
                c.put(key, rng.randrange(5, 60), budget=100)
                assert c.bytes == sum(c.values())
                if c.bytes > 100:
                    assert all(c.protected(k) for k in c)
                    if over is not None:
                        assert c.bytes <= over * 100 or list(c) == [key]
