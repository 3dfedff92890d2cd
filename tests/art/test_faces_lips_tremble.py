"""Line 19, "her trembling lips" (review8 #17): the lips have no hard ink outline (their edge fades
into the skin) and the lower lip visibly quivers, in shape as well as place, between stills 0.3 s apart."""

from __future__ import annotations

import math
from pathlib import Path

import pygame
import pytest

from game.art.insert_motion import Transform
from game.art.inserts import Inserts, load_spec

INSERTS = Path(__file__).resolve().parents[2] / "assets" / "art" / "inserts"
LIPS = INSERTS / "trembling_lips"
CORNERS = ((738.0, 474.0), (1262.0, 472.0))  # the lower lip's corners and its lowest point (design px)
BOTTOM = (1000.0, 624.0)


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


def _at(tf: Transform, pivot: tuple[float, float], p: tuple[float, float]) -> tuple[float, float]:
    a = math.radians(tf.rot)
    vx, vy = p[0] - pivot[0], p[1] - pivot[1]
    return (pivot[0] + (vx * math.cos(a) + vy * math.sin(a)) * tf.scale + tf.dx,
            pivot[1] + (-vx * math.sin(a) + vy * math.cos(a)) * tf.scale + tf.dy)


def test_the_lower_lip_quivers_in_shape_between_stills_a_third_of_a_second_apart() -> None:
    """Every pair of stills 0.3 s apart from 2 s to 4 s (at the shipped seed): the lower lip, against
    the upper lip, moves >= 2 px (a corner or its bottom), and its corners move >= 2 px against each other or apart (a
    change of shape or tilt, not the whole mouth moving); over the line its width changes >= 4 px
    (the old art: a rigid part, its width never changed)."""
    spec = load_spec(INSERTS, "trembling_lips")
    ins = Inserts(INSERTS, None, seed=1907)  # type: ignore[arg-type]  # transforms draw nothing
    lo = next(i for i, p in enumerate(spec.parts) if p.svg.name == "lip_lower.svg")
    up = next(i for i, p in enumerate(spec.parts) if p.svg.name == "lip_upper.svg")

    def pose(u: float) -> tuple[list[tuple[float, float]], float, float]:
        """The lower lip's corners and bottom as they lie against the upper lip; its width; its tilt."""
        tfs = ins.transforms("trembling_lips", u)
        ref = _at(tfs[up], spec.parts[up].pivot, (1000.0, 462.0))
        pts = [_at(tfs[lo], spec.parts[lo].pivot, p) for p in (*CORNERS, BOTTOM)]
        rel = [(x - ref[0], y - ref[1]) for x, y in pts]
        return rel, math.dist(pts[0], pts[1]), pts[0][1] - pts[1][1]

    widths = []
    for k in range(7):
        (ra, wa, ta), (rb, wb, tb) = pose(2.0 + 0.3 * k), pose(2.3 + 0.3 * k)
        widths.append(wa)
        moved = max(math.dist(p, q) for p, q in zip(ra, rb, strict=True))
        assert moved >= 2.0, f"{2.0 + 0.3 * k:.1f} s: the lower lip moves {moved:.1f} px against the upper"
        shape = max(abs(wa - wb), abs(ta - tb))
        assert shape >= 2.0, f"{2.0 + 0.3 * k:.1f} s: the lower lip keeps its shape ({shape:.1f} px)"
    assert max(widths) - min(widths) >= 4.0, f"the lower lip's width changes {max(widths) - min(widths):.1f} px"
