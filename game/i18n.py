"""Which language the game speaks, and where a story's translation lives.

A translation sits beside its original with the language in its name:
`scenes/whispers.story` (English, the original) and `scenes/whispers.fr.story`; the
screens' words likewise, `words.toml` and `words.fr.toml` (with a `[captions]` table for
the sounds' captions). The language is, first to last: `--lang fr` for this run, the
`language` setting, the system's locale (LC_ALL, LC_MESSAGES, LANG, as gettext looks),
else the original's. A language with no translation plays the original.

Why TOML word files and not gettext catalogues: the words are already typed content
(`game.words.Words`, one field per thing said, every one required and linted with
`file:line`), so a translation is the same checked file with other values; gettext's
.po/.mo would add a compile step and a second format, and a msgid that is the English
sentence silently falls back to English when a word is missing, which is exactly the
mistake the linter exists to catch.

Switching language while playing (the menu's Language row) takes effect at the title:
the screens' words and the story to be begun change at once; a story being read goes on
in the language it began in, until the player returns to the title.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from game.context import Context
    from game.settings import Settings

log = logging.getLogger(__name__)

ORIGINAL = "en"  # the language of a story file without a language in its name
_LANG = re.compile(r"^[a-z]{2}$")  # ISO 639-1: "fr"; two letters, so "the.end.story" is no translation
SUFFIX = ".story"


def system_language(environ: Mapping[str, str] | None = None) -> str:
    """The system locale's language ("fr" from fr_FR.UTF-8), or "" for C/POSIX/none."""
    env = os.environ if environ is None else environ
    for key in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(key, "")
        if value:
            code = re.split(r"[_.@-]", value)[0].lower()
            return code if _LANG.match(code) else ""
    return ""


def wanted_language(setting: str, override: str | None = None, environ: Mapping[str, str] | None = None) -> str:
    """The language asked for: --lang, else the setting, else the system's ("" if none)."""
    return (override or setting or system_language(environ)).lower()


def story_language(story: str | Path) -> str:
    """The language a story file is in: `whispers.fr.story` -> "fr", `whispers.story` -> "en"."""
    name = Path(story).name
    parts = name[: -len(SUFFIX)].split(".") if name.endswith(SUFFIX) else [name]
    return parts[-1] if len(parts) > 1 and _LANG.match(parts[-1]) else ORIGINAL


def original_of(story: Path) -> Path | None:
    """The original beside a translation (None for an original)."""
    if story_language(story) == ORIGINAL:
        return None
    stem = story.name[: -len(SUFFIX)].rsplit(".", 1)[0]
    return story.with_name(stem + SUFFIX)


def translation(story: Path, language: str) -> Path:
    """`story` in `language` if that translation exists beside it; else the original."""
    original = original_of(story) or story
    if not language or language == ORIGINAL:
        return original
    candidate = original.with_name(original.name[: -len(SUFFIX)] + f".{language}{SUFFIX}")
    if candidate.exists():
        return candidate
    log.info("no %s translation of %s; playing the original", language, original.name)
    return original


def languages(story: Path) -> list[str]:
    """The languages `story` can be played in: the original's first, then its translations."""
    original = original_of(story) or story
    stem = original.name[: -len(SUFFIX)]
    found = sorted(story_language(p) for p in original.parent.glob(f"{stem}.*{SUFFIX}"))
    return [ORIGINAL] + [code for code in found if code != ORIGINAL]


def words_file_name(language: str) -> str:
    """The screens' words for a language: words.toml for the original, words.fr.toml for French."""
    return "words.toml" if not language or language == ORIGINAL else f"words.{language}.toml"


def follow_language(ctx: Context, original: Path) -> None:
    """Keep `ctx`'s story and words in the language the settings ask for, as they change."""

    def changed(old: Settings, new: Settings) -> None:
        if old.language != new.language:
            switch_language(ctx, translation(original, wanted_language(new.language)))

    ctx.prefs.subscribe(changed)


def switch_language(ctx: Context, story: Path) -> None:
    """Load `story` (a translation) and its words into `ctx`, for the scenes made from now on.

    Content problems leave the language as it was, with one log line each."""
    from game.content import load_content
    from game.errors import ContentErrors
    from game.scenes.book import Books

    if ctx.script.file == ctx.assets.rel(story):
        return
    try:
        content = load_content(ctx.assets, story)
    except ContentErrors as err:
        for problem in err.problems:
            log.warning("%s", problem)
        return
    old = ctx.books
    ctx.script, ctx.words = content.script, content.words
    ctx.books = Books(content.script, old.hands, old.fonts, old.seed, old.transcript_font)
    from game.captions import Captions
    from game.content import words_path

    ctx.captions = Captions.load(ctx.assets.cues, words_path(ctx.assets, story))


def story_path(ctx: Context) -> Path:
    """The file of the story `ctx` plays now."""
    file = Path(ctx.script.file)
    return file if file.is_absolute() else ctx.assets.root / file


def language_name(words: Path, code: str) -> str:
    """A language's name in itself, from its words file ("Français"); the code if unreadable."""
    import tomllib

    try:
        doc = tomllib.loads(words.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return code
    shown = (doc.get("words") or {}).get("language_name")
    return shown if isinstance(shown, str) and shown.strip() else code


def language_choices(ctx: Context) -> list[tuple[str, str]]:
    """(setting value, shown name) of each choice: as the system, then each language the story has."""
    from game.content import beside

    original = original_of(story_path(ctx)) or story_path(ctx)
    named = [(code, language_name(beside(original, words_file_name(code), ctx.assets.scenes / words_file_name(code)),
                                  code)) for code in languages(original)]
    return [("", ctx.words.language_auto), *named]


def language_label(ctx: Context) -> str:
    """What the menu's Language row shows for the current setting."""
    current = ctx.settings.language
    return next((shown for code, shown in language_choices(ctx) if code == current), current)


def next_language(ctx: Context) -> str:
    """The setting the menu's Language row moves to next (cycling through the choices)."""
    codes = [code for code, _ in language_choices(ctx)]
    current = ctx.settings.language
    return codes[(codes.index(current) + 1) % len(codes)] if current in codes else codes[0]
