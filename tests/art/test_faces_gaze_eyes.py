"""The gaze (story line 24, 'the intensity of their gaze spoke volumes'): the eyes carry the look.

In the wide two-shot the profile eyes were ~20 px long at 1080p, too small to read; the close two-shot
(gaze.VIEW) draws each eye at least 45 px long, its iris at the front of the eye, toward the other face,
and his brow drawn down at its inner end (the intent look) below hers."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from tools.faces_close import face, gaze
from tools.faces_close.svgkit import Place

INSERTS = Path(__file__).resolve().parents[2] / "assets" / "art" / "inserts"
EYE = face.eye_centre(gaze.EYE)  # the eye's centre in the head's local frame (face.eye_open)


def _svg(rel: str) -> pygame.Surface:
    pygame.init()
    return pygame.image.load_sized_svg(str(INSERTS / "gaze" / rel), (1920, 1080))


def _white(c: pygame.Color) -> bool:
    """The white of the eye (face.EYE_WHITE, or in the lid's shade): pale and not orange like lit skin."""
    return c.a > 200 and c.b > 150 and c.r - c.b < 45 and c.r > 170


def _lum(c: pygame.Color) -> float:
    return 0.3 * c.r + 0.59 * c.g + 0.11 * c.b


def _iris(c: pygame.Color, dark: float) -> bool:
    """The iris's dark, its pupil and (`dark` 75) the lids' brown line, which runs the eye's length."""
    return c.a > 200 and _lum(c) < dark


def _eye_pixels(surf: pygame.Surface, pl: Place, dark: float = 75) -> tuple[list[int], list[int]]:
    """The x of the white's and the iris's pixels in a band round the eye's rows (the brow lies above it),
    from the back corner to the cornea (the faint outline of the nose's bridge in front is as pale)."""
    k = gaze.EYE
    cy = pl(EYE)[1]
    xa, xb = sorted((pl((EYE[0] - 34 * k, EYE[1]))[0], pl((EYE[0] + 19 * k, EYE[1]))[0]))  # back corner, cornea
    whites: list[int] = []
    irises: list[int] = []
    for y in range(round(cy - 8 * pl.scale), round(cy + 6 * pl.scale)):
        for x in range(round(xa), round(xb)):
            c = surf.get_at((x, y))
            if _white(c):
                whites.append(x)
            elif _iris(c, dark):
                irises.append(x)
    return whites, irises


@pytest.mark.parametrize(("rel", "who"), [("her.svg", "her"), ("his_head.svg", "him")])
def test_each_eye_in_the_gaze_is_long_enough_to_carry_the_look(rel: str, who: str) -> None:
    """The eye's opening (the white and the iris) runs at least 45 px across at 1080p (the wide framing's
    eyes: ~22 px, the white alone ~15)."""
    pl = gaze.HER_AT if who == "her" else gaze.HIM_AT
    whites, irises = _eye_pixels(_svg(rel), pl)
    assert whites and irises, f"{rel}: no eye found (whites {len(whites)}, iris {len(irises)})"
    span = max(whites + irises) - min(whites + irises)
    assert span >= 45, f"{rel}: the eye is {span} px long at 1080p"


@pytest.mark.parametrize(("rel", "who"), [("her.svg", "her"), ("his_head.svg", "him")])
def test_each_iris_in_the_gaze_looks_at_the_other_face(rel: str, who: str) -> None:
    """The iris sits at the front of the eye, toward the other: its pupil (darker than the lid's line) is
    past the white's middle toward the other face, hers (facing right) to the right, his (facing left) to
    the left, by at least a fifth of the eye's length."""
    pl = gaze.HER_AT if who == "her" else gaze.HIM_AT
    whites, irises = _eye_pixels(_svg(rel), pl, dark=30)
    toward = 1 if who == "her" else -1
    span = max(whites + irises) - min(whites + irises)
    off = (sum(irises) / len(irises) - sum(whites) / len(whites)) * toward
    assert off > span / 5, f"{rel}: the iris is {off:.0f} px toward the other of a {span} px eye"


def _low_edge(surf: pygame.Surface, pl: Place, lx: float) -> int:
    """The lowest dark (brow) row between the forehead and the eye's crease at local x `lx`."""
    x, y0 = (round(v) for v in pl((lx, -300.0)))
    y1 = round(pl((lx, -218.0))[1])  # above the upper lid's line
    rows = [y for y in range(y0, y1) if surf.get_at((x, y)).a > 200 and _lum(surf.get_at((x, y))) < 100]
    return max(rows, default=-1)


def test_his_brow_is_drawn_down_toward_the_nose_and_hers_is_not() -> None:
    """His brow knits (its inner end, toward the nose, lower than its middle); hers stays soft (not lower)."""
    for rel, pl, knit in (("his_head.svg", gaze.HIM_AT, True), ("her.svg", gaze.HER_AT, False)):
        surf = _svg(rel)
        inner, middle = _low_edge(surf, pl, -96.0), _low_edge(surf, pl, -114.0)
        assert inner > 0 and middle > 0, f"{rel}: no brow found ({inner}, {middle})"
        if knit:
            assert inner > middle + 3, f"{rel}: his brow's inner end at row {inner}, its middle at {middle}"
        else:
            assert inner <= middle + 2, f"{rel}: her brow's inner end at row {inner}, its middle at {middle}"
