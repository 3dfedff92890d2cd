"""Identity: --version from the package metadata, the window icon, the desktop entry."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pygame
import pytest

from game.assets import Assets
from game.identity import DIST, set_window_icon, version, window_icon

ROOT = Path(__file__).resolve().parents[2]


def test_version_is_the_installed_package_version() -> None:
    done = subprocess.run([sys.executable, "-m", "game", "--version"], capture_output=True, text=True,
                          check=False, cwd=ROOT)
    assert done.returncode == 0
    assert done.stdout.strip() == f"Whispers of the Heart {metadata.version(DIST)}" == f"Whispers of the Heart {version()}"


def test_the_icon_is_rasterized_at_the_asked_size_and_is_not_empty() -> None:
    pygame.init()
    icon = window_icon(Assets(), 48)
    assert icon is not None and icon.get_size() == (48, 48)
    alpha = [icon.get_at((x, y)).a for x in range(48) for y in range(48)]
    assert alpha[0] == 0 and max(alpha) == 255  # rounded corners, an opaque body


def test_a_missing_icon_is_logged_and_the_window_opens_without_it(tmp_path: Path,
                                                                   caplog: pytest.LogCaptureFixture) -> None:
    pygame.init()
    with caplog.at_level(logging.WARNING, logger="game.identity"):
        assert window_icon(Assets(root=tmp_path)) is None
    assert "no window icon" in caplog.text


def test_the_app_sets_the_icon_before_it_opens_the_window(monkeypatch: pytest.MonkeyPatch) -> None:
    from game.app import App

    calls: list[str] = []
    real_mode = pygame.display.set_mode
    monkeypatch.setattr(pygame.display, "set_icon", lambda surf: calls.append(f"icon {surf.get_size()}"))
    monkeypatch.setattr(pygame.display, "set_mode", lambda *a, **k: (calls.append("mode"), real_mode((64, 36)))[1])
    pygame.init()
    app = App.__new__(App)  # only the window: no story needs building for this
    app.ctx, app.fullscreen, app.window_size, app.display_index = _Ctx(), False, (64, 36), 0
    app.open_window()
    assert calls[:2] == ["icon (64, 64)", "mode"]


class _Ctx:
    assets = Assets()


def test_set_window_icon_sets_nothing_when_the_icon_is_missing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[object] = []
    monkeypatch.setattr(pygame.display, "set_icon", calls.append)
    pygame.init()
    set_window_icon(Assets(root=tmp_path))
    assert calls == []


def test_the_desktop_entry_installs_with_its_icon_and_the_program(tmp_path: Path) -> None:
    program = tmp_path / "app dir" / "whispers"
    program.parent.mkdir()
    program.write_text("#!/bin/sh\n")
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data")}
    done = subprocess.run(["sh", str(ROOT / "tools" / "desktop" / "install-desktop.sh"), str(program)],
                          env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    entry = tmp_path / "data" / "applications" / "whispers-of-the-heart.desktop"
    text = entry.read_text(encoding="utf-8")
    assert f'\nExec="{program}"\n' in text and "\nIcon=whispers-of-the-heart\n" in text
    icon = tmp_path / "data" / "icons" / "hicolor" / "scalable" / "apps" / "whispers-of-the-heart.svg"
    assert icon.read_bytes() == Assets().icon.read_bytes()
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True, check=False)
        assert check.returncode == 0, check.stdout + check.stderr
