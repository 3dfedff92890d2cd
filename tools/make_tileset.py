"""Generate the room's wall and floor tileset, `scenes/tiles/room-tiles.png`.

The tile layers of `scenes/room.tmx` use it. Tiles are 40x40 logical pixels in a row of
eight: wallpaper A/B, dado rail, wainscot panel, skirting board, floorboards A/B/C.
The colours are the room's *albedo* in darkness; the light layer does the rest.
Run: `python tools/make_tileset.py` (seeded: the same PNG every time).
"""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
import pygame

TILE = 40
SEED = 1907
OUT = Path(__file__).resolve().parent.parent / "scenes" / "tiles" / "room-tiles.png"


def _noise(surf: pygame.Surface, rng: random.Random, amount: int) -> None:
    for y in range(surf.get_height()):
        for x in range(surf.get_width()):
            r, g, b, _ = surf.get_at((x, y))
            d = rng.randint(-amount, amount)
            surf.set_at((x, y), (max(0, min(255, r + d)), max(0, min(255, g + d)), max(0, min(255, b + d))))


def _wallpaper(rng: random.Random, shift: int) -> pygame.Surface:
    s = pygame.Surface((TILE, TILE))
    s.fill((58, 40, 44))
    # faint vertical stripes and a damask lozenge, plum on plum
    for x in range(0, TILE, 10):
        pygame.draw.line(s, (64, 45, 49), (x + shift, 0), (x + shift, TILE))
    cx, cy = TILE // 2, TILE // 2 + shift
    pts = [(cx, cy - 13), (cx + 8, cy), (cx, cy + 13), (cx - 8, cy)]
    pygame.draw.polygon(s, (70, 49, 52), pts)
    pygame.draw.polygon(s, (52, 36, 40), pts, 1)
    pygame.draw.circle(s, (75, 54, 55), (cx, cy), 3)
    _noise(s, rng, 3)
    return s


def _dado(rng: random.Random) -> pygame.Surface:
    s = pygame.Surface((TILE, TILE))
    s.fill((58, 40, 44))
    pygame.draw.rect(s, (74, 48, 32), (0, 22, TILE, 14))
    pygame.draw.line(s, (96, 64, 42), (0, 23), (TILE, 23), 2)
    pygame.draw.line(s, (40, 26, 18), (0, 35), (TILE, 35), 2)
    _noise(s, rng, 3)
    return s


def _wainscot(rng: random.Random) -> pygame.Surface:
    s = pygame.Surface((TILE, TILE))
    s.fill((62, 40, 27))
    pygame.draw.rect(s, (54, 34, 22), (5, 4, TILE - 10, TILE - 8))
    pygame.draw.line(s, (80, 53, 35), (5, 4), (TILE - 5, 4))
    pygame.draw.line(s, (40, 25, 16), (5, TILE - 4), (TILE - 5, TILE - 4))
    _noise(s, rng, 4)
    return s


def _skirting(rng: random.Random) -> pygame.Surface:
    s = pygame.Surface((TILE, TILE))
    s.fill((62, 40, 27))
    pygame.draw.rect(s, (46, 29, 19), (0, 16, TILE, 24))
    pygame.draw.line(s, (84, 56, 36), (0, 16), (TILE, 16), 2)
    _noise(s, rng, 4)
    return s


def _floor(rng: random.Random, offset: int) -> pygame.Surface:
    s = pygame.Surface((TILE, TILE))
    base = (52 + offset, 33 + offset // 2, 21)
    s.fill(base)
    for y in (0, 13, 26):
        pygame.draw.line(s, (30, 19, 12), (0, y), (TILE, y))
    for y in range(TILE):  # wood grain
        if rng.random() < 0.35:
            x0 = rng.randrange(TILE)
            pygame.draw.line(s, (base[0] + 6, base[1] + 4, base[2] + 2), (x0, y), (min(TILE, x0 + rng.randint(6, 18)), y))
    seam = rng.randrange(6, TILE - 6)
    pygame.draw.line(s, (30, 19, 12), (seam, 1 + 13 * rng.randrange(3)), (seam, 12 + 13 * rng.randrange(2)))
    _noise(s, rng, 3)
    return s


def build() -> pygame.Surface:
    rng = random.Random(SEED)
    tiles = [
        _wallpaper(rng, 0),
        _wallpaper(rng, 5),
        _dado(rng),
        _wainscot(rng),
        _skirting(rng),
        _floor(rng, 0),
        _floor(rng, 4),
        _floor(rng, -3),
    ]
    sheet = pygame.Surface((TILE * len(tiles), TILE))
    for i, t in enumerate(tiles):
        sheet.blit(t, (i * TILE, 0))
    return sheet


def main() -> int:
    pygame.init()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    pygame.image.save(build(), str(OUT))
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
