"""The light a map px holds, worked out for a px off the map: a flame's share of the light where a
caster's head is thrown (the wall shadows' key-light pass, game/fx/shadows.py `shade`).

A shadow's depth is its flame's part of the summed light where the caster's head falls
(`light_sum._share`, read from the map being built). Where the head falls off the map that read
0, and the whole shadow was dropped, however much of it lay on the map: so the map of a bigger
canvas showed a shadow that a smaller one over the same wall did not. At line 56's push (1080p)
his head's shadow from the table candle falls 4 light-map px above the settled still's map and
on the move's large frame's (1.06x the screen): the whole push drew it over the wall and the
mantel at the top right, the settled still did not, and the wall brightened at the settle
(x1440-1920, y0-480: mean |d| 4.60 -> 0.46, the rest his arm's own motion; (1700, 150) 42/20/16 ->
46/23/19, now 42/20/16 both). Physically the move is right: the shadow of a head just above
the frame still falls on the wall in it. So off the map, the share is worked out here from the
lights themselves, px for px what a map reaching that far would hold (each light's falloff px
of its sprite, `sprites.light_falloff` cropped to that one px, tinted as `LightMap._tinted`
tints it (BLEND_RGB_MULT's bytes: tests/fx/test_shadow_off_map.py), over the ambient): the share no longer depends on how far the canvas reaches.
(Not with a `shader` of the flames' own shadows, room_fx.PER_LIGHT, off: those are in the map's
sum and not here.)
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING

from game.fx.light_sum import RGB, tint
from game.fx.sprites import light_falloff
from game.view import View

if TYPE_CHECKING:
    from game.fx.lighting import LightSample


def placed(view: View, x: float, y: float, radius: float, down: int) -> tuple[int, tuple[int, int]]:
    """A light at room (x, y) of `radius` room px in a map of `down` canvas px a map px: its sprite's
    radius and top-left in map px (`LightMap._place` places it on the map; `OffMap` reads it off it)."""
    r = max(2, round(radius * view.scale / down))
    return r, (round((view.ox + x * view.scale) / down - r), round((view.oy + y * view.scale) / down - r))


class OffMap:
    """The flames' shares of the light at map px off a map (of `view`, `downscale` canvas px a map
    px), each px's sum worked out once per build (a few px a light-map frame: the heads thrown
    off it)."""

    def __init__(self, view: View, downscale: int, ambient: RGB, lights: Sequence[LightSample],
                 headroom: float, levels: int, greys: dict[tuple[int, int, int], int] | None = None) -> None:
        self.view, self.down, self.lights = view, downscale, lights
        # a falloff's grey at (radius, x, y) of its sprite, kept by the map between builds (a
        # 1-px falloff costs 34 us; a head's px moves by whole map px, seldom, as it sways)
        self.greys: dict[tuple[int, int, int], int] = {} if greys is None else greys
        self.ambient = float(sum(tint(ambient, headroom)))
        self.headroom, self.levels = headroom, levels
        self._at: dict[tuple[int, int], tuple[float, dict[int, float]]] = {}

    def _light_at(self, light: LightSample, x: int, y: int) -> float:
        """The sum of the channels of `light`'s tinted sprite at map px (x, y), 0 off it (as
        `LightMap._place` places it and `_tinted` tints it)."""
        r, (px, py) = placed(self.view, light.x, light.y, light.radius, self.down)
        sx, sy = x - px, y - py
        if not (0 <= sx < 2 * r and 0 <= sy < 2 * r):
            return 0.0
        if math.hypot(sx - (2 * r - 1) / 2, sy - (2 * r - 1) / 2) > 1.001 * r:
            return 0.0  # (past its rim: 0 in the sprite)
        grey = self.greys.get((r, sx, sy))
        if grey is None:
            if len(self.greys) > 512:  # (a frame asks for ~100)
                self.greys.clear()
            grey = self.greys[(r, sx, sy)] = light_falloff(r, (sx, sy, 1, 1)).get_at((0, 0)).r
        level = max(0, round(light.intensity * self.levels))
        # (pygame's BLEND_RGB_MULT, as `_tinted` fills the sprite: (a * b + 255) >> 8, 0 if either is 0)
        return float(sum((grey * c + 255) >> 8 if grey and c else 0
                         for c in tint(light.colour, self.headroom * level / self.levels)))

    def share(self, key: int, x: int, y: int) -> float:
        """The part of the light at map px (x, y) that the flame `key` gives (`light_sum._share`)."""
        hit = self._at.get((x, y))
        if hit is None:
            own: dict[int, float] = {}
            total = self.ambient
            for light in self.lights:
                if light.intensity <= 0.0:
                    continue
                v = self._light_at(light, x, y)
                total += v
                if light.shadow is not None:
                    own[light.shadow.key] = v
            hit = self._at[(x, y)] = (total, own)
        total, own = hit
        return min(1.0, own.get(key, 0.0) / total) if total > 0.0 else 0.0
