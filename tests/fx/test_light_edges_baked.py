"""The props' top edges on the light map made at its bake, on the canvas (game/fx/light_bands.py `Edges`).

`lay_edges` read the upscale below each prop's edge through `Upscaled.region`, each prop's columns
expanded the whole height a band at a time: 6.4 ms of every light frame at line 1 (1080p), ~0.13
cores at 20 Hz, where the bake expands the whole upscale anyway. Asserted: making the map and
baking it reads no region, and the bake, a band read after it and one before any bake all give
the pixels of the edges laid on a whole canvas (`fill_edges`), with a black rect laid before the
edges and a layer of the map's own light after them; after the bake the props are not held.
The first fails on 96ee432 (its `lay_edges` reads regions)."""

from __future__ import annotations

import numpy as np
import pygame
import pytest

from game.fx import light_bands
from game.fx.prop_edges import fill_edges

SIZE = (960, 544)
DOWN = 8


def _noise(size: tuple[int, int], seed: int) -> pygame.Surface:
    s = pygame.Surface(size)
    rng = np.random.default_rng(seed)
    pygame.surfarray.pixels3d(s)[...] = rng.integers(0, 256, (*size, 3), dtype=np.uint8)
    return s


def _props() -> list[tuple[pygame.Surface, pygame.Rect, float]]:
    mask = pygame.Surface((300, 200), pygame.SRCALPHA)
    mask.fill((255, 255, 255, 0))
    pygame.draw.ellipse(mask, (255, 255, 255, 255), (0, 0, 300, 200))
    return [(mask, pygame.Rect(100, 300, 300, 200), 700.0), (mask, pygame.Rect(250, 250, 300, 200), 720.0),
            (mask, pygame.Rect(800, 450, 300, 200), 740.0)]  # (overlapping, and off the bottom right)


def _made(small: pygame.Surface, props: list[tuple[pygame.Surface, pygame.Rect, float]]) -> light_bands.Upscaled:
    up = light_bands.Upscaled(small, SIZE)
    up.black(pygame.Rect(120, 280, 60, 30))  # (laid before the edges: under the first prop's edge)
    light_bands.lay_edges(up, props, DOWN)
    alpha = np.random.default_rng(5).integers(0, 256, (400, 300), dtype=np.uint8)
    up.lay_through(light_bands.Through(None, (0, 0), alpha, 180), pygame.Rect(200, 200, 400, 300))
    return up


def _want(small: pygame.Surface, props: list[tuple[pygame.Surface, pygame.Rect, float]]) -> bytes:
    """The same laid on a whole canvas: the black rect, the edges, the layer from the upscale as made."""
    whole = pygame.transform.smoothscale(small, SIZE)
    made = whole.copy()
    whole.fill((0, 0, 0), (120, 280, 60, 30))
    fill_edges(whole, props, DOWN)
    layer = pygame.Surface((400, 300), pygame.SRCALPHA)
    layer.blit(made, (0, 0), (200, 200, 400, 300))
    layer.fill((180, 180, 180, 255), special_flags=pygame.BLEND_RGBA_MULT)
    pygame.surfarray.pixels_alpha(layer)[...] = np.random.default_rng(5).integers(0, 256, (400, 300), dtype=np.uint8)
    whole.blit(layer, (200, 200))
    return pygame.image.tobytes(whole, "RGB")


def test_the_edges_are_made_on_the_baked_canvas(monkeypatch: pytest.MonkeyPatch) -> None:
    small, props = _noise((SIZE[0] // DOWN, SIZE[1] // DOWN), 2), _props()
    want = _want(small, props)

    def region(_self: light_bands.Upscaled, _rect: pygame.Rect) -> pygame.Surface:
        raise AssertionError("a region of the upscale expanded to make the edges")

    with monkeypatch.context() as m:
        m.setattr(light_bands.Upscaled, "region", region)
        up = _made(small, props)
        canvas, _owner = up.bake(None)
    assert pygame.image.tobytes(canvas, "RGB") == want
    assert not any(isinstance(laid, light_bands.Edges) for laid, _r in up.laid), "the props held after the bake"
    up.canvas = None  # (its canvas taken: read in bands again, the edges as their finished pixels)
    banded = pygame.Surface(SIZE)
    light_bands.blend(banded, up, (0, 0), None, 0)
    assert pygame.image.tobytes(banded, "RGB") == want


def test_a_band_read_before_any_bake_makes_the_edges_first() -> None:
    small, props = _noise((SIZE[0] // DOWN, SIZE[1] // DOWN), 3), _props()
    up = _made(small, props)
    banded = pygame.Surface(SIZE)
    light_bands.blend(banded, up, (0, 0), None, 0)  # (a camera move's map: never baked)
    assert pygame.image.tobytes(banded, "RGB") == _want(small, props)
    assert not any(isinstance(laid, light_bands.Edges) for laid, _r in up.laid)
