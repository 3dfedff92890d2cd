"""No dark smudge on the wall behind him in the golden glow (issues 11/12, lines 85 and 86 at 2 s,
1920x1080): the golden haze was cut off the figures in the 1/8-size light map, grown by a cell so
his back would not be see-through, and the upscale left the wall beside his back without its haze
for ~20 px: a dark ring round his outline (line 85: the wall 3-6 px from his back 62 vs 88 at
20-26 px). Cut at full resolution by his own alpha (lighting.Cut), the wall by his back is the
wall further off, and his suit's edge is his suit (not the wall's tone seen through it)."""

from __future__ import annotations

import numpy as np
import pygame
import pytest

import game.fx.lighting as lighting
from game.assets import Assets
from game.capture import render_moment
from game.fx.occlusion import mask_region

SIZE = (1920, 1080)


def _alpha(caster: tuple[pygame.Surface, pygame.Rect, float]) -> np.ndarray:
    """A caster's alpha (0..1) at screen size, (y, x)."""
    mask, rect, _f = caster
    out = np.zeros(SIZE[::-1])
    region = mask_region(mask, rect, pygame.Rect((0, 0), SIZE))
    assert region is not None
    src, where = region
    a = pygame.surfarray.array_alpha(src).T[: SIZE[1] - where.y, : SIZE[0] - where.x] / 255.0
    out[where.y : where.y + a.shape[0], where.x : where.x + a.shape[1]] = a
    return out


@pytest.mark.parametrize("line", ["85", "86"])
def test_the_wall_by_his_back_is_the_wall(line: str, monkeypatch: pytest.MonkeyPatch) -> None:
    pygame.init()
    seen: dict[str, list[tuple[pygame.Surface, pygame.Rect, float]]] = {}
    add = lighting.LightMap.add

    def keep(self: lighting.LightMap, light: pygame.Surface, area: pygame.Rect, cut: lighting.Cut | None = None) -> None:
        assert cut is not None
        seen["people"] = list(cut.people)  # the figures as the drawn frame's light map cut them
        add(self, light, area, cut)

    monkeypatch.setattr(lighting.LightMap, "add", keep)
    img = pygame.surfarray.array3d(render_moment(Assets(), line, 2.0, SIZE)).astype(np.float64).transpose(1, 0, 2)
    lum = img @ np.array([0.299, 0.587, 0.114])
    figures = seen["people"]
    assert len(figures) == 2
    him = max(figures, key=lambda c: c[1].right)  # he sits on her right, his back to the wall
    a = _alpha(him)
    anyone = np.maximum(a, _alpha(min(figures, key=lambda c: c[1].right)))
    r = him[1]
    near, far, rim, inside = [], [], [], []
    for y in range(r.y + round(0.28 * r.h), r.y + round(0.46 * r.h)):  # his back, shoulder to waist
        xe = int(np.nonzero(a[y] > 0.5)[0].max())
        if anyone[y, xe + 3 : xe + 27].max() > 0.5:  # (a close shot's masks are coarse: their edge is soft)
            continue
        near.append(lum[y, xe + 3 : xe + 7].mean())
        far.append(lum[y, xe + 20 : xe + 27].mean())
        rim.append(lum[y, xe - 5 : xe - 1].mean())
        inside.append(lum[y, xe - 20 : xe - 12].mean())
    assert len(near) > 25
    n, f, e, i = (float(np.mean(v)) for v in (near, far, rim, inside))
    # old (cut grown by a light-map cell): line 85 near 62 vs far 88, line 86 55 vs 82
    ring, band = n > f - 4.0, e < i + 10.0
    assert ring and band, (f"the wall by his back {n:.0f} vs {f:.0f} 20 px off (a dark ring if lower); "
                           f"his suit's edge {e:.0f} vs its inside {i:.0f} (see-through if higher)")
