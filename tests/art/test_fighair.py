"""FIGHAIR (review): line 11, "his disheveled hair betrayed his inner turmoil", showed a tidy smooth cap
with a few strokes; line 16/17, "twirling a strand of her chestnut hair", a dark cord wound round a
one-finger mitten. Measured on the drawings themselves (rasterised at K px per art px):

- his hair's outline, seen from inside the head, is broken by loose locks: the silhouette's radius,
  swept round the upper half, peaks at many separate tips (the smooth cap had 2-3: nose, one stray lock);
- the lock wound round her finger is a lit chestnut, not near-black: red well over green, and bright;
- her twirling hand's other fingers are curled and separate: a row across them crosses >= 3 creases."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pygame

ART = Path(__file__).resolve().parents[2] / "assets" / "art" / "figures"
K = 8  # raster px per art px


def _raster(who: str, name: str) -> tuple[np.ndarray, np.ndarray]:
    """(alpha[x, y], rgb[x, y, 3]) of a drawing at K px per art px."""
    path = ART / who / name
    w, h = (int(v) for v in re.search(r'viewBox="0 0 (\d+) (\d+)"', path.read_text(encoding="utf-8")).groups())  # type: ignore[union-attr]
    s = pygame.image.load_sized_svg(str(path), (w * K, h * K))
    return pygame.surfarray.array_alpha(s), pygame.surfarray.array3d(s).astype(np.float64)


def _radial_tips(alpha: np.ndarray, cx: float, cy: float, depth: float = 1.5, win: int = 8) -> int:
    """Tips in the outline: the farthest opaque radius from (cx, cy), degree by degree from lower left
    over the top to lower right, peaking >= depth art px above the lowest point within win degrees each side."""
    w, h = alpha.shape
    rad = []
    for deg in range(150, 391):
        t = np.radians(deg)
        r = np.arange(0.0, 90.0, 0.25)
        xs, ys = ((cx + r * np.cos(t)) * K).astype(int), ((cy + r * np.sin(t)) * K).astype(int)
        ok = (xs >= 0) & (xs < w) & (ys >= 0) & (ys < h)
        hit = np.zeros_like(ok)
        hit[ok] = alpha[xs[ok], ys[ok]] > 128
        rad.append(float(r[hit].max()) if hit.any() else 0.0)
    tips = 0
    for i in range(1, len(rad) - 1):
        if not rad[i - 1] < rad[i] >= rad[i + 1]:
            continue
        if rad[i] - max(min(rad[max(0, i - win):i]), min(rad[i + 1:i + 1 + win])) >= depth:
            tips += 1
    return tips


def test_his_hair_breaks_its_outline_in_loose_locks() -> None:
    pygame.init()
    for name, centre in (("head.svg", (64.0, 60.0)), ("head_turned.svg", (70.0, 66.0))):
        alpha, _ = _raster("him", name)
        tips = _radial_tips(alpha, *centre)
        assert tips >= 6, f"{name}: {tips} tips in the hair's outline: a tidy cap, not disheveled"


def test_her_curl_is_a_lit_chestnut_lock() -> None:
    pygame.init()
    alpha, rgb = _raster("her", "curl.svg")
    r, g, _b = rgb[alpha > 128].mean(axis=0)
    assert r > 1.4 * g, f"the curl's mean colour ({r:.0f}, {g:.0f}) is not chestnut"
    # her painted hair's own chestnut (head.svg's mean, r 95): lighter (r 160, the old bound r > 135) it read
    # as skin, a brooch at her throat (review11 N5); near-black (r < 90) a dark cord (review5 #12)
    assert r >= 90, f"the curl's mean red {r:.0f}: a dark cord, not a lock of chestnut hair"


def test_her_twirling_hand_curls_its_other_fingers() -> None:
    pygame.init()
    alpha, rgb = _raster("her", "hand_curl.svg")
    for y in (44, 47):  # across the curled fingers, past the knuckles
        lum = rgb[9 * K:33 * K, y * K].mean(axis=1)
        dark = (alpha[9 * K:33 * K, y * K] > 128) & (lum < 125)
        runs = int(np.count_nonzero(dark[1:] & ~dark[:-1]))
        assert runs >= 3, f"row {y}: {runs} creases across her curled fingers: a mitten"
