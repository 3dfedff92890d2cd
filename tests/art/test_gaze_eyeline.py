"""The gaze (story line 24, 'the intensity of their gaze spoke volumes'): their eyes meet along one line.

Drawn where the wide framing had them, her eye sat ~110 px (1080p) above his all through the shot: she
looked over his head, he at her chin. Now, through the insert's own moves (insert.toml: lean-in, breath)
at 1, 2 and 4 s, the two eyes' centres lie within 25 px of one height, each iris is aimed along the line
between them (the eye's axis within 3 degrees of it), and the drawing puts the pupils where the
placement says (the rendered parts, not only the numbers)."""

from __future__ import annotations

import math
from pathlib import Path

import pygame
import pytest

from game.art.insert_motion import Transform, combined
from game.art.inserts import load_spec
from tools.faces_close import gaze
from tools.faces_close.svgkit import Place

INSERTS = Path(__file__).resolve().parents[2] / "assets" / "art" / "inserts"
SPEC = load_spec(INSERTS, "gaze")
PART = {"her": "her.svg", "him": "his_head.svg"}


def _moved(who: str, u: float) -> tuple[tuple[float, float], Transform, tuple[float, float]]:
    """The part's pivot and its transform at `u` s into the shot (design px = 1080p px)."""
    i, part = next((i, p) for i, p in enumerate(SPEC.parts) if p.svg.name == PART[who])
    return part.pivot, combined(part.motions, u, 0, i), part.pivot


def _on_screen(who: str, p: tuple[float, float], u: float) -> tuple[float, float]:
    """Canvas point `p` of `who`'s part where inserts._blit_part shows it at `u` (turned counter-clockwise
    on screen about the pivot, then moved)."""
    (px, py), tf, _ = _moved(who, u)
    a = math.radians(tf.rot)
    vx, vy = p[0] - px, p[1] - py
    return (px + vx * math.cos(a) + vy * math.sin(a) + tf.dx, py - vx * math.sin(a) + vy * math.cos(a) + tf.dy)


def _eye(who: str, u: float) -> tuple[float, float]:
    pl = gaze.HER_AT if who == "her" else gaze.HIM_AT
    return _on_screen(who, pl(gaze.EYE_AT), u)


def _axis(who: str, u: float) -> float:
    """The screen direction (degrees, y down) the eye's iris looks along: its frame's forward axis."""
    pl = gaze.VIEW_HER.place(gaze.aimed(gaze._HER)) if who == "her" else gaze.VIEW_HIM.place(gaze.aimed(gaze._HIM))
    (ax, ay), (bx, by) = pl(gaze.EYE_AT), pl((gaze.EYE_AT[0] + 10.0, gaze.EYE_AT[1]))
    (ax, ay), (bx, by) = _on_screen(who, (ax, ay), u), _on_screen(who, (bx, by), u)
    return math.degrees(math.atan2(by - ay, bx - ax))


@pytest.mark.parametrize("u", [1.0, 2.0, 4.0])
def test_their_eyes_lie_at_one_height(u: float) -> None:
    """Her eye and his within 25 px of one height at 1080p (before: 119, 107 and 133 px, hers above)."""
    (_, hy), (_, my) = _eye("her", u), _eye("him", u)
    assert abs(hy - my) <= 25, f"at {u} s her eye at y {hy:.0f}, his at {my:.0f}"


def test_their_eyes_stay_at_one_height_through_the_two_lines() -> None:
    """The shot holds through lines 24 and 25: from the lean-in's end (1 s) on, however the two breaths
    (3.9 s, 4.6 s) fall together, the eyes stay within 25 px of one height (every 0.1 s to 40 s)."""
    worst = max((abs(_eye("her", u / 10)[1] - _eye("him", u / 10)[1]), u / 10) for u in range(10, 400))
    assert worst[0] <= 25, f"at {worst[1]:.1f} s the eyes are {worst[0]:.0f} px apart in height"


@pytest.mark.parametrize("u", [1.0, 2.0, 4.0])
def test_each_iris_is_aimed_along_the_line_between_the_eyes(u: float) -> None:
    """Her eye's axis points at his eye and his at hers, within 3 degrees."""
    (hx, hy), (mx, my) = _eye("her", u), _eye("him", u)
    line = math.degrees(math.atan2(my - hy, mx - hx))
    for who, want in (("her", line), ("him", line + 180.0)):
        off = (_axis(who, u) - want + 180.0) % 360.0 - 180.0
        assert abs(off) <= 3.0, f"at {u} s {who}'s iris aims {off:+.1f} deg off the line between the eyes"


@pytest.mark.parametrize("who", ["her", "him"])
def test_the_drawn_pupil_is_where_the_placement_puts_the_eye(who: str) -> None:
    """The darkest pixels (the pupil, under 30 luminance) in a box round the placed eye's centre lie
    within 12 px of it in height: the numbers above describe the drawing."""
    pygame.init()
    surf = pygame.image.load_sized_svg(str(INSERTS / "gaze" / PART[who]), (1920, 1080))
    pl: Place = gaze.HER_AT if who == "her" else gaze.HIM_AT
    cx, cy = (round(v) for v in pl(gaze.EYE_AT))
    ys = [y for y in range(cy - 30, cy + 30) for x in range(cx - 40, cx + 40)
          if (c := surf.get_at((x, y))).a > 200 and 0.3 * c.r + 0.59 * c.g + 0.11 * c.b < 30]
    assert ys, f"{who}: no pupil near ({cx}, {cy})"
    assert abs(sum(ys) / len(ys) - cy) <= 12, f"{who}: the pupil's rows average {sum(ys) / len(ys):.0f}, eye at {cy}"
