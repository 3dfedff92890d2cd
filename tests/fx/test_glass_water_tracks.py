"""The trickles' wet tracks are kept, not made again at every glass frame (issue 13: the
torrential moment's p50 went 12 -> 27 ms when each track was shaded afresh 20 times a second),
and keeping them changes nothing a player sees: the same soft track, no box round it, and a
frame made cold (`--render`) is the frame the game drew live at that time."""

from __future__ import annotations

import numpy as np
import pygame

from game.fx.glass_water import Trickles, draw_layers
from game.fx.rain import CLEAR_LEVELS, GLASS_FPS, Rain
from game.room.model import Rect
from game.view import View

GLASS = Rect(178.0, 128.0, 324.0, 436.0)  # the room's window glass
CLOSE = View(3.4285714285714284, -342.857, -325.714)  # line 51's close shot of the window


def _track(bottom: float) -> tuple[int, np.ndarray, np.ndarray, float, float, float]:
    py = np.linspace(0.0, 300.0, 301)
    return (7, py, 40.0 + 2.0 * np.sin(py / 30.0), 20.0, bottom, 1.0)


def test_a_track_is_shaded_once_and_only_extended_as_its_bead_runs() -> None:
    trickles = Trickles()
    trickles.layers([_track(120.0)], 2.0, (0.0, 0.0), 4.0, 0.5)
    first = trickles.made
    assert first > 0
    trickles.layers([_track(120.0)], 2.0, (0.0, 0.0), 4.0, 0.5)
    assert trickles.made == first, "nothing moved, yet the track was shaded again"
    trickles.layers([_track(150.0)], 2.0, (0.0, 0.0), 4.0, 0.5)  # its bead ran 60 px on (at this scale)
    assert trickles.made - first <= 2, "the whole track was shaded again, not only the rows the bead reached"


def test_no_box_round_a_track() -> None:
    # the multiply layer was truncated to uint8: 254 over its whole box, so a darker rectangle
    # round every track where its rim had faded out (visible over the lit film)
    s = pygame.Surface((120, 700))
    s.fill((200, 200, 200))
    draw_layers(s, Trickles().layers([_track(300.0)], 2.0, (0.0, 0.0), 4.0, 1.0))
    lum = pygame.surfarray.array3d(s).astype(np.int64)
    xc = 80.0 + 4.0 * np.sin(np.arange(700) / 2.0 / 30.0)  # the track's centre a row (screen px)
    far = np.abs(np.arange(120)[:, None] - xc[None, :]) > 9  # beyond its rim (hw 3.5 px)
    assert (lum[far] == 200).all(), f"{int((lum[far] != 200).any(axis=1).sum())} px beyond the track's rim changed"
    near = ~far[:, 60:580]
    assert (lum[:, 60:580][near] < 200).any() and (lum[:, 60:580][near] > 200).any()  # its rim and its light


def _glass(rain: Rain, t: float, level: float) -> np.ndarray:
    s = pygame.Surface((1920, 1080))
    s.fill((28, 38, 62))
    rain.draw_glass(s, CLOSE, level, t)
    return pygame.surfarray.array3d(s)


def test_a_frame_made_cold_is_the_frame_drawn_live() -> None:
    for level in (4.0, 0.0):
        live = Rain(GLASS, 10, False)
        t = 460.0
        for k in range(40):  # two seconds of glass frames, the tracks kept and extended
            _glass(live, t - 2.0 + k / GLASS_FPS, level)
        cold = Rain(GLASS, 10, False)
        assert np.array_equal(_glass(live, t, level), _glass(cold, t, level)), f"rain {level}"


def test_the_next_shot_paints_its_clear_sky_ahead() -> None:
    # the rain stops within line 75's shot of the window: its first clearing step painted the
    # clear sky then (570 ms in a frame)
    rain = Rain(GLASS, 10, False)
    for _ in rain.prepare_steps(CLOSE, (1920, 1080), 2.6):
        pass
    assert CLEAR_LEVELS in rain._canon


def test_a_new_film_level_does_not_bake_the_film_again(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import game.fx.rain_film as rain_mod  # (where the film is baked: the rain's Film)

    baked: list[tuple[int, int]] = []
    small = rain_mod.film_small
    monkeypatch.setattr(rain_mod, "film_small", lambda seed, w, h: baked.append((w, h)) or small(seed, w, h))
    rain = Rain(GLASS, 10, False)
    rain._scale = 1.0
    for d in (0.7, 0.8, 0.9, 1.0, 0.75):
        rain._film_at((300, 400), d)
    assert len(baked) == 1


def test_seen_from_across_the_room_a_track_is_faint_and_its_bead_is_not() -> None:
    # line 85's wide shot, after the rain: drawn as strongly as in the window's close shot, every
    # track was a 1 px line with a bright shoulder, and the window filled with streaks of rain
    # still falling (review); a track also outlived its fading bead, a line with nothing at its foot
    def brightest_track(scale: float) -> int:
        rain = Rain(GLASS, 10, False)
        view = View(scale, -100.0, -100.0)
        (_mults, adds), _beads = rain._glass_blits(view, 0.0, 600.0)
        assert adds
        return max(int(pygame.surfarray.array3d(a).max()) for a, _at in adds)

    assert brightest_track(1.05) < 0.5 * brightest_track(3.43)
    rain = Rain(GLASS, 10, False)
    *_beads, tracks = rain._drops(0.0, 600.0)
    assert tracks and all(0.0 < bead <= 1.0 for *_t, bead in tracks)
