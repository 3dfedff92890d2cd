"""The kiss (line 73), review10 #2: 'her closed eye is a line with a comb of five tick marks, like
stitches'. Drawn now as a soft tapered lid with many fine lashes, uneven and fanning (kiss.eye_shut)."""

from __future__ import annotations

from pathlib import Path

import pygame

from tools.faces_close import face, kiss

KISS = Path(__file__).resolve().parents[2] / "assets" / "art" / "inserts" / "kiss"


def test_her_lashes_are_many_uneven_and_fanning() -> None:
    """>= 12 lashes (old: 5), lengths differing by >= 1.5x, directions spread over >= 30 degrees (old:
    five parallel strokes)."""
    ls = kiss.lashes(face.HER)
    lengths, angles = [ln for _, ln, _ in ls], [a for _, _, a in ls]
    assert len(ls) >= 12, f"{len(ls)} lashes"
    assert max(lengths) / min(lengths) >= 1.5, f"lashes all one length {lengths}"
    assert max(angles) - min(angles) >= 30, f"lashes parallel: {angles}"


def test_her_lashes_are_fine_not_inked_ticks() -> None:
    """Along a line 5 and 7 local px under her shut lid, no pixel is darker than luminance 80: fine
    lashes laid over the skin, not full-ink strokes (old art: 53, the ticks at full strength)."""
    pygame.init()
    her = pygame.image.load_sized_svg(str(KISS / "her.svg"), (1920, 1080))
    e = kiss.EYE
    darkest = 255.0
    for off in (5, 7):
        for k in range(120):
            c = her.get_at(tuple(round(v) for v in kiss.HER_AT((e[0] - 10 + k * 0.25, e[1] + 4 + off))))
            darkest = min(darkest, 0.3 * c.r + 0.59 * c.g + 0.11 * c.b)
    assert darkest >= 80, f"a lash as dark as {darkest:.0f}: inked ticks"
