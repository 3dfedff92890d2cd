"""What the player sees besides the ink: the pen itself and the typeset transcription.

The pen is painted once per pixel scale (supersampled polygons, rotated to the angle a
right hand holds it) and then only blitted: its shadow separates from it as it lifts,
which is how a viewer from above reads "pen up". The transcription is a small band of
clean type under the handwriting, rendered once per line. Draws onto given surfaces.
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pygame


def paint_pen(scale: float, angle_deg: float = 40.0) -> tuple[pygame.Surface, tuple[float, float], pygame.Surface]:
    """A black fountain pen with a gold nib, tip first; returns (image, tip offset, shadow).

    The tip offset is where the nib's point is inside the image, so the pen is drawn with
    the point exactly on the ink. `angle_deg` is the direction from tip to cap end.
    """
    ss = 3
    k = scale * ss
    length, width = 230.0, 13.0
    w, h = round((length + 10) * k), round((width + 10) * k)
    img = pygame.Surface((w, h), pygame.SRCALPHA)
    cy = h / 2

    def poly(pts: list[tuple[float, float]], col: tuple[int, int, int, int]) -> None:
        pygame.draw.polygon(img, col, [(round((5 + u) * k), round(cy + v * k)) for u, v in pts])

    # barrel (black lacquer), with a warm highlight along the top from the candles
    poly([(56, -6.5), (length - 6, -6.5), (length, -4), (length, 4), (length - 6, 6.5), (56, 6.5)], (22, 18, 20, 255))
    poly([(58, -4.8), (length - 8, -4.8), (length - 8, -2.6), (58, -2.6)], (92, 70, 56, 255))
    poly([(60, -4.2), (length - 12, -4.2), (length - 12, -3.5), (60, -3.5)], (200, 160, 110, 200))
    # gold bands and the clip
    poly([(52, -6.8), (57, -6.8), (57, 6.8), (52, 6.8)], (196, 150, 70, 255))
    poly([(150, -6.9), (154, -6.9), (154, 6.9), (150, 6.9)], (196, 150, 70, 255))
    poly([(154, -1.6), (length - 10, -1.6), (length - 8, 0), (length - 10, 1.6), (154, 1.6)], (176, 132, 60, 255))
    poly([(156, -0.6), (length - 12, -0.6), (length - 12, 0.0), (156, 0.0)], (240, 210, 140, 255))
    # grip section, then the nib: a pointed gold blade with a slit
    poly([(22, -4.6), (52, -5.8), (52, 5.8), (22, 4.6)], (30, 26, 28, 255))
    poly([(0, 0), (8, -2.2), (22, -4.8), (24, 0), (22, 4.8), (8, 2.2)], (214, 172, 92, 255))
    poly([(3, -0.4), (9, -2.0), (20, -3.6), (20, -2.2), (9, -0.6)], (250, 226, 160, 255))
    pygame.draw.line(img, (90, 62, 30, 255), (round(5 * k), round(cy)), (round(20 * k), round(cy)), max(1, round(0.5 * k)))
    pygame.draw.circle(img, (70, 48, 26, 255), (round(20 * k), round(cy)), max(1, round(1.1 * k)))
    img = pygame.transform.smoothscale(img, (max(1, round(w / ss)), max(1, round(h / ss))))
    shadow = img.copy()
    shadow.fill((0, 0, 0, 0), special_flags=pygame.BLEND_RGBA_MULT)
    a = pygame.surfarray.pixels_alpha(img).astype(float)
    sa = pygame.surfarray.pixels_alpha(shadow)
    sa[...] = (a * 0.45).astype(np.uint8)
    del sa
    shadow = pygame.transform.smoothscale(pygame.transform.smoothscale(shadow, (max(1, shadow.get_width() // 4), max(1, shadow.get_height() // 4))), shadow.get_size())
    rot_img = pygame.transform.rotozoom(img, -angle_deg, 1.0)
    rot_sh = pygame.transform.rotozoom(shadow, -angle_deg, 1.0)
    # where did the tip (5, cy) go? rotate about the image centre
    tx, ty = 5 * scale - img.get_width() / 2, 0.0
    a_r = math.radians(angle_deg)
    rx = tx * math.cos(a_r) - ty * math.sin(a_r)
    ry = tx * math.sin(a_r) + ty * math.cos(a_r)
    tip = (rot_img.get_width() / 2 + rx, rot_img.get_height() / 2 + ry)
    return rot_img, tip, rot_sh


class PenSprite:
    """The pen at one pixel scale: blit it with its point at (x, y), lifted by `lift` 0..1.

    Pen and shadow are pre-composed for LEVELS lift heights, so a frame costs one blit.
    """

    LEVELS = 16

    def __init__(self, scale: float) -> None:
        self.scale = scale
        image, self.tip, shadow = paint_pen(scale)
        self._levels: list[tuple[pygame.Surface, float]] = []
        iw, ih = image.get_size()
        for k in range(self.LEVELS):
            lift = k / (self.LEVELS - 1)
            rise = lift * 9 * scale  # the pen rises off the page; its shadow slides away
            off = (3 + lift * 16) * scale
            w, h = round(max(iw, off + iw)) + 1, round(max(ih, 0.8 * off + ih + rise)) + 1
            both = pygame.Surface((w, h), pygame.SRCALPHA)
            both.blit(shadow, (round(off), round(0.8 * off + rise)))
            both.blit(image, (0, 0))
            if pygame.display.get_surface() is not None:  # the display's format blits faster
                both = both.convert_alpha()
            self._levels.append((both, rise))

    def draw(self, dst: pygame.Surface, x: float, y: float, lift: float) -> None:
        img, rise = self._levels[round(min(1.0, max(0.0, lift)) * (self.LEVELS - 1))]
        dst.blit(img, (round(x - self.tip[0]), round(y - self.tip[1] - rise)))


class Transcript:
    """A band of clean type with the line's text, for players who find script hard to read."""

    def __init__(self, font_path: Path | None) -> None:
        self.font_path = font_path
        self._cache: tuple[str, float, pygame.Surface] | None = None

    def draw(self, dst: pygame.Surface, rect: pygame.Rect, text: str, scale: float) -> None:
        if self._cache is None or self._cache[0] != text or self._cache[1] != scale:
            if not pygame.font.get_init():
                pygame.font.init()
            size = max(8, round(24 * scale))
            try:
                font = pygame.font.Font(self.font_path, size)
            except OSError:  # degrade gracefully: the default font still reads
                font = pygame.font.Font(None, size)
            img = font.render(text, True, (244, 234, 214))
            band = pygame.Surface((img.get_width() + round(40 * scale), img.get_height() + round(12 * scale)), pygame.SRCALPHA)
            pygame.draw.rect(band, (20, 12, 10, 190), band.get_rect(), border_radius=round(8 * scale))
            band.blit(img, (round(20 * scale), round(6 * scale)))
            self._cache = (text, scale, band)
        band = self._cache[2]
        dst.blit(band, band.get_rect(midbottom=(rect.centerx, rect.bottom - round(2 * scale))))
