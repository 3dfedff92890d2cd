"""Her hand in lines 63/64 is solid at every moment (review13 B1, CLASP4: "at 63 @1.1 his palm
lines show through her fingers"): wherever her drawings (her fingers at any stage, the back of her
hand) cover a pixel mostly (not the soft shadows they cast), 3 px in from there (at 960x540), together they cover it
fully, so nothing of his palm below can show through."""

from __future__ import annotations

import pygame
import pytest
from test_hands_laced import _layers  # (tests/art is on sys.path, as for every test here)

from game.art.inserts import Inserts

HER = ("her_lace", "her_squeeze", "her.svg")


@pytest.mark.parametrize("u", [1.1, 1.5, 4.0])
def test_her_hand_is_opaque(inserts: Inserts, u: float) -> None:
    names, layers, _ = _layers(inserts, "hands_intertwined", u)
    w, h = layers[0].get_size()
    cover = pygame.Surface((w, h), pygame.SRCALPHA)
    for name, s in zip(names, layers, strict=True):
        if name.startswith(HER):
            cover.blit(s, (0, 0))
    core = pygame.mask.from_surface(cover, 160)  # (her body: not the soft shadows her fingers cast)
    # 3 px in from her outline: erode by testing the 3 px neighbours
    thin = 0
    for x in range(3, w - 3, 2):
        for y in range(3, h - 3, 2):
            inside = all(core.get_at((x + dx, y + dy)) for dx in (-3, 0, 3) for dy in (-3, 0, 3))
            if inside and cover.get_at((x, y)).a < 250:
                thin += 1
    assert thin == 0, f"at {u} s {thin} pixels inside her hand are see-through"
