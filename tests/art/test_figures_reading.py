""" "She read his words, her heart aching in response." (review6 #16, line 38 @2 s): her head is
bowed over the notebook ~400 px off on the table, and the downcast eyes drawing (picked for any
gaze pitch over 16 degrees) lowered her eyes past it to her own lap. Her eyes now look along
her face, and her face's line of sight comes down on the table, not in her lap."""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import Any

import pygame
import pytest

from game.art.rig import local_point
from game.view import View

EYE = (96, 78)  # head.svg: her eye


@pytest.fixture(scope="module")
def moment() -> Iterator[tuple[Any, Any, Any]]:
    from game.assets import Assets
    from game.capture import capture_context
    from game.settings import Settings

    ctx = capture_context(Assets(), Settings())
    scene = ctx.scenes.story()
    n = next(n for n, line in enumerate(ctx.script.lines, 1) if "She read his words" in line.text)
    scene.seek(n, 2.0)
    layers = ctx.renderer.layers
    frame = layers.frame((1920, 1080), View(1.0, 0.0, 0.0), scene.director.stage.at(scene.t), scene.t, scene.pen_uv)
    drawn, final = layers.figures._scene(frame.figures, scene.t)
    yield ctx, drawn, final
    pygame.quit()


def test_her_eyes_are_on_the_book_not_her_lap(moment: tuple[Any, Any, Any]) -> None:
    ctx, drawn, final = moment
    eyes = next(d for d in drawn if d.char == "her" and d.part == "eyes")
    assert eyes.variant != "down", "her downcast eyes look into her lap, past the book"
    spec = ctx.renderer.layers.figures.specs["her"]
    head = final["her"]["head"]
    ex, ey = local_point(spec, head, EYE)
    table = ctx.renderer.layers.props.room.anchor("coffee_table")
    top = float(table.props["top"])
    x = ex + (top - ey) / math.tan(math.radians(head.angle))  # where her line of sight meets the table top
    assert x >= table.rect.x, f"her line of sight comes down at x={x:.0f}, short of the table (x {table.rect.x:.0f}): in her lap"
