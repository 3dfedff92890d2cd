"""The figures as the story poses them at a moment of a line, for the STAGE tests (lines 16-18 and
23): one place for the seek, the frame and the shot's framing they all measure against."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from game.view import View


@dataclass(frozen=True)
class Moment:
    """A line's moment: its number, the parts drawn, each figure's placed parts, the shot's rect,
    and its framing (x, y, w, h) at the end of the line's camera move (the tightest)."""

    n: int
    drawn: list[Any]
    final: dict[str, dict[str, Any]]
    shot: Any
    framing: tuple[float, float, float, float]
    layers: Any


def moment(story: tuple[Any, Any], words: str, at: float) -> Moment:
    """`at` s into the first line holding `words`, as --render poses it."""
    ctx, scene = story
    n = next(i for i, line in enumerate(ctx.script.lines, 1) if words in line.text)
    scene.seek(n, at)
    snap = scene.director.stage.at(scene.t)
    layers = ctx.renderer.layers
    frame = layers.frame((1920, 1080), View(1.0, 0.0, 0.0), snap, scene.t, scene.pen_uv)
    drawn, final = layers.figures._scene(frame.figures, scene.t)
    r = layers.props.room.shots[snap.shot.value].rect
    box = (r.x, r.y, r.w, r.h) if snap.move is None else snap.move.framing_at((r.x, r.y, r.w, r.h), 1.0)
    return Moment(n, drawn, final, r, box, layers)
