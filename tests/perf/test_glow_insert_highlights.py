"""An insert's highlights (insert_light `_highlights`: near-white points given their white back
after the light) are searched for only where a part drawn holds a pixel that bright
(`bright_box`), not over the whole frame (0.8 ms a frame at 1080p): a blit lays a mix of a
part's pixels and what lies under it, never brighter than the brighter of the two. The lit
frames must be those of the whole-frame search."""

from __future__ import annotations

from typing import Any

import numpy as np
import pygame
import pytest

from game.art import inserts as inserts_module
from game.art.insert_light import BRIGHT, InsertLight, apply_light, bright_box

LIGHT = InsertLight(1, (255, 190, 120), 0.9, (90, 110, 160), 0.3, (30, 24, 28), glow=0.3)


def test_a_bright_box_holds_the_pixels_that_could_be_a_highlight() -> None:
    pygame.init()
    s = pygame.Surface((50, 40), pygame.SRCALPHA)
    s.fill((200, 200, BRIGHT - 1, 255))
    assert bright_box(s) is None
    s.fill((255, 255, 255, 0), (3, 4, 5, 5))  # bright but transparent: lays nothing
    assert bright_box(s) is None
    s.fill((250, 250, 250, 90), (10, 12, 3, 2))
    s.fill((240, 240, BRIGHT, 255), (30, 20, 1, 6))
    assert bright_box(s) == pygame.Rect(10, 12, 21, 14)


@pytest.mark.parametrize("shot,u", [("insert_kiss", 4.0), ("insert_tear", 2.0),
                                    ("insert_hands_intertwined", 0.4)])
def test_an_insert_lit_with_the_search_kept_to_its_bright_parts_is_lit_as_before(
        room_ctx: Any, monkeypatch: pytest.MonkeyPatch, shot: str, u: float) -> None:
    inserts = room_ctx.renderer.layers.inserts
    size = (960, 540)
    asked: list[list[pygame.Rect] | None] = []

    def searched(where: bool) -> Any:
        def apply(surface: pygame.Surface, light_map: pygame.Surface, light: InsertLight,
                  origin: tuple[int, int] = (0, 0), rects: list[pygame.Rect] | None = None) -> None:
            asked.append(rects)
            apply_light(surface, light_map, light, origin, rects if where else None)
        return apply

    frames = []
    for where in (False, True):
        monkeypatch.setattr(inserts_module, "apply_light", searched(where))
        surface = pygame.Surface(size)
        inserts.draw(surface, shot, u, LIGHT)
        frames.append(pygame.surfarray.array3d(surface))
    assert np.array_equal(frames[0], frames[1])
    rects = asked[-1]
    assert rects is not None
    area = sum(r.clip(0, 0, *size).w * r.clip(0, 0, *size).h for r in rects)
    assert area < 0.1 * size[0] * size[1], (shot, rects)  # (the whole frame was searched)


class _Counting(pygame.Surface):
    """A canvas that counts its plain black fills (a Surface's own methods cannot be patched)."""

    blacks = 0

    def fill(self, color: Any, rect: Any = None, special_flags: int = 0) -> pygame.Rect:
        if special_flags == 0 and pygame.Color(color)[:3] == (0, 0, 0):
            self.blacks += 1
        return super().fill(color, rect, special_flags)


def test_an_insert_over_an_opaque_backdrop_is_not_filled_black_first(room_ctx: Any) -> None:
    """The kiss's backdrop is opaque and unmoved: the black fill under it (~0.4 ms a frame at 1080p)
    is never seen, so it is not made; the frame is the same whatever the canvas held before."""
    inserts = room_ctx.renderer.layers.inserts
    frames = []
    for before in ((0, 0, 0), (255, 0, 255)):
        surface = _Counting((960, 540))
        pygame.Surface.fill(surface, before)
        inserts.draw(surface, "insert_kiss", 4.0, LIGHT)
        assert surface.blacks == 0
        frames.append(pygame.surfarray.array3d(surface))
    assert np.array_equal(frames[0], frames[1])
    shown = _Counting((960, 540))  # a crop reaching past the backdrop: filled as before
    inserts.draw(shown, "insert_kiss", 4.0, LIGHT, origin=(40, 0), size=(960, 540))
    assert shown.blacks == 1
