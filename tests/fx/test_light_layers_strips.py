"""The light map's layers laid a strip at a time (game/fx/light_bands.py `Through.lay`, issue 13).

A layer laid by its alpha (a figure's side light from an upscale of its own, a share of the haze on the
people from the upscale laid on) was made anew as a surface with per-pixel alpha for every band of a
camera move's map and every layer, every frame (`Through.part`), and laid over its whole rect. Asserted:
the bake, the bands and a short region give the pixels of the layers laid whole, and make no part;
the rows where a layer's alpha is 0 are not laid. The first fails on eeb300a (it makes the parts)."""

from __future__ import annotations

import numpy as np
import pygame
import pytest

from game.fx import light_bands

SIZE = (1000, 560)  # (not a whole number of STRIPs)
DOWN = 8
SIDE_AT, SIDE = (136, 96), (400, 320)  # the side light's upscale (its own cells) and where it lies
FIG = pygame.Rect(150, 110, 330, 290)  # a figure's rect (inside the side light's upscale)
HAZED = pygame.Rect(300, 60, 520, 430)  # another's, laid with a share of the upscale's own light


def _noise(size: tuple[int, int], seed: int) -> pygame.Surface:
    s = pygame.Surface(size)
    pygame.surfarray.pixels3d(s)[...] = np.random.default_rng(seed).integers(0, 256, (*size, 3), dtype=np.uint8)
    return s


def _alpha(size: tuple[int, int], seed: int) -> np.ndarray:
    """An ellipse of noise in a rect of 0 (rows and whole strips of columns with no alpha)."""
    mask = pygame.Surface(size, pygame.SRCALPHA)
    pygame.draw.ellipse(mask, (255, 255, 255, 255), (size[0] // 3, 20, size[0] // 2, size[1] - 60))
    a = pygame.surfarray.array_alpha(mask)
    noise = np.random.default_rng(seed).integers(1, 256, size, dtype=np.uint8)
    return np.where(a > 0, noise, 0).astype(np.uint8)


def _made() -> light_bands.Upscaled:
    up = light_bands.Upscaled(_noise((SIZE[0] // DOWN, SIZE[1] // DOWN), 1), SIZE)
    side = light_bands.Upscaled(_noise((SIDE[0] // DOWN, SIDE[1] // DOWN), 2), SIDE)
    up.black(pygame.Rect(500, 100, 200, 80))
    up.lay_through(light_bands.Through(side, SIDE_AT, _alpha(FIG.size, 3)), FIG)
    up.lay_through(light_bands.Through(None, (0, 0), _alpha(HAZED.size, 4), 150), HAZED)
    return up


def _want() -> pygame.Surface:
    """The same laid whole: each layer a surface over its rect, from its source expanded whole."""
    whole = pygame.transform.smoothscale(_noise((SIZE[0] // DOWN, SIZE[1] // DOWN), 1), SIZE)
    made = whole.copy()
    side = pygame.transform.smoothscale(_noise((SIDE[0] // DOWN, SIDE[1] // DOWN), 2), SIDE)
    whole.fill((0, 0, 0), (500, 100, 200, 80))
    for src, at, rect, alpha, share in ((side, SIDE_AT, FIG, _alpha(FIG.size, 3), 255),
                                        (made, (0, 0), HAZED, _alpha(HAZED.size, 4), 150)):
        layer = pygame.Surface(rect.size, pygame.SRCALPHA)
        layer.blit(src, (0, 0), rect.move(-at[0], -at[1]))
        layer.fill((share, share, share, 255), special_flags=pygame.BLEND_RGBA_MULT)
        pygame.surfarray.pixels_alpha(layer)[...] = alpha
        whole.blit(layer, rect.topleft)
    return whole


def _no_part(monkeypatch: pytest.MonkeyPatch) -> None:
    def part(*_a: object) -> pygame.Surface:
        raise AssertionError("a layer's part made")

    monkeypatch.setattr(light_bands.Through, "part", part)


def test_the_layers_laid_in_strips_are_the_layers_laid_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    want = _want()
    _no_part(monkeypatch)
    canvas, _owner = _made().bake(None)
    assert pygame.image.tobytes(canvas, "RGB") == pygame.image.tobytes(want, "RGB")
    banded = pygame.Surface(SIZE)
    light_bands.blend(banded, _made(), (0, 0), None, 0)  # (a camera move's map: in bands)
    assert pygame.image.tobytes(banded, "RGB") == pygame.image.tobytes(want, "RGB")
    short = pygame.Rect(40, 200, 900, 50)  # (a short area: read as one region)
    part = pygame.Surface(SIZE)
    light_bands.blend(part, _made(), (0, 0), short, 0)
    assert pygame.image.tobytes(part.subsurface(short), "RGB") == pygame.image.tobytes(want.subsurface(short), "RGB")


def test_only_the_rows_holding_alpha_are_laid(monkeypatch: pytest.MonkeyPatch) -> None:
    up, laid = _made(), []
    real = light_bands.Through.lay

    def blit_rows(self: light_bands.Through, out: pygame.Surface, *a: object) -> None:
        class Out:  # (`out` as the layer sees it: its blits noted)
            def blit(self, src: pygame.Surface, at: tuple[int, int], box: pygame.Rect) -> None:
                laid.append(pygame.Rect(at, box.size))
                out.blit(src, at, box)

            def __getattr__(self, name: str) -> object:
                return getattr(out, name)

        real(self, Out(), *a)  # type: ignore[arg-type]

    monkeypatch.setattr(light_bands.Through, "lay", blit_rows)
    up.bake(None)
    fig = [r for r in laid if FIG.contains(r)]
    assert fig and all(r.top >= FIG.y + 20 and r.bottom <= FIG.bottom - 40 for r in fig), f"its empty rows laid: {fig}"
    assert all(r.w <= light_bands.STRIP for r in laid)


def test_the_hazes_cut_on_a_figure_takes_the_alpha_its_side_light_made(monkeypatch: pytest.MonkeyPatch) -> None:
    """A figure's mask scaled up to the screen once a light frame: the haze's cut (light_cut.Cut) lays it
    by the alpha the figures' side light was laid by (`_screen_alpha`, over another area holding it all).
    Fails on eeb300a (each made its own: 2.7 ms of every light frame at line 82 at 1080p)."""
    from game.fx import light_cut

    mask = pygame.Surface((40, 60), pygame.SRCALPHA)
    pygame.draw.ellipse(mask, (255, 255, 255, 255), (0, 0, 40, 60))
    rect = pygame.Rect(200, 100, 320, 480)
    side = light_bands._screen_alpha(mask, rect, pygame.Rect(150, 60, 500, 560))  # (the side light's area)
    assert side is not None

    def scaled_again(*_a: object) -> None:
        raise AssertionError("the figure's mask scaled up again")

    monkeypatch.setattr(light_cut, "region_alpha", scaled_again)
    haze = light_bands.Upscaled(_noise((90, 80), 6), (720, 640))
    light_cut.Cut([(mask, rect, 600.0)], 0.3).apply(haze, (0, 0))
    laid = [layer for layer, _r in haze.laid if isinstance(layer, light_bands.Through)]
    assert len(laid) == 1 and laid[0].alpha is side[0] and laid[0].share == round(255 * 0.3)
