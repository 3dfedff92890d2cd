"""Line 17 (her_gaze, a camera push on a close framing) turned her parts at nearly every frame's
breath (PUSH, issue 13): at the push's scale (4.8x at 1080p) a quarter-degree breath step turns
her torso, arms, hair and head together (~1 Mpx of rotozoom in one frame), the rims (rim_art, at
5 fps) asked for two poses of her at once, and her large turns pushed the silhouettes' small masks
out of the shared cache, so ~40 masks were turned again every 0.1 s. Now the poses to come are
turned ahead, a share a frame (Figures._turn_ahead), an art turn is kept and drawn without the
whole's zero border, and the masks have a cache of their own. These tests hold the mechanism:
the frames of a breath make no large turn of their own, the rims' next pose is kept when asked
for, masks outlive the art's churn, and the pixels drawn do not depend on any of it."""

from __future__ import annotations

import threading
from pathlib import Path

import numpy as np
import pygame
import pytest

from game.art import figure_raster, figures
from game.art.figures import Figures, FigureState
from game.art.rig import load_poses
from game.art.svg import SvgCache
from game.art.turn_cache import TurnCache
from game.fx.figure_light import RIM_PAD
from game.room.tmxload import load_room
from game.steps import LOADER, waited
from game.view import View, camera_view

ROOT = Path(__file__).resolve().parents[2]
HER = {"her": FigureState("sofa", -100.0, "sofa", look="him", face="longing"),
       "him": FigureState("perched", -100.0, "perched", look="fireplace", face="tense")}
FPS = 60.0
LARGE = getattr(figures, "AHEAD_LEAST", 150_000)  # px: a turn this large is a spike's share
RIM_STEP = 0.2  # s between the rims' poses (game/fx/figure_light.py RIM_POSE_FPS)


def _figures(tmp: Path) -> Figures:
    pygame.init()
    room = load_room(ROOT / "scenes" / "room.tmx")
    return Figures(room, load_poses(ROOT / "assets" / "figures" / "poses.toml"), ROOT / "assets" / "art" / "figures",
                   SvgCache(tmp), seed=7)


def _pushed(figs: Figures) -> View:
    """her_gaze at line 17's push (1.08) as the camera draws it: its tightest scale at 1920 wide."""
    shot = figs.room.shots["her_gaze"].rect
    return camera_view(shot.x, shot.y, shot.w / 1.08, 1920)


class _Turns:
    """Every rotozoom made: its output px, and whether it was made ahead (on the loader thread, where
    game/art/turn_jobs.py sends the turns to come). Each job sent to
    the loader is made before its submit returns (game.steps.wait_each, as the kiosk soak's deterministic
    mode): a frame then finds every turn sent before it made, however busy the machine."""

    def __init__(self, figs: Figures, monkeypatch: pytest.MonkeyPatch) -> None:
        self.made: list[tuple[int, bool]] = []
        real = pygame.transform.rotozoom

        def rotozoom(*args: object) -> pygame.Surface:
            out = real(*args)  # type: ignore[arg-type]
            ahead = threading.current_thread() is not threading.main_thread()
            self.made.append((out.get_width() * out.get_height(), ahead))
            return out

        monkeypatch.setattr(pygame.transform, "rotozoom", rotozoom)
        monkeypatch.setattr(LOADER, "submit", waited(LOADER))


def test_a_breaths_large_turns_are_made_ahead_not_in_the_frame_that_shows_them(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    figs = _figures(tmp_path)
    view = _pushed(figs)
    surface = pygame.Surface((1920, 1080))
    turns = _Turns(figs, monkeypatch)
    worst, steps = 0, 0
    for k in range(150):  # 2.5 s at 60 fps: a breath's quarter-degree steps, her torso's among them
        figs.rasters.frame()
        before = len(turns.made)
        figs.draw(surface, view, HER, 5.0 + k / FPS)
        own = [px for px, ahead in turns.made[before:] if not ahead and px >= LARGE]
        if k >= 30:  # (the first frames turn all of her: the cut's work, made ahead of it elsewhere)
            worst = max(worst, sum(own))
            steps += any(px >= LARGE for px, _a in turns.made[before:])
    assert steps >= 5  # the breath did turn her large parts anew within the span
    assert worst == 0, f"a frame turned {worst} px of large parts itself (a breath step's spike)"


def test_the_rims_next_pose_is_kept_when_they_ask_for_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """rim_art measures the figure posed at each RIM_STEP moment and the one after, the parts whose
    whole turn's rect meets its canvas (`whole_rect`): that next pose is turned ahead in the frames
    before it is asked for."""
    figs = _figures(tmp_path)
    view = _pushed(figs)
    surface = pygame.Surface((1920, 1080))
    area = surface.get_rect().inflate(2 * RIM_PAD, 2 * RIM_PAD)
    turns = _Turns(figs, monkeypatch)
    made_at_asks = []
    for k in range(120):
        t = 5.0 + k / FPS
        figs.rasters.frame()
        figs.draw(surface, view, HER, t)
        if k % 12 == 0:  # as the rims ask, every 0.2 s: this moment's pose and the next one's
            tq = round(t / RIM_STEP) * RIM_STEP
            before = len(turns.made)
            for d in figs._compose(HER, tq + RIM_STEP)[0]:
                if d.char == "her" and d.part != "strand" and area.colliderect(figs.rasters.whole_rect(view, d)):
                    figs.rasters.shown(view, d)  # (posed with him there: she looks at him)
            if k >= 36:
                made_at_asks.append(sum(px for px, _a in turns.made[before:]))
    assert made_at_asks and max(made_at_asks) == 0, f"the rims' next pose turned when asked for: {made_at_asks}"


def test_the_masks_are_not_pushed_out_by_the_arts_large_turns(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    figs = _figures(tmp_path)
    view = _pushed(figs)
    surface = pygame.Surface((1920, 1080))
    turns = _Turns(figs, monkeypatch)
    figs.rasters.frame()
    figs.draw(surface, view, HER, 5.0)
    figs.silhouettes(view, HER, 5.0)  # every mask of both, at the silhouettes' moment 5.0
    for k in range(1, 60):  # a second of her breathing drawn close: her art turns over their budget
        figs.rasters.frame()
        figs.draw(surface, view, HER, 5.0 + k / FPS)
    figs.silhouettes(view, HER, 6.0)  # (another moment: the silhouettes' own last is not the first)
    before = len(turns.made)
    figs.silhouettes(view, HER, 5.0)
    assert len(turns.made) == before, "masks turned again: pushed out by the art's turns"


def test_a_frame_is_the_same_drawn_after_turns_made_ahead_and_cold(tmp_path: Path) -> None:
    """What is drawn is a function of the time: a frame after a second of frames (its turns made
    ahead, kept tight) is the frame drawn by figures that turned nothing before."""
    warm, cold = _figures(tmp_path / "a"), _figures(tmp_path / "b")
    view = _pushed(warm)
    a, b = pygame.Surface((1920, 1080)), pygame.Surface((1920, 1080))
    for k in range(61):
        warm.rasters.frame()
        a.fill((40, 30, 20))
        warm.draw(a, view, HER, 5.0 + k / FPS)
    b.fill((40, 30, 20))
    cold.draw(b, view, HER, 5.0 + 60 / FPS)
    assert np.array_equal(pygame.surfarray.pixels3d(a), pygame.surfarray.pixels3d(b))


def test_a_part_drawn_tight_is_its_whole_turn_less_zeros(tmp_path: Path) -> None:
    """The turn drawn (the whole's zero border left off) and the whole turn `at` gives (the rims
    read its size) put the same pixels on a surface; her lips' whole is the head's box."""
    figs = _figures(tmp_path)
    view = _pushed(figs)
    drawn = [d for d in figs._compose(HER, 5.0)[0] if d.char == "her" and d.part in ("lips", "brows", "torso")]
    assert len(drawn) == 3
    for d in drawn:
        tight, pos = figs.rasters._drawn(view, d)
        whole, wpos = figs.rasters.at(view, d, "art")
        a, b = pygame.Surface((2400, 2400)), pygame.Surface((2400, 2400))
        a.blit(tight, (pos[0] + 200, pos[1] + 200))
        b.blit(whole, (wpos[0] + 200, wpos[1] + 200))
        assert np.array_equal(pygame.surfarray.pixels3d(a), pygame.surfarray.pixels3d(b)), d.part
        if d.part == "lips":
            assert tight.get_width() * tight.get_height() * 5 < whole.get_width() * whole.get_height()


def test_a_turn_made_ahead_stays_over_the_budget_until_drawn_and_spares_nothing_shown() -> None:
    c: TurnCache[tuple[str, int], int] = TurnCache(lambda v: v, owner=lambda k: k[0])
    c.put(("torso", 0), 10, budget=15)  # shown now
    c.put(("torso", 1), 10, budget=15, ahead=True)  # its next breath angle, made ahead: over the budget, kept
    assert list(c) == [("torso", 0), ("torso", 1)]
    c.frame(budget=15)
    assert c.get(("torso", 0)) == 10  # still shown: the one made ahead did not make it spare
    assert c.ahead(("torso", 1)) == 10  # still coming
    c.frame(budget=15)
    assert len(c) == 2
    assert c.get(("torso", 1)) == 10  # its frame: drawn, and the old angle is spare at once
    c.frame(budget=15)
    assert list(c) == [("torso", 1)]


def test_figure_raster_keeps_the_masks_apart() -> None:
    assert figure_raster.PartRasters.MASK_BUDGET < figure_raster.PartRasters.ROT_BUDGET


def test_a_moments_parts_are_looked_at_once_while_it_is_ahead(tmp_path: Path) -> None:
    """The turn-ahead asks whether the shot shows a part of a moment to come (`Figures._on`) once
    while the moment is ahead (game/art/ahead_plan.py), not at each of its ~9-24 frames."""
    figs = _figures(tmp_path)
    view = _pushed(figs)
    surface = pygame.Surface((1920, 1080))
    looked: list[tuple[float, str, str]] = []
    ahead = [False]
    real_on, real_ahead = figs._on, figs._turn_ahead

    def on(clip: pygame.Rect, v: View, d: figure_raster.Drawn) -> bool:
        if ahead[0]:
            looked.append((d.placed.angle, d.char, d.part))
        return real_on(clip, v, d)

    def turn_ahead(*args: object) -> None:
        ahead[0] = True
        try:
            real_ahead(*args)  # type: ignore[arg-type]
        finally:
            ahead[0] = False

    figs._on, figs._turn_ahead = on, turn_ahead  # type: ignore[method-assign,assignment]
    moments: set[float] = set()
    for k in range(60):
        figs.rasters.frame()
        figs.draw(surface, view, HER, 5.0 + k / FPS)
        if k:
            moments.update(m for m, _rim in figures._moments(5.0 + k / FPS))
    parts = len([d for d in figs._compose(HER, 5.0)[0] if d.part != figures.STRAND])
    assert looked, "the turn-ahead looked at no part"
    assert len(looked) <= parts * len(moments), f"{len(looked)} looks at {len(moments)} moments of {parts} parts"
