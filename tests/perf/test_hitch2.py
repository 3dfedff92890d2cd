"""No hitch on entering a shot (issue 13), what was left after the next shot's art was made
ahead: the light map's top-edge bands of the next shot's props (game/fx/shadows.py `fill_edges`,
270-550 ms in a cut's frame at 1080p) are made ahead too, and the effects' sprites made ahead for
the next shot's scale outlive the memory governor's looks until the cut. Behaviour, not timing:
what the caches hold, and that the band is the same picture."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import numpy as np
import pygame
import pytest

SIZE = (480, 270)


@pytest.fixture(scope="module")
def ctx() -> Iterator[Any]:
    from game.assets import Assets
    from game.context import build_context
    from game.settings import Settings

    pygame.init()
    pygame.display.set_mode(SIZE)
    yield build_context(Assets(), Settings(), audio=False)
    pygame.quit()


def _band_by_passes(on: np.ndarray, depth: int) -> np.ndarray:
    """The band as it was first made: a pixel's px down from the nearest pixel off the prop above
    it (the top row counting as off), one masked pass per px of `depth`."""
    dist = np.full(on.shape, depth, np.int32)
    for i in range(depth, 0, -1):
        off = np.ones_like(on)
        off[:, i:] = ~on[:, :-i]
        dist[off] = i - 1
    table = np.round(np.clip(1.0 - np.arange(depth + 1) / depth, 0.0, 1.0) * 255.0).astype(np.uint8)
    return np.where(on, table[dist], np.uint8(0))


def test_a_props_top_band_is_its_pixels_near_the_wall_above_them() -> None:
    """The band (made in one pass down the columns, cropped to where it is not clear) is the
    same alpha as the one made a masked pass per px of depth: a notch, a hole and a prop whose
    top is the mask's top row."""
    from game.fx.shadows import _top_band

    pygame.init()
    mask = pygame.Surface((60, 50), pygame.SRCALPHA)
    mask.fill((0, 0, 0, 0))
    mask.fill((0, 0, 0, 255), (5, 10, 40, 35))  # a sofa
    mask.fill((0, 0, 0, 0), (20, 10, 6, 12))  # a notch in its back
    mask.fill((0, 0, 0, 0), (30, 30, 3, 3))  # a hole in its seat
    mask.fill((0, 0, 0, 255), (50, 0, 6, 40))  # a lamp from the top row
    band, box = _top_band(mask, mask.get_size(), 16)
    want = _band_by_passes(pygame.surfarray.array_alpha(mask) > 127, 16)
    got = np.zeros_like(want)
    got[box.x:box.right, box.y:box.bottom] = pygame.surfarray.array_alpha(band)
    assert np.array_equal(got, want)
    assert box == pygame.Rect(5, 0, 51, 45)
    assert got[7, 10] == 255 and got[7, 18] == round(255 * 0.5) and got[7, 30] == 0  # fades down
    assert got[31, 33] == 255  # under the hole: an edge again


def _before_a_plain_cut(ctx: Any) -> Any:
    """A story scene on the first line whose next line cuts, without a camera move, to a room
    shot drawn at another scale than the one on screen, with a shadow-casting prop in it."""
    from game.art.inserts import insert_name
    from game.scenes.story import PAGE_SHOT, StoryScene

    scene = StoryScene(ctx)
    shots = ctx.renderer.room.shots
    for n in range(1, len(ctx.script.lines)):
        scene.seek(n, 0.0)
        d, here = scene.director, scene.director.stage.shot.value
        ahead = d.next_shot()
        if (ahead not in (None, here, PAGE_SHOT) and not insert_name(ahead or "") and not insert_name(here)
                and d.next_move() is None and not scene.close_up()
                and round(shots[ahead].rect.w, 3) != round(shots[here].rect.w, 3)):
            return scene
    raise AssertionError("no plain cut between two room shots")


def test_the_next_shots_prop_edges_are_made_before_the_cut(ctx: Any) -> None:
    """While the line before a cut plays, the top-edge bands of the next shot's props are made
    for their rasters at its scale: the cut's light map finds each in the cache (on the old code
    they were made in the cut's frame)."""
    from game.clock import STEP
    from game.fx import shadows
    from game.fx.lighting import DOWNSCALE
    from game.view import camera_view

    scene = _before_a_plain_cut(ctx)
    shot = scene.director.next_shot()
    assert shot is not None
    s = ctx.renderer.room.shots[shot]
    view = camera_view(s.rect.x, s.rect.y, s.rect.w, SIZE[0])
    canvas = pygame.Surface(SIZE)
    scene.draw(canvas)
    for _ in range(round(2.0 / STEP)):
        scene.update(STEP)
        scene.draw(canvas)
    assert scene.director.next_shot() == shot, "the line is still playing"
    props = ctx.renderer.layers.props
    held = [(m, r) for m, r, _f in props.silhouettes(view, SIZE, held=True)
            if r.h > 2 * DOWNSCALE and r.colliderect(pygame.Rect((0, 0), SIZE))]
    assert held, "the next shot's shadow-casting props are made ahead"
    for mask, rect in held:
        hit = shadows._BANDS.get(mask)
        assert hit is not None and hit[0] == (*rect.size, 2 * DOWNSCALE), rect


def test_a_slow_machine_spends_a_share_of_its_longer_frames_making_ahead(ctx: Any, monkeypatch: Any) -> None:
    """The making-ahead budget grows with the frame period measured: a step takes 1 ms of a
    clock the test holds, and frames 40 ms apart each make ~10 steps (a quarter of the period),
    where 4 ms an update, at one update a frame, made 4 (and the next shot was not ready by its cut)."""
    import types

    import game.scenes.story as story
    from game.clock import STEP

    clock = [0.0]
    monkeypatch.setattr(story, "time", types.SimpleNamespace(perf_counter=lambda: clock[0]))
    made: list[int] = []

    def steps(*_args: Any, **_kw: Any) -> Iterator[str]:
        while True:
            clock[0] += 0.001
            made.append(1)
            yield "step"

    monkeypatch.setattr(ctx.renderer, "prepare_steps", steps)
    scene = _before_a_plain_cut(ctx)
    canvas = pygame.Surface(SIZE)
    counts = []
    for _ in range(60):
        scene.update(STEP)
        before = len(made)
        scene.draw(canvas)
        counts.append(len(made) - before)
        clock[0] += 0.040  # the rest of a slow frame
    busy = [n for n in counts if n]
    assert busy and min(busy[1:]) >= 9, busy


class _Art:
    def __init__(self) -> None:
        self.halos: dict[int, pygame.Surface] = {}


class _Fx:
    """What the governor walks: one effect's art kept per scale."""

    def __init__(self) -> None:
        from game.fx.sprites import PerScale

        self.fx: Any = PerScale(lambda _s: _Art())


def test_an_effects_scale_made_ahead_outlives_the_governors_looks_until_its_cut() -> None:
    """The next shot's sprites made ahead (another scale) stay through the governor's looks when
    it is over its total (they were let go of at each look, made again in the cut's frame: line
    75's candle halos, 230 ms); drawn at the cut, they are the ones made ahead, and at the next
    look the scale they replaced goes."""
    from game.memory import Governor

    pygame.init()
    ctx, gov = _Fx(), Governor(total=lambda _size: 0)
    ctx.fx.at(1.0).halos[0] = pygame.Surface((64, 64))
    ahead = ctx.fx.at(2.0, ahead=True)
    ahead.halos[0] = pygame.Surface((64, 64))
    gov.found(ctx)
    for _ in range(3):
        gov.check(ctx, SIZE)
        assert ctx.fx.scales() == [1.0, 2.0]
    assert ctx.fx.at(2.0) is ahead and 0 in ahead.halos  # the cut
    gov.check(ctx, SIZE)
    assert ctx.fx.scales() == [2.0]


def test_over_the_sprites_budget_the_newest_made_ahead_stay() -> None:
    """Made ahead a sprite at a time over the byte budget (a close-up's 4 MB halos beside the drawn
    shot's), the art made ahead loses its oldest sprites, not all of itself with each new one (the
    candles' were all gone by the cut to the fire close-up: every halo and flame made in its frame)."""
    from game.fx.sprites import PerScale, art_bytes

    pygame.init()
    per: PerScale[_Art] = PerScale(lambda _s: _Art())
    drawn = per.at(1.0)
    for k in range(4):
        drawn.halos[k] = pygame.Surface((64, 64))
    one = art_bytes(drawn)
    for k in range(4):
        made = per.at(2.0, ahead=True)
        made.halos[k] = pygame.Surface((64, 64))
        per.trim(budget=one + one // 2)
    assert per.at(2.0, ahead=True) is made and sorted(made.halos) == [2, 3]
    assert len(drawn.halos) == 4  # the shot on screen keeps its own
