"""Every cache that keeps pixels has a byte budget, and keeps to it after a span of the story.

The game's memory is nearly all SDL surfaces (and decoded sound), which tracemalloc does not
see; `game.memory.census` walks the objects from the context and the scene stack and sums
each surface's bytes by the holder that keeps it. Played here: a span of the story that goes
from the room into an insert (the held hands) and back out, at 960x540, drawn every few steps
with the next shot prepared as in play. Bytes are counted; nothing is timed.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pygame
import pytest

from game.memory import FREE_BYTES, MiB, budget_for, budgets, census, game_roots, report

SIZE = (960, 540)


@pytest.fixture(scope="module")
def played() -> Iterator[tuple[Any, Any, dict[str, tuple[int, int]], dict[str, tuple[int, int]]]]:
    from game.assets import Assets
    from game.clock import STEP
    from game.context import build_context
    from game.scenes.story import StoryScene
    from game.settings import Settings

    pygame.init()
    canvas = pygame.display.set_mode(SIZE)
    ctx = build_context(Assets(), Settings(auto_advance=True), audio=False)
    first = next(n for n, line in enumerate(ctx.script.lines, 1)
                 if "intertwined fingers" in line.text)
    scene = StoryScene(ctx)
    scene.seek(max(1, first - 2), 0.0)
    in_insert: dict[str, tuple[int, int]] = {}
    saw_insert, room_frames = False, 0
    for frame in range(1500):  # up to 100 s of story, a frame drawn every 4 steps
        for _ in range(4):
            scene.update(STEP)
        scene.draw(canvas)
        shot = scene.director.stage.shot.value
        if shot.startswith("insert_"):
            room_frames = 0
            if frame % 30 == 0 or not saw_insert:
                saw_insert = True
                in_insert = census(game_roots(ctx, scene=scene))
        elif saw_insert:
            room_frames += 1
            if room_frames >= 150:  # 10 s of the room after the insert
                break
    assert saw_insert, "the span never reached an insert"
    after = census(game_roots(ctx, scene=scene))
    yield ctx, scene, in_insert, after
    pygame.quit()


def _over(held: dict[str, tuple[int, int]]) -> list[str]:
    table = budgets()
    bad = []
    for path, (b, _n) in held.items():
        bud = budget_for(path, table)
        if bud is None and b > FREE_BYTES:
            bad.append(f"{path}: {b / MiB:.1f} MiB and no budget")
        elif bud is not None and b > bud(SIZE):
            bad.append(f"{path}: {b / MiB:.1f} MiB over its budget {bud(SIZE) / MiB:.1f}")
    return bad


def test_every_cache_has_a_budget_and_keeps_to_it_in_an_insert(played: Any) -> None:
    _ctx, _scene, in_insert, _after = played
    assert not _over(in_insert), report(in_insert, SIZE)


def test_every_cache_has_a_budget_and_keeps_to_it_back_in_the_room(played: Any) -> None:
    _ctx, _scene, _in, after = played
    assert not _over(after), report(after, SIZE)


def test_an_insert_lets_go_of_its_pixels_once_the_room_is_back(played: Any) -> None:
    ctx, _scene, in_insert, after = played
    held = {p: b for p, (b, _n) in in_insert.items() if p.startswith("ctx.renderer.layers.inserts")}
    assert sum(held.values()) > 0  # it was holding some while shown
    assert ctx.renderer.layers.inserts.memory_bytes() == 0
    assert not any(p.startswith("ctx.renderer.layers.inserts._rasters") for p in after)


def test_the_census_counts_a_planted_cache_with_no_budget(played: Any) -> None:
    ctx, scene, _in, _after = played
    ctx.renderer.layers.planted = [pygame.Surface((1024, 512), pygame.SRCALPHA)]  # 2 MiB, in no budget
    try:
        assert any("planted" in b for b in _over(census(game_roots(ctx, scene=scene))))
    finally:
        del ctx.renderer.layers.planted


CACHES = ("ctx.renderer.layers.", "ctx.renderer._bg_cache", "ctx.renderer.moves._bg", "ctx.fonts.", "ctx.svg.",
          "ctx.books.cache.writers")
TITLE_CACHES = 24 * MiB  # at 960x540 the title's own caches hold ~15 MiB (its figures, props, light, sprites)


def _caches(held: dict[str, tuple[int, int]]) -> int:
    """Bytes of the caches a story fills (not the frame buffers, not the pen's stamps and paper)."""
    return sum(b for p, (b, _n) in held.items() if p.startswith(CACHES))


def test_back_at_the_title_the_story_s_caches_are_let_go_of(played: Any) -> None:
    """After the span of the story, a return to the title (as a kiosk's reset does) keeps only
    what the title draws: the caches' bytes fall below TITLE_CACHES and below the story's, the
    inserts and the pen's writers are empty, and the title's next frame is the same picture
    (nothing it needed was let go of)."""
    from game.app import App
    from game.clock import ManualClock

    ctx, scene, _in, _after = played
    in_story = _caches(census(game_roots(ctx, scene=scene)))
    app = App(ctx, ManualClock(), window_size=SIZE)
    app.open_window()
    app.stack.push(scene)
    app.tick()  # the story on top
    app.reset_to_title(fade=False)
    app.tick()  # the title's first frame: the caches let go of after it
    assert type(app.stack.top).__name__ == "TitleScene"
    assert app.window is not None
    shown = app.window.copy()
    at_title = census(game_roots(ctx, app))
    assert _caches(at_title) < min(TITLE_CACHES, in_story), report(at_title, SIZE)
    assert ctx.renderer.layers.inserts.memory_bytes() == 0
    assert not ctx.books.cache.writers
    assert type(ctx.renderer.layers.figures.rasters._raster).__name__ == "OrderedDict"  # no longer noting
    app.draw()  # the same moment again, from what was kept
    assert app.window.get_view("2").raw == shown.get_view("2").raw
    print(f"caches: {in_story / MiB:.1f} MiB in the story, {_caches(at_title) / MiB:.1f} MiB back at the title")


# every cache that the story fills, found by its methods (game.memory.Cache): a cache that loses
# `release`/`memory_bytes` is no longer found, and one whose release stops letting go keeps bytes
CACHE_TYPES = {"PartRasters", "Fonts", "SvgCache", "PropArt", "LightMap", "RoomRenderer", "CameraMoves", "PerScale",
               "PenCache", "Inserts", "ColdRim"}


def test_each_cache_is_found_and_its_release_lets_go_of_all_not_asked_for(played: Any) -> None:
    """(Last: it empties the caches the tests above read.) Watched, then released with nothing
    asked for, every keyed cache holds 0 bytes; the effects' art keeps its drawn scale only."""
    from game.memory import caches

    ctx, _scene, _in, _after = played
    found = caches(ctx)
    assert {type(c).__name__ for c in found} >= CACHE_TYPES
    before = {id(c): c.memory_bytes() for c in found}
    assert sum(before.values()) > 4 * MiB  # the span filled them (7.4 MiB since turned parts stopped keeping their rasters, c7dada8)
    for c in found:
        watch = getattr(c, "watch", None)
        if callable(watch):
            watch()
        c.release()
    for c in found:
        if type(c).__name__ == "PerScale":
            # the drawn scale and the one last made ahead (kept for its cut, sprites.PerScale)
            assert len(c.scales()) <= 2 and c.memory_bytes() <= before[id(c)]  # type: ignore[attr-defined]
        else:
            assert c.memory_bytes() == 0, f"{type(c).__name__} kept {c.memory_bytes()} bytes ({before[id(c)]} before)"
    assert type(ctx.renderer.layers.figures.rasters._raster).__name__ == "OrderedDict"  # no longer noting


def test_the_mixer_is_a_cache_so_back_at_the_title_its_idle_decoded_sounds_go() -> None:
    """(The span above plays without audio.) The mixer is found by its methods like the others."""
    from game.audio.mixer import MixerAudio
    from game.memory import Cache

    assert issubclass(MixerAudio, Cache)
