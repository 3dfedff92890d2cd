"""Fixtures for the effects tests: the real map, headless pygame, a small canvas."""

from __future__ import annotations

import os

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

from pathlib import Path

import pygame
import pytest

from game.room.model import Room
from game.room.tmxload import load_room
from game.view import View

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def room() -> Room:
    pygame.init()
    return load_room(ROOT / "scenes" / "room.tmx")


@pytest.fixture
def view() -> View:
    """The wide shot on a 640x360 canvas (a third of 1920x1080)."""
    return View(1 / 3)


@pytest.fixture
def grey() -> pygame.Surface:
    """A flat mid-grey 640x360 canvas: whatever the effects do shows against it."""
    s = pygame.Surface((640, 360))
    s.fill((160, 160, 160))
    return s
