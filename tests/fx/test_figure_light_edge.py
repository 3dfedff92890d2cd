"""His back against the wainscot (review6 #7, lines 74 and 85): the figures are cut out of the
glass's glow and the golden haze by `see_through`, a light-map-sized mask (1/8 of the screen).
Cut at their own fractional coverage, the cells along a figure's outline got half the wall's
warm light, and the upscale laid it ~2 cells deep into his dark suit: a see-through band along
his back in the wainscot's tone. Every light-map cell a figure touches is now fully his."""

from __future__ import annotations

import numpy as np
import pygame

from game.fx.figure_light import in_front, see_through


def _slanted_back() -> list[tuple[pygame.Surface, pygame.Rect, float]]:
    """A dark body whose back is a slanted edge (crossing the 8 px grid at every fraction)."""
    pygame.init()
    w, h = 120, 240
    mask = pygame.Surface((w, h), pygame.SRCALPHA)
    mask.fill((0, 0, 0, 0))
    pygame.draw.polygon(mask, (0, 0, 0, 255), [(0, 0), (60, 0), (100, h - 1), (0, h - 1)])
    return [(mask, pygame.Rect(203, 101, w, h), 950.0)]


def test_every_cell_a_figure_touches_is_cut_out_of_the_haze_in_full() -> None:
    person = _slanted_back()
    size = (80, 60)
    cover = in_front(size, 8, person)
    seen = pygame.surfarray.array3d(see_through(size, 8, person))[:, :, 0]
    touched = cover > 0.02
    assert touched.sum() > 100
    leak = seen[touched].max()
    assert leak == 0, f"a light-map cell on the figure's outline lets {leak}/255 of the wall's haze over it"


def test_the_wall_away_from_the_figure_keeps_its_haze() -> None:
    person = _slanted_back()
    size = (80, 60)
    seen = pygame.surfarray.array3d(see_through(size, 8, person))[:, :, 0]
    cover = in_front(size, 8, person)
    far = np.ones_like(cover, dtype=bool)
    ys, xs = np.nonzero(cover.T > 0.0)
    for x, y in zip(xs, ys, strict=True):
        far[max(0, x - 2): x + 3, max(0, y - 2): y + 3] = False
    assert far.sum() > 1000 and seen[far].min() == 255, "the haze is cut from the wall more than a cell beyond the figure"
