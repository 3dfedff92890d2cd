"""tools/bench.py runs, tiny, and writes the JSON it promises (no timing is asserted)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

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
    assert doc["first_frame_s"] > 0 and doc["first_frame_cold_s"] > 0
    assert set(doc["moments"]) == MOMENTS
    for name, m in doc["moments"].items():
        values = [m[k] for k in FIGURES]
        assert values == sorted(values) and values[0] > 0, name
        for part in ("update", "draw"):
            assert [m[part][k] for k in FIGURES] == sorted(m[part][k] for k in FIGURES), (name, part)
    assert "x" in done.stdout and "first frame" in done.stdout, "the report prints multiples of the blit"
