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


def test_the_ending_shade_falls_into_warm_brown_not_olive() -> None:
    """A fade toward black keeps each colour's hue at a fifth of its light: the beige stone of the
    fireplace and the pale candles read olive and blue-grey beside the red room (review11). The
    ending's darkness is a warm brown, so what it takes stays warm and saturated."""
    from game.scenes.title import ENDING_DARK

    pygame.init()
    surface = pygame.Surface((960, 540))
    surface.fill((180, 160, 120))  # the mantel's stone, lit
    Vignette(COUPLE_AT, colour=ENDING_DARK).draw(surface, 215)  # the ending's strength after 4 s
    r, g, b, _ = surface.get_at((900, 380))  # the fireplace, far from the couple
    assert r > g > b, f"the darkened stone is not warm: {(r, g, b)}"
    saturation = (r - b) / r
    assert saturation >= 0.45, f"the darkened stone reads grey-olive: {(r, g, b)}, saturation {saturation:.2f}"
