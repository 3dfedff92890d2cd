"""FIGHANDS (review9): his lost-profile eye at line 11 and her hand at line 72, as a fresh-eyes
reviewer saw them at 1920x1080.

- Line 11 at 2 s: "a pale bead sticks out of the cheek edge beside the lashes" (957,560): the lit
  sliver of the eyeball in eyes_turned.svg stood past head_turned.svg's cheek contour. Now nothing
  pale of the eye lies outside the head; only the dark lashes and lid stand past it."""

from __future__ import annotations

import re
from pathlib import Path

import pygame

ART = Path(__file__).resolve().parents[2] / "assets" / "art" / "figures"
K = 8  # raster px per art px


def _raster(who: str, name: str) -> pygame.Surface:
    path = ART / who / name
    w, h = (int(v) for v in re.search(r'viewBox="0 0 (\d+) (\d+)"', path.read_text(encoding="utf-8")).groups())  # type: ignore[union-attr]
    return pygame.image.load_sized_svg(str(path), (w * K, h * K))


def test_nothing_pale_of_his_turned_eye_stands_past_his_cheek() -> None:
    pygame.init()
    head = _raster("him", "head_turned.svg")
    for eye in ("eyes_turned.svg", "eyes_turned_closed.svg"):
        s = _raster("him", eye)
        outside = 0
        for y in range(70 * K, 100 * K):  # the eye's rows (the head group sits 12 px lower than its path numbers)
            for x in range(10 * K, 40 * K):
                r, g, b, a = s.get_at((x, y))
                if a > 128 and (r + g + b) / 3 > 120 and head.get_at((x, y)).a < 128:
                    outside += 1
        assert outside == 0, f"{eye}: {outside / K / K:.1f} art px of pale eye stand past his cheek's contour (a bead)"
