"""The title's first frame, kept by one start and shown by the next (game/firstframe.py)."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pygame
import pytest

from game import firstframe
from game.settings import Settings

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")


@pytest.fixture
def window() -> Iterator[pygame.Surface]:
    pygame.display.init()
    surface = pygame.display.set_mode((320, 180))
    yield surface
    pygame.display.quit()


def _pattern(surface: pygame.Surface) -> None:
    w, h = surface.get_size()
    for x in range(0, w, 7):
        surface.fill(((x * 3) % 256, (x * 11) % 256, 200 - x % 150), (x, 0, 7, h))
    surface.fill((250, 240, 10), (10, 20, 30, 40))


def test_a_kept_frame_is_shown_pixel_for_pixel(window: pygame.Surface, tmp_path: Path) -> None:
    _pattern(window)
    expected = pygame.image.tobytes(window, "RGB")
    firstframe.keep(window, tmp_path / "t.frame")
    window.fill((0, 0, 0))
    assert firstframe.show(window, tmp_path / "t.frame")
    assert pygame.image.tobytes(window, "RGB") == expected


def test_no_frame_a_damaged_one_or_another_size_shows_nothing(window: pygame.Surface, tmp_path: Path) -> None:
    window.fill((1, 2, 3))
    assert not firstframe.show(window, tmp_path / "none.frame")
    (tmp_path / "bad.frame").write_bytes(b"WTF2" + b"\x00" * 40)
    assert not firstframe.show(window, tmp_path / "bad.frame")
    small = pygame.Surface((160, 90))
    small.fill((200, 0, 0))
    firstframe.keep(small, tmp_path / "small.frame")
    assert not firstframe.show(window, tmp_path / "small.frame")
    assert window.get_at((5, 5))[:3] == (1, 2, 3)


def test_the_frame_is_named_after_what_it_depends_on(tmp_path: Path) -> None:
    story = tmp_path / "a.story"
    story.write_text("x", encoding="utf-8")
    base = firstframe.still_path(tmp_path, (1920, 1080), Settings(), [story])
    assert base == firstframe.still_path(tmp_path, (1920, 1080), Settings(), [story])
    others = {firstframe.still_path(tmp_path, (1280, 720), Settings(), [story]),
              firstframe.still_path(tmp_path, (1920, 1080), Settings(seed=7), [story]),
              firstframe.still_path(tmp_path, (1920, 1080), Settings(reduce_motion=True), [story])}
    story.write_text("a changed story", encoding="utf-8")
    others.add(firstframe.still_path(tmp_path, (1920, 1080), Settings(), [story]))
    assert base not in others and len(others) == 4


def test_prepare_returns_the_build_and_keeps_the_window_answering(window: pygame.Surface) -> None:
    pumped: list[float] = []

    def build() -> str:
        time.sleep(0.3)
        pumped.append(time.perf_counter())
        return "built"

    pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_SPACE))
    assert firstframe.prepare(build, present=True) == "built"
    assert any(e.type == pygame.KEYDOWN for e in pygame.event.get()), "events wait for the game"

    def broken() -> str:
        raise ValueError("no room")

    with pytest.raises(ValueError, match="no room"):
        firstframe.prepare(broken, present=False)


def test_the_title_keeps_the_frame_the_window_shows(pilot: object, tmp_path: Path) -> None:
    from pilot import Pilot

    assert isinstance(pilot, Pilot)
    kept = tmp_path / "title.frame"
    pilot.app.ctx.title_frame = kept
    pilot.advance(pilot.frame)
    window = pilot.app.window
    assert window is not None
    shown = pygame.image.tobytes(window, "RGB")
    window.fill((0, 0, 0))
    assert firstframe.show(window, kept)
    assert pygame.image.tobytes(window, "RGB") == shown
