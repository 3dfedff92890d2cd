"""The coffee table's back legs are solid (LIGHT2, line 86): drawn at opacity 0.6 "in shadow",
the rug's pattern showed through them beside the armchair, and the furniture read as
see-through. They are now opaque, darkened by a shade laid over them."""

from __future__ import annotations

from pathlib import Path

import pygame

from game.art.svg import SvgCache

SVG = Path(__file__).resolve().parents[2] / "assets" / "art" / "props" / "coffee_table.svg"
LEGS = ((60, 120), (360, 120))  # local px (viewBox -6 -24 432 176): the back legs below the apron


def test_the_back_legs_are_opaque(tmp_path: Path) -> None:
    pygame.init()
    art = SvgCache(tmp_path).get(SVG, (432, 176), keep=False)
    for x, y in LEGS:
        alpha = art.get_at((x + 6, y + 24)).a
        assert alpha == 255, f"the back leg at {x, y} has alpha {alpha} (old 152: the rug showed through)"
