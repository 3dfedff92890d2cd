"""Issue 16: an insert's rasters are let go of a few room frames after the story leaves it (not
after 90 room frames, ~18 s of story at 5 fps), and the memory governor may release the inserts
any time without dropping the one on screen (`watch`/`release`, like the other keyed caches)."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from game.art.insert_light import InsertLight
from game.art.inserts import PREFIX, Inserts
from game.art.svg import SvgCache
from game.memory import Governor

ROOT = Path(__file__).resolve().parents[2]
INSERTS = ROOT / "assets" / "art" / "inserts"
LIGHT = InsertLight(1, (255, 179, 92), 1.0, (58, 90, 140), 0.5, (40, 30, 30))
SIZE = (240, 135)


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture()
def made(tmp_path: Path) -> tuple[Inserts, Clock]:
    pygame.init()
    clock = Clock()
    return Inserts(INSERTS, SvgCache(tmp_path / "svg"), seed=7, clock=clock), clock


def test_an_insert_is_let_go_of_within_three_room_frames_after_the_room_comes_back(
        made: tuple[Inserts, Clock]) -> None:
    """Since MEM3 (Inserts.IDLE_S 0): the last insert's rasters and light (~37 MiB at 1080p) go
    at the third room frame after it, not 2 s into the room shot (the next cut's art was made
    beside them); never at the first room frame or two (a stall is one frame: the next test)."""
    ins, clock = made
    ins.draw(pygame.Surface(SIZE), PREFIX + "clenched_hands", 1.0, LIGHT)
    held = ins.memory_bytes()
    assert held > 0
    for _ in range(Inserts.IDLE_MIN_CALLS - 1):  # 5 fps
        ins.has("wide")
        clock.now += 0.2
    assert ins.memory_bytes() == held, "let go of before the room had drawn a few frames"
    ins.has("wide")
    assert ins.memory_bytes() == 0


def test_the_room_drawn_lets_go_of_the_last_insert_at_once_but_not_of_the_one_made_ahead(
        made: tuple[Inserts, Clock]) -> None:
    """The room's own drawing (`has(shot, drawn=True)`: render.py `draw_shot`, camera.py) lets go of
    the insert it cuts from in the cut's frame, before the room's art is made beside it (the twirl's
    28 MiB at the cut into line 16 at 1080p); the making ahead's asks keep the old count, and an
    insert made ahead for the next line stays."""
    ins, _clock = made
    ins.draw(pygame.Surface(SIZE), PREFIX + "clenched_hands", 1.0, LIGHT)
    ins.has("wide")  # the making ahead asks about the next room shot while the insert is on screen
    assert ins.memory_bytes() > 0
    ins.has("wide", drawn=True)
    assert ins.memory_bytes() == 0
    list(ins.prepare_steps(PREFIX + "kiss", SIZE, LIGHT))
    ahead = ins.memory_bytes()
    assert ahead > 0
    ins.has("wide", drawn=True)
    assert ins.memory_bytes() == ahead, "what was made ahead for the next shot was let go of before it was shown"


def test_one_long_frame_does_not_let_go_and_one_prepared_ahead_is_kept(made: tuple[Inserts, Clock]) -> None:
    ins, clock = made
    ins.draw(pygame.Surface(SIZE), PREFIX + "clenched_hands", 1.0, LIGHT)
    ins.has("wide")
    clock.now += 5.0  # a stall: one frame
    ins.has("wide")
    assert ins.memory_bytes() > 0
    ins.release()
    list(ins.prepare_steps(PREFIX + "kiss", SIZE))
    for _ in range(20):
        ins.has("wide")
        clock.now += 1.0
    assert ins.memory_bytes() > 0, "what was made ahead for the next shot was let go of before it was shown"


def test_the_governor_releases_the_inserts_but_keeps_the_one_on_screen(made: tuple[Inserts, Clock]) -> None:
    ins, _clock = made
    ctx = type("Ctx", (), {})()
    ctx.inserts = ins
    gov = Governor(total=lambda size: 0)  # always over: every cache lets go of what it may
    ins.draw(pygame.Surface(SIZE), PREFIX + "kiss", 1.0, LIGHT)
    ins.draw(pygame.Surface(SIZE), PREFIX + "clenched_hands", 1.0, LIGHT)
    gov.found(ctx)  # the governor's first window starts: the inserts are watched
    ins.draw(pygame.Surface(SIZE), PREFIX + "clenched_hands", 1.5, LIGHT)
    before = ins.memory_bytes()
    gov.check(ctx, SIZE)
    after = ins.memory_bytes()
    # (the kiss's were let go of when the clenched hands were drawn: only the one on screen is of use)
    assert 0 < after <= before, "the governor dropped the one on screen"
    assert all(k[0].parent.name == "clenched_hands" for k in ins._rasters)
    gov.check(ctx, SIZE)  # a window with no insert drawn: all let go
    assert ins.memory_bytes() == 0
