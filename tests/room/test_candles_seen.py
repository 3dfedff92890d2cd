"""Every candle on the coffee table is seen while he writes: a figure drawn *behind* the table
(his legs under it, line 43) cannot hide what stands on the table; only the parts drawn over
it (hands and arms laid on the table) can. Before, his whole silhouette hid candle_05's wax
and flame, leaving an empty saucer beside his writing hand. (candle_05 has since moved to the side
table by the hearth: its flame burned beside his cuff; the test takes whatever candles stand on the table.)"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pygame
import pytest

from game.assets import Assets
from game.capture import render_moment
from game.room.tmxload import load_room

ROOT = Path(__file__).resolve().parents[2]
SIZE = (640, 360)
WAX_H = 58.0  # room px of a new candle on a table holder (game/fx/candles.py HOLDER_SIZE)
TABLE_CANDLES = [a.name for a in load_room(ROOT / "scenes" / "room.tmx").anchors_of("candle")
                 if a.props.get("on") == "coffee_table"]


@pytest.mark.parametrize("candle", TABLE_CANDLES)
def test_table_candle_wax_is_seen_while_he_writes(candle: str) -> None:
    pygame.init()
    room = load_room(ROOT / "scenes" / "room.tmx", "scenes/room.tmx")
    shot = room.shots["ots_him"].rect  # line 43 holds this shot, still (no camera move)
    c = room.anchor(candle).rect
    k = SIZE[0] / shot.w
    x = (c.x - shot.x) * k
    y0, y1 = (c.y - WAX_H * 0.8 - shot.y) * k, (c.y - WAX_H * 0.2 - shot.y) * k
    surface = render_moment(Assets(), "43", 1.5, SIZE)
    rgb = pygame.surfarray.array3d(surface).astype(np.float64)
    column = rgb[round(x) - 1:round(x) + 2, round(y0):round(y1)]
    # ivory wax lit by its own flame, not his dark trousers (luma ~40) nor the wall behind
    luma = (0.3 * column[..., 0] + 0.59 * column[..., 1] + 0.11 * column[..., 2]).mean()
    assert luma > 110, f"{candle}'s wax is hidden (mean luma {luma:.0f} at x {x:.0f}, y {y0:.0f}..{y1:.0f})"
