"""The director: playing, waiting, staging over time, jumping and rolling back."""

from __future__ import annotations

from game.story import commands as c
from game.story.director import Director
from game.story.parser import parse_text

STORY = """\
character him "He" hand=elegant
character her "She" hand=brush
label start
rain light
pose him perched
"One."
rain torrential over 4
clock 00:40 over 10
him "Two."
sound sigh
notebook close
wait 2
"Three."
notebook turn
her "Four."
jump finale
"Never shown."
label finale
rain none over 6
"Five."
end
"""


def director() -> Director:
    return Director(parse_text(STORY, "t.story"))


def test_start_shows_the_first_line_with_its_staging() -> None:
    d = director()
    d.start(0.0)
    assert d.current == c.Narrate(c.Source("t.story", 6), "One.") and d.line_number == 1
    snap = d.stage.at(0.0)
    assert snap.rain == 1.0 and snap.poses["him"].value == "perched"


def test_staging_before_a_line_starts_when_the_line_starts_and_eases() -> None:
    d = director()
    d.start(0.0)
    d.advance(10.0)
    assert isinstance(d.current, c.Write) and d.current.who == "him"
    assert d.stage.at(10.0).rain == 1.0
    assert 1.0 < d.stage.at(12.0).rain < 4.0
    assert d.stage.at(14.0).rain == 4.0
    # the clock only goes forward: 21:00 -> 00:40 is 3 h 40 min later
    assert d.stage.at(20.0).clock_minutes == 24 * 60 + 40


def test_wait_pauses_without_a_line_then_continues_by_itself() -> None:
    d = director()
    d.start(0.0)
    d.advance(1.0)
    d.advance(2.0)
    assert d.current is None and d.waiting_until == 4.0
    d.update(3.9)
    assert d.current is None
    d.update(4.0)
    assert d.current is not None and d.current.text == "Three."


def test_events_are_queued_for_the_engine_and_drained_once() -> None:
    d = director()
    d.start(0.0)
    d.advance(1.0)
    d.drain_events()
    d.advance(2.0)
    events = [(e.kind, e.name) for e in d.drain_events()]
    assert events == [("sound", "sigh"), ("notebook", "close")]
    assert d.drain_events() == []


def test_jump_skips_lines_and_end_finishes() -> None:
    d = director()
    d.start(0.0)
    texts = [d.current.text]  # type: ignore[union-attr]
    t = 0.0
    while not d.finished:
        t += 5.0
        d.advance(t)
        d.update(t + 10)
        if d.current is not None:
            texts.append(d.current.text)
    assert texts == ["One.", "Two.", "Three.", "Four.", "Five."]
    assert [line.text for line in d.history] == texts


def test_goto_line_rebuilds_the_moment_with_earlier_changes_settled() -> None:
    d = director()
    d.goto_line(4, 100.0)
    assert d.current is not None and d.current.text == "Four."
    snap = d.stage.at(100.0)
    assert snap.rain == 4.0 and snap.clock_minutes == 24 * 60 + 40
    assert snap.notebook_open.value == "closed"
    # replay plays no sounds: only the staging just before the line happens, at `now`
    assert [(e.t, e.kind, e.name) for e in d.drain_events()] == [(100.0, "notebook", "turn")]
    assert [w.text for w in d.page_lines] == ["Four."]  # the page was turned before it
    d.goto_line(5, 200.0)
    assert d.stage.at(200.0).rain == 4.0 and d.stage.at(206.0).rain == 0.0


def test_rollback_returns_to_the_previous_line() -> None:
    d = director()
    d.start(0.0)
    d.advance(1.0)
    assert d.rollback(2.0)
    assert d.line_number == 1 and d.current is not None and d.current.text == "One."
    assert not d.rollback(3.0)


def test_the_real_story_plays_to_its_end() -> None:
    from pathlib import Path

    from game.story.parser import parse_file

    script = parse_file(Path(__file__).parents[2] / "scenes" / "whispers.story")
    d = Director(script)
    d.start(0.0)
    t = 0.0
    while not d.finished:
        t += 1.0
        if d.waiting_until is not None:
            d.update(d.waiting_until)
        else:
            d.advance(t)
    assert d.line_number == len(script.lines)
    final = d.stage.at(t + 60)
    assert final.rain == 0.0 and final.glow == 1.0
    written = [line.text for line in script.lines if isinstance(line, c.Write)]
    assert written == [
        "I never meant for things to end this way.",
        "Nor did I.",
        "I thought I could handle it, the distance, the secrets, but it’s tearing me apart.",
        "I understand, but I can’t pretend it doesn’t hurt.",
        "I don’t want to lose you.",
        "I don’t want to lose you either.",
    ]


def test_a_face_holds_until_the_next_and_survives_rollback() -> None:
    story = ('character him "He" hand=elegant\ncharacter her "She" hand=brush\nlabel start\n'
             'face her calm\n"One."\nface her tearful\n"Two."\n"Three."\nface her tender\n"Four."\nend\n')
    d = Director(parse_text(story, "t.story"))
    d.goto_line(3, 10.0)
    assert d.stage.at(10.0).faces["her"].value == "tearful"  # set before line 2, still held at 3
    d.goto_line(4, 20.0)
    assert d.stage.at(20.0).faces["her"].value == "tender"
    assert d.rollback(30.0)  # back to line 3: the face is replayed, not left as it was
    assert d.stage.at(30.0).faces["her"].value == "tearful"
    d.goto_line(1, 40.0)
    assert d.stage.at(40.0).faces["her"].value == "calm"
