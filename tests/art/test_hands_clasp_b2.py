"""Line 71's squeeze lives in the hands (review12 B2, tools/hands/clasp.py): between 2 and 4 s
her fingertips, pressed into his palm, blanch, and his knuckles pale as they stand up; at 4 s the
tips of her fingers are visibly paler than in 64's held clasp at the same time."""

from __future__ import annotations

import os
from pathlib import Path

import pygame
from test_hands_laced import _layers, _lum  # (tests/art is on sys.path, as for every test here)
from test_hands_review8 import _owner

from game.art.inserts import Inserts
from tools.hands import clasp
from tools.hands.geometry import finger_geom

# INSERTS_DIR can point the test at another copy of assets/art/inserts (to check the old art fails)
ROOT = Path(os.environ.get("INSERTS_DIR", Path(__file__).resolve().parents[2] / "assets" / "art" / "inserts"))


def _bright(insert: str, u: float, inserts: Inserts, prefixes: tuple[str, ...], q: float = 0.9) -> float:
    """The q-quantile (90th percentile by default) luminance of the composed pixels that the
    named parts own (topmost)."""
    names, layers, img = _layers(inserts, insert, u, ROOT)
    lums = []
    w, h = img.get_size()
    for x in range(0, w, 2):
        for y in range(0, h, 2):
            if _owner(names, layers, x, y).startswith(prefixes):
                lums.append(_lum(img.get_at((x, y))))
    lums.sort()
    return lums[int(len(lums) * q)]


def _tip_lum(inserts: Inserts, insert: str, svg: str, curl: float) -> float:
    """Mean luminance of the pads of her four fingers in one drawing (alone, at 1920x1080), in a
    disc of 8 px just inside each fingertip of her_spec at `curl`."""
    r = inserts._raster(ROOT / insert / svg, (1920, 1080))
    surf, (ox, oy) = r.image, r.offset
    out = []
    for i in range(4):
        cp, ws, _ = finger_geom(clasp.her_spec(i, curl), clasp.HER_XF)
        back = (cp[-2][0] - cp[-1][0], cp[-2][1] - cp[-1][1])
        n = max(1e-6, (back[0] ** 2 + back[1] ** 2) ** 0.5)
        cx, cy = cp[-1][0] + back[0] / n * ws[-1] * 0.3, cp[-1][1] + back[1] / n * ws[-1] * 0.3
        for dx in range(-8, 9, 2):
            for dy in range(-8, 9, 2):
                c = surf.get_at((round(cx + dx) - ox, round(cy + dy) - oy))
                if dx * dx + dy * dy <= 64 and c.a > 200:
                    out.append(_lum(c))
    return sum(out) / len(out)


def test_her_fingertips_blanch_as_he_grips(inserts: Inserts) -> None:
    """Her pads at full grip are >= 35 levels paler than before it and than 64's (the old art:
    +28, which the room's light left unseen at 1080p)."""
    pygame.init()
    laced = _tip_lum(inserts, "hands_intertwined", "her_lace7.svg", 1.0)  # 63/64's held clasp
    first = _tip_lum(inserts, "hands_tighten", "her_grip0.svg", clasp.HER_GRIP[0])  # 71 before 2 s
    gripped = _tip_lum(inserts, "hands_tighten", "her_grip4.svg", clasp.HER_GRIP[-1])  # 71 from 2.9 s
    assert gripped - first >= 35, f"her fingertips {first:.0f} before the grip, {gripped:.0f} gripped: no blanching"
    assert gripped - laced >= 35, f"her fingertips {gripped:.0f} at 71's grip, {laced:.0f} in 64's clasp: 71 looks like 64"


def test_his_knuckles_pale_as_he_grips(inserts: Inserts) -> None:
    """The brightest tenth of his fingers (the knuckles' crowns) pales by >= 8 levels from 2 to 4 s
    (the old art: +6)."""
    pygame.init()
    before = _bright("hands_tighten", 2.0, inserts, ("his_tip",))
    gripped = _bright("hands_tighten", 4.0, inserts, ("his_tip",))
    assert gripped - before >= 8, f"his knuckles {before:.0f} at 2 s, {gripped:.0f} at 4 s: not paling"
