"""What the light map does besides its multiply: the haze added over the lit scene kept off the
people, the glass and the charred logs (`Cut`), and the grade that keeps the window glass's own
light (`graded`). (Split from game/fx/lighting.py unchanged: it re-exports these.)
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import pygame

from game.fx.light_bands import Through, Upscaled, _screen_alpha
from game.fx.occlusion import Caster, region_alpha


@dataclass(frozen=True)
class Cut:
    """Where light added over the lit scene (`LightMap.add`) is kept off, at full resolution:
    on `people` (casters, screen px) only `keep` of it, and none on the `glass` (a screen rect
    x, y, w, h) but where someone stands before it.

    Cut in the 1/8-size map, the cut's edge lay on whole map cells and the upscale spread it
    over two: cut at the figures' own coverage, the wall's haze ran ~2 cells into his dark suit
    (a see-through band along his back, review6 #7); grown by a cell, it left a dark ring of
    un-hazed wall round his outline instead (lines 74, 85, 86). At full resolution, with the
    figure's own alpha, the haze stops exactly at the outline. `dark` get none of it (the fire's
    charred logs: the haze lifted them to a milky brown in the fire's close-up at line 76) but
    where one of `front` (the candles' wax) stands nearer before them and keeps all of it."""

    people: Sequence[Caster]
    keep: float
    glass: tuple[int, int, int, int] | None = None
    dark: Sequence[Caster] = ()
    front: Sequence[Caster] = ()

    def _shares(self) -> list[tuple[Caster, float]]:
        """Each caster and the share of the light it keeps, in the order they are laid."""
        before = [c for c in self.front if any(c[2] > d[2] and c[1].colliderect(d[1]) for d in self.dark)]
        return [*((c, 0.0) for c in self.dark), *((c, 1.0) for c in before), *((c, self.keep) for c in self.people)]

    def key(self) -> Hashable:
        """What the cut depends on (a mask by identity: the light map's key does the same)."""
        return (tuple((id(m), tuple(r), k) for (m, r, _f), k in self._shares()), self.glass)

    def apply(self, buf: Upscaled, at: tuple[int, int]) -> None:
        """Cut `buf`, the added light upscaled (game/fx/light_bands.py), whose top-left lies at
        screen `at`: the glass made black, then each one's share of the light as upscaled laid by
        its own alpha, in order (kept as layers: an alpha a byte a px; a figure's the one its side light
        is laid by, `_screen_alpha`, made once a light frame, not twice)."""
        box = pygame.Rect(at, buf.get_size())
        parts: list[tuple[int, npt.NDArray[np.uint8], pygame.Rect]] = []
        shares = self._shares()
        people = len(shares) - len(self.people)  # (the people's last: their alpha the figures' side light's)
        for i, ((mask, rect, _floor), keep) in enumerate(shares):
            share = max(0, min(255, round(255 * keep)))
            got = (_screen_alpha if i >= people else region_alpha)(mask, rect, box)
            if got is not None:
                parts.append((share, got[0], got[1].move(-at[0], -at[1])))
        if self.glass is not None:
            buf.black(pygame.Rect(self.glass).move(-at[0], -at[1]))

        for share, alpha, on in parts:  # alpha-blended: the figure's own alpha between the wall's share and theirs
            buf.lay_through(Through(None, (0, 0), alpha, share), on)


def graded(small: pygame.Surface, grade: Callable[[pygame.Surface], None], glass: pygame.Rect | None,
           seen: pygame.Surface | None) -> None:
    """`grade` the light map `small`, but keep the light of the `glass` rect (map px) as it was
    where nothing stands before it (`seen`: white where nothing stands, black on the figures):
    the window stays night-blue, and the people before it are graded like the rest of them. (With
    the whole rect kept ungraded, her face before the glass at 78 was pink-grey above the sill
    and gold below it: a seam across her cheek along the glass's bottom edge.)"""
    kept, on = None, None
    if glass is not None:
        on = glass.clip(small.get_rect())
        kept = small.subsurface(on).copy() if on.w > 0 and on.h > 0 else None
    grade(small)
    if kept is None or on is None:
        return
    if seen is None:
        small.blit(kept, on.topleft)
        return
    kept.blit(seen, (0, 0), on, special_flags=pygame.BLEND_RGB_MULT)  # the glass's own light where no one stands
    rest = pygame.Surface(on.size)
    rest.fill((255, 255, 255))
    rest.blit(seen, (0, 0), on, special_flags=pygame.BLEND_RGB_SUB)  # where someone does
    part = small.subsurface(on)
    part.blit(rest, (0, 0), special_flags=pygame.BLEND_RGB_MULT)
    part.blit(kept, (0, 0), special_flags=pygame.BLEND_RGB_ADD)
