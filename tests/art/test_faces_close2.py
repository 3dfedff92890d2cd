"""Face close-ups, second pass (review5 Part 2 items 4, 13, 18, 29): the gaze two-shot's neck joins
her shoulders and the candle between them lights the near sides of both faces; the kiss has no dark
hole under the noses and her hand lies on his jaw; the tear close-up's lower lids brim."""

from __future__ import annotations

from pathlib import Path

import pygame

from tools.faces_close import gaze

INSERTS = Path(__file__).resolve().parents[2] / "assets" / "art" / "inserts"


def _svg(rel: str) -> pygame.Surface:
    pygame.init()
    return pygame.image.load_sized_svg(str(INSERTS / rel), (1920, 1080))


def _lum(surf: pygame.Surface, p: tuple[float, float], r: int = 3) -> float:
    cs = [surf.get_at((round(p[0]) + dx, round(p[1]) + dy)) for dx in range(-r, r + 1) for dy in range(-r, r + 1)]
    return sum(0.3 * c.r + 0.59 * c.g + 0.11 * c.b for c in cs) / len(cs)


def test_her_neck_in_the_gaze_runs_down_into_her_shoulders() -> None:
    """Review5 #18: 'her neck is a flat plank cut square at the bottom, floating above the dress
    neckline'. Between the old neck's end (250 local px under the lips) and the dress, every sample
    across the neck is opaque skin (the old art: transparent, the room between neck and dress)."""
    surf = _svg("gaze/her.svg")
    gaps = [(x, y) for x in (-120, -140, -160, -180, -200) for y in range(240, 300, 4)
            if surf.get_at(tuple(round(v) for v in gaze.HER_AT((x, y)))).a < 250]
    assert not gaps, f"the room shows between her neck and her dress at local {gaps[:6]}"


def test_the_candle_below_lights_the_upper_lip_of_both_faces() -> None:
    """Review5 #18: 'the candle between them lights neither face'. The flame is below and between them:
    under each nose the upper lip faces it and is lit, brighter than the cheek's near plane behind it
    (old art: her 195 against 187, his 152 against 159, darker than his cheek)."""
    for rel, pl in (("gaze/her.svg", gaze.HER_AT), ("gaze/his_head.svg", gaze.HIM_AT)):
        surf = _svg(rel)
        lip, cheek = _lum(surf, pl((-30, -50))), _lum(surf, pl((-120, -20)))
        assert lip > cheek + 12, f"{rel}: upper lip {lip:.0f}, cheek {cheek:.0f}"
