"""The story parser: good statements become commands; bad lines give exact messages."""

from __future__ import annotations

import pytest

from game.errors import ContentErrors
from game.story import commands as c
from game.story.parser import parse_text

HEADER = 'character him "He" hand=elegant\ncharacter her "She" hand=brush\nlabel start\n'


def parse(body: str) -> list[c.Command]:
    return list(parse_text(HEADER + body, "t.story").commands[3:])


def errors(body: str) -> list[str]:
    with pytest.raises(ContentErrors) as info:
        parse_text(HEADER + body + '"A line to show."\n', "t.story")
    return [str(p) for p in info.value.problems]


def test_narration_written_and_staging_lines_parse_with_their_place() -> None:
    cmds = parse('"The room was bathed in candlelight."  # a comment\n'
                 'him "I never meant for things to end this way."\n'
                 'her "I don’t want to lose you either." hand=trembling\n'
                 "rain torrential over 4\nclock 00:40 over 10\nshot notebook\nwait 1.5\nend\n")
    assert cmds[0] == c.Narrate(c.Source("t.story", 4), "The room was bathed in candlelight.")
    assert cmds[1] == c.Write(c.Source("t.story", 5), "him", "I never meant for things to end this way.", None)
    assert cmds[2].hand == "trembling" and cmds[2].text == "I don’t want to lose you either."  # type: ignore[union-attr]
    assert cmds[3] == c.Rain(c.Source("t.story", 7), "torrential", 4.0)
    assert cmds[4] == c.ClockTime(c.Source("t.story", 8), 40, 10.0)
    assert cmds[5] == c.Shot(c.Source("t.story", 9), "notebook", 0.0)
    assert cmds[6] == c.Wait(c.Source("t.story", 10), 1.5)
    assert isinstance(cmds[7], c.End)


def test_hash_inside_a_string_is_text_and_escapes_work() -> None:
    cmds = parse('"Room #1 said \\"hush\\" and \\\\ left."\n')
    assert cmds[0].text == 'Room #1 said "hush" and \\ left.'  # type: ignore[union-attr]


def test_character_declaration_keeps_hand_and_ink() -> None:
    script = parse_text('character him "He" hand=elegant ink=#1b2a4a\nlabel start\n"x"\n', "t.story")
    assert script.characters["him"] == c.Character(c.Source("t.story", 1), "him", "He", "elegant", (0x1B, 0x2A, 0x4A))


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("rian light", "t.story:4: unknown statement 'rian' (did you mean 'rain'?)"),
        ("rain drizzle", "t.story:4: unknown rain level 'drizzle'; use one of none, light, steady, heavy, torrential"),
        ("rain heavvy", "t.story:4: unknown rain level 'heavvy' (did you mean 'heavy'?); use one of none, light, steady, heavy, torrential"),
        ('"unterminated', 't.story:4: unterminated string (a closing " is missing)'),
        ("clock 25:00", "t.story:4: clock time must be HH:MM from 00:00 to 23:59, not '25:00'"),
        ("candles 1.5", "t.story:4: candles must be from 0 to 1, not 1.5"),
        ("wait soon", "t.story:4: wait seconds must be a number, not 'soon'"),
        ("shot wide over", "t.story:4: 'over' takes one number of seconds at the end: shot NAME … over 4"),
        ('hm "Hello."', "t.story:4: unknown character 'hm' (did you mean 'him'?)"),
        ("jump nowhere", "t.story:4: jump to missing label 'nowhere'"),
        ("pose him", "t.story:4: expected pose ID POSE"),
        ("face her", "t.story:4: expected face ID EXPRESSION"),
        ("face hre tearful", "t.story:4: unknown character 'hre' (did you mean 'her'?)"),
        ('him "Hi." colour=red', "t.story:4: unknown option 'colour' for a written line"),
        ("notebook shut", "t.story:4: unknown notebook action 'shut'; use open, close, turn or pass ID"),
        ('"One." "Two."', "t.story:4: a narration line is one string and nothing else"),
        ("“Curly quotes.”", "t.story:4: strings are quoted with straight double quotes \"…\"; typographic quotes go inside"),
        ("sound sigh twice", "t.story:4: sound mode must be loop or stop, not 'twice'"),
        ("end now", "t.story:4: 'end' takes nothing after it"),
        ('him ""', "t.story:4: written line for 'him' is empty"),
        ("import os", "t.story:4: unknown statement 'import'"),
    ],
)
def test_bad_line_gives_one_exact_message(line: str, message: str) -> None:
    assert errors(line + "\n") == [message]


def test_all_problems_are_reported_together_with_their_lines() -> None:
    found = errors("rian light\n\"fine\"\nwait x\n")
    assert found == ["t.story:4: unknown statement 'rian' (did you mean 'rain'?)",
                     "t.story:6: wait seconds must be a number, not 'x'"]


def test_missing_start_label_and_duplicates_are_reported() -> None:
    with pytest.raises(ContentErrors) as info:
        parse_text('character him "He" hand=a\ncharacter him "He" hand=a\n"x"\n', "t.story")
    msgs = [str(p) for p in info.value.problems]
    assert "t.story:2: character 'him' is declared twice (first at line 1)" in msgs
    assert "t.story: missing label 'start' (where the story begins)" in msgs


def test_python_in_a_story_is_just_an_unknown_statement() -> None:
    found = errors("__import__('os').system('true')\n")
    assert found == ["t.story:4: unknown statement '__import__('os').system('true')'"]


def test_face_parses_to_a_frozen_statement_with_its_place() -> None:
    cmds = parse("face her tearful\n\"x\"\n")
    assert cmds[0] == c.Face(c.Source("t.story", 4), "her", "tearful")
