"""The notebook as a picture: leather cover, two cream pages and their ruling.

Everything is painted in code at the panel's real pixel size (DESIGN.md section 4: art at
the display's resolution; glows and grain done in code), as a pure function of (size,
seed), with numpy for the textures. The geometry of
the spread (where the pages and writing rows are) is logical-pixel data in `Spread`, so
the layout code and tests can use it without drawing anything.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pygame

from game.art.baked import baked

PANEL_W, PANEL_H = 1240, 520
PAPER = (242, 226, 196)


@dataclass(frozen=True)
class Spread:
    """Logical geometry of the open notebook inside the panel."""

    cover: pygame.Rect = field(default_factory=lambda: pygame.Rect(18, 10, 1204, 492))
    left: pygame.Rect = field(default_factory=lambda: pygame.Rect(44, 28, 574, 456))
    right: pygame.Rect = field(default_factory=lambda: pygame.Rect(622, 28, 574, 456))
    margin_l: int = 50  # from the page's left edge to where writing starts
    margin_r: int = 30
    first_baseline: int = 50  # from the page top: room above for a capital's loop
    # ruled wide enough that a row's descenders never reach the next row's ascenders (his
    # copperplate spans up to 51 lpx from loop to loop with its nib, her brush 51): eight rows a
    # page, the six written lines share one spread with a row left blank between entries
    row_pitch: int = 54
    rows: int = 8

    @property
    def spine_x(self) -> int:
        return (self.left.right + self.right.left) // 2

    def page(self, index: int) -> pygame.Rect:
        return self.left if index == 0 else self.right

    def text_width(self) -> float:
        return float(self.left.w - self.margin_l - self.margin_r)

    def origin(self, page: int, row: int) -> tuple[float, float]:
        """Logical panel position of the start of writing row `row` on page 0 (left) or 1."""
        r = self.page(page)
        return (float(r.x + self.margin_l), float(r.y + self.first_baseline + row * self.row_pitch))


BAND = 8  # columns painted at a time: the float temporaries are a band's, not the panel's (at 8 a float64
# band is 48 KiB, under game.memory's MMAP_THRESHOLD: reused from the heap, not mapped and faulted in anew;
# at 1080p a cold paint 1.27 -> 0.78 s of CPU and +45.7 -> +35.5 MB of resident with 128, the same pixels)


def _noise8(rng: np.random.Generator, w: int, h: int, cell: int) -> np.ndarray:
    """Smooth value noise of size (w, h) as bytes v (the noise is v / 255 - 0.5), by upscaling a
    coarse random grid."""
    small = rng.random((max(2, w // cell + 2), max(2, h // cell + 2)))
    img = pygame.surfarray.make_surface(np.repeat((small * 255).astype(np.uint8)[..., None], 3, 2))
    big = pygame.transform.smoothscale(img, (w, h))
    return pygame.surfarray.pixels_red(big).copy()  # (not array3d's three channels of it)


def _noise(rng: np.random.Generator, w: int, h: int, cell: int) -> np.ndarray:
    """Smooth value noise in -0.5..0.5, (w, h), by upscaling a coarse random grid."""
    return _noise8(rng, w, h, cell).astype(float) / 255.0 - 0.5


def _rounded_mask(w: int, h: int, rect: pygame.Rect, radius: float, x0: int = 0, x1: int | None = None) -> np.ndarray:
    xx, yy = np.meshgrid(np.arange(x0, w if x1 is None else x1) + 0.5, np.arange(h) + 0.5, indexing="ij")
    cx = np.clip(xx, rect.x + radius, rect.right - radius)
    cy = np.clip(yy, rect.y + radius, rect.bottom - radius)
    d = np.hypot(xx - cx, yy - cy) - radius
    out: np.ndarray = np.clip(0.5 - d, 0, 1)
    return out


def _slices(r: pygame.Rect, w: int, h: int, x0: int = 0, x1: int | None = None) -> tuple[slice, slice]:
    """Where `r` lies in a (w, h) array, or in its columns x0..x1 (as indices into those)."""
    a, b = max(0, r.x, x0), min(w if x1 is None else x1, r.right)
    return (slice(a - x0, max(a, b) - x0), slice(max(0, r.y), min(h, r.bottom)))


@baked("notebook")  # painted once per machine and code: the same pixels (game/art/baked.py)
def paint_notebook(scale: float, seed: int, spread: Spread) -> tuple[pygame.Surface, pygame.Surface]:
    """The open notebook seen from above at `scale` px per logical px, and the closed book
    (the outside of the cover over the left half). Both SRCALPHA, the size of the panel.
    Painted BAND columns at a time (every pixel is a function of its own noise and place):
    at 1080p the temporaries are ~15 MB instead of ~220."""
    rng = np.random.default_rng(seed & 0xFFFFFFFF)
    w, h = max(1, round(PANEL_W * scale)), max(1, round(PANEL_H * scale))
    # the random fields, drawn in the order the whole-panel painting drew them
    grain = (_noise8(rng, w, h, max(2, round(3 * scale))), _noise8(rng, w, h, max(4, round(40 * scale))))
    leaves: list[np.ndarray] = []  # each page's paper grain
    for page in (spread.left, spread.right):
        xs, ys = _slices(_scaled(page, scale), w, h)
        pw, ph = len(range(w)[xs]), len(range(h)[ys])
        leaf = _noise(rng, pw, ph, max(6, round(60 * scale)))
        leaf *= 9  # (in place: two float64 pages at a time, not four)
        leaf += rng.normal(0, 2.0, (pw, ph))
        leaves.append(leaf.astype(np.float32))
        del leaf
    opened, closed = pygame.Surface((w, h), pygame.SRCALPHA), pygame.Surface((w, h), pygame.SRCALPHA)
    for x0 in range(0, w, BAND):
        x1 = min(w, x0 + BAND)
        for surf, (rgb, alpha) in zip((opened, closed), _notebook_band(scale, spread, w, h, x0, x1, grain, leaves), strict=True):
            pygame.surfarray.pixels3d(surf)[x0:x1] = np.clip(rgb, 0, 255).astype(np.uint8)
            pygame.surfarray.pixels_alpha(surf)[x0:x1] = np.clip(alpha * 255, 0, 255).astype(np.uint8)
    return opened, closed


def _scaled(r: pygame.Rect, scale: float) -> pygame.Rect:
    return pygame.Rect(round(r.x * scale), round(r.y * scale), round(r.w * scale), round(r.h * scale))


Layer = tuple[np.ndarray, np.ndarray]


def _notebook_band(scale: float, spread: Spread, w: int, h: int, x0: int, x1: int,
                   grain8: tuple[np.ndarray, np.ndarray], leaves: list[np.ndarray]) -> tuple[Layer, Layer]:
    """Columns x0..x1 of the open notebook and of the closed book: rgb (float) and alpha (0..1)."""
    cover, left, right = _scaled(spread.cover, scale), _scaled(spread.left, scale), _scaled(spread.right, scale)
    xx, yy = np.meshgrid(np.arange(x0, x1, dtype=np.float32) + 0.5, np.arange(h, dtype=np.float32) + 0.5, indexing="ij")
    # soft contact shadow on the table, the candle being up and to the left (the broad one is
    # the table's, game.pen.desk); kept inside the panel so it never ends in a straight cut
    sh = pygame.Rect(cover.x + round(5 * scale), cover.y + round(6 * scale), cover.w, cover.h)
    dx = np.maximum(np.maximum(sh.x - xx, xx - sh.right), 0)
    dy = np.maximum(np.maximum(sh.y - yy, yy - sh.bottom), 0)
    alpha = 0.6 * np.exp(-((np.hypot(dx, dy) / (5 * scale)) ** 2))
    # leather: oxblood brown, mottled grain, darker worn edge, lighter where the light falls
    grain = (grain8[0][x0:x1].astype(float) / 255.0 - 0.5) * 0.6 + (grain8[1][x0:x1].astype(float) / 255.0 - 0.5)
    light = 1.0 + 0.25 * (1 - np.hypot((xx - w * 0.35) / w, (yy - h * 0.2) / h))

    def leather(box: pygame.Rect, shadow: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        m = _rounded_mask(w, h, box, 16 * scale, x0, x1)
        edge = np.minimum(np.minimum(xx - box.x, box.right - xx), np.minimum(yy - box.y, box.bottom - yy))
        wear = 0.75 + 0.25 * np.clip(edge / (22 * scale), 0, 1)
        rgb = np.array([78, 40, 28], np.float32)[None, None, :] * (light * wear * (1 + 0.35 * grain))[..., None]
        # stitching, a dashed tan line inset from the edge, and a blind-tooled rule inside it
        on_st = (np.abs(edge - 9 * scale) < max(0.6, 1.0 * scale)) & (((xx + yy) / (8 * scale)) % 1.0 < 0.6)
        rgb[on_st] = rgb[on_st] * 0.3 + np.array([190, 150, 105], np.float32) * 0.7
        rgb[np.abs(edge - 20 * scale) < max(0.5, 0.8 * scale)] *= 0.7
        return rgb * (m > 0)[..., None], np.maximum(shadow, m)

    # the closed book: the cover folded onto the left half, rounded and stitched all round
    half = pygame.Rect(cover.x, cover.y, round(spread.spine_x * scale) - cover.x, cover.h)
    hsh = pygame.Rect(half.x + round(10 * scale), half.y + round(14 * scale), half.w, half.h)
    hdx = np.maximum(np.maximum(hsh.x - xx, xx - hsh.right), 0)
    closed = leather(half, 0.55 * np.exp(-((np.hypot(hdx, dy) / (16 * scale)) ** 2)))
    rgb, alpha = leather(cover, alpha)
    # the page block: the edges of the leaves under each page, fine lines, then the page
    # itself, which pinches in toward the spine (the leaves dip into the gutter, away from
    # the eye) and curves: in shadow where it falls into the gutter, catching the candle
    # where it rises out of it on the right, its outer edge rolling off a little
    for (page, outer), leaf in zip(((left, -1), (right, 1)), leaves, strict=True):
        out_d = np.maximum(np.maximum(page.x - xx, xx - page.right), np.maximum(page.y - yy, yy - page.bottom))
        edge_lines = 0.5 + 0.5 * np.sin(out_d / max(0.7, 0.9 * scale) * np.pi)  # leaf after leaf
        block = page.inflate(round(8 * scale), round(10 * scale)).move(round(outer * 4 * scale), round(3 * scale))
        sl = _slices(block, w, h, x0, x1)
        rgb[sl] = np.array(PAPER, np.float32) * (0.62 + 0.12 * edge_lines[sl])[..., None]
        sl = _slices(page, w, h, x0, x1)
        px, py = xx[sl], yy[sl]
        fx = (px - page.x) / max(page.w, 1)
        gut = fx if outer == -1 else 1 - fx  # 1 at the outer edge, 0 at the spine
        gut = 1 - gut
        near = np.clip(1 - gut / 0.14, 0, 1)  # 1 at the spine, 0 from 14 % of the page out
        dip = (near ** 2) * 9 * scale  # the pinch: top and bottom edges come in at the spine
        inside = np.clip(py - (page.y + dip) + 0.5, 0, 1) * np.clip(page.bottom - dip - py + 0.5, 0, 1)
        gut = 1 - gut
        if outer == -1:  # the left page falls away from the candle into the gutter: a deep shadow
            shade = 0.66 + 0.34 * np.clip(gut / 0.2, 0, 1) ** 0.55
        else:  # the right one rises toward it out of the gutter: a narrow shadow, then a lit ridge
            shade = 0.7 + 0.3 * np.clip(gut / 0.07, 0, 1) ** 0.6 + 0.07 * np.exp(-(((gut - 0.12) / 0.06) ** 2))
        shade = shade - 0.07 * np.clip((gut - 0.94) / 0.06, 0, 1)
        # candlelight from the upper left: warm and bright there, falling off into shadow
        glow = 0.84 + 0.2 * np.clip(1 - 1.1 * np.hypot((px - w * 0.3) / w, (py - h * 0.05) / (1.6 * h)), 0, 1)
        paper = np.array(PAPER, np.float32)[None, None, :] * (shade * glow)[..., None]
        first = max(0, page.x)  # the page's first column: its grain starts there
        paper += leaf[sl[0].start + x0 - first:sl[0].stop + x0 - first][..., None]
        # faint ruling, warm grey-blue
        for row in range(spread.rows):
            by = (page.y / scale + spread.first_baseline + row * spread.row_pitch) * scale
            on = (np.abs(py - by) < 0.5 + 0.25 * scale) & (px > page.x + 14 * scale) & (px < page.right - 10 * scale)
            paper[on] = paper[on] * 0.82 + np.array([150, 160, 180], np.float32) * 0.18
        under = rgb[sl] * 0.8  # where the page pinches in, the leaves beneath in its shadow
        rgb[sl] = paper * inside[..., None] + under * (1 - inside[..., None])
    # the crease at the spine
    sx = spread.spine_x * scale
    band = _slices(pygame.Rect(round(sx - 12 * scale), left.y, round(24 * scale) + 1, left.h), w, h, x0, x1)
    crease = np.exp(-(((xx[band] - sx) / (3 * scale)) ** 2))
    rgb[band] *= (1 - 0.45 * crease)[..., None]
    # the book lies under a candle up and to the left: the whole spread falls off toward the
    # lower right, so it reads as an object in the room's light rather than a flat card
    fall = np.clip(np.hypot((xx - w * 0.25) / w, (yy - h * 0.1) / h), 0, 1.2)
    rgb *= (1.06 - 0.2 * fall)[..., None]
    # the red ribbon marker (the room's notebook has one) hanging from the spine over the edge
    rx0, ry0 = sx + 3 * scale, left.bottom - 6 * scale
    t_r = np.clip(((xx - rx0) * 0.25 + (yy - ry0)) / max(1.0, h - ry0), 0, 1)
    cx = rx0 + t_r * 14 * scale
    end = ry0 + 22 * scale + (xx - cx) * 0.8  # its tail cut on the slant
    cov = np.clip(5 * scale - np.abs(xx - cx) + 0.5, 0, 1) * np.clip(yy - ry0, 0, 1) * np.clip(end - yy + 0.5, 0, 1)
    sheen = 0.75 + 0.35 * np.exp(-(((xx - cx + 2 * scale) / (2.5 * scale)) ** 2))
    ribbon = np.array([128, 22, 30], np.float32)[None, None, :] * sheen[..., None]
    rgb = rgb * (1 - cov[..., None]) + ribbon * cov[..., None]
    return (rgb, np.maximum(alpha, cov)), closed


def _to_surface(rgb: np.ndarray, alpha: np.ndarray) -> pygame.Surface:
    surf = pygame.Surface(rgb.shape[:2], pygame.SRCALPHA)
    pygame.surfarray.pixels3d(surf)[...] = np.clip(rgb, 0, 255).astype(np.uint8)
    pygame.surfarray.pixels_alpha(surf)[...] = np.clip(alpha * 255, 0, 255).astype(np.uint8)
    return surf
