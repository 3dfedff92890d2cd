"""The rain's art for the next shot is made ahead in small steps, so a cut only swaps it in
(issue 13, stop 28: at the cuts into the window's shots the trickles' tracks were shaded in
the cut's frame, 16-24 ms at 1080p, and the downpour's far sheet was one 56 ms step): the
tracks running at the cut are shaded ahead at the shot's scale a track a step, the sheet a
band of columns a step, and what is drawn at the cut is the frame a cold start draws."""

from __future__ import annotations

from collections.abc import Generator

import numpy as np
import pygame
import pytest

from game.fx import rain_sheets
from game.fx.rain import Rain
from game.room.model import Rect
from game.view import View

GLASS = Rect(178.0, 128.0, 324.0, 436.0)  # the room's window glass
CLOSE = View(3.4285714285714284, -342.857, -325.714)  # line 51's close shot of the window
WIDE = View(1.0, 0.0, 0.0)
SIZE = (1920, 1080)


def _run_out(steps: Generator[None, None, pygame.Surface]) -> tuple[int, pygame.Surface]:
    """How many steps `steps` took, and what it made."""
    n = 0
    try:
        while True:
            next(steps)
            n += 1
    except StopIteration as done:
        return n, done.value


def _frame(rain: Rain, view: View, level: float, t: float) -> np.ndarray:
    s = pygame.Surface(SIZE)
    s.fill((28, 38, 62))
    rain.draw_exterior(s, view, level, t)
    rain.draw_glass(s, view, level, t)
    return pygame.surfarray.array3d(s)


@pytest.mark.parametrize("level", [4.0, 0.0])  # (after the rain, fat drops still run down the glass: lines 77, 78)
def test_the_cuts_tracks_are_shaded_ahead_and_its_frame_shades_none(level: float) -> None:
    rain = Rain(GLASS, 10, False)
    for k in range(4):  # the wide shot plays
        _frame(rain, WIDE, level, 100.0 + k / 20)
    steps = list(rain.prepare_steps(CLOSE, SIZE, level, 101.0))
    assert steps.count("trickle") >= 3, "the trickles running at the cut were not shaded ahead"
    made = rain._trickles.made
    cut = _frame(rain, CLOSE, level, 101.0)
    assert rain._trickles.made == made, f"{rain._trickles.made - made} chunks of tracks shaded in the cut's frame"
    assert np.array_equal(cut, _frame(Rain(GLASS, 10, False), CLOSE, level, 101.0)), "the cut is not the frame a cold start draws"


def test_what_was_made_ahead_outlives_a_shot_without_the_window() -> None:
    rain = Rain(GLASS, 10, False)
    _frame(rain, CLOSE, 4.0, 50.0)
    list(rain.prepare_steps(WIDE, SIZE, 4.0, 52.0))
    rain.off_shot()  # a shot between them without the glass lets go of the drawn tracks, not these
    made = rain._trickles.made
    _frame(rain, WIDE, 4.0, 52.0)
    assert rain._trickles.made == made


def test_the_sheet_is_made_a_band_a_step_and_the_same_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    w, h = 600, 400
    monkeypatch.setattr(rain_sheets, "SHEET_BAND_PX", w * h)  # one band: the sheet made whole
    whole = pygame.image.tobytes(rain_sheets.sheet(7, w, h, 2.0), "RGB")
    monkeypatch.setattr(rain_sheets, "SHEET_BAND_PX", 37 * h)  # bands of 37 columns, the last one short
    n, made = _run_out(rain_sheets.sheet_steps(7, w, h, 2.0))
    assert n == -(-w // 37)
    assert pygame.image.tobytes(made, "RGB") == whole


def test_the_close_shots_sheet_is_not_one_step() -> None:
    steps = list(Rain(GLASS, 10, False).prepare_steps(CLOSE, SIZE, 4.0, 10.0))
    assert steps.count("sheet") >= 4  # (the glass at line 51's close shot: ~1.7 million px)


def test_a_tween_of_the_rain_shades_its_next_tracks_ahead() -> None:
    # line 51: the rain rises to torrential; the tracks' width and strength step a few times on
    # the way, and each step shaded every track again in one frame (60-100 chunks, 15-20 ms)
    rain = Rain(GLASS, 13, False)
    s = pygame.Surface(SIZE)
    worst, steps = 0, 0
    for k in range(400):  # 3 -> 4 a 64th at a time, every 6 frames (the level is stepped so in the game)
        level = min(4.0, 3.0 + (k // 6) / 64)
        made = rain._trickles.made
        style = rain._trickles._style
        rain.draw_glass(s, CLOSE, level, 300.0 + k / 60)
        if style is not None and rain._trickles._style != style:
            steps += 1
            worst = max(worst, rain._trickles.made - made)
    assert steps >= 5
    assert worst <= 12, f"a step of the tracks' style shaded {worst} chunks in its frame"


def test_a_tween_makes_the_next_slants_streaks_a_few_a_frame() -> None:
    # the falling streaks' sprites come in a few slants; a new slant's 30 sprites were made in the
    # frame the level reached it (~28 ms at the close shot, line 51)
    rain = Rain(GLASS, 13, False)
    s = pygame.Surface(SIZE)
    made, seen = [], set()
    for k in range(200):
        level = min(4.0, 2.0 + round(k / 90 * 64) / 64)
        before = set(rain._streaks)
        rain.draw_exterior(s, CLOSE, level, 300.0 + k / 60)
        rain.draw_glass(s, CLOSE, level, 300.0 + k / 60)
        made.append(len(set(rain._streaks) - before))
        seen |= set(rain._streaks)
    assert len(seen) >= 90  # (two slants more than the first; a slant the level has left goes)
    assert max(made[1:]) <= 2, f"{max(made[1:])} streak sprites made in one frame"


def test_the_films_bake_is_made_a_few_rivulets_a_step_and_the_same_bytes() -> None:
    from game.fx.glass_water import film_small, film_small_steps

    n, made = _run_out(film_small_steps(5, 1111, 1495))  # the glass at line 51's close shot (one 10-11 ms step)
    assert n >= 3
    assert pygame.image.tobytes(made, "RGB") == pygame.image.tobytes(film_small(5, 1111, 1495), "RGB")


def test_a_moves_framing_made_ahead_after_the_next_shot_does_not_push_it_out() -> None:
    # line 56: the next shot's scale made ahead, then the framing a camera move settles on; the
    # cut into 57 found only the last one's tracks and shaded all its own in its frame (~20 ms)
    rain = Rain(GLASS, 10, False)
    _frame(rain, CLOSE, 4.0, 200.0)
    list(rain.prepare_steps(View(1.79, -375.0, -468.0), SIZE, 4.0, 201.0))
    list(rain.prepare_steps(View(2.0, -776.0, -721.0), SIZE, 4.0, 201.0))
    made = rain._trickles.made
    _frame(rain, View(1.79, -375.0, -468.0), 4.0, 201.0)
    assert rain._trickles.made == made


def test_a_rising_tween_makes_the_downpours_sheet_a_band_a_frame(monkeypatch: pytest.MonkeyPatch) -> None:
    # line 51 rises from a light rain: the far sheet (~22 ms at the close shot), the film's bake and
    # the smear were each made in the frame the level first called for them
    import game.fx.rain as rain_mod

    bands = [0]
    real = rain_mod.sheet_steps

    def counted(*a: object) -> object:
        run = real(*a)  # type: ignore[arg-type]
        try:
            while True:
                next(run)
                bands[0] += 1
                yield
        except StopIteration as done:
            return done.value

    monkeypatch.setattr(rain_mod, "sheet_steps", counted)
    rain = Rain(GLASS, 13, False)
    s = pygame.Surface(SIZE)
    worst = 0
    for k in range(160):
        level = min(4.0, 1.0 + round(k / 90 * 192) / 64)
        before = bands[0]
        rain.draw_exterior(s, CLOSE, level, 300.0 + k / 60)
        rain.draw_glass(s, CLOSE, level, 300.0 + k / 60)
        worst = max(worst, bands[0] - before)
    assert bands[0] >= 4
    assert worst <= 1, f"{worst} bands of the sheet made in one frame"
