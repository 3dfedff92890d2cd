"""A camera move's light map lies on its settled still's cells, so its light does not pop at the settle.

The light map is built at 1/DOWNSCALE from its surface's top-left. A move's large frame started 2-3 px
off the settled framing's cells (line 17 at 1080p: the settled framing 243, 44 px into it; line 13 58,
33), so the light on its px was ramped over other cells than the still's: at the settle of her gaze's
push the window-sill's lit top strip grew 4-5 px and up to 8 levels brighter in one frame, and line
13's panelling foot changed by 2-5 levels. Now the large frame is widened to put its settled framing on
a whole cell (`camera_fit.large_frame`).

Measured at the settled framing itself, the same moment drawn twice: through the move's large frame
(`Move.done` held off: the settled framing cut from it, no scale) and as the still; the animation is the
same in both, so what differs is how each is drawn. At 960x540 the sill crop (line 17) was mean 1.87,
p99 5 levels apart, the panelling foot (line 13) 1.33 and 10; now 0.42 and 1, 0.49 and 2. Nothing is timed.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pygame
import pytest

from game.camera_fit import large_frame
from game.fx.lighting import DOWNSCALE
from game.view import Move, camera_view

SHOTS = [(412.3, 80.7, 1000.0, 562.5), (330.0, 300.0, 900.0, 506.25), (0.0, 344.0, 480.0, 270.0)]
MOVES = [Move(push=1.06), Move(push=1.08, dx=0.08), Move(push=1.06, dy=-0.03), Move(dx=0.05),
         Move(push=0.85, dy=0.03377)]


@pytest.mark.parametrize("canvas_w", [1920, 960, 1280])
def test_the_large_frame_puts_its_tightest_framing_on_the_light_maps_cells(canvas_w: int) -> None:
    for shot in SHOTS:
        for move in MOVES:
            area, size, scale = large_frame(move, shot, canvas_w)
            own, own_size, own_scale = move.large_frame(shot, canvas_w)
            a, b = move.framing_at(shot, 0.0), move.framing_at(shot, 1.0)
            tight = b if b[2] <= a[2] else a
            assert scale == own_scale == camera_view(tight[0], tight[1], tight[2], canvas_w).scale
            for o, f in ((area[0], tight[0]), (area[1], tight[1])):
                px = (f - o) * scale
                assert abs(px - round(px)) < 1e-6 and round(px) % DOWNSCALE == 0
            # widened only left and up, by less than a cell: it holds what Move.large_frame holds
            assert 0 <= size[0] - own_size[0] < DOWNSCALE and 0 <= size[1] - own_size[1] < DOWNSCALE
            assert area[0] <= own[0] and area[1] <= own[1]
            assert area[0] + area[2] == pytest.approx(own[0] + own[2]) and area[1] + area[3] == pytest.approx(own[1] + own[3])
            assert (area[2] * scale, area[3] * scale) == pytest.approx(size)


CANVAS = (960, 540)


def _line(ctx: Any, what: str) -> int:
    return next(n for n, line in enumerate(ctx.script.lines, 1) if what in line.text)


@pytest.mark.parametrize(("what", "crop"), [
    ("Her expression was a mix of apprehension", (550, 445, 410, 20)),  # line 17: the window-sill's top
    ("nestled in the embrace of a plush velvet sofa", (625, 320, 335, 60)),  # line 13: the panelling's foot
])
def test_a_moves_settled_framing_is_lit_as_its_still(room_ctx: Any, monkeypatch: Any, what: str,
                                                     crop: tuple[int, int, int, int]) -> None:
    from game.scenes.story import StoryScene

    line = _line(room_ctx, what)
    frames = []
    for moving in (True, False):
        with monkeypatch.context() as patch:
            if moving:  # (the settled framing drawn as the move's frames are: cut from its large frame)
                patch.setattr(Move, "done", lambda self, t: False)
            scene = StoryScene(room_ctx)
            scene.seek(line, 8.01)  # (both pushes settle at 8 s)
            assert scene.director.stage.at(scene.now).move is not None
            canvas = pygame.Surface(CANVAS)
            scene.draw(canvas)
            frames.append(pygame.surfarray.array3d(canvas).astype(np.int16))
    x, y, w, h = crop
    diff = np.abs(frames[0] - frames[1]).max(axis=2)[x:x + w, y:y + h]
    assert float(diff.mean()) < 1.0 and np.percentile(diff, 99) <= 3, (
        f"the move's settled framing lit {diff.mean():.2f} levels (p99 {np.percentile(diff, 99):.0f}) off its still's")
