"""The wheel plays: built from this checkout, installed into a fresh virtual environment
outside it, the game finds its story, map and assets inside the package."""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from game.assets import PACKAGED, content_root

ROOT = Path(__file__).resolve().parents[2]


def test_the_packaged_copy_wins_over_the_folder_around_the_package(tmp_path: Path) -> None:
    package = tmp_path / "site-packages" / "game"
    (package / PACKAGED / "scenes").mkdir(parents=True)
    assert content_root(package) == (package / PACKAGED).resolve()


def test_without_a_packaged_copy_the_checkout_is_the_content_root(tmp_path: Path) -> None:
    package = tmp_path / "checkout" / "game"
    package.mkdir(parents=True)
    assert content_root(package) == (tmp_path / "checkout").resolve()
    assert content_root() == ROOT  # the tests run from the checkout (an editable install)


def _run(cmd: list[str], cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    full = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    full.update(SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy", PIP_DISABLE_PIP_VERSION_CHECK="1", **env)
    done = subprocess.run(cmd, cwd=cwd, env=full, capture_output=True, text=True, timeout=900, check=False)
    assert done.returncode == 0, f"{' '.join(cmd)} -> {done.returncode}\n{done.stdout}\n{done.stderr}"
    return done


@pytest.mark.slow
def test_a_wheel_installed_outside_the_checkout_lints_and_renders(tmp_path: Path) -> None:
    wheels, env_dir, elsewhere = tmp_path / "wheels", tmp_path / "venv", tmp_path / "elsewhere"
    elsewhere.mkdir()
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(ROOT)], cwd=tmp_path)
    (wheel,) = wheels.glob("whispers_of_the_heart-*.whl")
    venv.create(env_dir, with_pip=True)
    bin_dir = env_dir / "bin"
    # The dependencies come from pip's cache when it has them: an honest install, only faster.
    _run([str(bin_dir / "python"), "-m", "pip", "install", "-q", str(wheel)], cwd=elsewhere)

    where = _run([str(bin_dir / "python"), "-c", "from game.assets import ROOT; print(ROOT)"], cwd=elsewhere)
    assert Path(where.stdout.strip()).is_relative_to(env_dir.resolve())
    assert "no problems found" in _run([str(bin_dir / "whispers"), "--lint"], cwd=elsewhere).stdout
    assert _run([str(bin_dir / "whispers"), "--version"], cwd=elsewhere).stdout.split()[-1] == wheel.name.split("-")[1]
    _run([str(bin_dir / "whispers"), "--render", "1", "--at", "1", "--size", "320x180", "--out", "x.png"],
         cwd=elsewhere)
    # and it plays: the window opens, the last line plays by itself, the ending, exit 0
    _run([str(bin_dir / "whispers"), "--autoplay", "--quit-at-end", "--start", _last_line(bin_dir, elsewhere),
          "--size", "320x180"], cwd=elsewhere, XDG_CONFIG_HOME=str(tmp_path / "config"),
         XDG_STATE_HOME=str(tmp_path / "state"))

    import pygame

    shot = pygame.image.load(str(elsewhere / "x.png"))
    assert shot.get_size() == (320, 180)
    colours = {tuple(shot.get_at((x, y)))[:3] for x in range(0, 320, 16) for y in range(0, 180, 12)}
    assert len(colours) > 50  # the room was drawn, not a blank canvas


def _last_line(bin_dir: Path, cwd: Path) -> str:
    lines = _run([str(bin_dir / "whispers"), "--list-lines"], cwd=cwd).stdout.splitlines()
    return lines[-1].split("\t")[0]
