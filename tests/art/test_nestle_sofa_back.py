"""13, "nestled in the embrace of a plush velvet sofa" (review10 #17): her back lies on the
sofa's left arm, not bolt upright on the seat with her back 162 px clear of the upholstery.
Measured in room px against the rolled arm's outline in assets/art/props/sofa.svg, placed in
the `sofa` box of scenes/room.tmx."""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import Any

import pygame
import pytest

from game.art.rig import FigureState, blend, local_point, solve

Pt = tuple[float, float]
NESTLED = "nestled in the embrace of a plush velvet sofa"
BACK_X = 32.0  # torso.svg: the dress's back edge (x) from the seat (y 262) up to the shoulder blades
BACK_YS = range(262, 90, -8)
TOUCH = 6.0  # px: "in contact" - the nearest back point within this of the arm, none sunk deeper into it


def _bezier(p0: Pt, p1: Pt, p2: Pt, p3: Pt, n: int = 24) -> list[Pt]:
    out = []
    for i in range(1, n + 1):
        u = i / n
        out.append(tuple((1 - u) ** 3 * a + 3 * (1 - u) ** 2 * u * b + 3 * (1 - u) * u * u * c + u**3 * d
                         for a, b, c, d in zip(p0, p1, p2, p3, strict=True)))  # type: ignore[misc]
    return out


def _left_arm(x0: float, y0: float) -> list[Pt]:
    """sofa.svg's left rolled arm: M 4 136 C 0 104 22 92 48 92 C 76 92 96 106 96 136 L 96 272 L 6 272 Z."""
    pts = [(4.0, 136.0), *_bezier((4, 136), (0, 104), (22, 92), (48, 92)), *_bezier((48, 92), (76, 92), (96, 106), (96, 136)),
           (96.0, 272.0), (6.0, 272.0)]
    return [(x0 + x, y0 + y) for x, y in pts]


def _signed(p: Pt, poly: list[Pt]) -> float:
    """Distance from p to the outline; negative inside."""
    best, inside = math.inf, False
    for (x1, y1), (x2, y2) in zip(poly, poly[1:] + poly[:1], strict=True):
        dx, dy = x2 - x1, y2 - y1
        u = max(0.0, min(1.0, ((p[0] - x1) * dx + (p[1] - y1) * dy) / (dx * dx + dy * dy)))
        best = min(best, math.hypot(p[0] - x1 - u * dx, p[1] - y1 - u * dy))
        if (y1 > p[1]) != (y2 > p[1]) and p[0] < x1 + (p[1] - y1) * dx / dy:
            inside = not inside
    return -best if inside else best


@pytest.fixture(scope="module")
def story() -> Iterator[tuple[Any, Any]]:
    from game.assets import Assets
    from game.capture import capture_context
    from game.settings import Settings

    ctx = capture_context(Assets(), Settings())
    yield ctx, ctx.scenes.story()
    pygame.quit()


def test_at_nestled_her_back_lies_on_the_sofas_arm(story: tuple[Any, Any]) -> None:
    """The pose the story gives her at line 13: the torso's back edge touches the left arm (its
    nearest point within TOUCH px, none sunk deeper than TOUCH), her hip on the cushion at the
    seat's left end, and the torso leaning back (the old pose sat up at -6 degrees, 162 px clear)."""
    ctx, scene = story
    n = next(n for n, line in enumerate(ctx.script.lines, 1) if NESTLED in line.text)
    scene.seek(n, 2.0)
    pose = scene.director.stage.at(scene.t).poses["her"].value
    figures = ctx.renderer.layers.figures
    spec = figures.specs["her"]
    sofa = ctx.renderer.layers.props.room.anchor("sofa")
    placed = solve(spec, blend(spec, FigureState(pose, -1e9, pose), 0.0), figures._hip("her"))
    arm = _left_arm(sofa.rect.x, sofa.rect.y)
    gaps = [_signed(local_point(spec, placed["torso"], (BACK_X, y)), arm) for y in BACK_YS]
    assert min(gaps) <= TOUCH, f"{pose}: her back is {min(gaps):.0f} px clear of the sofa's arm"
    assert min(gaps) >= -TOUCH, f"{pose}: her back sinks {-min(gaps):.0f} px into the sofa's arm"
    hip = placed["near_thigh"]
    assert float(sofa.props["seat_front"]) <= hip.x <= sofa.rect.x + sofa.rect.w / 2, f"{pose}: hip at x={hip.x:.0f}, not deep at the seat's left end"
    assert placed["torso"].angle <= -20, f"{pose}: torso at {placed['torso'].angle:.0f} degrees, sitting up"
