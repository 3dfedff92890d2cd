"""The figures' parts as pixels: rasterized once per zoom level, turned per frame, cached.

Each part's SVG goes through the SvgCache at a zoom level quantized to quarter octaves
(so a camera move does not rasterize every frame), is normalised to ARGB (blits from the
loader's ABGR are ~30x slower when no display has converted them), flipped for the
left-facing figure and shaded when on the far side of the body. Per frame the part is
rotated (rotozoom: smooth edges) to its angle quantized to 0.25 degrees, through an LRU
cache; in "art" mode its warm rim (the silhouette in firelight, shifted toward the fire)
is baked under it so each part costs one blit. "mask" mode gives solid black shapes for
the shadow and occlusion casters.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

import pygame

from game.art.rig import FigureSpec, Placed, rotate
from game.art.svg import SvgCache
from game.view import View

NO_RIM = frozenset({"eyes", "tears", "lips"})  # inside the face: no rim of their own
RIM_COLOUR = (255, 168, 92)
RIM_ALPHA = 150
FAR_SHADE = (150, 140, 140)


@dataclass(frozen=True)
class Drawn:
    """One image to blit: which raster, where its pivot is, how it is turned and faded."""

    char: str
    part: str
    variant: str
    placed: Placed
    alpha: float
    squash: float = 1.0  # horizontal squash while the head turns
    mirror: bool = False  # the head turned over the shoulder
    front: bool = False  # drawn in the front layer, over the coffee table


class PartRasters:
    """Rasters of every figure part, by zoom level, angle and mode. One per `Figures`."""

    ROT_CACHE_MAX = 320

    def __init__(self, specs: dict[str, FigureSpec], art_dir: Path, svg: SvgCache) -> None:
        self.specs, self.art_dir, self.svg = specs, art_dir, svg
        self._raster: dict[tuple[str, str, str, int, bool, str], pygame.Surface] = {}
        self._rot: OrderedDict[tuple[object, ...], tuple[pygame.Surface, pygame.Surface, tuple[int, int]]] = OrderedDict()

    def base(self, cid: str, part: str, variant: str, level: int, flip: bool, mode: str) -> pygame.Surface:
        """The part's raster at a zoom level: its art (mode "art") or a solid mask ("mask")."""
        key = (cid, part, variant, level, flip, mode)
        surf = self._raster.get(key)
        if surf is None:
            p = self.specs[cid].parts[part]
            scale = 2.0 ** (level / 4.0)
            file = p.variants.get(variant) or p.variants[p.default]
            surf = self.svg.get(self.art_dir / cid / file, (math.ceil(p.size[0] * scale), math.ceil(p.size[1] * scale)))
            native = pygame.Surface(surf.get_size(), pygame.SRCALPHA)  # ARGB: blits 30x faster than
            native.blit(surf, (0, 0))  # the loader's ABGR when no display converted it
            surf = native
            if p.far and mode == "art":
                surf.fill((*FAR_SHADE, 255), special_flags=pygame.BLEND_RGBA_MULT)
            if mode == "mask":
                surf.fill((0, 0, 0, 255), special_flags=pygame.BLEND_RGBA_MULT)
            if flip:
                surf = pygame.transform.flip(surf, True, False)
            self._raster[key] = surf
        return surf

    def image(self, d: Drawn, scale: float, mode: str) -> tuple[pygame.Surface, tuple[float, float]]:
        """The rotated image and the offset from the pivot's screen position to its top-left.

        In "art" mode the part's warm rim is baked in under it (its rotated silhouette in
        firelight, shifted toward the fire), so each part is one blit."""
        level = math.ceil(math.log2(max(scale, 1e-3)) * 4.0)
        flip = d.placed.flip != d.mirror
        zoom = scale / 2.0 ** (level / 4.0)
        ang = round(d.placed.angle * 4.0) / 4.0
        key = (d.char, d.part, d.variant, level, flip, mode, ang, round(zoom, 3), round(d.squash, 2))
        hit = self._rot.get(key)
        p = self.specs[d.char].parts[d.part]
        if hit is None:
            base = self.base(d.char, d.part, d.variant, level, flip, mode)
            if d.squash < 0.995:
                base = pygame.transform.smoothscale(base, (max(1, round(base.get_width() * d.squash)), base.get_height()))
            img = pygame.transform.rotozoom(base, -ang, zoom)
            shift = (0, 0)
            rim = self.specs[d.char].rim
            if mode == "art" and rim != (0.0, 0.0) and d.part not in NO_RIM:
                img, shift = self._with_rim(img, (round(rim[0] * scale), round(rim[1] * scale)))
            hit = (img, base, shift)
            self._rot[key] = hit
            if len(self._rot) > self.ROT_CACHE_MAX:
                self._rot.popitem(last=False)
        else:
            self._rot.move_to_end(key)
        img, base, (sx, sy) = hit
        px = (p.size[0] - p.pivot[0]) if flip else p.pivot[0]
        bw, bh = base.get_width() * zoom, base.get_height() * zoom
        vx, vy = (px * scale * d.squash - bw / 2.0, p.pivot[1] * scale - bh / 2.0)
        rx, ry = rotate((vx, vy), ang)
        w, h = img.get_width() - abs(sx), img.get_height() - abs(sy)
        return img, (-rx - w / 2.0 - max(0, -sx), -ry - h / 2.0 - max(0, -sy))

    @staticmethod
    def _with_rim(img: pygame.Surface, d: tuple[int, int]) -> tuple[pygame.Surface, tuple[int, int]]:
        """`img` over its own silhouette in warm light shifted by `d` pixels; the shift kept."""
        if d == (0, 0):
            return img, (0, 0)
        rim = img.copy()
        rim.fill((0, 0, 0, 255), special_flags=pygame.BLEND_RGBA_MULT)
        rim.fill((*RIM_COLOUR, 0), special_flags=pygame.BLEND_RGBA_ADD)
        rim.fill((255, 255, 255, RIM_ALPHA), special_flags=pygame.BLEND_RGBA_MULT)
        out = pygame.Surface((img.get_width() + abs(d[0]), img.get_height() + abs(d[1])), pygame.SRCALPHA)
        out.blit(rim, (max(0, d[0]), max(0, d[1])))
        out.blit(img, (max(0, -d[0]), max(0, -d[1])))
        return out, d

    def at(self, view: View, d: Drawn, mode: str, shift: tuple[float, float] = (0.0, 0.0)) -> tuple[pygame.Surface, tuple[int, int]]:
        """The rotated image for `d` and the top-left pixel it goes to on a surface seen through `view`."""
        img, (ox, oy) = self.image(d, view.scale, mode)
        sx, sy = view.pt(d.placed.x + shift[0], d.placed.y + shift[1])
        return img, (round(sx + ox), round(sy + oy))

    @staticmethod
    def put(target: pygame.Surface, img: pygame.Surface, pos: tuple[int, int], alpha: float) -> None:
        if alpha < 0.995:
            img.set_alpha(round(255 * alpha))
            target.blit(img, pos)
            img.set_alpha(255)
        else:
            target.blit(img, pos)
