"""A figure part's turn keeps its image, not the raster it was turned from: a turn kept the
raster alive after the raster cache had let go of it (and a squashed copy made for a head turn
lived as long as the turn), so at the fire close-up at 1080p the figures held 57 MiB while their
caches counted 45. Here the story's figures are drawn at a close zoom with the raster budget
set below one part's raster: every raster pushed out is freed, whatever turns remain."""

from __future__ import annotations

import gc
import weakref
from pathlib import Path

import pygame
import pytest

from game.art import figure_raster
from game.art.figures import Figures, FigureState
from game.art.rig import load_poses
from game.art.svg import SvgCache
from game.room.tmxload import load_room
from game.view import camera_view

ROOT = Path(__file__).resolve().parents[2]
STATES = {"him": FigureState("writing", -100.0, "writing", nib=(960.0, 792.0)),
          "her": FigureState("watching", -100.0, "watching")}


def test_a_raster_pushed_out_is_freed_though_its_turns_stay(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pygame.init()
    room = load_room(ROOT / "scenes" / "room.tmx")
    figs = Figures(room, load_poses(ROOT / "assets" / "figures" / "poses.toml"), ROOT / "assets" / "art" / "figures",
                   SvgCache(tmp_path), seed=7)
    monkeypatch.setattr(figure_raster.PartRasters, "raster_budget", lambda self: 1)  # each raster pushes out the last
    shot = room.shots["notebook"].rect
    view = camera_view(shot.x, shot.y, shot.w, 960)
    made: list[weakref.ref[pygame.Surface]] = []
    real = figure_raster.PartRasters.base

    def base(self: figure_raster.PartRasters, *key: object) -> pygame.Surface:
        surf = real(self, *key)  # type: ignore[arg-type]
        made.append(weakref.ref(surf))
        return surf

    monkeypatch.setattr(figure_raster.PartRasters, "base", base)
    figs.draw(pygame.Surface((960, 540)), view, STATES, 2.0)
    rasters = figs.rasters
    assert len(rasters._rot) > 5  # the parts' turns are kept
    gc.collect()
    alive = {id(r()) for r in made if r() is not None}
    assert len(alive) <= len(rasters._raster), "rasters outside the raster cache are kept alive"
