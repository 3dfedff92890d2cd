"""tools/bench.py runs, tiny, and writes the JSON it promises (no timing is asserted)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parents[2]
MOMENTS = {"title", "wide room", "torrential rain", "line being written", "held hands", "kiss", "golden glow"}
FIGURES = ("p50_ms", "p95_ms", "p99_ms", "max_ms")


def test_bench_quick_run_writes_its_json(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    env = dict(os.environ, SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy")
    done = subprocess.run([sys.executable, "tools/bench.py", "--size", "320x180", "--frames", "5", "--json", str(out)],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    doc = json.loads(out.read_text())
    assert doc["size"] == "320x180"
    assert doc["blit_ms"] > 0 and doc["peak_rss_mib"] > 0
    assert doc["heap"] == "play"  # the heap `python -m game` runs with (not the kiosk's)
    assert doc["first_frame_s"] > 0 and doc["first_frame_cold_s"] > 0
    assert set(doc["moments"]) == MOMENTS
    for name, m in doc["moments"].items():
        values = [m[k] for k in FIGURES]
        assert values == sorted(values) and values[0] > 0, name
        for part in ("update", "draw"):
            assert [m[part][k] for k in FIGURES] == sorted(m[part][k] for k in FIGURES), (name, part)
    assert "x" in done.stdout and "first frame" in done.stdout, "the report prints multiples of the blit"


def test_the_bench_runs_the_game_s_memory_upkeep_after_each_frame() -> None:
    """A frame of the bench is what a frame of the game's loop is: update, draw, then the memory
    governor (whose trims were the kiosk's hidden cost before stop 42: game/memory.py)."""
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import bench
    finally:
        sys.path.remove(str(ROOT / "tools"))
    calls: list[str] = []

    class Scene:
        def enter(self) -> None:
            calls.append("enter")

        def update(self, dt: float) -> None:
            calls.append("update")

        def draw(self, canvas: object) -> None:
            calls.append("draw")

    class Governor:
        def frame(self, ctx: object, size: tuple[int, int]) -> None:
            calls.append("governor")

    class Canvas:
        def get_size(self) -> tuple[int, int]:
            return (320, 180)

    ctx = SimpleNamespace(scenes=SimpleNamespace(title=Scene))
    m = bench.measure_moment(ctx, Canvas(), "title", 0, 0.0, 4, Governor())
    assert calls == ["enter"] + ["update", "draw", "governor"] * (bench.ENTER_FRAMES + 4)
    assert m["max_ms"] >= m["p50_ms"] >= 0
