"""A frame's figure turns larger than the turn cache's budget are kept while the frames draw
them (MOVES, issue 13). At line 17 (her_gaze, a push, her figure large) a frame's turned parts
were more than PartRasters' budget; under plain LRU each new turn pushed out the one the frame
drew next, so the same parts at the same angles were turned again every frame (13 rotozooms,
4 Mpx a frame). Now the turns a frame draws are not let go of to make room in it or the next
(PartRasters.frame), and those it no longer draws go first, down to the budget."""

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


def _figures(tmp_path: Path) -> Figures:
    pygame.init()
    room = load_room(ROOT / "scenes" / "room.tmx")
    return Figures(room, load_poses(ROOT / "assets" / "figures" / "poses.toml"), ROOT / "assets" / "art" / "figures",
                   SvgCache(tmp_path), seed=7)


def _turns_per_frame(figs: Figures, t: list[float], monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Draw the figures in the her_gaze shot at 1920x1080 at each moment of `t`, a frame each
    (begun as game/scenes/story.py begins one); the rotozooms each frame made."""
    shot = figs.room.shots["her_gaze"].rect
    view = camera_view(shot.x, shot.y, shot.w, 1920)
    surface = pygame.Surface((1920, 1080))
    calls = [0]
    real = pygame.transform.rotozoom

    def rotozoom(*args: object) -> pygame.Surface:
        calls[0] += 1
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(pygame.transform, "rotozoom", rotozoom)
    out = []
    for when in t:
        getattr(figs.rasters, "frame", lambda: None)()
        before = calls[0]
        figs.draw(surface, view, STATES, when)
        out.append(calls[0] - before)
    return out


def _working_set(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> int:
    """Bytes of the turns one frame of the shot draws (a budget large enough for all of them)."""
    figs = _figures(tmp_path)
    monkeypatch.setattr(figure_raster.PartRasters, "ROT_BUDGET", 1 << 34)
    _turns_per_frame(figs, [5.0], monkeypatch)
    return figs.rasters._rot_bytes


def test_a_frames_turns_over_the_budget_are_not_turned_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    need = _working_set(tmp_path / "a", monkeypatch)
    budget = int(need * 0.7)  # a frame's turns a third more than the budget, as at line 17
    monkeypatch.setattr(figure_raster.PartRasters, "ROT_BUDGET", budget)
    monkeypatch.setattr(figure_raster.PartRasters, "ROT_FLOOR", budget)
    figs = _figures(tmp_path / "b")
    made = _turns_per_frame(figs, [5.0, 5.0, 5.0], monkeypatch)  # the same pose: nothing new to turn
    assert made[0] > 5
    assert made[1:] == [0, 0], f"turns made again each frame (LRU thrash): {made}"
    assert figs.rasters._rot_bytes <= need * 1.01  # the working set, no more


def test_turns_a_frame_no_longer_draws_go_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    need = _working_set(tmp_path / "a", monkeypatch)
    budget = int(need * 0.7)
    monkeypatch.setattr(figure_raster.PartRasters, "ROT_BUDGET", budget)
    monkeypatch.setattr(figure_raster.PartRasters, "ROT_FLOOR", budget)
    figs = _figures(tmp_path / "b")
    _turns_per_frame(figs, [5.0, 5.0], monkeypatch)
    # her and him gone from the frame (another shot, nothing turned): at the next frame the turns
    # no frame drew since are let go of down to the budget
    figs.rasters.frame()
    figs.rasters.frame()
    assert figs.rasters._rot_bytes <= budget
