"""MEM3: a shot that draws no room lets the room shot before it go at its first frame, and the
room shot after it is made ahead again, the same pixels; the last insert goes as the room returns.

The room shot's art goes after the line's second frame, not in its cut's frame (the heaviest).
Before, the room shot's art (figure rasters, props, tile backgrounds, the light map's buffers)
stayed 2 to 4 s into an insert or the page (the governor's second look), beside the shot's own
art being made, and the insert's rasters and light 2 s into the room shot after it.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pygame
import pytest

from game.clock import STEP

SIZE = (640, 360)


def _play(scene: Any, canvas: pygame.Surface, frames: int) -> None:
    for _ in range(frames):
        scene.update(STEP)
        scene.draw(canvas)


def _cut(scene: Any) -> None:
    """A click to the next line (its line completed first)."""
    scene.complete_line()
    scene.click()


def _room_held(ctx: Any) -> int:
    r = ctx.renderer
    return int(r.layers.figures.rasters.memory_bytes() + r.layers.props.memory_bytes() + r.memory_bytes())


def _through_an_insert(ctx: Any, roomless: bool) -> tuple[list[int], Any]:
    """Line 6 (a room shot) played, then the insert at 7, then the room again at 8: the room's
    bytes held at the insert's first frame and just before the cut back, and 8's first frame."""
    from game.scenes.story import StoryScene

    scene = StoryScene(ctx)
    if not roomless:  # the old way: nothing let go of at the insert's first frame
        scene._room_left = lambda: None
    scene.seek(6, 0.0)
    canvas = pygame.Surface(SIZE)
    scene.draw(canvas)
    _play(scene, canvas, 90)
    held = [_room_held(ctx)]
    _cut(scene)
    assert ctx.renderer.layers.inserts.has(scene.director.stage.shot.value)
    _play(scene, canvas, 2)  # its cut's frame, and the one after it that lets go
    held.append(_room_held(ctx))
    _play(scene, canvas, 150)  # line 8's shot made ahead
    held.append(_room_held(ctx))
    _cut(scene)
    assert scene.director.line_number == 8
    scene.update(STEP)
    scene.draw(canvas)
    return held, pygame.surfarray.array3d(canvas)


def test_an_insert_lets_the_room_go_and_the_room_after_it_is_made_ahead_the_same(room_ctx: Any) -> None:
    from game import memory

    memory.release(room_ctx)  # (another module's art gone: only this one's counts)
    (before, at_insert, before_back), frame = _through_an_insert(room_ctx, roomless=True)
    assert before > 4 * 2**20, "line 6's room art was held while it played"
    assert at_insert < before / 4, f"{at_insert / 2**20:.1f} of {before / 2**20:.1f} MiB still held at the insert"
    assert before_back > at_insert + 2**20, "line 8's room was made ahead during the insert"
    memory.release(room_ctx)
    (_, kept, _), old = _through_an_insert(room_ctx, roomless=False)
    assert kept > before / 2  # (the old way held it)
    assert np.array_equal(frame, old), "the room's first frame after the insert is the same picture"


def test_a_page_line_keeps_the_room_strip_it_draws(room_ctx: Any) -> None:
    """The page's backdrop draws the room's strip (the two shot) at its first frame: kept, the rest
    goes after the frame after it (not in the cut's own)."""
    from game.scenes.story import StoryScene

    scene = StoryScene(room_ctx)
    scene.seek(20, 0.0)  # the table, then the page at 21
    canvas = pygame.Surface(SIZE)
    scene.draw(canvas)
    _play(scene, canvas, 90)
    _cut(scene)
    assert scene.close_up()
    _play(scene, canvas, 2)
    shown = room_ctx.renderer._shown
    kept = [k for k in room_ctx.renderer._bg_cache if k[0] != "hole"]
    assert kept and all(k[-3:] == shown or k == shown for k in kept), (kept, shown)
    assert scene._room_left() is None and scene._room_watch is None, "once a line: its later frames watch nothing"


def test_the_last_insert_goes_within_three_room_frames(room_ctx: Any) -> None:
    from game.art.inserts import Inserts

    inserts = room_ctx.renderer.layers.inserts
    canvas = pygame.Surface(SIZE)
    from game.scenes.story import StoryScene

    scene = StoryScene(room_ctx)
    scene.seek(7, 1.0)
    scene.draw(canvas)
    assert inserts.memory_bytes() > 0
    for _ in range(Inserts.IDLE_MIN_CALLS):  # the room is drawn again (however fast the frames come)
        inserts.has("him")
    assert inserts.memory_bytes() == 0


def test_a_push_lets_the_still_shots_figure_rasters_go_before_its_large_frame(room_ctx: Any,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """A camera move draws its figures at its own zoom level: the still shot's level (line 16, her gaze)
    goes as the move's first frame begins (game/camera.py `_first`), not at its first figure part drawn,
    after its background, plate and large frame were made beside them (15-18 MiB at 1080p)."""
    from game.art.zoom_levels import zoom_level
    from game.camera import CameraMoves
    from game.scenes.story import StoryScene

    rasters = room_ctx.renderer.layers.figures.rasters
    scene = StoryScene(room_ctx)
    scene.seek(16, 0.0)
    canvas = pygame.Surface(SIZE)
    _play(scene, canvas, 30)
    still = zoom_level(room_ctx.renderer.view_for(scene.director.stage.shot.value, canvas).scale)
    assert any(k[3] == still and k[5] == "art" for k in rasters._raster), "line 16's figures drawn at its level"
    levels: list[set[int]] = []
    ground = CameraMoves._ground

    def noted(self: CameraMoves, *args: Any, **kwargs: Any) -> Any:
        levels.append({k[3] for k in rasters._raster if k[5] == "art"})
        return ground(self, *args, **kwargs)

    monkeypatch.setattr(CameraMoves, "_ground", noted)
    _cut(scene)
    _play(scene, canvas, 1)  # the push's first frame
    assert levels and still not in levels[0], levels
