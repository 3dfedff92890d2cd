"""The loop's cap (game.present.pace) under a fake clock: it sleeps when a frame finishes
early, once and to the grid's deadline, and never when a frame is late."""

from __future__ import annotations

import pytest

from game.present import pace


class FakeClock:
    """Time that moves only by the work a test says a frame did and by the pacer's sleeps."""

    def __init__(self, oversleep: float = 0.0) -> None:
        self.t = 0.0
        self.oversleep = oversleep
        self.sleeps: list[float] = []
        self.reads = 0

    def now(self) -> float:
        self.reads += 1
        return self.t

    def sleep(self, s: float) -> None:
        assert s > 0, "a sleep of nothing (or less) is a busy loop by another name"
        self.sleeps.append(s)
        self.t += s + self.oversleep


def run(clock: FakeClock, work: list[float], rate: float = 60) -> list[float]:
    """Frame start times for frames that each take `work[i]` seconds."""
    starts, due = [], clock.now()
    for w in work:
        starts.append(clock.t)
        clock.t += w
        due = pace(due, rate, clock.now, clock.sleep)
    return starts


def test_an_early_frame_sleeps_to_the_rate_once() -> None:
    clock = FakeClock()
    starts = run(clock, [0.004] * 60)
    assert len(clock.sleeps) == 60, "every early frame sleeps, in one call"
    assert clock.sleeps[0] == pytest.approx(1 / 60 - 0.004)
    assert clock.t == pytest.approx(1.0), "60 cheap frames take one second at 60 Hz, not less"
    assert starts[-1] == pytest.approx(59 / 60)
    assert clock.reads <= 61, "the clock is read once a frame: no loop polling it"


def test_oversleeping_is_taken_back_by_the_next_frame() -> None:
    clock = FakeClock(oversleep=0.0007)  # a sleep that wakes 0.7 ms late each time
    starts = run(clock, [0.003] * 120)
    assert starts[-1] == pytest.approx(119 / 60, abs=0.001), "the grid holds: 60.0 frames a second, not 57.6"


def test_a_late_frame_does_not_sleep_and_starts_the_grid_anew() -> None:
    clock = FakeClock()
    starts = run(clock, [0.004, 0.040, 0.004, 0.004])
    assert len(clock.sleeps) == 3, "the 40 ms frame is not followed by a sleep"
    late_end = starts[1] + 0.040
    assert starts[2] == pytest.approx(late_end), "the next frame starts at once"
    assert starts[3] == pytest.approx(late_end + 1 / 60), "and the grid runs on from it, not rushing to catch up"


def test_the_display_rate_sets_the_cap() -> None:
    clock = FakeClock()
    run(clock, [0.001] * 144, rate=144)
    assert clock.t == pytest.approx(1.0)
