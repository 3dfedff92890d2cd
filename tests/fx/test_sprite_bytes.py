"""The effects' art counted by shape (game/fx/sprites.py `PerScale.memory_bytes`): read before each
step made ahead, its sprites were counted one by one (1.3 ms of a wide room's ~20 at 1080p); now a
scale's art is counted again only when its shape changed. The count must stay the count."""

from __future__ import annotations

from typing import Any

import pygame

from game.clock import STEP
from game.fx.sprites import PerScale, art_bytes
from game.memory import caches_under


class _Art:
    def __init__(self) -> None:
        self.halos: dict[int, pygame.Surface] = {}
        self.logs: pygame.Surface | None = None


def _counted(cache: PerScale[Any]) -> int:
    return sum(art_bytes(v) for v in cache._by.values())


def test_the_count_follows_sprites_made_let_go_of_and_replaced() -> None:
    cache: PerScale[_Art] = PerScale(lambda _s: _Art())
    art = cache.at(1.0)
    assert cache.memory_bytes() == 0
    for level in range(4):  # sprites made
        art.halos[level] = pygame.Surface((10 + level, 10), pygame.SRCALPHA)
        assert cache.memory_bytes() == _counted(cache) > 0
    art.halos.pop(next(iter(art.halos)))  # the oldest let go of, one made: the same length
    art.halos[9] = pygame.Surface((40, 40), pygame.SRCALPHA)
    assert cache.memory_bytes() == _counted(cache)
    art.logs = pygame.Surface((64, 64))  # an attribute set, then replaced
    assert cache.memory_bytes() == _counted(cache)
    art.logs = pygame.Surface((128, 64))
    assert cache.memory_bytes() == _counted(cache)
    cache.at(2.0, ahead=True).halos[0] = pygame.Surface((8, 8))  # another scale's
    assert cache.memory_bytes() == _counted(cache)


def test_every_effects_count_is_its_sprites_through_the_story(room_ctx: Any) -> None:
    """The wide room, the fire's close shot, the window in torrential rain, played at 640x360: after
    every frame each effect's count is the count of its sprites one by one."""
    from game.scenes.story import StoryScene

    canvas = pygame.Surface((640, 360))
    caches = [c for c in caches_under(room_ctx) if isinstance(c, PerScale)]
    assert len(caches) >= 4  # (the rain's, the candles', the fire's two, the sparks')
    checked = 0
    for line in (1, 9, 51):
        scene = StoryScene(room_ctx)
        scene.seek(line, 0.0)
        for _ in range(40):
            for _ in range(4):
                scene.update(STEP)
            scene.draw(canvas)
            for cache in caches:
                assert cache.memory_bytes() == _counted(cache), (line, cache)
                checked += cache.memory_bytes() > 0
    assert checked > 100
