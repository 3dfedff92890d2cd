"""No flame on a sleeve (issue 11 item 5): at every narration line of the story, as the game
plays it, the drawn silhouette of each hand, forearm and upper arm of both figures keeps a clear
margin from every candle flame. Measured on the parts' own rasterized masks (not their middle
lines), at the wide shot's scale: one room px is one px at 1920x1080. His clasped hands at "He
leaned forward, resting his elbows on his knees" (line 23) were 32-42 px from candle_04's flame,
his pen hand at "his penmanship shaky" (66) 21-27 px; the middle-line test beside this one
(test_figures_story, 45 px from a part's axis) let a hand's edge come within ~20 px."""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import Any

import numpy as np
import pygame
import pytest

from game.story.commands import Narrate
from game.view import View

ARM_PARTS = ("near_upper", "near_fore", "near_hand", "far_upper", "far_fore", "far_hand")
MIN_CLEAR = 60.0  # room px from a flame's centre to the nearest opaque pixel of a hand or sleeve
FLAME_H = 28.0  # room px (game/fx/candles.py): the flame's centre is 0.45 of it above the wick
MOMENTS = (1.0, 4.0)


@pytest.fixture(scope="module")
def story() -> Iterator[tuple[Any, Any]]:
    from game.assets import Assets
    from game.capture import capture_context
    from game.settings import Settings

    ctx = capture_context(Assets(), Settings())
    yield ctx, ctx.scenes.story()
    pygame.quit()


def nearest(surf: pygame.Surface, pos: tuple[int, int], point: tuple[float, float]) -> float:
    """Distance (px) from `point` to the nearest pixel of `surf` (placed at `pos`) at least half opaque."""
    alpha = pygame.surfarray.pixels_alpha(surf)
    xs, ys = np.nonzero(alpha >= 128)
    del alpha
    if xs.size == 0:
        return math.inf
    return float(np.sqrt(((xs + pos[0] + 0.5 - point[0]) ** 2 + (ys + pos[1] + 0.5 - point[1]) ** 2).min()))


def hidden(point: tuple[float, float], depth: float, casters: Any) -> bool:
    """True if the whole flame at `point` lies behind a figure standing nearer than its holder
    (game/fx/occlusion.py: such a figure hides the flame, so no sleeve can seem to burn in it;
    her face at 16-17, nestled on the sofa's left end, hides both sill candles' flames)."""
    from game.fx.occlusion import MARGIN

    def covered(x: float, y: float) -> bool:
        for mask, rect, floor in casters:
            if floor > depth + MARGIN and rect.collidepoint(x, y):
                mx = int((x - rect.x) * mask.get_width() / rect.w)
                my = int((y - rect.y) * mask.get_height() / rect.h)
                if mask.get_at((mx, my)).a >= 128:
                    return True
        return False

    return all(covered(point[0] + dx, point[1] + dy) for dx in (-4, 0, 4) for dy in (-12, -6, 0, 6, 12))


def test_no_hand_or_sleeve_comes_near_a_candle_flame(story: tuple[Any, Any]) -> None:
    ctx, scene = story
    layers = ctx.renderer.layers
    figures, candles = layers.figures, layers.fx.candles
    view = View(1.0, 0.0, 0.0)
    worst: dict[str, tuple[float, str]] = {}
    for n, line in enumerate(ctx.script.lines, 1):
        if not isinstance(line, Narrate):
            continue  # a written line is the page shot: the room's figures are not seen
        for at in MOMENTS:
            scene.seek(n, at)
            frame = layers.frame((1920, 1080), view, scene.director.stage.at(scene.t), scene.t, scene.pen_uv)
            drawn, _final = figures._scene(frame.figures, scene.t)
            burn = frame.fx.candles
            flames = [(c.name, (c.wick_top(burn)[0], c.wick_top(burn)[1] - FLAME_H * 0.45)) for c in candles.specs]
            flames = [(name, f) for (name, f), c in zip(flames, candles.specs, strict=True) if not hidden(f, c.depth, frame.casters)]
            for d in drawn:
                if d.part not in ARM_PARTS or d.alpha < 0.05:
                    continue
                near = [(name, f) for name, f in flames if math.dist(f, (d.placed.x, d.placed.y)) < 260]  # a part is < 200 px long
                if not near:
                    continue
                img, pos = figures.rasters.at(view, d, "mask")
                for name, f in near:
                    dist = nearest(img, pos, f)
                    key = f"{d.char} {d.part}"
                    if dist < worst.get(key, (math.inf, ""))[0]:
                        worst[key] = (dist, f"line {n} at {at} s, {name}")
    bad = {k: v for k, v in worst.items() if v[0] < MIN_CLEAR}
    assert not bad, "flames on sleeves: " + "; ".join(f"{k} {d:.0f} px from {where}'s flame" for k, (d, where) in sorted(bad.items()))
