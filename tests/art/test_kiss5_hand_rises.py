"""The kiss (line 73), review14 #7: '72 -> 73: her hand jumps from the clasp to his cheek at the cut' (72
holds their joined hands to its end; 73 at 0.5 s already had her hand flat on his cheek). Now the shot
opens with her hand below the frame and shows it rising onto his cheek, arriving by 1.1 s and settled by
1.5 s, opaque all the way; from then on it lies on his cheek as before. Measured on the drawn parts as the
shot lays them; the old art (ce32290) fails: its hand lay on his cheek from 0 s (its back 0 px from its
place at 0 s, 19356 px of it in the 960x540 frame at 0 s)."""

from __future__ import annotations

import math
from itertools import pairwise
from pathlib import Path

import pygame
from test_kiss_motion import _moved, _parts  # (the parts as the shot lays them at u s; a point moved)

from game.art.insert_motion import Transform
from game.art.inserts import Inserts, _blit_part, load_spec
from game.art.svg import SvgCache
from tools.faces_close import kiss
from tools.faces_close.face import LIP_LO, LIP_UP
from tools.faces_close.svgkit import Place

INSERTS = Path(__file__).resolve().parents[2] / "assets" / "art" / "inserts"
SIZE = (960, 540)
K = SIZE[0] / 1920
EARLY = [0.0, 0.15, 0.3, 0.45, 0.6, 0.75, 0.9, 1.05, 1.2, 1.35, 1.5]

BACK = kiss.hand_place()((-64.0, 0.0))  # the middle of the back of her hand, on his cheek at rest


def _on_his_face(u: float) -> tuple[float, float]:
    """The back of her hand at `u` s, and where it lies on his cheek at rest (his face's transform)."""
    at = _parts(u)
    return _moved(BACK, *at["hand.svg"]), _moved(BACK, *at["him.svg"])


def test_her_hand_rises_from_below_the_frame_onto_his_cheek() -> None:
    """Over 73's first 1.5 s the back of her hand starts below the frame (y > 1080 + 100 design px), rises
    every step (y falling), is in the frame and on its way (>= 150 px from his cheek) by 0.6 s, and from
    1.5 s lies on his cheek (within 1 px of its place on his face); hand and thumb opaque at every time.
    (Old art: 0 px from its place at 0 s.)"""
    path = [_on_his_face(u) for u in EARLY]
    ys = [round(h[1]) for h, _ in path]
    assert ys[0] > 1080 + 100, f"at 0 s the back of her hand is at y {ys[0]} (in the frame: no rise to see)"
    assert all(b < a for a, b in pairwise(ys[:8])), f"her hand does not rise steadily to 1.05 s: {ys}"
    mid_hand, mid_cheek = path[EARLY.index(0.6)]
    assert mid_hand[1] < 1080 and math.dist(mid_hand, mid_cheek) >= 150, \
        f"at 0.6 s her hand is not seen on its way ({mid_hand}, {math.dist(mid_hand, mid_cheek):.0f} px off)"
    for u in (1.5, 2.0, 2.6):
        h, c = _on_his_face(u)
        assert math.dist(h, c) <= 1.0, f"at {u} s her hand is {math.dist(h, c):.1f} px off his cheek"
    for u in EARLY:
        at = _parts(u)
        assert at["hand.svg"][1].alpha == 1.0 and at["thumb.svg"][1].alpha == 1.0, f"at {u} s her hand fades"


def _hand_pixels(ins: Inserts, u: float) -> int:
    """Opaque px of her hand, forearm and thumb inside the frame at `u` s (960x540)."""
    s = pygame.Surface(SIZE, pygame.SRCALPHA)
    for part, tf in zip(load_spec(INSERTS, "kiss").parts, ins.transforms("kiss", u), strict=True):
        if part.svg.name in ("hand.svg", "thumb.svg"):
            _blit_part(s, ins._raster(part.svg, SIZE), part.pivot, tf, K, {})
    return pygame.mask.from_surface(s, 200).count()


def test_the_cut_opens_without_her_hand_and_the_rise_is_seen(tmp_path: Path) -> None:
    """As laid on screen: at 0 s no px of her hand is in the frame (72 ends on their joined hands in her
    lap), by 0.6 s its rise is in sight (>= 3000 px at 960x540), and at 1.5 s it shows as much as at rest
    (3 s) within 3 %. (Old art: the whole hand on his cheek at 0 s.)"""
    pygame.init()
    ins = Inserts(INSERTS, SvgCache(tmp_path), seed=7)
    at0, mid, settled, rest = (_hand_pixels(ins, u) for u in (0.0, 0.6, 1.5, 3.0))
    assert at0 == 0, f"at 0 s {at0} px of her hand are already in the frame"
    assert mid >= 3000, f"at 0.6 s only {mid} px of her rising hand are in sight"
    assert abs(settled - rest) <= 0.03 * rest, f"at 1.5 s {settled} px of her hand, at rest {rest}"


def _mouth_box(place: Place, at: tuple[tuple[float, float], Transform], margin: float = 4.0) -> pygame.Rect:
    """A mouth's box on the 1080p canvas at one moment: its two lips as kiss.py draws them (face.lips at
    `place`), moved with the head's part, `margin` px round."""
    pts = [_moved(place(p), *at) for p in (*LIP_UP, *LIP_LO)]
    x0, y0 = min(p[0] for p in pts) - margin, min(p[1] for p in pts) - margin
    x1, y1 = max(p[0] for p in pts) + margin, max(p[1] for p in pts) + margin
    return pygame.Rect(math.floor(x0), math.floor(y0), math.ceil(x1 - x0), math.ceil(y1 - y0))


def test_her_rising_hand_never_covers_a_mouth(tmp_path: Path) -> None:
    """Review15: 'at ~0.9 s her palm passes over his mouth and chin for a moment' (the lips meet at 1.55 s).
    Her hand and thumb, composed alone at 1920x1080 as the shot lays them every 0.05 s from 0 to 1.5 s,
    cover 0 px (alpha >= 128) of his mouth's box or hers (the lips' box, 4 px round): it comes up along his
    jaw on his ear's side. (Old art, f6b23ac: 63 px of his mouth's box under her thumb at 0.9 s.)"""
    pygame.init()
    size = (1920, 1080)
    ins = Inserts(INSERTS, SvgCache(tmp_path), seed=7)
    spec = load_spec(INSERTS, "kiss")
    covered: dict[str, int] = {}
    for u in [i * 0.05 for i in range(31)]:
        tfs = ins.transforms("kiss", u)
        at = {p.svg.name: (p.pivot, tf) for p, tf in zip(spec.parts, tfs, strict=True)}
        s = pygame.Surface(size, pygame.SRCALPHA)
        for part, tf in zip(spec.parts, tfs, strict=True):
            if part.svg.name in ("hand.svg", "thumb.svg"):
                _blit_part(s, ins._raster(part.svg, size), part.pivot, tf, 1.0, {})
        hand = pygame.mask.from_surface(s, 128)
        for who, place, head in (("his", kiss.HIM_AT, "him.svg"), ("her", kiss.HER_AT, "her.svg")):
            box = _mouth_box(place, at[head])
            n = hand.overlap_area(pygame.mask.Mask(box.size, fill=True), box.topleft)
            if n:
                covered[f"{who} @{u:.2f}"] = n
    assert not covered, f"her hand covers a mouth (px): {covered}"
