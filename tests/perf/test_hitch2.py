"""No hitch on entering a shot (issue 13), what was left after the next shot's art was made
ahead: the light map's top-edge bands of the next shot's props (game/fx/shadows.py `fill_edges`,
270-550 ms in a cut's frame at 1080p) are made ahead too, and the effects' sprites made ahead for
the next shot's scale outlive the memory governor's looks until the cut. Behaviour, not timing:
what the caches hold, and that the band is the same picture (the story's making ahead of them:
tests/perf/test_prepare.py)."""

from __future__ import annotations

from typing import Any

import numpy as np
import pygame

SIZE = (480, 270)


def _band_by_passes(on: np.ndarray, depth: int) -> np.ndarray:
    """The band as it was first made: a pixel's px down from the nearest pixel off the prop above
    it (the top row counting as off), one masked pass per px of `depth`."""
    dist = np.full(on.shape, depth, np.int32)
    for i in range(depth, 0, -1):
        off = np.ones_like(on)
        off[:, i:] = ~on[:, :-i]
        dist[off] = i - 1
    table = np.round(np.clip(1.0 - np.arange(depth + 1) / depth, 0.0, 1.0) * 255.0).astype(np.uint8)
    return np.where(on, table[dist], np.uint8(0))


def test_a_props_top_band_is_its_pixels_near_the_wall_above_them() -> None:
    """The band (made in one pass down the columns, cropped to where it is not clear) is the
    same alpha as the one made a masked pass per px of depth: a notch, a hole and a prop whose
    top is the mask's top row."""
    from game.fx.shadows import _top_band

    pygame.init()
    mask = pygame.Surface((60, 50), pygame.SRCALPHA)
    mask.fill((0, 0, 0, 0))
    mask.fill((0, 0, 0, 255), (5, 10, 40, 35))  # a sofa
    mask.fill((0, 0, 0, 0), (20, 10, 6, 12))  # a notch in its back
    mask.fill((0, 0, 0, 0), (30, 30, 3, 3))  # a hole in its seat
    mask.fill((0, 0, 0, 255), (50, 0, 6, 40))  # a lamp from the top row
    band, box = _top_band(mask, mask.get_size(), 16)
    want = _band_by_passes(pygame.surfarray.array_alpha(mask) > 127, 16)
    got = np.zeros_like(want)
    got[box.x:box.right, box.y:box.bottom] = pygame.surfarray.array_alpha(band)
    assert np.array_equal(got, want)
    assert box == pygame.Rect(5, 0, 51, 45)
    assert got[7, 10] == 255 and got[7, 18] == round(255 * 0.5) and got[7, 30] == 0  # fades down
    assert got[31, 33] == 255  # under the hole: an edge again


class _Art:
    def __init__(self) -> None:
        self.halos: dict[int, pygame.Surface] = {}


class _Fx:
    """What the governor walks: one effect's art kept per scale."""

    def __init__(self) -> None:
        from game.fx.sprites import PerScale

        self.fx: Any = PerScale(lambda _s: _Art())


def test_an_effects_scale_made_ahead_outlives_the_governors_looks_until_its_cut() -> None:
    """The next shot's sprites made ahead (another scale) stay through the governor's looks when
    it is over its total (they were let go of at each look, made again in the cut's frame: line
    75's candle halos, 230 ms); drawn at the cut, they are the ones made ahead, and at the next
    look the scale they replaced goes."""
    from game.memory import Governor

    pygame.init()
    ctx, gov = _Fx(), Governor(total=lambda _size: 0)
    ctx.fx.at(1.0).halos[0] = pygame.Surface((64, 64))
    ahead = ctx.fx.at(2.0, ahead=True)
    ahead.halos[0] = pygame.Surface((64, 64))
    gov.found(ctx)
    for _ in range(3):
        gov.check(ctx, SIZE)
        assert ctx.fx.scales() == [1.0, 2.0]
    assert ctx.fx.at(2.0) is ahead and 0 in ahead.halos  # the cut
    gov.check(ctx, SIZE)
    assert ctx.fx.scales() == [2.0]


def test_over_the_sprites_budget_the_newest_made_ahead_stay() -> None:
    """Made ahead a sprite at a time over the byte budget (a close-up's 4 MB halos beside the drawn
    shot's), the art made ahead loses its oldest sprites, not all of itself with each new one (the
    candles' were all gone by the cut to the fire close-up: every halo and flame made in its frame)."""
    from game.fx.sprites import PerScale, art_bytes

    pygame.init()
    per: PerScale[_Art] = PerScale(lambda _s: _Art())
    drawn = per.at(1.0)
    for k in range(4):
        drawn.halos[k] = pygame.Surface((64, 64))
    one = art_bytes(drawn)
    for k in range(4):
        made = per.at(2.0, ahead=True)
        made.halos[k] = pygame.Surface((64, 64))
        per.trim(budget=one + one // 2)
    assert per.at(2.0, ahead=True) is made and sorted(made.halos) == [2, 3]
    assert len(drawn.halos) == 4  # the shot on screen keeps its own
