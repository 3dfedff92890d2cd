"""The kiss (line 73), review10 #2: 'the noses are still a knot: a beige strap loops round his nose tip,
her nose's top edge is a dark 4 px bar across his nostril, two nostril hooks sit within 60 px'. Where her
nose passes under his there is one contour (his edge over her skin), one nostril (hers), and soft shade.
Each test fails on the art before (commit c04414c): wing 98 levels, 2-4 minima, a bar 129 levels deep."""

from __future__ import annotations

import math
from pathlib import Path

import pygame
import pytest

from tools.faces_close import face, kiss
from tools.faces_close.svgkit import outward

KISS = Path(__file__).resolve().parents[2] / "assets" / "art" / "inserts" / "kiss"


@pytest.fixture(scope="module")
def art() -> dict[str, pygame.Surface]:
    """Her drawing, his, the skin between, and the three laid as the shot lays them, at rest."""
    pygame.init()
    out = {n: pygame.image.load_sized_svg(str(KISS / f"{n}.svg"), (1920, 1080)) for n in ("her", "him", "between")}
    comp = pygame.Surface((1920, 1080), pygame.SRCALPHA)
    comp.fill((20, 10, 5, 255))
    for n in ("between", "her", "him"):
        comp.blit(out[n], (0, 0))
    out["comp"] = comp
    return out


def _lum(s: pygame.Surface, p: tuple[float, float]) -> float:
    c = s.get_at((round(p[0]), round(p[1])))
    return 0.3 * c.r + 0.59 * c.g + 0.11 * c.b


def test_only_her_nostril_is_drawn(art: dict[str, pygame.Surface]) -> None:
    """Along where face.head draws a nostril's wing, his drawing is within 20 levels of his cheek behind
    it (a soft hollow, no hook): with hers (test_faces_kiss_gap) one nostril shows at the knot."""
    pl, him = kiss.HIM_AT, art["him"]
    wing = pl.all(kiss.WING[1:3])
    dark = min(_lum(him, (x + dx, y + dy)) for x, y in wing for dx in (-1, 0, 1) for dy in (-1, 0, 1))
    depth = _lum(him, pl((-50.0, -84.0))) - dark
    assert depth <= 20, f"his nostril's hook is drawn, {depth:.0f} levels under his cheek"


def test_his_nose_has_one_contour(art: dict[str, pygame.Surface]) -> None:
    """Into his face across the underside of his nose (three normals, 20 local px deep) the light has no
    dip of >= 12 levels with light on both sides: the outline is the only line (old art: 2 to 4, the
    pale rim and a shade stroke inside the outline, a strap round the tip)."""
    pl, him, prof = kiss.HIM_AT, art["him"], kiss.profile(face.HIM)
    for i in (10, 11, 12):
        (ax, ay), (bx, by), (px, py) = prof[i - 1], prof[i + 1], prof[i]
        ln = math.hypot(bx - ax, by - ay)
        nx, ny = -(by - ay) / ln, (bx - ax) / ln  # into the face
        ls = [_lum(him, pl((px + nx * t / 2, py + ny * t / 2))) for t in range(-4, 40)]
        # (from 2 local px in: the outline itself is the one line, firm since stop 26 where his profile passes in
        # front of her nose, her skin, not the dark gap, outside it)
        dips = [k for k in range(8, len(ls) - 2) if ls[k] <= min(ls[k - 2:k + 3])
                and max(ls[k:]) - ls[k] >= 12 and max(ls[:k + 1]) - ls[k] >= 12]
        assert not dips, f"at his nose's point {i}: {len(dips)} lines inside the outline ({[round(v) for v in ls]})"


def test_no_dark_bar_under_her_nose_tip(art: dict[str, pygame.Surface]) -> None:
    """Just outside her nose's tip, as the shot lays the three drawings, the skin is in a soft shade, at
    most 60 levels under the skin 14 local px out (old art: a 4 px stroke of near-black, 129 under)."""
    tip = kiss.profile(face.HER)[9:12]
    near = min(_lum(art["comp"], p) for p in kiss.HER_AT.all(outward(tip, -3.5)))
    far = sum(_lum(art["comp"], p) for p in kiss.HER_AT.all(outward(tip, -14.0))) / 3
    assert far - near <= 60, f"a dark bar under her nose's tip, {far - near:.0f} levels deep"
