"""The room's drawn layers over the tile background: props, figures, light and weather."""

from __future__ import annotations

from typing import Any

from game.art.svg import SvgCache
from game.assets import Assets
from game.room.model import Room
from game.settings import Settings


def build_layers(room: Room, assets: Assets, svg: SvgCache, settings: Settings) -> Any:
    return None
