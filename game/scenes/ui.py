"""The narration band and other small pieces of screen furniture.

Drawn in logical 1920x1080 units scaled to the canvas, at the canvas's real size. The
band is a soft gradient (no hard-edged box over a painting); text is wrapped once per
line at its full length so typing never reflows, into lines of even widths (no word left
alone on the second line); the rendered glyph runs are cached,
so a frame re-renders at most the one line being typed.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import pygame

from game.text.fonts import Fonts
from game.text.layout import split_visible, wrap_balanced

if TYPE_CHECKING:
    import numpy as np

CREAM = (238, 226, 204)
BAND_TOP_GAP = 85  # logical px of band above the first line of text (more as the text grows)
TEXT_X = 250
TEXT_W = 1420
TEXT_BOTTOM = 1029  # logical y where the last of two lines ends at text size 1
NARRATION_SIZE = 46
LINE_H = 62
HIGH_CONTRAST = (255, 255, 255)
BAND_PAST = 140  # logical px the band's full shade reaches past the end of the words (the mark)
BAND_FADE = 520  # ... and fades out over


class NarrationBand:
    def __init__(self, fonts: Fonts) -> None:
        self.fonts = fonts
        self._band: tuple[tuple[int, int, int, bool], pygame.Surface] | None = None
        self._fade: tuple[tuple[object, ...], pygame.Surface] | None = None  # the band's fading end (`_faded`)
        self._wrapped: dict[tuple[str, int], list[str]] = {}

    def _band_surface(self, size: tuple[int, int], top: int, high_contrast: bool) -> pygame.Surface:
        """The band from `top` (canvas px) down: a soft gradient, or nearly opaque for contrast."""
        w, h = size
        key = (w, h, top, high_contrast)
        if self._band is None or self._band[0] != key:
            band = pygame.Surface((w, h - top), pygame.SRCALPHA)
            for y in range(h - top):
                x = y / max(1, h - top - 1)
                a = 236 if high_contrast else round(210 * min(1.0, x * 1.8) ** 1.4)
                pygame.draw.line(band, (8, 5, 6, a), (0, y), (w, y))
            self._band = (key, band)
        return self._band[1]

    def _blit_band(self, surface: pygame.Surface, band: pygame.Surface, alpha: int, edge: float | None) -> None:
        """The band over the bottom of `surface`: full from the left to `edge` (canvas px; None:
        the full width), then fading out over BAND_FADE logical px (`_faded`)."""
        w, h = surface.get_size()
        bh = band.get_height()
        full = w if edge is None else max(0, min(w, round(edge)))
        band.set_alpha(alpha)
        surface.blit(band, (0, h - bh), pygame.Rect(0, 0, full, bh))
        band.set_alpha(255)
        if edge is None or full >= w:
            return
        faded = self._faded(band, w, alpha, edge)
        if faded is not None:
            surface.blit(faded[0], (faded[1], h - bh))

    def _faded(self, band: pygame.Surface, w: int, alpha: int, edge: float) -> tuple[pygame.Surface, int] | None:
        """The band's fading end, from `edge` over BAND_FADE logical px, and where it begins: in strips ~8
        logical px wide, each at its share of `alpha` (smoothstep down), made into one surface with that
        share multiplied into its alpha, as SDL's blit modulates a surface's alpha (floored: the same pixels
        as each strip blitted at its own alpha, ~60 small blits a frame at 1080p). Kept while the line's
        band, its edge and alpha are."""
        key = (self._band[0] if self._band is not None else band.get_size(), w, alpha, edge)
        if self._fade is not None and self._fade[0] == key:
            return self._fade[1], round(edge)
        fade = BAND_FADE * w / 1920
        n = max(1, math.ceil(fade / max(1.0, 8 * w / 1920)))  # strips ~8 logical px wide
        start, shares = round(edge), []
        for i in range(n):
            x0, x1 = round(edge + fade * i / n), round(edge + fade * (i + 1) / n)
            if x0 >= w:
                break
            u = (i + 0.5) / n
            shares.append((x0 - start, min(x1, w) - start, round(alpha * (1.0 - u * u * (3.0 - 2.0 * u)))))
        if not shares or shares[-1][1] <= 0:
            return None
        part = band.subsurface((start, 0, shares[-1][1], band.get_height())).copy()
        a = pygame.surfarray.pixels_alpha(part)
        for x0, x1, share in shares:
            a[x0:x1] = (a[x0:x1].astype(np.uint16) * share // 255).astype(np.uint8)
        del a
        self._fade = (key, part)
        return part, start

    def lines(self, text: str, scale: float, size: float = 1.0) -> list[str]:
        font = self.fonts.get("serif", NARRATION_SIZE * size, scale)
        key = (text, font.get_height())
        if key not in self._wrapped:
            self._wrapped[key] = wrap_balanced(text, TEXT_W * scale, lambda s: font.size(s)[0])
        return self._wrapped[key]

    def draw(self, surface: pygame.Surface, text: str, visible: int, t: float, complete: bool,
             alpha: float = 1.0, size: float = 1.0, high_contrast: bool = False) -> None:
        """`size` 1 to 2 grows the text, and the band upward with it (the text ends where it
        always does); `high_contrast` puts it on a nearly opaque band, in white."""
        w, h = surface.get_size()
        scale = w / 1920
        lines = self.lines(text, scale, size)
        line_h = LINE_H * size
        # the text ends where it always does: a single line sits on the lower line, so the band
        # over it starts lower and a wide shot keeps the people's feet above the words
        text_y = TEXT_BOTTOM - max(1, len(lines)) * line_h
        top = round((text_y - (BAND_TOP_GAP + 85 * (size - 1.0))) * scale)
        # its shade reaches BAND_PAST logical px past the end of the words and fades out over BAND_FADE
        # more, so what lies beside short words (the pen by the notebook, feet in a wide) stays lit
        font = self.fonts.get("serif", NARRATION_SIZE * size, scale)
        right = TEXT_X * scale + max((font.size(line)[0] for line in lines), default=0)
        edge = None if high_contrast else right + BAND_PAST * scale
        self._blit_band(surface, self._band_surface((w, h), max(0, top), high_contrast), round(255 * alpha), edge)
        shown = split_visible(lines, visible)
        y = text_y * scale
        colour = HIGH_CONTRAST if high_contrast else CREAM
        last_end = (0.0, 0.0)
        # the continue mark's middle: halfway up the lower-case letters (~0.42 em over the baseline)
        mid = self.fonts.get("serif", NARRATION_SIZE * size, scale).get_ascent() - 0.21 * NARRATION_SIZE * size * scale
        for line in shown:
            if not line:
                y += line_h * scale
                continue
            run = self.fonts.text("serif", NARRATION_SIZE * size, scale, line, colour)
            run.set_alpha(round(255 * alpha))  # shared and per-pixel alpha: never set_alpha(None)
            surface.blit(run, (round(TEXT_X * scale), round(y)))
            run.set_alpha(255)
            last_end = (TEXT_X * scale + run.get_width(), y + mid)
            y += line_h * scale
        if complete and alpha >= 1.0:
            draw_continue_mark(surface, last_end[0] + MARK_GAP * scale * size, last_end[1], scale * size, t,
                               high_contrast)


MARK_GAP = 34  # logical px between the line's last glyph and the continue mark
MARK_H = 26  # logical px: the mark's height (about one and a half x-heights of the narration)
MARK_RGB = (226, 188, 120)  # the band's warm gold, a shade under the text's cream
MARK_SS = 4  # supersampling of the mark's drawing
_marks: dict[tuple[int, bool], pygame.Surface] = {}


def continue_mark(height: int, high_contrast: bool = False) -> pygame.Surface:
    """The continue mark `height` px tall: a calligraphic chevron, its lower stroke the broad
    one as a pen's would be, pointing on (it replaced a small dot that read as a stray full stop
    after the line: "windowpane,  ."). Drawn large and scaled down once per size, kept."""
    key = (height, high_contrast)
    mark = _marks.get(key)
    if mark is None:
        if len(_marks) >= 8:  # a few text sizes and windows
            _marks.clear()
        k = height * MARK_SS / 24.0  # the outline below is laid on a 24-unit grid
        w, h = round(18 * k), round(24 * k)
        big = pygame.Surface((w, h), pygame.SRCALPHA)
        big.fill((0, 0, 0, 0))
        outline = [(1.0, 0.5), (4.2, 0.5), (17.0, 12.0), (6.5, 23.5), (1.5, 23.5), (11.0, 12.0)]
        rgb = HIGH_CONTRAST if high_contrast else MARK_RGB
        pygame.draw.polygon(big, (*rgb, 255), [(x * k, y * k) for x, y in outline])
        mark = _marks[key] = pygame.transform.smoothscale(big, (max(1, round(w / MARK_SS)), max(1, height)))
    return mark


def draw_continue_mark(surface: pygame.Surface, x: float, y: float, scale: float, t: float,
                       high_contrast: bool = False) -> None:
    """The line is complete, a click goes on: a chevron at `x` (its left edge), `y` (its middle)
    that breathes, fading a little and nudging on by a few px, once every two seconds."""
    pulse = 0.5 - 0.5 * math.cos(t * math.pi)  # 0 .. 1 .. 0 over 2 s
    mark = continue_mark(max(6, round(MARK_H * scale)), high_contrast)
    mark.set_alpha(round(255 * (0.62 + 0.38 * pulse)))
    surface.blit(mark, (round(x + 5 * scale * pulse), round(y - mark.get_height() / 2)))
    mark.set_alpha(255)


def draw_text_centered(surface: pygame.Surface, fonts: Fonts, role: str, size: float, text: str,
                       cy: float, colour: tuple[int, int, int], alpha: float = 1.0) -> None:
    w = surface.get_width()
    scale = w / 1920
    run = fonts.text(role, size, scale, text, colour)
    run.set_alpha(round(255 * max(0.0, min(1.0, alpha))))
    surface.blit(run, (round((w - run.get_width()) / 2), round(cy * scale - run.get_height() / 2)))
    run.set_alpha(255)  # the run is shared; set_alpha(None) would drop its per-pixel alpha


class Veil:
    """A translucent dark layer over the room: the canvas dimmed in place (a multiply, then the
    veil's colour added), so no full-screen surface of its own is kept (8 MB at 1080p each)."""

    def __init__(self, colour: tuple[int, int, int] = (4, 2, 3)) -> None:
        self.colour = colour

    def draw(self, surface: pygame.Surface, alpha: int) -> None:
        a = max(0, min(255, alpha))
        if a <= 0:
            return
        k = 255 - a
        surface.fill((k, k, k), special_flags=pygame.BLEND_RGB_MULT)
        add = tuple(round(c * a / 255) for c in self.colour)
        if any(add):
            surface.fill(add, special_flags=pygame.BLEND_RGB_ADD)


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
        import numpy as np

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



def _box(cx: float, cy: float, r: float, w: int, h: int) -> tuple[int, int, int, int]:
    """Columns and rows (x0, x1, y0, y1) of a (w, h) canvas within `r` of (cx, cy), clipped (maybe empty)."""
    return (min(w, max(0, math.floor(cx - r))), min(w, max(0, math.ceil(cx + r) + 1)),
            min(h, max(0, math.floor(cy - r))), min(h, max(0, math.ceil(cy + r) + 1)))


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

    def _fields(self, w: int, h: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The darkness (0..1) at full strength, how warm the veil is (0..1) and how strongly the
        candlelight tints the frame (0..1), all (w, h) like surfarray: each flame thins the darkness
        round it and tints what darkness is left toward candlelight, so a flame's bloom falls off orange
        into the brown dark instead of showing the lit stone's yellow (review12 D8), and turns the bloom
        itself amber (review13 D8)."""
        import numpy as np

        scale = w / 1920
        cx, cy = self.centre[0] * scale, self.centre[1] * scale
        xs = np.arange(w, dtype=np.float64)
        ys = np.arange(h, dtype=np.float64)
        x = (xs - cx) / (1100.0 * scale)
        y = (ys - cy) / (800.0 * scale)
        r = np.sqrt(x[:, None] ** 2 + y[None, :] ** 2)
        dark = np.clip((r - 0.18) / 0.9, 0.0, 1.0)
        warm = np.zeros_like(dark)
        glow = np.zeros_like(dark)
        for lx, ly, lr in self.lights:  # each worked out in the box it can show in (HOLE_BOX, WARM_BOX)
            cx, cy = lx * scale, ly * scale
            xa, xb, ya, yb = _box(cx, cy, self.HOLE_BOX * lr * scale, w, h)
            gx = np.exp(-(((xs[xa:xb] - cx) / (lr * scale)) ** 2))
            gy = np.exp(-(((ys[ya:yb] - cy) / (lr * scale)) ** 2))
            dark[xa:xb, ya:yb] *= 1.0 - self.LIGHT_KEEP * gx[:, None] * gy[None, :]
            reach = lr * scale * self.WARM_REACH
            xa, xb, ya, yb = _box(cx, cy, self.WARM_BOX * reach, w, h)
            wx = np.exp(-(((xs[xa:xb] - cx) / reach) ** 2))
            wy = np.exp(-(((ys[ya:yb] - cy) / reach) ** 2))
            np.maximum(warm[xa:xb, ya:yb], wx[:, None] * wy[None, :], out=warm[xa:xb, ya:yb])
            self._glow_into(glow, (cx, cy, lr * scale), scale)
        return dark, warm, glow

    @classmethod
    def _glow_into(cls, glow: np.ndarray, light: tuple[float, float, float], scale: float) -> None:
        """One flame's candlelight (0..1; the light's x, y and hole radius in canvas px) kept in `glow`
        where it is the stronger: full out to GLOW_FULL, easing to nothing at GLOW_GONE, with a soft hole
        over the flame (its white heart). Worked out only in the box it reaches."""
        import numpy as np

        lx, ly, lr = light
        x0, x1, y0, y1 = _box(lx, ly, cls.GLOW_GONE * scale, *glow.shape)
        if x0 >= x1 or y0 >= y1:
            return
        dx = np.arange(x0, x1, dtype=np.float64)[:, None] - lx
        dy = np.arange(y0, y1, dtype=np.float64)[None, :] - ly
        u = np.clip((np.sqrt(dx ** 2 + dy ** 2) / scale - cls.GLOW_FULL) / (cls.GLOW_GONE - cls.GLOW_FULL), 0.0, 1.0)
        kx, ky = cls.GLOW_CORE
        core = np.exp(-(dx / (kx * lr)) ** 2 - ((dy + cls.GLOW_CORE_UP * lr) / (ky * lr)) ** 2)
        box = glow[x0:x1, y0:y1]
        np.maximum(box, (1.0 - u * u * (3.0 - 2.0 * u)) * (1.0 - core), out=box)

    def draw(self, surface: pygame.Surface, alpha: int) -> None:
        w, h = surface.get_size()
        if self._surface is None or self._surface.get_size() != (w, h):
            self._surface = self._veil(w, h)
        self._surface.set_alpha(alpha)
        surface.blit(self._surface, (0, 0))
        wax = self._wax_before(surface)
        for at, tile in self._tiles:
            surface.blit(tile, at, special_flags=pygame.BLEND_RGB_MULT)
        self._wax_after(surface, wax)

    def _wax_before(self, surface: pygame.Surface) -> list[tuple[pygame.Rect, np.ndarray, np.ndarray]]:
        """Each spared box (canvas px), the colour its pixels will show and how much each is wax or
        flame (0..1), read before the candlelight's cut."""
        import numpy as np

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
        import numpy as np

        frame = pygame.surfarray.pixels3d(surface)
        for rect, colour, w in wax:
            px = frame[rect.left:rect.right, rect.top:rect.bottom]
            px[...] = np.rint(px + (colour - px) * w).astype(np.uint8)
        del frame

    def _veil(self, w: int, h: int) -> pygame.Surface:
        """The veil surface (the dark, its colour warmed round the flames); keeps the candlelight as
        multiply tiles where it is not nothing."""
        import numpy as np

        dark, warm, glow = self._fields(w, h)
        veil = pygame.Surface((w, h), pygame.SRCALPHA)
        veil.fill((*self.colour, 255))
        if self.lights:  # (only where some flame warms it: elsewhere `warm` is 0, the colour filled)
            xs, ys = np.nonzero(warm.any(axis=1))[0], np.nonzero(warm.any(axis=0))[0]
            on = (slice(xs[0], xs[-1] + 1), slice(ys[0], ys[-1] + 1)) if len(xs) else (slice(0, 0), slice(0, 0))
            rgb = pygame.surfarray.pixels3d(veil)
            for i, (c0, c1) in enumerate(zip(self.colour, self.WARM, strict=True)):
                rgb[(*on, i)] = np.rint(c0 + (c1 - c0) * warm[on]).astype(np.uint8)
            del rgb
        a = pygame.surfarray.pixels_alpha(veil)
        a[...] = np.rint(255.0 * dark).astype(np.uint8)
        del a
        t = self.TILE
        self._tiles = []
        for x in range(0, w, t):
            for y in range(0, h, t):
                g = glow[x:x + t, y:y + t]
                if g.max() > 0.002:
                    tint = np.stack([np.rint(255.0 * (1.0 - (1.0 - keep) * g)) for keep in self.GLOW_KEEP], axis=-1)
                    self._tiles.append(((x, y), pygame.surfarray.make_surface(tint.astype(np.uint8))))
        return veil


CONTINUE_Y = 730
ANEW_Y = 800
