"""Stop 30 (HEAP): the heap is trimmed after every frame, not only at the governor's looks.

What a frame frees under malloc's mmap threshold stayed resident until the next look (every 2 s or
120 frames), under the next frames' transients: a kiosk's high-water mark stood on it (2 simulated
hours at 1080p: max RSS 459.4 -> 407.3 MB trimmed each frame). What a trim gives back is
tests/test_mem_heap.py's; here, that a frame with no look due trims. Calls are counted; nothing is timed.
"""

from __future__ import annotations

import pytest

from game import memory
from game.memory import Governor


class _Nothing:
    """A context with no caches."""


def _still() -> float:
    return 0.0  # a clock that never moves: no look falls due by time


def test_a_frame_between_looks_trims_the_heap(monkeypatch: pytest.MonkeyPatch) -> None:
    trims: list[int] = []
    monkeypatch.setattr(memory, "trim_heap", lambda: trims.append(1))
    monkeypatch.setattr(memory, "_tight", True)  # (the kiosk's heap: a test before may have tuned the process's)
    gov = Governor(total=lambda _size: 1 << 40, clock=_still)
    looks: list[int] = []

    def look(ctx: object, size: tuple[int, int]) -> int:
        looks.append(1)
        return 0

    monkeypatch.setattr(gov, "check", look)
    for _ in range(3):
        gov.frame(_Nothing(), (1920, 1080))
    assert looks == [] and trims == [1, 1, 1]


def test_a_players_game_trims_at_its_looks_only_a_kiosk_every_frame(monkeypatch: pytest.MonkeyPatch) -> None:
    """Stop 42: a trim a frame made the next frame fault its scratch pages in again (game/memory.py
    MMAP_THRESHOLD); the kiosk keeps it (its week's ceiling is measured with it), a player's game does not."""
    from types import SimpleNamespace

    from game.app import App
    from game.clock import ManualClock

    trims: list[int] = []
    monkeypatch.setattr(memory, "trim_heap", lambda: trims.append(1))
    monkeypatch.setattr(memory, "_tight", False)  # (as `tune_heap(tight=False)` leaves it: a player's game)
    player = App(SimpleNamespace(), ManualClock())  # type: ignore[arg-type]
    monkeypatch.setattr(memory, "_tight", True)  # (the kiosk's)
    kiosk = App(SimpleNamespace(), ManualClock())  # type: ignore[arg-type]
    for app in (player, kiosk):
        app.governor.clock = _still
        app.governor.total = lambda _size: 1 << 40
        for _ in range(3):
            app.governor.frame(_Nothing(), (1920, 1080))
    assert trims == [1, 1, 1]  # the kiosk's three frames; the player's none
    player.governor.check(_Nothing(), (1920, 1080))
    assert trims == [1, 1, 1, 1]  # a player's game trims at a look


def test_the_game_the_kiosk_supervisor_runs_has_the_kiosk_s_heap() -> None:
    """The supervisor runs `python -m game --kiosk-child ...` (`--kiosk` replaced: game/kiosk/supervisor.py):
    that process is the kiosk's game, and gets its heap; a player's does not (review of stop 42)."""
    from game.__main__ import build_parser, tight_heap

    parse = build_parser().parse_args
    assert tight_heap(parse(["--kiosk-child"])) and tight_heap(parse(["--kiosk"]))
    assert not tight_heap(parse([])) and not tight_heap(parse(["--start", "5"]))
