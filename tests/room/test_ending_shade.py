"""The ending darkens the room around the embracing couple, not evenly like a screen dimmer:
the vignette leaves their place untouched and takes the far corner almost to black."""

from __future__ import annotations

import pygame

from game.scenes.title import COUPLE_AT
from game.scenes.vignette import Vignette


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


def test_the_ending_flames_burn_on_in_the_dark_room() -> None:
    """Flames give light: as the room falls dark round the couple, every candle on the mantel and
    the side table and the hearth's fire keep most of their light (review11: the side table's
    flames went out and their wax read blue-grey by 6 s)."""
    from game.assets import Assets
    from game.context import build_context
    from game.scenes.title import ENDING_DARK, closing_stage, ending_lights
    from game.settings import Settings

    pygame.init()
    ctx = build_context(Assets(), Settings(), audio=False)
    lights = ending_lights(ctx, closing_stage(ctx))
    far = [(x, y) for x, y, _ in lights if x > 1200]  # the mantel, the fire, the side table
    assert len(far) >= 7, f"the far room's flames are not all kept: {lights}"
    size = (960, 540)
    with_flames, without = pygame.Surface(size), pygame.Surface(size)
    for surface, keep in ((with_flames, lights), (without, [])):
        surface.fill((240, 200, 120))
        Vignette(COUPLE_AT, colour=ENDING_DARK, lights=keep).draw(surface, 215)
    for x, y in far:
        at = (round(x / 2), round(y / 2))
        lit, dark = with_flames.get_at(at).r, without.get_at(at).r
        assert lit >= 180, f"the flame at {(x, y)} goes out in the dark: red {lit} (without its light {dark})"
    assert without.get_at((900, 20)).r == with_flames.get_at((900, 20)).r, "the dark far from a flame changed"


def test_a_flames_bloom_falls_off_orange_in_the_dark() -> None:
    """Round a flame the darkness that is left is candlelit orange: the lit stone's yellow beside
    the side table's candles read khaki on the ending card (review12 D8: G/R 0.88 at the mantel's
    pillar); within a few hole radii the bloom is orange (G/R <= 0.75) and then the brown dark."""
    from game.scenes.title import ENDING_DARK

    pygame.init()
    flame = (1754.0, 718.0, 24.0)
    surface = pygame.Surface((1920, 1080))
    surface.fill((200, 178, 110))  # beige stone, lit yellow by the candles
    Vignette(COUPLE_AT, colour=ENDING_DARK, lights=[flame]).draw(surface, 215)
    near = surface.get_at((1773, 690))  # the mantel's pillar, 34 px from the flame
    assert near.g / near.r <= 0.75, f"the bloom beside the flame reads khaki: {near}"
    plain = pygame.Surface((1920, 1080))
    plain.fill((200, 178, 110))
    Vignette(COUPLE_AT, colour=ENDING_DARK).draw(plain, 215)
    far, dark = surface.get_at((1554, 718)), plain.get_at((1554, 718))  # 200 px from the flame
    assert max(abs(a - b) for a, b in zip(far, dark, strict=True)) <= 3, f"the flame warms the dark 200 px away: {far} vs {dark}"
