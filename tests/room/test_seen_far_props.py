"""The figures as seen (RoomLayers.seen_people): the front props' covers on them, each reduced from the
prop's raster at the view's scale."""

from __future__ import annotations

from typing import Any

import pygame
import pytest

from game.art.props import PropArt


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
