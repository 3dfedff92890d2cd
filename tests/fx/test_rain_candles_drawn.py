"""The rain and the candles keep only what their frames draw (her gaze's push, lines 16-17 at 1080p).

The exterior was painted into a buffer the size of the glass shown and laid from it each frame, the
night it was painted from kept beside it (4.1 + 4.1 MiB at line 16, 5.1 + 5.1 at 17); over a downpour
the town's smeared lights were kept scaled too (2.5 MiB at line 51). The exterior is now laid into the
frame from the night (the smear added into it): the same pixels as the buffer laid. The candles made
every candle's flame each frame, on the canvas or not, and all 88 flame sprites ahead for the next
shot (4.8 MiB at 4.32x), where line 17 drew 23: now only the flames on the canvas, and ahead the bins
the flicker reaches over FLAME_AHEAD s. Fails on 5a772f8 (the buffer and the smear kept, every flame made)."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from game.fx.candles import FLAME_AHEAD, FLAME_DT, STRETCH_BINS, SWAY_BINS, Candles, _flame_bins, candle_specs
from game.fx.occlusion import Occluders
from game.fx.rain import LUM_BINS, RAIN_FPS, SHEET_FROM, Rain, density
from game.fx.rain_drops import FILM_FROM
from game.room.tmxload import load_room
from game.view import View

ROOM = Path(__file__).resolve().parents[2] / "scenes" / "room.tmx"
SIZE = (960, 540)


def _rain() -> tuple[Rain, pygame.Rect]:
    emitter = next(e for e in load_room(ROOM).emitters if e.kind == "rain")
    return Rain(emitter.rect, 10, False), pygame.Rect(emitter.rect.x, emitter.rect.y, emitter.rect.w, emitter.rect.h)


def _held(rain: Rain) -> list[pygame.Surface]:
    """Every surface the rain keeps (its art at each scale, the loose paintings, the trickles' shading)."""
    out: dict[int, pygame.Surface] = {}

    def walk(v: object, depth: int) -> None:
        if isinstance(v, pygame.Surface):
            out[id(v)] = v
        elif depth < 6 and isinstance(v, dict):
            for x in v.values():
                walk(x, depth + 1)
        elif depth < 6 and isinstance(v, (list, tuple)):
            for x in v:
                walk(x, depth + 1)
        elif depth < 6 and hasattr(v, "__dict__") and type(v).__module__.startswith("game."):
            for x in vars(v).values():
                walk(x, depth + 1)

    walk(rain, 0)
    return list(out.values())


@pytest.mark.parametrize("level", [1.0, 2.2, 4.0])  # light rain; a downpour's sheet; torrential: film and smear
def test_the_exterior_is_laid_into_the_frame_as_its_buffer_was(level: float) -> None:
    rain, glass = _rain()
    view = View(2.0, -200.25, -150.5)  # the window shot's scale: part of the glass off the canvas
    g = pygame.Rect(view.rect(glass.x, glass.y, glass.w, glass.h))
    shown = g.clip(pygame.Rect((0, 0), SIZE))
    assert 0 < shown.w < g.w or 0 < shown.h < g.h
    for t in (1.0, 1.52, 2.75):
        canvas = pygame.Surface(SIZE)
        canvas.fill((9, 20, 31))
        rain.draw_exterior(canvas, view, level, t)
        tq = int(t * RAIN_FPS) / RAIN_FPS
        buf = pygame.Surface(shown.size)  # the old way: painted into a buffer where it shows, then laid
        rain._paint_exterior(buf, View(view.scale, view.ox - shown.x, view.oy - shown.y), g.move(-shown.x, -shown.y), level, tq)
        old = pygame.Surface(SIZE)
        old.fill((9, 20, 31))
        old.blit(buf, shown.topleft)
        assert pygame.image.tobytes(old, "RGB") == pygame.image.tobytes(canvas, "RGB")
        big = [s for s in _held(rain) if s.get_width() * s.get_height() >= shown.w * shown.h // 2]
        # the night shown (over a downpour the smear in it) and a downpour's sheet: no buffer, no smear
        assert len(big) == 1 + (density(level) > SHEET_FROM), [s.get_size() for s in big]
    assert (rain._smear_canon != {}) == (density(level) > FILM_FROM)  # (the smear was painted in)


def test_the_streaks_of_a_slant_the_level_has_left_go() -> None:
    rain, _glass = _rain()
    view = View(1.0, 0.0, 0.0)
    canvas = pygame.Surface(SIZE)
    for k in range(80):  # a rise from light rain to torrential (line 51), then held there
        rain.draw_exterior(canvas, view, min(4.0, 1.0 + k * 0.25), 1.0 + k / 60)
    assert {key[2] for key in rain._streaks} == {4}  # the slant drawn at torrential (all five were kept)
    assert len(rain._streaks) <= 5 * LUM_BINS * 2


def _close(candles: Candles, scale: float) -> View:
    """A close shot of the first candle (the others off the canvas but a neighbour or two)."""
    x, y = candles.specs[0].wick_top(0.8)
    return View(scale, SIZE[0] / 2 - scale * x, SIZE[1] / 2 - scale * y)


def test_a_close_shot_makes_only_the_flames_on_its_canvas() -> None:
    candles = Candles(candle_specs(load_room(ROOM)), 3, False, Occluders())
    view = _close(candles, 4.0)
    shown = candles._flames_shown(view, SIZE, 0.8, 4.0)
    assert 0 < sum(shown) < len(candles.specs)
    for t in (0.5, 1.0, 1.5):
        candles._flames.clear()
        candles.draw_flames(pygame.Surface(SIZE), view, candles.samples(t), 0.8, 0.0, [])
        on = {_flame_bins(f) for f, o in zip(candles.samples(t), shown, strict=True) if o}
        assert set(candles._flames) == on  # (every candle's flame was made, each frame)


def test_the_next_shot_s_flames_made_ahead_are_those_the_flicker_reaches() -> None:
    candles = Candles(candle_specs(load_room(ROOM)), 3, False, Occluders())
    view, t = _close(candles, 4.32), 149.25
    for _step in candles.prepare_steps(view, SIZE, 0.8, 0.0, t):
        pass
    ahead = candles._art.at(4.32, ahead=True).flames
    shown = candles._flames_shown(view, SIZE, 0.8, 4.32)
    reached = {_flame_bins(f) for k in range(round(FLAME_AHEAD / FLAME_DT))
               for f, o in zip(candles._table.sample(t + FLAME_DT * k), shown, strict=True) if o}
    assert set(ahead) == reached
    assert len(ahead) < SWAY_BINS * STRETCH_BINS // 2  # (all 88 were made)
    candles._rescale(4.32)  # the cut: its first frames draw what was made ahead
    for k in range(0, 60, 6):
        before = set(candles._flames)
        candles.draw_flames(pygame.Surface(SIZE), view, candles.samples(t + k / 60), 0.8, 0.0, [])
        assert set(candles._flames) == before
