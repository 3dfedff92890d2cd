"""The ending's credits are content: read from credits.toml, each problem one file:line."""

from __future__ import annotations

from pathlib import Path

from game.assets import Assets
from game.credits import credits_path, credits_problems, load_credits
from game.story.lint import lint_all


def test_the_games_credits_name_its_fonts_sounds_and_tools() -> None:
    sections = load_credits(Assets().scenes / "credits.toml")
    text = " ".join(s.heading + " " + " ".join(s.lines) for s in sections)
    for needed in ("EB Garamond", "Parisienne", "Hershey", "Open Font License", "synthesized", "pygame-ce"):
        assert needed in text


def test_a_bad_section_is_named_by_its_line(tmp_path: Path) -> None:
    bad = tmp_path / "credits.toml"
    bad.write_text('[[section]]\nheading = "Type"\nlines = ["A font"]\n\n[[section]]\nheading = ""\nlines = []\n',
                   encoding="utf-8")
    sections, problems = credits_problems(bad, "credits.toml")
    assert [s.heading for s in sections] == ["Type"]
    assert [(p.line, "heading" in p.message) for p in problems] == [(5, True)]
    assert load_credits(bad) == ()  # a file with problems shows no credits rather than half


def test_lint_reports_the_credits_beside_a_story(tmp_path: Path) -> None:
    story = Assets().story
    own = tmp_path / "whispers.story"
    own.write_bytes(story.read_bytes())
    (tmp_path / "credits.toml").write_text("[[section]]\nheading = 3\n", encoding="utf-8")
    assert credits_path(own, Assets().scenes) == tmp_path / "credits.toml"
    found = [p for p in lint_all(Assets(), [own]) if p.file.endswith("credits.toml")]
    assert [(p.line, "heading" in p.message) for p in found] == [(1, True)]
