"""A translation checked against its original, line by line.

`scenes/whispers.fr.story` must stage exactly what `scenes/whispers.story` stages: the
same statements in the same order, with the same arguments; only the text a player
reads may differ (narration, written lines, the title and subtitle, chapter titles,
characters' names), and a line of some length left word for word in the original's
language is reported as untranslated. A statement that differs, one missing or one added is an error at
the translation's file and line, naming the original's line, so a translator (or an
author who restaged the original) sees at once what drifted. Then the language's words
file (`words.fr.toml`) must have every word and caption the original has, and every
character of the translation's titles, names, words and captions must be one the
screens' fonts draw (the lines themselves are checked, hand and font, for every story
by `lint_pen`).
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from game.assets import Assets
from game.errors import ContentErrors, Problem
from game.i18n import original_of, story_language, words_file_name
from game.story import commands as c
from game.story.lint_text import read_story_text
from game.story.parser import Script, parse_text

TEXT_FIELDS = {c.Title: "text", c.Subtitle: "text", c.Narrate: "text", c.Write: "text", c.Chapter: "title",
               c.Character: "name"}
_NOWHERE = c.Source("", 0)
UNTRANSLATED_WORDS = 4  # a line this long, word for word the original's, was left untranslated


def staging(cmd: c.Command) -> c.Command:
    """The statement with its place and its readable text blanked: what must match."""
    blank: dict[str, object] = {"src": _NOWHERE}
    text_field = TEXT_FIELDS.get(type(cmd))
    if text_field is not None:
        blank[text_field] = ""
    return dataclasses.replace(cmd, **blank)  # type: ignore[arg-type]


def describe(cmd: c.Command) -> str:
    fields = {k: v for k, v in dataclasses.asdict(staging(cmd)).items() if k != "src" and v not in ("", None)}
    name = type(cmd).__name__.lower()
    return name + ("" if not fields else " " + " ".join(f"{k}={v}" for k, v in fields.items()))


def _parse(assets: Assets, story: Path) -> Script | None:
    try:
        return parse_text(read_story_text(story, assets.rel(story)), assets.rel(story))
    except ContentErrors:
        return None  # the story's own lint reports it


def compare(original: Script, translation: Script) -> list[Problem]:
    """Every place where the translation's staging is not the original's."""
    problems: list[Problem] = []
    for ours, theirs in zip(original.commands, translation.commands, strict=False):
        if staging(ours) != staging(theirs):
            problems.append(Problem(theirs.src.file, theirs.src.line,
                                    f"staging differs from {ours.src}: the original has '{describe(ours)}', "
                                    f"this has '{describe(theirs)}'"))
            return problems  # after the first drift every later line would differ too
        field = TEXT_FIELDS.get(type(theirs))
        if field is None:
            continue
        text = str(getattr(theirs, field))
        if not text.strip():
            problems.append(Problem(theirs.src.file, theirs.src.line, f"{describe(theirs)} has no text"))
        elif text == getattr(ours, field) and len(text.split()) >= UNTRANSLATED_WORDS:
            problems.append(Problem(theirs.src.file, theirs.src.line,
                                    f"not translated: the same words as {ours.src}"))
    n, m = len(original.commands), len(translation.commands)
    if m < n:
        last = translation.commands[-1].src.line if translation.commands else 0
        problems.append(Problem(translation.file, last, f"{n - m} statement(s) missing: the original goes on "
                                                        f"at {original.commands[m].src} ('{describe(original.commands[m])}')"))
    elif m > n:
        extra = translation.commands[n]
        problems.append(Problem(extra.src.file, extra.src.line, f"'{describe(extra)}' is not in the original"))
    return problems


def _line_of(text: str, key: str) -> int:
    m = re.search(rf"^\s*{re.escape(key)}\s*=", text, re.MULTILINE)
    return text.count("\n", 0, m.start()) + 1 if m else 0


def check_words(assets: Assets, story: Path, language: str) -> list[Problem]:
    """The language's words file: present, complete, its captions naming known cues."""
    import tomllib

    from game.words import words_problems

    name = words_file_name(language)
    path = story.parent / name if (story.parent / name).exists() else assets.scenes / name
    shown = assets.rel(path)
    if not path.exists():
        return [Problem(assets.rel(story), 0, f"no {name} beside it or in scenes/: the screens would speak English")]
    problems = words_problems(path, shown)[1]
    text = path.read_text(encoding="utf-8")
    try:
        doc = tomllib.loads(text)
        cues = set(tomllib.loads(assets.cues.read_text(encoding="utf-8")))
    except (OSError, tomllib.TOMLDecodeError):
        return problems  # reported with its line by words_problems / check_assets
    captions = doc.get("captions", {})
    if not isinstance(captions, dict):
        return [*problems, Problem(shown, _line_of(text, "captions"), "[captions] must be a table")]
    for cue, caption in captions.items():
        if cue not in cues:
            problems.append(Problem(shown, _line_of(text, cue), f"caption for an unknown sound '{cue}'"))
        elif not isinstance(caption, str) or not caption.strip():
            problems.append(Problem(shown, _line_of(text, cue), f"the caption for '{cue}' must be some text"))
    return problems


def check_glyphs(assets: Assets, texts: list[tuple[str, int, str]]) -> list[Problem]:
    """(file, line, text): every character one the screens' fonts (upright and italic) draw."""
    import pygame.freetype

    pygame.freetype.init()
    fonts = []
    for path in (assets.serif, assets.serif_italic):
        try:
            fonts.append((path.name, pygame.freetype.Font(str(path), 24)))
        except (OSError, pygame.error):
            continue  # reported by check_assets
    problems: list[Problem] = []
    for file, line, text in texts:
        for font_name, font in fonts:
            metrics = font.get_metrics(text)
            missing = sorted({ch for ch, m in zip(text, metrics, strict=False) if m is None and not ch.isspace()})
            if missing:
                shown = " ".join(f"{ch!r} (U+{ord(ch):04X})" for ch in missing)
                problems.append(Problem(file, line, f"the font {font_name} has no glyph for {shown}"))
    return problems


def _shown_texts(assets: Assets, script: Script, story: Path, language: str) -> list[tuple[str, int, str]]:
    """What the screens draw of a translation besides its lines: titles, names, words, captions."""
    import tomllib

    texts = [(cmd.src.file, cmd.src.line, str(getattr(cmd, TEXT_FIELDS[type(cmd)])))
             for cmd in script.commands if isinstance(cmd, c.Title | c.Subtitle | c.Chapter | c.Character)]
    name = words_file_name(language)
    path = story.parent / name if (story.parent / name).exists() else assets.scenes / name
    try:
        text = path.read_text(encoding="utf-8")
        doc = tomllib.loads(text)
    except (OSError, tomllib.TOMLDecodeError):
        return texts
    for table in ("words", "captions"):
        for key, value in (doc.get(table) or {}).items():
            if isinstance(value, str):
                texts.append((assets.rel(path), _line_of(text, key), value))
    return texts


def check_translation(assets: Assets, story: Path) -> list[Problem]:
    """All problems of `story` as a translation (none for an original)."""
    original = original_of(story)
    if original is None:
        return []
    if not original.exists():
        return [Problem(assets.rel(story), 0, f"a translation of {assets.rel(original)}, which does not exist")]
    ours, theirs = _parse(assets, original), _parse(assets, story)
    if ours is None or theirs is None:
        return []
    language = story_language(story)
    return [*compare(ours, theirs), *check_words(assets, story, language),
            *check_glyphs(assets, _shown_texts(assets, theirs, story, language))]
