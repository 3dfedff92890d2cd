"""The art made ahead of the cut out of line 74 (the golden glow, a slow pan) into the window's close
shot (75), no more of it and in smaller pieces (issue 13: line 74's worst frames at 1080p).

- The next shot's map made ahead asked the hearth, off the window's shot, for its logs: the flame
  field's grid and textures were made at that scale and again at the shown one's (17 ms, one frame).
- The glow's pools are mirrored from one quadrant: the same bytes as the whole grid (9.0 and 6.5 ms
  of one step at the close shot's scale, now 2.0 and 1.5).
- The full halo is made ahead a band of rows a step, the flames a flame a step (whole, 13 ms and
  8-9 ms steps, each twice in line 74's frames).

Asserted by what is made and by bytes (no timed assertions); the first and the last fail on 2651e61."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pygame

from game.fx import RoomFx
from game.fx.candles import HALO_BASE, HALO_R, Candles, candle_specs, halo_sprite
from game.fx.glow import BLOOM_RGB, HAZE_FULL, pool
from game.fx.occlusion import Occluders
from game.fx.sprites import FArray, _radius_grid, rgb_surface
from game.room.tmxload import load_room
from game.view import View

ROOM = Path(__file__).resolve().parents[2] / "scenes" / "room.tmx"


def test_the_logs_off_the_shot_make_no_fire_art_at_its_scale() -> None:
    fx = RoomFx(load_room(ROOM), 7)
    hearth = fx.hearth
    assert hearth is not None
    shown = View(1.6, 0.0, -400.0)  # the golden glow's pan's large frame (its area from 0, 250 at 1.6x)
    hearth._rescale(shown.scale)
    made: list[float] = []
    make = hearth._textures._make

    def counted(n: float) -> tuple[FArray, FArray]:
        made.append(n)
        return make(n)

    hearth._textures._make = counted
    k = 1920 / 560  # the window's close shot (line 75: its shot's rect 100, 95, 560 x 315), the hearth off it
    window = View(k, -100 * k, -95 * k)
    assert not hearth.visible(window, (1920, 1080))
    assert hearth.dark_logs(window, pygame.Rect(0, 0, 1920, 1080)) is None
    assert made == [] and hearth._scale == hearth._art.near(shown.scale)  # nothing made, nothing let go of


def _whole_pool(radius: int, colour: tuple[int, int, int], peak: float) -> pygame.Surface:
    """The pool as painted before: the whole grid."""
    x = _radius_grid(max(2, radius) * 2)
    v = 0.55 * np.exp(-((x / 0.3) ** 2)) + 0.45 * np.clip(1.0 - x * x, 0.0, 1.0) ** 2
    return rgb_surface(v[:, :, None] * np.array(colour, dtype=np.float64)[None, None, :] * peak)


def test_a_pool_mirrored_from_a_quadrant_is_the_whole_grid_s_bytes() -> None:
    for radius in (0, 2, 3, 7, 45, 64, 103, 169, 200, 333):
        for colour, peak in ((BLOOM_RGB, 1.0), (HAZE_FULL, 1.0), ((255, 255, 255), 0.37)):
            made, whole = pool(radius, colour, peak), _whole_pool(radius, colour, peak)
            assert made.get_size() == whole.get_size()
            assert pygame.image.tobytes(made, "RGB") == pygame.image.tobytes(whole, "RGB"), (radius, colour, peak)


def test_the_next_shot_s_halo_and_flames_are_made_a_piece_a_step() -> None:
    candles = Candles(candle_specs(load_room(ROOM)), 3, False, Occluders())
    scale = 3.43  # the window's close shot at 1080p
    size, (x, y) = (1920, 1080), candles.specs[0].wick_top(0.8)
    view = View(scale, 960 - scale * x, 540 - scale * y)  # the first candle in the middle
    steps = list(candles.prepare_steps(view, size, 0.8, 0.0, 1.0))
    art = candles._art.at(candles._art.near(scale), ahead=True)
    assert steps.count("halo rows") >= 3  # the full halo's quadrant, a band of rows a step
    base = art.halos[HALO_BASE]
    assert pygame.image.tobytes(base, "RGB") == pygame.image.tobytes(halo_sprite(round(HALO_R * scale), 0.75, True), "RGB")
    made = [s for s in steps if s.startswith("flames ") and s[7:].isdigit()]
    assert len(art.flames) > 0 and len(made) == len(art.flames)  # a flame a step
