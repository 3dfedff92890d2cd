"""A figure's coarse mask read as alpha at screen resolution (game/fx/occlusion.py `region_alpha`):
the same bytes as its region scaled whole (`mask_region`), made a band of columns at a time, so no
32-bit copy of the region is made beside its alpha (a close shot's figure at 1080p: 5.9 MiB at the
top of line 17's push frames, stop 40)."""

from __future__ import annotations

import numpy as np
import pygame
import pytest

from game.fx import occlusion
from game.fx.figure_light import screen_alpha


def _mask(size: tuple[int, int], seed: int) -> pygame.Surface:
    """A mask of `size` with a soft, uneven alpha (and colour, which the alpha must not take from)."""
    rng = np.random.default_rng(seed)
    mask = pygame.Surface(size, pygame.SRCALPHA)
    px = pygame.surfarray.pixels3d(mask)
    px[...] = rng.integers(0, 256, px.shape)
    del px
    alpha = pygame.surfarray.pixels_alpha(mask)
    x, y = np.mgrid[0 : size[0], 0 : size[1]]
    body = ((x - size[0] / 2) / (size[0] / 2.4)) ** 2 + ((y - size[1] / 2) / (size[1] / 2.2)) ** 2
    alpha[...] = np.clip((1.2 - body) * 400 + rng.integers(-30, 30, body.shape), 0, 255).astype(np.uint8)
    del alpha
    return mask


def _whole(mask: pygame.Surface, rect: pygame.Rect, area: pygame.Rect) -> tuple[np.ndarray, pygame.Rect] | None:
    """The alpha of the region scaled whole, as it was read before."""
    region = occlusion.mask_region(mask, rect, area)
    return None if region is None else (pygame.surfarray.array_alpha(region[0]), region[1])


@pytest.mark.parametrize(("size", "rect", "area"), [
    ((90, 160), pygame.Rect(300, 40, 700, 1240), pygame.Rect(0, 0, 1920, 1080)),  # a close shot's, scaled up ~8x
    ((90, 160), pygame.Rect(-200, 100, 701, 1243), pygame.Rect(0, 0, 1920, 1080)),  # off the left edge, odd sizes
    ((90, 160), pygame.Rect(300, 40, 700, 1240), pygame.Rect(520, 300, 333, 200)),  # a part of it (the haze's area)
    ((240, 300), pygame.Rect(10, 10, 120, 150), pygame.Rect(0, 0, 640, 360)),  # scaled down
    ((120, 150), pygame.Rect(10, 10, 120, 150), pygame.Rect(40, 30, 640, 360)),  # at its own size: its px
])
def test_a_masks_alpha_at_screen_resolution_is_the_whole_regions(size: tuple[int, int], rect: pygame.Rect,
                                                                 area: pygame.Rect) -> None:
    mask = _mask(size, 3)
    got, want = occlusion.region_alpha(mask, rect, area), _whole(mask, rect, area)
    assert got is not None and want is not None
    assert got[1] == want[1]
    assert got[0].dtype == np.uint8 and np.array_equal(got[0], want[0])


def test_no_region_is_scaled_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every surface smoothscale makes for it is at most ALPHA_BAND columns wide or the mask's rows high."""
    mask, rect = _mask((90, 160), 5), pygame.Rect(300, 40, 700, 1240)
    made: list[tuple[int, int]] = []
    real = pygame.transform.smoothscale

    def noted(src: pygame.Surface, size: tuple[int, int], *rest: pygame.Surface) -> pygame.Surface:
        made.append((int(size[0]), int(size[1])))
        return real(src, size, *rest)

    monkeypatch.setattr(occlusion.pygame.transform, "smoothscale", noted)
    got = occlusion.region_alpha(mask, rect, pygame.Rect(0, 0, 1920, 1080))
    assert got is not None and got[0].shape == got[1].size and got[1].w == 700
    assert made and all(w <= occlusion.ALPHA_BAND or h <= mask.get_height() for w, h in made), made


def test_the_cold_rims_coverage_is_made_sharp_as_before() -> None:
    """figure_light.screen_alpha: the scaled alpha made sharp about its half-coverage line, a band at a time."""
    mask, rect, area = _mask((90, 160), 8), pygame.Rect(300, 40, 700, 1240), pygame.Rect(0, 0, 1920, 1080)
    got, want = screen_alpha(mask, rect, area), _whole(mask, rect, area)
    assert got is not None and want is not None
    k = rect.w / mask.get_width()
    sharp = np.clip((want[0].astype(np.float32) - 127.5) * k + 127.5, 0.0, 255.0).astype(np.uint8)
    assert np.array_equal(got[0], sharp) and got[1] == want[1]
    assert 0 < np.count_nonzero(sharp == 255) < sharp.size  # (a body, edges and the wall round it)
