"""A player's comforts, played through the real loop (the pilot): roll back and forward,
seen lines across runs, skip, the auto-advance pace, hiding the text, the screenshot key,
a game controller and the chapters."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest
from pilot import Pilot, build_app

from game.scenes.chapters import ChaptersScene
from game.scenes.story import StoryScene
from game.settings import Settings
from game.story import commands as c


def story(pilot: Pilot) -> StoryScene:
    scene = pilot.app.stack.top
    assert isinstance(scene, StoryScene)
    return scene


def read_to(pilot: Pilot, line: int) -> None:
    """Click (complete, then advance) until `line` is shown."""
    for _ in range(200):
        if pilot.line == line:
            return
        pilot.click()
        pilot.advance(0.2)
    raise AssertionError(f"line {line} not reached (at {pilot.line})")


def test_the_wheel_and_page_keys_roll_back_and_forward_through_seen_lines_shown_finished(pilot: Pilot) -> None:
    pilot.start_at(1)
    pilot.frames(1)
    read_to(pilot, 4)
    pilot.wheel(1)
    pilot.frames(1)
    assert pilot.line == 3 and story(pilot).line_complete(), "rolled back to, shown finished"
    pilot.wheel(1)
    pilot.frames(1)
    assert pilot.line == 2
    pilot.wheel(-1)  # wheel down: forward
    pilot.frames(1)
    assert pilot.line == 3 and story(pilot).line_complete()
    pilot.key(pygame.K_PAGEDOWN)
    pilot.frames(1)
    assert pilot.line == 4
    pilot.key(pygame.K_PAGEDOWN)  # never past the furthest line read
    pilot.frames(1)
    assert pilot.line == 4


def test_rolling_back_onto_a_written_line_shows_it_finished(pilot: Pilot) -> None:
    lines = pilot.app.ctx.script.lines
    written = next(n for n, line in enumerate(lines, 1) if isinstance(line, c.Write))
    pilot.start_at(written)
    pilot.frames(1)
    read_to(pilot, written + 1)
    pilot.key(pygame.K_PAGEUP)
    pilot.frames(1)
    scene = story(pilot)
    assert pilot.line == written and scene.notebook.done, "the page is not rewritten from blank"


def test_seen_lines_are_kept_across_runs_and_skip_stops_at_the_first_unseen(pilot: Pilot, tmp_path: Path) -> None:
    pilot.start_at(1)
    pilot.frames(1)
    read_to(pilot, 5)
    pygame.quit()  # the player closes the game and comes back another day

    again = Pilot(build_app(user_dir=tmp_path))
    assert {1, 2, 3, 4, 5} <= again.app.ctx.seen.lines
    again.start_at(1)
    again.frames(1)
    again.key(pygame.K_TAB)
    again.advance(4.0)
    assert again.line == 6, "skipped the five lines read before and stopped at the sixth"
    assert not story(again).skipping


def test_skip_runs_past_unseen_lines_when_the_setting_says_so(pilot: Pilot) -> None:
    pilot.app.apply_settings(Settings(skip_unseen=True))
    pilot.start_at(1)
    pilot.frames(1)
    pilot.key(pygame.K_TAB)
    pilot.advance(3.0)
    assert pilot.line is not None and pilot.line > 8


def test_auto_advance_waits_in_proportion_to_the_lines_length(pilot: Pilot) -> None:
    settings = Settings(text_cps=0.0, auto_advance=True)
    pilot.app.apply_settings(settings)
    lines = pilot.app.ctx.script.lines
    pilot.start_at(1)
    pilot.frames(1)
    waits = []
    for n in (1, 2):
        begun = pilot.now
        pilot.until(lambda p, n=n: p.line != n, max_frames=200)
        waits.append(pilot.now - begun)
        expected = settings.auto_delay + len(lines[n - 1].text) / settings.auto_cps
        assert waits[-1] == pytest.approx(expected, abs=2.5 * pilot.frame)
    assert len(lines[0].text) > len(lines[1].text) and waits[0] > waits[1] + 0.3


def band_pixels(pilot: Pilot) -> list[tuple[int, ...]]:
    """A sample of the bottom sixth of the screen, where the text band lies."""
    image = pilot.snapshot().image
    w, h = image.get_size()
    return [tuple(image.get_at((x, y))[:3]) for x in range(0, w, 6) for y in range(int(h * 0.84), h - 2, 3)]


def band_change(a: list[tuple[int, ...]], b: list[tuple[int, ...]]) -> float:
    """Mean per-pixel change between two samples (the text and its shade gone, the room in their place;
    a mean brightness missed it once the room under the band was about as dark as the band)."""
    return sum(sum(abs(p - q) for p, q in zip(pa, pb, strict=True)) for pa, pb in zip(a, b, strict=True)) / len(a)


@pytest.mark.parametrize("hide", ["V", "middle button"])
def test_the_text_band_hides_to_show_the_room_and_a_click_brings_it_back(pilot: Pilot, hide: str) -> None:
    pilot.start_at(1)
    pilot.frames(1)
    pilot.click()
    pilot.advance(0.5)
    shown = band_pixels(pilot)
    if hide == "V":
        pilot.key(pygame.K_v)
    else:
        pilot.click(button=2)
    pilot.frames(1)
    assert story(pilot).band_hidden
    assert band_change(band_pixels(pilot), shown) > 3, "the band's pixels changed"
    pilot.click()
    pilot.frames(1)
    assert not story(pilot).band_hidden and pilot.line == 1, "the click brought the text back, no more"


def test_the_screenshot_key_writes_a_png_to_the_pictures_folder(pilot: Pilot, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """platformdirs finds the pictures folder as xdg-user-dir does: user-dirs.dirs."""
    config, pictures = tmp_path / "config", tmp_path / "My Pictures"
    config.mkdir()
    (config / "user-dirs.dirs").write_text(f'XDG_PICTURES_DIR="{pictures}"\n', encoding="utf-8")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    pilot.start_at(1)
    pilot.frames(2)
    pilot.key(pygame.K_s)
    pilot.frames(1)
    pilot.key(pygame.K_F12)
    pilot.frames(1)
    shots = sorted((pictures / "Whispers of the Heart").glob("whispers-*.png"))
    assert len(shots) == 2
    image = pygame.image.load(str(shots[0]))
    window = pilot.app.window
    assert window is not None and image.get_size() == window.get_size()
    assert pilot.line == 1, "S does not advance"


def pad(pilot: Pilot, button: int) -> None:
    pilot.post(pygame.CONTROLLERBUTTONDOWN, instance_id=0, button=button)
    pilot.post(pygame.CONTROLLERBUTTONUP, instance_id=0, button=button)


def test_a_game_controller_advances_and_rolls_back_and_forward(pilot: Pilot) -> None:
    pilot.post(pygame.CONTROLLERDEVICEADDED, device_index=0)  # no such pad here: logged, not fatal
    pilot.start_at(1)
    pilot.frames(1)
    pad(pilot, pygame.CONTROLLER_BUTTON_A)
    pilot.frames(1)
    assert pilot.line == 1 and story(pilot).line_complete()
    pad(pilot, pygame.CONTROLLER_BUTTON_A)
    pilot.frames(1)
    assert pilot.line == 2
    pad(pilot, pygame.CONTROLLER_BUTTON_LEFTSHOULDER)
    pilot.frames(1)
    assert pilot.line == 1
    pad(pilot, pygame.CONTROLLER_BUTTON_RIGHTSHOULDER)
    pilot.frames(1)
    assert pilot.line == 2
    pad(pilot, pygame.CONTROLLER_BUTTON_B)
    pilot.frames(1)
    assert pilot.scene == "MenuScene"
    pad(pilot, pygame.CONTROLLER_BUTTON_DPAD_DOWN)
    pad(pilot, pygame.CONTROLLER_BUTTON_A)  # the second row: History
    pilot.frames(1)
    assert pilot.scene == "HistoryScene"


def test_after_one_ending_the_title_lists_the_chapters_and_one_starts_mid_story(pilot: Pilot) -> None:
    script = pilot.app.ctx.script
    assert len(script.chapters) >= 2
    pilot.start_at(len(script.lines))
    pilot.frames(1)
    pilot.click()
    pilot.advance(0.2)
    pilot.click()
    pilot.until(lambda p: p.scene == "TitleScene", max_frames=400)
    pilot.advance(2.5)
    pilot.key(pygame.K_DOWN)  # Begin, Chapters, Settings, Quit
    pilot.key(pygame.K_RETURN)
    pilot.frames(1)
    assert isinstance(pilot.app.stack.top, ChaptersScene)
    pilot.key(pygame.K_DOWN)
    pilot.key(pygame.K_RETURN)
    pilot.until(lambda p: p.scene == "StoryScene", max_frames=60)
    assert pilot.line == script.chapters[1][1] > 1
