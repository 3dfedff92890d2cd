"""Review6 (HANDS3): the hand close shots at the moments the review looked at.

L63 @3 s "She placed her hand in his": his fingers show, curling up round her hand, and his palm
is lit skin, not a dark dome."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pygame
import pytest

from game.art.inserts import Inserts, _blit_part, load_spec
from game.art.svg import SvgCache
from tools.hands import clasp

ROOT = Path(__file__).resolve().parents[2]
INSERTS = ROOT / "assets" / "art" / "inserts"


@pytest.fixture(scope="module")
def inserts(tmp_path_factory: pytest.TempPathFactory) -> Inserts:
    pygame.init()
    return Inserts(INSERTS, SvgCache(tmp_path_factory.mktemp("svg")), seed=7)


def _top_owner(inserts: Inserts, insert: str, u: float, size: tuple[int, int]) -> tuple[list[str], np.ndarray]:
    """For each pixel, the index of the topmost part opaque there (-1: the table)."""
    spec = load_spec(INSERTS, insert)
    k = size[0] / 1920
    owner = np.full(size, -1)
    for j, (part, tf) in enumerate(zip(spec.parts, inserts.transforms(insert, u), strict=True)):
        if tf.alpha <= 0.003:
            continue
        s = pygame.Surface(size, pygame.SRCALPHA)
        _blit_part(s, inserts._raster(part.svg, size), part.pivot, tf, k, {})
        owner[pygame.surfarray.pixels_alpha(s) > 160] = j
    return [p.svg.name for p in spec.parts], owner


def test_at_3s_his_fingers_show_curling_round_her_hand(inserts: Inserts) -> None:
    """review6 #2: at 3 s his palm-up hand showed no fingers at all (they came at 3.3 s)."""
    size = (960, 540)
    names, owner = _top_owner(inserts, "hands_intertwined", 3.0, size)
    k = size[0] / 1920
    for i in range(4):
        seen = sum(int((owner == j).sum()) for j, n in enumerate(names) if n.startswith(f"his_tip{i}"))
        assert seen / k**2 > 2500, f"his finger {i} shows {seen / k**2:.0f} px at 3 s: no fingers on his hand"


def test_his_palm_is_lit_skin_not_a_dark_dome() -> None:
    """The middle of his palm (under her hand's shadow) stays a lit palm: was luminance 93."""
    pygame.init()
    s = pygame.image.load(str(INSERTS / "hands_intertwined" / "his.svg"))
    if s.get_size() != (1920, 1080):
        s = pygame.transform.smoothscale(s, (1920, 1080))
    rgb = pygame.surfarray.array3d(s).astype(float)
    alpha = pygame.surfarray.array_alpha(s)
    vals = []
    for lx in range(130, 211, 10):
        for ly in range(-60, 61, 10):
            x, y = (int(v) for v in clasp.HIS_XF((lx, ly)))
            if alpha[x, y] > 200:
                vals.append(float(rgb[x, y] @ np.array([0.299, 0.587, 0.114])))
    assert len(vals) > 60 and np.mean(vals) > 115, f"his palm's middle is dark (luminance {np.mean(vals):.0f})"
