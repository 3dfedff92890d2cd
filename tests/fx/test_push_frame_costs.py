"""Frame costs cut at the slow pushes into close shots (issue 13), each the same pixels: the side light's
cut to its caster's shape by tables (game/fx/shape_cut.py `covered`: the same bytes as the float64 sums
it replaces, the shape's alpha kept at 1 byte a px, not 8); a mask region's alpha found from its whole
pixels (game/fx/occlusion.py `_any_alpha`); a layer's strips' rows found in one pass (game/fx/light_bands.py
`Through._spans`)."""

from __future__ import annotations

import numpy as np
import pygame

from game.fx import figure_light
from game.fx.figure_light import SideLight, shade
from game.fx.lighting import LightSample
from game.fx.shape_cut import covered
from game.view import View

WARM = (255, 150, 60)
COLD = (58, 90, 140)


def _random(size: tuple[int, int], masks: tuple[int, int, int, int] | None, rng: np.random.Generator) -> pygame.Surface:
    surf = pygame.Surface(size, 0, 32, masks) if masks else pygame.Surface(size, 0, 32)
    pygame.surfarray.pixels2d(surf)[...] = rng.integers(0, 2**32, size, dtype=np.uint32)
    return surf


def test_the_tables_give_the_float_sums_bytes() -> None:
    rng = np.random.default_rng(13)
    for masks in (None, (0xFF, 0xFF00, 0xFF0000, 0)):  # (RGB and BGR orders: the fourth byte kept)
        size = (57, 33)
        alpha = rng.integers(0, 256, size, dtype=np.uint8)
        alpha[:5] = 0
        alpha[5:10] = 255
        ms, ad = _random(size, masks, rng), _random(size, masks, rng)
        want_ms, want_ad = ms.copy(), ad.copy()
        cov = alpha[:, :, None] / 255.0
        m3 = pygame.surfarray.pixels3d(want_ms)
        m3[...] = (255.0 - (255.0 - m3) * cov).astype(np.uint8)
        a3 = pygame.surfarray.pixels3d(want_ad)
        a3[...] = (a3 * cov).astype(np.uint8)
        del m3, a3
        assert covered(ms, ad, alpha)
        for got, want in ((ms, want_ms), (ad, want_ad)):
            assert np.array_equal(pygame.surfarray.array2d(got), pygame.surfarray.array2d(want))


def test_another_pixel_format_is_left_to_the_sums() -> None:
    ms, ad = pygame.Surface((8, 8), 0, 24), pygame.Surface((8, 8), 0, 24)
    assert not covered(ms, ad, np.zeros((8, 8), np.uint8))


def test_the_shape_s_alpha_is_kept_at_a_byte_a_px(monkeypatch) -> None:
    """A coarse box (larger than the GRID): the cut at the box's size, its alpha kept by mask, a byte
    a px (the coverage in float64 before: 8), and the tables used where no figure is in front."""
    used = []
    real = figure_light.covered
    monkeypatch.setattr(figure_light, "covered", lambda *a: used.append(1) or real(*a))
    mask = pygame.Surface((480, 720), pygame.SRCALPHA)
    pygame.draw.ellipse(mask, (255, 255, 255, 255), mask.get_rect())
    small = pygame.Surface((240, 135))
    small.fill((120, 120, 120))
    cache = SideLight()
    shade(small, View(1.0, 0.0, 0.0), 8, [(mask, pygame.Rect(240, 60, 480, 720), 950.0)],
          [LightSample(900.0, 180.0, 900.0, WARM, 1.0), LightSample(0.0, 180.0, 900.0, COLD, 1.0)], COLD, cache)
    (size, alpha), = [cache._covers[m] for m in cache._covers]
    assert size == (60, 90) and alpha.nbytes == 60 * 90 and used


def test_a_region_s_alpha_is_found_as_its_bounding_rect_finds_it() -> None:
    """occlusion._any_alpha (its whole pixels' maximum) says what get_bounding_rect().w > 0 said."""
    from game.fx.occlusion import _any_alpha

    big = pygame.Surface((90, 70), pygame.SRCALPHA)
    assert not _any_alpha(big) and not _any_alpha(big.subsurface((10, 10, 30, 20)))
    big.fill((255, 255, 255, 0))  # colour with no alpha is clear
    assert not _any_alpha(big)
    big.set_at((85, 65), (0, 0, 0, 1))
    assert _any_alpha(big) and not _any_alpha(big.subsurface((10, 10, 30, 20)))
    assert _any_alpha(big.subsurface((80, 60, 10, 10)))
    for surf in (big, big.subsurface((10, 10, 30, 20)), big.subsurface((80, 60, 10, 10)), pygame.Surface((9, 9), 0, 24)):
        assert _any_alpha(surf) == (surf.get_bounding_rect().w > 0)


def test_a_layer_s_strips_rows_are_found_in_one_pass(monkeypatch) -> None:
    """light_bands.Through.lay finds the rows with alpha of all its whole strips at once (`_spans`),
    not one pass a strip (`_span`: left only the last, narrower strip); the bake's pixels are the same."""
    from game.fx import light_bands

    size, rng = (1100, 300), np.random.default_rng(5)
    small = pygame.Surface((size[0] // 8, size[1] // 8))
    pygame.surfarray.pixels3d(small)[...] = rng.integers(0, 256, (*small.get_size(), 3), dtype=np.uint8)
    mask = pygame.Surface(size, pygame.SRCALPHA)
    pygame.draw.ellipse(mask, (255, 255, 255, 255), (200, 40, 700, 200))
    alpha = np.where(pygame.surfarray.array_alpha(mask) > 0, rng.integers(1, 256, size, dtype=np.uint8), 0).astype(np.uint8)
    misses: list[tuple[int, int]] = []
    real = light_bands.Through._span

    def spy(self: light_bands.Through, x: int, w: int) -> tuple[int, int]:
        if (x, w) not in self.spans:
            misses.append((x, w))
        return real(self, x, w)

    def baked() -> bytes:
        up = light_bands.Upscaled(small, size)
        up.lay_through(light_bands.Through(None, (0, 0), alpha, 150), pygame.Rect((0, 0), size))
        return pygame.image.tobytes(up.bake(None)[0], "RGB")

    monkeypatch.setattr(light_bands.Through, "_span", spy)
    got = baked()
    assert misses == [(8 * light_bands.STRIP, size[0] - 8 * light_bands.STRIP)]  # (1100 = 8 strips and 76 columns)
    monkeypatch.setattr(light_bands.Through, "_spans", lambda self, x0, x1: None)
    assert baked() == got and len(misses) == 1 + 9
