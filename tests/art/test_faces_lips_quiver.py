"""Line 19, "but her trembling lips revealed her vulnerability." (review10 #10): not sticker lips. The lips'
edges fade into the skin (their corners over tens of px). How the mouth trembles, the corners pull down and
the chin tightens: test_faces_lips_sob. (Her skin and hair against the wides': test_faces_tear_face.)"""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from tools.faces_close import lips

INSERTS = Path(__file__).resolve().parents[2] / "assets" / "art" / "inserts"
LIPS = INSERTS / "trembling_lips"


@pytest.mark.parametrize("svg", ["lip_upper.svg", "lip_lower.svg"])
def test_the_lips_edges_fade_into_the_skin(svg: str) -> None:
    """Down the middle column the lip's outer edge climbs from under 20 % to over 80 % opacity across
    >= 5 px, and along the lip's middle line it first reaches 80 % >= 25 px in from each corner (old art:
    a filled shape with an edge of 1-2 px, sticker lips with hard corners reaching it in ~8 px)."""
    pygame.init()
    lip = pygame.image.load_sized_svg(str(LIPS / svg), (1920, 1080))
    col = [lip.get_at((1000, y)).a for y in range(300, 700)]
    shape = lips.LOWER if svg == "lip_lower.svg" else lips.UPPER
    seq = list(reversed(col)) if shape is lips.LOWER else col  # from outside the lip inward
    first = next(i for i, a in enumerate(seq) if a >= 51)
    full = next(i for i, a in enumerate(seq) if a >= 204)
    assert full - first >= 5, f"{svg}: the edge goes from 20 % to 80 % in {full - first} px"
    for side in (-1, 1):
        tip = shape.x0 if side < 0 else shape.x1
        for k in range(60):
            x = tip - side * k
            y = (lips._y(shape.top, x) + lips._y(shape.bottom, x)) / 2
            if lip.get_at((round(x), round(y))).a >= 204:
                break
        assert k >= 25, f"{svg}: the corner at {tip:.0f} is 80 % opaque {k} px in"
