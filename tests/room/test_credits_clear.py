"""The ending's credits sit in the clear wall right of the embracing couple (on the sofa, logical
x up to ~700 in the closing wide), not across their heads: every credits line starts right of
x 760 and ends inside the frame, in each language."""

from __future__ import annotations

import pytest

from game.assets import Assets
from game.capture import capture_context
from game.scenes.title import EndingScene
from game.settings import Settings


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_credits_lines_keep_right_of_the_couple(lang: str) -> None:
    assets = Assets()
    story = assets.scenes / ("whispers.story" if lang == "en" else f"whispers.{lang}.story")
    ctx = capture_context(assets, Settings(), story)
    scene = ctx.scenes.ending()
    assert isinstance(scene, EndingScene)
    assert scene.credits, "the ending carries credits"
    scale = 1.0
    cx = scene.credits_x(scale)
    for section in scene.credits:
        for line in section.lines:
            w = ctx.fonts.text("serif", 25, scale, line, (255, 255, 255)).get_width()
            assert cx - w / 2 > 760, f"{line!r} reaches x {cx - w / 2:.0f}, over the couple"
            assert cx + w / 2 < 1900, f"{line!r} runs off the frame"
