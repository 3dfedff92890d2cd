"""An insert's part is rasterized again only when it visibly changes (issue 13, INSERTS): line 19
(the trembling lips) turned its face (1207x1080) and its screen-wide hair (1918x1080) every frame,
4 rotozooms of 3.6 Mpx, 32-39 ms CPU a frame, because their breathing zoom gave a new key every
few frames and the frame's own turns pushed each other out of the turns' budget."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from game.art.insert_light import InsertLight
from game.art.insert_turns import EDGE_STEP, blit_faded, kept_turns, reach, rounded_scale, turn
from game.art.inserts import PREFIX, Inserts
from game.art.svg import SvgCache

INSERTS = Path(__file__).resolve().parents[2] / "assets" / "art" / "inserts"
LIGHT = InsertLight(1, (255, 179, 92), 1.0, (58, 90, 140), 0.5, (40, 30, 30))
SIZE = (960, 540)  # the turns' budget is in canvases: the thrash was the same at half size


def _remade(inserts: Inserts, name: str, frames: int, monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int]]:
    """The sizes of the images rotozoomed or smoothscaled over `frames` frames at 60 fps from 0.5 s."""
    made: list[tuple[int, int]] = []
    for fn in ("rotozoom", "smoothscale"):
        real = getattr(pygame.transform, fn)

        def counted(img: pygame.Surface, *args: object, _real: object = real) -> pygame.Surface:
            made.append(img.get_size())
            return _real(img, *args)  # type: ignore[operator]

        monkeypatch.setattr(pygame.transform, fn, counted)
    surf = pygame.Surface(SIZE)
    inserts.draw(surf, PREFIX + name, 0.5, LIGHT)  # (every part's raster made)
    made.clear()
    for i in range(frames):
        inserts.draw(surf, PREFIX + name, 0.5 + (i + 1) / 60, LIGHT)
    return made


def test_the_lips_breathing_face_and_hair_are_not_rasterized_every_frame(tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """Over 60 frames (1 s of the 3.4 s breath) the big parts (a quarter of the canvas or more) are
    made again only when their zoom moves their far edge a pixel: at most 12 times each, not 60."""
    pygame.init()
    inserts = Inserts(INSERTS, SvgCache(tmp_path / "svg"), seed=1907)
    made = _remade(inserts, "trembling_lips", 60, monkeypatch)
    big = [s for s in made if s[0] * s[1] >= SIZE[0] * SIZE[1] // 4]
    assert len(big) <= 24, f"{len(big)} big parts rasterized again in 60 frames (4 rotozooms a frame was 32 ms)"
    assert len(made) <= 60, f"{len(made)} parts rasterized again in 60 frames"


def test_a_zoom_step_moves_the_far_edge_a_pixel_at_most() -> None:
    """The rounded zoom puts no pixel of the part more than half a pixel from the exact zoom."""
    far = reach((1207, 1080), (0, 0), (1000.0, 0.0))
    for s in [1 + k * 0.0001 for k in range(-70, 71)]:
        assert abs(rounded_scale(s, far) - s) * far <= EDGE_STEP / 2 + 1e-9


def test_the_turns_a_frame_shows_are_kept_over_the_budget() -> None:
    """Two parts whose turns together exceed the budget: drawn alternately, neither is made again."""
    pygame.init()
    a, b = pygame.Surface((200, 100), pygame.SRCALPHA), pygame.Surface((200, 100), pygame.SRCALPHA)
    turned = kept_turns()
    calls = 0
    real = pygame.transform.smoothscale

    def counted(*args: object) -> pygame.Surface:
        nonlocal calls
        calls += 1
        return real(*args)  # type: ignore[arg-type]

    pygame.transform.smoothscale = counted  # type: ignore[assignment]
    try:
        for _ in range(10):
            turn(a, 0.0, 1.004, turned, budget=100 * 100 * 4)
            turn(b, 0.0, 1.004, turned, budget=100 * 100 * 4)
        turn(a, 0.0, 1.006, turned, budget=100 * 100 * 4)  # a's new zoom lets its old one go
    finally:
        pygame.transform.smoothscale = real  # type: ignore[assignment]
    assert calls == 3
    assert sorted(k[2] for k in turned) == [1.004, 1.006] and {k[0] for k in turned} == {id(a), id(b)}


def test_a_faded_part_is_blitted_at_its_alpha_and_left_as_it_was() -> None:
    """A part at 0.5 with per-pixel alpha lands at half its opacity (as the copy multiplied did), and
    keeps its per-pixel blending after (set_alpha(None) would have made it opaque); an opaque part
    is drawn as before."""
    pygame.init()
    part = pygame.Surface((4, 4), pygame.SRCALPHA)
    part.fill((200, 100, 50, 200))
    dst = pygame.Surface((4, 4))
    blit_faded(dst, part, (0, 0), 0.5)
    assert abs(dst.get_at((0, 0)).r - 200 * 100 // 255) <= 1
    dst.fill((0, 0, 0))
    dst.blit(part, (0, 0))
    assert abs(dst.get_at((0, 0)).r - 200 * 200 // 255) <= 1
    solid = pygame.Surface((4, 4))
    solid.fill((90, 90, 90))
    dst.fill((0, 0, 0))
    blit_faded(dst, solid, (0, 0), 0.5)
    assert dst.get_at((0, 0)).r >= 88
