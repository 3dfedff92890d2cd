"""The figures keep their drawings, not clear borders: turns cut to their lit pixels, rasters to their drawings' boxes.

At the 1080p kiosk's peak (the push into line 17, her close-up at 4.76x) the figures held 58.6 MiB:
39.6 of turns, all drawn in that frame, 16.9 of them clear border (a turned rect's clear corners,
the raster's crop as wide on both sides, the warm rim's strip), and 17.2 of zoom rasters, 6.1 of
them zeros (that crop). A turn is now kept cut to its lit pixels (`part_pixels.lit`) and drawn at
its place; a raster kept as its drawing's box (`Raster.at`), the crop a turn needs rebuilt for the
turn (`PartRasters.sym`). The same pixels are drawn (test_memory_figure_crop compares the turns'
places and pixels; here a lit turn blitted); the budgets were lowered by what that saved. Bytes and
pixels are compared; nothing is timed.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

import numpy as np
import pygame
import pytest

from game.art.figure_raster import PartRasters
from game.art.part_pixels import CROP_MARGIN

SIZE = (960, 540)


@pytest.fixture(scope="module")
def close_up() -> Iterator[tuple[PartRasters, int]]:
    """Line 17 (her face close, the rims lit) played for 2 s at 960x540, as the game draws it; the
    most bytes the figures held after any frame."""
    from game.assets import Assets
    from game.clock import STEP
    from game.context import build_context
    from game.scenes.story import StoryScene
    from game.settings import Settings

    pygame.init()
    canvas = pygame.display.set_mode(SIZE)
    ctx = build_context(Assets(), Settings(auto_advance=False), audio=False)
    scene = StoryScene(ctx)
    scene.seek(17, 0.0)
    rasters = ctx.renderer.layers.figures.rasters
    most = 0
    for _ in range(60):
        for _ in range(2):
            scene.update(STEP)
        scene.draw(canvas)
        most = max(most, rasters.memory_bytes())
    yield rasters, most
    pygame.quit()


def _zero_border(surf: pygame.Surface) -> int:
    """The widest run of all-zero columns or rows at any of `surf`'s four sides."""
    px = pygame.surfarray.pixels2d(surf)
    cols, rows = np.flatnonzero(px.any(axis=1)), np.flatnonzero(px.any(axis=0))
    del px
    if len(cols) == 0:
        return 0
    w, h = surf.get_size()
    return int(max(cols[0], w - 1 - cols[-1], rows[0], h - 1 - rows[-1]))


def test_the_turns_kept_have_no_clear_border(close_up: tuple[PartRasters, int]) -> None:
    rasters, _ = close_up
    kept = [v[0] for v in rasters._rot.values() if v[5] is None]
    assert len(kept) >= 10, "the close-up drew her parts"
    bordered = [img.get_size() for img in kept if img.get_bounding_rect(1).size != img.get_size()]
    assert not bordered, f"{len(bordered)} of {len(kept)} turns kept with a clear border"  # (all of them before)


def test_the_rasters_kept_are_their_drawings_boxes(close_up: tuple[PartRasters, int]) -> None:
    rasters, _ = close_up
    art = [s for k, s in rasters._raster.items() if k[5] == "art"]
    assert len(art) >= 10
    widest = max(_zero_border(s) for s in art)
    assert widest <= CROP_MARGIN, f"a raster kept {widest} px of zeros at a side"  # (239 px before)


def test_the_figures_hold_less_at_line_17(close_up: tuple[PartRasters, int]) -> None:
    """The most bytes held in 2 s of line 17 at 960x540: 31.2 MiB before."""
    _, most = close_up
    assert most < 22 * 2**20, f"{most / 2**20:.1f} MiB"


def test_a_lit_turn_blits_the_same_pixels() -> None:
    """A turn cut to its lit pixels, blitted at its place (faded or not), leaves the same pixels as the turn."""
    from game.art.part_pixels import lit

    pygame.init()
    rng = random.Random(31)
    part = pygame.Surface((60, 40), pygame.SRCALPHA)
    for _ in range(40):
        part.set_at((rng.randrange(10, 50), rng.randrange(8, 30)), (rng.randrange(256), rng.randrange(256), rng.randrange(256), rng.randrange(1, 256)))
    img = pygame.transform.rotozoom(part, 23.5, 1.7)
    cut, (lx, ly) = lit(img)
    assert cut.get_width() * cut.get_height() < img.get_width() * img.get_height() // 2
    for alpha in (1.0, 0.6):
        back = pygame.Surface((200, 160), pygame.SRCALPHA)
        back.fill((90, 60, 40, 255))
        one, two = back.copy(), back.copy()
        PartRasters.put(one, img, (13, 9), alpha)
        PartRasters.put(two, cut, (13 + lx, 9 + ly), alpha)
        assert pygame.image.tobytes(one, "RGBA") == pygame.image.tobytes(two, "RGBA")


def test_the_lit_box_is_found_by_alpha_alone_in_either_pixel_layout() -> None:
    """`alpha_spans` reads an ARGB turn as whole pixels: a pixel with colour and no alpha (rotozoom's
    blend of a clear edge) is clear, one with alpha 1 and no colour is lit; an ABGR surface (read by
    its alpha bytes) gives the same spans."""
    from game.art.part_pixels import alpha_spans

    pygame.init()
    argb = pygame.Surface((50, 30), pygame.SRCALPHA)
    assert argb.get_masks()[3] == 0xFF000000
    argb.fill((0, 0, 0, 0))
    argb.fill((255, 255, 255, 0), pygame.Rect(0, 0, 50, 4))  # colour, no alpha: clear
    argb.set_at((7, 12), (0, 0, 0, 1))
    argb.set_at((31, 20), (200, 10, 10, 255))
    for masks in (None, (0xFF, 0xFF00, 0xFF0000, 0xFF000000), (0xFF000000, 0xFF0000, 0xFF00, 0xFF)):  # ARGB, ABGR, RGBA
        surf = argb
        if masks is not None:
            surf = pygame.Surface((50, 30), pygame.SRCALPHA, 32, masks)
            assert surf.get_masks() == masks
            surf.fill((0, 0, 0, 0))
            surf.blit(argb, (0, 0), special_flags=pygame.BLEND_RGBA_ADD)  # (added to zeros: the same pixels)
        cols, rows = alpha_spans(surf)
        assert (cols.tolist(), rows.tolist()) == ([7, 31], [12, 20]), surf.get_masks()
