"""Stop 30 (HEAP): a nib stamp is kept cropped to its ink, laid at its offset in the nib's box.

Each stamp was the whole box sized for the heaviest dab (8609 of them, 6.5 MiB of the heap at 1080p,
the story's words warmed at the title); laid with BLEND_RGB_MIN, its white changes nothing, so only
the box around its ink is kept (1.0 MiB). The page laid from them is the same to the bit.
"""

from __future__ import annotations

import itertools

import numpy as np
import pygame

from game.memory import MMAP_THRESHOLD
from game.pen.hands import Hand
from game.pen.ink import PAGE, StampCache
from game.pen.timeline import N_COLS, N_DIRS, N_SIZES


def _whole(stamps: StampCache, key: tuple[int, int, int, int, int]) -> pygame.Surface:
    """The stamp as it was made before: the whole box, white where there is no ink."""
    si, ci, di, fx, fy = key
    cov = stamps._coverage(si, di, fx, fy)
    return pygame.surfarray.make_surface((255 - cov[..., None] * (255 - stamps.palette[ci])).astype(np.uint8))


def test_stamps_are_cropped_and_lay_the_same_pixels(hands: dict[str, Hand]) -> None:
    keys = list(itertools.product(range(0, N_SIZES, 3), (0, N_COLS - 1), range(0, N_DIRS, 3), (0, 3), (1,)))
    for hand in hands.values():
        stamps = StampCache(hand, (20, 20, 60), 1.5)
        kept = whole = 0
        for key in keys:
            crop = stamps.get(key)
            want = _whole(stamps, key)
            laid = pygame.Surface(want.get_size())
            laid.fill((255, 255, 255))
            page, area, offset = stamps.place(key)
            laid.blit(page, offset, area, special_flags=pygame.BLEND_RGB_MIN)
            assert pygame.image.tobytes(laid, "RGB") == pygame.image.tobytes(want, "RGB"), (hand.name, key)
            kept += crop.get_pitch() * crop.get_height()
            whole += want.get_pitch() * want.get_height()
        assert kept < 0.7 * whole, f"{hand.name}: the stamps keep {kept} bytes of {whole} whole"


def test_stamps_share_a_few_pages_over_the_mmap_threshold_and_never_overlap(hands: dict[str, Hand]) -> None:
    """Stop 38 (heap): the stamps are packed on pages (ink.PAGE), not each an SDL surface of its own
    in malloc's heap (~5 MiB of it at 1080p for ~8600 stamps); no two areas on a page overlap."""
    keys = list(itertools.product(range(N_SIZES), range(0, N_COLS, 2), range(N_DIRS), (0, 2), (1, 3)))
    stamps = StampCache(hands["elegant"], (20, 20, 60), 1.5)
    stamps.warm(set(keys))
    pages = {id(p): p for p, _a, _o in stamps.places.values()}
    assert len(pages) * 50 < len(keys)
    assert all(p.get_pitch() * p.get_height() >= MMAP_THRESHOLD for p in pages.values())
    assert stamps.memory_bytes() == sum(p.get_pitch() * p.get_height() for p in pages.values())
    for pid in pages:
        rects = [pygame.Rect(a) for p, a, _o in stamps.places.values() if id(p) == pid]
        assert all(pygame.Rect(0, 0, PAGE, PAGE).contains(r) for r in rects)
        assert all(r.collidelist(rects[i + 1:]) < 0 for i, r in enumerate(rects))
