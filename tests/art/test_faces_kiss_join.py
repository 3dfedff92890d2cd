"""The kiss (line 73), review6 Part 2 #1: the join between the faces and the approach.

"A flat outlined tan trapezoid between the noses and lips reads as a plaster over the join" and
"at 1 s the lips are already pressed, so 1 s and 3 s are nearly the same frame"."""

from __future__ import annotations

from pathlib import Path

import pygame

from game.art.inserts import Inserts, _blit_part, load_spec
from tools.faces_close import kiss

INSERTS = Path(__file__).resolve().parents[2] / "assets" / "art" / "inserts"
SIZE = (960, 540)
K = SIZE[0] / 1920



def _lum(c: pygame.Color) -> float:
    return 0.3 * c.r + 0.59 * c.g + 0.11 * c.b


def test_the_join_under_the_noses_has_no_outline() -> None:
    """Across the skin where the upper lips meet (from inside her face, through the join, up to his
    profile) the brightness changes smoothly: no ink line rings a patch there (old art: a step of 79
    levels across two pixels at the profiles' outlines, the patch read as pasted on; now under 30).
    His own edge, in front, is the one line there (review7 #1: tests/art/test_faces_kiss_occlusion.py)."""
    pygame.init()
    comp = pygame.Surface((1920, 1080), pygame.SRCALPHA)
    comp.fill((20, 10, 5, 255))
    for name in ("between.svg", "her.svg", "him.svg"):
        comp.blit(pygame.image.load_sized_svg(str(INSERTS / "kiss" / name), (1920, 1080)), (0, 0))
    him = pygame.image.load_sized_svg(str(INSERTS / "kiss" / "him.svg"), (1920, 1080))
    worst = 0.0
    # (the philtrum under her nose's tip: from KISS stop 26 her nose is the wides' snub, its tip turned up
    # over a philtrum a third as tall, model.warp; lines from -50 crossed her nose's own tip, from -44 the pocket under his nose)
    for y in range(-42, -24, 2):
        a, b = kiss.HER_AT((-24.0, float(y))), kiss.HIM_AT((-24.0, float(y)))
        pts = [(round(a[0] + (b[0] - a[0]) * i / 40), round(a[1] + (b[1] - a[1]) * i / 40)) for i in range(41)]
        edge = next((i for i, p in enumerate(pts) if him.get_at(p).a > 128), len(pts))
        lum = [_lum(comp.get_at(p)) for p in pts[:max(0, edge - 4)]]
        worst = max(worst, 0.0, *(abs(lum[i + 2] - lum[i]) for i in range(len(lum) - 2)))
    assert worst < 30, f"an edge of {worst:.0f} levels across the join under the noses: an outlined patch"


def _lip_gap(inserts: Inserts, u: float) -> int:
    """Px (at 960x540) between her lips' front and his on the rows of the lips at `u` s (<= 1: touching,
    the two anti-aliased edges meeting at 1920 wide)."""
    spec = load_spec(INSERTS, "kiss")
    masks = {}
    for part, tf in zip(spec.parts, inserts.transforms("kiss", u), strict=True):
        if part.svg.name in ("her.svg", "him.svg"):
            s = pygame.Surface(SIZE, pygame.SRCALPHA)
            _blit_part(s, inserts._raster(part.svg, SIZE), part.pivot, tf, K, {})
            masks[part.svg.name] = pygame.mask.from_surface(s, 40)
    her, him = masks["her.svg"], masks["him.svg"]
    mid = round(kiss.CONTACT[0] * K)
    gaps = []
    for y in range(round((kiss.CONTACT[1] - 16) * K), round((kiss.CONTACT[1] + 12) * K)):
        front = max((x for x in range(mid - 80, mid + 40) if her.get_at((x, y))), default=mid - 80)
        back = min((x for x in range(mid - 40, mid + 80) if him.get_at((x, y))), default=mid + 80)
        gaps.append(back - front - 1)
    return min(gaps)


def test_the_lips_approach_then_meet(inserts: Inserts) -> None:
    """The last of the lean is seen: at 1 s the lips are still apart (old art: pressed already at 1 s,
    1 s and 3 s one frame), by 3 s they touch."""
    apart, met = _lip_gap(inserts, 1.0), _lip_gap(inserts, 3.0)
    assert apart >= 6, f"at 1 s the lips are {apart} px apart at 960 wide: already met"
    assert met <= 1, f"at 3 s the lips are still {met} px apart"


def test_the_join_shows_only_once_the_lips_touch(inserts: Inserts) -> None:
    """The skin between their upper lips (between.svg) stays out while the lips are apart."""
    spec = load_spec(INSERTS, "kiss")
    i = next(k for k, p in enumerate(spec.parts) if p.svg.name == "between.svg")
    for u in (0.0, 0.5, 1.0, 1.5, 1.7, 1.8, 2.0, 2.5, 3.0):
        shown = inserts.transforms("kiss", u)[i].alpha > 0
        assert shown == (_lip_gap(inserts, u) <= 1), f"at {u} s the join is {'in' if shown else 'out'}"


def test_her_fingers_on_his_cheek_curl_and_lie_together() -> None:
    """Review6 #1: 'a stiff flat palm with four straight fanned fingers reads as pushing him away'. Each
    finger curls round his cheek toward the ear, more from index to little finger (the tip's direction
    >= 20 degrees from the root's; old: 16, all alike), all the same way, and they lie together: the
    roots' directions within 10 degrees (old: fanned over 19)."""
    from tools.faces_close import hand

    curls = [2 * bend for _, _, _, _, bend in hand.RESTING]
    assert all(c <= -20 for c in curls), f"fingers nearly straight: curls {curls}"
    assert curls == sorted(curls, reverse=True), f"not curling more from index to little finger: {curls}"
    angles = [a for _, a, _, _, _ in hand.RESTING]
    assert max(angles) - min(angles) <= 10, f"fingers fanned over {max(angles) - min(angles)} degrees"
