"""Fixtures shared by the art tests."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from game.art.inserts import Inserts
from game.art.svg import SvgCache

INSERTS = Path(__file__).resolve().parents[2] / "assets" / "art" / "inserts"


@pytest.fixture(scope="module")
def inserts(tmp_path_factory: pytest.TempPathFactory) -> Inserts:
    """The close-shot inserts from the committed art, with a cache of their own (one per module)."""
    pygame.init()
    return Inserts(INSERTS, SvgCache(tmp_path_factory.mktemp("svg")), seed=7)
