"""The words the screens around the story show (title, menu, history, ending), as content.

The engine knows which things it must say ("the menu's heading", "begin"), never how: the
words live beside the story in `words.toml` (a `[words]` table), so another story, or the
same story in another language, brings its own. `Words` has one typed field per thing
said; a word missing from the file, an unknown key or a value that is not text is a
`file:line` problem for `--lint`. A word with `{value}` in it is filled in by the screen
(the current setting). `ui_fields` is the checklist the linter uses.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path

from game.errors import ContentErrors, Problem
from game.tomlfile import read_toml_file


@dataclass(frozen=True)
class Words:
    language_name: str  # this language, in itself ("English", "Français")
    # title
    begin: str
    touch_to_begin: str
    continue_: str
    begin_anew: str
    chapters: str
    settings: str
    back: str
    # ending
    the_end: str
    # menu
    menu_heading: str
    back_to_story: str
    history: str
    text_speed: str
    pen_speed: str
    auto_advance: str
    transcription: str
    reduce_motion: str
    volume_ambience: str
    volume_effects: str
    volume_pen: str
    volume_music: str
    fullscreen: str
    text_size: str
    high_contrast: str
    captions: str
    self_voicing: str
    skip: str
    skip_seen: str
    skip_all: str
    auto_pace: str
    language: str
    language_auto: str
    back_to_title: str
    quit: str
    on: str
    off: str
    muted: str
    speed_slow: str
    speed_normal: str
    speed_fast: str
    speed_instant: str
    # history
    history_heading: str
    history_earlier: str
    history_help: str
    wrote: str  # "{name} wrote"

    def speed(self, name: str) -> str:
        return {"slow": self.speed_slow, "normal": self.speed_normal, "fast": self.speed_fast,
                "instant": self.speed_instant}.get(name, name)

    def switch(self, value: bool) -> str:
        return self.on if value else self.off


def key_of(field_name: str) -> str:
    """The key in words.toml: the field's name without a trailing underscore."""
    return field_name.rstrip("_")


def ui_fields() -> list[str]:
    return [key_of(f.name) for f in fields(Words)]


def words_problems(path: Path, shown: str) -> tuple[dict[str, str], list[Problem]]:
    """The words a file gives and every problem with it."""
    problems: list[Problem] = []
    file = read_toml_file(path, problems, "the screens have no words", missing_is_problem=True, shown=shown)
    if file is None:
        return {}, problems
    table = file.doc.get("words")
    if not isinstance(table, dict):
        problems.append(Problem(shown, 1, "needs a [words] table"))
        return {}, problems
    wanted = set(ui_fields())
    found: dict[str, str] = {}
    for key, value in table.items():
        if key not in wanted:
            problems.append(file.problem(key, f"unknown word '{key}'"))
        elif not isinstance(value, str) or not value.strip():
            problems.append(file.problem(key, f"'{key}' must be some text"))
        else:
            found[key] = value
    for key in sorted(wanted - set(table)):
        problems.append(Problem(shown, 0, f"missing word '{key}'"))
    return found, problems


def load_words(path: Path, shown: str | None = None) -> Words:
    """The words, or ContentErrors naming each problem."""
    found, problems = words_problems(path, shown or str(path))
    if problems:
        raise ContentErrors(problems)
    return Words(**{f.name: found[key_of(f.name)] for f in fields(Words)})
