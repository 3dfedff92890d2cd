"""HITCH3: the insert made ahead for the next shot survives the memory governor's looks until it is
drawn. A look over the total released the inserts keeping only the one drawn since the last look,
so the tear (line 68), made ahead during line 67, was let go of at a look and made again in the
cut's frame (fixed-step sim at 1080p: 27 -> 240 ms of CPU in that frame)."""

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


@pytest.fixture()
def watched(tmp_path: Path) -> tuple[Inserts, object, Governor]:
    """Inserts under a governor that is always over its total (every look lets go of what it may)."""
    pygame.init()
    ins = Inserts(INSERTS, SvgCache(tmp_path / "svg"), seed=7, clock=lambda: 0.0)
    ctx = type("Ctx", (), {})()
    ctx.inserts = ins  # type: ignore[attr-defined]
    gov = Governor(total=lambda size: 0)
    gov.found(ctx)  # the first window starts: the inserts are watched
    return ins, ctx, gov


def _names(ins: Inserts) -> set[str]:
    return {k[0].parent.name for k in ins._rasters}


def test_the_insert_made_ahead_is_kept_through_the_looks_until_it_is_drawn(
        watched: tuple[Inserts, object, Governor]) -> None:
    ins, ctx, gov = watched
    list(ins.prepare_steps(PREFIX + "tear", SIZE, LIGHT))
    assert "tear" in _names(ins)
    for _ in range(3):  # looks while the room is shown and nothing is drawn or made
        gov.check(ctx, SIZE)
    assert "tear" in _names(ins), "the next shot's insert was let go of before its cut"


def test_once_drawn_it_goes_by_the_usual_rule_and_others_still_go(
        watched: tuple[Inserts, object, Governor]) -> None:
    ins, ctx, gov = watched
    ins.draw(pygame.Surface(SIZE), PREFIX + "clenched_hands", 1.0, LIGHT)
    list(ins.prepare_steps(PREFIX + "tear", SIZE, LIGHT))
    gov.check(ctx, SIZE)  # clenched_hands was drawn in this window: both kept
    gov.check(ctx, SIZE)  # nothing drawn since: the shown one goes, the one made ahead stays
    assert _names(ins) == {"tear"}
    ins.draw(pygame.Surface(SIZE), PREFIX + "tear", 0.0, LIGHT)
    gov.check(ctx, SIZE)
    assert _names(ins) == {"tear"}
    gov.check(ctx, SIZE)  # drawn, then a window without it: let go of like any insert
    assert ins.memory_bytes() == 0


def test_one_made_ahead_for_a_line_that_does_not_come_goes_at_the_next_room_frame(
        watched: tuple[Inserts, object, Governor]) -> None:
    """A visitor walked away (or a jump, a rollback) before the line it was made for: the next
    line's making ahead expects another shot, and the room's next frame lets it go."""
    ins, _ctx, _gov = watched
    list(ins.prepare_steps(PREFIX + "tear", SIZE, LIGHT))
    ins.expect(PREFIX + "tear")  # its own line still to come: kept
    ins.has("wide", drawn=True)
    assert _names(ins) == {"tear"}
    ins.expect("her_seated")  # another line's making ahead: not the tear's
    assert _names(ins) == {"tear"}, "let go of by the room's frame, not before"
    ins.has("wide", drawn=True)
    assert ins.memory_bytes() == 0


def test_the_story_left_lets_the_one_made_ahead_go(watched: tuple[Inserts, object, Governor]) -> None:
    """At the title (a kiosk's reset, the ending) no insert is coming: `expect(None)` (StoryScene.exit)."""
    ins, ctx, gov = watched
    list(ins.prepare_steps(PREFIX + "tear", SIZE, LIGHT))
    ins.expect(None)
    gov.check(ctx, SIZE)  # the title's looks
    assert ins.memory_bytes() == 0
