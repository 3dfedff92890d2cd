"""WINDOW (issue 13): bench_window reports what the p50 hides and runs beside the dummy driver.

At 60 fps the room's 20 Hz light map lands on one frame in three, so the p50 of a span is a
frame without it; the mean, the main thread's CPU a second of play and the X server's share
are what compare a window with the dummy driver. `--driver dummy` runs the same command
windowed at the asked size (the dummy driver's "fullscreen" is a 1024x768 desktop).
"""

from __future__ import annotations

from pathlib import Path

from tools import bench_window


def test_a_span_gives_the_mean_the_main_threads_cores_and_the_x_servers() -> None:
    frames = [(i / 60, 30.0 if i % 3 == 0 else 6.0) for i in range(600)]  # every third frame a light frame
    s = bench_window.span(frames, 2.0, 7.0, cpu_s=3.0, x_cpu_s=0.25)
    assert s.cpu_p50_ms == 6.0, "the p50 is a frame without the light"
    assert abs(s.cpu_mean_ms - 14.0) < 0.2
    assert abs(s.main_cores - 0.84) < 0.02, "300 frames of 14 ms in 5 s"
    assert abs(s.x_cores - 0.05) < 1e-9


def test_the_dummy_driver_runs_the_same_game_windowed_at_the_size(tmp_path: Path) -> None:
    log = tmp_path / "f.log"
    dummy = bench_window.game_command(1, (1920, 1080), log, dummy=True)
    window = bench_window.game_command(1, (1920, 1080), log, dummy=False)
    assert "--windowed" in dummy and "--fullscreen" not in dummy
    assert "--fullscreen" in window
    assert dummy[dummy.index("--size") + 1] == "1920x1080"
    assert [a for a in dummy if a not in ("--windowed", "--fullscreen")] == \
        [a for a in window if a not in ("--windowed", "--fullscreen")], "otherwise the same command"
