"""Occlusion of light sources by what stands in front of them.

Flames, embers and the hearth fire are emissive, so they are added *after* the light
map multiplies the scene (otherwise the light would dim its own source). But the room
renderer has already drawn the armchair and him in front of the fire by then. So each
emissive sprite knows its depth (the floor y of what it stands on) and is masked by the
silhouettes of casters standing nearer the viewer (a larger floor y): the silhouette's
inverse multiplies the sprite before it is added. The same silhouettes the art hands
over for wall shadows serve, so nothing extra is drawn. Inverse masks are cached per
mask object; a sprite with no occluder over it is blitted directly, at no extra cost.
"""

from __future__ import annotations

from collections.abc import Sequence

import pygame

Caster = tuple[pygame.Surface, pygame.Rect, float]
MARGIN = 6.0  # room px: a caster must stand this much nearer to hide a source


class Occluders:
    """The frame's casters, ready to hide sources behind them."""

    def __init__(self) -> None:
        self._inverse: dict[tuple[int, int, int], tuple[pygame.Surface, pygame.Surface]] = {}
        self._scratch: dict[tuple[int, int], pygame.Surface] = {}

    def _inv(self, mask: pygame.Surface) -> pygame.Surface:
        key = (id(mask), mask.get_width(), mask.get_height())
        hit = self._inverse.get(key)
        if hit is not None and hit[0] is mask:
            return hit[1]
        inv = pygame.Surface(mask.get_size(), pygame.SRCALPHA)
        inv.fill((255, 255, 255, 255))
        alpha = pygame.Surface(mask.get_size(), pygame.SRCALPHA)
        alpha.fill((0, 0, 0, 0))
        alpha.blit(mask, (0, 0))
        a = pygame.surfarray.pixels_alpha(alpha)
        c = pygame.surfarray.pixels3d(inv)
        ia = pygame.surfarray.pixels_alpha(inv)
        c[...] = (255 - a)[:, :, None]
        ia[...] = 255 - a
        del a, c, ia
        if len(self._inverse) > 64:
            self._inverse.clear()
        self._inverse[key] = (mask, inv)
        return inv

    def hide(self, sprite: pygame.Surface, pos: tuple[int, int], depth: float, casters: Sequence[Caster]) -> None:
        """Multiply an additive (RGB) sprite, in place, by the silhouettes of nearer casters
        (so a sprite reused for several frames pays for its masking once)."""
        area = pygame.Rect(pos, sprite.get_size())
        for mask, rect, floor in casters:
            if floor > depth + MARGIN and rect.colliderect(area):
                sprite.blit(self._inv(mask), (rect.x - area.x, rect.y - area.y), special_flags=pygame.BLEND_RGB_MULT)

    def blits(self, target: pygame.Surface, items: Sequence[tuple[pygame.Surface, tuple[int, int], float]],
              casters: Sequence[Caster], flags: int = pygame.BLEND_RGB_ADD) -> None:
        """Many (sprite, pos, depth): the unhidden ones in one `fblits`, the rest one by one."""
        free: list[tuple[pygame.Surface, tuple[int, int]]] = []
        for sprite, pos, depth in items:
            area = pygame.Rect(pos, sprite.get_size())
            if any(c[2] > depth + MARGIN and c[1].colliderect(area) for c in casters):
                self.blit(target, sprite, pos, depth, casters, flags)
            else:
                free.append((sprite, pos))
        if free:
            target.fblits(free, flags)

    def blit(self, target: pygame.Surface, sprite: pygame.Surface, pos: tuple[int, int], depth: float,
             casters: Sequence[Caster], flags: int = pygame.BLEND_RGB_ADD) -> None:
        """Blit `sprite` at `pos`, hidden where casters nearer than `depth` cover it."""
        area = pygame.Rect(pos, sprite.get_size())
        over = [c for c in casters if c[2] > depth + MARGIN and c[1].colliderect(area)]
        if not over:
            target.blit(sprite, pos, special_flags=flags)
            return
        key = sprite.get_size()
        scratch = self._scratch.get(key)
        alpha = bool(sprite.get_flags() & pygame.SRCALPHA)
        if scratch is None or bool(scratch.get_flags() & pygame.SRCALPHA) != alpha:
            scratch = pygame.Surface(key, pygame.SRCALPHA if alpha else 0)
            if len(self._scratch) > 32:
                self._scratch.clear()
            self._scratch[key] = scratch
        if alpha:
            scratch.fill((0, 0, 0, 0))
            scratch.blit(sprite, (0, 0), special_flags=pygame.BLEND_RGBA_ADD)
        else:
            scratch.blit(sprite, (0, 0))
        mult = pygame.BLEND_RGBA_MULT if alpha else pygame.BLEND_RGB_MULT
        for mask, rect, _floor in over:
            scratch.blit(self._inv(mask), (rect.x - area.x, rect.y - area.y), special_flags=mult)
        target.blit(scratch, pos, special_flags=flags)
