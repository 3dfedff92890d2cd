"""70 -> 71 -> 72 (the fresh review at the end of stop 26): 71 is the insert of their hands
tightening round each other's; 72 ("The room seemed to hold its breath as they leaned in,", shot
`lean_in`) opened with her hand 39 px from his, and in the first second both dropped onto his
knee (hand centres at y 749-756, his knee at 746): their hands jumped to their laps.

He sits beside her on the sofa by 72 (he crosses during the insert), so the wide cannot put their
hands on the coffee table (its left end is 20 px past the sofa's arm, on his far side). What it
shows instead: the hands joined as the insert left them (her hand in his, his thumb over it), held
up between them off their knees, well above the table top, and kept there while they lean in
(`beside` and `leaning_in` put both hands at the same place, solved for both arms)."""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import Any

import pygame
import pytest
from stage_probe import moment

from game.art.rig import local_point
from game.assets import Assets

LEAN = "hold its breath as they leaned in"
HER_PALM = (23.0, 50.0)  # her hand.svg: the middle of the hand
HIS_PALM = (30.0, 55.0)  # his hand_hold.svg: the middle of the hand
TIMES = [k * 0.25 for k in range(17)]  # the line's first 4 s


@pytest.fixture(scope="module")
def story() -> Iterator[tuple[Any, Any]]:
    from game.capture import capture_context
    from game.settings import Settings

    ctx = capture_context(Assets(), Settings())
    yield ctx, ctx.scenes.story()
    pygame.quit()


def _hands(story: tuple[Any, Any], at: float) -> tuple[tuple[float, float], tuple[float, float], float, float]:
    """Her and his near hands' middles, his knee's y and the coffee table's top (room px) at `at` s."""
    ctx, _ = story
    m = moment(story, LEAN, at)
    specs = ctx.renderer.layers.figures.specs
    her = local_point(specs["her"], m.final["her"]["near_hand"], HER_PALM)
    his = local_point(specs["him"], m.final["him"]["near_hand"], HIS_PALM)
    table = ctx.renderer.layers.props.room.anchor("coffee_table")
    return her, his, m.final["him"]["near_shin"].y, float(table.props.get("top", table.rect.y))


def test_72_opens_with_their_hands_joined_off_their_laps(story: tuple[Any, Any]) -> None:
    her, his, knee, top = _hands(story, 0.0)
    gap = math.hypot(her[0] - his[0], her[1] - his[1])
    assert gap <= 20.0, f"72 at 0 s: her hand is {gap:.0f} px from his (not held)"
    for who, p in (("her", her), ("his", his)):
        assert knee - p[1] >= 50.0, f"72 at 0 s: {who} hand {knee - p[1]:.0f} px above his knee (in their laps)"
        assert top - p[1] >= 90.0, f"72 at 0 s: {who} hand {top - p[1]:.0f} px above the table top"


def test_the_joined_hands_stay_put_as_they_lean_in(story: tuple[Any, Any]) -> None:
    """No jump: through the first 4 s the hands stay joined and within 15 px of where 72 opened."""
    her0, his0, _, _ = _hands(story, 0.0)
    mid0 = ((her0[0] + his0[0]) / 2, (her0[1] + his0[1]) / 2)
    for at in TIMES[1:]:
        her, his, knee, _ = _hands(story, at)
        gap = math.hypot(her[0] - his[0], her[1] - his[1])
        mid = ((her[0] + his[0]) / 2, (her[1] + his[1]) / 2)
        moved = math.hypot(mid[0] - mid0[0], mid[1] - mid0[1])
        assert gap <= 20.0, f"72 at {at} s: the hands {gap:.0f} px apart"
        assert moved <= 15.0, f"72 at {at} s: the joined hands moved {moved:.0f} px from where 72 opened"
        assert knee - max(her[1], his[1]) >= 50.0, f"72 at {at} s: the hands down by his knee (in their laps)"
