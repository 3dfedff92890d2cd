"""A camera move's large frame is drawn at the scale its settled framing is (MOVE2).

It was drawn at its whole-px size over the move's bounds, ceil(w * scale) / w: at line 13
at 1080p 1.8509 for the settled shot's 1.8502. The props kept a raster set at each scale
through the move (19.5 MiB where 11.0 do), and the settle, drawn straight at 1.8502 on its
own px grid, jumped by up to 1.1 px. Now `Move.large_frame` draws the frame at the settled
framing's own float scale, over a box whose grid the settled framing starts on.
"""

from __future__ import annotations

import math

import pygame
import pytest

from game.assets import Assets
from game.capture import capture_context
from game.scenes.story import LINE_BASE
from game.settings import Settings
from game.view import Move, camera_view

SHOTS = [(412.3, 80.7, 1000.0, 562.5), (330.0, 300.0, 900.0, 506.25), (57.25, 133.9, 1333.3, 750.0)]
MOVES = [Move(push=1.06), Move(push=1.08, dx=0.08), Move(push=1.06, dx=-0.04), Move(push=1.06, dy=-0.03),
         Move(dx=0.05), Move(push=0.85, dy=0.03377)]


@pytest.mark.parametrize("canvas_w", [1920, 960, 1280])
def test_the_large_frame_is_the_tightest_framings_scale_and_grid(canvas_w: int) -> None:
    for shot in SHOTS:
        for move in MOVES:
            area, size, scale = move.large_frame(shot, canvas_w)
            a, b = move.framing_at(shot, 0.0), move.framing_at(shot, 1.0)
            tight = b if b[2] <= a[2] else a
            assert scale == camera_view(tight[0], tight[1], tight[2], canvas_w).scale  # the very float
            # the tightest framing starts on a whole px of the frame: its art lands where it is drawn settled
            for o, f in ((area[0], tight[0]), (area[1], tight[1])):
                assert abs((f - o) * scale - round((f - o) * scale)) < 1e-6
            # the frame holds every framing, and is its size at its scale
            bx, by, bw, bh = move.bounds(shot)
            assert area[0] <= bx and area[1] <= by
            assert area[0] + area[2] >= bx + bw - 1e-9 and area[1] + area[3] >= by + bh - 1e-9
            assert size == (math.ceil(area[2] * scale - 1e-9), math.ceil(area[3] * scale - 1e-9))
            assert area[2] * scale - size[0] < 1e-6 and area[2] - bw < 3 / scale


def test_line_13s_push_keeps_one_prop_scale_through_its_settle() -> None:
    """Line 13 (`camera push 1.06 over 8`) at 960x540, played to its settle: the props hold
    one scale, the settled shot's, in the last moving frames and after (two on the old code),
    and after it no more than the rasters a still of the settled framing holds, cut as it cuts them."""
    ctx = capture_context(Assets(), Settings(), None)
    scene = ctx.scenes.story()
    scene.seek(13, 0.0)
    move = scene.director.stage.at(scene.now).move
    assert move is not None and move.push > 1.0
    canvas = pygame.Surface((960, 540))
    props = ctx.renderer.layers.props
    end, step = move.t0 + move.duration, 1.0 / 60.0
    seen: set[float] = set()
    moving = 0
    scene.draw(canvas)
    while scene.now < end + 3 * step:
        scene.update(step)
        if end - scene.now < 6 * step:
            scene.draw(canvas)
            moving += not move.done(scene.now)
            seen |= set(props._scales)
    assert moving >= 3
    shot = ctx.renderer.room.shots[scene.director.stage.at(scene.now).shot.value].rect
    settled = move.framing((shot.x, shot.y, shot.w, shot.h), scene.now)
    key = round(camera_view(settled[0], settled[1], settled[2], 960).scale, 4)
    assert seen == {key}
    # after the settle the props hold what a still of the settled shot holds: the move asked for more
    kept = {n: s.get_size() for n, s in props._scales[key].items()}
    still = capture_context(Assets(), Settings(), None)
    still_scene = still.scenes.story()
    still_scene.seek(13, scene.now - LINE_BASE * 13)
    still_scene.draw(canvas)
    assert set(still.renderer.layers.props._scales) == {key}
    held = {n: s.get_size() for n, s in still.renderer.layers.props._scales[key].items()}
    # (no more than the still: a front prop made ahead off the still's cut, on trial for its first frames
    # (props.TRIAL_FRAMES), may be there too, asked for by the figures' covers, and not in the move's)
    assert kept.items() <= held.items()
