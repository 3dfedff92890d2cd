"""A camera move's large frame poses the figures' silhouette masks on the grid of the still it settles on
(game/art/mask_grid.py): the same masks, moved by the whole px between the two, so the light laid by
them does not jump at the settle (line 17 at 1080p: the profile's lit edge 30-56 levels)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pygame
import pytest

from game.art.figures import MASK_SCALE, Figures, FigureState
from game.art.rig import load_poses
from game.art.svg import SvgCache
from game.room.tmxload import load_room
from game.view import View, scaled_view

ROOT = Path(__file__).resolve().parents[2]
SHIFT = (37, 23)  # whole px the large frame's origin lies off the still's (9.25 and 5.75 mask px at 2x)


@pytest.fixture(scope="module")
def figs(tmp_path_factory: pytest.TempPathFactory) -> Figures:
    pygame.init()
    room = load_room(ROOT / "scenes" / "room.tmx")
    specs = load_poses(ROOT / "assets" / "figures" / "poses.toml")
    return Figures(room, specs, ROOT / "assets" / "art" / "figures", SvgCache(tmp_path_factory.mktemp("svg")), seed=7)


def masks(figs: Figures, view: View) -> list[tuple[np.ndarray, pygame.Rect]]:
    states = {"him": FigureState("embrace", -100.0, "embrace"), "her": FigureState("embrace", -100.0, "embrace")}
    return [(pygame.surfarray.array_alpha(m), r) for m, r, _f in figs.silhouettes(view, states, 2.0)]


def test_a_large_frames_masks_are_the_settled_stills_moved_by_whole_px(figs: Figures) -> None:
    scale = 2.0  # (MASK_SCALE / scale: a mask px is 4 screen px)
    assert MASK_SCALE / scale < 1.0
    still = scaled_view(150.3, 201.35, scale)
    big = scaled_view(150.3 - SHIFT[0] / scale, 201.35 - SHIFT[1] / scale, scale)
    want = masks(figs, still)
    own = masks(figs, big)  # (on the frame's own grid: parts on other mask px, the edges a mask px apart)
    assert len(own) == len(want) == 2
    assert any(a.shape != b.shape or not np.array_equal(a, b) for (a, _), (b, _) in zip(own, want, strict=True))
    figs.grid.settle_on(big, still)
    got = masks(figs, big)
    for (a, r), (b, s) in zip(got, want, strict=True):
        assert np.array_equal(a, b)
        assert r == s.move(SHIFT)
    assert masks(figs, still)[0][1] == want[0][1]  # the still's own masks unchanged
