"""The coffee table seen from above: the wood the notebook lies on in its close shot.

The notebook close-up is a real shot, not a panel over the room: the camera looks down on
the walnut top of the coffee table (the colours of `assets/art/props/coffee_table.svg`:
its top runs #2e190c -> #5a341b -> #75462a with dark figure lines), the notebook lying on
it, and only the far edge of the frame shows the room beyond, out of focus. Painted in
code at the canvas's own size as a pure function of (size, seed), once, with numpy; the
candle that lights the page stands off the frame at the upper left, so the wood is warm
and bright there and falls into shadow toward the lower right.
"""

from __future__ import annotations

import numpy as np
import pygame

from game.art.baked import baked

WALNUT_DARK = np.array([46, 25, 12], np.float32)  # #2e190c
WALNUT = np.array([90, 52, 27], np.float32)  # #5a341b
WALNUT_LIT = np.array([117, 70, 42], np.float32)  # #75462a
FIGURE = np.array([30, 15, 7], np.float32)  # #1e0f07, the grain lines
EDGE_LIT = np.array([138, 86, 52], np.float32)  # #8a5634, the moulded edge catching the light
FAR_EDGE = 0.12  # share of the frame's height above the table's far edge (the room beyond)
CANDLE = (-0.08, 0.02)  # the candle, off the frame: x, y as shares of the frame


BAND = 8  # columns painted at a time: the float temporaries are a band's, not the frame's (at 8 they stay
# under game.memory's MMAP_THRESHOLD, reused from the heap: at 1080p a cold paint 0.6 -> 0.3 s of CPU and
# +27.9 -> +20.0 MB of resident with 128, the same pixels)


def _smooth8(rng: np.random.Generator, w: int, h: int, cw: int, ch: int) -> np.ndarray:
    """Smooth value noise of size (w, h), cells cw x ch px (stretched: wood grain), as bytes
    0..255 (the noise is v / 255: kept as bytes, made float a band at a time)."""
    small = rng.random((max(2, w // max(1, cw) + 2), max(2, h // max(1, ch) + 2)))
    img = pygame.surfarray.make_surface(np.repeat((small * 255).astype(np.uint8)[..., None], 3, 2))
    return pygame.surfarray.pixels_red(pygame.transform.smoothscale(img, (w, h))).copy()


def _smooth(rng: np.random.Generator, w: int, h: int, cw: int, ch: int) -> np.ndarray:
    """Smooth value noise in 0..1 of size (w, h), cells cw x ch px (stretched: wood grain)."""
    return _smooth8(rng, w, h, cw, ch).astype(np.float32) / 255.0


def light_at(w: int, h: int, x0: int = 0, x1: int | None = None) -> np.ndarray:
    """(w, h) factor of the candle's light on a horizontal surface: ~1.25 near it, ~0.4 far
    (columns x0..x1 of it)."""
    xx, yy = np.meshgrid(np.arange(x0, w if x1 is None else x1, dtype=np.float32) / w,
                         np.arange(h, dtype=np.float32) / h, indexing="ij")
    d = np.hypot(xx - CANDLE[0], (yy - CANDLE[1]) * h / w)
    out: np.ndarray = 0.36 + 0.95 / (1.0 + (d / 0.5) ** 2)
    return out


@baked("table")  # painted once per machine and code: the same pixels (game/art/baked.py)
def paint_table(size: tuple[int, int], seed: int, book: pygame.Rect | None = None) -> pygame.Surface:
    """The walnut top filling the frame below its far edge (SRCALPHA: clear above it), with
    the broad soft shadow of a book lying on it at `book` (px), thrown away from the candle.
    Painted BAND columns at a time (every pixel is a function of its own noise and place):
    at 1080p the temporaries are ~10 MB instead of ~150."""
    w, h = size
    rng = np.random.default_rng(seed & 0xFFFFFFFF)
    s = w / 1920
    warp8 = _smooth8(rng, w, h, round(520 * s), round(160 * s))
    warp8b = _smooth8(rng, w, h, round(140 * s), round(50 * s))
    fibre8 = _smooth8(rng, w, h, max(2, round(90 * s)), max(1, round(2 * s)))
    broad8 = _smooth8(rng, w, h, round(380 * s), round(120 * s))
    surf = pygame.Surface((w, h), pygame.SRCALPHA)
    for x0 in range(0, w, BAND):
        x1 = min(w, x0 + BAND)
        rgb, alpha = _table_band(w, h, x0, x1, book, (warp8, warp8b, fibre8, broad8))
        pygame.surfarray.pixels3d(surf)[x0:x1] = np.clip(rgb, 0, 255).astype(np.uint8)
        pygame.surfarray.pixels_alpha(surf)[x0:x1] = (alpha * 255).astype(np.uint8)
    return surf


def _table_band(w: int, h: int, x0: int, x1: int, book: pygame.Rect | None,
                noise: tuple[np.ndarray, ...]) -> tuple[np.ndarray, np.ndarray]:
    """Columns x0..x1 of the table: its rgb (float) and alpha (0..1)."""
    s = w / 1920
    edge = round(h * FAR_EDGE)
    n = x1 - x0
    warp8, warp8b, fibre8, broad8 = (a[x0:x1] for a in noise)
    yy = np.arange(h, dtype=np.float32)[None, :].repeat(n, 0)
    # figured walnut, the grain running along x: growth rings bent by a slow warp into the
    # cathedral figure, soft-edged bands of darker late wood, and fine fibres along the grain
    warp = (warp8.astype(np.float32) / 255.0 - 0.5) * 150 * s
    warp += (warp8b.astype(np.float32) / 255.0 - 0.5) * 26 * s
    rings = (yy + warp) / (13.0 * s)
    band = 0.5 + 0.5 * np.sin(rings * 2 * np.pi + np.sin(rings * 0.9) * 1.2)
    late = np.clip((band - 0.55) / 0.45, 0, 1) ** 1.6  # the darker late wood of each ring
    fibre = fibre8.astype(np.float32) / 255.0
    broad = broad8.astype(np.float32) / 255.0
    tone = 0.62 + 0.32 * broad - 0.34 * late + 0.12 * (fibre - 0.5)
    rgb = WALNUT_DARK[None, None, :] + (WALNUT - WALNUT_DARK)[None, None, :] * tone[..., None]
    rgb = rgb * (1 - 0.25 * late)[..., None] + FIGURE[None, None, :] * (0.25 * late)[..., None]
    # one seam between the two boards of the top
    sy = edge + (h - edge) * 0.62
    rgb[:, max(0, round(sy)):round(sy + max(1, 1.5 * s))] *= 0.55
    rgb[:, round(sy + max(1, 1.5 * s)):round(sy + max(2, 2.5 * s))] *= 1.12
    lit = light_at(w, h, x0, x1)
    if book is not None:
        xs = np.arange(x0, x1, dtype=np.float32)[:, None]
        sx0, sy0, sx1, sy1 = book.x + 14 * s, book.y + 18 * s, book.right + 14 * s, book.bottom + 18 * s
        d = np.hypot(np.maximum(np.maximum(sx0 - xs, xs - sx1), 0), np.maximum(np.maximum(sy0 - yy, yy - sy1), 0))
        lit = lit * (1 - 0.62 * np.exp(-((d / (30 * s)) ** 2)))
    rgb = rgb * lit[..., None]
    # the candle's reflection in the varnish, a soft warm sheen toward the upper left
    xx = np.arange(x0, x1, dtype=np.float32)[:, None] / w
    glint = np.exp(-(((xx - 0.08) / 0.22) ** 2 + ((yy / h - 0.2) / 0.25) ** 2))
    rgb += (glint * (0.35 + 0.3 * (1 - late)))[..., None] * np.array([150, 96, 52], np.float32)[None, None, :]
    # the far edge: a lit moulding, then the wood falls away into the room's shadow
    band_rows = slice(max(0, edge - round(12 * s)), edge)
    rows = band_rows.stop - band_rows.start
    rgb[:, band_rows] = EDGE_LIT[None, None, :] * lit[:, band_rows][..., None] * np.linspace(0.5, 1.1, rows)[None, :, None]
    rgb[:, edge:edge + round(6 * s)] *= 0.7  # the moulding's lower lip in shadow
    alpha = np.clip((yy - (edge - 12 * s)) / 1.5 + 1, 0, 1)
    return rgb, alpha


def soften_room(room: pygame.Surface, size: tuple[int, int], rows: tuple[float, float]) -> pygame.Surface:
    """The band `rows` (shares of the room frame's height) of a room frame, heavily out of
    focus and dimmed, stretched to `size`: what lies beyond the table's far edge."""
    rw, rh = room.get_size()
    band = room.subsurface(pygame.Rect(0, round(rh * rows[0]), rw, max(1, round(rh * (rows[1] - rows[0])))))
    small = pygame.transform.smoothscale(band, (max(1, size[0] // 8), max(1, size[1] // 8)))
    small = pygame.transform.gaussian_blur(small, max(1, size[0] // 400))
    soft = pygame.transform.smoothscale(small, size)
    soft.fill((205, 186, 170), special_flags=pygame.BLEND_RGB_MULT)  # a little beyond the candle's reach
    return soft
