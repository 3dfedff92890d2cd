"""The kiss (line 73), lead stop 26: 'the noses melt into each other (her nose's outline drawn across his upper
lip and cheek, one fused shape with a see-through nose)' and 'hers are a glossy red decal with a hard
highlight; his mouth sits too high'. Now her nose's tip lies behind his face, no line of hers shows in the
hollow under his nose, each mouth is a muted rose of its own skin without gloss, and the mouths meet at
one point with a small dark gap. Numbers on the art before (commit fdea749) in each docstring."""

from __future__ import annotations

import math

import pygame
from test_kiss_noses import art as art  # (the fixture: her, his and the skin between, laid at rest)

from tools.faces_close import face, kiss, kiss_lips, model
from tools.faces_close.svgkit import Place


def _lum(c: pygame.Color) -> float:
    return 0.3 * c.r + 0.59 * c.g + 0.11 * c.b


def tip_depth(him: pygame.Surface) -> float:
    """How far (px) her nose's tip lies inside his drawing: 0 where it shows (old art: 0, in the hollow under
    his nose)."""
    tx, ty = (round(v) for v in kiss.HER_AT(model.HER_NOSE[3]))
    if him.get_at((tx, ty)).a < 250:
        return 0.0
    clear = [math.hypot(dx, dy) for dx in range(-30, 31) for dy in range(-30, 31)
             if him.get_at((tx + dx, ty + dy)).a < 128]
    return min(clear, default=99.0)


def lines_in_hollow(comp: pygame.Surface, him: pygame.Surface, her: pygame.Surface) -> int:
    """Pixels under his nose, in her skin where his drawing does not cover it (within 36 px of her nose's tip),
    darker by >= 45 levels than both points 5 px to either side: a drawn line of hers there, her nose's
    edge or nostril hook (old art: 17)."""
    tx, ty = (round(v) for v in kiss.HER_AT(model.HER_NOSE[3]))
    n = 0
    for y in range(ty - 36, ty + 37):
        for x in range(tx - 36, tx + 37):
            if him.get_at((x, y)).a > 20 or her.get_at((x, y)).a < 250:
                continue
            v = _lum(comp.get_at((x, y)))
            sides = [(x - 5, y), (x + 5, y), (x, y - 5), (x, y + 5)]
            ok = [_lum(comp.get_at(p)) for p in sides if her.get_at(p).a >= 250 and him.get_at(p).a <= 20]
            if len(ok) >= 2 and min(ok) - v >= 45:
                n += 1
    return n


def lip_pixels(s: pygame.Surface, pl: Place, pts: list[tuple[float, float]]) -> list[pygame.Color]:
    """The pixels of `s` inside the lip shape `pts` (face.LIP_UP or LIP_LO) placed by `pl`, its core (the
    shape shrunk to 0.7 about its middle: the soft edge eases into the skin)."""
    poly = _shrunk(pl.all(pts), 0.7)
    xs, ys = [p[0] for p in poly], [p[1] for p in poly]
    out = []
    for y in range(round(min(ys)) + 2, round(max(ys)) - 1):
        for x in range(round(min(xs)) + 2, round(max(xs)) - 1):
            if _inside(poly, x, y) and s.get_at((x, y)).a > 250:
                out.append(s.get_at((x, y)))
    return out


def _inside(poly: list[tuple[float, float]], x: float, y: float) -> bool:
    hit = False
    for (ax, ay), (bx, by) in zip(poly, poly[1:] + poly[:1], strict=True):
        if (ay > y) != (by > y) and x < ax + (y - ay) * (bx - ax) / (by - ay):
            hit = not hit
    return hit


def test_her_nose_tip_reaches_over_his_cheek(art: dict[str, pygame.Surface]) -> None:
    """Her nose's tip lies >= 6 px inside his drawing's outline, over his cheek under his nose (not in the
    hollow under it, where the two noses read as one fused shape); since review12 D4 it is drawn there in
    front of him (her_nose.svg, test_kiss_nose_front), no longer hidden behind his face."""
    assert tip_depth(art["him"]) >= 6.0


def test_no_line_of_hers_in_the_hollow_under_his_nose(art: dict[str, pygame.Surface]) -> None:
    """Where her skin shows under his nose there is no drawn line of hers (old art: 17 px of her nose's
    edge and nostril hook, read as his see-through nose)."""
    assert lines_in_hollow(art["comp"], art["him"], art["her"]) <= 10


def test_lips_are_muted_rose_without_gloss(art: dict[str, pygame.Surface]) -> None:
    """Both lips' red over green (mean r - g) is within 30 levels of the face's own skin's, a rose of the skin
    (old art: her lips 50 levels redder, r - g 100, a red decal), and no pixel of her lower lip stands out >= 20 levels
    above its median (old: the wet highlight, 39)."""
    her = art["her"]
    for pl, m, s in ((kiss.HER_AT, model.HER, her), (kiss.HIM_AT, model.HIM, art["him"])):
        cs = lip_pixels(s, pl, face.LIP_LO) + lip_pixels(s, pl, face.LIP_UP)
        red = sum(c.r - c.g for c in cs) / len(cs)
        skin = int(m.skin[1:3], 16) - int(m.skin[3:5], 16)
        assert red - skin <= 30, f"lip r-g {red:.0f}, skin {skin}"
    lo = lip_pixels(her, kiss.HER_AT, face.LIP_LO)
    lums = sorted(_lum(c) for c in lo)
    assert lums[-1] - lums[len(lums) // 2] < 20, f"highlight {lums[-1] - lums[len(lums) // 2]:.0f}"


def test_mouths_meet_at_one_point_with_a_dark_gap(art: dict[str, pygame.Surface]) -> None:
    """At the contact point (kiss_lips.contact) her upper lip and his lower lip both lie within 9 px, and the
    point is >= 25 levels darker than both lips (old art: his lower lip 16 px off, no gap: 4 levels)."""
    comp = art["comp"]
    cx, cy = kiss_lips.contact(kiss.HER_AT, kiss.HIM_AT)
    for pl, pts in ((kiss.HER_AT, face.LIP_UP), (kiss.HIM_AT, face.LIP_LO)):
        near = min(math.dist((cx, cy), p) for p in _fill(pl, pts))
        assert near <= 9.0, f"a lip {near:.0f} px from the contact"
    gap = _lum(comp.get_at((round(cx), round(cy))))
    for pl, pts in ((kiss.HER_AT, face.LIP_UP), (kiss.HIM_AT, face.LIP_LO)):
        lip = sorted(_lum(c) for c in lip_pixels(comp, pl, pts))
        assert lip[len(lip) // 2] - gap >= 25, f"gap {gap:.0f} lip {lip[len(lip) // 2]:.0f}"


def _shrunk(poly: list[tuple[float, float]], k: float) -> list[tuple[float, float]]:
    cx, cy = sum(p[0] for p in poly) / len(poly), sum(p[1] for p in poly) / len(poly)
    return [(cx + (x - cx) * k, cy + (y - cy) * k) for x, y in poly]


def _fill(pl: Place, pts: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Points filling the placed lip shape (its outline and its middle), to measure distances to."""
    return [p for k in (1.0, 0.75, 0.5) for p in _shrunk(pl.all(pts), k)]
