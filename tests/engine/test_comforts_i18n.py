"""The second language: the French story and words, chosen by setting, --lang or the
locale, switched from the menu, and linted line by line against the original."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pygame
import pytest
from pilot import Pilot, build_app

from game.assets import Assets
from game.i18n import languages, story_language, system_language, translation, wanted_language
from game.scenes.menu import HistoryScene, MenuScene
from game.scenes.title import TitleScene
from game.settings import load_settings
from game.story import commands as c
from game.story.lint import lint_all
from game.story.lint_translation import check_translation

ROOT = Path(__file__).parents[2]
ENGLISH = ROOT / "scenes" / "whispers.story"
FRENCH = ROOT / "scenes" / "whispers.fr.story"
ENV = {**os.environ, "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy"}


# --- choosing the language --------------------------------------------------------------------


def test_the_system_locale_names_the_language_as_gettext_reads_it() -> None:
    assert system_language({"LANG": "fr_FR.UTF-8"}) == "fr"
    assert system_language({"LC_ALL": "fr_CA", "LANG": "en_GB.UTF-8"}) == "fr"
    assert system_language({"LC_MESSAGES": "de_DE@euro"}) == "de"
    assert system_language({"LANG": "C.UTF-8"}) == "" and system_language({}) == ""
    assert wanted_language("", None, {"LANG": "fr_FR.UTF-8"}) == "fr"
    assert wanted_language("en", None, {"LANG": "fr_FR.UTF-8"}) == "en", "the setting beats the locale"
    assert wanted_language("en", "fr", {}) == "fr", "--lang beats the setting"


def test_a_translation_is_found_beside_its_original() -> None:
    assert languages(ENGLISH) == ["en", "fr"]
    assert translation(ENGLISH, "fr") == FRENCH and translation(FRENCH, "en") == ENGLISH
    assert translation(ENGLISH, "de") == ENGLISH, "no German: the original"
    assert story_language(FRENCH) == "fr" and story_language(ENGLISH) == "en"


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "game", *args], cwd=ROOT, env=env or ENV, text=True,
                          capture_output=True, timeout=120)


def test_lang_fr_lists_the_french_lines_and_an_unknown_language_is_exit_2() -> None:
    out = run("--lang", "fr", "--list-lines")
    assert out.returncode == 0, out.stderr
    rows = [line.split("\t") for line in out.stdout.splitlines()]
    assert rows[0][1].startswith("scenes/whispers.fr.story:")
    assert rows[0][3] == "La pièce baignait dans la douce lueur d’une douzaine de bougies vacillantes."
    bad = run("--lang", "xx", "--list-lines")
    assert bad.returncode == 2 and "en, fr" in bad.stderr and "Traceback" not in bad.stderr


# --- the translation itself -------------------------------------------------------------------


def test_the_french_story_is_whole_and_every_line_translated() -> None:
    assert check_translation(Assets(), FRENCH) == []
    from game.content import load_content

    en, fr = load_content(Assets(), ENGLISH).script, load_content(Assets(), FRENCH).script
    assert len(fr.lines) == len(en.lines)
    assert all(a.text != b.text for a, b in zip(en.lines, fr.lines, strict=True)), "nothing left in English"
    written = [line.text for line in fr.lines if isinstance(line, c.Write)]
    assert written == ["Je n’ai jamais voulu que les choses finissent ainsi.", "Moi non plus.",
                       "Je croyais pouvoir le supporter, la distance, les secrets, mais cela me déchire.",
                       "Je comprends, mais je ne peux pas faire comme si ça ne faisait pas mal.",
                       "Je ne veux pas te perdre.", "Moi non plus, je ne veux pas te perdre."]
    assert [t for t, _ in fr.chapters] != [t for t, _ in en.chapters]
    assert [n for _, n in fr.chapters] == [n for _, n in en.chapters]


def test_every_hand_writes_every_french_letter() -> None:
    from game.pen.charmap import resolve
    from game.pen.glyphs import load_font
    from game.pen.hands import load_hands

    letters = "éèêëàâäçôöûùüïîÿœæÉÈÊËÀÂÄÇÔÖÛÙÜÏÎŸŒÆ«»‹›’"
    for name, hand in load_hands(Assets().hands).items():
        font = load_font(hand.font, hand.base_dir, hand.extra_glyphs or None)
        for ch in letters:
            written = [letter for letter in resolve(ch, font) if letter is not None]
            assert written, f"{name} drops {ch!r}"
            assert all(letter.glyph is not font.glyphs.get("?") for letter in written), f"{name}: {ch!r} is '?'"
            if ch in "«»‹›":
                assert written[0].glyph.strokes and written[0].glyph is not font.glyphs.get('"'), "chevrons"


def translated_copy(tmp_path: Path, edit: str, words: str | None = None) -> Path:
    """The original and an edited French copy in a folder of their own."""
    shutil.copy(ENGLISH, tmp_path / "whispers.story")
    text = FRENCH.read_text(encoding="utf-8").splitlines()
    if edit == "restage":
        k = text.index("shot wide")
        text[k] = "shot fire"
    elif edit == "drop_end":
        text = text[: len(text) - 1 - text[::-1].index("end")]
    elif edit == "untranslated":
        k = next(i for i, line in enumerate(text) if line.startswith('"Le carnet était ouvert'))
        text[k] = '"The notebook was open, its pages blank,"'
    elif edit == "unwritable":
        k = text.index('her "Moi non plus." ') if 'her "Moi non plus." ' in text else text.index('her "Moi non plus."')
        text[k] = 'her "Moi non plus ŋ."'
    story = tmp_path / "whispers.fr.story"
    story.write_text("\n".join(text) + "\n", encoding="utf-8")
    if words is not None:
        (tmp_path / "words.fr.toml").write_text(words, encoding="utf-8")
    return story


def line_of(story: Path, starts: str) -> int:
    return next(i for i, line in enumerate(story.read_text(encoding="utf-8").splitlines(), 1)
                if line.startswith(starts))


def test_lint_names_the_first_line_whose_staging_differs(tmp_path: Path) -> None:
    story = translated_copy(tmp_path, "restage")
    problems = [str(p) for p in lint_all(Assets(), [story])]
    at = line_of(story, "shot fire")
    assert any(p.startswith(f"{story}:{at}: staging differs from ") and "'shot name=wide" in p for p in problems)


def test_lint_says_what_a_translation_is_missing(tmp_path: Path) -> None:
    story = translated_copy(tmp_path, "drop_end")
    problems = [str(p) for p in check_translation(Assets(), story)]
    assert len(problems) == 1 and "1 statement(s) missing" in problems[0] and "'end'" in problems[0]


def test_lint_finds_an_untranslated_line(tmp_path: Path) -> None:
    story = translated_copy(tmp_path, "untranslated")
    at = line_of(story, '"The notebook was open')
    original = line_of(ENGLISH, '"The notebook was open')
    assert [str(p) for p in check_translation(Assets(), story)] == [
        f"{story}:{at}: not translated: the same words as {tmp_path / 'whispers.story'}:{original}"]


def test_lint_names_a_letter_no_hand_can_write(tmp_path: Path) -> None:
    story = translated_copy(tmp_path, "unwritable")
    problems = [str(p) for p in lint_all(Assets(), [story])]
    at = line_of(story, 'her "Moi non plus ŋ."')
    assert f"{story}:{at}: hand 'brush' cannot write 'ŋ' (U+014B)" in problems


def test_lint_names_a_word_or_caption_the_fonts_cannot_draw_or_that_names_no_sound(tmp_path: Path) -> None:
    words = (ROOT / "scenes" / "words.fr.toml").read_text(encoding="utf-8")
    words = words.replace('the_end = "Fin"', 'the_end = "Fin ☃"').replace('sigh = "[un soupir]"',
                                                                          'sighs = "[un soupir]"')
    story = translated_copy(tmp_path, "none", words)
    problems = [str(p) for p in check_translation(Assets(), story)]
    lines = words.splitlines()
    end = next(i for i, line in enumerate(lines, 1) if line.startswith("the_end"))
    sighs = next(i for i, line in enumerate(lines, 1) if line.startswith("sighs"))
    shown = tmp_path / "words.fr.toml"
    assert any(p.startswith(f"{shown}:{end}: the font ") and "'☃' (U+2603)" in p for p in problems)
    assert f"{shown}:{sighs}: caption for an unknown sound 'sighs'" in problems


# --- playing in French ------------------------------------------------------------------------


@pytest.fixture
def french(tmp_path: Path) -> Pilot:
    pygame.quit()  # the default pilot's game is not used here
    return Pilot(build_app(user_dir=tmp_path, story=FRENCH))


def test_playing_in_french_title_lines_notebook_and_history(french: Pilot) -> None:
    french.frames(1)
    french.advance(2.5)
    title = french.app.stack.top
    assert isinstance(title, TitleScene) and title.items[0].label == "Cliquer pour commencer"
    lines = french.app.ctx.script.lines
    written = next(n for n, line in enumerate(lines, 1) if isinstance(line, c.Write))
    french.app.stack.scenes.clear()
    french.app.stack.push(french.app.ctx.scenes.story(written + 1))
    french.advance(0.5)
    french.key(pygame.K_h)
    french.frames(1)
    history = french.app.stack.top
    assert isinstance(history, HistoryScene)
    assert ("Lui a écrit", "Je n’ai jamais voulu que les choses finissent ainsi.") in history.entries


def test_the_menus_language_row_switches_the_title_and_the_story_to_french(pilot: Pilot, tmp_path: Path) -> None:
    pilot.frames(1)
    pilot.advance(2.5)
    pilot.key(pygame.K_DOWN)  # Begin, Settings, Quit
    pilot.key(pygame.K_RETURN)
    pilot.frames(1)
    menu = pilot.app.stack.top
    assert isinstance(menu, MenuScene)
    k = next(i for i, row in enumerate(menu.rows) if row.label().startswith("Language"))
    assert menu.rows[k].label() == "Language: as the system"
    for _ in range(k):
        pilot.key(pygame.K_DOWN)
    pilot.key(pygame.K_RETURN)  # English
    pilot.frames(1)
    pilot.key(pygame.K_RETURN)  # Français
    pilot.frames(1)
    menu = pilot.app.stack.top
    assert isinstance(menu, MenuScene) and menu.rows[menu.selected].label() == "Langue\u00a0: Français"
    assert load_settings(tmp_path / "settings.toml", []).language == "fr"
    pilot.key(pygame.K_ESCAPE)
    pilot.frames(1)
    title = pilot.app.stack.top
    assert isinstance(title, TitleScene) and title.items[0].label == "Cliquer pour commencer"
    pilot.advance(2.5)
    pilot.key(pygame.K_RETURN)
    pilot.until(lambda p: p.scene == "StoryScene", max_frames=60)
    assert pilot.app.ctx.script.lines[0].text.startswith("La pièce baignait")
    scene = pilot.app.stack.top
    assert scene is not None and scene.director.current.text.startswith("La pièce baignait")  # type: ignore[attr-defined]
