"""The story played one line at a time, as a reader who stays `linger` seconds on each: the walk
four tests share (the stage at each line's start, the rain, the clock, the shots and dissolves)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from game.story.director import Director
from game.story.parser import parse_file


def lines_played(story: Path, linger: float) -> Iterator[tuple[Director, float]]:
    """(the director, the moment its line began) for each line shown, waits served in between;
    after each yield the reader moves on `linger` s later."""
    d = Director(parse_file(story))
    now = 0.0
    d.start(now)
    while not d.finished:
        if d.waiting_until is not None:
            now = d.waiting_until
            d.update(now)
            continue
        yield d, now
        now += linger
        d.advance(now)
