"""The rain stops where the story says it has (review 3 #18): it stopped 5 s into line 74 ("The
candles flickered, casting a warm, golden glow"), a line before line 75 says "The rain outside had
subsided". Now it eases to steady rain through 74, however long the reader stays, and stops on
line 75's window shot."""

from __future__ import annotations

from story_walk import lines_played

from game.assets import Assets
from game.story.parser import parse_file

HOLD = 40.0  # seconds spent on each line: longer than any tween


def _rain_by_line(name: str) -> dict[int, tuple[float, float]]:
    """Line number -> (rain as the line begins, rain HOLD s later), played through."""
    return {d.line_number: (d.stage.at(now).rain, d.stage.at(now + HOLD).rain)
            for d, now in lines_played(Assets().scenes / name, HOLD)}


def test_it_rains_through_line_74_and_has_stopped_on_75() -> None:
    for name in ("whispers.story", "whispers.fr.story"):
        rain = _rain_by_line(name)
        assert "subsided" in parse_file(Assets().scenes / "whispers.story").lines[74].text
        assert min(rain[74]) >= 1.0, f"{name}: line 74's rain {rain[74]}: it stops a line early"
        start, end = rain[75]
        assert start > 0.0 and end == 0.0, f"{name}: line 75's rain {rain[75]}"
        assert all(max(r) == 0.0 for n, r in rain.items() if n > 75)
