"""The figures as seen (RoomLayers.seen_people): the front props' covers on them.

Issue 16 (the 1080p kiosk's high-water mark, stop 40): a front prop far off the frame hides nothing in
it. Every front prop whose box met a figure's was taken off it, however far off the canvas, each read
whole at the view's scale to be reduced to the masks'. At her gaze's push (line 17 at 1080p, 4.32x)
that was the armchair and the coffee table, 14.1 MiB, held beside the move's buffers at the kiosk's
highest moment. Now only those within COVER_REACH of the canvas are read: the same frame, without them."""

from __future__ import annotations

from typing import Any

import numpy as np
import pygame
import pytest

from game.art import props as props_mod
from game.art.props import PropArt
from game.assets import Assets
from game.capture import render_moment

SIZE = (1920, 1080)


def _render(monkeypatch: pytest.MonkeyPatch) -> tuple[np.ndarray, set[str]]:
    """Line 17 at 1 s (her gaze's push, the armchair and the coffee table far off its right), and the
    front props read whole for the figures' covers."""
    read: set[str] = set()
    raster = PropArt._raster

    def noted(self: PropArt, piece: Any, scale: float) -> pygame.Surface:
        read.add(piece.name)
        return raster(self, piece, scale)

    monkeypatch.setattr(PropArt, "_raster", noted)
    frame = pygame.surfarray.array3d(render_moment(Assets(), "17", 1.0, SIZE))
    return frame, read


def test_a_front_prop_far_off_the_frame_is_not_read_for_the_figures_covers(monkeypatch: pytest.MonkeyPatch) -> None:
    pygame.init()
    frame, read = _render(monkeypatch)
    assert not {"armchair", "coffee_table"} & read, read
    monkeypatch.setattr(props_mod, "COVER_REACH", 10**6)  # (as before: any whose box meets a figure's)
    import game.room.layers as layers

    monkeypatch.setattr(layers, "COVER_REACH", 10**6)
    before, read_before = _render(monkeypatch)
    assert {"armchair", "coffee_table"} <= read_before, read_before  # (so the first render could have read them)
    assert np.array_equal(frame, before), "the frame is the same without them"


def test_a_front_props_cover_is_made_at_the_scale_it_is_read_at(room_ctx: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """The covers reduced to the masks' resolution are the same size at any scale over MASK_SCALE (the
    masks are room px), so one made at a shot's scale was taken at the next shot's: line 18 at 1080p,
    played on from her gaze's push, was not line 18 rendered alone (1 level, 150 px at its right edge).
    Each is its own scale's: a moment renders the same whatever came before it."""
    from game.view import camera_view

    scene = room_ctx.scenes.story()
    scene.seek(41, 1.2)  # he bends over the coffee table: it covers his legs
    snap = scene.director.stage.at(scene.t)
    layers = room_ctx.renderer.layers
    shot = room_ctx.renderer.room.shots[snap.shot.value].rect
    read: list[tuple[str, float]] = []
    raster = PropArt._raster

    def noted(self: PropArt, piece: Any, scale: float) -> pygame.Surface:
        read.append((piece.name, round(scale, 4)))
        return raster(self, piece, scale)

    monkeypatch.setattr(PropArt, "_raster", noted)
    for w in (640, 960):
        view = camera_view(shot.x, shot.y, shot.w, w)
        layers.frame((w, w * 9 // 16), view, snap, scene.t)
        assert ("coffee_table", round(view.scale, 4)) in read, (w, read)


def test_the_covers_keep_to_their_bytes(room_ctx: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """The covers (one a front prop, scale and mask size) are held within COVERS_BUDGET bytes: over it
    they are let go of whole and made again as asked (a few props at a few scales: 1.5 MiB at 1080p)."""
    import game.room.layers as layers_mod
    from game.memory import surface_size
    from game.view import camera_view

    scene = room_ctx.scenes.story()
    scene.seek(41, 1.2)  # he bends over the coffee table: it covers his legs
    snap = scene.director.stage.at(scene.t)
    layers = room_ctx.renderer.layers
    shot = room_ctx.renderer.room.shots[snap.shot.value].rect
    layers._covers.clear()
    layers.frame((640, 360), camera_view(shot.x, shot.y, shot.w, 640), snap, scene.t)
    one = sum(map(surface_size, layers._covers.values()))
    assert one > 0, "a cover was made"
    monkeypatch.setattr(layers_mod, "COVERS_BUDGET", int(one * 1.5))
    for w in (704, 768, 832, 896, 960):  # (each scale its own covers)
        layers.frame((w, w * 9 // 16), camera_view(shot.x, shot.y, shot.w, w), snap, scene.t)
        held = [surface_size(s) for s in layers._covers.values()]
        assert held and (sum(held) <= one * 1.5 or len(held) == 1), (w, held)


def test_the_figures_coverage_of_the_light_map_keeps_to_its_bytes() -> None:
    """game/fx/map_cover.py keeps the last few coverages made, within FRONT_BUDGET bytes (the newest always)."""
    from game.fx import map_cover

    pygame.init()
    map_cover._FRONT.clear()
    masks = [pygame.Surface((40, 40), pygame.SRCALPHA) for _ in range(4)]
    for m in masks:
        m.fill((0, 0, 0, 255))
    shape = (600, 600)  # 2.7 MiB of floats each: two within the budget
    for i, m in enumerate(masks):
        newest = map_cover.in_front(shape, 4, [(m, pygame.Rect(10 * i, 0, 40, 40), 1.0)])
        assert map_cover._FRONT[0][2] is newest
        assert sum(hit.nbytes for _k, _r, hit in map_cover._FRONT) <= map_cover.FRONT_BUDGET
    assert len(map_cover._FRONT) == map_cover.FRONT_BUDGET // newest.nbytes
