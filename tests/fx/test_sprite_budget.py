"""The effects' per-scale sprites keep to a byte budget (game/fx/sprites.py SPRITE_BUDGET):
over it, a scale neither drawn nor made ahead goes first, then the oldest sprites of the art made
ahead, then the drawn art's oldest; nothing asked for again is lost (it is made again)."""
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
    per.trim(budget=one + one // 2)  # the art made ahead loses its oldest sprites (its newest stay for its cut)
    assert sorted(ahead.halos) == [2, 3] and len(drawn.halos) == 4
    per.trim(budget=one // 2)  # then the rest of it, then the drawn art's oldest sprites
    assert not ahead.halos and sorted(drawn.halos) == [2, 3]
    assert art_bytes(drawn) <= one // 2



def test_candles_at_the_fire_close_up_keep_to_three_screens() -> None:
    """Every halo level at the fire close-up's scale (4.8x: 1152 px, 4 MB each at 1080p) asked
    for: the candles keep at most SPRITE_BUDGET, 3 screens of 1080p (at 48 MiB they kept ~11
    levels, 46 MiB, the largest holder at the story's peak); a level let go comes back the same."""
    from pathlib import Path

    from game.fx.candles import HALO_BINS, Candles, candle_specs
    from game.fx.occlusion import Occluders
    from game.fx.sprites import SPRITE_BUDGET
    from game.room.tmxload import load_room

    assert SPRITE_BUDGET <= 24 * 2**20  # about 3 screens of 1920x1080 at 4 bytes a pixel
    room = load_room(Path(__file__).resolve().parents[2] / "scenes" / "room.tmx")
    candles = Candles(candle_specs(room), 1, False, Occluders())
    candles._rescale(4.8)
    first = pygame.image.tobytes(candles._halo(0), "RGB")
    for level in range(HALO_BINS):
        candles._halo(level)
        assert candles._art.memory_bytes() <= min(SPRITE_BUDGET, 24 * 2**20)
    assert pygame.image.tobytes(candles._halo(0), "RGB") == first
