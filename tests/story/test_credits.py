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


def test_a_translated_story_gets_the_credits_in_its_language(tmp_path: Path) -> None:
    scenes = Assets().scenes
    assert credits_path(scenes / "whispers.fr.story", scenes) == scenes / "credits.fr.toml"
    assert credits_path(scenes / "whispers.story", scenes) == scenes / "credits.toml"
    french = load_credits(scenes / "credits.fr.toml")
    english = load_credits(scenes / "credits.toml")
    assert len(french) == len(english) and french[0].heading != english[0].heading
    # a story elsewhere with only its own credits.toml keeps its author's words
    own = tmp_path / "whispers.fr.story"
    own.write_text("", encoding="utf-8")
    (tmp_path / "credits.toml").write_text('[[section]]\nheading = "X"\nlines = ["y"]\n', encoding="utf-8")
    assert credits_path(own, scenes) == tmp_path / "credits.toml"
    # and one with nothing beside it falls back to the game's, in its language
    (tmp_path / "credits.toml").unlink()
    assert credits_path(own, scenes) == scenes / "credits.fr.toml"
