"""Rain follows the story's level, the fire pops in time with its sparks, the arc ends dry."""

from __future__ import annotations

import itertools

import numpy as np
import pygame

from game.fx import FxState, RoomFx, rain_level
from game.fx.glass_water import splashes
from game.fx.rain import window_light
from game.room.model import Room
from game.view import View, camera_view


def window_view(room: Room) -> View:
    s = room.shots["window"].rect
    return camera_view(s.x, s.y, s.w, 640)


def window(fx: RoomFx, view: View, rain: float, t: float) -> pygame.Surface:
    s = pygame.Surface((640, 360))
    s.fill((0, 0, 0))
    st = FxState(rain=rain)
    fx.draw_exterior(s, view, st, t)
    fx.draw_glass(s, view, st, t)
    return s


def pixels(s: pygame.Surface) -> np.ndarray:
    return pygame.surfarray.array3d(s).astype(np.int32)


def changed(a: pygame.Surface, b: pygame.Surface) -> int:
    """How many pixels differ between two frames."""
    return int((np.abs(pixels(a) - pixels(b)).sum(axis=2) > 0).sum())


def light_added(a: pygame.Surface, b: pygame.Surface) -> float:
    """How much brighter b is than a, summed over the frame."""
    return float((pixels(b) - pixels(a)).clip(0, None).sum())


def test_rain_levels_are_the_story_words() -> None:
    assert [rain_level(w) for w in ("none", "light", "steady", "heavy", "torrential")] == [0, 1, 2, 3, 4]


def test_more_rain_draws_more_at_the_window(room: Room) -> None:
    view = window_view(room)
    dry = window(RoomFx(room, 3), view, 0.0, 20.0)
    added = [light_added(dry, window(RoomFx(room, 3), view, level, 20.0)) for level in (1.0, 2.0, 3.0, 4.0)]
    assert 0 < added[0] < added[1] < added[2] < added[3]


def test_rain_moves(room: Room) -> None:
    view = window_view(room)
    fx = RoomFx(room, 3)
    assert changed(window(fx, view, 3.0, 20.0), window(fx, view, 3.0, 20.1)) > 200


def test_a_level_change_is_smooth(room: Room) -> None:
    """Tweening the level by a little changes little: no drops pop in all at once."""
    view = window_view(room)
    dry = window(RoomFx(room, 3), view, 0.0, 20.0)
    frames = [pixels(window(RoomFx(room, 3), view, 2.0 + 0.05 * k, 20.0)) for k in range(6)]
    rain_pixels = int((np.abs(frames[0] - pixels(dry)).sum(axis=2) > 24).sum())
    for a, b in itertools.pairwise(frames):
        moved = int((np.abs(b - a).sum(axis=2) > 24).sum())  # ignores the haze's one-level steps
        assert moved < 0.15 * rain_pixels


def test_after_the_rain_no_rain_falls_but_drops_still_run_down(room: Room) -> None:
    view = window_view(room)
    fx = RoomFx(room, 3)

    def outside(t: float) -> pygame.Surface:
        s = pygame.Surface((640, 360))
        s.fill((0, 0, 0))
        assert fx.rain is not None
        fx.rain.draw_exterior(s, view, 0.0, t)  # the night alone (the room's exterior pass adds the glass's drops)
        return s

    assert changed(outside(30.0), outside(31.7)) == 0  # no streaks falling: the still night
    x, y, _z, _a, trails = fx.rain.drops(0.0, 30.0)
    assert len(x) > 5 and trails  # the glass is not dry: drops running down, wet tracks behind
    _x, y2, _z2, _a2, _t2 = fx.rain.drops(0.0, 30.0 + 0.5)
    assert y2.size and not np.array_equal(y, y2)


def test_the_sky_clears_when_the_rain_stops(room: Room) -> None:
    """Stars and a moon break through: the clear sky has small bright points the storm has not."""
    view = window_view(room)
    storm = pixels(window(RoomFx(room, 3), view, 4.0, 20.0))
    clear = pixels(window(RoomFx(room, 3), view, 0.0, 20.0))
    bright = lambda a: int((a.min(axis=2) > 150).sum())  # noqa: E731  white-ish: stars, the moon
    assert bright(clear) > 50 + bright(storm) // 4


def test_only_a_downpour_splashes(room: Room) -> None:
    fx = RoomFx(room, 3)
    times = [20.0 + 0.05 * k for k in range(40)]
    assert not any(splashes(fx.seed + 3, fx.glass, 0.25, t, 26.0) for t in times)
    assert sum(len(splashes(fx.seed + 3, fx.glass, 1.0, t, 26.0)) for t in times) > 40


def test_the_window_light_follows_the_rain() -> None:
    assert window_light(3, 4.0, 10.0) < window_light(3, 1.0, 10.0) < window_light(3, 0.0, 10.0)


def test_pops_are_reported_and_sparks_burst(room: Room) -> None:
    fx = RoomFx(room, 3)
    pops = fx.spark_bursts_between(0.0, 60.0)
    assert pops and pops == sorted(pops) and all(0.0 <= p < 60.0 for p in pops)
    assert fx.spark_bursts_between(0.0, 30.0) + fx.spark_bursts_between(30.0, 60.0) == pops
    p = pops[0]
    before = fx.sparks.cloud(p - 0.01)
    after = fx.sparks.cloud(p + 0.05)
    assert (after.bright > 0).sum() > (before.bright > 0).sum() + 10


def test_sparks_rise_and_fade(room: Room) -> None:
    fx = RoomFx(room, 3)
    cl = fx.sparks.cloud(50.0)
    alive = cl.bright > 0
    assert alive.any()
    assert cl.y[alive].min() < fx.sparks.box.y  # some have risen above where they were born


def test_the_fire_field_animates(room: Room) -> None:
    fx = RoomFx(room, 3)
    a, b = fx.hearth.field(5.0, 1.0), fx.hearth.field(5.2, 1.0)
    assert a.max() > 200 and abs(a - b).mean() > 1.0
    assert fx.hearth.field(5.0, 0.0).max() < a.max()


def test_torrential_water_sheets_down_the_glass_not_in_squiggles() -> None:
    from game.fx.glass_water import film_texture

    for seed in (3, 10):
        a = pygame.surfarray.array3d(film_texture(seed, 330, 440)).astype(float)[..., 2]  # (x, y)
        across, down = np.abs(np.diff(a, axis=0)).mean(), np.abs(np.diff(a, axis=1)).mean()
        assert down < 0.2 * across  # sheets and rivulets run down the glass (the noise film: 0.32)
        bright = a > a.mean() + a.std()
        crossings = np.mean([np.count_nonzero(np.diff(bright[x, :].astype(int))) for x in range(0, 330, 10)])
        assert crossings < 3.0  # a bright edge is a line down the glass, not a closed loop (5.8-9.8)


def test_torrential_water_smears_the_town_lights_into_glows(room: Room) -> None:
    fx = RoomFx(room, 7)
    assert fx.rain is not None
    smear, _at = fx.rain._smeared(200, 270, 0, 6)
    assert smear is not None and smear.get_height() > 30  # each light drawn down into a glow
    rgb = pygame.surfarray.array3d(smear).astype(float)
    assert rgb[..., 0].sum() > 1.3 * rgb[..., 2].sum()  # the town's warm lights, not the sky


def test_the_logs_show_dark_against_their_coals_and_flames(room: Room) -> None:
    from game.fx.fire import LOG_HIDE_FLAMES

    h = RoomFx(room, 7).hearth
    assert h is not None
    h._rescale(4.8)  # the fire's close shot
    h._make_logs()
    coals = pygame.surfarray.array3d(h._coals(9)).astype(float).sum(axis=2)
    k = coals.shape[0] / 240.0  # bed px
    # the back log's middle: its coals glow round it, not through it (they washed it out: 8 % of the peak)
    assert coals[int(103 * k), int(32 * k)] < 0.04 * coals.max()
    cover = h._cover(LOG_HIDE_FLAMES)
    assert cover is not None and cover.get_at((int(103 * k), int(32 * k))).r < 100  # and the flames' roots behind it


def test_a_candle_before_the_hearth_stands_in_front_of_its_logs(room: Room) -> None:
    fx = RoomFx(room, 7)
    s = pygame.Surface((1920, 1080))
    s.fill((0, 0, 0))
    fx.draw_flames(s, View(1.0), FxState(), 3.0)
    wax = s.get_at((1646, 713))  # candle_09 on the side table, against the logs in the grate
    assert wax.r > 90 and wax.b > 0.7 * wax.r, wax  # its ivory wax, not a brown log drawn over it
