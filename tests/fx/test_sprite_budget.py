"""The effects' per-scale sprites keep to a byte budget (game/fx/sprites.py SPRITE_BUDGET):
over it, the art of the scale not being drawn goes first, then the drawn art's oldest
sprites; nothing asked for again is lost (it is made again)."""
from __future__ import annotations

import pygame

from game.fx.sprites import PerScale, art_bytes


class _Art:
    def __init__(self) -> None:
        self.halos: dict[int, pygame.Surface] = {}


def _fill(art: _Art, n: int) -> None:
    for k in range(n):
        art.halos[k] = pygame.Surface((64, 64))  # 16 KiB each at 32 bits


def test_over_budget_the_other_scale_goes_first_then_the_oldest_sprites() -> None:
    per: PerScale[_Art] = PerScale(lambda _s: _Art())
    drawn = per.at(1.0)
    _fill(drawn, 4)
    ahead = per.at(2.0, ahead=True)
    _fill(ahead, 4)
    one = art_bytes(drawn)
    assert one == 4 * 64 * 64 * 4
    per.trim(budget=2 * one)  # both fit: nothing goes
    assert per.scales() == [1.0, 2.0]
    per.trim(budget=one)  # the scale not drawn goes, the drawn one stays whole
    assert per.scales() == [1.0] and len(drawn.halos) == 4
    per.trim(budget=one // 2)  # then the drawn art's oldest sprites
    assert sorted(drawn.halos) == [2, 3]
    assert art_bytes(drawn) <= one // 2

