"""FX2 (stop 30, issues 13 and 16): what the effects keep between frames, cut further.

- The candles' halos kept the full-strength halo and, beside it, a copy multiplied by 255 for
  the top flicker level: the same bytes (pygame's multiply by 255 keeps every byte), a whole
  sprite more (5 MiB at a 1080p close-up, where the bright flicker reaches the top level: lines
  16 and 76). The top level is the full halo itself now.

Asserted by what is held and what is drawn (no timed assertions); each fails on 5e997ef."""

from __future__ import annotations

from pathlib import Path

import pygame

from game.fx.candles import HALO_BASE, HALO_BINS, Candles, candle_specs
from game.fx.occlusion import Occluders
from game.fx.sprites import art_bytes
from game.room.tmxload import load_room

ROOM = Path(__file__).resolve().parents[2] / "scenes" / "room.tmx"


def test_the_top_halo_level_is_the_full_halo_not_a_copy() -> None:
    candles = Candles(candle_specs(load_room(ROOM)), 1, False, Occluders())
    candles._rescale(1.0)
    top, under = candles._halo(HALO_BINS - 1), candles._halo(HALO_BINS - 2)
    halos = candles._art.at(1.0).halos
    assert top is halos[HALO_BASE]  # one sprite for the two keys
    one = top.get_pitch() * top.get_height()
    assert art_bytes(candles._art.at(1.0)) == 2 * one  # the base (the top level) and the level under it
    # the same pixels as the copy multiplied by 255 it was
    copy = halos[HALO_BASE].copy()
    copy.fill((255, 255, 255), special_flags=pygame.BLEND_RGB_MULT)
    assert pygame.image.tobytes(copy, "RGB") == pygame.image.tobytes(top, "RGB")
    assert pygame.image.tobytes(under, "RGB") != pygame.image.tobytes(top, "RGB")
