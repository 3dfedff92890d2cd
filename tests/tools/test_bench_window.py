"""tools/bench_window.py: the real-window benchmark reads the game's own frame log right.

The run itself needs an X server and minutes of wall time, so it is not started here (the
README's performance section gives its command); what is checked is what turns a
`--frame-log-cpu` file into the reported figures: the frames inside a span, their main-thread
CPU quantiles, and a torn last line skipped rather than read as a frame.
"""

from __future__ import annotations

from pathlib import Path

from tools import bench_window


def test_a_frame_log_becomes_fps_cores_and_cpu_quantiles(tmp_path: Path) -> None:
    log = tmp_path / "frames.log"
    rows = [f"{i / 60:.4f} 0.5 3.0 1 {2.0 + (i % 10):.2f}" for i in range(600)]  # 10 s at 60 fps
    log.write_text("\n".join(rows) + "\n0.99 1.0 2", encoding="utf-8")  # a torn last line
    frames = bench_window.frames_of(log)
    assert len(frames) == 600
    s = bench_window.span(frames, 2.0, 7.0, cpu_s=1.5)
    assert s.frames == 300 and abs(s.fps - 60.0) < 0.5
    assert abs(s.cores - 0.3) < 1e-9
    assert 6.0 <= s.cpu_p50_ms <= 7.0 and s.cpu_p99_ms == 11.0


def test_the_readme_gives_its_command() -> None:
    text = (Path(bench_window.__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    assert "python tools/bench_window.py" in text
