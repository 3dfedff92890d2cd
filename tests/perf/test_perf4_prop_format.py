"""A big back prop keeps only the crop a shot shows (game/art/props.py `_shown`), and that crop must be
in the display's format like every other raster: it was kept as the SVG loader gives it (ABGR), and
blitting the window's crop in its close shot at line 51 took 32 ms a frame at 1080p, 1.3 ms
converted, the same pixels (stop 26)."""

from __future__ import annotations

from typing import Any

import numpy as np
import pygame
from test_prepare import ctx  # noqa: F401  (the fixture `ctx`: the story at 480x270, module-scoped)


def test_a_kept_crop_is_in_the_displays_format_and_draws_the_same(ctx: Any) -> None:  # noqa: F811
    props = ctx.renderer.layers.props
    piece = next(p for p in props.pieces if p.name == "window")
    scale = 3.4285714285714284  # the window's close shot at 1080p
    target = (1920, 1080)
    assert props._croppable(piece, scale)
    need = pygame.Rect(300, 200, 1200, 800)
    img, at = props._shown(piece, scale, need, target)
    assert (img.get_size()[0] * img.get_size()[1]) < props._size(piece, scale)[0] * props._size(piece, scale)[1]  # a crop
    screen = pygame.display.get_surface()
    assert (img.get_bitsize(), img.get_masks()[:3]) == (screen.get_bitsize(), screen.get_masks()[:3])  # (with alpha)
    whole = props.svg.get(piece.path, props._size(piece, scale), keep=False)
    a, b = pygame.Surface(img.get_size()).convert(), pygame.Surface(img.get_size()).convert()
    a.fill((90, 60, 40))
    b.fill((90, 60, 40))
    a.blit(img, (0, 0))
    b.blit(whole, (-at[0], -at[1]))
    assert np.array_equal(pygame.surfarray.array3d(a), pygame.surfarray.array3d(b))
