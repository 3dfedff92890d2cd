"""The close shots' highlight search (game/art/insert_light.py `_highlights`) runs every insert
frame: it must find the near-white points as a search of the whole grid does, without asking
numpy for the positions over the whole grid (np.nonzero over 640x360 was 0.45 of its 0.65 ms at
1080p; only the grid's columns holding a highlight are searched)."""

from __future__ import annotations

import numpy as np
import pygame
import pytest

from game.art import insert_light


def drawn() -> pygame.Surface:
    """A dark insert with a few specular points, one on the frame's edge."""
    s = pygame.Surface((960, 540))
    s.fill((90, 60, 40))
    for x, y, r in ((100, 80, 3), (101, 300, 2), (700, 33, 4), (959, 539, 2), (480, 270, 1)):
        pygame.draw.circle(s, (250, 248, 240), (x, y), r)
    return s


def reference(surface: pygame.Surface) -> set[tuple[int, int]]:
    """The found points by the plain search: round every grid point at or over HIGHLIGHT, the pixels
    near white in every channel, grown (the restore depends on those, not on the grid: test_kissline_rim)."""
    s, reach = insert_light.HIGHLIGHT_STEP, insert_light.HIGHLIGHT_REACH
    w, h = surface.get_size()
    blue = pygame.surfarray.array_blue(surface)
    px = pygame.surfarray.array3d(surface)

    def grown(points: set[tuple[int, int]]) -> set[tuple[int, int]]:
        return {(min(w - 1, max(0, x + dx)), min(h - 1, max(0, y + dy)))
                for x, y in points for dx in range(-reach, reach + 1) for dy in range(-reach, reach + 1)}

    finds = {(gx * s, gy * s) for gx, gy in zip(*np.nonzero(blue[::s, ::s] >= insert_light.HIGHLIGHT), strict=True)}
    return grown({p for p in grown(finds) if px[p].min() >= insert_light.HIGHLIGHT})


def test_the_highlights_found_are_the_whole_grids(monkeypatch: pytest.MonkeyPatch) -> None:
    surface = drawn()
    want = reference(surface)
    grid = (-(-surface.get_width() // insert_light.HIGHLIGHT_STEP), -(-surface.get_height() // insert_light.HIGHLIGHT_STEP))
    sizes: list[int] = []
    nonzero = np.nonzero

    def counted(a: np.ndarray) -> tuple[np.ndarray, ...]:
        sizes.append(int(np.asarray(a).size))
        return nonzero(a)

    with monkeypatch.context() as m:
        m.setattr(insert_light.np, "nonzero", counted)
        found = insert_light._highlights(surface)
    assert found is not None
    xs, ys, rgb, near = found
    assert set(zip(xs.tolist(), ys.tolist(), strict=True)) == want
    px = pygame.surfarray.array3d(surface)
    assert np.array_equal(rgb, px[xs, ys])
    assert np.all(near[rgb.min(axis=1) >= insert_light.HIGHLIGHT] == 1.0) and near.min() > 0.0
    assert sizes and max(sizes) < grid[0] * grid[1] // 10, (sizes, grid)  # only the columns holding one


def test_no_highlight_is_none() -> None:
    surface = pygame.Surface((300, 200))
    surface.fill((200, 150, 120))
    assert insert_light._highlights(surface) is None
