"""The ending darkens the room around the embracing couple, not evenly like a screen dimmer:
the vignette leaves their place untouched and takes the far corner almost to black."""

from __future__ import annotations

import pygame

from game.scenes.title import COUPLE_AT
from game.scenes.ui import Vignette


def test_the_ending_shade_keeps_the_couple_and_darkens_the_far_room() -> None:
    pygame.init()
    surface = pygame.Surface((960, 540))
    surface.fill((200, 160, 120))
    Vignette(COUPLE_AT).draw(surface, 255)
    cx, cy = round(COUPLE_AT[0] / 2), round(COUPLE_AT[1] / 2)
    couple = surface.get_at((cx, cy))
    corner = surface.get_at((959, 0))
    assert couple.r >= 195, f"the couple is dimmed: {couple}"
    assert corner.r <= 40, f"the far corner stays lit: {corner}"
