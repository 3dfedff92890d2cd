"""The narration band and other small pieces of screen furniture.

Drawn in logical 1920x1080 units scaled to the canvas, at the canvas's real size. The
band is a soft gradient (no hard-edged box over a painting); text is wrapped once per
line at its full length so typing never reflows, into lines of even widths (no word left
alone on the second line); the rendered glyph runs are cached,
so a frame re-renders at most the one line being typed.
"""

from __future__ import annotations

import math

import numpy as np
import pygame

from game.text.fonts import Fonts
from game.text.layout import split_visible, wrap_balanced

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


CONTINUE_Y = 730
ANEW_Y = 800
