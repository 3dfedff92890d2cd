"""What keeps the figures cheap at high zoom: silhouettes are held for a silhouette frame
and capped in resolution, only the visible piece of a large part is turned (and it lands
where the whole part would), and the rotation cache keeps each part's own recent turns."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pygame
import pytest

from game.art import figure_clip, figure_raster
from game.art.figures import MASK_SCALE, SILHOUETTE_FPS, Figures, FigureState
from game.art.rig import load_poses
from game.art.svg import SvgCache
from game.room.tmxload import load_room
from game.view import camera_view

ROOT = Path(__file__).resolve().parents[2]
WRITING = {"him": FigureState("writing", -100.0, "writing", nib=(960.0, 792.0)),
           "her": FigureState("watching", -100.0, "watching")}


@pytest.fixture(scope="module")
def figs(tmp_path_factory: pytest.TempPathFactory) -> Figures:
    pygame.init()
    room = load_room(ROOT / "scenes" / "room.tmx")
    return Figures(room, load_poses(ROOT / "assets" / "figures" / "poses.toml"), ROOT / "assets" / "art" / "figures",
                   SvgCache(tmp_path_factory.mktemp("svg")), seed=7)


def test_silhouettes_are_held_for_a_silhouette_frame_and_capped_in_resolution(figs: Figures) -> None:
    shot = figs.room.shots["notebook"].rect
    view = camera_view(shot.x, shot.y, shot.w, 1920)
    t0 = 12.0
    first = figs.silhouettes(view, WRITING, t0)
    again = figs.silhouettes(view, WRITING, t0 + 0.5 / SILHOUETTE_FPS)
    assert [m for m, _, _ in first] == [m for m, _, _ in again]  # the same objects: caches hold
    later = figs.silhouettes(view, WRITING, t0 + 1.0 / SILHOUETTE_FPS)
    assert all(a is not b for (a, _, _), (b, _, _) in zip(first, later, strict=True))
    for mask, rect, _ in first:  # a coarse mask covering the whole screen rect
        assert mask.get_width() <= rect.w * MASK_SCALE / view.scale + 2
        assert abs(mask.get_width() / rect.w - MASK_SCALE / view.scale) < 0.02


def test_a_partly_shown_large_part_lands_where_the_whole_part_would(figs: Figures) -> None:
    shot = figs.room.shots["notebook"].rect
    view = camera_view(shot.x, shot.y, shot.w, 1920)
    pictures = []
    for big in (10**12, figure_clip.BIG_PART):
        old = figure_clip.BIG_PART
        figure_clip.BIG_PART = big
        try:
            surf = pygame.Surface((1920, 1080))
            surf.fill((30, 30, 30))
            figs._last = None
            figs.draw(surf, view, WRITING, 2.0)
            pictures.append(pygame.surfarray.array3d(surf).astype(int))
        finally:
            figure_clip.BIG_PART = old
    diff = np.abs(pictures[0] - pictures[1]).max(axis=2)
    assert (diff > 8).mean() < 0.002  # sub-pixel resampling along edges, nothing displaced


def test_a_parts_turns_are_not_evicted_by_another_parts_churn(figs: Figures) -> None:
    rasters = figure_raster.PartRasters(figs.specs, figs.art_dir, figs.svg)
    torso = ("him", "torso", "", 0, False, "art", 1.0, 1.0, 1.0)
    img = pygame.Surface((4, 4), pygame.SRCALPHA)
    rasters._keep(torso, (img, img, (0, 0)))
    for k in range(200):  # the writing arm turning every frame
        rasters._keep(("him", "near_fore", "", 0, False, "art", k / 4, 1.0, 1.0), (img, img, (0, 0)))
    assert torso in rasters._rot
    assert len(rasters._rot) == 1 + rasters.PER_PART
