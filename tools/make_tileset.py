"""Generate the room's wall and floor tileset, `scenes/tiles/room-tiles.png`.

The tile layer `walls_and_floor` of `scenes/room.tmx` uses it. Tiles are 40x40 logical
pixels in one row of eight, and their ids (gid = index + 1) keep their meaning:

    1, 2  wallpaper A/B   plum damask, tone on tone; B is A half-dropped (shifted 20 px down)
                          so the alternating columns make a diamond lattice of motifs
    3     dado rail       the chair rail over the top rail of the wainscot
    4     wainscot        a raised walnut panel (rows of them under the rail)
    5     skirting        the wainscot's bottom rail and a moulded skirting board
    6-8   floorboards     four boards per tile (foreshortened), one end joint per board in
                          every three tiles, staggered

The colours are the room's *albedo* in darkness (the light pass multiplies them), with
texture everywhere (paper grain, wood grain) so candle light and the dancing shadows have
something to play on. Every tile is painted at 4x and smoothscaled down (anti-aliasing),
and every tile wraps at its edges. Seeded: the same PNG every time.
Run: `python tools/make_tileset.py`.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
import numpy as np
import pygame

TILE = 40
SS = 4  # supersampling
BIG = TILE * SS
SEED = 1907
OUT = Path(__file__).resolve().parent.parent / "scenes" / "tiles" / "room-tiles.png"

RGB = tuple[int, int, int]
PAPER: RGB = (54, 35, 42)
MOTIF: RGB = (68, 45, 52)
MOTIF_EDGE: RGB = (45, 29, 35)
WOOD: RGB = (60, 38, 25)


def _down(big: pygame.Surface) -> pygame.Surface:
    return pygame.transform.smoothscale(big, (TILE, TILE))


def _grain(surf: pygame.Surface, rng: np.random.Generator, amount: float, stretch: int = 1) -> None:
    """Multiply the tile by a wrapping noise texture (paper fibres or, stretched along x, wood grain)."""
    h, w = surf.get_height(), surf.get_width()
    small = rng.normal(0.0, 1.0, (h, -(-w // stretch)))
    noise = np.repeat(small, stretch, axis=1)[:, :w]
    if stretch > 1:  # soften along the grain with a wrapping box blur
        k = stretch
        noise = np.mean([np.roll(noise, i, axis=1) for i in range(-k, k + 1)], axis=0)
        noise = noise / max(1e-6, float(noise.std()))
    px = pygame.surfarray.pixels3d(surf)
    f = 1.0 + amount * noise.T[:, :, None]
    px[...] = np.clip(px.astype(np.float32) * f, 0, 255).astype(np.uint8)
    del px


def _motif(surf: pygame.Surface, cx: float, cy: float) -> None:
    """A damask fleur (at 4x): a teardrop heart, two curling leaves, a bud, a drop below."""
    s = SS

    def p(x: float, y: float) -> tuple[float, float]:
        return (cx + x * s, cy + y * s)

    for sign in (-1, 1):
        leaf = [p(0, 2), p(sign * 4, -2), p(sign * 8, -4), p(sign * 9, -8), p(sign * 7, -11),
                p(sign * 5, -9), p(sign * 6, -6), p(sign * 3, -4), p(sign * 1, -1)]
        pygame.draw.polygon(surf, MOTIF, leaf)
        pygame.draw.polygon(surf, MOTIF_EDGE, leaf, s)
        curl = [p(sign * 7, -11), p(sign * 4, -12), p(sign * 3, -10), p(sign * 5, -9)]
        pygame.draw.polygon(surf, MOTIF, curl)
        low = [p(0, 5), p(sign * 5, 8), p(sign * 8, 12), p(sign * 6, 13), p(sign * 3, 10), p(0, 9)]
        pygame.draw.polygon(surf, MOTIF, low)
        pygame.draw.polygon(surf, MOTIF_EDGE, low, s)
    heart = [p(0, -14), p(3, -9), p(4, -4), p(2, 1), p(0, 4), p(-2, 1), p(-4, -4), p(-3, -9)]
    pygame.draw.polygon(surf, MOTIF, heart)
    pygame.draw.polygon(surf, MOTIF_EDGE, heart, s)
    pygame.draw.line(surf, MOTIF_EDGE, p(0, -11), p(0, 2), s)
    pygame.draw.circle(surf, MOTIF, p(0, -16), 1.8 * s)
    pygame.draw.circle(surf, MOTIF, p(0, 13), 1.5 * s)


def _wallpaper(rng: np.random.Generator, drop: bool) -> pygame.Surface:
    big = pygame.Surface((BIG, BIG))
    big.fill(PAPER)
    for x in range(0, BIG, 5 * SS):  # the faint warp of the printed ground
        pygame.draw.line(big, (57, 37, 44), (x, 0), (x, BIG), SS)
    # a fine trellis joining the motifs of neighbouring columns into a diamond lattice
    h = BIG // 2
    if drop:
        lines = [((0, h / 2), (h, 0)), ((h, 0), (BIG, h / 2)), ((0, BIG - h / 2), (h, BIG)), ((h, BIG), (BIG, BIG - h / 2))]
    else:
        lines = [((0, h / 2), (h, h)), ((h, h), (BIG, h / 2)), ((0, BIG - h / 2), (h, h)), ((h, h), (BIG, BIG - h / 2))]
    for a, b in lines:
        pygame.draw.line(big, (62, 41, 48), a, b, 3)
    offsets = [(0, BIG // 2 - BIG), (0, BIG // 2), (0, BIG // 2 + BIG)] if drop else [(0, 0), (0, BIG), (0, -BIG)]
    for dx, dy in offsets:  # draw wrapped copies so the motif crosses the edges seamlessly
        _motif(big, BIG / 2 + dx, BIG / 2 + dy)
    s = _down(big)
    _grain(s, rng, 0.035)
    return s


def _rail(surf: pygame.Surface, y: int, h: int, light: RGB, mid: RGB, dark: RGB) -> None:
    """A horizontal moulding at 4x: highlight on top, shadow below."""
    pygame.draw.rect(surf, mid, (0, y, BIG, h))
    pygame.draw.rect(surf, light, (0, y, BIG, max(SS, h // 5)))
    pygame.draw.rect(surf, dark, (0, y + h - max(SS, h // 4), BIG, max(SS, h // 4)))


def _dado(rng: np.random.Generator) -> pygame.Surface:
    big = pygame.Surface((BIG, BIG))
    big.fill(PAPER)
    pygame.draw.rect(big, (40, 25, 30), (0, 4 * SS, BIG, SS))  # shadow under the paper's border
    _rail(big, 6 * SS, 11 * SS, (112, 74, 48), (78, 50, 32), (38, 24, 15))  # chair rail
    pygame.draw.rect(big, (98, 64, 41), (0, 11 * SS, BIG, SS))  # bead on the rail
    _rail(big, 17 * SS, 23 * SS, (84, 55, 36), WOOD, (44, 28, 18))  # the wainscot's top rail
    s = _down(big)
    _grain(s, rng, 0.06, stretch=6)
    return s


def _wainscot(rng: np.random.Generator) -> pygame.Surface:
    big = pygame.Surface((BIG, BIG))
    big.fill(WOOD)
    # frame (stiles and rails) around a raised, bevelled field
    x0, y0, x1, y1 = 4 * SS, 3 * SS, BIG - 4 * SS, BIG - 3 * SS
    bevel = 4 * SS
    pygame.draw.polygon(big, (78, 51, 33), [(x0, y0), (x1, y0), (x1 - bevel, y0 + bevel), (x0 + bevel, y0 + bevel)])
    pygame.draw.polygon(big, (70, 45, 29), [(x0, y0), (x0 + bevel, y0 + bevel), (x0 + bevel, y1 - bevel), (x0, y1)])
    pygame.draw.polygon(big, (40, 25, 16), [(x0, y1), (x1, y1), (x1 - bevel, y1 - bevel), (x0 + bevel, y1 - bevel)])
    pygame.draw.polygon(big, (46, 29, 19), [(x1, y0), (x1, y1), (x1 - bevel, y1 - bevel), (x1 - bevel, y0 + bevel)])
    pygame.draw.rect(big, (64, 41, 27), (x0 + bevel, y0 + bevel, x1 - x0 - 2 * bevel, y1 - y0 - 2 * bevel))
    pygame.draw.rect(big, (30, 19, 12), (x0 - SS, y0 - SS, x1 - x0 + 2 * SS, y1 - y0 + 2 * SS), SS)  # the groove
    pygame.draw.line(big, (88, 58, 38), (0, 0), (BIG, 0), SS)
    s = _down(big)
    _grain(s, rng, 0.05, stretch=4)
    return s


def _skirting(rng: np.random.Generator) -> pygame.Surface:
    big = pygame.Surface((BIG, BIG))
    big.fill(WOOD)
    _rail(big, 0, 7 * SS, (80, 52, 34), WOOD, (40, 25, 16))  # wainscot bottom rail
    pygame.draw.rect(big, (28, 18, 11), (0, 7 * SS, BIG, SS))
    _rail(big, 8 * SS, 6 * SS, (104, 68, 44), (74, 47, 30), (42, 27, 17))  # moulded cap
    pygame.draw.rect(big, (58, 37, 24), (0, 14 * SS, BIG, 23 * SS))  # plinth
    pygame.draw.rect(big, (66, 43, 28), (0, 14 * SS, BIG, 2 * SS))
    pygame.draw.rect(big, (16, 10, 7), (0, 37 * SS, BIG, 3 * SS))  # the shadow where it meets the floor
    s = _down(big)
    _grain(s, rng, 0.06, stretch=6)
    return s


def _floor(rng: np.random.Generator, joints: list[int]) -> pygame.Surface:
    """Four boards 10 px high; `joints[i]` is board i's end-joint x (or -1 for none)."""
    s = pygame.Surface((TILE, TILE))
    for i in range(4):
        tone = int(rng.integers(-5, 6))
        base = (50 + tone, 32 + tone // 2, 21 + tone // 3)
        s.fill(base, (0, i * 10, TILE, 10))
    _grain(s, rng, 0.10, stretch=8)
    for i in range(4):
        y = i * 10
        pygame.draw.line(s, (24, 15, 10), (0, y), (TILE - 1, y))  # the gap between boards
        pygame.draw.line(s, (66, 44, 29), (0, y + 1), (TILE - 1, y + 1))  # worn arris catching light
        j = joints[i]
        if j >= 0:
            pygame.draw.line(s, (24, 15, 10), (j, y + 1), (j, y + 9))
            pygame.draw.line(s, (62, 41, 27), (j + 1, y + 2), (j + 1, y + 9))
            for nx in (j - 3, j + 4):  # nail heads by the joint
                s.set_at((nx % TILE, y + 3), (30, 22, 18))
                s.set_at((nx % TILE, y + 7), (30, 22, 18))
    return s


def build() -> pygame.Surface:
    rng = np.random.default_rng(SEED)
    tiles = [
        _wallpaper(rng, drop=False),
        _wallpaper(rng, drop=True),
        _dado(rng),
        _wainscot(rng),
        _skirting(rng),
        _floor(rng, [6, -1, 27, -1]),
        _floor(rng, [-1, 14, -1, -1]),
        _floor(rng, [-1, -1, -1, 19]),
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
