"""The notebook moving: a leaf turning about the spine (page turn, closing, opening).

A page turn and the closing of the cover are the same motion: a rectangle hinged at the
spine rotates through 180 degrees. Seen from above it narrows to the spine showing its
front, then widens on the other side showing its back. Drawn as a pure function of the
angle with a horizontal scale and a shade that darkens as the leaf stands up; a soft
shadow falls on the page beneath. Only runs for the second or so of the motion, so it may
cost a few milliseconds a frame.
"""

from __future__ import annotations

import math

import pygame

from game.easing import smoothstep as ease


def draw_leaf(dst: pygame.Surface, front: pygame.Surface, back: pygame.Surface, spine_x: int, top: int, theta: float) -> None:
    """A leaf hinged at `spine_x`, lying to the right at theta=0 and to the left at theta=pi.

    `front` is the leaf as it lies on the right (its left edge at the spine); `back` is
    the other face as it lies on the left once turned (its right edge at the spine).
    """
    c = math.cos(theta)
    lift = math.sin(theta)
    src = front if c >= 0 else back
    w = max(1, round(src.get_width() * abs(c)))
    grow = 1.0 + 0.05 * lift  # the standing leaf is nearer the eye
    h = max(1, round(src.get_height() * grow))
    img = pygame.transform.smoothscale(src, (w, h))
    shade = round(255 * (1.0 - 0.2 * lift))
    img.fill((shade, shade, shade), special_flags=pygame.BLEND_RGB_MULT)
    y = top - (h - src.get_height()) // 2
    # the shadow the leaf throws onto the page under it (toward the light's far side)
    sw = round(src.get_width() * 0.12 * lift)
    if sw > 0:
        sh = pygame.Surface((sw, src.get_height()), pygame.SRCALPHA)
        for i in range(sw):
            a = round(90 * lift * (1 - i / sw) ** 2)
            pygame.draw.line(sh, (0, 0, 0, a), (i, 0), (i, src.get_height()))
        if c >= 0:
            dst.blit(sh, (spine_x + w, top))
        else:
            dst.blit(pygame.transform.flip(sh, True, False), (spine_x - w - sw, top))
    dst.blit(img, (spine_x if c >= 0 else spine_x - w, y))


def draw_cover_motion(dst: pygame.Surface, x0: int, y0: int, page: pygame.Surface, leather: pygame.Surface, spine: int, secs: float, fold_t: float, total: float) -> None:
    """Closing at `secs` into the motion: the right half folds over the left, then the
    closed book fades and sinks. Opening is the same played backwards. `leather` is the
    closed book (panel-sized); its left half is the cover's outside as it lands."""
    w, h = page.get_size()
    if secs < fold_t:
        back = leather.subsurface(pygame.Rect(0, 0, spine, h))
        dst.blit(page, (x0, y0), pygame.Rect(0, 0, spine, h))
        front = page.subsurface(pygame.Rect(spine, 0, w - spine, h))
        draw_leaf(dst, front, back, x0 + spine, y0, math.pi * ease(secs / fold_t))
        return
    fade = ease((secs - fold_t) / (total - fold_t))
    img = leather.copy()
    img.set_alpha(round(255 * (1 - fade)))
    dst.blit(img, (x0, y0 + round(h * 0.05 * fade)))


def draw_turn(dst: pygame.Surface, x0: int, y0: int, old: pygame.Surface, paper: pygame.Surface, left: pygame.Rect, right: pygame.Rect, spine: int, u: float) -> None:
    """A page turning at `u` 0..1: the old right page lifts and lands on the old left page,
    showing its blank back; the fresh spread (already drawn) shows beneath. Rects in px."""
    dst.blit(old, (x0 + left.x, y0 + left.y), left)
    front = old.subsurface(pygame.Rect(spine, right.y, right.right - spine, right.h))
    back = paper.subsurface(pygame.Rect(left.x, left.y, spine - left.x, left.h))
    draw_leaf(dst, front, back, x0 + spine, y0 + right.y, math.pi * ease(u))

