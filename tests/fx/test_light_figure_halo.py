"""No shade on the wall along his back (LIGHT2, issue 12; line 80 at 2 s, 1920x1080). The figures'
side light (figure_light: the side away from the flames darker) was shaped in the 1/8-size light
map, so the cells on his outline took it half on the wall, and the upscale spread it ~20 px out
from his back: the wall by him darker than a little farther out. It is now laid on the figures at
full resolution by their own alpha (lighting._lay_figures), the wall keeping its own light."""

from __future__ import annotations

import numpy as np
import pygame
import pytest

from game.assets import Assets
from game.capture import render_moment
from game.fx import lighting

SIZE = (1920, 1080)
LUM = np.array([0.299, 0.587, 0.114])
ROWS = range(420, 500, 20)  # screen rows across his lower back, the wall to its right
SEARCH = (1000, 1300)  # screen x where his back's outline lies on those rows


def test_the_wall_by_his_back_keeps_its_light(monkeypatch: pytest.MonkeyPatch) -> None:
    maps: list[np.ndarray] = []
    apply = lighting.LightMap.apply

    def keep(self: lighting.LightMap, surface: pygame.Surface, key: object, build: object) -> None:
        apply(self, surface, key, build)  # type: ignore[arg-type]
        big = self.upscaled()
        assert big is not None
        maps.append(pygame.surfarray.array3d(big).astype(np.float64) @ LUM)

    monkeypatch.setattr(lighting.LightMap, "apply", keep)
    pygame.init()
    frame = pygame.surfarray.array3d(render_moment(Assets(), "80", 2.0, SIZE)).astype(np.float64) @ LUM
    light = maps[-1]
    for y in ROWS:
        coat = np.nonzero(frame[SEARCH[0] : SEARCH[1], y] < 32)[0]  # his dark coat
        assert len(coat), f"his coat is not on row {y}"
        edge = SEARCH[0] + int(coat.max())
        near, far = light[edge + 12, y], light[edge + 20, y]
        assert far - near <= 6, (f"row {y}: the light on the wall 12 px from his back {near:.0f}, "
                                 f"20 px {far:.0f} (old 157 vs 183 at row 420: his shadow side spread on the wall)")
