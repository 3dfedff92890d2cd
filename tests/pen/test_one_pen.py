"""One pen: it lies on the table only while nobody holds it."""

from __future__ import annotations

from game.room.layers import WRITING_POSE, prop_state
from game.story.stage import Change, Stage


def test_the_table_pen_is_hidden_while_a_pose_holds_it() -> None:
    stage = Stage()
    stage.poses["him"] = Change("perched")
    assert prop_state(stage.at(0.0), 0.0, {}).pen_on_table
    stage.poses["him"] = Change(WRITING_POSE)  # "He picked up the pen ..." (line 26 to 28)
    assert not prop_state(stage.at(0.0), 0.0, {}).pen_on_table
    stage.poses["him"] = Change("holding_writing")  # her hand in one of his, the pen in the other (65)
    assert not prop_state(stage.at(0.0), 0.0, {}).pen_on_table
    stage.poses["him"] = Change("watching")
    stage.writer = "her"  # she writes: the pen is in her hand
    assert not prop_state(stage.at(0.0), 0.0, {}).pen_on_table
