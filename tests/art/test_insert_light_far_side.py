"""Skin on the far side of a side-lit insert stays warm skin (review9 #7, story lines 62-64, "the
warmth of their connection radiating through their intertwined fingers"): the candle is right of
the hands, so her forearm on the left is further from it than his, but candlelight never leaves
skin grey. The far side used to be lit only by the window's cool fill and the ambient: her forearm
came out a dead grey-brown (lum 39, b/r 0.67 at 1080p) beside his warm one (lum 110, b/r 0.44)."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from game.art.insert_light import InsertLight
from game.art.inserts import DESIGN, PREFIX, Inserts
from game.art.svg import SvgCache

ROOT = Path(__file__).resolve().parents[2]
INSERTS = ROOT / "assets" / "art" / "inserts"
# Shot, seconds in, then her skin far from the candle and his near it, design pixels (x, y, w, h):
# line 64's forearms (hers left of the bracelet, his right of the clasp); line 62's reaching hands.
CASES = [("hands_intertwined", 4.0, (20, 400, 300, 120), (1250, 390, 250, 140)),
         ("hand_reach", 2.0, (380, 420, 200, 140), (1300, 380, 200, 150))]


def _room_light_at_the_hands() -> InsertLight:
    """The room's light on the hands' shot (lines 62-64, 71): the key from the table's candle and
    the hearth, right of the shot; the window's cool fill; the room's ambient."""
    return InsertLight(1, (255, 179, 92), 1.1, (58, 90, 140), 0.35, (22, 17, 24))


def _skin(surf: pygame.Surface, region: tuple[int, int, int, int]) -> tuple[float, float, float]:
    x, y, w, h = (v // 2 for v in region)
    c = pygame.transform.average_color(surf, pygame.Rect(x, y, w, h))
    return float(c[0]), float(c[1]), float(c[2])


def _lum(c: tuple[float, float, float]) -> float:
    return 0.299 * c[0] + 0.587 * c[1] + 0.114 * c[2]


@pytest.mark.parametrize("shot,u,her_at,his_at", CASES)
def test_her_arm_far_from_the_candle_is_warm_skin(tmp_path: Path, shot: str, u: float,
                                                  her_at: tuple[int, int, int, int],
                                                  his_at: tuple[int, int, int, int]) -> None:
    pygame.init()
    inserts = Inserts(INSERTS, SvgCache(tmp_path), seed=7)
    surf = pygame.Surface((DESIGN[0] // 2, DESIGN[1] // 2))
    inserts.draw(surf, PREFIX + shot, u, _room_light_at_the_hands())
    her, his = _skin(surf, her_at), _skin(surf, his_at)
    assert her[2] / her[0] <= 0.6, f"her forearm {her} is grey, not warm (b/r {her[2] / her[0]:.2f})"
    assert her[0] / her[1] >= 1.3, f"her forearm {her} lacks the candle's red (r/g {her[0] / her[1]:.2f})"
    assert _lum(her) >= 0.55 * _lum(his), f"her forearm (lum {_lum(her):.0f}) is dead beside his ({_lum(his):.0f})"
