"""The writer's hand over the page: sleeve, cuff, hand and the one pen that writes.

Seen from above, a right hand holds the pen between thumb and index finger, the back of
the hand and its knuckles to the right of the barrel, the forearm coming in from the
lower right. Everything is painted once per (pixel scale, skin, sleeve, cuff) in the
pen's own frame (the tip at the origin, the barrel along +x), supersampled, then turned
to the angle the pen is held at; a frame costs two blits (a soft shadow that slides
away as the pen lifts, then the hand). The shapes are plain data below so the picture
can be mended without touching the code that places it.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass

import numpy as np
import pygame

from game.pen.sprite import paint_pen

RGB = tuple[int, int, int]
Pt = tuple[float, float]
ANGLE = 40.0  # degrees: the pen's direction from tip to cap, as game.pen.sprite holds it
SS = 2  # supersampling
G = 1.7  # the hand's shapes below are drawn this much larger: a hand is longer than its pen
BOX = (-14.0, -135.0, 960.0, 320.0)  # the painting's extent in pen coordinates: u0, v0, u1, v1
ARM_LEN = 420.0
ARM_DIR = math.radians(23.0)  # the forearm's direction, relative to the barrel
WRIST = (160.0, -30.0)
WRIST_HALF, ELBOW_HALF = 27.0, 42.0
CUFF_AT, CUFF_LEN = 20.0, 20.0  # from the wrist along the arm
# the fingers under the hand (middle, ring, little), then the hand's back, then on top of
# the barrel the index finger and the thumb: polylines with their widths (logical px)
CURLED = (((84.0, -30.0), (62.0, -30.0), (52.0, -22.0), 15.0),
          ((100.0, -50.0), (80.0, -54.0), (70.0, -44.0), 13.0))
BACK = ((70.0, -12.0), (76.0, -32.0), (90.0, -54.0), (108.0, -70.0), (135.0, -72.0),
        (171.0, -55.0), (150.0, -5.0), (125.0, -2.0), (96.0, -2.0))  # meets the wrist's edges
INDEX = (((74.0, -12.0), (54.0, -13.0), (36.0, -8.0), (19.0, -2.6)), 15.0)
THUMB = (((128.0, 10.0), (78.0, 19.0), (30.0, 8.0)), 17.0)


def _shade(c: RGB, k: float) -> tuple[int, int, int, int]:
    return (min(255, round(c[0] * k)), min(255, round(c[1] * k)), min(255, round(c[2] * k)), 255)


@dataclass(frozen=True)
class Look:
    """Whose hand: skin, sleeve (None: a bare forearm) and shirt cuff (None: none)."""

    skin: RGB
    sleeve: RGB | None = None
    cuff: RGB | None = None
    left: bool = False  # the writer sits to the left of the book: the hand comes in from the left
    size: float = 1.0  # the hand and arm against the pen (hers smaller and slimmer than his)


class _Painter:
    """Draws polygons and thick polylines given in pen coordinates onto the supersampled canvas."""

    def __init__(self, scale: float, g: float = G) -> None:
        self.k = scale * SS
        self.g = g  # how much larger than the pen's own units the hand is drawn
        u0, v0, u1, v1 = BOX
        self.surf = pygame.Surface((round((u1 - u0) * self.k), round((v1 - v0) * self.k)), pygame.SRCALPHA)

    def p(self, pt: Pt, g: float | None = None) -> tuple[int, int]:
        """A hand point (scaled by the hand's size about the nib) in canvas pixels."""
        g = self.g if g is None else g
        return (round((pt[0] * g - BOX[0]) * self.k), round((pt[1] * g - BOX[1]) * self.k))

    def poly(self, pts: list[Pt] | tuple[Pt, ...], fill: tuple[int, int, int, int], edge: tuple[int, int, int, int]) -> None:
        ps = [self.p(q) for q in pts]
        pygame.draw.polygon(self.surf, fill, ps)
        pygame.draw.polygon(self.surf, edge, ps, max(1, round(1.3 * self.k)))

    def limb(self, pts: tuple[Pt, ...], width: float, fill: tuple[int, int, int, int], edge: tuple[int, int, int, int],
             nail: tuple[int, int, int, int] | None = None) -> None:
        """A finger: a rounded thick polyline with an outline, a lit ridge along its upper
        side (volume), two creases at each inner joint, and an almond nail at its tip."""
        r = width / 2 * self.k * self.g
        line = max(1, round(1.3 * self.k))
        for pass_r, col in ((r + line, edge), (r, fill)):
            for a, b in itertools.pairwise(pts):
                pygame.draw.line(self.surf, col, self.p(a), self.p(b), max(1, round(2 * pass_r)))
            for q in pts:
                pygame.draw.circle(self.surf, col, self.p(q), round(pass_r))
        lit = _shade((fill[0], fill[1], fill[2]), 1.1)
        up = [(x, y - width * 0.2) for x, y in pts]  # the ridge toward the candle (upper side)
        for a, b in itertools.pairwise(up):
            pygame.draw.line(self.surf, lit, self.p(a), self.p(b), max(1, round(r * 0.55)))
        crease = _shade((edge[0], edge[1], edge[2]), 1.15)
        for i in range(1, len(pts) - 1):  # the knuckle creases across the finger
            (ax, ay), (bx, by), (cx, cy) = pts[i - 1], pts[i], pts[i + 1]
            dx, dy = cx - ax, cy - ay
            d = math.hypot(dx, dy) or 1.0
            ux, uy, nx, ny = dx / d, dy / d, -dy / d, dx / d
            for off in (-0.12, 0.12):
                mx, my = bx + ux * width * off, by + uy * width * off
                a = (mx + nx * width * 0.36, my + ny * width * 0.36)
                b = (mx - nx * width * 0.36, my - ny * width * 0.36)
                pygame.draw.line(self.surf, crease, self.p(a), self.p(b), max(1, round(0.7 * self.k)))
        if nail is not None:
            (ax, ay), (bx, by) = pts[-2], pts[-1]
            d = math.hypot(bx - ax, by - ay) or 1.0
            ux, uy, nx, ny = (bx - ax) / d, (by - ay) / d, -(by - ay) / d, (bx - ax) / d
            c = (bx - ux * width * 0.08, by - uy * width * 0.08)
            ln, hw = width * 0.42, width * 0.27
            almond = [(c[0] + ux * ln * math.cos(t) + nx * hw * math.sin(t), c[1] + uy * ln * math.cos(t) + ny * hw * math.sin(t))
                      for t in (i * math.pi / 8 for i in range(16))]
            self.poly(almond, nail, _shade((edge[0], edge[1], edge[2]), 1.1))
            shine = (c[0] - nx * hw * 0.35 + ux * ln * 0.1, c[1] - ny * hw * 0.35 + uy * ln * 0.1)
            pygame.draw.circle(self.surf, (255, 246, 236, 200), self.p(shine), max(1, round(width * 0.07 * self.k * self.g)))


def _arm(look: Look, p: _Painter) -> None:
    """The forearm from the wrist to beyond the painting: sleeve, cuff, or bare skin."""
    ax, ay = math.cos(ARM_DIR), math.sin(ARM_DIR)
    nx, ny = -ay, ax

    def band(s0: float, s1: float) -> list[Pt]:
        def at(s: float, side: float) -> Pt:
            half = WRIST_HALF + (ELBOW_HALF - WRIST_HALF) * min(1.0, max(0.0, s / ARM_LEN))
            return (WRIST[0] + ax * s + nx * half * side, WRIST[1] + ay * s + ny * half * side)
        return [at(s0, -1), at(s1, -1), at(s1, 1), at(s0, 1)]

    skin = look.skin
    p.poly(band(-30, ARM_LEN), _shade(skin, 0.95), _shade(skin, 0.55))
    start = ARM_LEN * 0.78  # no shirt cuff: her short puff sleeve, the forearm bare (as in the room)
    if look.cuff is not None:
        p.poly(band(CUFF_AT, CUFF_AT + CUFF_LEN + 14), _shade(look.cuff, 1.0), _shade(look.cuff, 0.6))
        start = CUFF_AT + CUFF_LEN
    if look.sleeve is not None:
        p.poly(band(start, ARM_LEN), _shade(look.sleeve, 1.0), _shade(look.sleeve, 0.55))
        shade = [band(start, ARM_LEN)[k] for k in (2, 3)]  # the side away from the candles
        mid = [((a[0] + b[0]) / 2, (a[1] + b[1]) / 2) for a, b in zip(band(start, ARM_LEN)[:2][::-1], shade, strict=False)]
        p.poly(shade + mid[::-1], _shade(look.sleeve, 0.78), _shade(look.sleeve, 0.78))
        s = start + 4  # a fold of the sleeve's edge, catching the candlelight
        pygame.draw.line(p.surf, _shade(look.sleeve, 1.45), p.p(band(s, s)[0]), p.p(band(s, s)[3]), max(1, round(1.5 * p.k)))


def _light(surf: pygame.Surface) -> None:
    """Candlelight from the upper left: the side of hand and arm toward it brighter, the far
    side and the forearm going away from the page darker (a multiply, alpha kept)."""
    w, h = surf.get_size()
    xs = np.linspace(0.0, 1.0, w, dtype=np.float32)[:, None]
    ys = np.linspace(0.0, 1.0, h, dtype=np.float32)[None, :]
    k = np.clip(1.12 - 0.9 * ys - 0.2 * xs, 0.55, 1.08)
    rgb = pygame.surfarray.pixels3d(surf)
    rgb[...] = np.minimum(rgb.astype(np.float32) * k[..., None], 255).astype(np.uint8)
    del rgb


def _round(surf: pygame.Surface, scale: float) -> None:
    """Volume instead of a cut-out: each form darkens toward its silhouette (the blurred
    coverage as a cheap ambient occlusion), so fingers, hand and sleeve read as round."""
    w, h = surf.get_size()
    a = pygame.surfarray.array_alpha(surf)
    cover = pygame.Surface((w, h))
    pygame.surfarray.blit_array(cover, np.repeat(a[..., None], 3, 2))
    k = max(2, round(9 * scale * SS))
    small = pygame.transform.smoothscale(cover, (max(1, w // k), max(1, h // k)))
    soft = pygame.surfarray.array3d(pygame.transform.smoothscale(small, (w, h)))[..., 0].astype(np.float32) / 255
    f = 0.6 + 0.46 * np.clip((soft - 0.3) / 0.6, 0, 1) ** 0.8
    rgb = pygame.surfarray.pixels3d(surf)
    rgb[...] = np.minimum(rgb.astype(np.float32) * f[..., None], 255).astype(np.uint8)
    del rgb


def paint_writer(scale: float, look: Look) -> tuple[pygame.Surface, pygame.Surface, Pt]:
    """(hand, shadow, tip): the hand with its pen and its soft shadow, turned to ANGLE;
    `tip` is where the nib's point is inside both images."""
    p = _Painter(scale, G * look.size)
    skin = look.skin
    fill, edge, under = _shade(skin, 1.0), _shade(skin, 0.66), _shade(skin, 0.86)
    nail = _shade(skin, 1.12)
    _arm(look, p)
    for a, b, c, w in CURLED:
        p.limb((a, b, c), w, under, edge)
    p.poly(BACK, fill, edge)
    for k_u, k_v in ((76.0, -30.0), (90.0, -52.0), (108.0, -68.0)):  # knuckles, a touch of light
        pygame.draw.circle(p.surf, _shade(skin, 1.04), p.p((k_u + 7, k_v + 4)), round(4.5 * p.k * p.g))
        pygame.draw.circle(p.surf, _shade(skin, 1.08), p.p((k_u + 6, k_v + 3)), round(2.2 * p.k * p.g))
        # the tendon from the knuckle back toward the wrist
        pygame.draw.line(p.surf, _shade(skin, 1.03), p.p((k_u + 12, k_v + 6)), p.p((150.0, -24.0 + k_v * 0.2)),
                         max(1, round(2.2 * p.k)))
    pygame.draw.line(p.surf, _shade(skin, 0.86), p.p((100.0, -8.0)), p.p((150.0, -10.0)), max(1, round(1.6 * p.k)))
    pen, tip, _ = paint_pen(scale * SS, 0.0)
    p.surf.blit(pen, (round(-BOX[0] * p.k - tip[0]), round(-BOX[1] * p.k - tip[1])))  # unscaled: tip at 0, 0
    p.limb(THUMB[0], THUMB[1], fill, edge, nail)
    p.limb(INDEX[0], INDEX[1], fill, edge, nail)
    w, h = p.surf.get_size()
    _round(p.surf, scale)
    _light(p.surf)
    img = pygame.transform.smoothscale(p.surf, (max(1, w // SS), max(1, h // SS)))
    shadow = img.copy()
    shadow.fill((10, 6, 4, 255), special_flags=pygame.BLEND_RGBA_MIN)  # alpha kept (a 0 here erased the shadow)
    alpha = pygame.surfarray.pixels_alpha(shadow)
    alpha[...] = (alpha.astype(np.float32) * 0.62).astype(np.uint8)
    del alpha
    small = (max(1, shadow.get_width() // 14), max(1, shadow.get_height() // 14))
    shadow = pygame.transform.smoothscale(pygame.transform.smoothscale(shadow, small), shadow.get_size())
    shadow = pygame.transform.gaussian_blur(shadow, max(1, round(5 * scale)))  # soft: the hand is above the page
    rot, rot_sh = pygame.transform.rotate(img, -ANGLE), pygame.transform.rotate(shadow, -ANGLE)
    # where did the tip (pen coordinates 0, 0) go? about the image centre, turned by ANGLE
    tx, ty = -BOX[0] * scale - img.get_width() / 2, -BOX[1] * scale - img.get_height() / 2
    ar = math.radians(ANGLE)
    rx, ry = tx * math.cos(ar) - ty * math.sin(ar), tx * math.sin(ar) + ty * math.cos(ar)
    return rot, rot_sh, (rot.get_width() / 2 + rx, rot.get_height() / 2 + ry)


class WriterHand:
    """The hand at one pixel scale and look: `draw` puts the nib at (x, y), lifted 0..1."""

    def __init__(self, scale: float, look: Look) -> None:
        self.scale = scale
        self.image, self.shadow, self.tip = paint_writer(scale, look)
        if look.left:  # mirrored: the arm from the lower left (the shadow still falls right, in draw)
            self.image = pygame.transform.flip(self.image, True, False)
            self.shadow = pygame.transform.flip(self.shadow, True, False)
            self.tip = (self.image.get_width() - self.tip[0], self.tip[1])
        if pygame.display.get_surface() is not None:  # the display's pixel format blits faster
            self.image, self.shadow = self.image.convert_alpha(), self.shadow.convert_alpha()

    def draw(self, dst: pygame.Surface, x: float, y: float, lift: float) -> None:
        lift = min(1.0, max(0.0, lift))
        s = self.scale
        rise = lift * 7 * s  # the hand rises a little; its shadow slides away
        off = (10 + lift * 20) * s  # the candle is off to the upper left: the shadow falls down-right
        dst.blit(self.shadow, (round(x - self.tip[0] + off), round(y - self.tip[1] + 0.8 * off)))
        dst.blit(self.image, (round(x - self.tip[0]), round(y - self.tip[1] - rise)))
