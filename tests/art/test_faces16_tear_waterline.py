"""Review16 D8 and D9 (line 68, 'Tears welled in her eyes'): the water on each lower lid is one line.

The meniscus came out in pieces: white stretches at each end, and under each pupil a flat grey block with
hard ends. The room's light takes the drawing down to the skin's level and gives back only near-white
points (game/art/insert_light.py): the line was 2.4 px of 0.95 white, so over the dark iris it was no longer
near white and went grey, and the water's band and the white of the eye round it were bright enough to be
given back round the line over the whites only (the white stretches). Now the line is 4 px of opaque near
white, a little less white over the iris (a gradual falloff), and the band and the white by the lid (a wet,
reddened strip) stay below what is given back. Along the lid's rim, the pale glisten was short dashes end to
end (D9): now one faint line."""

from __future__ import annotations

import itertools
import math

import numpy as np
import pygame

from game.art.insert_light import InsertLight
from game.art.inserts import DESIGN, PREFIX, Inserts
from tools.faces_close import tear

# the room's light on the tear's shot at 2 s (tests/art/test_inslight_match.py's LIGHTS["tear"])
LIGHT = InsertLight(1, (255, 179, 92), 0.825, (58, 90, 140), 0.592, (22, 17, 24))


BEAD = 24  # px either side of the bead's middle (tear.TEAR_X) left out


def _lum(a: np.ndarray) -> np.ndarray:
    return 0.299 * a[..., 0] + 0.587 * a[..., 1] + 0.114 * a[..., 2]


def meniscus(inserts: Inserts, at: float = 3.0) -> dict[str, list[float]]:
    """Per eye, column by column across the middle 70 % of the lower lid (but where the bead gathers), the
    brightest luminance within the 28 px above the lid's curve (the parts breathe up to 12 px): the meniscus
    line as the shot shows it."""
    surf = pygame.Surface(DESIGN)
    inserts.draw(surf, PREFIX + "tear", at, LIGHT)
    lum = _lum(pygame.surfarray.array3d(surf).astype(np.float64))
    out = {}
    for name, eye in (("left", tear.LEFT), ("right", tear.RIGHT)):
        a, b = eye.lower[0][0], eye.lower[3][0]
        cols = []
        for x in range(math.ceil(a + 0.15 * (b - a)), math.floor(a + 0.85 * (b - a))):
            if abs(x - tear.TEAR_X) <= BEAD:
                continue  # where the bead gathers on the lid (its own glint and rim, over the line: by design)
            y = tear.Eye._y(eye.lo, x)
            assert y is not None
            cols.append(float(lum[x, round(y) - 24:round(y) + 4].max()))
        out[name] = cols
    return out


def test_the_meniscus_is_one_line(inserts: Inserts) -> None:
    """At 3 and 6 s, along each lower lid the meniscus never steps by more than 15 levels from one column to
    the next (old art: 29-40, where the light's search missed the thin line and at the grey block's ends; new
    6-8), and nowhere falls below 0.7 of its brightest (old art: 0.42-0.6, it switched off in places; new
    0.94)."""
    for at in (3.0, 6.0):
        for name, cols in meniscus(inserts, at).items():
            step = max(abs(p - q) for p, q in itertools.pairwise(cols))
            assert step <= 15, f"{at} s, {name} eye: the meniscus steps {step:.0f} levels between columns"
            assert min(cols) >= 0.7 * max(cols), f"{at} s, {name} eye: it falls to {min(cols):.0f} of {max(cols):.0f}"
