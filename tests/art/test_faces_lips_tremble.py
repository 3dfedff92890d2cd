"""Line 19, "her trembling lips" (review8 #17): the lips have no hard ink outline (their edge fades
into the skin). How they tremble: test_faces_lips_sob (the mouth is drawn in poses the shot cuts between)."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

INSERTS = Path(__file__).resolve().parents[2] / "assets" / "art" / "inserts"
LIPS = INSERTS / "trembling_lips"


def _lum(c: pygame.Color) -> float:
    return 0.299 * c.r + 0.587 * c.g + 0.114 * c.b


@pytest.mark.parametrize("svg", ["lip_lower.svg", "lip_upper.svg"])
def test_the_lip_edge_fades_into_the_skin_without_an_ink_line(svg: str) -> None:
    """Down a column across the lip's outer edge, composited on skin: no thin band darker than the lip
    just inside it (the old art: a 2.5 px #7a2a34 stroke, 23-36 levels under the lip 6 px inside; now ~3)."""
    pygame.init()
    lip = pygame.image.load_sized_svg(str(LIPS / svg), (1920, 1080))
    worst = 0.0
    for x in range(880, 1121, 20):
        comp = pygame.Surface((1, 1080))
        comp.fill((200, 140, 110))
        comp.blit(lip, (-x, 0))
        col = [_lum(comp.get_at((0, y))) for y in range(1080)]
        ys = [y for y in range(1080) if lip.get_at((x, y)).a > 200]
        edge = max(ys) if svg == "lip_lower.svg" else min(ys)
        step = -1 if svg == "lip_lower.svg" else 1  # inward from the outer edge
        inside = col[edge + 6 * step]
        darkest = min(col[edge - 3: edge + 4])
        worst = max(worst, inside - darkest)
    assert worst < 10, f"{svg}: a dark line {worst:.0f} levels under the lip beside it at its edge"
