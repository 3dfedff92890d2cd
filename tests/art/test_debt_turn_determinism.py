"""A frame is a function of the time and the seed, not of what the turn cache holds (DESIGN.md):
a large part mostly outside the shot is drawn the same whether its whole turn is kept (the rim
light's `at` turns the whole: game/fx/rim_art.py) or not (then only the piece shown is turned).
It differed by 1-8 levels along the anti-aliased edges (the piece's samples fall elsewhere)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pygame
import pytest

from game.art import figure_raster
from game.art.figures import Figures, FigureState
from game.art.rig import load_poses
from game.art.svg import SvgCache
from game.room.tmxload import load_room
from game.view import camera_view

ROOT = Path(__file__).resolve().parents[2]
WRITING = {"him": FigureState("writing", -100.0, "writing", nib=(960.0, 792.0)),
           "her": FigureState("watching", -100.0, "watching")}


def _figures(tmp: Path) -> Figures:
    room = load_room(ROOT / "scenes" / "room.tmx")
    return Figures(room, load_poses(ROOT / "assets" / "figures" / "poses.toml"), ROOT / "assets" / "art" / "figures",
                   SvgCache(tmp), seed=7)


@pytest.mark.parametrize(("zoom", "at"), [(1.0, (0.0, 0.0)), (2.0, (0.6, 0.2)), (3.0, (0.5, 0.4))])
def test_a_frame_is_the_same_drawn_with_a_cold_and_a_warm_turn_cache(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, zoom: float, at: tuple[float, float]) -> None:
    """The notebook shot (6.4x) and closer, parts of him and her partly shown (each turned only in
    part when cold), drawn cold, then again with every whole turn kept (a budget to hold them)."""
    pygame.init()
    t = 2.0
    monkeypatch.setattr(figure_raster.PartRasters, "ROT_BUDGET", 1 << 34)
    monkeypatch.setattr(figure_raster.PartRasters, "ROT_FLOOR", 1 << 34)
    figs = _figures(tmp_path)
    shot = figs.room.shots["notebook"].rect
    view = camera_view(shot.x + at[0] * shot.w, shot.y + at[1] * shot.h, shot.w / zoom, 1920)

    def frame() -> np.ndarray:
        surf = pygame.Surface((1920, 1080))
        surf.fill((30, 30, 30))
        figs.rasters.frame()
        figs.draw(surf, view, WRITING, t)
        return pygame.surfarray.array3d(surf).astype(int)

    cold = frame()
    assert any(len(key) == 10 for key in figs.rasters._rot)  # a piece was turned (its key: the whole's and the piece)
    drawn, _ = figs._scene(WRITING, t)
    for d in drawn:  # every part's whole turn kept, as the rim light's `at` keeps them
        if d.part != "strand":
            figs.rasters.at(view, d, "art")
    warm = frame()
    assert (np.abs(cold - warm).max(axis=2) > 0).sum() == 0


def test_a_piece_centred_on_the_whole_turns_to_the_whole_turns_pixels() -> None:
    """What the fix rests on (figure_raster.centred): rotozoom turns about the centre in fixed
    point, so a piece centred on the whole, turned, is the whole's turn less a border, pixel for
    pixel (colour and alpha), all but within 2 px of its own edge; a piece cut elsewhere is not.
    (Not at an angle of 0: rotozoom then zooms from the edges, and clipped cuts no centred piece.)"""
    pygame.init()
    rng = np.random.default_rng(3)
    whole = pygame.Surface((301, 420), pygame.SRCALPHA)
    noise = rng.integers(0, 256, (301, 420, 4), dtype=np.uint8)
    pygame.surfarray.pixels3d(whole)[:] = noise[..., :3]
    pygame.surfarray.pixels_alpha(whole)[:] = noise[..., 3]

    def differing(piece: pygame.Rect, ang: float, zoom: float) -> int:
        a, b = pygame.transform.rotozoom(whole, ang, zoom), pygame.transform.rotozoom(whole.subsurface(piece), ang, zoom)
        solid = pygame.Surface(piece.size, pygame.SRCALPHA)
        solid.fill((255, 255, 255, 255))
        inside = pygame.surfarray.array_alpha(pygame.transform.rotozoom(solid, ang, zoom)) == 255
        for _ in range(2):  # 2 px in from the piece's edge (clipped draws a margin of 3 more than the shot shows)
            inner = np.zeros_like(inside)
            inner[1:-1, 1:-1] = inside[1:-1, 1:-1] & inside[:-2, 1:-1] & inside[2:, 1:-1] & inside[1:-1, :-2] & inside[1:-1, 2:]
            inside = inner
        ox, oy = (a.get_width() - b.get_width()) // 2, (a.get_height() - b.get_height()) // 2
        win = pygame.Rect(ox, oy, *b.get_size())
        ours = np.dstack([pygame.surfarray.array3d(b), pygame.surfarray.array_alpha(b)]).astype(int)
        theirs = np.dstack([pygame.surfarray.array3d(a.subsurface(win)), pygame.surfarray.array_alpha(a.subsurface(win))]).astype(int)
        return int((np.abs(ours - theirs).max(axis=2)[inside] > 0).sum())

    for ang, zoom in ((7.25, 0.93), (-23.5, 0.85), (41.0, 1.0), (-0.25, 0.88)):
        piece = figure_raster.centred((100.0, 200.0), (150.0, 270.0), whole.get_size(), 16)
        assert piece.center == (150, 210) and piece.w < 301 and piece.h < 420
        assert differing(piece, ang, zoom) == 0
        assert differing(piece.move(1, 0), ang, zoom) > 1000  # one px off the centre: its samples fall elsewhere
