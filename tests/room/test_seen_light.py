"""The side light shades a figure only where it shows (issue 11 item 4, review F2): at line 41
he bends over the coffee table, his legs drawn behind the table and the armchair. The side
light (game/fx/figure_light.py) was shaped on his whole silhouette, so the shading of his
hidden legs was multiplied over the table's apron and the armchair: a grey-blue ghost of his
legs through which the furniture seemed to show. The furniture in front of him must be lit
as if he were not there (RoomLayers.seen_people)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pygame
import pytest

import game.fx.figure_light as figure_light
from game.assets import Assets
from game.capture import render_moment
from game.room.tmxload import load_room

ROOT = Path(__file__).resolve().parents[2]
SIZE = (960, 540)
APRON = (661, 439, 744, 464)  # the coffee table's apron before his hidden thighs (x0, y0, x1, y1 at SIZE;
# room x 1044-1137, y 814-842 in the table shot, x 300 y 320 1080 wide)


def _rgb(surface: pygame.Surface) -> np.ndarray:
    return pygame.surfarray.array3d(surface).astype(np.float64)


def test_the_table_before_his_legs_is_not_shaded_by_them(monkeypatch: pytest.MonkeyPatch) -> None:
    pygame.init()
    shown = _rgb(render_moment(Assets(), "41", 1.2, SIZE))
    floors = {a.rect.bottom for a in load_room(ROOT / "scenes" / "room.tmx").anchors_of("figure")}
    shade = figure_light.shade

    def props_only(small, view, down, casters, lights, cold, cache=None, wall_y=None, *more):  # type: ignore[no-untyped-def]
        shade(small, view, down, [c for c in casters if c[2] not in floors], lights, cold, cache, wall_y, *more)

    monkeypatch.setattr(figure_light, "shade", props_only)  # the figures get no side light at all
    bare = _rgb(render_moment(Assets(), "41", 1.2, SIZE))
    x0, y0, x1, y1 = APRON
    diff = np.abs(shown - bare)[x0:x1, y0:y1].sum(axis=2)
    assert diff.mean() < 2.0, f"his hidden legs' shading lies on the table (mean difference {diff.mean():.1f})"
    # and he is still shaded where he shows (his bent back, above the table, toward the fire)
    assert np.abs(shown - bare)[800:916, 213:338].sum(axis=2).mean() > 4.0  # room x 1200-1330, y 560-700 (his back at a 40-degree lean)
