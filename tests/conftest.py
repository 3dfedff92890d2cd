"""Shared test setup: headless SDL, the flag that regenerates golden images, and the pilot."""

from __future__ import annotations

import os

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from pilot import Pilot


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-goldens", action="store_true", default=False,
                     help="rewrite tests/goldens/*.png from the current renderer instead of comparing")


@pytest.fixture
def update_goldens(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-goldens"))


@pytest.fixture
def pilot(tmp_path: Path) -> Iterator[Pilot]:
    """The game as a player starts it, headless on a manual clock, its settings and save in tmp_path."""
    import pygame
    from pilot import Pilot, build_app  # imported here: a suite that plays no game need not build one

    yield Pilot(build_app(user_dir=tmp_path))
    pygame.quit()
