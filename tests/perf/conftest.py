"""Shared fixtures of the performance tests."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pygame
import pytest


@pytest.fixture(scope="module")
def room_ctx() -> Iterator[Any]:
    """The game's context over a 640x360 display (built once a module: ~5 s)."""
    from game.assets import Assets
    from game.context import build_context
    from game.settings import Settings

    pygame.init()
    pygame.display.set_mode((640, 360))
    yield build_context(Assets(), Settings(), audio=False)
    pygame.quit()
