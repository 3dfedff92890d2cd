"""The next shot's art is made while a line plays (game/scenes/story.py, game/room/render.py):
the script's next shot is found ahead, and preparing it fills caches without changing a pixel."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

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


def test_next_shot_is_the_shot_of_the_next_line(ctx: Any) -> None:
    from game.scenes.story import StoryScene

    scene = StoryScene(ctx)
    cuts = 0
    for n in range(1, len(ctx.script.lines)):
        scene.seek(n, 0.0)
        here = scene.director.stage.shot.value
        ahead = scene.director.next_shot()
        scene.seek(n + 1, 0.0)
        there = scene.director.stage.shot.value
        assert (ahead or here) == there, n
        cuts += ahead is not None and ahead != here
    assert cuts > 10


def test_preparing_a_cut_makes_its_art_and_leaves_the_picture_alone(ctx: Any) -> None:
    import numpy as np

    from game.clock import STEP
    from game.scenes.story import StoryScene

    scene = StoryScene(ctx)
    inserts = ctx.renderer.layers.inserts
    for n in range(1, len(ctx.script.lines)):  # the first line before a cut to a room shot
        scene.seek(n, 0.0)
        ahead = scene.director.next_shot()
        if ahead not in (None, scene.director.stage.shot.value) and not inserts.has(ahead or ""):
            break
    canvas = pygame.Surface(SIZE)
    scene.draw(canvas)
    before = pygame.surfarray.array3d(canvas)
    shot = scene.director.next_shot()
    assert shot is not None
    steps = list(ctx.renderer.prepare_steps(shot, scene.director.stage.at(scene.now), SIZE))
    assert steps[0] == "background" and any("/" in s for s in steps) and any(s.startswith("light") for s in steps)
    scene.draw(canvas)
    assert np.array_equal(before, pygame.surfarray.array3d(canvas))
    for insert in (s for s in ctx.renderer.room.shots if inserts.has(s)):  # drawn as illustrations
        assert list(ctx.renderer.prepare_steps(insert, scene.director.stage.at(scene.now), SIZE)) == []
    scene.update(STEP)


def _first_frame_of(ctx: Any, line: int, ahead: bool, at_cut: Callable[[], None] | None = None) -> tuple[Any, Any]:
    """The first frame of `line` after a second and a half of the line before it (its art made
    ahead, or not), then a click on to it; and the scene. `at_cut` is called just before it."""
    from game.clock import STEP
    from game.scenes.story import StoryScene
    from game.steps import LOADER

    scene = StoryScene(ctx)
    scene.seek(line - 1, 0.0)
    canvas = pygame.Surface(SIZE)
    scene.draw(canvas)
    if not ahead:
        scene._prepared_for = line - 1  # nothing made ahead on this line
        scene._writer_for = line - 1
    for _ in range(90):
        scene.update(STEP)
        scene.draw(canvas)
        LOADER.submit(lambda: None).result()  # the loader thread keeps up, as it does at a line's pace
    if scene._writer_job is not None:  # painted on the page-art thread: done, then taken in
        scene._writer_job[1].result()
        scene.draw(canvas)
    if at_cut is not None:
        at_cut()
    scene.complete_line()
    scene.click()
    assert scene.director.line_number == line
    scene.update(STEP)
    scene.draw(canvas)
    return pygame.surfarray.array3d(canvas), scene


def test_an_insert_is_made_ahead_and_its_first_frame_is_the_same(ctx: Any) -> None:
    import numpy as np

    from game.art.inserts import insert_name
    from game.scenes.story import StoryScene

    inserts = ctx.renderer.layers.inserts
    scene = StoryScene(ctx)
    shots = []
    for n in range(1, 20):
        scene.seek(n, 0.0)
        shots.append(scene.director.stage.shot.value)
    line = next(n for n in range(2, len(shots) + 1) if insert_name(shots[n - 1]) and not insert_name(shots[n - 2]))
    inserts.release()
    plain, _ = _first_frame_of(ctx, line, ahead=False)
    inserts.release()
    asked: list[str] = []
    made_ahead: list[int] = []
    real = inserts.svg.get
    inserts.svg.get = lambda path, size, **kw: (asked.append(path.name), real(path, size, **kw))[1]
    try:
        ahead, _ = _first_frame_of(ctx, line, ahead=True, at_cut=lambda: made_ahead.append(len(asked)))
    finally:
        inserts.svg.get = real
    assert made_ahead[0] > 0, "the insert's parts were made while the line before it played"
    assert len(asked) == made_ahead[0], "its first frame made no part again"
    assert np.array_equal(plain, ahead), "the same picture"


def test_an_insert_over_its_raster_budget_keeps_its_own_parts(ctx: Any) -> None:
    from game.art.insert_light import InsertLight

    inserts = ctx.renderer.layers.inserts
    inserts.release()
    spec = inserts.spec("tear")
    assert spec is not None
    asked: list[str] = []
    real = inserts.svg.get
    inserts.svg.get = lambda path, size, **kw: (asked.append(path.name), real(path, size, **kw))[1]
    old = inserts.RASTER_SCREENS
    inserts.RASTER_SCREENS = 0.5  # far less than the insert's parts
    try:
        canvas = pygame.Surface(SIZE)
        light = InsertLight(1, (255, 200, 150), 1.0, (120, 140, 200), 0.3, (20, 20, 24))
        inserts.draw(canvas, "insert_tear", 0.0, light)
        first = len(asked)
        inserts.draw(canvas, "insert_tear", 0.1, light)
        assert first == len(spec.parts) and len(asked) == first, "the second frame made no part again"
    finally:
        inserts.svg.get = real
        inserts.RASTER_SCREENS = old
        inserts.release()


def test_the_next_writers_hand_is_painted_ahead_and_drawn_the_same(ctx: Any) -> None:
    import numpy as np

    from game.story import commands as c

    line = next(n for n, ln in enumerate(ctx.script.lines, 1) if isinstance(ln, c.Write))
    ctx.books.cache.writers.clear()
    plain, _ = _first_frame_of(ctx, line, ahead=False)
    ctx.books.cache.writers.clear()
    ahead, scene = _first_frame_of(ctx, line, ahead=True)
    assert scene._writer_for == line - 1 and scene._writer_job is None, "painted ahead and taken in"
    assert np.array_equal(plain, ahead), "the same picture"


def test_begin_while_the_pen_warms_starts_the_story_at_once(ctx: Any, monkeypatch: Any) -> None:
    """Begin on a cold pen: the story is made and faded to at once, never waiting for the
    warming thread (which still runs: its stamps are built as the narration plays)."""
    import threading

    from game.clock import STEP
    from game.pen import Notebook
    from game.scenes.base import SceneStack
    from game.scenes.factory import SceneMaker
    from game.scenes.story import StoryScene

    held, entered = threading.Event(), threading.Event()
    real_warm = Notebook.warm

    def slow_warm(self: Any, *args: Any) -> None:  # a pen that takes as long as the test likes
        entered.set()
        held.wait()
        real_warm(self, *args)

    monkeypatch.setattr(Notebook, "warm", slow_warm)
    monkeypatch.setattr(ctx.books, "_warm", False)  # the pen cold, as at start-up
    monkeypatch.setattr(ctx, "scenes", SceneMaker(ctx))
    stack = SceneStack()
    title = ctx.scenes.title()
    stack.push(title)
    ctx.scenes.warm_story()
    try:
        assert entered.wait(60), "the warming thread is in the pen's warm-up"
        title._begin(None)  # the old title waited for the warming thread here, the story not begun
        assert stack.fading, "Begin fades to the story at once"
        for _ in range(int(2.0 / STEP)):  # the fade's 1.6 s of frames
            stack.update(STEP)
        assert isinstance(stack.top, StoryScene), "the story is playing"
        assert ctx.scenes.warming, "while the pen still warms"
    finally:
        held.set()
        warming = ctx.scenes._warming
        if warming is not None:
            warming.join()
    assert not ctx.scenes.warming and ctx.books._warm



def _counting_prepare(ctx: Any, monkeypatch: Any) -> list[str]:
    """The renderer's preparation replaced by endless free steps, each noted (what the scene asks)."""
    made: list[str] = []

    def steps(*_args: Any, **_kw: Any) -> Iterator[str]:
        while True:
            made.append("step")
            yield "step"

    monkeypatch.setattr(ctx.renderer, "prepare_steps", steps)
    return made


def _before_a_cut(ctx: Any) -> Any:
    """A story scene on the first line whose next line cuts to another room shot."""
    from game.scenes.story import StoryScene

    scene = StoryScene(ctx)
    inserts = ctx.renderer.layers.inserts
    for n in range(1, len(ctx.script.lines)):
        scene.seek(n, 0.0)
        ahead = scene.director.next_shot()
        if ahead not in (None, scene.director.stage.shot.value) and not inserts.has(ahead or ""):
            return scene
    raise AssertionError("no cut to a room shot")


def test_preparing_is_done_once_a_drawn_frame_and_never_in_the_frame_of_a_cut(ctx: Any, monkeypatch: Any) -> None:
    """Several updates a frame (a slow frame, the fixed step catching up) do not each spend the
    budget: the steps are made when the frame is drawn. The frame whose updates end the line
    (the cut) makes none, nor a frame when an auto-advance is about to end it."""
    from game.clock import STEP

    made = _counting_prepare(ctx, monkeypatch)
    scene = _before_a_cut(ctx)
    canvas = pygame.Surface(SIZE)
    scene.draw(canvas)
    for _ in range(45):
        scene.update(STEP)
        scene.draw(canvas)
    assert made, "the next shot is made ahead while the line plays"
    before = len(made)
    for _ in range(4):
        scene.update(STEP)
    assert len(made) == before, "not in the updates (the old scene spent its budget in each)"
    scene.draw(canvas)
    assert len(made) > before, "once in the frame drawn"
    line = scene.director.line_number
    before = len(made)
    scene.update(STEP)  # the frame of the cut: an update, the click, another update, the draw
    scene.complete_line()
    scene.click()
    scene.update(STEP)
    scene.draw(canvas)
    assert scene.director.line_number == line + 1
    assert len(made) == before, "no step made in the frame of the cut"


def test_nothing_is_made_ahead_just_before_an_auto_advance(ctx: Any, monkeypatch: Any) -> None:
    from game.clock import STEP

    made = _counting_prepare(ctx, monkeypatch)
    from dataclasses import replace

    monkeypatch.setattr(ctx.prefs, "current", replace(ctx.settings, auto_advance=True))
    scene = _before_a_cut(ctx)
    canvas = pygame.Surface(SIZE)
    scene.draw(canvas)
    for _ in range(45):
        scene.update(STEP)
        scene.draw(canvas)
    scene.complete_line()
    scene.update(STEP)
    assert scene.complete_since is not None
    scene.complete_since = scene.t - scene.auto_wait() + 0.1  # it advances in 0.1 s
    line, before = scene.director.line_number, len(made)
    scene.update(STEP)
    scene.draw(canvas)
    assert scene.director.line_number == line and len(made) == before


def test_an_insert_after_an_insert_is_made_beside_it(ctx: Any) -> None:
    """Two close shots in a row (lines 14 and 15: the crossed legs, then the hair twirl, 3.4
    screens of parts against the inserts' budget of 3): while the first is on screen the second's
    parts are made, none of the first's is let go of and made again, the cut's frame makes no
    part, and it is the same picture as made at the cut."""
    import numpy as np

    from game.art.inserts import insert_name
    from game.scenes.story import StoryScene

    inserts = ctx.renderer.layers.inserts
    scene = StoryScene(ctx)
    shots = []
    for n in range(1, 20):
        scene.seek(n, 0.0)
        shots.append(scene.director.stage.shot.value)
    line = next(n for n in range(2, len(shots) + 1) if insert_name(shots[n - 1]) and insert_name(shots[n - 2]))
    first = inserts.spec(insert_name(shots[line - 2]) or "")
    assert first is not None
    inserts.release()
    plain, _ = _first_frame_of(ctx, line, ahead=False)
    inserts.release()
    asked: list[str] = []
    at_cut: list[int] = []
    real = inserts.svg.get
    inserts.svg.get = lambda path, size, **kw: (asked.append(path.parent.name + "/" + path.name), real(path, size, **kw))[1]
    try:
        ahead, _ = _first_frame_of(ctx, line, ahead=True, at_cut=lambda: at_cut.append(len(asked)))
    finally:
        inserts.svg.get = real
        inserts.release()
    shown = [a for a in asked[:at_cut[0]] if a.split("/")[0] == first.name]
    assert len(shown) == len(first.parts), "the close shot on screen made each part once"
    assert at_cut[0] > len(shown), "the next close shot's parts were made while it played"
    assert len(asked) == at_cut[0], "the cut's frame made no part"
    assert np.array_equal(plain, ahead), "the same picture"


def test_before_the_page_shot_the_room_made_ahead_is_its_backdrops(ctx: Any, monkeypatch: Any) -> None:
    """The page shot draws the notebook from above and, of the room, only the backdrop beyond
    the table (the couple's seats, STRIP_SHOT): a line before it makes that shot's art ahead,
    not the room's own close view of the notebook (the old scene made the table and the candles
    at 3-5x there, single steps of 100-130 ms at 1080p, for a shot never drawn)."""
    from game.clock import STEP
    from game.scenes.story import PAGE_SHOT, STRIP_SHOT, StoryScene

    asked: list[str] = []

    def steps(shot: str, *_args: Any, **_kw: Any) -> Iterator[str]:
        asked.append(shot)
        yield shot

    monkeypatch.setattr(ctx.renderer, "prepare_steps", steps)
    scene = StoryScene(ctx)
    line = next(n for n in range(1, len(ctx.script.lines)) if scene.seek(n, 0.0) is None
                and scene.director.next_shot() == PAGE_SHOT and scene.director.stage.shot.value != STRIP_SHOT)
    canvas = pygame.Surface(SIZE)
    scene.draw(canvas)
    for _ in range(45):
        scene.update(STEP)
        scene.draw(canvas)
    assert scene.director.line_number == line
    assert asked == [STRIP_SHOT]


def test_a_room_shot_made_ahead_while_the_room_is_off_screen_has_its_figures_turned(ctx: Any,
                                                                                    monkeypatch: Any) -> None:
    """While a close shot or the page is on screen the room is not drawn, so the next room
    shot's props and figure parts are made ahead whatever the budgets (nothing shown to push
    out) and the parts turned as they stand (the old scene turned them all in the cut's frame);
    with the room on screen only their rasters are made. Drawing the shot after either is the
    same picture as drawing it cold."""
    import numpy as np

    from game.scenes.story import StoryScene

    scene = _before_a_cut(ctx)
    shot = scene.director.next_shot()
    assert shot is not None
    snap = scene.director.stage.at(scene.now)
    rasters = ctx.renderer.layers.figures.rasters
    turned: list[object] = []
    real = rasters._keep
    monkeypatch.setattr(rasters, "_keep", lambda key, *a: (turned.append(key), real(key, *a))[1])
    pictures = []
    for shown in (True, False, None):
        rasters.release()  # nothing kept from the run before
        turned.clear()
        if shown is not None:
            list(ctx.renderer.prepare_steps(shot, snap, SIZE, None, room_shown=shown))
            assert (len(turned) == 0) == shown, (shown, len(turned))
        canvas = pygame.Surface(SIZE)
        ctx.renderer.draw_shot(canvas, shot, snap, scene.now)
        pictures.append(pygame.surfarray.array3d(canvas))
    assert np.array_equal(pictures[0], pictures[2]) and np.array_equal(pictures[1], pictures[2]), "the same picture"
    assert isinstance(scene, StoryScene)


def test_props_that_fit_beside_the_shown_shots_are_made_though_not_all_do(ctx: Any, monkeypatch: Any) -> None:
    """With the room on screen, a next shot's props that would push the shown shot's out of
    PROP_BUDGET are held apart until the cut one by one (game/art/props.py AHEAD_BUDGET): those that
    fit are made in its scale (the old renderer made none of them when all did not fit: the fire
    close-up's 120 ms of props in the cut's frame)."""
    import game.art.props as props_mod
    from game.view import camera_view

    scene = _before_a_cut(ctx)
    shot = scene.director.next_shot()
    assert shot is not None
    snap = scene.director.stage.at(scene.now)
    props = ctx.renderer.layers.props
    s = ctx.renderer.room.shots[shot]
    view = camera_view(s.rect.x, s.rect.y, s.rect.w, SIZE[0])
    area = pygame.Rect((0, 0), SIZE)
    shown = [p for p in props.pieces if area.colliderect(props._screen_rect(p, view))
             and p.name != props.clock_name]  # (the clock keeps its own rasters)
    sizes = sorted(4 * w * h for w, h in (props._size(p, view.scale) for p in shown))
    assert len(sizes) >= 2
    props.release()  # (none of them made yet: the tests before drew this shot)
    props._scales.pop(round(view.scale, 4), None)  # nor kept as watched by the tests before's governor
    props.release_ahead()
    monkeypatch.setattr(props, "memory_bytes", lambda: 0)  # as if nothing else were held
    monkeypatch.setattr(props_mod, "PROP_BUDGET", sizes[-2])  # the largest does not fit, others do
    list(ctx.renderer.prepare_steps(shot, snap, SIZE))
    made = [p for p in shown if p.path.name in props._scales.get(round(view.scale, 4), {})]
    apart = [p for p in shown if p.path.name in props._ahead]
    assert 0 < len(made) < len(shown) and len(made) + len(apart) == len(shown), (made, apart)


# --- no hitch on entering a shot (issue 13): the next line's art, made while the current line
# plays, is still held when the cut comes, though the memory governor (game/memory.py) lets go,
# at each look, of whatever was not asked for since the last; and a camera move that settles
# mid-line finds its settled framing's art made. Behaviour, not timing: what the caches hold.


def _scale_key(ctx: Any, shot: str) -> float:
    return round(SIZE[0] / ctx.renderer.room.shots[shot].rect.w, 4)


def _before_a_plain_cut(ctx: Any) -> Any:
    """A story scene on the first line whose next line cuts, without a camera move, to a room
    shot drawn at another scale than the one on screen."""
    from game.art.inserts import insert_name
    from game.scenes.story import PAGE_SHOT, StoryScene

    scene = StoryScene(ctx)
    for n in range(1, len(ctx.script.lines)):
        scene.seek(n, 0.0)
        d, here = scene.director, scene.director.stage.shot.value
        ahead = d.next_shot()
        if (ahead not in (None, here, PAGE_SHOT) and not insert_name(ahead or "") and not insert_name(here)
                and d.next_move() is None and not scene.close_up() and _scale_key(ctx, ahead or "") != _scale_key(ctx, here)):
            return scene
    raise AssertionError("no plain cut between two room shots")


def test_the_next_shots_art_is_still_held_when_the_cut_comes(ctx: Any) -> None:
    """Each second a look of the governor with no room to spare: on the old code the next shot's
    props, made in the line's first second, were let go of at the next look and made again in the
    cut's frame; now they are asked for again each second (cache look-ups, or the art let go of
    made again) until the player clicks on."""
    from game.clock import STEP
    from game.memory import Governor

    scene = _before_a_plain_cut(ctx)
    shot = scene.director.next_shot()
    assert shot is not None
    key, props = _scale_key(ctx, shot), ctx.renderer.layers.props
    governor = Governor(total=lambda size: 0)
    canvas = pygame.Surface(SIZE)
    scene.complete_line()  # read: the player may click on any moment now
    scene.draw(canvas)
    second = round(1.0 / STEP)
    for i in range(4 * second):
        scene.update(STEP)
        scene.draw(canvas)
        if i % second == second - 1 and i < 3 * second:  # looks at 1, 2 and 3 s
            governor.check(ctx, SIZE)
    assert scene.director.line_number == scene._prepared_for, "the line is still playing"
    assert props._scales.get(key), "the next shot's props are held a second after the governor's last look"


def test_a_move_that_settles_mid_line_has_its_framing_made_ahead(ctx: Any) -> None:
    """While a push plays, the room at the framing it settles on (drawn at its own size once it
    settles) is made ahead: its tile background is in the camera's cache before the move ends
    (just in time: SETTLE_LEAD before it, see the tests at the end)."""
    from game.clock import STEP
    from game.scenes.story import StoryScene

    scene = StoryScene(ctx)
    r = ctx.renderer
    for n in range(1, len(ctx.script.lines)):
        scene.seek(n, 1.0)
        snap = scene.director.stage.at(scene.t)
        move, shot = snap.move, snap.shot.value
        if (move is not None and not move.done(scene.t) and not scene.close_up() and r.moves.wants(r, shot, snap)
                and not r.layers.inserts.has(shot) and scene.director.next_shot() in (None, shot)
                and scene.director.next_move() is None):
            break
    else:
        raise AssertionError("no line with a move and no cut after it")
    s = r.room.shots[shot].rect
    settled = move.framing_at((s.x, s.y, s.w, s.h), 1.0)
    canvas = pygame.Surface(SIZE)
    scene.draw(canvas)
    assert (settled, *SIZE) not in r.moves._bg
    while scene.t < move.t0 + move.duration - 2 * STEP:
        scene.update(STEP)
        scene.draw(canvas)
    assert not move.done(scene.t), "the move still plays"
    assert (settled, *SIZE) in r.moves._bg, "the settled framing's background was made ahead"


def test_with_auto_advance_the_art_is_made_again_once_just_before_the_cut(ctx: Any, monkeypatch: Any) -> None:
    """The cut's time known (auto-advance): made with the effects in the line's first second, then
    once more within PREPARE_LAST of the cut (the governor's looks in between let go of the effects'
    other scales: made again all the line long, they cost a step every look)."""
    from dataclasses import replace

    from game.clock import STEP
    from game.scenes.story import PREPARE_LAST

    scene = _before_a_plain_cut(ctx)
    begun: list[float] = []

    def steps(*_args: Any, effects: bool = True, **_kw: Any) -> Iterator[str]:
        if effects:  # (without them: the look-ups that keep the rest asked for, each second)
            begun.append(scene.t)
        yield from ("a", "b")

    monkeypatch.setattr(ctx.renderer, "prepare_steps", steps)
    monkeypatch.setattr(ctx.prefs, "current", replace(ctx.settings, auto_advance=True))
    line = scene.director.line_number
    canvas = pygame.Surface(SIZE)
    scene.complete_line()
    scene.draw(canvas)
    while scene.director.line_number == line:
        scene.update(STEP)
        scene.draw(canvas)
    cut = scene.t
    assert len(begun) == 2, begun
    assert cut - PREPARE_LAST - STEP <= begun[1] < cut, (begun, cut)


# --- what was left at a cut (HITCH2): the props' light-map edge bands, a slow machine's budget


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
        assert hit is not None and hit[0][:3] == (*rect.size, 2 * DOWNSCALE), rect  # (then a prop outline's part kept)


def test_a_slow_machine_spends_a_share_of_its_longer_frames_making_ahead(ctx: Any, monkeypatch: Any) -> None:
    """The making-ahead budget grows with the frame period measured: a step takes 1 ms of a
    clock the test holds, and frames 40 ms apart each make ~10 steps (a quarter of the period),
    where 4 ms an update, at one update a frame, made 4 (and the next shot was not ready by its cut)."""
    import game.scenes.ahead as ahead
    from game.clock import STEP

    clock = [0.0]
    # the time budget alone (the loader's rasters landing meanwhile count towards a frame's bytes)
    monkeypatch.setattr(ahead, "AHEAD_FRAME_SCREENS", 1e6)
    made: list[int] = []

    def steps(*_args: Any, **_kw: Any) -> Iterator[str]:
        while True:
            clock[0] += 0.001
            made.append(1)
            yield "step"

    monkeypatch.setattr(ctx.renderer, "prepare_steps", steps)
    scene = _before_a_plain_cut(ctx)
    # the budget read on the test's clock (MakingAhead.ahead_clock), not the machine's: on that one the load
    # set how many of these instant steps a frame made (7 on CI's loaded run), not the period
    scene.ahead_clock = lambda: clock[0]
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


# --- a move's settled framing made just in time (HEAP, stop 31: game/scenes/ahead.py SETTLE_LEAD): not from the
# line's first second, beside the move's own frames all the move long (the kiosk's day peaks are moving frames),
# but SETTLE_LEAD before the move settles, and not at all when the line's cut is known to come before the settle


def _long_move(ctx: Any) -> tuple[Any, Any, tuple[Any, int, int]]:
    """A story scene 1 s into a line whose push lasts long (> 2 SETTLE_LEAD) and is not cut away
    from into another shot or move: the scene, the move, the settled framing's key in the camera's
    backgrounds."""
    from game.scenes.ahead import SETTLE_LEAD
    from game.scenes.story import StoryScene

    scene, r = StoryScene(ctx), ctx.renderer
    for n in range(1, len(ctx.script.lines)):
        scene.seek(n, 1.0)
        snap = scene.director.stage.at(scene.t)
        move, shot = snap.move, snap.shot.value
        if (move is not None and move.t0 + move.duration - scene.t > 2 * SETTLE_LEAD and not scene.close_up()
                and r.moves.wants(r, shot, snap) and not r.layers.inserts.has(shot)):
            s = r.room.shots[shot].rect
            return scene, move, (move.framing_at((s.x, s.y, s.w, s.h), 1.0), *SIZE)
    raise AssertionError("no line with a long move")


def _play(scene: Any, until: float, canvas: pygame.Surface) -> None:
    from game.clock import STEP

    while scene.t < until:
        scene.update(STEP)
        scene.draw(canvas)


def test_the_settled_framing_is_not_made_at_the_moves_start_but_before_it_settles(ctx: Any) -> None:
    """Far from the settle (bacfeee made it in the line's first second), nothing of its framing;
    within SETTLE_LEAD of it, its background made before the move ends."""
    from game.scenes.ahead import SETTLE_LEAD

    scene, move, key = _long_move(ctx)
    ctx.renderer.moves._bg.pop(key, None)
    canvas = pygame.Surface(SIZE)
    end = move.t0 + move.duration
    _play(scene, end - SETTLE_LEAD - 0.25, canvas)
    assert key not in ctx.renderer.moves._bg, "the settled framing was made long before the move settles"
    _play(scene, end - 0.05, canvas)
    assert not move.done(scene.t)
    assert key in ctx.renderer.moves._bg, "the settled framing's background was made ahead of the settle"


def test_a_cut_known_to_come_before_the_settle_makes_no_settled_framing(ctx: Any, monkeypatch: Any) -> None:
    """Auto-advance on and the line complete: its cut comes at a known time before the push
    settles, so the framing it would settle on is never made."""
    from dataclasses import replace

    scene, move, key = _long_move(ctx)
    ctx.renderer.moves._bg.pop(key, None)
    monkeypatch.setattr(ctx.prefs, "current", replace(ctx.settings, auto_advance=True))
    monkeypatch.setattr(type(scene), "auto_wait", lambda self: 0.5)
    line = scene.director.line_number
    scene.complete_line()
    canvas = pygame.Surface(SIZE)
    scene.draw(canvas)
    while scene.director.line_number == line:
        assert key not in ctx.renderer.moves._bg, "a framing the cut comes before was made"
        _play(scene, scene.t + 1e-6, canvas)
    assert scene.t < move.t0 + move.duration, "the cut came before the settle"

# --- the making ahead's bytes a frame (stop 39: game/scenes/ahead.py AHEAD_FRAME_SCREENS, game/memory.py held): its
# steps, timed alone, made 10-17 MB in a frame at 1080p, on top of which that frame's own draw rose ~20 more (the
# kiosk's high-water mark, line 17's push making line 18 ahead). Steps and bytes are counted; nothing is timed.


def _shares(ctx: Any, monkeypatch: Any, screens: float, frames: int = 150) -> list[tuple[int, list[tuple[str, int]]]]:
    """Each frame's making ahead over `frames` frames of the line before a cut (its caches emptied first):
    the bytes all caches held as it began, and each step made with the bytes held after it, with
    AHEAD_FRAME_SCREENS at `screens`."""
    from game import memory
    from game.clock import STEP
    from game.scenes import ahead

    out: list[tuple[int, list[tuple[str, int]]]] = []
    real = ctx.renderer.prepare_steps

    def counted(*args: Any, **kw: Any) -> Iterator[str]:
        for label in real(*args, **kw):
            out[-1][1].append((label, memory.held(ctx)))
            yield label

    monkeypatch.setattr(ctx.renderer, "prepare_steps", counted)
    monkeypatch.setattr(ahead, "AHEAD_FRAME_SCREENS", screens)
    memory.release(ctx)
    scene = _before_a_plain_cut(ctx)
    canvas = pygame.Surface(SIZE)
    real_next = scene._prepare_next

    def noted() -> None:
        out.append((memory.held(ctx), []))
        real_next()

    monkeypatch.setattr(scene, "_prepare_next", noted)
    for _ in range(frames):
        scene.update(STEP)
        scene.draw(canvas)
    return out


def test_a_frames_steps_stop_at_its_share_and_the_shot_is_still_made(ctx: Any, monkeypatch: Any) -> None:
    free = _shares(ctx, monkeypatch, 1e6)
    share = int(0.05 * SIZE[0] * SIZE[1] * 4)
    held = _shares(ctx, monkeypatch, 0.05)
    art = {label for _h, steps in free for label, _b in steps if "/" in label or label == "background"}
    assert "background" in art and art <= {label for _h, steps in held for label, _b in steps}, \
        "every part of the next shot made, over more frames"
    for start, steps in held:  # a step begins only while the frame has added no more than its share
        assert all(after - start <= share for _label, after in steps[:-1])
    over = [steps for start, steps in free if any(after - start > share for _label, after in steps[:-1])]
    assert over, "without the share, frames went on past it"



def test_an_insert_made_ahead_for_a_line_not_played_is_let_go_of(ctx: Any) -> None:
    """An insert made ahead, then its line not played (a jump back, a visitor gone): the next line's
    making ahead expects another shot and the room's next frames let it go. (Kept until drawn, it
    stood through every line after and the attract loop.)"""
    from game.art.inserts import insert_name
    from game.clock import STEP
    from game.scenes.story import StoryScene

    inserts = ctx.renderer.layers.inserts
    scene = StoryScene(ctx)
    shots = []
    for n in range(1, 20):
        scene.seek(n, 0.0)
        shots.append((scene.director.stage.shot.value, scene.director.next_shot() or ""))
    insert = next(shot for shot, _ in shots if insert_name(shot))
    inserts.release()
    list(inserts.prepare_steps(insert, SIZE))  # made ahead, never drawn
    assert inserts.memory_bytes() > 0
    line = next(n for n, (shot, after) in enumerate(shots, 1) if not insert_name(shot) and not insert_name(after))
    scene.seek(line, 0.0)
    canvas = pygame.Surface(SIZE)
    for _ in range(60):  # a second: past PREPARE_AFTER, its making ahead begun
        scene.update(STEP)
        scene.draw(canvas)
    assert inserts.memory_bytes() == 0, "the insert made for a line not played was let go of"
