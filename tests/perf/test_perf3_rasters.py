"""A steady shot decodes each figure part once: at the fire close-up (line 9) at 1920x1080 the
part rasters were pushed out of their 16 MiB cache, or let go of by the governor (a raster was
noted as used only when a new turn was made from it, not when its cached turns were drawn),
and loaded from their files again nearly every frame (~450 loads in 120 frames, 40 ms a frame).
Here the figures are drawn at that shot frame after frame as they breathe, the governor's
watch and release between, and the part loader must not be called after the first frames;
the rasters stay within their budget, which follows the screen's size."""

from __future__ import annotations

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
STATES = {"him": FigureState("perched", -100.0, "perched", look="fireplace", face="tense"),
          "her": FigureState("sofa", -100.0, "sofa", look="him", face="apprehensive")}
FRAMES = 40  # 1/60 s apart: the breathing turns parts to new angles
WARM = 4  # frames that may still decode (the first draws, a breath's new variant)


def _figures(tmp_path: Path) -> Figures:
    pygame.init()
    room = load_room(ROOT / "scenes" / "room.tmx")
    return Figures(room, load_poses(ROOT / "assets" / "figures" / "poses.toml"), ROOT / "assets" / "art" / "figures",
                   SvgCache(tmp_path), seed=7)


def _play(figs: Figures, size: tuple[int, int], monkeypatch: pytest.MonkeyPatch, release_every: int = 0) -> list[int]:
    """Draw the fire shot FRAMES times at `size`; the SVG loader's calls in each frame. With
    `release_every`, the rasters are watched and released that often (the governor's look)."""
    room = figs.room
    shot = room.shots["fire"].rect
    view = camera_view(shot.x, shot.y, shot.w, size[0])
    surface = pygame.Surface(size)
    calls = [0]
    real = SvgCache.get

    def get(self: SvgCache, *args: object, **kw: object) -> pygame.Surface:
        calls[0] += 1
        return real(self, *args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(SvgCache, "get", get)
    per_frame = []
    figs.rasters.watch()
    for i in range(FRAMES):
        before = calls[0]
        figs.draw(surface, view, STATES, 5.0 + i / 60.0)
        per_frame.append(calls[0] - before)
        if release_every and (i + 1) % release_every == 0:
            figs.rasters.release()
            figs.rasters.watch()
    return per_frame


def test_a_steady_close_up_decodes_each_part_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    figs = _figures(tmp_path)
    per_frame = _play(figs, (1920, 1080), monkeypatch)
    assert sum(per_frame[:WARM]) > 0  # (the parts were decoded at first)
    assert sum(per_frame[WARM:]) == 0, f"parts decoded again in a steady shot: {per_frame}"
    rasters = figs.rasters
    assert rasters._raster_bytes <= rasters.raster_budget()


def test_the_governors_release_keeps_the_rasters_of_parts_drawn_from_cached_turns(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # a release keeps what was asked for since the last look: a part whose turns all came from the
    # cache had its raster let go of, and loaded again at its next new angle
    figs = _figures(tmp_path)
    per_frame = _play(figs, (960, 540), monkeypatch, release_every=5)
    assert sum(per_frame[WARM:]) == 0, f"parts decoded again after a release: {per_frame}"


def test_the_raster_budget_follows_the_screen(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    figs = _figures(tmp_path)
    _play(figs, (960, 540), monkeypatch)
    small = figs.rasters.raster_budget()
    assert figs.rasters._raster_bytes <= small
    figs.rasters.release()  # a new window: the next draw says its size
    _play(figs, (1920, 1080), monkeypatch)
    big = figs.rasters.raster_budget()
    assert big == int(figure_raster.PartRasters.RASTER_SCREENS * 1920 * 1080 * 4)
    assert small == max(figure_raster.PartRasters.RASTER_FLOOR, int(figure_raster.PartRasters.RASTER_SCREENS * 960 * 540 * 4))
    assert figs.rasters._raster_bytes <= big
