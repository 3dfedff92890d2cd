"""A large figure part drawn through a clip: only the piece of it the shot shows is turned (`clipped`).
Moved out of game/art/figure_raster.py unchanged (it was over the house's 500 lines); `PartRasters.clipped`
calls it as before (BIG_PART and PARTIAL_SHARE are read here), and figure_raster names `Raster` as before.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import pygame

from game.art.part_pixels import area_of, lit, piece_of, turned_size, with_rim
from game.art.rig import rotate
from game.art.zoom_levels import level_zoom
from game.view import View

if TYPE_CHECKING:
    from game.art.figure_raster import Drawn, PartRasters

NO_RIM = frozenset({"brows", "eyes", "mouth", "tears", "lips"})  # inside the face: no rim of their own
# px beyond the canvas the window's cold rim measures the figures' parts (game.fx.figure_light.RIM_PAD:
# a test holds them equal): a whole turn lying further out is turned for neither the art nor the rim
RIM_REACH = 20
BIG_PART = 300_000  # screen px: a turned part this large is turned only where the shot shows it...
PARTIAL_SHARE = 0.6  # ...if the shot shows less than this share of it


class Raster(pygame.Surface):
    """A part's zoom raster as kept (`PartRasters.base`): its drawing's box, not a crop as wide on
    both sides; `at` is its top-left in the whole raster (`PartRasters.sym` makes the crop a turn needs)."""

    at: tuple[int, int] = (0, 0)


def _at(surf: pygame.Surface) -> tuple[int, int]:
    """Where a raster as kept lies in its whole (`Raster.at`; a plain surface: the whole)."""
    return surf.at if isinstance(surf, Raster) else (0, 0)


def _rim_shift(rasters: PartRasters, d: Drawn, scale: float) -> tuple[int, int]:
    """The px an art turn of `d` at `scale` has its warm rim shifted by (`with_rim`; none inside the face)."""
    rim = rasters.specs[d.char].rim
    return (round(rim[0] * scale), round(rim[1] * scale)) if rim != (0.0, 0.0) and d.part not in NO_RIM else (0, 0)


def whole_rect(rasters: PartRasters, view: View, d: Drawn) -> pygame.Rect:
    """The screen rect of part `d`'s whole turn (`PartRasters.shown`'s third), found from its
    geometry alone, without turning it or loading its raster: the whole raster's size (squashed
    as `_image` squashes it), turned as rotozoom sizes it (`turned_size`; at an angle of 0 a plain
    zoom, truncated), its rim's strip, placed by `_top_left`. The rim's measure (game/fx/rim_art.py)
    turns only the parts whose rect meets the canvas: at line 17's push (4.32x) ten of her 22 parts
    lay wholly off it, each turned whole for the rim's two poses (9.3 MiB of the turns held at the
    1080p kiosk's peak, 28.4)."""
    ang = round(d.placed.angle * 4.0) / 4.0
    level, zoom = level_zoom(view.scale)
    w, h = rasters.whole(d.char, d.part, level)
    size = (max(1, round(w * d.squash)), h) if d.squash < 0.995 else (w, h)
    if abs(ang) <= 0.001:  # (rotozoom's plain zoom: its size truncated, not `turned_size`'s)
        turned = (max(1, int(size[0] * zoom)), max(1, int(size[1] * zoom)))
    else:
        turned = turned_size(size, -ang, zoom)
    shift = _rim_shift(rasters, d, view.scale)
    ox, oy = rasters._top_left(d, view.scale, zoom, ang, size, turned, shift)
    sx, sy = view.pt(d.placed.x, d.placed.y)
    return pygame.Rect(round(sx + ox), round(sy + oy), turned[0] + abs(shift[0]), turned[1] + abs(shift[1]))


def clipped(rasters: PartRasters, view: View, d: Drawn, clip: pygame.Rect) -> tuple[pygame.Surface, tuple[int, int]] | None:
    """Like `at(view, d, "art")`, but a large part mostly outside `clip` has only the
    piece of it that `clip` shows turned (a 4x close-up shows a sliver of his torso:
    turning all of it costs ~25 ms). None if nothing of it shows. The piece's cut edges
    lie outside `clip`, so it must be drawn with that clip.

    A frame is a function of the time and the seed, not of what the cache holds: a piece
    turned draws the same pixels as the whole turned would. It is centred on the whole
    (`centred`), so it is the whole's turn less a border, pixel for pixel, and a whole kept
    (the rim light's `at` turns it) is drawn in its place. (A piece cut where the shot shows
    differed by 1-8 levels along anti-aliased edges: its samples fell elsewhere.) A sliver at
    the whole's side (its centred piece near the whole) or a part at a plain zoom or a right
    angle (rotozoom then scales from the edges) is turned where the shot shows it whatever
    is kept, decided by the view and the pose alone (`piece_of`)."""
    rasters._screen = max(rasters._screen, clip.w * clip.h)
    level, zoom = level_zoom(view.scale)
    rasters.drawing_at(view.scale)  # (a cut's first part: the level left goes now)
    flip = d.placed.flip != d.mirror
    ang = round(d.placed.angle * 4.0) / 4.0
    key = rasters.turn_key(view.scale, d)  # (the whole's turn's key: `_image`'s)
    square = abs(ang) <= 0.001 or ang % 90.0 == 0.0  # (a plain zoom or a right angle)
    if d.squash < 0.995:
        return rasters._drawn(view, d)
    p = rasters.specs[d.char].parts[d.part]
    base = rasters.base(d.char, d.part, d.variant, level, flip, "art")
    crop = rasters.centred(d.char, d.part, level, base)
    bw, bh = rasters.whole(d.char, d.part, level)  # the whole raster
    ca, sa = abs(math.cos(math.radians(ang))), abs(math.sin(math.radians(ang)))
    full_w, full_h = (bw * ca + bh * sa) * zoom, (bw * sa + bh * ca) * zoom
    if full_w * full_h < BIG_PART:
        return rasters._drawn(view, d)
    k = view.scale / zoom  # base px per room px of the part's own drawing
    px = (p.size[0] - p.pivot[0]) if flip else p.pivot[0]
    ux, uy = rotate(((px * k - bw / 2.0) * zoom, (p.pivot[1] * k - bh / 2.0) * zoom), ang)
    psx, psy = view.pt(d.placed.x, d.placed.y)
    cx, cy = psx - ux, psy - uy  # the turned image's centre on the screen
    shift = _rim_shift(rasters, d, view.scale)
    margin = abs(shift[0]) + abs(shift[1]) + 3
    box = pygame.Rect(math.floor(cx - full_w / 2), math.floor(cy - full_h / 2), math.ceil(full_w), math.ceil(full_h))
    shown = box.inflate(2 * margin, 2 * margin).clip(clip)
    if shown.w <= 0 or shown.h <= 0:  # (a whole kept within the rim's reach of the clip is drawn, clipped
        near = box.inflate(2 * margin, 2 * margin).colliderect(clip.inflate(2 * RIM_REACH, 2 * RIM_REACH))
        return rasters._drawn(view, d) if near and key in rasters._rot else None  # away: kept for its measure)
    if shown.w * shown.h > PARTIAL_SHARE * full_w * full_h:
        return rasters._drawn(view, d)
    shown.inflate_ip(2 * margin, 2 * margin)
    corners = [rotate((qx - cx, qy - cy), -ang) for qx, qy in
               ((shown.left, shown.top), (shown.right, shown.top), (shown.left, shown.bottom), (shown.right, shown.bottom))]
    xs = [bw / 2.0 + u / zoom for u, _ in corners]
    ys = [bh / 2.0 + v / zoom for _, v in corners]
    chosen = piece_of((min(xs), max(xs)), (min(ys), max(ys)), (bw, bh), crop, square)
    if chosen is None or (chosen[1] and key in rasters._rot):
        return rasters._drawn(view, d)  # (the whole kept: the same pixels as the exact piece)
    piece, exact = chosen
    if piece.w <= 0 or piece.h <= 0:
        return None
    pkey = (*key, tuple(piece))
    hit = rasters._kept(pkey)
    if hit is None:
        img = pygame.transform.rotozoom(area_of(base, _at(base), piece), -ang, zoom)
        if shift != (0, 0):
            img, shift = with_rim(img, shift)
        size = (img.get_width() - abs(shift[0]), img.get_height() - abs(shift[1]))
        img, inset = lit(img)  # (kept without its clear border; drawn where it lay in the piece's turn)
        hit = (img, (bw, bh), shift, inset, size, None)
        rasters._keep(pkey, hit, view.scale)
    img, _, (sx, sy), (lx, ly), (w, h), _full = hit
    if exact:  # where the whole would go (`at`), and the piece's turn inside the whole's
        whole = turned_size((bw, bh), -ang, zoom)
        wx, wy = rasters._top_left(d, view.scale, zoom, ang, (bw, bh), whole, (sx, sy))
        return img, (round(psx + wx) + (whole[0] - w) // 2 + lx, round(psy + wy) + (whole[1] - h) // 2 + ly)
    ox, oy = rotate(((piece.x + piece.w / 2.0 - bw / 2.0) * zoom, (piece.y + piece.h / 2.0 - bh / 2.0) * zoom), ang)
    return img, (round(cx + ox - w / 2.0 - max(0, -sx)) + lx, round(cy + oy - h / 2.0 - max(0, -sy)) + ly)
