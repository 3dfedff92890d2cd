"""The engine knows no story: a second, small story with its own room, characters and words
(tests/fixtures/small-hours) lints clean and plays from the title to its ending."""

from __future__ import annotations

from pathlib import Path

import pygame
from pilot import Pilot, build_app

from game.assets import Assets
from game.content import load_content
from game.story.lint import lint_all

STORY = Path(__file__).parents[1] / "fixtures" / "small-hours" / "small-hours.story"


def test_the_second_story_lints_clean_and_is_not_the_first() -> None:
    assert lint_all(Assets(), [STORY]) == []
    small, main = load_content(Assets(), STORY), load_content(Assets())
    assert set(small.script.characters) == {"ada", "tom"} and set(main.script.characters) == {"him", "her"}
    assert "fireplace" not in small.room.anchors and "fireplace" in main.room.anchors
    assert len(small.room.anchors_of("candle")) == 3 and len(main.room.anchors_of("candle")) == 12
    assert small.words.the_end == "Fin" and main.words.the_end == "The End"


def test_the_second_story_plays_from_title_to_ending_and_back() -> None:
    pilot = Pilot(build_app(story=STORY, audio=False))
    try:
        total = len(pilot.app.ctx.script.lines)
        scenes, seen = pilot.click_through()
        assert scenes == ["TitleScene", "StoryScene", "EndingScene", "TitleScene"]
        assert seen == list(range(1, total + 1)) and total == 5
    finally:
        pygame.quit()
