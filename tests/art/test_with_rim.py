"""A part's warm rim (game/art/part_pixels.py `with_rim`) is made in place in its result: the same
pixels as the silhouette made in a copy of the part and blitted there, as it was made before."""

from __future__ import annotations

import numpy as np
import pygame
import pytest

from game.art.part_pixels import RIM_ALPHA, RIM_COLOUR, with_rim


def _as_before(img: pygame.Surface, d: tuple[int, int]) -> pygame.Surface:
    """The rim as it was made: a lit copy of the part, blitted under it onto a clear surface."""
    rim = img.copy()
    rim.fill((0, 0, 0, 255), special_flags=pygame.BLEND_RGBA_MULT)
    rim.fill((*RIM_COLOUR, 0), special_flags=pygame.BLEND_RGBA_ADD)
    rim.fill((255, 255, 255, RIM_ALPHA), special_flags=pygame.BLEND_RGBA_MULT)
    out = pygame.Surface((img.get_width() + abs(d[0]), img.get_height() + abs(d[1])), pygame.SRCALPHA)
    out.blit(rim, (max(0, d[0]), max(0, d[1])))
    out.blit(img, (max(0, -d[0]), max(0, -d[1])))
    return out


def _part(rng: np.random.Generator, w: int, h: int, clean: bool) -> pygame.Surface:
    """Random RGBA with clear pixels (their colour zero when `clean`, as the art's are), faint ones and a clear border."""
    px = rng.integers(0, 256, (w, h, 4), dtype=np.uint8)
    px[..., 3][rng.random((w, h)) < 0.35] = 0
    px[..., 3][rng.random((w, h)) < 0.05] = 1
    px[: w // 6, :, 3] = 0
    if clean:
        px[..., :3][px[..., 3] == 0] = 0
    img = pygame.Surface((w, h), pygame.SRCALPHA)
    pygame.surfarray.pixels3d(img)[:] = px[..., :3]
    pygame.surfarray.pixels_alpha(img)[:] = px[..., 3]
    return img


@pytest.mark.parametrize("clean", [True, False])
def test_the_rim_made_in_place_is_the_same_pixels(clean: bool) -> None:
    pygame.init()
    rng = np.random.default_rng(11 if clean else 12)
    for _ in range(60):
        w, h = (int(v) for v in rng.integers(1, 160, 2))
        d = (int(rng.integers(-7, 8)), int(rng.integers(-7, 8))) if rng.random() < 0.8 else (int(rng.integers(1, 8)), 0)
        if d == (0, 0):  # (no rim: `test_no_shift_is_the_part_itself`)
            continue
        img = _part(rng, w, h, clean)
        out, shift = with_rim(img, d)
        assert shift == d
        assert out.get_size() == (w + abs(d[0]), h + abs(d[1]))
        assert pygame.image.tobytes(out, "RGBA") == pygame.image.tobytes(_as_before(img, d), "RGBA"), (w, h, d)


def test_no_shift_is_the_part_itself() -> None:
    pygame.init()
    img = _part(np.random.default_rng(3), 20, 30, True)
    assert with_rim(img, (0, 0)) == (img, (0, 0))
