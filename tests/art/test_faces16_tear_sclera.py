"""Review16 D10 (line 68, 'Tears welled in her eyes'): the whites of her eyes are lighter than her skin.

The whites were drawn a pink nearly as deep as the skin's own paint, so under the room's light (a multiply
that takes the drawing down to the wides' skin) they showed as dark as her cheek: sclera (151,98,75)
beside cheek (150,86,54), the eyes pinkish-brown slits where the story has them wet and shining. Drawn
near white in their middle, reddened only toward the corners, they show ~1.3x the cheek's luminance and
stay warm (red over green over blue)."""

from __future__ import annotations

import numpy as np
import pygame

from game.art.insert_light import InsertLight
from game.art.inserts import DESIGN, PREFIX, Inserts

# the room's light on the tear's shot at 2 s (tests/art/test_inslight_match.py's LIGHTS["tear"])
LIGHT = InsertLight(1, (255, 179, 92), 0.825, (58, 90, 140), 0.592, (22, 17, 24))
# per eye: a patch of the white between the iris and the outer corner, and the skin straight below it
# under the lower lid (the same columns, so the key's ramp across the face lights both alike), in design
# pixels at 3 s; and review16's cheek probe (1230,620), beside the right eye's white (1400,470)
EYES = {"left": ((462, 482, 36, 8), (462, 592, 36, 30)), "right": ((1422, 482, 36, 8), (1422, 592, 36, 30))}
CHEEK = (1210, 600, 40, 40)


def _lum(rgb: np.ndarray) -> float:
    return float(0.299 * rgb[0] + 0.587 * rgb[1] + 0.114 * rgb[2])


def _median(a: np.ndarray, rect: tuple[int, int, int, int]) -> np.ndarray:
    x, y, w, h = rect
    return np.median(a[x:x + w, y:y + h].reshape(-1, 3), axis=0)


def whites_and_skin(inserts: Inserts, at: float = 3.0) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """Each eye's white and the skin below it (median RGB), and the right eye's white against review16's
    cheek ("cheek"), in the tear insert `at` s in, lit by the room."""
    surf = pygame.Surface(DESIGN)
    inserts.draw(surf, PREFIX + "tear", at, LIGHT)
    a = pygame.surfarray.array3d(surf).astype(np.float64)
    out = {name: (_median(a, white), _median(a, skin)) for name, (white, skin) in EYES.items()}
    out["cheek"] = (out["right"][0], _median(a, CHEEK))
    return out


# the least a white's luminance over the skin's: below it, and against the review's lit cheek
LEAST = {"left": 1.3, "right": 1.3, "cheek": 1.25}


def test_the_whites_are_lighter_than_her_skin(inserts: Inserts) -> None:
    """Each white at least 1.3x the luminance of the skin below it, and the right one 1.25x review16's
    cheek, at 2, 3 and 4 s (old art: 1.07-1.23 below, 1.03-1.06 the cheek: as dark as the skin; new
    1.34-1.56 and 1.29-1.33)."""
    for at in (2.0, 3.0, 4.0):
        for name, (white, skin) in whites_and_skin(inserts, at).items():
            ratio = _lum(white) / _lum(skin)
            assert ratio >= LEAST[name], f"{at} s, {name}: white {white} is {ratio:.2f}x the skin {skin}"


def test_the_whites_stay_warm_and_reddened(inserts: Inserts) -> None:
    """Lighter, not a cold white: red over green over blue by clear steps, and below the eye's specular
    points (luminance under 170): a wet, reddened white, not a lamp."""
    for name, (white, _) in whites_and_skin(inserts).items():
        r, g, b = white
        assert r - g >= 20 and g - b >= 12, f"{name}: white {white} is not warm"
        assert _lum(white) < 170, f"{name}: white {white} glares"
