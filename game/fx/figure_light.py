"""Light with a direction on the figures and props: the side toward a flame warm and bright,
the far side in shadow, the window's cold light on the side toward it.

The light map alone is a sum of round pools: it tells how much light reaches a place, not
from where, so a figure was lit evenly on both sides. This pass works inside each
caster's silhouette (the same masks that throw the wall shadows) in the 1/8-size light
map, before it is upscaled, so it costs a few tiny numpy arrays per caster and nothing
per full-size pixel. For each caster it sums the lights at its centre into a warm key
(flames and the hearth, weighted by their reach and strength) and a cold key (the
window), each a direction and a strength. A surface's facing is approximated from the
silhouette: across the body (the side of the caster's box) plus the edge normal of the
softened mask (its rims). Facing the key adds the key's colour; facing away darkens. The
silhouettes change at the figures' SILHOUETTE_FPS and the lights at the light map's rate,
so the result is a pure function of the moment.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from weakref import WeakKeyDictionary

import numpy as np
import numpy.typing as npt
import pygame

from game.fx.lighting import LightSample
from game.fx.occlusion import Caster
from game.view import View

FArray = npt.NDArray[np.float64]
RGB = tuple[int, int, int]
WARM_ADD = 0.55  # how much a full warm key adds on the lit side (times its colour)
COLD_ADD = 1.3  # the window's cold rim: strong at the silhouette's edge, little across the body
COLD_REACH = 2.4  # the window is a broad area light: it reaches farther than its point radius
COLD_ACROSS, COLD_RIM = 0.25, 3.0
COLD_LEVEL = 0.35  # the window is tall: its light arrives nearly level, on the side facing it, not from its centre
FAR_DARK = 0.7  # how much of the light the side turned away from the key loses
DARK_GAIN = 1.7  # the shadow side follows the key's strength, but sooner: where flames on both
# sides half cancel (her on the sofa) she still has a side away from the nearer light
ACROSS_DARK = 1.5  # the shadow turns in across the body faster than the warm side lights it
RIM_DARK = 0.6  # but its rim term is weak: on the coarse grid it smudged a cheek in profile
COOL_SHADE = 0.6  # on the shadow side facing the window, blue keeps this much more of its light
ACROSS, RIM = 0.7, 1.6  # weights of the box-side and the silhouette-rim facing
WARM_GAIN, COLD_GAIN = 1.3, 8.0  # the window is one weak light, the flames are many
GRID = 24  # cells on the long side of a silhouette's shading grid


def _falloff(x: float) -> float:
    if x >= 1.0:
        return 0.0
    k: float = (1.0 - x * x) ** 1.5
    return k * (0.2 + 0.8 / (1.0 + 16.0 * x * x))


def keys(lights: Sequence[LightSample], x: float, y: float, cold: RGB) -> tuple[tuple[float, float, float, RGB], ...]:
    """(dir x, dir y, strength, colour) of the warm key and the cold key at room (x, y)."""
    out = []
    for want_cold in (False, True):
        sx = sy = total = cr = cg = cb = 0.0
        for lt in lights:
            if (lt.colour == cold) != want_cold or lt.intensity <= 0.0:
                continue
            dx, dy = lt.x - x, (lt.y - y) * (COLD_LEVEL if want_cold else 1.0)
            d = math.hypot(dx, dy)
            reach = lt.radius * (COLD_REACH if want_cold else 1.0)
            w = lt.intensity * _falloff(d / max(reach, 1.0))
            if w <= 0.0 or d < 1.0:
                continue
            sx, sy, total = sx + w * dx / d, sy + w * dy / d, total + w
            cr, cg, cb = cr + w * lt.colour[0], cg + w * lt.colour[1], cb + w * lt.colour[2]
        n = math.hypot(sx, sy)
        if total <= 0.0 or n <= 1e-6:
            out.append((0.0, 0.0, 0.0, (0, 0, 0)))
            continue
        gain = COLD_GAIN if want_cold else WARM_GAIN
        out.append((sx / n, sy / n, min(1.0, n * gain), (round(cr / total), round(cg / total), round(cb / total))))
    return tuple(out)


Shape = tuple[FArray, FArray, FArray, FArray, FArray]


class SideLight:
    """The pass, with each silhouette's shape (coverage, box side, rim normal) cached by
    its mask object and computed on a grid of at most GRID cells a side (the result is
    scaled up to the caster's box in the light map: a close-up's box is hundreds of px)."""

    def __init__(self) -> None:
        self._shapes: WeakKeyDictionary[pygame.Surface, dict[tuple[int, int], Shape]] = WeakKeyDictionary()

    def _shape(self, mask: pygame.Surface, size: tuple[int, int]) -> Shape:
        per = self._shapes.get(mask)
        if per is None:
            per = self._shapes[mask] = {}
        hit = per.get(size)
        if hit is not None:
            return hit
        small = pygame.transform.smoothscale(mask, size)
        a: FArray = pygame.surfarray.array_alpha(small).T.astype(np.float64) / 255.0
        grads: list[FArray] = list(np.gradient(a))
        u: FArray = np.broadcast_to(np.linspace(-1.0, 1.0, size[0])[None, :], a.shape)
        v: FArray = np.broadcast_to(np.linspace(-1.0, 1.0, size[1])[:, None], a.shape)
        shape: Shape = (a, u, v, -2.0 * grads[1], -2.0 * grads[0])
        if len(per) > 4:
            per.clear()
        per[size] = shape
        return shape

    def shade(self, small: pygame.Surface, view: View, down: int, casters: Sequence[Caster],
              lights: Sequence[LightSample], cold: RGB) -> None:
        shade(small, view, down, casters, lights, cold, self)


def shade(small: pygame.Surface, view: View, down: int, casters: Sequence[Caster],
          lights: Sequence[LightSample], cold: RGB, cache: SideLight | None = None) -> None:
    """Light each caster's silhouette in the light map `small` (1/`down` of the screen)
    from the side of its lights."""
    cache = cache if cache is not None else SideLight()
    area = small.get_rect()
    for mask, rect, _floor in casters:
        box = pygame.Rect(rect.x // down, rect.y // down, max(1, -(-rect.w // down)), max(1, -(-rect.h // down)))
        if box.w < 3 or box.h < 3 or not area.colliderect(box):
            continue
        cx, cy = view.to_room(rect.centerx, rect.centery)
        (wx, wy, ws, wcol), (kx, ky, ks, kcol) = keys(lights, cx, cy, cold)
        if ws <= 0.0 and ks <= 0.0:
            continue
        f = min(1.0, GRID / max(box.w, box.h))
        grid = (max(3, round(box.w * f)), max(3, round(box.h * f)))
        a, u, v, nx, ny = cache._shape(mask, grid)  # nx, ny: the rim's outward normal, strongest at the edge
        face_w = ACROSS * (u * wx + 0.4 * v * wy) + RIM * (nx * wx + ny * wy)
        warm = np.clip(face_w, -1, 1) * ws
        cold_f = np.clip(COLD_ACROSS * (u * kx + 0.4 * v * ky) + COLD_RIM * (nx * kx + ny * ky), 0, 1) * (ks * COLD_ADD) * a
        lit = np.clip(warm, 0, 1) * (WARM_ADD * a)
        # the light map is often near white on a figure among a dozen flames, where an added
        # light shows nothing: the direction shows as the far side's shadow, cooled toward the window
        face_d = ACROSS_DARK * (u * wx + 0.4 * v * wy) + RIM_DARK * (nx * wx + ny * wy)
        away = np.clip(-np.clip(face_d, -1, 1) * min(1.0, DARK_GAIN * ws), 0, 1) * (FAR_DARK * a)
        cool = np.clip(COLD_ACROSS * (u * kx + 0.4 * v * ky) + COLD_RIM * (nx * kx + ny * ky) + 0.5, 0, 1) * (ks * COOL_SHADE)
        mult = np.empty((*a.shape, 3), dtype=np.float64)
        add = np.empty((*a.shape, 3), dtype=np.float64)
        for c in range(3):
            mult[..., c] = 255.0 * (1.0 - away * (1.0 - cool * kcol[c] / 255.0))
            add[..., c] = lit * wcol[c] + cold_f * kcol[c]
        ms = pygame.surfarray.make_surface(np.ascontiguousarray(np.clip(mult, 0, 255).astype(np.uint8).transpose(1, 0, 2)))
        ad = pygame.surfarray.make_surface(np.ascontiguousarray(np.clip(add, 0, 255).astype(np.uint8).transpose(1, 0, 2)))
        if grid != box.size:
            ms, ad = pygame.transform.smoothscale(ms, box.size), pygame.transform.smoothscale(ad, box.size)
        small.blit(ms, box.topleft, special_flags=pygame.BLEND_RGB_MULT)
        small.blit(ad, box.topleft, special_flags=pygame.BLEND_RGB_ADD)
