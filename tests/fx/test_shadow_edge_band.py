"""The halo round the sofa's back (review6 #30, lines 16-17): the light on a prop is shaped in
the 1/8-size light map, and its side light is drawn in from the edge (shadows.inset, so it does
not spill onto the wall above), so the light on the prop ramped up over the map cells its edge
crosses: the sofa's outer roll, a few screen px, was lit much darker than the seat just below it
and read as a dull magenta halo against the dark panelling. The prop's own top edge is lit like
its inside, and the wall above it keeps the light it had."""

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
    pygame.draw.ellipse(mask, (255, 255, 255, 255), (0, 0, rect.w, rect.h * 2))  # a back rising to the middle
    return mask, rect, sofa.rect.bottom


def light(room: Room, view: View, casters: list[tuple[pygame.Surface, pygame.Rect, float]]) -> np.ndarray:
    s = pygame.Surface(SIZE)
    s.fill((160, 160, 160))
    RoomFx(room, 7).draw_light(s, view, FxState(rain=1.0, candles=1.0), 3.0, casters)
    return pygame.surfarray.array3d(s).astype(np.float64).sum(axis=2)


def test_a_props_top_edge_is_lit_like_its_inside(room: Room) -> None:
    view = View(2.0, -900.0, -700.0)  # a close shot on the sofa, as at line 17
    caster = sofa_caster(room, view)
    mask, rect, _floor = caster
    lit = light(room, view, [caster])
    alpha = pygame.surfarray.array_alpha(mask)
    ratios = []
    for x in range(16, rect.w - 16, 8):
        X = rect.x + x
        if not 0 <= X < SIZE[0]:
            continue
        top = int(np.argmax(alpha[x] > 127))
        y = rect.y + top
        if not (y - 2 >= 0 and y + 30 < SIZE[1]):
            continue
        edge = lit[X, y + 1:y + 5].mean()  # the outer roll
        inside = lit[X, y + 24:y + 30].mean()  # the back, three map cells in
        ratios.append(edge / max(1.0, inside))
    assert ratios
    worst = min(ratios)
    # old: the outer few px got ~0.5 of the light just inside them (a dark band that read as a halo)
    assert worst >= 0.75, f"the prop's top edge gets {worst:.2f} of the light of its inside"
