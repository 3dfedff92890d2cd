"""A line being typed (each frame draws a longer prefix: game/text/layout.py split_visible) keeps
only its newest run in the fonts' cache: the prefixes it outgrew are never drawn again and went only
when the LRU's budget pushed them out (the cache stood at its 4 MiB budget at line 17 at 1080p)."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from game.text.fonts import Fonts
from game.text.layout import split_visible

ROOT = Path(__file__).resolve().parents[1]
LINE = "The rain on the window, the fire low"


@pytest.fixture(autouse=True)
def _pygame(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SDL_VIDEODRIVER", "dummy")
    pygame.init()


def _fonts() -> Fonts:
    return Fonts({"serif": ROOT / "assets" / "fonts" / "EBGaramond12-Regular.otf"})


def test_a_typed_line_keeps_only_its_newest_run_and_the_same_pixels() -> None:
    fonts = _fonts()
    title = fonts.text("serif", 44, 1.0, "Whispers of the Heart", (255, 255, 255))
    for visible in range(1, len(LINE) + 1):
        for _frame in range(2):  # each prefix drawn on two frames, the title on each
            shown = split_visible([LINE], visible)
            fonts.text("serif", 44, 1.0, shown[0], (230, 220, 200))
            assert fonts.text("serif", 44, 1.0, "Whispers of the Heart", (255, 255, 255)) is title
    assert sorted(k[2] for k in fonts._runs) == [LINE, "Whispers of the Heart"]
    assert fonts._run_bytes == sum(r.get_width() * r.get_height() * r.get_bytesize() for r in fonts._runs.values())
    full = fonts.text("serif", 44, 1.0, LINE, (230, 220, 200))
    fresh = _fonts().text("serif", 44, 1.0, LINE, (230, 220, 200))
    assert pygame.image.tobytes(full, "RGBA") == pygame.image.tobytes(fresh, "RGBA")


def test_a_longer_text_elsewhere_or_in_another_colour_keeps_the_shorter() -> None:
    fonts = _fonts()
    short = fonts.text("serif", 44, 1.0, "Begin", (255, 255, 255))
    fonts.text("serif", 44, 1.0, "Begin again", (200, 200, 200))  # another colour: not the same line typed
    assert fonts.text("serif", 44, 1.0, "Begin", (255, 255, 255)) is short
    fonts.text("serif", 30, 1.0, "Begin again", (255, 255, 255))  # another size
    assert fonts.text("serif", 44, 1.0, "Begin", (255, 255, 255)) is short
