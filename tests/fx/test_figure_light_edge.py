"""His back against the wainscot (review6 #7, lines 74, 85 and 86): the golden haze is light added
over the lit scene, kept off the figures but for a share (HAZE_ON_PEOPLE). Cut in the 1/8-size
light map, its edge lay on whole map cells and the upscale spread it over two: cut at the figures'
own coverage the wall's haze ran into his dark suit (a see-through band); grown by a cell, the
wall beside his outline lost its haze (a dark ring round him). `lighting.Cut` cuts the upscaled
haze at full resolution by the figure's own alpha, so it stops at the outline both ways."""

from __future__ import annotations

import numpy as np
import pygame

from game.fx.figure_light import in_front, see_through
from game.fx.lighting import DOWNSCALE, Cut, LightMap

KEEP = 0.3
HAZE = (120, 90, 40)


def _slanted_back() -> list[tuple[pygame.Surface, pygame.Rect, float]]:
    """A dark body whose back is a slanted edge (crossing the 8 px grid at every fraction)."""
    pygame.init()
    w, h = 120, 240
    mask = pygame.Surface((w, h), pygame.SRCALPHA)
    mask.fill((0, 0, 0, 0))
    pygame.draw.polygon(mask, (0, 0, 0, 255), [(0, 0), (60, 0), (100, h - 1), (0, h - 1)])
    return [(mask, pygame.Rect(203, 101, w, h), 950.0)]


def _outside_inside(person: list[tuple[pygame.Surface, pygame.Rect, float]], size: tuple[int, int]) -> tuple[np.ndarray, np.ndarray]:
    """Per row of the body: (x of its last covered px, the row) at screen size."""
    mask, rect, _f = person[0]
    a = np.zeros(size[::-1])
    a[rect.y:rect.bottom, rect.x:rect.right] = pygame.surfarray.array_alpha(mask).T
    rows = [y for y in range(rect.y + 4, rect.bottom - 4)]
    edge = np.array([np.nonzero(a[y] > 127)[0].max() for y in rows])
    return edge, np.array(rows)


def _lit(cut: Cut | None) -> np.ndarray:
    """A dark body (albedo 30) before a wall (albedo 60), under a flat map and the haze added with `cut`."""
    person = _slanted_back()
    size = (640, 480)
    lm = LightMap()
    haze = pygame.Surface((size[0] // DOWNSCALE, size[1] // DOWNSCALE))
    haze.fill(HAZE)

    def build() -> pygame.Surface:
        small = pygame.Surface(haze.get_size())
        small.fill((200, 200, 200))
        lm.add(haze, haze.get_rect(), cut)
        return small

    scene = pygame.Surface(size)
    scene.fill((60, 60, 60))
    body = person[0][0].copy()
    body.fill((30, 30, 30, 0), special_flags=pygame.BLEND_RGBA_MAX)
    scene.blit(body, person[0][1])
    lm.apply(scene, ("k", cut is None), build)
    return pygame.surfarray.array3d(scene).astype(np.float64)[:, :, 0].T


def test_the_haze_stops_at_the_outline_both_ways() -> None:
    person = _slanted_back()
    img = _lit(Cut(person, KEEP))
    edge, rows = _outside_inside(person, (640, 480))
    near = np.array([img[y, x + 2:x + 5].mean() for x, y in zip(edge, rows, strict=True)])
    far = np.array([img[y, x + 20:x + 26].mean() for x, y in zip(edge, rows, strict=True)])
    rim = np.array([img[y, x - 4:x - 1].mean() for x, y in zip(edge, rows, strict=True)])
    deep = np.array([img[y, x - 30:x - 20].mean() for x, y in zip(edge, rows, strict=True)])
    assert abs(near.mean() - far.mean()) < 3.0, f"the wall by his outline {near.mean():.0f} vs further off {far.mean():.0f}"
    assert near.min() > far.mean() - 6.0, f"a dark ring on the wall beside him ({near.min():.0f} vs {far.mean():.0f})"
    assert abs(rim.mean() - deep.mean()) < 3.0, f"the suit's edge {rim.mean():.0f} vs its inside {deep.mean():.0f}: see-through"


def test_the_people_keep_their_share_and_the_glass_none() -> None:
    person = _slanted_back()
    glass = (160, 40, 200, 200)  # the body's top-left part stands before it
    img = _lit(Cut(person, KEEP, glass))
    bare = _lit(None)
    lit_wall = 60 * 200 / 255
    assert abs(img[60, 180] - lit_wall) < 2.0, "the haze on the glass beside him"  # glass, not him
    body = 30 * 200 / 255
    assert abs(img[200, 230] - (body + KEEP * HAZE[0])) < 3.0  # him, before the glass: his share
    assert abs(img[300, 230] - (body + KEEP * HAZE[0])) < 3.0  # him, before the wall: the same share
    assert abs(bare[400, 500] - img[400, 500]) < 1.0  # the wall away from him and the glass: all of it


def test_the_glass_glow_is_cut_at_their_coverage_not_grown() -> None:
    """The glass's glow in the map is kept off a figure at its own coverage: grown by a cell it left a
    dark ring on the window glass round their heads (line 74, her head at 16)."""
    person = _slanted_back()
    size = (80, 60)
    cover = in_front(size, 8, person)
    seen = pygame.surfarray.array3d(see_through(size, 8, person))[:, :, 0]
    free = cover == 0.0
    assert free.sum() > 1000 and seen[free].min() == 255, "the glass's glow cut from the glass beside a figure"
    assert seen[cover > 0.99].max() == 0

