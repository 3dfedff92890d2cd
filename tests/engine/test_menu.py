"""The pause menu changes settings live and keeps them; the history shows written lines as text.

Menus are opened and worked by real keys and clicks through the loop (the pilot)."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest
from pilot import Pilot

from game.context import Context
from game.scenes.menu import FIRST_ROW_Y, ROW_H, HistoryScene, MenuScene, history_text
from game.settings import Settings, load_settings
from game.story import commands as c


@pytest.fixture
def ctx(pilot: Pilot) -> Context:
    return pilot.app.ctx


def open_menu(pilot: Pilot) -> MenuScene:
    pilot.start_at(1)
    pilot.frames(1)
    story = pilot.app.stack.top
    pilot.key(pygame.K_ESCAPE)
    pilot.frames(1)
    menu = pilot.app.stack.top
    assert isinstance(menu, MenuScene) and pilot.app.stack.scenes == [story, menu]
    return menu


def test_menu_toggles_auto_advance_and_saves_it(pilot: Pilot, tmp_path: Path) -> None:
    ctx = pilot.app.ctx
    menu = open_menu(pilot)
    story = pilot.app.stack.scenes[0]
    labels = [row.label() for row in menu.rows]
    k = next(i for i, label in enumerate(labels) if label.startswith("Auto-advance"))
    for _ in range(k):
        pilot.key(pygame.K_DOWN)
    pilot.key(pygame.K_RETURN)
    pilot.frames(1)
    assert ctx.settings.auto_advance is True
    assert load_settings(tmp_path / "settings.toml", []).auto_advance is True  # where the pilot keeps them
    pilot.key(pygame.K_ESCAPE)
    pilot.frames(1)
    assert pilot.app.stack.top is story


def test_a_click_on_a_row_activates_that_row(pilot: Pilot) -> None:
    menu = open_menu(pilot)
    labels = [row.label() for row in menu.rows]
    k = next(i for i, label in enumerate(labels) if label.startswith("Transcription"))
    pilot.click((960.0, FIRST_ROW_Y + ROW_H * k))
    pilot.frames(1)
    assert pilot.app.ctx.settings.transcription is True
    assert pilot.app.stack.top is menu, "the menu stays open"


def test_history_lists_written_lines_as_text_with_the_writer(pilot: Pilot) -> None:
    ctx = pilot.app.ctx
    first_written = next(n for n, line in enumerate(ctx.script.lines, 1) if isinstance(line, c.Write))
    pilot.start_at(first_written + 1)
    pilot.advance(0.5)
    story = pilot.app.stack.top
    pilot.key(pygame.K_h)
    pilot.frames(1)  # and the loop draws it over the story
    top = pilot.app.stack.top
    assert isinstance(top, HistoryScene)
    assert ("He wrote", "I never meant for things to end this way.") in top.entries
    assert top.entries[0] == history_text(ctx.script, ctx.words, ctx.script.lines[0])
    pilot.click()
    pilot.frames(1)
    assert pilot.app.stack.top is story and pilot.line == first_written + 1


def test_kiosk_menu_has_no_quit(ctx: Context) -> None:
    story = ctx.scenes.story()
    ctx.kiosk = True
    assert not any(row.label() == "Quit" for row in MenuScene(ctx, story).rows)
    ctx.kiosk = False
    assert any(row.label() == "Quit" for row in MenuScene(ctx, story).rows)


def test_from_the_title_the_menu_is_the_settings_alone(ctx: Context) -> None:
    labels = [row.label() for row in MenuScene(ctx).rows]
    assert labels[0] == "Back" and not {"Quit", "History", "Return to the title"} & set(labels)
    assert any(label.startswith("Text size") for label in labels)


def test_each_sound_channel_has_its_own_volume_and_mute(ctx: Context) -> None:
    menu = MenuScene(ctx)
    row = next(r for r in menu.rows if r.label().startswith("The pen"))
    assert row.label() == "The pen: 80%"
    row.activate()
    assert ctx.settings.volume_pen == 1.0 and row.label() == "The pen: 100%"
    row.activate()
    assert ctx.settings.mute_pen is True and row.label() == "The pen: muted"
    assert ctx.settings.mute_ambience is False and ctx.settings.volume_ambience == 0.8
    row.activate()
    assert ctx.settings.mute_pen is False and ctx.settings.volume_pen == 0.2


def test_command_line_overrides_are_not_written_back(ctx: Context) -> None:
    ctx.prefs.file_settings = Settings()
    ctx.prefs.replace(Settings(seed=5, reduce_motion=True))  # as --seed 5 --reduce-motion would
    ctx.update_settings(auto_advance=True)
    assert ctx.prefs.file is not None
    kept = load_settings(ctx.prefs.file, [])
    assert kept.auto_advance is True and kept.seed == Settings().seed and kept.reduce_motion is False
    assert ctx.settings.seed == 5 and ctx.settings.auto_advance is True
