"""Shared test setup: headless SDL, the user's folders per test process, the flag that
regenerates golden images, and the pilot."""

from __future__ import annotations

import os
import shutil
import tempfile

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from pilot import Pilot

USER_DIRS = ("XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME")


def _own_user_dirs() -> Path:
    """Point the game's config, state, data and cache folders (platformdirs reads the XDG
    variables at each call) at fresh folders of this test process, and return their parent.

    The suite runs on pytest-xdist's workers at once: a test that left them on the user's
    folders shared the rasterized SVGs, the baked art, the title's kept frame, the save and
    the settings with the other worker, with any game or tool running beside the suite
    (another checkout's source, whose baked art deletes this one's), and with the last run.
    Subprocesses (`python -m game ...`) inherit the variables. A test that needs its own
    (a cold cache, a damaged save) still sets them to its tmp_path.
    """
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    home = Path(tempfile.mkdtemp(prefix=f"whispers-tests-{os.getpid()}-{worker}-"))
    _sweep(home.parent)
    for name in USER_DIRS:
        os.environ[name] = str(home / name.removeprefix("XDG_").removesuffix("_HOME").lower())
    os.environ.pop("WHISPERS_BAKED_DIR", None)  # the baked art goes to this process's cache folder
    return home


def _sweep(tmp: Path) -> None:
    """Remove the folders of test processes that are gone without their `pytest_unconfigure`
    (killed, or stopped at a timeout): a cold run's cache is ~50 MB a worker."""
    for old in tmp.glob("whispers-tests-*-*-*"):
        pid = old.name.split("-")[2]
        if not pid.isdigit():
            continue
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            shutil.rmtree(old, ignore_errors=True)
        except OSError:
            pass  # alive, another user's


USER_HOME = _own_user_dirs()


def pytest_unconfigure(config: pytest.Config) -> None:
    shutil.rmtree(USER_HOME, ignore_errors=True)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-goldens", action="store_true", default=False,
                     help="rewrite tests/goldens/*.png from the current renderer instead of comparing")


@pytest.fixture(autouse=True)
def _heap_mode_kept() -> Iterator[None]:
    """The process's heap mode (game/memory.py `tune_heap`, which a governor made without a mode of its
    own follows) as each test found it: a test that runs the bench or the game tunes its worker's heap,
    and the tests after it in that worker saw a player's heap where they were written for the default."""
    from game import memory

    tight = memory._tight
    yield
    memory._tight = tight


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


@pytest.fixture(scope="module")
def room_ctx() -> Iterator[Any]:
    """The game's context over a 640x360 display (built once a module: ~5 s)."""
    import pygame

    from game.assets import Assets
    from game.context import build_context
    from game.settings import Settings

    pygame.init()
    pygame.display.set_mode((640, 360))
    yield build_context(Assets(), Settings(), audio=False)
    pygame.quit()
