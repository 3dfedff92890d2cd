"""The green fringe on the curtain over the sofa's back (review3 #16, note22): the side light
shades each prop's silhouette in the 1/8-size light map, and the warm rim it lays on the
sofa's back, on the map cells the sofa only partly covers and then spread by the map's
upscale, lit a band of the dark green curtain just above the sofa (wide shots, lines 1, 16,
44). A prop's own light must stay on the prop: the wall just past its edge is no brighter
with the prop there than without it (its shadows may only darken it)."""

from __future__ import annotations

import numpy as np
import pygame

from game.fx import FxState, RoomFx
from game.room.model import Room
from game.view import View

SIZE = (1920, 1080)


def sofa_caster(room: Room, view: View) -> tuple[pygame.Surface, pygame.Rect, float]:
    sofa = room.anchor("sofa")
    rect = pygame.Rect(view.rect(sofa.rect.x, sofa.rect.y, sofa.rect.w, sofa.rect.h))
    mask = pygame.Surface(rect.size, pygame.SRCALPHA)
    mask.fill((0, 0, 0, 0))
    # a back rising from the arm to the middle, like the sofa's: the edge crosses the map's cells
    pygame.draw.ellipse(mask, (255, 255, 255, 255), (0, 0, rect.w, rect.h * 2))
    return mask, rect, sofa.rect.bottom


def lit(room: Room, view: View, casters: list[tuple[pygame.Surface, pygame.Rect, float]]) -> np.ndarray:
    s = pygame.Surface(SIZE)
    s.fill((160, 160, 160))
    RoomFx(room, 7).draw_light(s, view, FxState(rain=1.0, candles=1.0), 3.0, casters)
    return pygame.surfarray.array3d(s).astype(np.float64)


def test_a_props_side_light_stays_off_the_wall_above_it(room: Room) -> None:
    view = View(1.0)
    caster = sofa_caster(room, view)
    mask, rect, _floor = caster
    without, with_prop = lit(room, view, []), lit(room, view, [caster])
    alpha = pygame.surfarray.array_alpha(mask)
    worst = 0.0
    for x in range(8, rect.w - 8, 4):
        top = int(np.argmax(alpha[x] > 127))  # the prop's top edge in this column
        y = rect.y + top
        band = slice(max(0, y - 10), y - 2)  # 2..10 px above it: wall, not prop
        gain = (with_prop[rect.x + x, band] - without[rect.x + x, band]).mean()
        worst = max(worst, gain)
    # old: the band above the back was up to 29 brighter (a warm rim spilled over the edge); now ~0
    assert worst <= 4.0, f"the wall just above the prop is {worst:.1f} brighter with the prop than without it"
