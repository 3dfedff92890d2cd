"""The ending's darkness: the room falls into shadow round the embracing couple, thinned and warmed
round each flame, the candlelight tinting the frame beside them (game/scenes/title.py EndingScene).

Made once per canvas size, a band of columns per step (`Vignette.steps`), so the ending can make it
while the story fades out (game/scenes/base.py `SceneStack`: the next scene's `ahead`): made in the
ending's first frame, it was the whole story's worst (stop 43: ~190 ms of a 260-320 ms frame at 1080p).
Every value is worked out per pixel, so the bands make the same pixels as one pass over the frame.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import numpy as np
import pygame

Box = tuple[float, float, float, float]  # x, y, w, h
LUMA = (0.3, 0.59, 0.11)  # a pixel's brightness from its channels (`Spare`)


@dataclass(frozen=True)
class Spare:
    """How a candle's wax or flame is drawn over the ending's candlelight cut: a pixel pale before
    the cut (its (max - min) / max fully spared up to `pale`[0], not past [1]) and lit (its brightest
    channel not spared below `lit`[0], fully from [1]) takes `colour` at its own brightness (luma,
    so its shading stays) times `gain`; anything else in the box (the wall or holder between) is left."""

    colour: tuple[float, float, float]
    gain: float
    pale: tuple[float, float]
    lit: tuple[float, float]

    def read(self, rgb: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The colour each pixel of `rgb` (..., 3, before the cut) will show and how much (..., 1)."""

        rgb = rgb.astype(np.float32)
        r, g, b = rgb[..., 0], rgb[..., 1], rgb[..., 2]
        top, low = np.maximum(np.maximum(r, g), b), np.minimum(np.minimum(r, g), b)  # (a max over 3 wide axis is slow)
        (p0, p1), (l0, l1) = self.pale, self.lit
        pale = np.clip((p1 - (top - low) / np.maximum(top, 1.0)) / (p1 - p0), 0.0, 1.0)
        lit = np.clip((top - l0) / (l1 - l0), 0.0, 1.0)
        c = np.asarray(self.colour, dtype=np.float32)
        luma = rgb @ np.asarray(LUMA, dtype=np.float32)
        colour = np.minimum(255.0, (self.gain * luma / float(c @ np.asarray(LUMA, dtype=np.float32)))[..., None] * c)
        return colour, (pale * lit)[..., None]



def _box(cx: float, cy: float, r: float, h: int, cols: tuple[int, int]) -> tuple[int, int, int, int]:
    """Columns and rows (x0, x1, y0, y1) within `r` of (cx, cy), clipped (maybe empty) to a canvas `h`
    tall and its columns `cols` (a band, x0 to x1): the columns counted from the band's first."""
    c0, c1 = cols
    xa, xb = min(c1, max(c0, math.floor(cx - r))), min(c1, max(c0, math.ceil(cx + r) + 1))
    return (xa - c0, xb - c0, min(h, max(0, math.floor(cy - r))), min(h, max(0, math.ceil(cy + r) + 1)))


BAND_PIXELS = 200_000  # canvas px of the vignette made in a step (`Vignette.steps`: whole 96 px tiles, at least one): 3-11 ms at 1080p


class Vignette:
    """Darkness that deepens away from a point (logical px): the room falls into shadow around
    the two of them instead of being dimmed evenly like a screen (the ending). Built once per
    canvas size, with numpy; its strength is the surface alpha.

    `lights` are (x, y, radius) in logical px: flames give light rather than take it, so the
    darkness thins round each of them (a soft hole, `LIGHT_KEEP` of the way) and the candles and
    the fire go on burning in the dark room instead of going out with it."""

    LIGHT_KEEP = 0.85  # how much of the darkness a flame's hole takes away at its centre
    WARM = (90, 32, 6)  # the veil's colour round a flame: the dark there is candlelit orange
    WARM_REACH = 2.0  # the warm colour reaches this many hole radii from a flame
    # candlelight round each flame: the room's glow under the thinned dark read pale yellow beside the
    # flames (review13 D8: G/R 0.87 at 1080p), so the frame's green and blue are taken down there (a
    # multiply: the red, and so the light, kept, the forms under it unfogged), fully out to GLOW_FULL
    # logical px and gone by GLOW_GONE; the flame itself is spared (a soft hole GLOW_CORE hole radii wide
    # and tall, GLOW_CORE_UP radii over the light) so its white-hot heart stays white
    # (at its full strength from the first frame: the ending fades in from black, and a tint following
    # the darkness's rise would be made again at each step, a hitch each time)
    GLOW_KEEP = (1.0, 0.69, 0.42)  # what of each channel candlelight keeps beside a flame
    GLOW_FULL, GLOW_GONE = 40.0, 110.0
    GLOW_CORE, GLOW_CORE_UP = (0.25, 0.5), 0.7
    TILE = 96  # canvas px: the tint is kept as tiles where it is not nothing (not a frame of its own)
    # A flame's hole and warmth were worked out over the whole frame, 13 flames: the ending's first frame
    # took 0.44 s at 1080p, the whole story's worst (stop 42). Beyond HOLE_BOX hole radii the hole's factor
    # is exactly 1.0 (1 - 0.85 e^-49 rounds to it), and beyond WARM_BOX reaches the warmth is under
    # e^-16 of a colour step, where another flame's is larger or the 8-bit colour is the same: the same pixels.
    HOLE_BOX, WARM_BOX = 7.0, 4.0
    # the candles themselves are spared the cut, as the flame's heart is, and drawn in their own
    # colours over it (review14 #5: the white wax read peach, and the pale flames drowned in the
    # halo): see `Spare`, WAX and FLAME, over `bodies` and `flames` (logical px boxes)
    WAX = Spare((1.0, 0.92, 0.74), 1.0, (0.5, 0.65), (100.0, 140.0))  # ivory, its shading kept
    FLAME = Spare((1.0, 0.9, 0.62), 1.15, (0.11, 0.18), (150.0, 190.0))  # a gold-white heart, brighter than the bloom

    def __init__(self, centre: tuple[float, float], colour: tuple[int, int, int] = (4, 2, 3),
                 lights: Sequence[tuple[float, float, float]] = (),
                 bodies: Sequence[Box] = (), flames: Sequence[Box] = ()) -> None:
        self.centre = centre
        self.colour = colour
        self.lights = tuple(lights)
        self.spared = tuple((box, self.WAX) for box in bodies) + tuple((box, self.FLAME) for box in flames)
        self._surface: pygame.Surface | None = None
        self._tiles: list[tuple[tuple[int, int], pygame.Surface]] = []  # the candlelight: (place, multiply tile)

    def _fields(self, w: int, h: int, x0: int = 0, x1: int | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The darkness (0..1) at full strength, how warm the veil is (0..1) and how strongly the
        candlelight tints the frame (0..1), over columns x0..x1 of a (w, h) canvas (all of them by
        default), (x1 - x0, h) like surfarray: each flame thins the darkness round it and tints what
        darkness is left toward candlelight, so a flame's bloom falls off orange into the brown dark
        instead of showing the lit stone's yellow (review12 D8), and turns the bloom itself amber
        (review13 D8)."""
        x1 = w if x1 is None else x1
        scale = w / 1920
        cx, cy = self.centre[0] * scale, self.centre[1] * scale
        xs = np.arange(x0, x1, dtype=np.float64)
        ys = np.arange(h, dtype=np.float64)
        x = (xs - cx) / (1100.0 * scale)
        y = (ys - cy) / (800.0 * scale)
        r = np.sqrt(x[:, None] ** 2 + y[None, :] ** 2)
        dark = np.clip((r - 0.18) / 0.9, 0.0, 1.0)
        warm = np.zeros_like(dark)
        glow = np.zeros_like(dark)
        for lx, ly, lr in self.lights:  # each worked out in the box it can show in (HOLE_BOX, WARM_BOX)
            cx, cy = lx * scale, ly * scale
            xa, xb, ya, yb = _box(cx, cy, self.HOLE_BOX * lr * scale, h, (x0, x1))
            gx = np.exp(-(((xs[xa:xb] - cx) / (lr * scale)) ** 2))
            gy = np.exp(-(((ys[ya:yb] - cy) / (lr * scale)) ** 2))
            dark[xa:xb, ya:yb] *= 1.0 - self.LIGHT_KEEP * gx[:, None] * gy[None, :]
            reach = lr * scale * self.WARM_REACH
            xa, xb, ya, yb = _box(cx, cy, self.WARM_BOX * reach, h, (x0, x1))
            wx = np.exp(-(((xs[xa:xb] - cx) / reach) ** 2))
            wy = np.exp(-(((ys[ya:yb] - cy) / reach) ** 2))
            np.maximum(warm[xa:xb, ya:yb], wx[:, None] * wy[None, :], out=warm[xa:xb, ya:yb])
            self._glow_into(glow, (cx, cy, lr * scale), scale, x0)
        return dark, warm, glow

    @classmethod
    def _glow_into(cls, glow: np.ndarray, light: tuple[float, float, float], scale: float, x0: int = 0) -> None:
        """One flame's candlelight (0..1; the light's x, y and hole radius in canvas px) kept in `glow`
        where it is the stronger: full out to GLOW_FULL, easing to nothing at GLOW_GONE, with a soft hole
        over the flame (its white heart). Worked out only in the box it reaches. `glow` is the canvas's
        columns from `x0` (default: all of it)."""
        lx, ly, lr = light
        xa, xb, y0, y1 = _box(lx, ly, cls.GLOW_GONE * scale, glow.shape[1], (x0, x0 + glow.shape[0]))
        if xa >= xb or y0 >= y1:
            return
        dx = np.arange(x0 + xa, x0 + xb, dtype=np.float64)[:, None] - lx
        dy = np.arange(y0, y1, dtype=np.float64)[None, :] - ly
        u = np.clip((np.sqrt(dx ** 2 + dy ** 2) / scale - cls.GLOW_FULL) / (cls.GLOW_GONE - cls.GLOW_FULL), 0.0, 1.0)
        kx, ky = cls.GLOW_CORE
        core = np.exp(-(dx / (kx * lr)) ** 2 - ((dy + cls.GLOW_CORE_UP * lr) / (ky * lr)) ** 2)
        box = glow[xa:xb, y0:y1]
        np.maximum(box, (1.0 - u * u * (3.0 - 2.0 * u)) * (1.0 - core), out=box)

    def draw(self, surface: pygame.Surface, alpha: int) -> None:
        w, h = surface.get_size()
        veil = self._surface
        if veil is None or veil.get_size() != (w, h):
            veil = self._veil(w, h)  # (not made ahead: `steps`)
        veil.set_alpha(alpha)
        surface.blit(veil, (0, 0))
        wax = self._wax_before(surface)
        for at, tile in self._tiles:
            surface.blit(tile, at, special_flags=pygame.BLEND_RGB_MULT)
        self._wax_after(surface, wax)

    def _wax_before(self, surface: pygame.Surface) -> list[tuple[pygame.Rect, np.ndarray, np.ndarray]]:
        """Each spared box (canvas px), the colour its pixels will show and how much each is wax or
        flame (0..1), read before the candlelight's cut."""

        scale = surface.get_width() / 1920
        bounds = surface.get_rect()
        out = []
        frame = pygame.surfarray.pixels3d(surface)
        for spare in (self.WAX, self.FLAME):  # each kind read at once (two dozen small reads cost 2 ms)
            rects, pixels = [], []
            for (bx, by, bw, bh), kind in self.spared:
                rect = pygame.Rect(round(bx * scale), round(by * scale), max(1, round(bw * scale)), max(1, round(bh * scale)))
                rect = rect.clip(bounds)
                if kind is spare and rect.w > 0 and rect.h > 0:
                    rects.append(rect)
                    pixels.append(frame[rect.left:rect.right, rect.top:rect.bottom].reshape(-1, 3))
            if not rects:
                continue
            colour, w = spare.read(np.concatenate(pixels))
            at = 0
            for rect in rects:
                n = rect.w * rect.h
                out.append((rect, colour[at:at + n].reshape(rect.w, rect.h, 3), w[at:at + n].reshape(rect.w, rect.h, 1)))
                at += n
        del frame
        return out

    @staticmethod
    def _wax_after(surface: pygame.Surface, wax: list[tuple[pygame.Rect, np.ndarray, np.ndarray]]) -> None:
        """Put the candles' own colours over the cut, as much as each pixel is wax or flame."""

        frame = pygame.surfarray.pixels3d(surface)
        for rect, colour, w in wax:
            px = frame[rect.left:rect.right, rect.top:rect.bottom]
            px[...] = np.rint(px + (colour - px) * w).astype(np.uint8)
        del frame

    def steps(self, size: tuple[int, int]) -> Iterator[str]:
        """Make the veil for a canvas of `size` ahead, a band of columns per step (nothing if it is made)."""
        if self._surface is None or self._surface.get_size() != size:
            yield from self._making(*size)

    def _veil(self, w: int, h: int) -> pygame.Surface:
        """The veil made at once for a (w, h) canvas."""
        for _band in self._making(w, h):
            pass
        assert self._surface is not None
        return self._surface

    def _making(self, w: int, h: int) -> Iterator[str]:
        """Make the veil surface (the dark, its colour warmed round the flames) and the candlelight's
        multiply tiles (where it is not nothing), BAND_PIXELS at a time in bands of whole tiles; kept
        once all is made."""
        veil = pygame.Surface((w, h), pygame.SRCALPHA)
        veil.fill((*self.colour, 255))
        tiles: list[tuple[tuple[int, int], pygame.Surface]] = []
        band = self.TILE * max(1, BAND_PIXELS // (self.TILE * h))
        for x0 in range(0, w, band):
            self._band(veil, tiles, x0, min(w, x0 + band))
            yield "vignette"
        self._surface, self._tiles = veil, tiles

    def _band(self, veil: pygame.Surface, tiles: list[tuple[tuple[int, int], pygame.Surface]], x0: int, x1: int) -> None:
        """Columns x0..x1 of the veil and their candlelight tiles."""
        w, h = veil.get_size()
        dark, warm, glow = self._fields(w, h, x0, x1)
        if self.lights:  # (only where some flame warms it: elsewhere `warm` is 0, the colour filled)
            xs, ys = np.nonzero(warm.any(axis=1))[0], np.nonzero(warm.any(axis=0))[0]
            if len(xs):
                on = (slice(xs[0], xs[-1] + 1), slice(ys[0], ys[-1] + 1))
                rgb = pygame.surfarray.pixels3d(veil)[x0:x1]
                for i, (c0, c1) in enumerate(zip(self.colour, self.WARM, strict=True)):
                    rgb[(*on, i)] = np.rint(c0 + (c1 - c0) * warm[on]).astype(np.uint8)
                del rgb
        a = pygame.surfarray.pixels_alpha(veil)
        a[x0:x1] = np.rint(255.0 * dark).astype(np.uint8)
        del a
        t = self.TILE
        for x in range(x0, x1, t):
            for y in range(0, h, t):
                g = glow[x - x0:x - x0 + t, y:y + t]
                if g.max() > 0.002:
                    tint = np.stack([np.rint(255.0 * (1.0 - (1.0 - keep) * g)) for keep in self.GLOW_KEEP], axis=-1)
                    tiles.append(((x, y), pygame.surfarray.make_surface(tint.astype(np.uint8))))
