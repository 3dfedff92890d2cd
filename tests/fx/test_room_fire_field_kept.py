"""The hearth's flame field is worked out once a field frame, not again when only what stands in
front of it changes (issue 13): the figures' silhouettes are made anew SILHOUETTE_FPS times a
second, between two of the field's frames, and each new mask made the field (~1.3 ms at 1080p)
be worked out again to be hidden by it. The field is kept unhidden beside the hidden copy; the
pixels are those of a hearth drawing the same moment afresh."""

from __future__ import annotations

import numpy as np
import pygame
import pytest

from game.fx import RoomFx
from game.fx.fire import FIELD_FPS, FIELD_PHASE, Hearth
from game.room.model import Room
from game.view import View

SIZE = (1920, 1080)


def standing_in_front(h: Hearth, view: View, nearer: bool) -> tuple[pygame.Surface, pygame.Rect, float]:
    """A new silhouette (a mask object of its own) over the left half of the fire, nearer than it
    (or standing behind it: then it hides nothing)."""
    box = pygame.Rect(view.rect(h.x0, h.y0, h.gw * h.cell, h.gh * h.cell))
    mask = pygame.Surface((box.w // 2, box.h), pygame.SRCALPHA)
    mask.fill((0, 0, 0, 255))
    return mask, pygame.Rect(box.topleft, mask.get_size()), h.depth + (100.0 if nearer else -100.0)


def drawn(h: Hearth, view: View, t: float, casters: list[tuple[pygame.Surface, pygame.Rect, float]]) -> np.ndarray:
    s = pygame.Surface(SIZE)
    s.fill((20, 20, 20))
    h.draw_emissive(s, view, t, 1.0, casters)
    return pygame.surfarray.array3d(s)


# the wide shot at 1080p, a figure before the fire; the fire's close-up (its flames a screen's worth,
# not kept twice: FIELD_KEPT_PX), the figure's silhouette behind the fire's depth
@pytest.mark.parametrize(("scale", "nearer"), [(1.0, True), (4.8, False)])
def test_new_silhouettes_within_a_field_frame_do_not_work_the_field_out_again(
        room: Room, scale: float, nearer: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    shot = room.shots["fire"].rect if scale > 1.0 else room.shots["wide"].rect
    view = View(SIZE[0] / shot.w, -shot.x * SIZE[0] / shot.w, -shot.y * SIZE[0] / shot.w)
    h = RoomFx(room, 5).hearth
    assert h is not None
    made: list[float] = []
    heat, field = h.heat, h.field

    def counted_heat(t: float, s: float, rows: tuple[int, int] | None = None) -> np.ndarray:
        made.append(t)
        return heat(t, s, rows)

    def counted_field(t: float, s: float) -> np.ndarray:
        made.append(t)
        return field(t, s)

    monkeypatch.setattr(h, "heat", counted_heat)
    monkeypatch.setattr(h, "field", counted_field)
    t = (40 + FIELD_PHASE + 0.1) / FIELD_FPS  # well inside one field frame
    first = drawn(h, view, t, [standing_in_front(h, view, nearer)])
    assert len(made) == 1
    for k in range(1, 4):  # a new silhouette each time, the same field frame
        casters = [standing_in_front(h, view, nearer)]
        got = drawn(h, view, t + k * 0.002, casters)
        assert len(made) == 1, "the field was worked out again for a new silhouette"
        fresh = RoomFx(room, 5).hearth
        assert fresh is not None
        assert np.array_equal(got, drawn(fresh, view, t + k * 0.002, casters))
        assert np.array_equal(got, first)
    drawn(h, view, t + 1.0 / FIELD_FPS, [standing_in_front(h, view, nearer)])
    assert len(made) == 2  # the next field frame is worked out
