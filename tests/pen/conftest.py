"""Shared fixtures for the pen tests: headless SDL, the real hands file, one notebook maker."""

from __future__ import annotations

import os
from collections.abc import Callable

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

import pygame
import pytest
from pen_data import HANDS

from game.pen import Hand, Notebook, load_hands


@pytest.fixture(scope="session")
def hands() -> dict[str, Hand]:
    pygame.init()
    return load_hands(HANDS)


@pytest.fixture
def make_notebook(hands: dict[str, Hand]) -> Callable[[float], Notebook]:
    def make(scale: float = 0.5) -> Notebook:
        return Notebook(hands, 3, scale)

    return make
