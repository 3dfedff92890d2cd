"""FX2 (stop 30, issues 13 and 16): what the effects keep between frames, cut further.

- The candles' halos kept the full-strength halo and, beside it, a copy multiplied by 255 for
  the top flicker level: the same bytes (pygame's multiply by 255 keeps every byte), a whole
  sprite more (5 MiB at a 1080p close-up, where the bright flicker reaches the top level: lines
  16 and 76). The top level is the full halo itself now.
- Every level the flicker reached was kept (up to the sprites' budget), and every level it would
  reach in the next 6 s made ahead for the next shot: at line 75 the candles held line 76's
  close-up halos, 24 MiB at 1080p. A level is a copy and a multiply of the full halo (the costly
  gradient): HALO_KEPT levels are kept a scale (the least recently drawn goes) and only the full
  halo made ahead (HALO_AHEAD 0). (Played at 60 Hz through lines 75-76 at 1080p: 21 levels made
  again while drawn, 116 before, as the budget let go of them; halos held at 75 20.4 -> 12.8 MiB,
  at 76 21.9 -> 15.8.)
- The rain replaces some caches whole (the night scaled to the glass at each clearing step, the
  sheet, the film's level); the scale's art kept the one replaced until its next store (a rescale,
  the governor's look): at the window's close-up as the rain stops (line 75) two nights scaled.

Asserted by what is held and what is drawn (no timed assertions); each fails on 5e997ef."""

from __future__ import annotations

import gc
import weakref
from pathlib import Path

import pygame

from game.fx import RoomFx
from game.fx.candles import HALO_AHEAD, HALO_BASE, HALO_BINS, HALO_KEPT, Candles, candle_specs
from game.fx.occlusion import Occluders
from game.fx.rain_drops import FILM_FROM
from game.fx.sprites import art_bytes
from game.room.model import Room
from game.room.tmxload import load_room
from game.view import View

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


def test_the_halos_keep_a_few_levels_and_make_one_ahead() -> None:
    room = load_room(ROOM)
    candles = Candles(candle_specs(room), 1, False, Occluders())
    candles._rescale(1.0)
    first = pygame.image.tobytes(candles._halo(3), "RGB")
    for level in range(HALO_BINS - 1):  # every level drawn, one after the other
        candles._halo(level)
    copies = {v for v, x in candles._halos.items() if x is not candles._halos[HALO_BASE]}
    assert copies == set(range(HALO_BINS - 1 - HALO_KEPT, HALO_BINS - 1))  # the last drawn
    candles._halo(HALO_BINS - 1 - HALO_KEPT)  # drawn again: the newest, the other goes when a new one comes
    candles._halo(0)
    assert set(candles._halos) - {HALO_BASE} == {HALO_BINS - 1 - HALO_KEPT, 0}
    assert pygame.image.tobytes(candles._halo(3), "RGB") == first  # made again alike
    # made ahead for a shot of the candles: the full halo and HALO_AHEAD levels, not every level reached
    size, (x, y) = (480, 270), candles.specs[0].wick_top(0.8)
    view = View(2.0, 240 - 2.0 * x, 135 - 2.0 * y)  # the first candle in the middle
    assert candles.visible(view, size, 0.8)
    for _step in candles.prepare_steps(view, size, 0.8, 0.0, 1.0):
        pass
    ahead = candles._art.at(2.0, ahead=True).halos
    assert HALO_BASE in ahead and len({id(x) for x in ahead.values()}) == 1 + HALO_AHEAD
    assert HALO_AHEAD == 0  # the full halo alone: the cut's frame makes the levels it draws


def test_the_rain_s_art_holds_only_the_caches_in_use(room: Room) -> None:
    rain = RoomFx(room, 9).rain
    assert rain is not None
    rain._rescale(2.0)
    first = weakref.ref(rain._night(300, 200, 0))
    rain.memory_bytes()  # (the governor's look: the art stores the caches in use)
    rain._night(300, 200, 1)  # the sky clears a step: a new night scaled
    gc.collect()
    assert first() is None  # (the art held it until its next store)
    assert rain._art.scaled is rain._scaled
    rain._film_at((300, 200), 1.0)
    small = rain._film[0]
    rain._film = {0: small, -7: small}  # (a level kept: the art holds the dictionary in use)
    rain._film_small_steps((300, 200))  # (nothing to make)
    film = weakref.ref(rain._film_at((300, 200), FILM_FROM + (1 - FILM_FROM) * 0.5))  # a lighter film
    assert rain._art.film is rain._film and film() is rain._film[3]
