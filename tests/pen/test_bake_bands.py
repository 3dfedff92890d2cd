"""The writer's hand painted a band of rows at a time (game.pen.bands, issue 16): a cold bake
of his hand at 1080p raised the game's resident size by ~175 MB (135 -> 335 MB at the first
Begin), every step's temporaries a whole canvas or a whole form's window. Worked in bands,
the hand must be the very same pixels as worked whole (one band the size of everything is
the old whole-canvas painting), and the paint must hold about its canvas's fields, not four
times them."""

from __future__ import annotations

import tracemalloc

import numpy as np
import pygame
import pytest

from game.pen import bands, relief
from game.pen.bands import blur, blur_rows, box, resize
from game.pen.writer import Look, paint_writer

HIS = Look((168, 115, 81), (52, 55, 63), (236, 230, 216))
HERS = Look((196, 136, 103), (59, 89, 75), None, left=True, size=0.86, brush=True)
WHOLE = 1 << 40  # pixels a band may hold: every window and canvas is one band, worked whole


def _bytes(result: tuple[pygame.Surface, pygame.Surface, tuple[float, float], tuple[float, float]]) -> tuple[object, ...]:
    img, shadow, tip, stip = result
    return img.get_size(), pygame.image.tobytes(img, "RGBA"), pygame.image.tobytes(shadow, "RGBA"), tip, stip


@pytest.mark.parametrize("look", [HIS, HERS], ids=["his pen", "her brush"])
def test_a_hand_painted_in_bands_is_the_hand_painted_whole(look: Look, monkeypatch: pytest.MonkeyPatch) -> None:
    pygame.init()
    monkeypatch.setattr(bands, "BAND_PX", WHOLE)
    whole = _bytes(paint_writer.__wrapped__(0.45, look, relax=0.5))  # type: ignore[attr-defined]
    monkeypatch.setattr(bands, "BAND_PX", 2900)  # a few rows a band, never a whole number of anything
    banded = _bytes(paint_writer.__wrapped__(0.45, look, relax=0.5))  # type: ignore[attr-defined]
    assert banded[0] == whole[0]
    assert banded[3:] == whole[3:]
    assert banded[1] == whole[1], "the hand's pixels depend on how many rows are painted at a time"
    assert banded[2] == whole[2], "its shadow's pixels depend on how many rows are painted at a time"


def test_the_array_work_in_bands_is_the_work_whole() -> None:
    rng = np.random.default_rng(5)
    a = (rng.random((203, 157)) * 40 - 10).astype(np.float32)
    for r in (1, 2, 5, 9, 16):
        assert np.array_equal(box(a, r, px=300), box(a, r, px=WHOLE)), r
        b = blur(a, r)
        at = blur_rows(a, r)
        for rows in (slice(0, 7), slice(50, 121), slice(190, 203)):
            assert np.array_equal(at(rows), b[rows]), (r, rows)
    small = rng.random((31, 17)).astype(np.float32)
    big = resize(small, (203, 157))
    for win in ((slice(0, 203), slice(0, 157)), (slice(11, 60), slice(100, 157)), (slice(202, 203), slice(3, 4))):
        assert np.array_equal(resize(small, (203, 157), win), big[win])


def test_a_spent_box_is_the_box() -> None:
    a = np.random.default_rng(2).random((40, 30)).astype(np.float32)
    want = box(a, 3)
    assert np.array_equal(box(a.copy(), 3, spend=True), want)


def test_painting_the_hand_holds_about_its_canvas(monkeypatch: pytest.MonkeyPatch) -> None:
    """tracemalloc's peak of numpy's allocations while his hand is painted at the 1080p close
    shot's scale, in float32 fields of its hand canvas: the canvas itself holds 13 (height,
    signed distance, 11 surface values); worked whole the paint peaked at 67 (158 MiB), in
    bands at 18."""
    pygame.init()
    sizes: list[int] = []
    make = relief.Canvas.__init__

    def canvas(self: relief.Canvas, *args: object, **kwargs: object) -> None:
        make(self, *args, **kwargs)  # type: ignore[arg-type]
        sizes.append(self.w * self.h * 4)

    monkeypatch.setattr(relief.Canvas, "__init__", canvas)
    tracemalloc.start()
    try:
        paint_writer.__wrapped__(1810 / 1240, HIS)  # type: ignore[attr-defined]
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    fields = peak / sizes[0]
    assert fields < 26, f"painting the hand held {fields:.1f} of its canvas's fields ({peak / 2**20:.0f} MiB)"
