"""A dissolve is for time passing within one framing: `shot X over S` from a shot framed
differently lays the two framings over each other, a double exposure (review 3 #29: at line 46
the two-shot dissolved into the wide showed two couples, two mantelpieces and her ghost head in
the panelling; at line 84 her close shot into the wide). The linter names such a dissolve; the
story cuts there now, and lets the hours pass within the wide (the clock, the candles)."""

from __future__ import annotations

from story_walk import lines_played

from game.assets import Assets
from game.room.tmxload import load_room
from game.story import commands as c
from game.story.lint import lint_script, load_catalogues
from game.story.parser import parse_text

STORY = 'character him "He" hand=elegant\nlabel start\nshot two\n"One."\nshot {to} over 2.5\n"Two."\nend\n'


def _lint(to: str) -> list[str]:
    room = load_room(Assets().room_map)
    problems: list = []
    cat = load_catalogues(Assets(), room, problems)
    return [p.message for p in lint_script(parse_text(STORY.format(to=to), "t.story"), cat)]


def test_a_dissolve_between_two_framings_is_named() -> None:
    found = _lint("wide")
    assert any("dissolves from 'two'" in m for m in found), found
    assert not any("dissolves" in m for m in _lint("two"))  # the same framing: time passing within it


def test_no_line_of_the_story_dissolves_between_framings() -> None:
    """Played through, every change of shot on the way to a line is a cut (or a dissolve within one
    framing): the old script's lines 46 and 84 dissolved into the wide from the two-shot and her."""
    for name in ("whispers.story", "whispers.fr.story"):
        room = load_room(Assets().room_map)
        for d, _now in lines_played(Assets().scenes / name, 30.0):
            shot = d.stage.shot
            if shot.duration > 0 and shot.previous != shot.value:
                a, b = room.shots[shot.previous].rect, room.shots[shot.value].rect
                assert (a.x, a.y, a.w, a.h) == (b.x, b.y, b.w, b.h), \
                    f"{name} line {d.line_number}: dissolves from '{shot.previous}' to '{shot.value}'"
            assert isinstance(d.current, c.Narrate | c.Write)
