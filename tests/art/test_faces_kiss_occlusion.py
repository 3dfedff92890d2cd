"""The kiss (line 73), review7 #1: at 3-5 s 'the two faces melt into one below the noses' (her nostril
beside his nose, a faint rectangle where the join's patch was, a pale line across her upper lip). He is
the nearer face: his profile lies over hers from the nose down to the lips with a thin shade cast just
outside it, her skin runs on behind it without a seam of its own, and nothing of hers shows inside his."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from game.art.inserts import Inserts, _blit_part, load_spec
from tools.faces_close import kiss

INSERTS = Path(__file__).resolve().parents[2] / "assets" / "art" / "inserts"
SIZE = (1920, 1080)


def _lum(c: pygame.Color) -> float:
    return 0.3 * c.r + 0.59 * c.g + 0.11 * c.b



def _frame(inserts: Inserts, u: float) -> tuple[pygame.Surface, pygame.Surface, list[list[tuple[int, int]]]]:
    """The two of them as the shot shows them at `u` s (every part but the room and its glow, on a dark
    ground, without the room's light), his drawing alone, placed as it is then, and lines across the
    join under the noses from inside her face to inside his (local y -50..-30: the philtrum), each end
    moved with its face's breath."""
    comp = pygame.Surface(SIZE, pygame.SRCALPHA)
    comp.fill((20, 10, 5, 255))
    him = pygame.Surface(SIZE, pygame.SRCALPHA)
    moved = {}
    for part, tf in zip(load_spec(INSERTS, "kiss").parts, inserts.transforms("kiss", u), strict=True):
        moved[part.svg.name] = (tf.dx, tf.dy)
        # light: an overlay; her hand and thumb lie on his cheek by design (the thumb strokes it, review10 #2)
        if part.svg.name in ("back.svg", "glow.svg", "light.svg", "hand.svg", "thumb.svg") or tf.alpha <= 0.003:
            continue
        r = inserts._raster(part.svg, SIZE)
        _blit_part(comp, r, part.pivot, tf, 1.0, {})
        if part.svg.name == "him.svg":
            _blit_part(him, r, part.pivot, tf, 1.0, {})
    (hx, hy), (mx, my) = moved["her.svg"], moved["him.svg"]
    lines = []
    for y in range(-44, -28, 2):  # (under her snub nose's tip, model.warp: from -50 they crossed its tip)
        a, b = kiss.HER_AT((-44.0, float(y))), kiss.HIM_AT((-44.0, float(y)))
        a, b = (a[0] + hx, a[1] + hy), (b[0] + mx, b[1] + my)
        lines.append([(round(a[0] + (b[0] - a[0]) * i / 40), round(a[1] + (b[1] - a[1]) * i / 40))
                      for i in range(41)])
    return comp, him, lines


@pytest.mark.parametrize("u", [3.0, 4.0, 5.0])
def test_his_profile_lies_over_hers_with_one_thin_shade_line(inserts: Inserts, u: float) -> None:
    """Along lines from her cheek to his under the noses: on her side of his edge the skin runs on without
    a step (no seam or patch edge: under 25 levels between pixels two apart; the old art's pale band and
    patch read as a rectangle), and at his edge it darkens by >= 35 levels (the old art: 12, the faces
    melted together); inside his edge what shows is his drawing (no pixel of hers through his skin)."""
    comp, him, lines = _frame(inserts, u)
    seam, edges, through = 0.0, [], 0
    for pts in lines:
        edge = next(i for i, p in enumerate(pts) if him.get_at(p).a > 128)
        lum = [_lum(comp.get_at(p)) for p in pts]
        seam = max(seam, *(abs(lum[i + 2] - lum[i]) for i in range(edge - 4)))
        edges.append(lum[edge - 8] - min(lum[edge - 3:edge + 3]))
        through += sum(1 for p in pts[edge + 3:] if him.get_at(p).a == 255 and comp.get_at(p) != him.get_at(p))
    assert seam < 25, f"at {u} s a step of {seam:.0f} levels in her skin under the noses: a seam or a patch's edge"
    assert min(edges) >= 35, f"at {u} s his edge darkens her skin by only {min(edges):.0f} levels: the faces melt"
    assert through == 0, f"at {u} s {through} px inside his face are not his drawing"

