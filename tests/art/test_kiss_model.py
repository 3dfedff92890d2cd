"""The kiss (line 73) drawn from the wides' model sheet (review10 #2/#4: 'his hair here is a slicked
black helmet, while in every wide (72, 74, 78) it is tousled'; 'cutting 72 -> 73 swaps the actors'): the
close profiles take their skin and hair paint from the wide heads (assets/art/figures/<who>/head.svg), and
his hair's outline breaks into locks as densely as the wide head's. Each test fails on the art before
(commit c04414c: skin off by up to 50 levels, a smooth back edge with no lock on it)."""

from __future__ import annotations

import itertools
import math
import re
from pathlib import Path

import pygame
import pytest

from tools.faces_close import face, kiss

ROOT = Path(__file__).resolve().parents[2]
FIGURES = ROOT / "assets" / "art" / "figures"
KISS = ROOT / "assets" / "art" / "inserts" / "kiss"


def _rgb(h: str) -> tuple[int, int, int]:
    return int(h[1:3], 16), int(h[3:5], 16), int(h[5:7], 16)


def _stops(who: str, gradient: str) -> list[tuple[float, tuple[int, int, int]]]:
    """The stops of gradient `gradient` in the wide head of `who`, in order."""
    text = (FIGURES / who / "head.svg").read_text(encoding="utf-8")
    body = re.search(rf'<(?:linear|radial)Gradient id="{gradient}".*?</(?:linear|radial)Gradient>', text, re.S)
    assert body, f"no gradient {gradient} in {who}/head.svg"
    return [(float(o), _rgb(c)) for o, c in re.findall(r'offset="([\d.]+)" stop-color="(#[0-9a-fA-F]{6})"', body.group(0))]


def _at(stops: list[tuple[float, tuple[int, int, int]]], t: float) -> tuple[float, ...]:
    for (o0, c0), (o1, c1) in itertools.pairwise(stops):
        if o0 <= t <= o1:
            k = (t - o0) / ((o1 - o0) or 1.0)
            return tuple(a + (b - a) * k for a, b in zip(c0, c1, strict=True))
    return tuple(float(v) for v in stops[-1][1])


@pytest.mark.parametrize(("who", "model", "skin", "hair", "mid"), [
    ("her", kiss.HER, "s", "h", 0.45), ("him", kiss.HIM, "skin", "hair", 0.55)])
def test_the_kiss_paints_them_as_the_wides_do(who: str, model: face.Model, skin: str, hair: str, mid: float) -> None:
    """Skin within 10 levels a channel of the wide head's skin at its cheek (0.75 across its gradient),
    the lit skin of the gradient's lit end, the hair of the wide's hair at its middle stop."""
    assert_painted_as_wides(who, model, skin, hair, mid)


def assert_painted_as_wides(who: str, model: face.Model, skin: str, hair: str, mid: float) -> None:
    """A close-up's model against the wide head's gradients (the kiss's and the gaze's tests)."""
    pairs = {"skin": (model.skin, _at(_stops(who, skin), 0.75)), "lit": (model.skin_lit, _at(_stops(who, skin), 1.0)),
             "hair": (model.hair, _at(_stops(who, hair), mid))}
    for what, (ours, wide) in pairs.items():
        got = _rgb(ours)
        if who == "her" and what == "hair":  # HAIR: her hair is painted brighter so it renders as the wides'
            got = tuple(v * wide[0] / got[0] for v in got)  # (test_hair_close_ups); its hue stays the wide's
        off = max(abs(a - b) for a, b in zip(got, wide, strict=True))
        assert off <= 10, f"{who}'s {what} {ours} is {off:.0f} levels off the wide's {tuple(round(v) for v in wide)}"


def _locks(xs: list[int], prom: float, win: int) -> int:
    """Bumps of the outline `xs` (one x per row, outward = larger) standing `prom` px out of the rows
    within `win` either side: the locks on it."""
    n = 0
    for i in range(1, len(xs) - 1):
        if xs[i] >= xs[i - 1] and xs[i] > xs[i + 1] \
                and xs[i] - max(min(xs[max(0, i - win):i]), min(xs[i + 1:i + 1 + win])) >= prom:
            n += 1
    return n


def _back_edge(mask: pygame.mask.Mask, y0: int, y1: int, x0: int, x1: int, out: int) -> list[int]:
    """Per row, the outermost drawn x of the back of the head (`out` +1: to the right, -1: the left)."""
    xs = []
    for y in range(y0, y1):
        row = [x for x in range(x0, x1) if mask.get_at((x, y))]
        if row:
            xs.append(out * (max(row) if out > 0 else min(row)))
    return xs


def test_his_hair_is_tousled_as_in_the_wides() -> None:
    """Down the back of his head, from the frame's top to the nape, his outline has as many locks per
    100 rows (>= 1% of the head's height proud, over 6% of it) as the wide head's has drawn at the same
    size, within 25% (wide: 1.2; old art: 0, one smooth helmet edge)."""
    pygame.init()
    pl = kiss.HIM_AT
    tall = math.dist(pl((-230.0, -508.0)), pl((-26.0, 134.0)))  # crown to chin
    mask = pygame.mask.from_surface(pygame.image.load_sized_svg(str(KISS / "him.svg"), (1920, 1080)), 128)
    a, b = lock_rates(_back_edge(mask, 4, round(pl((-390.0, -120.0))[1]), 1000, 1500, +1), tall)
    assert a >= 0.75 * b, f"his hair breaks into {a:.2f} locks per 100 rows, the wide's {b:.2f}"


def lock_rates(ours: list[int], tall: float) -> tuple[float, float]:
    """Locks per 100 rows on the back edge `ours` of a head `tall` px crown to chin, and on the wide head's
    drawn at that size (a lock: >= 1% of the height proud of the rows within 6% of it); the gaze's test too."""
    k = tall / 124  # the wide head is 124 units crown to chin
    wide = pygame.mask.from_surface(pygame.image.load_sized_svg(str(FIGURES / "him" / "head.svg"),
                                                                (round(140 * k), round(160 * k))), 128)
    theirs = _back_edge(wide, round(4 * k), round(100 * k), 0, round(70 * k), -1)
    prom, win = tall * 0.01, round(tall * 0.06)
    return 100 * _locks(ours, prom, win) / len(ours), 100 * _locks(theirs, prom, win) / len(theirs)
