"""Build the standalone app: a PyInstaller one-folder build that runs without Python.

    python tools/build_app.py [--dist dist] [--check]

makes `dist/whispers/`, a folder to copy to a gallery PC as it is: `whispers` (the game,
with every `python -m game` option), its libraries and the story, map and assets under
`_internal/game/_content/` (where `game.assets` finds them, as in a wheel), plus the icon,
the desktop entry and its installer, and the kiosk's service files in `kiosk/`.
`--check` then runs `--version`, `--lint` and a headless `--render` from the build, as
CI does.

PyInstaller rather than a hand-made bundle: it follows every import (the game imports
lazily), carries the right shared libraries (SDL, numpy's BLAS) and has hooks for
pygame-ce. The one-folder form starts fast (nothing unpacked to /tmp at each start) and
can be updated file by file. Needs the `app` extra: pip install -e '.[app]'.
"""

from __future__ import annotations

import argparse
import importlib
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NAME = "whispers"

# The frozen program is both `whispers` and, for the kiosk supervisor, which starts its
# child as `sys.executable -m game --kiosk-child ...`, a Python that runs `-m game`.
ENTRY = '''\
import os
import sys

os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
if sys.argv[1:3] == ["-m", "game"]:
    del sys.argv[1:3]
from game.__main__ import main

sys.exit(main())
'''

# Not needed by the game, pulled in only through optional paths: leave them out.
EXCLUDE = ("tkinter", "pytest", "mypy", "ruff", "PyInstaller", "setuptools", "pip", "imageio_ffmpeg",
           "IPython", "matplotlib", "scipy")


def pyinstaller_args(dist: Path, work: Path) -> list[str]:
    entry = work / "whispers_entry.py"
    work.mkdir(parents=True, exist_ok=True)
    entry.write_text(ENTRY, encoding="utf-8")
    sep = os.pathsep
    args = [str(entry), "--name", NAME, "--onedir", "--noconfirm", "--log-level", "WARN",
            "--distpath", str(dist), "--workpath", str(work / "work"), "--specpath", str(work),
            "--paths", str(ROOT),  # the checkout's game/ (an editable install's finder is not followed)
            "--collect-submodules", "game", "--copy-metadata", "whispers-of-the-heart",
            "--add-data", f"{ROOT / 'assets'}{sep}game/_content/assets",
            "--add-data", f"{ROOT / 'scenes'}{sep}game/_content/scenes"]
    for module in EXCLUDE:
        args += ["--exclude-module", module]
    return args


def add_desktop_files(app: Path) -> None:
    """The icon, the desktop entry and its installer beside the program; the kiosk's
    service files (docs/kiosk.md) in kiosk/."""
    shutil.copy2(ROOT / "assets" / "icon" / "whispers-of-the-heart.svg", app / "whispers-of-the-heart.svg")
    for name in ("whispers-of-the-heart.desktop", "install-desktop.sh"):
        shutil.copy2(ROOT / "tools" / "desktop" / name, app / name)
    (app / "kiosk").mkdir(exist_ok=True)
    for name in ("whispers-kiosk.service", "whispers-kiosk.desktop", "standalone.conf", "kiosk.example.toml"):
        shutil.copy2(ROOT / "tools" / "kiosk" / name, app / "kiosk" / name)


def check(app: Path) -> None:
    """Run the build as CI does: version, lint, one headless frame. Raises on failure.

    In a bare environment (no virtualenv, no PYTHON* variables, an empty home), as on a
    gallery PC: whatever it needs must be inside the folder."""
    home = app.parent / "check-home"
    home.mkdir(exist_ok=True)
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy"}
    exe = str(app / NAME)
    out = app.parent / "check-render.png"
    started = time.perf_counter()
    subprocess.run([exe, "--version"], check=True, env=env)
    print(f"start-up to --version: {time.perf_counter() - started:.2f} s")
    subprocess.run([exe, "--lint"], check=True, env=env)
    subprocess.run([exe, "--render", "1", "--at", "1", "--size", "640x360", "--out", str(out)], check=True, env=env)
    if not out.is_file() or out.stat().st_size < 1000:
        raise SystemExit(f"build_app: {out} was not written")


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the app folder goes (default dist/)")
    ap.add_argument("--work", type=Path, default=ROOT / "build" / "app", help="PyInstaller's work folder")
    ap.add_argument("--check", action="store_true", help="then run --version, --lint and --render from the build")
    args = ap.parse_args(argv)
    try:
        pyinstaller = importlib.import_module("PyInstaller.__main__")  # the `app` extra (no type stubs)
    except ImportError:
        print("build_app: PyInstaller is missing: pip install -e '.[app]'", file=sys.stderr)
        return 2
    started = time.perf_counter()
    pyinstaller.run(pyinstaller_args(args.dist.resolve(), args.work.resolve()))
    app = args.dist.resolve() / NAME
    add_desktop_files(app)
    print(f"built {app} in {time.perf_counter() - started:.0f} s: {folder_size(app) / 2**20:.0f} MiB")
    if args.check:
        check(app)
    return 0


if __name__ == "__main__":
    sys.exit(main())
