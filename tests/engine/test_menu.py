"""The pause menu changes settings live and keeps them; the history shows written lines as text."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from game.assets import Assets
from game.context import Context, build_context
from game.scenes.base import SceneStack
from game.scenes.menu import HistoryScene, MenuScene, history_text
from game.scenes.story import StoryScene
from game.settings import Settings, load_settings
from game.story import commands as c


@pytest.fixture
def ctx(tmp_path: Path) -> Context:
    pygame.init()
    pygame.display.set_mode((320, 180))
    context = build_context(Assets(), Settings(), audio=False)
    context.settings_file = tmp_path / "settings.toml"
    return context


def test_menu_toggles_auto_advance_and_saves_it(ctx: Context) -> None:
    stack = SceneStack()
    story = StoryScene(ctx)
    stack.push(story)
    stack.action("menu")
    assert isinstance(stack.top, MenuScene)
    labels = [row.label() for row in stack.top.rows]
    k = next(i for i, label in enumerate(labels) if label.startswith("Auto-advance"))
    for _ in range(k):
        stack.action("down")
    stack.action("select")
    assert ctx.settings.auto_advance is True
    assert load_settings(ctx.settings_file, []).auto_advance is True  # type: ignore[arg-type]
    stack.action("menu")
    assert stack.top is story


def test_a_tap_on_a_row_activates_that_row(ctx: Context) -> None:
    stack = SceneStack()
    stack.push(StoryScene(ctx))
    stack.action("menu")
    menu = stack.top
    assert isinstance(menu, MenuScene)
    labels = [row.label() for row in menu.rows]
    k = next(i for i, label in enumerate(labels) if label.startswith("Transcription"))
    stack.pointer = (960.0, 230.0 + 60.0 * k)
    stack.action("advance")
    assert ctx.settings.transcription is True


def test_history_lists_written_lines_as_text_with_the_writer(ctx: Context) -> None:
    first_written = next(n for n, line in enumerate(ctx.script.lines, 1) if isinstance(line, c.Write))
    story = StoryScene(ctx)
    stack = SceneStack()
    stack.push(story)
    story.seek(first_written + 1, 0.5)
    stack.action("history")
    top = stack.top
    assert isinstance(top, HistoryScene)
    assert ("He wrote", "I never meant for things to end this way.") in top.entries
    assert top.entries[0] == history_text(ctx.script, ctx.script.lines[0])
    surface = pygame.Surface((640, 360))
    top.draw(surface)  # draws without error over whatever is below
    stack.action("back")
    assert stack.top is story


def test_kiosk_menu_has_no_quit(ctx: Context) -> None:
    ctx.kiosk = True
    assert not any(row.label() == "Quit" for row in MenuScene(ctx).rows)
    ctx.kiosk = False
    assert any(row.label() == "Quit" for row in MenuScene(ctx).rows)


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
    ctx.file_settings = Settings()
    ctx.settings = Settings(seed=5, reduce_motion=True)  # as --seed 5 --reduce-motion would
    ctx.update_settings(auto_advance=True)
    kept = load_settings(ctx.settings_file, [])  # type: ignore[arg-type]
    assert kept.auto_advance is True and kept.seed == Settings().seed and kept.reduce_motion is False
    assert ctx.settings.seed == 5 and ctx.settings.auto_advance is True
