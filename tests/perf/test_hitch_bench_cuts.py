"""tools/bench_cuts.py runs a span and writes what it should: each line's cut and worst frame, the
steps made ahead, the peak RSS (a change's memory cost, issue 16) and, with `--profile N`, where
the first frame of line N went (to find what a cut made that could have been made ahead)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_bench_cuts_writes_the_cuts_the_peak_rss_and_the_profile_of_a_cut(tmp_path: Path) -> None:
    out = tmp_path / "cuts.json"
    env = {**os.environ, "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy"}
    run = subprocess.run([sys.executable, str(ROOT / "tools" / "bench_cuts.py"), "--size", "320x180", "--from", "75",
                          "--to", "75", "--steps", "6", "--profile", "76", "--json", str(out)],
                         capture_output=True, text=True, env=env, timeout=600, check=True)
    data = json.loads(out.read_text())
    assert [r["line"] for r in data["lines"]] == [75, 76], "the span and the cut into the next line"
    assert all(r["cut_ms"] > 0 for r in data["lines"])
    assert data["peak_rss_mib"] > 0 and data["prepare"]["steps"] > 0
    assert "the first frame of line 76, profiled" in run.stdout and "story.py" in run.stdout
