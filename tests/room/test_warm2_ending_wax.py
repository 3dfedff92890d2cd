"""The ending card's candles (review14 #5). The candlelight cut round each flame (the Vignette's
multiply, review13 D8) also took the green and blue out of the white wax: at 6 s every candle's lit wax
read peach (median G/R 0.57-0.68, B/R 0.23-0.32 at 1080p), and the pale flames drowned in the orange
halo (the side table's flames only 44-64 luma over the halo beside them). Now the cut spares the
candles as it spares the flame's heart (game/scenes/title.py `ending_candles`, ui.py `Spare`): the wax
is ivory, the flames a gold-white heart brighter than their halo, which stays orange
(tests/room/test_warm_ending_halo.py)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import numpy as np
import pygame
import pytest

from game.assets import Assets
from game.capture import capture_context, render_moment
from game.scenes.title import closing_stage, ending_candles
from game.settings import Settings

SIZE = (1920, 1080)
IVORY = (0.85, 0.6)  # the lit wax's median G/R and B/R at least (peach: 0.57-0.68 and 0.23-0.32)
OVER_HALO = 70.0  # luma: each flame's brightest pixel over the halo's median 10-14 px beside it (44 before)
LUMA = np.asarray((0.3, 0.59, 0.11))


@pytest.fixture(scope="module")
def ending() -> Iterator[tuple[np.ndarray, Any]]:
    pygame.init()
    rgb = pygame.surfarray.array3d(render_moment(Assets(), "ending", 6.0, SIZE)).astype(np.float64)
    ctx = capture_context(Assets(), Settings())
    yield rgb, ending_candles(ctx, closing_stage(ctx))


def test_the_wax_reads_ivory_under_the_orange_halo(ending: tuple[np.ndarray, Any]) -> None:
    rgb, (wax, _) = ending
    for bx, by, bw, bh in wax:
        px = rgb[round(bx) + 1:round(bx + bw) - 1, round(by):round(by + bh)].reshape(-1, 3)  # inside its edges
        lit = px[px.max(axis=1) >= 140]
        assert len(lit) >= 100, f"the candle at ({bx:.0f},{by:.0f}) shows no lit wax"
        gr, br = float(np.median(lit[:, 1] / lit[:, 0])), float(np.median(lit[:, 2] / lit[:, 0]))
        assert gr >= IVORY[0] and br >= IVORY[1], f"the wax at ({bx:.0f},{by:.0f}) reads peach: G/R {gr:.2f}, B/R {br:.2f}"


def test_each_flame_stands_out_of_its_halo(ending: tuple[np.ndarray, Any]) -> None:
    rgb, (wax, flames) = ending
    luma = rgb @ LUMA
    for (bx, _, bw, _), (_, fy, _, fh) in zip(wax, flames, strict=True):
        cx, y0, y1 = round(bx + bw / 2), round(fy), round(fy + fh)
        peak = float(luma[cx - 3:cx + 4, y0:y1].max())
        beside = float(np.median(np.concatenate([luma[cx - 14:cx - 9, y0:y1].ravel(), luma[cx + 10:cx + 15, y0:y1].ravel()])))
        assert peak - beside >= OVER_HALO, f"the flame at ({cx},{y0}) is {peak - beside:.0f} luma over its halo (drowned)"
