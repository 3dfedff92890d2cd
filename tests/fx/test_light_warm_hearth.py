"""Firelight by the hearth is a warm orange, never a lemon (LIGHT2, issue 12; lines 6 and 9 at 2 s,
1920x1080). The light map was summed in 8 bits and tone-mapped channel by channel: the red of a
dozen candles and the hearth clipped while the green climbed after it, so the map by the fire was
(255, 255, 184) (r = g), and the fire's dip took the same grey off each channel, keeping r = g:
the mantel, the armchair and his near side read olive. Now the sum is kept in floats and a light
past saturation keeps its hue (lighting.tonemap), the dip scales the map, and the figures' side
light added over a saturated map is scaled back as a whole (lighting.add_light)."""

from __future__ import annotations

import numpy as np
import pygame
import pytest

from game.assets import Assets
from game.capture import render_moment
from game.fx import lighting

SIZE = (1920, 1080)
HEARTH = {"6": (131, 24, 228, 95), "9": (0, 0, 240, 135)}  # map px x0, y0, x1, y1: the mantel and hearth; the close-up's whole map


def _map(line: str, monkeypatch: pytest.MonkeyPatch) -> np.ndarray:
    """The last light map built for `line` at 2 s (map px, x, y, rgb)."""
    built: list[np.ndarray] = []
    apply = lighting.LightMap.apply

    def keep(self: lighting.LightMap, surface: pygame.Surface, key: object, build: object) -> None:
        def made() -> pygame.Surface:
            small = build()  # type: ignore[operator]
            built.append(pygame.surfarray.array3d(small).astype(np.float64))
            return small  # type: ignore[no-any-return]
        apply(self, surface, key, made)

    monkeypatch.setattr(lighting.LightMap, "apply", keep)
    pygame.init()
    render_moment(Assets(), line, 2.0, SIZE)
    assert built, "no light map was built"
    return built[-1]


@pytest.mark.parametrize("line", ["6", "9"])
def test_the_light_by_the_hearth_is_orange_not_lemon(line: str, monkeypatch: pytest.MonkeyPatch) -> None:
    x0, y0, x1, y1 = HEARTH[line]
    cells = _map(line, monkeypatch)[x0:x1, y0:y1]
    lit = cells[cells.max(axis=2) >= 150]  # the bright cells: where the fire and the candles light it
    assert len(lit) > 2000, "the hearth is not lit"
    r, g, b = lit[:, 0], lit[:, 1], lit[:, 2]
    ratio = float(np.median(r / np.maximum(g, 1)))
    lemon = float((g > 0.93 * r).mean())
    assert ratio >= 1.25, f"the map by the hearth has median r/g {ratio:.2f} (old 1.00: r = g, lemon)"
    assert lemon < 0.05, f"{lemon:.0%} of the lit cells by the hearth are lemon, green near red (old 82% at 6, 91% at 9)"
    assert float(np.median(g - b)) > 20, "not warm: green and blue alike"
