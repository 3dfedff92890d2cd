"""The written pages turn over on screen, never pop to blank between two shots (review 3 #33).

The script turned the page before line 78, a close shot of her: the book on the table showed the
six written lines and the blot at line 77 and a pristine spread from line 78, a different book or
a glitch. Now the turn is staged where the page is seen from above (line 81, "The notebook lay
forgotten on the coffee table, its pages empty,"): the written leaves lift and turn to a blank
spread as the words begin, and --render, rollback and play all start that line from the written
page (the director keeps the lines on the page through the line a turn comes before)."""

from __future__ import annotations

import pygame

from game.assets import Assets
from game.capture import render_moment
from game.pen.book import Spread
from game.scenes.story import NOTEBOOK_RECT, PAGE_SHOT
from game.story import commands as c
from game.story.director import Director
from game.story.parser import parse_file, parse_text


def test_every_page_turn_is_seen_in_the_page_shot() -> None:
    for name in ("whispers.story", "whispers.fr.story"):
        d = Director(parse_file(Assets().scenes / name))
        turns = []
        for n in range(1, d.total_lines + 1):
            d.goto_line(n, 0.0)
            if any(ev.kind == "notebook" and ev.name == "turn" for ev in d.drain_events()):
                turns.append((n, d.stage.shot.value))
        assert turns, f"{name}: the forgotten notebook's pages are never turned"
        assert all(shot == PAGE_SHOT for _n, shot in turns), f"{name}: a page turns off screen: {turns}"


def test_the_line_a_turn_comes_before_starts_from_the_written_page() -> None:
    story = ('character him "He" hand=elegant\nlabel start\nshot notebook\nhim "One."\n"Two."\n'
             'notebook turn\n"Three."\n"Four."\nnotebook turn\nhim "Five."\nend\n')
    d = Director(parse_text(story, "t.story"))
    pages = []
    for n in range(1, 6):
        d.goto_line(n, 0.0)
        assert d.current is not None
        pages.append([w.text for w in d.page_lines])
    # line 3 is restored written and turned on screen; from line 4 the page is the fresh one;
    # a written line after a turn is written on the fresh page
    assert pages == [["One."], ["One."], ["One."], [], ["Five."]]
    assert isinstance(d.current, c.Write)


def _left_page_ink(line: int, at: float) -> int:
    size = (960, 540)
    image = render_moment(Assets(), str(line), at, size)
    k = size[0] / 1920
    s = NOTEBOOK_RECT[2] / 1240 * k
    sp = Spread()
    box = pygame.Rect(round(NOTEBOOK_RECT[0] * k + (sp.left.x + 60) * s), round(NOTEBOOK_RECT[1] * k + (sp.left.y + 20) * s),
                      round((sp.left.w - 100) * s), round((sp.left.h - 40) * s))
    rgb = pygame.surfarray.array3d(image.subsurface(box)).astype(int)
    return int((rgb.sum(axis=2) < 300).sum())


def test_the_forgotten_notebook_turns_from_written_to_empty_on_screen() -> None:
    assert _left_page_ink(81, 0.05) > 500, "line 81 begins on a blank page: the turn was not seen"
    assert _left_page_ink(81, 3.0) == 0
