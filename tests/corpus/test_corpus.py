"""The corpus: every malformed input gets its one expected message and exit status.

Content cases (stories, the map, assets) and file cases (settings, saves, kiosk configs)
run through `runner.py`, one fresh process per kind; command-line cases each run as
their own `python -m game` process, since the process is what they test. No case may
end in a traceback, and a settings file, save or kiosk config is never rewritten or
deleted, whatever is wrong with it.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tomllib
from functools import cache
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
CASES: list[dict[str, Any]] = tomllib.loads((HERE / "cases.toml").read_text(encoding="utf-8"))["case"]
ENV = {**os.environ, "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy", "PYGAME_HIDE_SUPPORT_PROMPT": "1"}


@cache
def batch(kind: str, work: str) -> dict[str, dict[str, Any]]:
    proc = subprocess.run([sys.executable, str(HERE / "runner.py"), kind, work], capture_output=True, text=True,
                          env=ENV, cwd=ROOT, timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    results = [json.loads(line) for line in proc.stdout.splitlines() if line.startswith("{")]
    return {r["id"]: r for r in results}


@pytest.fixture(scope="session")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("corpus")


def test_the_corpus_is_large_and_varied() -> None:
    kinds = {c["kind"] for c in CASES}
    assert len(CASES) >= 40 and kinds == {"story", "map", "asset", "settings", "save", "kiosk", "cli"}
    assert len({c["id"] for c in CASES}) == len(CASES)


def _make(spec: dict[str, str], tmp: Path) -> None:
    for what, where in spec.items():
        path = Path(where.replace("{tmp}", str(tmp)))
        if what == "file":
            path.write_text("", encoding="utf-8")
        elif what == "fifo":
            os.mkfifo(path)
        elif what == "sparse":
            with open(path, "wb") as f:
                f.truncate(50_000_000)


def run_cli(case: dict[str, Any], tmp: Path) -> tuple[int, str]:
    _make(case.get("make", {}), tmp)
    args = [a.replace("{tmp}", str(tmp)) for a in case["args"]]
    proc = subprocess.run([sys.executable, "-m", "game", *args], capture_output=True, text=True, env=ENV,
                          cwd=ROOT, timeout=120)
    return proc.returncode, proc.stdout + proc.stderr


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_case(case: dict[str, Any], workdir: Path, tmp_path: Path) -> None:
    if case["kind"] == "cli":
        status, output = run_cli(case, tmp_path)
        kept = True
    else:
        result = batch(case["kind"], str(workdir))[case["id"]]
        status, output, kept = result["status"], result["output"], result.get("kept", True)
    assert "Traceback" not in output and "TRACEBACK" not in output, output
    if "pattern" in case:
        assert re.search(case["pattern"], output), output
    else:
        assert case["expect"].replace("{tmp}", str(tmp_path)) in output, output
    assert status == case["status"], output
    assert kept, "the file was rewritten or deleted"
