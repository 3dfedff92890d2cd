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



def _frame(inserts: Inserts, u: float) -> tuple[pygame.Surface, pygame.Surface, pygame.Surface,
                                              list[list[tuple[int, int]]]]:
    """The two of them as the shot shows them at `u` s (every part but the room and its glow, on a dark
    ground, without the room's light), his drawing alone, placed as it is then, and lines across the
    join under the noses from inside her face to inside his (local y -50..-30: the philtrum), each end
    moved with its face's breath."""
    comp = pygame.Surface(SIZE, pygame.SRCALPHA)
    comp.fill((20, 10, 5, 255))
    him = pygame.Surface(SIZE, pygame.SRCALPHA)
    nose = pygame.Surface(SIZE, pygame.SRCALPHA)  # her nose, in front of his cheek (review12 D4)
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
        if part.svg.name == "her_nose.svg":
            _blit_part(nose, r, part.pivot, tf, 1.0, {})
    (hx, hy), (mx, my) = moved["her.svg"], moved["him.svg"]
    lines = []
    for y in range(-44, -28, 2):  # (under her snub nose's tip, model.warp: from -50 they crossed its tip)
        a, b = kiss.HER_AT((-44.0, float(y))), kiss.HIM_AT((-44.0, float(y)))
        a, b = (a[0] + hx, a[1] + hy), (b[0] + mx, b[1] + my)
        lines.append([(round(a[0] + (b[0] - a[0]) * i / 40), round(a[1] + (b[1] - a[1]) * i / 40))
                      for i in range(41)])
    # (review12 D4: where her nose lies in front of his face the line meets her nose, not his edge: those
    # lines are test_kiss_nose_front's)
    return comp, him, nose, lines


@pytest.mark.parametrize("u", [3.0, 4.0, 5.0])
def test_under_the_noses_her_nose_lies_over_his_edge(inserts: Inserts, u: float) -> None:
    """Review12 D4: along lines from her face to his under the noses, his profile no longer lies over hers
    (her nose was hidden inside his face, her profile ran from brow to lips with no nose): at his edge her
    nose is in front (her_nose.svg's own pixels show there), and beyond her nose what shows inside his
    face is his drawing (no pixel of hers through his skin). (Was: his edge over her skin, darkening it by
    >= 35 levels, with no seam on her side.)"""
    comp, him, nose, lines = _frame(inserts, u)
    fronts, through = 0, 0
    for pts in lines:
        edge = next(i for i, p in enumerate(pts) if him.get_at(p).a > 128)
        fronts += nose.get_at(pts[edge]).a > 200 and comp.get_at(pts[edge])[:3] == nose.get_at(pts[edge])[:3]
        through += sum(1 for p in pts[edge + 3:] if him.get_at(p).a == 255 and nose.get_at(p).a == 0
                       and comp.get_at(p) != him.get_at(p))
    assert fronts == len(lines), f"at {u} s her nose is in front of his edge on {fronts} of {len(lines)} lines"
    assert through == 0, f"at {u} s {through} px inside his face are not his drawing"

