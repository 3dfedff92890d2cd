"""The tear (story line 68, 'tears welled in her eyes'): the water reads as water on her face.

The welling is the lower lid's line made wet (a bright meniscus hugging the rim, not a second line across
the eye), the falling tear a small clear bead with a bright rim, its track a continuous wet sheen (not
broken dashes), and the nose between the eyes a soft form, not an upright stripe."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import numpy as np
import pygame

from tools.faces_close import tear

INSERTS = Path(__file__).resolve().parents[2] / "assets" / "art" / "inserts"


def _svg(rel: str) -> pygame.Surface:
    pygame.init()
    return pygame.image.load_sized_svg(str(INSERTS / "tear" / rel), (1920, 1080))


def _lum(c: pygame.Color) -> float:
    return 0.3 * c.r + 0.59 * c.g + 0.11 * c.b


def test_the_welling_hugs_the_lower_lid() -> None:
    """Across the middle of each lower lid (away from where the bead gathers) the water's bright top lies
    within 12 px of the lid's curve: the lid's own line made wet (old art: 18-21 px up, a white line
    ruled across the iris)."""
    surf = _svg("welling.svg")
    for name, eye in (("left", tear.LEFT), ("right", tear.RIGHT)):
        a, b = eye.lower[0][0], eye.lower[3][0]
        for t in (0.45, 0.55, 0.65):
            x = a + (b - a) * (t if eye is tear.LEFT else 1 - t)
            y = tear.Eye._y(eye.lo, x)
            assert y is not None
            bright = [y - yy for yy in range(round(y) - 32, round(y))
                      if surf.get_at((round(x), yy)).a > 200 and _lum(surf.get_at((round(x), yy))) > 235]
            assert bright, f"{name} eye, x {x:.0f}: no bright meniscus"
            assert max(bright) <= 12, f"{name} eye, x {x:.0f}: the meniscus stands {max(bright):.0f} px above the lid"


def test_the_bead_has_a_bright_rim_round_its_underside() -> None:
    """Just inside the bead's edge, on both sides of its lower round and along its bottom, the drawing is
    lighter than the cheek beneath (a rim of light; old art: its sides showed the bare cheek, only a
    crescent at its foot). Checked below the widest (45 degrees down the sides): an even bright line round
    the whole bead read as an outlined bubble (review10 #3, test_faces_tear_face)."""
    face, drop = _svg("face.svg"), _svg("drop.svg")
    over = face.copy()
    over.blit(drop, (0, 0))
    x = tear.TEAR_X
    for name, (px, py) in (("left", (x - 17.5, 608)), ("right", (x + 17.5, 608)), ("bottom", (x, 617))):
        lit = max(_lum(over.get_at((round(px) + dx, round(py) + dy)))
                  - _lum(face.get_at((round(px) + dx, round(py) + dy))) for dx in (-1, 0, 1) for dy in (-1, 0, 1))
        assert lit > 12, f"the bead's {name} edge is only {lit:.0f} levels over the cheek: no bright rim"


def test_the_wet_track_is_a_continuous_sheen_not_dashes() -> None:
    """Along the first length of the track (under the eye, where it is brightest), from where it has
    faded in (tear.DRY px below the lid: review11 #3, a track lit up to the lid read as a string) to the
    length's end, every point is wet over the cheek: no gaps (old art: broken white dashes between bare
    skin, a scratch on the picture)."""
    trail = _svg("trail1.svg")
    pts = [(tear.TEAR_X + x, 560.0 + y) for x, y in tear.TRACK[0:3]]
    start = pts[0][1] + tear.DRY
    gaps = checked = 0
    for (x0, y0), (x1, y1) in pairwise(pts):
        for k in range(20):
            t = (k + 0.5) / 20
            x, y = x0 + (x1 - x0) * t, y0 + (y1 - y0) * t
            if not start <= y <= pts[-1][1] - 10:
                continue
            checked += 1
            a = max(trail.get_at((round(x) + dx, round(y))).a for dx in range(-5, 6))
            gaps += a < 12
    assert checked >= 8 and gaps == 0, f"{gaps} of {checked} points along the wet track are bare"


def test_the_nose_between_the_eyes_is_no_upright_stripe() -> None:
    """Across the nose (x 850-1090), at 600-680 px down, the bridge's light stands at most 18 levels over
    the row's trend: a soft form turning into its sides (old art: a 40 px upright light ellipse between
    two upright shades, 21-24 levels, read at 1:1 as stripes along the bridge). Row 760 is no longer
    checked: the nose's lit tip is there now (review10 #3, test_faces_tear_face), meant to stand out."""
    surf = _svg("face.svg")
    a = pygame.surfarray.array3d(surf).astype(float)
    lum = 0.3 * a[..., 0] + 0.59 * a[..., 1] + 0.11 * a[..., 2]
    for y in (600, 680):
        row = lum[850:1090, y - 4:y + 5].mean(axis=1)
        x = np.arange(len(row))
        rest = row - np.polyval(np.polyfit(x, row, 1), x)
        assert rest.max() - rest.min() <= 18, f"row {y}: the bridge's stripe is {rest.max() - rest.min():.0f} levels"
