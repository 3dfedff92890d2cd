"""A story's content, found beside it and checked as one: script, room map, words.

A story folder holds the script (`*.story`), its room (`room.tmx`, a Tiled map with its
tilesets) and the words its screens show (`words.toml`); a story alone in a folder plays
in the game's own room, with the game's own words. The engine asks for "the room of
this story", never for a particular file, so another story in another folder (the test
fixtures have one) brings its own room, characters and words with no engine change.
Everything is parsed and cross-checked before play; all problems are raised together.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from game.assets import Assets
from game.errors import ContentErrors
from game.room.model import Room
from game.story.lint import load_checked
from game.story.parser import Script
from game.words import Words, words_problems

ROOM_FILE = "room.tmx"
WORDS_FILE = "words.toml"


def beside(story: Path, name: str, default: Path) -> Path:
    """`name` in the story's folder; a story whose folder has none uses the game's own."""
    own = story.parent / name
    return own if own.exists() else default


def room_path(assets: Assets, story: Path) -> Path:
    return beside(story, ROOM_FILE, assets.room_map)


def words_path(assets: Assets, story: Path) -> Path:
    """The words beside the story, in its language (a translation's `words.fr.toml`; game.i18n)."""
    from game.i18n import story_language, words_file_name

    name = words_file_name(story_language(story))
    found = beside(story, name, assets.scenes / name)
    return found if found.exists() else beside(story, WORDS_FILE, assets.scenes / WORDS_FILE)


@dataclass(frozen=True)
class Content:
    story: Path
    script: Script
    room: Room
    words: Words


def load_content(assets: Assets, story: Path | None = None) -> Content:
    """The story (default: the game's own), its room and words, checked; raises ContentErrors."""
    path = story or assets.story
    problems = []
    try:
        script, room = load_checked(assets, path)
    except ContentErrors as err:
        problems.extend(err.problems)
    words_file = words_path(assets, path)
    found, word_problems = words_problems(words_file, assets.rel(words_file))
    problems.extend(word_problems)
    if problems:
        raise ContentErrors(problems)
    return Content(path, script, room, Words(**{name: found[name.rstrip("_")] for name in Words.__dataclass_fields__}))
