"""The writing hand wears the clothes its writer wears in the room: one suit in every shot."""

from __future__ import annotations

import re
from pathlib import Path

from game.pen.hands import load_hands

ROOT = Path(__file__).resolve().parents[2]


def _suit_mid() -> tuple[int, int, int]:
    """The middle stop of his jacket's gradient in the wide rig (assets/art/figures/him/torso.svg)."""
    svg = (ROOT / "assets/art/figures/him/torso.svg").read_text()
    stops = re.findall(r'stop-color="#([0-9a-fA-F]{6})"', svg)
    mid = stops[1]  # the first gradient's three stops: shade, body, light
    return int(mid[0:2], 16), int(mid[2:4], 16), int(mid[4:6], 16)


def test_his_writing_sleeve_is_his_suit() -> None:
    hands = load_hands(ROOT / "assets/hands.toml")
    suit = _suit_mid()
    for name in ("elegant", "shaky"):
        sleeve = hands[name].sleeve
        assert sleeve is not None
        distance = sum((a - b) ** 2 for a, b in zip(sleeve, suit, strict=True)) ** 0.5
        assert distance < 12, f"{name}: sleeve {sleeve} is not his suit {suit} (distance {distance:.0f})"
