"""Review10 #14, line 78 "Their bodies spoke the language of love and longing": her near arm
read as one straight pale tube from her shoulder to his chin, the forearm and the hand drawn
behind his head (hidden), so no elbow, no wrist and no hand showed. Now the elbow bends, the
forearm crosses the side of his neck in front of him and her fingers lie at his nape/collar."""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import Any

import pygame
import pytest

from game.art.rig import local_point
from game.view import View


@pytest.fixture(scope="module")
def story() -> Iterator[tuple[Any, Any]]:
    from game.assets import Assets
    from game.capture import capture_context
    from game.settings import Settings

    ctx = capture_context(Assets(), Settings())
    yield ctx, ctx.scenes.story()
    pygame.quit()


def _final(story: tuple[Any, Any], what: str, at: float) -> tuple[Any, dict[str, Any]]:
    ctx, scene = story
    scene.seek(next(n for n, line in enumerate(ctx.script.lines, 1) if what in line.text), at)
    layers, snap = ctx.renderer.layers, scene.director.stage.at(scene.t)
    states = layers.frame((1920, 1080), View(1.0, 0.0, 0.0), snap, scene.t, scene.pen_uv).figures
    return layers.figures, layers.figures._scene(states, scene.t)[1]


LINES = [("Their bodies spoke the language", 2.0), ("As they held each other", 2.0), ("no matter what challenges", 2.0)]


@pytest.mark.parametrize(("what", "at"), LINES)
def test_her_elbow_is_bent_and_seen(story: tuple[Any, Any], what: str, at: float) -> None:
    """The angle inside her elbow (shoulder - elbow - wrist on the skeleton) is under 150 degrees,
    and nothing of his is drawn over her forearm (it was under his head: the bend never showed)."""
    _, final = _final(story, what, at)
    her, him = final["her"], final["him"]
    shoulder = (her["near_upper"].x, her["near_upper"].y)
    elbow = (her["near_fore"].x, her["near_fore"].y)
    wrist = (her["near_hand"].x, her["near_hand"].y)
    a = math.atan2(shoulder[1] - elbow[1], shoulder[0] - elbow[0])
    b = math.atan2(wrist[1] - elbow[1], wrist[0] - elbow[0])
    inside = abs(math.degrees((a - b + math.pi) % (2 * math.pi) - math.pi))
    assert inside < 150, f"her elbow opens {inside:.0f} degrees: a straight tube"
    top = max(p.z for p in him.values())
    assert her["near_fore"].z > top and her["near_hand"].z > top, "her forearm/hand drawn under him: hidden"


@pytest.mark.parametrize(("what", "at"), LINES)
def test_her_fingers_lie_at_his_nape_or_shoulder(story: tuple[Any, Any], what: str, at: float) -> None:
    """Her fingertips (the drape drawing's curled tips, ~(28,60)) are within 45 px of the back of
    his neck at its base or of his shoulder, and drawn over him (visible)."""
    figures, final = _final(story, what, at)
    her, him = final["her"], final["him"]
    tips = local_point(figures.specs["her"], her["near_hand"], (28, 60))
    nape = local_point(figures.specs["him"], him["head"], (40, 140))
    shoulder = (him["near_upper"].x, him["near_upper"].y)
    near = min(math.dist(tips, nape), math.dist(tips, shoulder))
    assert near <= 45, f"her fingertips {near:.0f} px from his nape/shoulder"
    assert her["near_hand"].z > him["head"].z and her["near_hand"].z > him["torso"].z
