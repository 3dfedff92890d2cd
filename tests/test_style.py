"""House style is checked like behaviour: ruff and mypy over the engine, as configured in pyproject.toml."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]


def tool(name: str) -> str:
    path = Path(sys.executable).parent / name
    found = str(path) if path.exists() else shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (pip install -e '.[test]')")
    return found


def test_ruff_is_clean() -> None:
    out = subprocess.run([tool("ruff"), "check", "game", "tests", "tools"], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr


def test_mypy_strict_is_clean_on_the_engine_and_the_tools() -> None:
    out = subprocess.run([tool("mypy")], cwd=ROOT, capture_output=True, text=True)  # files and strict: pyproject
    assert out.returncode == 0, out.stdout + out.stderr
