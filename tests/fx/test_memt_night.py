"""MEMT: the night painting is made in bands of rows (tracemalloc's peak of numpy's allocations
while it is painted), the same bytes as the whole-size pass made (its digests recorded on
6d6cb66, before the change). The whole-size pass held ~35-40 MB of float64 for 288 x 388 in the
frame the clear sky was made ahead (lines 1-2 at 1080p)."""

from __future__ import annotations

import hashlib
import tracemalloc

import pygame
import pytest

from game.fx import night
from game.fx.noise import fbm2_np

W, H = night.SKY_W, 388
BEFORE = {  # md5 of the RGB bytes painted by the whole-size pass (6d6cb66)
    (3, False): "77e246393f1c5b68b1872e0a0be3006e",
    (3, True): "df6db04bb3094c062c9cbf30d9e85f9b",
    (7, True): "4249bf3d8c2e62ad54efc1341e2783b4",
}


def _peak_mib(make: object) -> float:
    tracemalloc.start()
    try:
        make()  # type: ignore[operator]
        return tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize(("seed", "clear"), sorted(BEFORE))
def test_night_same_bytes(seed: int, clear: bool) -> None:
    surf = night.paint_night(seed, W, H, clear)
    assert hashlib.md5(pygame.image.tobytes(surf, "RGB")).hexdigest() == BEFORE[(seed, clear)]


def test_night_painted_in_bands() -> None:
    # (h, w, 3) float64 is 2.6 MB here; the whole-size pass peaked at ~30 MB of numpy
    assert _peak_mib(lambda: night.paint_night(7, W, H, True)) < 12.0


def test_noise_field_in_bands() -> None:
    field = 1000 * 1000 * 8 / 2**20  # the field returned (7.6 MB): its corners were ~7 more
    assert _peak_mib(lambda: fbm2_np(4, 1000, 1000, 64, 4)) < 2.75 * field
