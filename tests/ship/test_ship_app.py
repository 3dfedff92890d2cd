"""The standalone app's build recipe (the build itself runs in CI: tools/build_app.py --check)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tools.build_app import ENTRY, NAME, pyinstaller_args

ROOT = Path(__file__).resolve().parents[2]


def test_the_frozen_program_also_answers_as_python_dash_m_game() -> None:
    # The kiosk supervisor restarts `sys.executable -m game --kiosk-child`; frozen,
    # sys.executable is the app itself, so its entry must take `-m game` as "the game".
    env = {**os.environ, "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy"}
    for argv in (["-m", "game", "--version"], ["--version"]):
        done = subprocess.run([sys.executable, "-", *argv], input=ENTRY, cwd=ROOT, env=env,
                              capture_output=True, text=True, check=False)
        assert done.returncode == 0 and done.stdout.startswith("Whispers of the Heart "), done.stderr


def test_the_build_carries_the_content_where_the_game_looks_for_it(tmp_path: Path) -> None:
    args = pyinstaller_args(tmp_path / "dist", tmp_path / "work")
    pairs = {args[i + 1] for i, a in enumerate(args) if a == "--add-data"}
    assert pairs == {f"{ROOT / 'assets'}{os.pathsep}game/_content/assets",
                     f"{ROOT / 'scenes'}{os.pathsep}game/_content/scenes"}
    assert args[args.index("--name") + 1] == NAME and "--onedir" in args
    assert args[args.index("--copy-metadata") + 1] == "whispers-of-the-heart"  # for --version
    assert Path(args[0]).read_text(encoding="utf-8") == ENTRY
