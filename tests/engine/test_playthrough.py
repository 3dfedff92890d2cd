"""A whole playthrough, title to ending to title, by real input into the real loop (the pilot)."""

from __future__ import annotations

import os
import signal

import pygame
from pilot import CENTRE, Pilot

from game.scenes.story import StoryScene
from game.scenes.title import ENDING_HOLD


def test_clicking_through_plays_every_line_in_order_then_ending_then_title(pilot: Pilot) -> None:
    total = len(pilot.app.ctx.script.lines)
    scenes, seen = pilot.click_through()  # a click every 0.1 s
    assert scenes == ["TitleScene", "StoryScene", "EndingScene", "TitleScene"]
    assert seen == list(range(1, total + 1))


def test_a_click_completes_a_typed_line_and_the_next_click_advances(pilot: Pilot) -> None:
    pilot.start_at(1)
    pilot.frames(2)
    scene = pilot.app.stack.top
    assert isinstance(scene, StoryScene) and pilot.line == 1
    assert not scene.line_complete()
    pilot.click()
    pilot.frames(1)
    assert scene.line_complete() and pilot.line == 1
    pilot.click()
    pilot.frames(1)
    assert pilot.line == 2


def test_the_window_close_button_ends_the_loop_with_status_0(pilot: Pilot) -> None:
    assert pilot.frames(3) is None
    pilot.post(pygame.QUIT)  # what SDL sends when the window's close button is pressed
    assert pilot.frames(100) == 0
    assert pilot.app.frames == 4, "the frame that saw the close was the last"


def test_sigterm_ends_the_loop_with_status_0(pilot: Pilot) -> None:
    sent: list[int] = []

    def term(p: Pilot) -> None:
        if p.app.frames == 2:
            sent.append(p.app.frames)
            os.kill(os.getpid(), signal.SIGTERM)

    assert pilot.frames(100, each=term) == 0
    assert sent == [2] and pilot.app.frames == 3, "the frame during which SIGTERM came was the last"


def test_letterbox_keeps_16_9_when_the_window_is_resized(pilot: Pilot) -> None:
    pilot.frames(2)
    pilot.resize(800, 800)
    pilot.advance(1.0)
    canvas = pilot.app.canvas()
    assert canvas.get_size() == (800, 450) and canvas.get_abs_offset() == (0, 175)
    shot = pilot.snapshot().image
    assert shot.get_size() == (800, 800)
    bars = [shot.get_at((x, y))[:3] for x in range(0, 800, 40) for y in (0, 170, 630, 799)]
    assert set(bars) == {(0, 0, 0)}, "black bars above and below"
    room = [shot.get_at((x, y))[:3] for x in range(0, 800, 20) for y in range(180, 620, 20)]
    assert sum(1 for p in room if max(p) > 24) > len(room) // 4, "the room fills the 16:9 canvas"
    assert pilot.window_point(CENTRE) == (400, 400)


def test_ending_returns_to_title_by_itself(pilot: Pilot) -> None:
    pilot.start_at(len(pilot.app.ctx.script.lines))
    pilot.frames(1)
    pilot.click()  # completes the last line
    pilot.advance(0.2)
    pilot.click()  # and leaves it
    pilot.until(lambda p: p.scene == "EndingScene", max_frames=100)
    pilot.until(lambda p: p.scene == "TitleScene", max_frames=int((ENDING_HOLD + 6) / pilot.frame))
    assert pilot.now >= ENDING_HOLD, "by itself: only once the ending has been held"


def test_one_tap_on_a_touch_screen_is_one_advance(pilot: Pilot) -> None:
    pilot.start_at(1)
    pilot.frames(2)
    pilot.tap()  # the line completes; it must not also advance
    pilot.frames(1)
    assert pilot.line == 1
    pilot.tap()
    pilot.frames(1)
    assert pilot.line == 2
