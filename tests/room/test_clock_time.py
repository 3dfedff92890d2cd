"""The wall clock shows the script's time: it never runs back from one line to the next or into
the ending, and a line played shows the same minutes as `--render N --at S` of that moment.

The clock once showed the script's time plus the scene's running seconds: 00:48 at line 53
rendered became 00:40 at the ending (whose t starts at 0), and a line played after a reader had
lingered showed minutes a render of it did not. Live play here is the director driven as the story
scene drives it (a reader lingering on each line); the render is the staging `StoryScene.seek`
builds (`goto_line(N, LINE_BASE * N)`, then S seconds on); the minutes are what the room's props
are given (`prop_state`)."""

from __future__ import annotations

from types import SimpleNamespace

from story_walk import lines_played

from game.assets import Assets
from game.room.layers import prop_state
from game.scenes.story import LINE_BASE
from game.scenes.title import ENDING_HOLD, closing_stage
from game.story.director import Director
from game.story.parser import parse_file

LINGER = 40.0  # seconds a reader stays on each line


def _minutes(d: Director, t: float) -> float:
    return prop_state(d.stage.at(t), t, {}).clock_minutes


def _played() -> list[tuple[int, float, float]]:
    """(line, minutes at its first moment, minutes after LINGER s on it) through the story played."""
    return [(d.line_number, _minutes(d, now), _minutes(d, now + LINGER))
            for d, now in lines_played(Assets().story, LINGER)]


def test_the_clock_never_runs_back_across_lines_or_into_the_ending() -> None:
    played = _played()
    last = 0.0
    for line, start, end in played:
        assert start >= last - 1e-9, f"line {line} starts at {start:.2f} min, before {last:.2f}"
        assert end >= start - 1e-9
        last = end
    script = parse_file(Assets().story)
    ending = closing_stage(SimpleNamespace(script=script))  # type: ignore[arg-type]  # the script is all it reads
    for t in (0.0, ENDING_HOLD):
        shown = prop_state(ending.at(t), t, {}).clock_minutes
        assert shown >= last - 1e-9, f"the ending shows {shown:.2f} min at {t} s, before line {played[-1][0]}'s {last:.2f}"


def test_a_line_played_shows_the_minutes_a_render_of_it_shows() -> None:
    played = {line: (start, end) for line, start, end in _played()}
    script = parse_file(Assets().story)
    for number in (1, 30, 46, 53, len(script.lines)):
        for at, live in ((0.0, played[number][0]), (LINGER, played[number][1])):
            d = Director(script)
            base = LINE_BASE * number
            d.goto_line(number, base)
            rendered = _minutes(d, base + at)
            assert abs(rendered - live) < 1e-6, f"line {number} at {at} s: played {live:.2f} min, rendered {rendered:.2f}"


def test_the_tick_sound_falls_on_the_pendulum_beats() -> None:
    """A guard: the sound's clock (roomsound.clock_seconds, from the same script minutes) crosses a
    whole second exactly where the pendulum drawn at t beats (game.art.clock.ticks_between)."""
    from game.art.clock import ticks_between
    from game.roomsound import clock_seconds

    d = Director(parse_file(Assets().story))
    for number in (1, 53, len(d.script.lines)):
        base = LINE_BASE * number
        d.goto_line(number, base)
        step = 1 / 240
        for i in range(int(6 / step)):
            t0, t1 = base + i * step, base + (i + 1) * step
            s0, s1 = clock_seconds(d.stage.at(t0), t0), clock_seconds(d.stage.at(t1), t1)
            sound = int(s1 // 1 - s0 // 1)
            assert sound == ticks_between(t0, t1), f"line {number}: the tick and the beat part at t {t1 - base:.3f}"
