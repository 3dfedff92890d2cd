"""A turn is never made beside the turns it replaces (game/art/turn_cache.py `make_room`, called
by game/art/insert_turns.py `turn`), and an insert's light map never beside the map it replaces
(game/art/insert_light.py `LightMaps.get`): line 19's screen-wide hair, a new zoom step every ~10
frames, was turned beside its last step's (+7.8 MiB over the frame's own at 1080p), and the
insert's new light map made beside the old (+7.9)."""

from __future__ import annotations

import random

import pygame

from game.art import insert_light, insert_turns
from game.art.insert_light import InsertLight, LightMaps
from game.art.turn_cache import TurnCache

Key = tuple[str, int]


def _cache(**kw: object) -> TurnCache[Key, int]:
    return TurnCache(lambda v: v, owner=lambda k: k[0], **kw)  # type: ignore[arg-type]


def test_the_turn_replaced_goes_before_the_new_one_is_made() -> None:
    c = _cache()
    c.put(("hair", 0), 80, budget=100)
    c.put(("face", 0), 30, budget=100)
    c.frame(budget=100)  # both shown last frame: protected
    c.get(("face", 0))
    c.make_room(("hair", 1), 80, budget=100)  # the hair's next zoom step: its last one is spare now
    assert list(c) == [("face", 0)] and c.bytes == 30  # gone before the new one's 80 bytes exist
    c.put(("hair", 1), 80, budget=100)
    assert list(c) == [("face", 0), ("hair", 1)]


def test_make_room_then_put_keeps_what_put_alone_keeps() -> None:
    """Random frames of parts turning: with `make_room` before each `put` (the size exact), the
    same turns are kept, in the same order, as with `put` alone; only the moment they go differs."""
    rng = random.Random(7)
    for trial in range(40):
        a, b = _cache(keep_max=rng.choice([None, 3, 5])), _cache(keep_max=None)
        b.keep_max = a.keep_max
        budget = rng.choice([40, 60, 100])
        for _frame in range(30):
            a.frame(budget=budget)
            b.frame(budget=budget)
            for part in rng.sample("abcdef", rng.randint(1, 4)):
                key = (part, rng.randint(0, 3))
                size = rng.choice([5, 10, 20, 35])
                if a.get(key) is None:
                    a.make_room(key, size, budget)
                    a.put(key, size, budget)
                if b.get(key) is None:
                    b.put(key, size, budget)
                assert list(a) == list(b), trial
                assert a.bytes == b.bytes


def test_an_inserts_turn_is_made_after_its_old_step_is_let_go_of() -> None:
    """insert_turns.turn: the bytes kept when the next zoom step is made are the frame's others only."""
    pygame.init()
    img = pygame.Surface((200, 120), pygame.SRCALPHA)
    other = pygame.Surface((60, 60), pygame.SRCALPHA)
    turned = insert_turns.kept_turns()
    budget = 200 * 120 * 4 + 60 * 60 * 4 + 1000  # the frame's two turns and little more
    insert_turns.turn(other, 1.0, 1.0, turned, budget)
    insert_turns.turn(img, 1.0, 1.0, turned, budget)
    turned.frame()
    insert_turns.turn(other, 1.0, 1.0, turned, budget)
    seen: list[int] = []
    real = insert_turns.made

    def made(i: pygame.Surface, rot: float, scale: float) -> pygame.Surface:
        seen.append(turned.bytes)
        return real(i, rot, scale)

    insert_turns.made = made  # type: ignore[assignment]
    try:
        insert_turns.turn(img, 1.25, 1.0, turned, budget)  # the next quarter degree
    finally:
        insert_turns.made = real  # type: ignore[assignment]
    small = insert_turns.made_bytes(other.get_size(), 1.0, 1.0)
    assert seen and seen[0] <= small  # only the other part's turn held while the new one was made
    assert len(turned) == 2


def test_made_bytes_is_never_below_the_turn_made() -> None:
    pygame.init()
    for size in [(1, 1), (37, 211), (640, 360)]:
        img = pygame.Surface(size, pygame.SRCALPHA)
        for rot, scale in [(0.0, 1.0), (0.0, 1.013), (0.25, 1.0), (13.5, 0.97), (90.0, 1.2)]:
            out = insert_turns.made(img, rot, scale)
            assert insert_turns.made_bytes(size, rot, scale) >= out.get_pitch() * out.get_height() * 0.9


def test_an_inserts_new_light_map_is_made_after_the_old_one_is_let_go_of() -> None:
    pygame.init()
    maps = LightMaps(keep=1)
    held: list[int] = []
    real = insert_light.light_surface

    def made(light: InsertLight, size: tuple[int, int]) -> pygame.Surface:
        held.append(len(maps._maps))
        return real(light, size)

    insert_light.light_surface = made  # type: ignore[assignment]
    try:
        maps.get(InsertLight(1, (255, 180, 120), 1.0, (120, 140, 200), 0.3, (30, 30, 40)), (64, 36))
        maps.get(InsertLight(-1, (255, 180, 120), 1.0, (120, 140, 200), 0.3, (30, 30, 40)), (64, 36))
    finally:
        insert_light.light_surface = real  # type: ignore[assignment]
    assert held == [0, 0] and maps.held()
