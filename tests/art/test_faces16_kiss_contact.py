"""Review16 D13 (line 73, 'their lips meeting in a soft and tender kiss'): where the faces meet they no
longer fuse. Her nose's underside lay across his upper lip, and his lips' front across her upper lip and
the skin under her nose, each in the same skin value with no edge: at 1:1 the two profiles merged into one
beige shape and the kiss read as noses colliding in a smudge. Now each crossing has a fine dark edge (her
nose's underside, kiss_nose._underside; his mouth's front, kiss_lips.front_edge) and a narrow contact
shade on the skin behind it. Measured on the drawings laid as the shot lays them at rest (as
test_kiss4_nose_hers), on lines across each edge."""

from __future__ import annotations

import itertools
from collections.abc import Callable

import pygame
import pytest
import test_kiss_nose_front as front  # (tests/art is on sys.path, as for every test here)
from test_kiss_nose_front import _lum

from tools.faces_close import kiss, kiss_nose
from tools.faces_close.svgkit import P, Place, outward


@pytest.fixture(scope="module")
def art() -> dict[str, pygame.Surface]:
    """test_kiss_nose_front's drawings at rest (between, her, him, her_nose) and the four laid as the shot lays them."""
    return front.art.__wrapped__()


def _line(pl: Place, run: list[P], by: float) -> list[tuple[int, int]]:
    pts = outward(run, by)
    return [(round(x), round(y)) for x, y in (pl((a[0] + (b[0] - a[0]) * t / 10, a[1] + (b[1] - a[1]) * t / 10))
                                               for a, b in itertools.pairwise(pts) for t in range(10))]


def parted(art: dict[str, pygame.Surface], pl: Place, run: list[P], behind: Callable[[tuple[int, int]], bool],
           step: float = 20.0) -> tuple[int, int]:
    """Points along `run` (a profile, local) whose edge (the darkest within 1.5 local px of it) is >= `step`
    levels darker than the face 4-7 px inside and than the other face's skin 7-10 px outside, of the points
    where `behind` (the other face's skin) lies outside: (parted, checked)."""
    comp = art["comp"]
    edges = [_line(pl, run, d) for d in (-1.5, -0.75, 0.0, 0.75)]
    ins, outs = [_line(pl, run, d) for d in (4.0, 5.5, 7.0)], [_line(pl, run, d) for d in (-7.0, -8.5, -10.0)]
    n = good = 0
    for i in range(len(edges[0])):
        if not all(behind(o[i]) for o in outs):
            continue
        n += 1
        e = min(_lum(comp.get_at(p[i])) for p in edges)
        inner = sum(_lum(comp.get_at(p[i])) for p in ins) / 3
        outer = sum(_lum(comp.get_at(p[i])) for p in outs) / 3
        good += inner - e >= step and outer - e >= step
    return good, n


def nose_underside() -> list[P]:
    """Her nose's underside from just under its tip as far as his upper lip lies behind it (kiss_nose.UNDER;
    the tip itself had its edge before, review13 D4)."""
    (ux, uy), (bx, by) = kiss.profile(kiss.HER)[10:12]
    k = kiss_nose.UNDER
    return [(ux, uy), (ux + (bx - ux) * k / 2, uy + (by - uy) * k / 2), (ux + (bx - ux) * k, uy + (by - uy) * k)]


def test_her_nose_underside_is_parted_from_his_lip(art: dict[str, pygame.Surface]) -> None:
    """Across her nose's underside, where his skin lies below it, a dark edge >= 20 levels under both her nose
    and his lip on >= 80 % of the points (old art: 1 of 20, one beige shape)."""
    good, n = parted(art, kiss.HER_AT, nose_underside(), lambda p: art["him"].get_at(p).a == 255)
    assert n >= 6, f"his skin lies under her nose's underside at only {n} points"
    assert good >= 0.8 * n, f"a dark edge parts her nose's underside from his lip at {good} of {n} points"


def test_his_mouth_is_parted_from_her_face(art: dict[str, pygame.Surface]) -> None:
    """Across his mouth's front from under his nose to his chin (profile 14-18), where her face lies in front
    of it (her skin, not the room, 7-10 px out), a dark edge >= 20 levels under both his lips and her skin on
    >= 80 % of the points (old art: 8 of 14, his lips and her upper lip in one value)."""
    her, nose = art["her"], art["her_nose"]
    good, n = parted(art, kiss.HIM_AT, kiss.profile(kiss.HIM)[14:19],
                     lambda p: her.get_at(p).a == 255 and nose.get_at(p).a < 255)
    assert n >= 10, f"her face lies before his mouth at only {n} points"
    assert good >= 0.8 * n, f"a dark edge parts his mouth from her face at {good} of {n} points"
