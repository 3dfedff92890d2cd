"""At line 17's push (her gaze, 4.3-4.8x at 1080p) ten of her ~22 parts lie wholly off the canvas
(her thighs, shins, feet, drapes, far arm): the cold rim's measure (game/fx/rim_art.py) turned every
part of hers for its two poses, the art drew (turned) the small ones whose reach met the canvas,
and the frames ahead turned them for both: ~8 MiB of the figures' turns held at the 1080p kiosk's
peak for pixels no one draws. A part's whole turn's rect is now found from its geometry
(`PartRasters.whole_rect`, the rect `shown` gives, without turning it) and a part lying wholly off
the canvas (the rim's: grown by RIM_PAD) is turned by neither."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest
from test_push_turns import HER, _figures  # (tests/art is on sys.path, as for every test here)

from game.art import figure_clip
from game.art.figures import Figures
from game.fx import figure_light
from game.fx.rim_art import Coverage
from game.view import View, camera_view


def _pushed(figs: Figures, push: float = 1.08) -> View:
    shot = figs.room.shots["her_gaze"].rect
    return camera_view(shot.x, shot.y, shot.w / push, 1920)


def test_the_rims_reach_is_the_rims_pad() -> None:
    assert figure_clip.RIM_REACH == figure_light.RIM_PAD


@pytest.mark.parametrize("push", [1.0, 1.08, 0.5])
def test_a_parts_whole_rect_is_the_rect_its_turn_is_shown_in(tmp_path: Path, push: float) -> None:
    """Found without turning, the same rect as the turn's (each part of both, a right angle's and
    a plain zoom's too), at the push's scale and further out."""
    figs = _figures(tmp_path)
    view = _pushed(figs, push)
    drawn = [d for t in (5.0, 5.3) for d in figs._compose(HER, t)[0] if d.part != "strand"]
    assert any(abs(round(d.placed.angle * 4.0) / 4.0) <= 0.001 for d in drawn)  # (a plain zoom among them)
    for d in drawn:
        assert figs.rasters.whole_rect(view, d) == figs.rasters.shown(view, d)[2], (d.char, d.part, d.placed.angle)


def test_a_squashed_heads_whole_rect_is_its_turns_rect(tmp_path: Path) -> None:
    from dataclasses import replace

    figs = _figures(tmp_path)
    view = _pushed(figs)
    head = next(d for d in figs._compose(HER, 5.0)[0] if d.char == "her" and d.part == "head")
    for squash in (0.9, 0.62):
        d = replace(head, squash=squash)
        assert figs.rasters.whole_rect(view, d) == figs.rasters.shown(view, d)[2]


def test_at_the_push_no_part_wholly_off_the_canvas_is_turned_for_the_art_or_the_rim(tmp_path: Path) -> None:
    """Frames of the push drawn (their poses ahead turned), the rim's measure at its poses: every
    turn kept is of a part whose whole turn meets the rim's canvas; and some of hers lie off it."""
    figs = _figures(tmp_path)
    view = _pushed(figs)
    surface = pygame.Surface((1920, 1080))
    area = surface.get_rect().inflate(2 * figure_light.RIM_PAD, 2 * figure_light.RIM_PAD)
    rim = Coverage()
    for k in range(40):
        t = 5.0 + k / 60.0
        figs.rasters.frame()
        figs.draw(surface, view, HER, t)
        if k % 12 == 0:
            rim.people(figs, None, view, HER, t, t + 0.2, surface.get_rect(), figure_light.RIM_PAD, {"her"})
    held = [key for key in figs.rasters._rot if key[5] == "art"]  # (before `shown` below turns them)
    poses = {(d.char, d.part, d.variant, round(d.placed.angle * 4.0) / 4.0): d  # (the frames' and those ahead)
             for k in range(80) for d in figs._compose(HER, 5.0 + k / 60.0)[0] if d.part != "strand"}
    off = {key for key, d in poses.items() if not area.colliderect(figs.rasters.shown(view, d)[2])}
    assert len({key[1] for key in off if key[0] == "her"}) >= 5, "her legs lie off the push's canvas"
    kept = [key for key in held if (*key[:3], key[6]) in off]
    assert kept == [], f"turned, wholly off the canvas: {sorted({k[1] for k in kept})}"
