"""A narration line that takes two lines (or more) is set as a typesetter would set a caption:
lines of like widths, never one word alone under a full line. The reviewer saw six lone words
("souls.", "conversation.", "together,", "forgiveness.", "redemption.", "together.") under full
first lines at 1920x1080. Every narration line of both languages' stories, at 1080p and 720p,
at the smallest and largest text sizes: the shortest of its lines is at least 40% of the
longest's width (the greedy wrap left "souls." at 10%)."""

from __future__ import annotations

import pygame
import pytest

from game.assets import Assets
from game.scenes.ui import NARRATION_SIZE, TEXT_W, NarrationBand
from game.story import commands as c
from game.story.parser import parse_file
from game.text.fonts import Fonts
from game.text.layout import wrap, wrap_balanced

STORIES = ("whispers.story", "whispers.fr.story")


def _narration(name: str) -> list[str]:
    script = parse_file(Assets().scenes / name)
    return [line.text for line in script.lines if isinstance(line, c.Narrate)]


@pytest.fixture(scope="module")
def band() -> NarrationBand:
    pygame.init()
    assets = Assets()
    return NarrationBand(Fonts({"serif": assets.serif, "serif_italic": assets.serif_italic}))


@pytest.mark.parametrize("story", STORIES)
@pytest.mark.parametrize("width", [1920, 1280])
@pytest.mark.parametrize("size", [1.0, 2.0])
def test_no_lone_word_under_a_full_line(band: NarrationBand, story: str, width: int, size: float) -> None:
    scale = width / 1920
    font = band.fonts.get("serif", NARRATION_SIZE * size, scale)
    texts = _narration(story)
    assert len(texts) > 60
    several = 0
    for text in texts:
        lines = band.lines(text, scale, size)
        assert " ".join(lines) == " ".join(text.split()), "the words changed in wrapping"
        widths = [font.size(line)[0] for line in lines]
        assert max(widths) <= TEXT_W * scale, f"{text!r} runs past the text's measure"
        assert len(lines) == len(wrap(text, TEXT_W * scale, lambda s: font.size(s)[0])), \
            f"{text!r} takes more lines than it needs"
        if len(lines) < 2:
            continue
        several += 1
        assert min(widths) >= 0.4 * max(widths), f"{story} at {width} px, size {size}: {lines}"
    assert several >= 5  # the test sees two-line captions at all


def test_balanced_breaks_at_the_even_point() -> None:
    def measure(s: str) -> float:
        return 10.0 * len(s)

    text = "aaaa bbbb cccc dddd eeee ffff gggg hhhh"  # 39 characters, 29 to a line
    assert wrap(text, 300, measure) == ["aaaa bbbb cccc dddd eeee ffff", "gggg hhhh"]
    assert wrap_balanced(text, 300, measure) == ["aaaa bbbb cccc dddd", "eeee ffff gggg hhhh"]
    # within a few percent, after the comma rather than after "a"
    assert wrap_balanced("aaaa bbbb cccc, a ddd eeee ffff gggg", 300, measure) == ["aaaa bbbb cccc,",
                                                                                  "a ddd eeee ffff gggg"]
    assert wrap_balanced("short line", 400, measure) == ["short line"]
    assert wrap_balanced("one\n\ntwo", 400, measure) == ["one", "", "two"]
