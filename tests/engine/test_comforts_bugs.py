"""Issue 14's bugs, each played through the real loop (the pilot) or the real command line.

The touch tap (one tap, one advance) is tests/engine/test_playthrough.py's
`test_one_tap_on_a_touch_screen_is_one_advance`; the rest are here.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pygame
from pilot import Pilot

from game.scenes.menu import MenuScene
from game.scenes.title import TitleScene
from game.settings import load_settings

ROOT = Path(__file__).parents[2]
ENV = {**os.environ, "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy"}


def menu_labels(pilot: Pilot) -> list[str]:
    pilot.key(pygame.K_ESCAPE)
    pilot.frames(1)
    menu = pilot.app.stack.top
    assert isinstance(menu, MenuScene)
    labels = [row.label() for row in menu.rows]
    pilot.key(pygame.K_ESCAPE)
    pilot.frames(1)
    return labels


def choose_menu_row(pilot: Pilot, starts: str) -> None:
    """Esc, Down to the row whose label starts with `starts`, Enter: as a player would."""
    pilot.key(pygame.K_ESCAPE)
    pilot.frames(1)
    menu = pilot.app.stack.top
    assert isinstance(menu, MenuScene)
    k = next(i for i, row in enumerate(menu.rows) if row.label().startswith(starts))
    for _ in range(k):
        pilot.key(pygame.K_DOWN)
    pilot.key(pygame.K_RETURN)
    pilot.frames(1)


def title_labels(pilot: Pilot) -> list[str]:
    title = pilot.app.stack.top
    assert isinstance(title, TitleScene)
    return [item.label for item in title.items]


def test_f11_is_kept_in_the_settings_and_the_menu_shows_it(pilot: Pilot, tmp_path: Path) -> None:
    pilot.start_at(1)
    pilot.frames(2)
    pilot.key(pygame.K_F11)
    pilot.frames(2)
    assert pilot.app.fullscreen
    assert load_settings(tmp_path / "settings.toml", []).fullscreen is True
    assert "Fullscreen: on" in menu_labels(pilot)
    pilot.key(pygame.K_RETURN, pygame.KMOD_ALT)  # Alt+Enter: the same request, back to a window
    pilot.frames(2)
    assert not pilot.app.fullscreen
    assert load_settings(tmp_path / "settings.toml", []).fullscreen is False
    assert "Fullscreen: off" in menu_labels(pilot)


def test_leaving_fullscreen_gives_the_window_back_at_the_size_it_had(pilot: Pilot) -> None:
    pilot.start_at(1)
    pilot.frames(2)
    pilot.resize(800, 600)
    pilot.frames(2)
    window = pilot.app.window
    assert window is not None and window.get_size() == (800, 600)
    pilot.key(pygame.K_F11)
    pilot.frames(2)
    assert pilot.app.fullscreen
    pilot.key(pygame.K_F11)
    pilot.frames(2)
    window = pilot.app.window
    assert not pilot.app.fullscreen and window is not None
    assert window.get_size() == (800, 600), "not the default 1280x720"


def test_the_titles_keyboard_can_choose_begin_anew(pilot: Pilot) -> None:
    pilot.start_at(5)  # a place in the story is saved
    pilot.frames(2)
    choose_menu_row(pilot, "Return to the title")
    pilot.until(lambda p: p.scene == "TitleScene", max_frames=60)
    pilot.advance(2.5)
    assert title_labels(pilot)[:2] == ["Continue", "Begin anew"]
    pilot.key(pygame.K_DOWN)
    pilot.key(pygame.K_RETURN)
    pilot.until(lambda p: p.scene == "StoryScene", max_frames=60)
    assert pilot.line == 1, "Begin anew begins at the first line, not the saved one"


def test_the_titles_keyboard_continues_where_the_player_left(pilot: Pilot) -> None:
    pilot.start_at(5)
    pilot.frames(2)
    choose_menu_row(pilot, "Return to the title")
    pilot.until(lambda p: p.scene == "TitleScene", max_frames=60)
    pilot.advance(2.5)
    pilot.key(pygame.K_RETURN)
    pilot.until(lambda p: p.scene == "StoryScene", max_frames=60)
    assert pilot.line == 5


def finish_the_story(pilot: Pilot) -> None:
    pilot.start_at(len(pilot.app.ctx.script.lines))
    pilot.frames(1)
    pilot.click()
    pilot.advance(0.2)
    pilot.click()
    pilot.until(lambda p: p.scene == "EndingScene", max_frames=100)
    pilot.until(lambda p: p.scene == "TitleScene", max_frames=400)
    pilot.advance(2.5)


def test_after_finishing_continue_is_gone(pilot: Pilot) -> None:
    finish_the_story(pilot)
    labels = title_labels(pilot)
    assert "Continue" not in labels and labels[0] == "Click to begin"
    pilot.key(pygame.K_RETURN)
    pilot.until(lambda p: p.scene == "StoryScene", max_frames=60)
    assert pilot.line == 1, "begun anew, not the last line and the ending again"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "game", *args], cwd=ROOT, env=ENV, text=True,
                          capture_output=True, timeout=120)


def test_lint_story_lints_that_story_and_a_jump_nowhere_is_exit_2(tmp_path: Path) -> None:
    text = (ROOT / "scenes" / "whispers.story").read_text(encoding="utf-8").splitlines()
    at = next(i for i, line in enumerate(text) if line.startswith("shot wide"))
    text.insert(at, "jump nowhere")
    story = tmp_path / "broken.story"
    story.write_text("\n".join(text) + "\n", encoding="utf-8")
    out = run("--lint", "--story", str(story))
    assert out.returncode == 2, out.stdout
    assert f"{story}:{at + 1}:" in out.stderr and "nowhere" in out.stderr
    assert "Traceback" not in out.stderr


def test_list_lines_into_a_closed_pipe_is_no_traceback() -> None:
    """`--list-lines | head -1`: the reader goes away before the game has written."""
    proc = subprocess.Popen([sys.executable, "-m", "game", "--list-lines"], cwd=ROOT, env=ENV,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # as `head` does once it has read enough
    err = proc.stderr.read().decode()
    proc.wait(timeout=120)
    assert "Traceback" not in err and "BrokenPipeError" not in err, err
    assert proc.returncode in (0, 1)
