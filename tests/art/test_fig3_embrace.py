"""Review 8 #16 and the tender faces (lines 72-80), FIG3.

* The embrace was stiff: her forearm a straight rigid tube laid over his shoulder in front of
  him, his arm drawn behind her body so only a small hand showed at her back. Now his near arm
  is drawn over her body (under her near arm) round to a hand at her back, and her forearm goes
  behind his neck to a hand at his nape.
* His tender face frowned: a heavy 3.8 px brow bar low over a staring `down` eye, a lower-lid
  line and two cheek creases on the head itself (an old man's face at 72 and 74). Now the tender
  face's eye is the half-closed `soft` drawing, kept when he looks down at her; the brow is fine;
  the creases belong to the strained mouths only.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pygame
import pytest

from game.art.rig import local_point, rotate
from game.view import View

ART = Path(__file__).resolve().parents[2] / "assets" / "art" / "figures" / "him"


@pytest.fixture(scope="module")
def story() -> Iterator[tuple[Any, Any]]:
    from game.assets import Assets
    from game.capture import capture_context
    from game.settings import Settings

    ctx = capture_context(Assets(), Settings())
    yield ctx, ctx.scenes.story()
    pygame.quit()


def _moment(story: tuple[Any, Any], what: str, at: float) -> tuple[Any, list[Any], dict[str, Any]]:
    """The figures, what they draw and where, `at` s into the line saying `what` (a 1080p wide view)."""
    ctx, scene = story
    scene.seek(next(n for n, line in enumerate(ctx.script.lines, 1) if what in line.text), at)
    layers, snap = ctx.renderer.layers, scene.director.stage.at(scene.t)
    states = layers.frame((1920, 1080), View(1.0, 0.0, 0.0), snap, scene.t, scene.pen_uv).figures
    drawn, final = layers.figures._scene(states, scene.t)
    return layers.figures, drawn, final


@pytest.mark.parametrize("at", [0.5, 2.0, 4.0])
def test_his_arm_goes_round_her_back(story: tuple[Any, Any], at: float) -> None:
    """ "As they held each other": his near forearm is drawn over her body (below her near arm),
    his hand behind the middle of her back (it was drawn behind her, only a small hand at her back)."""
    figures, _, final = _moment(story, "As they held each other", at)
    him, her = final["him"], final["her"]
    assert her["torso"].z < him["near_fore"].z < her["near_upper"].z, "his arm is not drawn across her body, under her arm"
    hand = local_point(figures.specs["him"], him["near_hand"], (30, 50))
    torso = her["torso"]
    pivot = figures.specs["her"].parts["torso"].pivot
    lx, ly = rotate((hand[0] - torso.x, hand[1] - torso.y), -torso.angle)
    lx, ly = lx + pivot[0], ly + pivot[1]  # the hand in her torso's own drawing (she faces right: her back is to the left)
    img = pygame.image.load_sized_svg(str(ART.parent / "her" / "torso.svg"), (120, 280))
    row = np.flatnonzero(pygame.surfarray.array_alpha(img)[:, int(min(279, max(0, ly)))] > 128)
    assert row.size, f"his hand (torso y {ly:.0f}) is not at the height of her body"
    middle = (row[0] + row[-1]) / 2
    assert lx <= middle - 10, f"his hand {middle - lx:.0f} px behind the middle of her body: not round her back"


@pytest.mark.parametrize("at", [0.5, 4.0])
def test_her_forearm_goes_round_his_neck_to_his_nape(story: tuple[Any, Any], at: float) -> None:
    """Her forearm goes round his neck to her hand at his nape (a straight tube over his shoulder
    in front of him, review8 #16). Since review10 #14 the bent forearm crosses the side of his neck
    in front of him, below his jaw, so the elbow and the hand with its fingers show (drawn behind
    his head, the arm read as a straight tube ending at his chin); tests/art/test_embrace_arm.py."""
    figures, _, final = _moment(story, "As they held each other", at)
    him, her = final["him"], final["her"]
    hand = local_point(figures.specs["her"], her["near_hand"], (23, 50))
    nape = local_point(figures.specs["him"], him["head"], (40, 140))  # head.svg: the back of the neck
    assert abs(hand[0] - nape[0]) <= 60 and abs(hand[1] - nape[1]) <= 70, f"her hand {hand} far from his nape {nape}"


@pytest.mark.parametrize(("what", "at"), [("as they leaned in", 0.5), ("as they leaned in", 4.0), ("golden glow on the scene", 2.0)])
def test_his_tender_face_is_soft(story: tuple[Any, Any], what: str, at: float) -> None:
    """At 72 (he looks down at her) and 74 his brows are the soft drawing and his eye is the
    half-closed `soft` one or closed (the `down` eye stared under a hard lid)."""
    _, drawn, _ = _moment(story, what, at)
    parts = {d.part: d.variant for d in drawn if d.char == "him"}
    assert parts["brows"] == "soft"
    assert parts["eyes"] in ("soft", "closed"), f"his eye is {parts['eyes']!r}"
    assert parts["mouth"] == "soft", f"his mouth is {parts['mouth']!r} (the rest line over the stubble read as a pout)"


def test_no_cheek_creases_on_his_head() -> None:
    """The head has no crease strokes across the cheek (they go with the strained mouths)."""
    head = (ART / "head.svg").read_text(encoding="utf-8")
    assert "M 104 88" not in head and "M 84 80" not in head, "cheek creases drawn on every face"
    for name in ("mouth_set.svg", "mouth_down.svg"):
        assert "M 104 88" in (ART / name).read_text(encoding="utf-8"), f"{name}: the strained face lost its creases"
    soft = (ART / "eyes_soft.svg").read_text(encoding="utf-8")
    assert not re.search(r'd="M 98 69 ', soft), "the soft eye has the lower-lid line"


def test_his_soft_brow_is_fine() -> None:
    """At most ~2.4 head units thick (the level brow's 3.8 px stroke read as a frown)."""
    k = 8
    img = pygame.image.load_sized_svg(str(ART / "brows_soft.svg"), (140 * k, 160 * k))
    a = pygame.surfarray.array_alpha(img) > 128
    thick = max(int(np.diff(np.flatnonzero(np.diff(np.r_[0, col, 0]))).max(initial=0)) for col in a if col.any())
    units = thick / k / (1.2 * 0.92)
    assert units <= 2.4, f"his soft brow {units:.1f} units thick"


@pytest.mark.parametrize("at", [0.0, 2.0, 4.0, 7.0, 12.0])
def test_the_notebook_is_whole_in_the_lean_in_shot(story: tuple[Any, Any], at: float) -> None:
    """Line 72's shot cut the notebook at its bottom-right corner as the camera pushed in (its right
    page past the frame's edge from ~3 s): it is inside the framing through the whole push."""
    ctx, scene = story
    n = next(i for i, line in enumerate(ctx.script.lines, 1) if "as they leaned in" in line.text)
    scene.seek(n, at)
    snap = scene.director.stage.at(scene.t)
    assert snap.shot.value == "lean_in" and snap.move is not None
    layers = ctx.renderer.layers
    s = layers.props.room.shots["lean_in"].rect
    x, y, w, h = snap.move.framing((s.x, s.y, s.w, s.h), scene.t)
    assert snap.notebook_holder.value == "her"
    r = layers.props.room.anchors_of("notebook")[0].rect
    shift = float(layers.props.room.anchor("her").props["notebook_shift"])  # where it lies once passed to her
    nb = type(r)(r.x + shift, r.y, r.w, r.h)
    assert x + 8 <= nb.x and nb.x + nb.w + 8 <= x + w, f"the notebook {nb.x:.0f}..{nb.x + nb.w:.0f} cut by the frame {x:.0f}..{x + w:.0f}"
    assert y + 8 <= nb.y and nb.y + nb.h + 8 <= y + h, f"the notebook {nb.y:.0f}..{nb.y + nb.h:.0f} cut by the frame {y:.0f}..{y + h:.0f}"


def test_her_hair_hangs_behind_her_head_when_she_lifts_her_face(story: tuple[Any, Any]) -> None:
    """At 72 she lifts her face to him (the gaze turns her head); her long hair is carried round
    with it, its crown joint staying where the head puts it (left behind by the turn, it hung in
    front of her neck and the skull's back read as a swim cap, review8 #18)."""
    figures, _, final = _moment(story, "as they leaned in", 4.0)
    spec, her = figures.specs["her"], final["her"]
    joint = local_point(spec, her["head"], spec.parts["hair"].joint)
    assert abs(joint[0] - her["hair"].x) <= 1.0 and abs(joint[1] - her["hair"].y) <= 1.0, (joint, her["hair"])
    tip = local_point(spec, her["hair"], (30, 190))  # the fall's end
    nape = local_point(spec, her["head"], (47, 150))  # head.svg: the back of the neck at its base
    assert tip[0] <= nape[0], f"her hair's end {tip[0] - nape[0]:.0f} px in front of her nape"
