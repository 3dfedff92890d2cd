"""A flame's occluder inverse (game/fx/occlusion.py `Occluders._inv`) is made by SDL's blends,
not numpy (MOVES, issue 13): at line 17 her silhouette is made again each silhouette frame and
its inverse over two 1036 px square glows cost ~8 ms each a frame through numpy's pixel views;
the blends give the same bytes in ~1 ms. The bytes are checked against numpy's `255 - alpha`
for every alpha and any colour, and on a scaled-up coarse mask as the figures hand over."""

from __future__ import annotations

import numpy as np
import pygame
import pytest

from game.fx import occlusion
from game.fx.occlusion import Occluders


def _reference(src: pygame.Surface) -> np.ndarray:
    a = pygame.surfarray.array_alpha(src).astype(np.int32)
    return np.repeat((255 - a)[:, :, None], 4, axis=2)


def _rgba(s: pygame.Surface) -> np.ndarray:
    out = np.empty((*s.get_size(), 4), np.int32)
    out[:, :, :3] = pygame.surfarray.array3d(s)
    out[:, :, 3] = pygame.surfarray.array_alpha(s)
    return out


@pytest.fixture(autouse=True)
def _no_numpy_views(monkeypatch: pytest.MonkeyPatch) -> None:
    """The inverse is made without numpy's views of the pixels (the old ~8 ms)."""
    def refuse(*_a: object) -> None:
        raise AssertionError("the occluder inverse went through numpy pixel views")

    pygame.init()
    monkeypatch.setattr(occlusion.pygame.surfarray, "pixels_alpha", refuse)
    monkeypatch.setattr(occlusion.pygame.surfarray, "pixels3d", refuse)


def test_every_alpha_and_colour_inverts_exactly() -> None:
    src = pygame.Surface((256, 3), pygame.SRCALPHA)
    for i in range(256):
        src.set_at((i, 0), (0, 0, 0, i))
        src.set_at((i, 1), (37, 200, 5, i))
        src.set_at((i, 2), (255, 255, 255, 255 - i))
    got = Occluders()._inv(src, src.get_rect(), src.get_rect())
    assert got is not None
    assert np.array_equal(_rgba(got[0]), _reference(src))


def test_a_coarse_mask_over_a_glow_inverts_exactly() -> None:
    mask = pygame.Surface((60, 70), pygame.SRCALPHA)
    mask.fill((0, 0, 0, 0))
    pygame.draw.ellipse(mask, (0, 0, 0, 255), (5, 5, 50, 60))
    rect, area = pygame.Rect(100, 50, 480, 560), pygame.Rect(300, 200, 260, 260)  # 8x coarse, as her silhouette
    got = Occluders()._inv(mask, rect, area)
    assert got is not None
    region = occlusion.mask_region(mask, rect, area)
    assert region is not None and got[1] == region[1]
    assert np.array_equal(_rgba(got[0]), _reference(region[0]))
    assert Occluders()._inv(mask, rect, pygame.Rect(100, 50, 4, 4)) is None  # (the box's corner, not the shape)


def test_a_scaled_region_is_made_its_own_inverse(monkeypatch: pytest.MonkeyPatch) -> None:
    """A coarse mask's region, scaled for the inverse alone, becomes the inverse (no second buffer
    its size beside it: line 17's high-water mark at 1080p); a mask at screen size is not written."""
    made: list[pygame.Surface] = []
    scale = occlusion.pygame.transform.smoothscale

    def kept(*a: object) -> pygame.Surface:
        made.append(scale(*a))  # type: ignore[arg-type]
        return made[-1]

    monkeypatch.setattr(occlusion.pygame.transform, "smoothscale", kept)
    mask = pygame.Surface((60, 70), pygame.SRCALPHA)
    mask.fill((0, 0, 0, 0))
    pygame.draw.ellipse(mask, (0, 0, 0, 255), (5, 5, 50, 60))
    got = Occluders()._inv(mask, pygame.Rect(100, 50, 480, 560), pygame.Rect(300, 200, 260, 260))
    assert got is not None and len(made) == 1 and got[0] is made[0]
    whole = mask.copy()
    Occluders()._inv(mask, mask.get_rect(), mask.get_rect())
    assert pygame.image.tobytes(mask, "RGBA") == pygame.image.tobytes(whole, "RGBA")


def test_the_crops_over_budget_go_before_the_next_region_is_made(monkeypatch: pytest.MonkeyPatch) -> None:
    """Past CROP_BUDGET every caster's crops are let go of before the region that passes it is
    made, not beside it and its inverse (line 17 at 1080p: 6.2 MiB held through them)."""
    occ = Occluders()
    old = pygame.Surface((200, 200), pygame.SRCALPHA)
    old.fill((0, 0, 0, 255))
    assert occ._inv(old, old.get_rect(), old.get_rect()) is not None
    monkeypatch.setattr(occlusion, "CROP_BUDGET", occ._crop_bytes() + 100)
    seen: list[int] = []
    region = occlusion._region

    def counted(*a: object) -> tuple[pygame.Surface, pygame.Rect]:
        seen.append(occ._crop_bytes())
        return region(*a)  # type: ignore[arg-type]

    monkeypatch.setattr(occlusion, "_region", counted)
    mask = pygame.Surface((20, 20), pygame.SRCALPHA)
    mask.fill((0, 0, 0, 255))
    assert occ._inv(mask, pygame.Rect(0, 0, 160, 160), pygame.Rect(0, 0, 160, 160)) is not None
    assert seen == [0]
