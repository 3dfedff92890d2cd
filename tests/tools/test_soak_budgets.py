"""What keeps the soak's memory flat: the caches it leans on hold to their byte budgets.

The week-long soak (`tools/kiosk/soak.py`) measures the whole process; these check the
mechanism under it, cache by cache, with more distinct entries than any budget can hold:
the bytes kept stay under the budget, the count is kept honestly, and the entry just
asked for is always there (the least recently used go first, never the one in hand).
"""

from __future__ import annotations

import platform
from pathlib import Path

import pygame
import pytest

from game.art.svg import SvgCache
from game.memory import trim_heap, tune_heap
from game.text import fonts as fonts_mod
from game.text.fonts import Fonts

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _pygame(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SDL_VIDEODRIVER", "dummy")
    pygame.init()


def test_svg_rasters_stay_within_their_budget_and_keep_the_newest(tmp_path: Path) -> None:
    svg = SvgCache(tmp_path, memory_budget=256 * 1024)
    art = ROOT / "assets" / "art" / "props" / "clock.svg"
    for w in range(100, 180, 8):
        newest = svg.get(art, (w, w * 2))
        assert svg._bytes <= svg.memory_budget or len(svg._memory) == 1
        assert svg._bytes == sum(s.get_width() * s.get_height() * 4 for s in svg._memory.values())
        assert svg.get(art, (w, w * 2)) is newest  # the one just made is never the one let go
    hot = svg.get(art, (100, 200))  # back from disk (evicted), then kept while in use
    for w in range(60, 140, 4):  # more than the budget holds, touching the hot one between
        svg.get(art, (w, w))
        assert svg.get(art, (100, 200)) is hot


def test_text_runs_stay_within_their_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fonts_mod, "RUNS_BUDGET", 200 * 1024)
    fonts = Fonts({"serif": ROOT / "assets" / "fonts" / "EBGaramond12-Regular.otf"})
    title = fonts.text("serif", 44, 1.0, "Whispers of the Heart", (255, 255, 255))
    for i in range(200):
        fonts.text("serif", 44, 1.0, f"line {i}: the rain on the window, the fire low", (230, 220, 200))
        assert fonts.text("serif", 44, 1.0, "Whispers of the Heart", (255, 255, 255)) is title  # hot: kept
        assert fonts._run_bytes <= fonts_mod.RUNS_BUDGET
    assert fonts._run_bytes == sum(r.get_width() * r.get_height() * r.get_bytesize() for r in fonts._runs.values())


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="only glibc's malloc is tuned")
def test_the_heap_tuning_takes_on_glibc_and_trimming_is_harmless() -> None:
    assert tune_heap()
    trim_heap()
