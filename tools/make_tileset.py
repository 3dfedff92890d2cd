"""Generate the room's wall and floor tileset, `scenes/tiles/room-tiles.png`, and the same
tiles painted at 4x detail, `scenes/tiles/room-tiles@4x.png`.

The tile layer `walls_and_floor` of `scenes/room.tmx` uses the 1x sheet. Tiles are 40x40
logical pixels in one row of eight, and their ids (gid = index + 1) keep their meaning:

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

Why a 4x sheet: art is rasterized at the size it is shown, and the camera's close-ups
show the room at up to 4x (the notebook shot is 480x270 room px on a 1920x1080 canvas).
`build(scale=4)` paints the *same design* with 160 px tiles: every line, bevel, nail head
and motif is placed in logical units and rasterized at the finer pitch (not a 1x image
upscaled), and the grain keeps the 1x grain's pattern (the same random draws, smoothly
interpolated) with finer fibres added from a second seeded stream, so the 4x sheet
averaged back down to 40 px is the 1x sheet to within a level or two. The 1x sheet is
byte-for-byte what it always was. The engine reads the 4x sheet in `game/room/tiles.py`.

    python tools/make_tileset.py [--out DIR] [--scale N ...]    write the sheets
    python tools/make_tileset.py --check [--out DIR]             exit 1 if a sheet in DIR is
                                                                 not what this file paints
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # `python tools/make_tileset.py`

import numpy as np
import pygame

from tools._common import headless, positive_int, save, shown

TILE = 40
SS = 4  # supersampling
SEED = 1907
OUT = Path(__file__).resolve().parent.parent / "scenes" / "tiles" / "room-tiles.png"
OUT_4X = OUT.with_name("room-tiles@4x.png")
SCALES = (1, 4)  # the sheets written; `build` paints any positive integer scale

RGB = tuple[int, int, int]
PAPER: RGB = (54, 35, 42)
MOTIF: RGB = (68, 45, 52)
MOTIF_EDGE: RGB = (45, 29, 35)
WOOD: RGB = (60, 38, 25)


class _Paint:
    """One painting pass: the output scale and the random streams.

    `rng` is the design's stream: every scale draws exactly the same numbers from it in
    the same order, so tones and grain patterns agree across scales. `fine` (scale > 1
    only) supplies the detail that exists only at the finer pitch. (A plain class, not a
    dataclass: the tests load this file without registering it as a module.)
    """

    def __init__(self, scale: int, rng: np.random.Generator, fine: np.random.Generator | None) -> None:
        self.scale = scale
        self.rng = rng
        self.fine = fine

    @property
    def tile(self) -> int:  # output tile size in pixels
        return TILE * self.scale

    @property
    def u(self) -> int:  # pixels per logical pixel on the supersampled canvas
        return SS * self.scale

    @property
    def big(self) -> int:  # the supersampled canvas's size
        return TILE * self.u


def _down(big: pygame.Surface, pt: _Paint) -> pygame.Surface:
    return pygame.transform.smoothscale(big, (pt.tile, pt.tile))


def _upsample_wrap(field: np.ndarray, k: int) -> np.ndarray:
    """A periodic (h, w) field bilinearly interpolated to (h * k, w * k), wrapping at the edges."""
    out = field
    for axis in (0, 1):
        n = out.shape[axis]
        pos = (np.arange(n * k) + 0.5) / k - 0.5
        i0 = np.floor(pos).astype(int)
        frac = pos - i0
        a = np.take(out, i0 % n, axis=axis)
        b = np.take(out, (i0 + 1) % n, axis=axis)
        shape = [1, 1]
        shape[axis] = n * k
        f = frac.reshape(shape)
        out = a * (1.0 - f) + b * f
    return out


def _streaks(gen: np.random.Generator, h: int, w: int, stretch: int) -> np.ndarray:
    """Unit-variance wrapping noise (h, w); stretched along x (wood grain) when stretch > 1."""
    small = gen.normal(0.0, 1.0, (h, -(-w // stretch)))
    noise = np.repeat(small, stretch, axis=1)[:, :w]
    if stretch > 1:  # soften along the grain with a wrapping box blur
        k = stretch
        noise = np.mean([np.roll(noise, i, axis=1) for i in range(-k, k + 1)], axis=0)
        noise = noise / max(1e-6, float(noise.std()))
    return noise


FINE = 0.75  # the finer fibres' share of the grain at scale > 1


def _grain(surf: pygame.Surface, pt: _Paint, amount: float, stretch: int = 1) -> None:
    """Multiply the tile by a wrapping noise texture (paper fibres or, stretched along x, wood grain).

    The pattern is drawn at 1x from the design stream; at a finer scale it is interpolated
    up and fibres of the finer pitch (streaks just as long in logical px) are added.
    """
    h, w = surf.get_height(), surf.get_width()
    noise = _streaks(pt.rng, h // pt.scale, w // pt.scale, stretch)
    if pt.scale > 1:
        assert pt.fine is not None
        noise = _upsample_wrap(noise, pt.scale) + FINE * _streaks(pt.fine, h, w, stretch * pt.scale)
    px = pygame.surfarray.pixels3d(surf)
    f = 1.0 + amount * noise.T[:, :, None]
    px[...] = np.clip(px.astype(np.float32) * f, 0, 255).astype(np.uint8)
    del px


def _motif(surf: pygame.Surface, cx: float, cy: float, pt: _Paint) -> None:
    """A damask fleur (on the supersampled canvas): a teardrop heart, two curling leaves, a bud, a drop below."""
    s = pt.u

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


def _wallpaper(pt: _Paint, drop: bool) -> pygame.Surface:
    u, big_n = pt.u, pt.big
    big = pygame.Surface((big_n, big_n))
    big.fill(PAPER)
    for x in range(0, big_n, 5 * u):  # the faint warp of the printed ground
        pygame.draw.line(big, (57, 37, 44), (x, 0), (x, big_n), u)
    # a fine trellis joining the motifs of neighbouring columns into a diamond lattice
    h = big_n // 2
    if drop:
        lines = [((0, h / 2), (h, 0)), ((h, 0), (big_n, h / 2)), ((0, big_n - h / 2), (h, big_n)),
                 ((h, big_n), (big_n, big_n - h / 2))]
    else:
        lines = [((0, h / 2), (h, h)), ((h, h), (big_n, h / 2)), ((0, big_n - h / 2), (h, h)),
                 ((h, h), (big_n, big_n - h / 2))]
    for a, b in lines:
        pygame.draw.line(big, (62, 41, 48), a, b, 3 * pt.scale)
    if drop:
        offsets = [(0, big_n // 2 - big_n), (0, big_n // 2), (0, big_n // 2 + big_n)]
    else:
        offsets = [(0, 0), (0, big_n), (0, -big_n)]
    for dx, dy in offsets:  # draw wrapped copies so the motif crosses the edges seamlessly
        _motif(big, big_n / 2 + dx, big_n / 2 + dy, pt)
    s = _down(big, pt)
    _grain(s, pt, 0.035)
    return s


def _rail(surf: pygame.Surface, pt: _Paint, y: int, h: int, light: RGB, mid: RGB, dark: RGB) -> None:
    """A horizontal moulding, y and h in logical px: highlight on top, shadow below."""
    u, k = pt.u, pt.scale
    top, bottom = max(SS, h * SS // 5) * k, max(SS, h * SS // 4) * k
    pygame.draw.rect(surf, mid, (0, y * u, pt.big, h * u))
    pygame.draw.rect(surf, light, (0, y * u, pt.big, top))
    pygame.draw.rect(surf, dark, (0, (y + h) * u - bottom, pt.big, bottom))


def _dado(pt: _Paint) -> pygame.Surface:
    u = pt.u
    big = pygame.Surface((pt.big, pt.big))
    big.fill(PAPER)
    pygame.draw.rect(big, (40, 25, 30), (0, 4 * u, pt.big, u))  # shadow under the paper's border
    _rail(big, pt, 6, 11, (112, 74, 48), (78, 50, 32), (38, 24, 15))  # chair rail
    pygame.draw.rect(big, (98, 64, 41), (0, 11 * u, pt.big, u))  # bead on the rail
    _rail(big, pt, 17, 23, (84, 55, 36), WOOD, (44, 28, 18))  # the wainscot's top rail
    s = _down(big, pt)
    _grain(s, pt, 0.06, stretch=6)
    return s


def _wainscot(pt: _Paint) -> pygame.Surface:
    u, big_n = pt.u, pt.big
    big = pygame.Surface((big_n, big_n))
    big.fill(WOOD)
    # frame (stiles and rails) around a raised, bevelled field
    x0, y0, x1, y1 = 4 * u, 3 * u, big_n - 4 * u, big_n - 3 * u
    bevel = 4 * u
    pygame.draw.polygon(big, (78, 51, 33), [(x0, y0), (x1, y0), (x1 - bevel, y0 + bevel), (x0 + bevel, y0 + bevel)])
    pygame.draw.polygon(big, (70, 45, 29), [(x0, y0), (x0 + bevel, y0 + bevel), (x0 + bevel, y1 - bevel), (x0, y1)])
    pygame.draw.polygon(big, (40, 25, 16), [(x0, y1), (x1, y1), (x1 - bevel, y1 - bevel), (x0 + bevel, y1 - bevel)])
    pygame.draw.polygon(big, (46, 29, 19), [(x1, y0), (x1, y1), (x1 - bevel, y1 - bevel), (x1 - bevel, y0 + bevel)])
    pygame.draw.rect(big, (64, 41, 27), (x0 + bevel, y0 + bevel, x1 - x0 - 2 * bevel, y1 - y0 - 2 * bevel))
    pygame.draw.rect(big, (30, 19, 12), (x0 - u, y0 - u, x1 - x0 + 2 * u, y1 - y0 + 2 * u), u)  # the groove
    pygame.draw.line(big, (88, 58, 38), (0, 0), (big_n, 0), u)
    s = _down(big, pt)
    _grain(s, pt, 0.05, stretch=4)
    return s


def _skirting(pt: _Paint) -> pygame.Surface:
    u, big_n = pt.u, pt.big
    big = pygame.Surface((big_n, big_n))
    big.fill(WOOD)
    _rail(big, pt, 0, 7, (80, 52, 34), WOOD, (40, 25, 16))  # wainscot bottom rail
    pygame.draw.rect(big, (28, 18, 11), (0, 7 * u, big_n, u))
    _rail(big, pt, 8, 6, (104, 68, 44), (74, 47, 30), (42, 27, 17))  # moulded cap
    pygame.draw.rect(big, (58, 37, 24), (0, 14 * u, big_n, 23 * u))  # plinth
    pygame.draw.rect(big, (66, 43, 28), (0, 14 * u, big_n, 2 * u))
    pygame.draw.rect(big, (16, 10, 7), (0, 37 * u, big_n, 3 * u))  # the shadow where it meets the floor
    s = _down(big, pt)
    _grain(s, pt, 0.06, stretch=6)
    return s


GAP: RGB = (24, 15, 10)
ARRIS: RGB = (66, 44, 29)
JOINT_LIT: RGB = (62, 41, 27)
NAIL: RGB = (30, 22, 18)


def _ramp(colour: RGB, k: int, spread: float) -> list[RGB]:
    """k shades whose mean is `colour`, brightest first (a rounded edge at k pixels a logical px)."""
    if k == 1:
        return [colour]
    out = []
    for i in range(k):
        f = 1.0 + spread * (0.5 - (i + 0.5) / k) * 2
        out.append((round(colour[0] * f), round(colour[1] * f), round(colour[2] * f)))
    return out


def _floor(pt: _Paint, joints: list[int]) -> pygame.Surface:
    """Four boards 10 px high; `joints[i]` is board i's end-joint x (or -1 for none).

    At 1x the edges are single pixels; at a finer scale the same edges are `scale` pixels
    wide with the shading a worn, rounded edge shows (brightest where it turns to the
    light), and the nail heads are round with a glint, each averaging to its 1x colour.
    """
    k, t = pt.scale, pt.tile
    s = pygame.Surface((t, t))
    for i in range(4):
        tone = int(pt.rng.integers(-5, 6))
        base = (50 + tone, 32 + tone // 2, 21 + tone // 3)
        s.fill(base, (0, i * 10 * k, t, 10 * k))
    _grain(s, pt, 0.10, stretch=8)
    if k == 1:
        for i in range(4):
            y = i * 10
            pygame.draw.line(s, GAP, (0, y), (TILE - 1, y))  # the gap between boards
            pygame.draw.line(s, ARRIS, (0, y + 1), (TILE - 1, y + 1))  # worn arris catching light
            j = joints[i]
            if j >= 0:
                pygame.draw.line(s, GAP, (j, y + 1), (j, y + 9))
                pygame.draw.line(s, JOINT_LIT, (j + 1, y + 2), (j + 1, y + 9))
                for nx in (j - 3, j + 4):  # nail heads by the joint
                    s.set_at((nx % TILE, y + 3), NAIL)
                    s.set_at((nx % TILE, y + 7), NAIL)
        return s
    gap = _ramp(GAP, k, 0.25)[::-1]  # darkest where the gap is deepest, at its lower side
    arris = _ramp(ARRIS, k, 0.18)
    lit = _ramp(JOINT_LIT, k, 0.18)
    for i in range(4):
        y = i * 10 * k
        for r in range(k):
            s.fill(gap[r], (0, y + r, t, 1))  # the gap between boards
            s.fill(arris[r], (0, y + k + r, t, 1))  # worn arris catching light
        j = joints[i]
        if j >= 0:
            for c in range(k):
                s.fill(gap[c], (j * k + c, y + k, 1, 9 * k))
                s.fill(lit[c], ((j + 1) * k + c, y + 2 * k, 1, 8 * k))
            for nx in (j - 3, j + 4):  # nail heads by the joint
                for ny in (3, 7):
                    cx, cy = (nx % TILE) * k + k / 2, y + ny * k + k / 2
                    pygame.draw.circle(s, NAIL, (cx, cy), k * 0.62)
                    glint = (NAIL[0] + 22, NAIL[1] + 16, NAIL[2] + 12)
                    s.fill(glint, (round(cx - k * 0.3), round(cy - k * 0.3), max(1, k // 4), max(1, k // 4)))
    return s


def build(scale: int = 1) -> pygame.Surface:
    """The sheet of eight tiles, each `TILE * scale` px square (scale 1: the map's sheet)."""
    if scale < 1:
        raise ValueError(f"scale must be a positive integer, not {scale}")
    pt = _Paint(scale, np.random.default_rng(SEED), np.random.default_rng([SEED, scale]) if scale > 1 else None)
    tiles = [
        _wallpaper(pt, drop=False),
        _wallpaper(pt, drop=True),
        _dado(pt),
        _wainscot(pt),
        _skirting(pt),
        _floor(pt, [6, -1, 27, -1]),
        _floor(pt, [-1, 14, -1, -1]),
        _floor(pt, [-1, -1, -1, 19]),
    ]
    sheet = pygame.Surface((pt.tile * len(tiles), pt.tile))
    for i, t in enumerate(tiles):
        sheet.blit(t, (i * pt.tile, 0))
    return sheet


def out_path(scale: int, folder: Path = OUT.parent) -> Path:
    """Where the sheet of a scale lives: room-tiles.png, room-tiles@4x.png."""
    return folder / (OUT.name if scale == 1 else f"{OUT.stem}@{scale}x{OUT.suffix}")


def stale(scale: int, folder: Path) -> str | None:
    """Why the sheet of `scale` in `folder` is not what `build(scale)` paints (None if it is)."""
    path = out_path(scale, folder)
    if not path.exists():
        return f"{shown(path)}: missing"
    try:
        have = pygame.image.load(str(path))
    except (pygame.error, OSError) as exc:
        return f"{shown(path)}: unreadable ({exc})"
    want = build(scale)
    if have.get_size() != want.get_size():
        return f"{shown(path)}: {have.get_width()}x{have.get_height()} px, expected {want.get_width()}x{want.get_height()}"
    if pygame.image.tobytes(have, "RGB") != pygame.image.tobytes(want, "RGB"):
        return f"{shown(path)}: stale, not what tools/make_tileset.py paints"
    return None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Paint the room's wall and floor tiles (1x and 4x sheets), seeded.",
                                 epilog="Run it after any change to this file, and commit the sheets.")
    ap.add_argument("--out", type=Path, default=OUT.parent, help="folder of the sheets (default scenes/tiles)")
    ap.add_argument("--scale", type=positive_int, action="append", default=None,
                    help=f"a scale to paint, repeatable (default {' and '.join(map(str, SCALES))})")
    ap.add_argument("--check", action="store_true",
                    help="write nothing; exit 1 if a sheet differs from what this file paints")
    args = ap.parse_args(argv)
    scales: list[int] = args.scale or list(SCALES)
    headless()
    if args.check:
        problems = [why for why in (stale(scale, args.out) for scale in scales) if why is not None]
        for why in problems:
            print(f"{why} (run python tools/make_tileset.py)", file=sys.stderr)
        if not problems:
            print(f"up to date: {', '.join(shown(out_path(scale, args.out)) for scale in scales)}")
        return 1 if problems else 0
    for scale in scales:
        save(build(scale), out_path(scale, args.out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
