"""The gaze two-shot (line 24), review6 #4: 'the candle under-light turns both jaws into pale jowls /
double chins'. The flame is below their faces, so the jaw's underside is lit up to the jaw line: no
band of shade inside the line (face.planes' dark underside band with the candle's warm spot above it
and a pale rim laid below the line, on the neck, made light-dark-light stripes: a second chin)."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from tools.faces_close import face, gaze

GAZE = Path(__file__).resolve().parents[2] / "assets" / "art" / "inserts" / "gaze"


def _lum(c: pygame.Color) -> float:
    return 0.3 * c.r + 0.59 * c.g + 0.11 * c.b


@pytest.mark.parametrize(("name", "who"), [("her.svg", "her"), ("his_head.svg", "him")])
def test_the_jaw_underside_is_lit_to_the_jaw_line(name: str, who: str) -> None:
    """Down a line through the jaw at three depths: the darkest step (the jaw line itself) is found,
    and the skin in the 6-24 local px above it is no darker than the cheek 40-56 px above by more than
    12 levels (old art: 18 levels darker on her, 24 on him, a shaded roll above the line)."""
    pygame.init()
    surf = pygame.image.load_sized_svg(str(GAZE / name), (1920, 1080))
    pl = gaze.HER_AT if who == "her" else gaze.HIM_AT
    prof = gaze._prof(face.HER if who == "her" else face.HIM)  # the shot's own (shorter) jaw
    for x in (-110.0, -130.0, -150.0):
        bottom = max(y for px, y in prof if abs(px - x) < 40 and y > 30)  # (the jaw's lowest point near x)
        col = {}
        for y in range(-20, round(bottom) + 30, 2):  # (from above the cheek: her jaw stands higher, review12 D7)
            p = pl((x, float(y)))
            c = surf.get_at((round(p[0]), round(p[1])))
            if c.a > 200:
                col[y] = _lum(c)
        # the jaw line: the first sharp step down (the darkest point may be the throat's shade below it)
        steps = [y for y in sorted(col) if y > bottom - 40 and y - 2 in col and col[y] < col[y - 2] - 20]
        line = steps[0] if steps else min((y for y in col if y > bottom - 40), key=lambda y: col[y])
        above = [col[y] for y in range(line - 24, line - 5, 2) if y in col]
        cheek = [col[y] for y in range(line - 56, line - 39, 2) if y in col]
        drop = sum(cheek) / len(cheek) - min(above)
        assert drop <= 12, f"{who}, x {x}: the jaw's underside {drop:.0f} levels darker than the cheek: a roll"
