"""Lines 63-64's intertwined fingers: every finger has an edge (review16 D6).

review16 D6: "between her fingers, his fingers are soft-edged, darkened bands with no outline, so
the two layers look superimposed. The fingers he curls over her hand are dark sausages whose lower
halves go muddy brown." The drawing (tools/hands/clasp.py, laced.py), composed at 1920x1080 in the
held clasp and at the squeeze's tightest drawing:

- each of her fingers lying between his has a readable edge all along its free length: across it
  the luminance steps at least 30 levels between two neighbouring pixels (the old art: down to
  11-15, her shaded side melting into his shaded finger);
- each of his fingers curled over her hand has a firm outline: at least 36 levels everywhere
  (the old: down to 27-29, its shaded half melting into its own shadow on her hand);
- his first phalanx between two of hers is a round finger with a lit crest, not a band of shade:
  across it, away from the crevices, the luminance spans at least 25 levels (the old: 10-12).
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pygame
import pytest

from tools.hands import clasp, fingerform, laced
from tools.hands.geometry import finger_geom

DIR = Path(__file__).resolve().parents[2] / "assets" / "art" / "inserts" / "hands_intertwined"
UNDER = ["back.svg", "his.svg", "his_thumb.svg", "her_arm.svg", "web.svg", "his_base7.svg"]
# (drawing set, her curl, his curl): the held clasp and the squeeze's tightest drawing (line 64)
POSES = [(("her_lace7.svg", "his_lace7.svg"), 1.0, 0.0), (("her_squeeze2.svg", "his_squeeze2.svg"), 1.25, 0.5)]
P = tuple[float, float]


def _compose(hers: str, his: str) -> pygame.Surface:
    pygame.init()
    img = pygame.Surface((1920, 1080))
    for name in [*UNDER, hers, "her.svg", his]:
        img.blit(pygame.image.load_sized_svg(str(DIR / name), (1920, 1080)), (0, 0))
    return img


def _lum(img: pygame.Surface, p: P) -> float:
    c = img.get_at((round(p[0]), round(p[1])))
    return 0.3 * c[0] + 0.59 * c[1] + 0.11 * c[2]


def _steepest(img: pygame.Surface, p: P, n: P, r: int = 4) -> float:
    """The largest step between neighbouring pixels across an edge at p (normal n), within r px."""
    prof = [_lum(img, (p[0] + n[0] * t, p[1] + n[1] * t)) for t in range(-r, r + 1)]
    return max(abs(b - a) for a, b in itertools.pairwise(prof))


def _side_samples(sh: fingerform.Shape, lo: float, hi: float) -> list[tuple[P, P]]:
    """(point, outward normal) along both sides of a finger, from `lo` to `hi` of its length."""
    m = len(sh.centre)
    out = []
    for sign, pts in ((1, sh.left), (-1, sh.right)):
        for j in range(int(m * lo), int(m * hi)):
            if j < len(pts):
                out.append((pts[j], (sh.normal[j][0] * sign, sh.normal[j][1] * sign)))
    return out


@pytest.mark.parametrize(("names", "her_curl", "his_curl"), POSES)
def test_every_finger_of_the_clasp_has_a_readable_edge(names: tuple[str, str], her_curl: float, his_curl: float) -> None:
    img = _compose(*names)
    for i in range(4):
        fs = clasp.her_spec(i, her_curl)
        cp, ws, _ = finger_geom(fs, clasp.HER_XF)
        sh = fingerform.shape(cp, ws[0], fs.taper)
        worst = min(_steepest(img, p, n) for p, n in _side_samples(sh, 0.25, 0.6))
        assert worst >= 30, f"{names[0]}: her finger {i}'s edge steps only {worst:.1f} levels: blurred against his"
    for i in range(4):
        ts = laced.tip_spec(i, his_curl)
        cp, ws, _ = finger_geom(ts, laced.XF)
        sh = fingerform.shape(cp[1:], ws[1] * (1.08 + 0.16 * his_curl), taper=ts.taper, root_back=0.0)
        worst = min(_steepest(img, p, n) for p, n in _side_samples(sh, 0.2, 0.8))
        assert worst >= 36, f"{names[1]}: his finger {i} over her hand has an edge of only {worst:.1f} levels"


def test_his_fingers_between_hers_are_round_not_bands_of_shade() -> None:
    img = _compose(*POSES[0][0])
    for i in range(1, 4):
        cp, _, _ = finger_geom(laced.tip_spec(i), laced.XF)
        # three quarters of the way from his knuckle in his palm to his middle knuckle (free of the
        # root's fade-in), straight down across it, +-10 px (her fingers' edges lie ~21 px out)
        m = (cp[0][0] * 0.25 + cp[1][0] * 0.75, cp[0][1] * 0.25 + cp[1][1] * 0.75)
        prof = [_lum(img, (m[0], m[1] + t)) for t in range(-10, 11)]
        span = max(prof) - min(prof)
        assert span >= 25, f"his finger {i} between hers spans {span:.1f} levels across: a flat band of shade"
