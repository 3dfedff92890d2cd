"""A side light's shading cut to its caster's shape by tables, for game/fx/figure_light.py `shade` alone
(apart: figure_light.py is near the house's 500 lines).
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
import pygame

# A shading cut to its caster's shape (`shade`): each colour byte x of the multiply becomes
# 255 - (255 - x) * c and of the add x * c (truncated), c its coverage, alpha / 255. With no figure
# in front c takes 256 values: both are tables by (alpha, x), the same float64 sums made once
# (`covered`). At line 82's push at 1080p these two lines were ~60 % of `shade`: float64
# temporaries through strided RGB views, ~1.1 ms for a 200x140 box; read as whole pixels, 0.27.
_COVER = np.arange(256)[:, None] / 255.0  # (alpha, 1): the coverage of each alpha
_MULT_BY = (255.0 - (255.0 - np.arange(256.0)[None, :]) * _COVER).astype(np.uint8).ravel()  # [alpha << 8 | x]
_ADD_BY = (np.arange(256.0)[None, :] * _COVER).astype(np.uint8).ravel()


def covered(ms: pygame.Surface, ad: pygame.Surface, alpha: npt.NDArray[np.uint8]) -> bool:
    """Cut `ms` (the multiply) and `ad` (the add) to the coverage `alpha` ((x, y), their size), in
    place, through the tables above: each 32-bit pixel's colour bytes looked up by its alpha, its
    fourth byte kept (as the RGB views left it). False, nothing done, for another pixel format."""
    for surf in (ms, ad):
        if surf.get_bitsize() != 32 or surf.get_size() != alpha.shape:
            return False
    hi = alpha.astype(np.uint32) << 8
    for surf, table in ((ms, _MULT_BY), (ad, _ADD_BY)):
        shifts = surf.get_shifts()[:3]
        px = pygame.surfarray.pixels2d(surf)
        out = px & np.uint32(~sum(0xFF << k for k in shifts) & 0xFFFFFFFF)
        for k in shifts:
            out |= table.take(hi | ((px >> np.uint32(k)) & np.uint32(0xFF))).astype(np.uint32) << np.uint32(k)
        px[...] = out
        del px
    return True
