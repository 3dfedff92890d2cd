"""Review11 N2: her pose jumped 12/13 -> 16/17. At 12-13 she reclines about 30 degrees into the
sofa's left arm (`nestled`); at 16/17 (the her_gaze shot, `twirling`) she sat bolt upright in
profile at the window, and no line showed her sitting up. Now she twirls her hair still nestled
(the same hips and lean as at 13) through 17, and sits up at the start of 18 ("She wore a simple
dress"), in her own wide shot, before the notebook lines find her upright at 20."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pygame
import pytest
from stage_probe import moment

from game.assets import Assets

NESTLED = "nestled in the embrace of a plush velvet sofa"
LOCKED = "Her eyes were locked onto him"
YEARNING = "apprehension and yearning"
DRESS = "She wore a simple dress"
NOTEBOOK = "Between them, on the coffee table"


@pytest.fixture(scope="module")
def story() -> Iterator[tuple[Any, Any]]:
    from game.capture import capture_context
    from game.settings import Settings

    ctx = capture_context(Assets(), Settings())
    yield ctx, ctx.scenes.story()
    pygame.quit()


def _her(story: tuple[Any, Any], words: str, at: float) -> tuple[int, dict[str, Any], Any]:
    """The line's number, her placed parts and its shot's rect, `at` s into the line holding `words`."""
    m = moment(story, words, at)
    return m.n, m.final["her"], m.shot


def test_she_stays_nestled_while_she_twirls(story: tuple[Any, Any]) -> None:
    _, ref, _ = _her(story, NESTLED, 2.0)
    for words in (LOCKED, YEARNING):
        n, her, _ = _her(story, words, 2.0)
        lean = her["torso"].angle - ref["torso"].angle
        hips = abs(her["torso"].x - ref["torso"].x)
        assert abs(lean) <= 3.0, f"line {n}: her back is {lean:+.0f} degrees off her lean at 13 (sitting up unseen)"
        assert hips <= 5.0, f"line {n}: her hips are {hips:.0f} px along the seat from 13's"


def test_she_sits_up_in_her_own_shot_before_the_notebook(story: tuple[Any, Any]) -> None:
    _, ref, _ = _her(story, NESTLED, 2.0)
    n, start, shot = _her(story, DRESS, 0.05)
    _, end, _ = _her(story, DRESS, 2.0)
    _, later, _ = _her(story, NOTEBOOK, 2.0)
    assert abs(start["torso"].angle - ref["torso"].angle) <= 3.0, f"line {n} does not begin with her nestled"
    assert end["torso"].angle - start["torso"].angle >= 15.0, f"line {n}: she does not sit up ({start['torso'].angle:.0f} -> {end['torso'].angle:.0f})"
    assert abs(later["torso"].angle - end["torso"].angle) <= 3.0, "she sits up again between 18 and 20"
    for her in (start, end):
        head = her["head"]
        assert shot.x <= head.x <= shot.x + shot.w and shot.y <= head.y <= shot.y + shot.h, f"line {n}: her head is out of the shot as she sits up"


def test_her_hand_comes_down_by_her_face_as_she_sits_up() -> None:
    """Through the sit-up (twirling -> sofa) the wrist stays below her chin and within 95 px ahead
    of it: the elbow drops first, the forearm unfolds late (moved together, the hand rose above her
    chin and swung 109 px out ahead of it, a wave)."""
    from pathlib import Path

    from game.art.rig import FigureState, blend, load_poses, local_point, solve
    from game.room.tmxload import load_room

    root = Path(__file__).resolve().parents[2]
    room = load_room(root / "scenes" / "room.tmx")
    spec = load_poses(root / "assets" / "figures" / "poses.toml")["her"]
    box = room.anchor("her").rect
    hip = (box.x + box.w * spec.hip_in_box[0], box.y + box.h * spec.hip_in_box[1])
    for k in range(21):
        p = solve(spec, blend(spec, FigureState("sofa", 0.0, "twirling"), k / 20), hip)
        chin = local_point(spec, p["head"], (100, 120))  # head.svg: the chin's front
        dx, dy = p["near_hand"].x - chin[0], p["near_hand"].y - chin[1]
        assert dy >= 5, f"at {k}/20 of the sit-up her wrist rises to {dy:.0f} px below her chin (less than 5: by her mouth or above)"
        assert dx <= 95, f"at {k}/20 of the sit-up her wrist is {dx:.0f} px out ahead of her chin"
