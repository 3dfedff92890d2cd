"""Her face before the window in the golden glow (line 78 at 2 s, 1920x1080): the glow's grade
kept the window glass's rectangle of the light map ungraded, so the window stays night-blue; but
her face (and his forehead) stand before the glass, and their light there stayed ungraded too:
pink-grey above the glass's bottom edge, gold below it, a seam across her cheek along the sill
(the light map on her face (255, 255, 242) above the edge vs (255, 230, 180) below). The glass
keeps its light only where nobody stands before it (lighting.graded)."""

from __future__ import annotations

import numpy as np
import pygame
import pytest

import game.fx.lighting as lighting
import game.fx.room_fx as room_fx
from game.assets import Assets
from game.capture import render_moment
from game.fx.occlusion import mask_region

SIZE = (1920, 1080)


def test_her_face_before_the_glass_is_graded_like_the_rest_of_her(monkeypatch: pytest.MonkeyPatch) -> None:
    got: dict[str, object] = {}
    apply, glass, people = lighting.LightMap.apply, room_fx.RoomFx._glass_in_map, room_fx.RoomFx._people

    def keep_map(self: lighting.LightMap, surface: pygame.Surface, key: object, build: object) -> None:
        apply(self, surface, key, build)  # type: ignore[arg-type]
        big = self.upscaled()
        assert big is not None
        got["map"] = pygame.surfarray.array3d(big).astype(np.float64)

    def keep_glass(self: room_fx.RoomFx, view: object) -> pygame.Rect:
        got["glass"] = r = glass(self, view)  # type: ignore[arg-type]
        return r

    def keep_people(self: room_fx.RoomFx, view: object, casters: object) -> object:
        got["people"] = out = people(self, view, casters)  # type: ignore[arg-type]
        return out

    monkeypatch.setattr(lighting.LightMap, "apply", keep_map)
    monkeypatch.setattr(room_fx.RoomFx, "_glass_in_map", keep_glass)
    monkeypatch.setattr(room_fx.RoomFx, "_people", keep_people)
    pygame.init()
    render_moment(Assets(), "78", 2.0, SIZE)
    light, pane = got["map"], got["glass"]
    assert isinstance(light, np.ndarray) and isinstance(pane, pygame.Rect)
    her = min(got["people"], key=lambda c: c[1].x)  # type: ignore[attr-defined]
    region = mask_region(her[0], her[1], pygame.Rect((0, 0), SIZE))
    assert region is not None
    src, where = region
    alpha = np.zeros(SIZE)
    a = pygame.surfarray.array_alpha(src)[: SIZE[0] - where.x, : SIZE[1] - where.y] / 255.0
    alpha[where.x : where.x + a.shape[0], where.y : where.y + a.shape[1]] = a
    bottom, cols = pane.bottom * 8, slice(pane.x * 8 + 8, pane.right * 8 - 8)

    def band(y0: int, y1: int) -> np.ndarray:
        on = alpha[cols, y0:y1] > 0.99
        assert on.sum() > 1000, "she does not stand before the glass's bottom edge here"
        out: np.ndarray = light[cols, y0:y1][on].mean(axis=0)
        return out

    above, below = band(bottom - 40, bottom - 16), band(bottom + 16, bottom + 40)
    # old: (255, 255, 242) above vs (255, 230, 180) below
    assert abs(above[1] - below[1]) < 10 and abs(above[2] - below[2]) < 20, (
        f"a seam across her face at the glass's edge: light {above.round()} above, {below.round()} below")
