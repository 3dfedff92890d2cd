"""The pure rules from room state to sound: crossfades, pen layers, clock ticks, glides."""

from __future__ import annotations

import itertools
import math

import pytest

from game.audio.mood import (
    CLOCK_MIN_INTERVAL,
    ClockTicker,
    Smoother,
    SoundState,
    hush_factor,
    pan_gains,
    pen_weights,
    rain_weights,
    voice_targets,
)
from game.audio.roles import Roles

ROLES = Roles(  # test data: the names a story's mood.toml gives
    rain=("rain_light", "rain_steady", "rain_heavy", "rain_torrential"), fire="fire", fire_pop="pop",
    heartbeat="heartbeat", clock=("clock_tick", "clock_tock"), pen_nib=("pen_nib_slow", "pen_nib_fast"),
    pen_brush=("pen_brush_slow", "pen_brush_fast"), hush_poses=frozenset({"kiss"}),
)


def power(weights: dict[str, float]) -> float:
    return sum(w * w for w in weights.values())


def test_no_rain_is_silence() -> None:
    assert all(w == 0.0 for w in rain_weights(0.0, ROLES.rain).values())


@pytest.mark.parametrize(
    ("level", "name"), [(1, "rain_light"), (2, "rain_steady"), (3, "rain_heavy"), (4, "rain_torrential")]
)
def test_each_whole_level_plays_its_own_loop(level: int, name: str) -> None:
    w = rain_weights(float(level), ROLES.rain)
    assert w[name] == pytest.approx(1.0)
    assert sum(v for k, v in w.items() if k != name) == pytest.approx(0.0, abs=1e-9)


@pytest.mark.parametrize("level", [1.25, 1.5, 2.5, 3.75])
def test_changing_levels_crossfade_at_equal_power(level: float) -> None:
    w = rain_weights(level, ROLES.rain)
    assert sum(1 for v in w.values() if v > 0.01) == 2
    assert power(w) == pytest.approx(1.0)


def test_light_rain_fades_in_from_silence() -> None:
    quiet, louder = rain_weights(0.2, ROLES.rain)["rain_light"], rain_weights(0.7, ROLES.rain)["rain_light"]
    assert 0.0 < quiet < louder < 1.0


def test_pen_is_silent_when_up_or_still() -> None:
    assert power(pen_weights(False, 500.0, "nib", ROLES)) == 0.0
    assert power(pen_weights(True, 0.0, "nib", ROLES)) == 0.0


def test_pen_hand_picks_the_layers() -> None:
    nib = pen_weights(True, 400.0, "nib", ROLES)
    brush = pen_weights(True, 400.0, "brush", ROLES)
    assert nib["pen_brush_slow"] == nib["pen_brush_fast"] == 0.0 < nib["pen_nib_slow"]
    assert brush["pen_nib_slow"] == brush["pen_nib_fast"] == 0.0 < brush["pen_brush_slow"]
    assert pen_weights(True, 400.0, "shaky", ROLES) == nib  # any hand that is not a brush is a nib


def test_pen_loudness_and_texture_follow_speed() -> None:
    slow, fast = pen_weights(True, 250.0, "nib", ROLES), pen_weights(True, 1500.0, "nib", ROLES)
    assert power(slow) < power(fast)
    assert slow["pen_nib_fast"] / slow["pen_nib_slow"] < fast["pen_nib_fast"] / fast["pen_nib_slow"]


def test_targets_are_clamped_and_nan_safe() -> None:
    t = voice_targets(SoundState(rain=9.0, fire=float("nan"), heartbeat=3.0), ROLES)
    assert t["rain_torrential"] == pytest.approx(1.0)
    assert t["fire"] == 0.0 and t["heartbeat"] == 1.0


def test_hush_ducks_ambience_more_than_the_heartbeat_and_spares_the_music() -> None:
    assert hush_factor("ambience", 0.0) == 1.0
    assert hush_factor("ambience", 1.0) < 0.1 < hush_factor("effects", 1.0) < 1.0
    assert hush_factor("music", 1.0) == 1.0  # the score resolves at the kiss


def test_a_room_with_no_roles_drives_nothing() -> None:
    none = Roles()
    assert voice_targets(SoundState(rain=3.0, fire=1.0, pen_down=True, pen_speed=900.0), none) == {}
    assert ClockTicker(()).step(5.0, 1.0) is None and ClockTicker(()).step(7.0, 1.0) is None


def test_a_story_with_two_rain_levels_crossfades_between_them() -> None:
    w = rain_weights(1.5, ("drizzle", "storm"))
    assert set(w) == {"drizzle", "storm"} and power(w) == pytest.approx(1.0)


def test_pan_places_left_and_right() -> None:
    assert pan_gains(0.0) == (1.0, 1.0)
    left, right = pan_gains(-0.5)
    assert left == 1.0 and right == pytest.approx(0.5)
    assert pan_gains(1.0) == (0.0, 1.0)


def test_smoother_fades_and_arrives() -> None:
    s = Smoother(1.0)
    values = [s.step(0.0, 1 / 60, 0.1, 0.1) for _ in range(60)]
    assert 0.0 < values[0] < 1.0  # a fade, not a cut
    assert all(a >= b for a, b in itertools.pairwise(values))
    assert values[-1] == 0.0  # and it really ends


def run_clock(
    ticker: ClockTicker, start: float, rate: float, seconds: float, dt: float = 1 / 60
) -> list[tuple[float, str, float]]:
    ticks = []
    for i in range(round(seconds / dt)):
        t = (i + 1) * dt
        got = ticker.step(start + rate * t, dt)
        if got:
            ticks.append((t, got[0], got[1]))
    return ticks


def test_clock_ticks_on_each_second_alternating_tick_tock() -> None:
    ticker = ClockTicker(ROLES.clock)
    ticker.step(100.5, 0.0)
    ticks = run_clock(ticker, 100.5, 1.0, 4.0)
    assert [round(t, 2) for t, _, _ in ticks] == [0.5, 1.5, 2.5, 3.5]
    assert [n for _, n, _ in ticks] == ["clock_tick", "clock_tock", "clock_tick", "clock_tock"]
    assert all(g == 1.0 for _, _, g in ticks)


def test_a_racing_clock_ticks_faster_but_capped_and_softer() -> None:
    ticker = ClockTicker(ROLES.clock)
    ticker.step(0.0, 0.0)
    ticks = run_clock(ticker, 0.0, 600.0, 3.0)  # ten minutes a second: "the minutes turned into hours"
    gaps = [b[0] - a[0] for a, b in itertools.pairwise(ticks)]
    assert len(ticks) > 6  # faster than once a second...
    assert min(gaps) >= CLOCK_MIN_INTERVAL - 1e-9  # ...but never a buzz
    assert all(g < 1.0 for _, _, g in ticks)


def test_clock_does_not_tick_on_first_sight_jump_back_or_none() -> None:
    ticker = ClockTicker(ROLES.clock)
    assert ticker.step(50.0, 1.0) is None
    assert ticker.step(10.0, 1.0) is None  # rollback
    assert ticker.step(None, 1.0) is None
    assert ticker.step(math.nan, 1.0) is None
    assert ticker.step(20.2, 1.0) is None  # the clock is back: first sight again
    assert ticker.step(21.0, 1.0) is not None
