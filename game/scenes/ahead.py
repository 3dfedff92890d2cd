"""Making the next shot's art ahead while a line plays (the story scene's scheduling of it).

The story scene (game/scenes/story.py) draws a line; meanwhile, a little each drawn frame, the
steps of game/room/render.py `prepare_steps` (and an insert's, game/art/inserts.py) make what the
next line's first frame will draw, so the cut to it does not stall. Only caches are filled:
nothing drawn depends on whether, or how far, this ran.

When the cut's moment is known (an auto-advance, a `wait`), the last pass before it makes the
next shot as the cut's frame will show it (`cut_snapshot`: the director played on to that
moment on a copy), its figure parts turned at the angles they will stand at, so the cut
only draws what is made. Without a known moment (a player's click) the moment is guessed
(CLICK_GUESS): the parts that stand as they did then are drawn as made, the others turned at the cut.
"""

from __future__ import annotations

import copy
import itertools
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from game.art.inserts import insert_name
from game.fx import light_next
from game.memory import Watched, held, keep_drawn, watch_shot
from game.story import commands as c
from game.story.director import Director
from game.story.stage import Change

if TYPE_CHECKING:
    from game.art.figure_raster import PartRasters
    from game.context import Context
    from game.story.stage import Snapshot

PAGE_SHOT = "notebook"  # the script's shot that is the notebook's close-up (game/scenes/story.py)
STRIP_SHOT = "two"  # beyond the page shot's far edge: the couple's seats, out of focus
PREPARE_AFTER = 0.5  # seconds into a line before the next shot's art is made ahead
PREPARE_BUDGET = 0.004  # seconds of a drawn frame, per update it covered, spent making it (a step may run over)
PREPARE_FRAMES_MAX, PREPARE_BEFORE_CUT = 2, 0.25  # (at most 2 updates' worth; nothing 0.25 s before a cut)
# ... or this share of the time between the last two frames drawn, up to PREPARE_MAX: on a slow or
# loaded machine (30-60 ms frames) 4-8 ms a frame had not made the next shot by its cut
PREPARE_SHARE, PREPARE_MAX = 0.25, 0.010
# Made ahead, then asked for again until the cut: the memory governor (game/memory.py) lets go,
# every 2 s, of what was not asked for since its last look, and a line lasts 4 to 10 s, so art made
# in its first second was gone before the cut and made again in the cut's frame (line 65: 364 ms
# CPU). Every PREPARE_AGAIN s the steps run again without the effects (each a look-up: ~10 ms in
# all at 1080p); the effects' keyed sprites (light falloffs) not asked for are let go of at a look,
# so they are made again once, PREPARE_LAST s before a cut whose time is known (an auto-advance, a
# `wait`), not every second (tried: a move's settled framing and the next shot are two scales made
# ahead, and each pass made one again, the cut frames at lines 62, 63, 71, 73 went to 150-590 ms).
# That last pass makes the next shot as the cut's frame shows it (`cut_snapshot`), its parts turned.
# At 1.25 s it did not reach the end before a heavy cut at ~4 ms a frame (her close push, line 82 at
# 1080p: its parts turned at 3.15x and its light map made, the rain's trickles were left to the cut):
# at 1.75 the cuts into 82 and 84, the game played from line 81, 82 / 82 -> 67 / 65 and 103 / 98 ->
# 70 / 64 ms (two runs each, alternating); the kiosk's 4 deterministic hours the same frames and peaks
# (sampled / max RSS 227.1 / 235.1 MB against 227.1 / 234.6; stop 43).
PREPARE_LAST, PREPARE_AGAIN = 1.75, 1.0
CUT_STEPS_MAX = 600  # updates looked ahead for the cut's moment (10 s at 60 Hz)
# A line ended by a click (no auto-advance, no `wait`): its cut's moment is not known, so the last
# pass makes the cut's frame as it would be CLICK_GUESS s after the line is complete, once. The next
# line's staging begins at the click whenever it comes, and the parts that breathe little keep their
# quarter-degree angles over seconds: most of the reserve's turns are the ones the cut draws (it
# turned every part: 235/350/132 ms CPU in the cuts into 16/17/18 at 1080p, a click 1.5 s after each
# line; 125/184/72 with the guess; a click 4 s after, 147/214/91). Made again for a later guess
# (every 4 s), the reserve let go of and not made again by the click came out worse (194/237/137).
CLICK_GUESS = 1.0
# The framing a camera move playing now settles on (drawn at its own size once it settles) is made
# ahead only SETTLE_LEAD s before it settles, and not at all when the line's cut is known to come
# first: made from the line's first second it was held beside the move's own frames all the move
# long (a 1080p background of 7.9 MiB, the props and figure parts at that scale), most often for a
# settle the cut came before (line 17's push lasts 8 s), and the moving frames are the kiosk's day
# peaks. SETTLE_LEAD leaves the again-passes (PREPARE_AGAIN) time to make it a few ms a frame.
SETTLE_LEAD = PREPARE_LAST + PREPARE_AGAIN
# The bytes the making ahead may add to all caches in one frame (game/memory.py `held`, read before each
# step), in screens of the canvas (4 MiB at 1080p); a step begun under it may end over it. Timed alone, a
# frame's steps made 10-17 MB and that frame's own draw rose ~20 more over them: the kiosk's high-water mark
# was line 17's push making line 18 ahead. Its 4 simulated hours at 1080p (deterministic, one after the
# other): sampled peak / max RSS 232.7 / 248.6 -> 226.9 / 242.0; the cuts into 16-19 at 60 Hz as before
# (tools/bench_cuts.py 15-19, two alternating runs: 48-106 / 48-56, 48-56 / 46-51, 38-53 / 36-37 ms), the
# next shot made over more frames. (Capping the caches' total instead, the governor's 95 MiB, held the
# same peak but left line 17's push unmade at 60 Hz: its cut 64 -> 300-595 ms.)
AHEAD_FRAME_SCREENS = 0.5


def cut_snapshot(director: Director, at: float, auto_delay: float | None = None) -> tuple[int, Snapshot] | None:
    """The next line's number and the stage as its first frame shows it, the line begun at `at`:
    a copy of the director played on to it (its staging tweens begin at `at`, as they will in
    play); None at the story's end. The director itself is not touched. `auto_delay` (auto-advance
    on): a `wait` after the line ends when it runs out or when auto-advance clicks on, the earlier
    (StoryScene.update: in a wait there is no line, complete from the next update on, advanced
    `auto_delay` after; a 1.5 s wait before line 81 ended after ~1.2 s, its frame predicted 0.27 s late)."""
    from game.clock import STEP

    twin = copy.copy(director)
    twin.stage = copy.deepcopy(director.stage)
    twin.history, twin.page_lines = list(director.history), list(director.page_lines)
    twin._events = []
    twin.advance(at)
    while twin.waiting_until is not None and not twin.finished:  # a `wait` after the line: played on
        end, since = twin.waiting_until, at + STEP
        if auto_delay is not None:
            end = cut_moment(at, STEP, _wait_ends(end, since, auto_delay))
        twin.advance(end)
        at = end
    if twin.finished or twin.current is None:
        return None
    return twin.line_number, twin.stage.at(twin.line_started)


def _wait_ends(until: float, since: float, delay: float) -> Callable[[float], bool]:
    """Whether a `wait` to `until` has ended at scene time t under auto-advance: run out, or
    clicked on `delay` after `since` (the first update in it: complete then)."""
    return lambda t: t >= until or (t >= since and t - since >= delay)


def cut_moment(t: float, step: float, reached: Callable[[float], bool]) -> float:
    """The first scene time the fixed `step` updates reach from `t` where `reached` (the scene's own
    test for the line's end), added up as the scene adds them: the float the cut's frame is drawn at."""
    for _ in range(CUT_STEPS_MAX):
        if reached(t):
            return t
        t += step
    return t


class MakingAhead:
    """The story scene's making ahead (mixed into StoryScene, which has what is declared here)."""

    ctx: Context
    director: Director
    t: float
    complete_since: float | None
    skipping: bool
    _canvas: tuple[int, int] | None
    _prepared_for: int
    _prepare: Iterator[str] | None
    _prepared_at: float | None
    _last_pass: bool
    _guessed_for: float | None = None  # the click's moment the last pass was made for, guessed (`_guessed_cut`)
    _updates: int
    _line_drawn: int
    _drawn_at: float | None
    _settle_for: int = -1  # the line whose move's settled framing was made ahead (`_settle_steps`)
    _settle_alone = False  # the steps running are that framing's alone, come due after the line's first pass
    # The clock the budget and the frame period are read on: the real one in play; the kiosk soak's
    # deterministic mode counts steps on it instead (tools/kiosk/fixed.py `StepClock`), so how far the
    # making ahead gets in a frame is a function of the frames, not of the machine's pace or load.
    ahead_clock: Callable[[], float] = time.perf_counter

    def close_up(self) -> bool:
        raise NotImplementedError

    def auto_wait(self) -> float:
        raise NotImplementedError

    def _known_cut(self) -> float | None:
        """When the line ends, if that is known now (a `wait` running out, or an auto-advance of a
        finished line), else None (a click)."""
        d, s = self.director, self.ctx.settings
        auto = self.complete_since + self.auto_wait() if s.auto_advance and self.complete_since is not None else None
        if d.waiting_until is not None:  # (auto-advance clicks a wait on too: the earlier)
            return d.waiting_until if auto is None else min(auto, d.waiting_until)
        return auto

    def _line_ends(self, t: float) -> bool:
        """Whether the line ends at scene time `t` by itself, tested as the scene's update does (the
        director's `wait`, StoryScene.update's auto-advance), so the float compared is the same."""
        d = self.director
        auto = self.ctx.settings.auto_advance and self.complete_since is not None and t - self.complete_since >= self.auto_wait()
        if d.waiting_until is not None:
            return t >= d.waiting_until or auto
        return self.complete_since is not None and t - self.complete_since >= self.auto_wait()

    def _cut_due(self) -> bool:
        """Whether the line may end (auto-advance, a `wait`) within PREPARE_BEFORE_CUT."""
        cut = self._known_cut()
        return cut is not None and cut - self.t < PREPARE_BEFORE_CUT

    def _room_left(self) -> Watched | None:
        """At the first frame of a line whose shot draws no room (the page, an insert): the room's
        caches note from now on what is drawn (game/memory.py `watch_shot`); at the next frame, the
        caches to keep only that after it (`_keep_drawn`). Not after the first: the cut's frame is
        the line's heaviest, freeing the room shot's pixels and trimming the heap (5-20 ms at
        1080p) are left to the one after it."""
        d, renderer = self.director, getattr(self.ctx, "renderer", None)
        watched: Watched | None = getattr(self, "_room_watch", None)
        self._room_watch: Watched | None = None
        if watched is not None or renderer is None or self._line_drawn == d.line_number or not (
                self.close_up() or insert_name(d.stage.shot.value)):
            return watched
        self._room_watch = watch_shot(renderer)
        return None

    @staticmethod
    def _keep_drawn(watched: Watched | None) -> None:
        """After that frame: the room shot's art it did not draw goes (`game.memory.keep_drawn`)."""
        if watched is not None:
            keep_drawn(watched)

    def _prepare_next(self) -> None:
        """While a line plays, make the next shot's art a little at a time, so the cut to it
        does not stall (render.py `prepare_steps`); only caches are filled. Once a drawn frame,
        PREPARE_BUDGET per update it covered (up to PREPARE_FRAMES_MAX) or PREPARE_SHARE of the
        frame period measured (up to PREPARE_MAX), whichever is more; never in a cut's frame
        (the line changed since the last), just before an auto-advance, or while skipping."""
        d = self.director
        updates, self._updates = self._updates, 0
        new_line, self._line_drawn = self._line_drawn != d.line_number, d.line_number
        now = self.ahead_clock()
        period, self._drawn_at = (0.0 if self._drawn_at is None else now - self._drawn_at), now
        if self._canvas is None or new_line or self.skipping or self.t - d.line_started < PREPARE_AFTER:
            return
        if self._prepared_for != d.line_number:
            self._prepared_for, self._prepared_at, self._last_pass, self._guessed_for = d.line_number, None, False, None
            if (inserts := getattr(getattr(self.ctx.renderer, "layers", None), "inserts", None)) is not None:
                inserts.expect(d.next_shot())  # (an insert made ahead for a line that did not come goes)
            self._prepare, self._settle_alone = self._next_steps(self._canvas), False
        elif self._prepare is None and self._settle_for != d.line_number \
                and (settle := self._settle_steps(self._canvas, d.stage.at(self.t), True)) is not None:
            self._prepare, self._settle_alone = settle, True  # (come due since the last pass: made now, with its effects)
        elif self._prepare is None and self._prepared_at is not None:
            if self._last_pass_due():
                self._last_pass, self._prepare = True, self._next_steps(self._canvas, cut=self._cut_frame())
            elif self.t - self._prepared_at >= PREPARE_AGAIN:
                self._prepare = self._next_steps(self._canvas, effects=False)
        if self._prepare is None or self._cut_due():
            return
        t0 = self.ahead_clock()
        budget = max(PREPARE_BUDGET * max(1, min(updates, PREPARE_FRAMES_MAX)), min(PREPARE_MAX, PREPARE_SHARE * period))
        w, h = self._canvas
        most = held(self.ctx) + int(AHEAD_FRAME_SCREENS * w * h * 4)
        for _made in self._prepare:
            if self.ahead_clock() - t0 > budget or held(self.ctx) > most:
                return
        if self._prepared_at is not None or not self._settle_alone:  # (a settle's own pass on a line with
            self._prepared_at = self.t  # nothing else ahead: no passes again after it)
        self._prepare, self._settle_alone = None, False

    def _guessed_cut(self) -> float | None:
        """A click's moment guessed (see CLICK_GUESS) once the line is complete and its end is not
        known; None before, or if the end is known."""
        if self._known_cut() is not None or self.complete_since is None:
            return None
        return self.complete_since + CLICK_GUESS

    def _last_pass_due(self) -> bool:
        """Whether the cut's time is known (an auto-advance, a `wait`) and within PREPARE_LAST:
        the steps run once more with the effects (see PREPARE_LAST); or guessed (a click, see
        CLICK_GUESS), once a line, the guess within it."""
        cut = self._known_cut()
        if cut is None:  # (then known, an auto-advance switched on: the last pass runs again for it)
            guess = self._guessed_cut()
            return guess is not None and self._guessed_for is None and guess - self.t < PREPARE_LAST
        return (not self._last_pass or self._guessed_for is not None) and cut - self.t < PREPARE_LAST

    def _cut_frame(self) -> Snapshot | None:
        """The stage the next line's first frame shows, at its moment known (`_known_cut`) or guessed
        (`_guessed_cut`), else None; the figure rasters made ahead for it (game/room/ahead_turns.py)
        are for that line."""
        from game.clock import STEP

        due, guess = self._known_cut(), self._guessed_cut()
        self._guessed_for = guess
        if due is not None:
            delay = self.ctx.settings.auto_delay if self.ctx.settings.auto_advance else None
            cut = cut_snapshot(self.director, cut_moment(self.t, STEP, self._line_ends), delay)
        elif guess is not None:
            cut = cut_snapshot(self.director, cut_moment(self.t, STEP, lambda t: t >= guess))
        else:
            cut = None
        reserve = getattr(self.ctx.renderer, "turns_ahead", None)
        if reserve is not None:
            reserve.release()
            reserve.line = cut[0] if cut is not None else -1
        return cut[1] if cut is not None else None

    def _rasters_at_cut(self, rasters: PartRasters) -> None:
        """A room frame begins: at the line the figure rasters were made ahead for, they become the
        figures' (game/room/ahead_turns.py `swap_into`); at another, they are let go of."""
        reserve = getattr(self.ctx.renderer, "turns_ahead", None)
        if reserve is None or reserve.maker is None or self.director.line_number == self._prepared_for:
            return
        if self.director.line_number == reserve.line and reserve.swap_into(rasters):
            fx = getattr(getattr(self.ctx.renderer, "layers", None), "fx", None)
            if fx is not None:  # (the cut's frame makes no next light frame ahead)
                light_next.cut(fx)
        reserve.release()

    def _next_steps(self, canvas: tuple[int, int], effects: bool = True, cut: Snapshot | None = None) -> Iterator[str] | None:
        """The steps that make ahead on a `canvas` what the next frames will need (None: nothing):
        the framing a camera move playing now settles on, then the next line's shot. `effects`
        False: not the effects' sprites, nor a close shot's (it holds what it made ahead). `cut`:
        the stage the cut's frame shows (`_cut_frame`): the next shot made as it, parts turned."""
        snap = self.director.stage.at(self.t)
        shown = not (self.close_up() or insert_name(snap.shot.value))  # the room is on screen
        steps = []
        settle = self._settle_steps(canvas, snap, effects)
        if settle is not None:
            steps.append(settle)
        shot_steps = self._shot_steps(canvas, snap, shown, effects, cut)
        if shot_steps is not None:
            steps.append(shot_steps)
        return itertools.chain(*steps) if steps else None

    def _settle_due(self, end: float, shot: str) -> bool:
        """Whether the framing of a move in `shot` that settles at scene time `end` is to be made now:
        within SETTLE_LEAD of it, and not when the line ends before it, its end known (`_known_cut`),
        in a cut away (another shot, or a new move: a next line in the same shot plays the move on)."""
        if end - self.t >= SETTLE_LEAD:
            return False
        d, cut = self.director, self._known_cut()
        cuts_away = d.next_shot() not in (None, shot) or d.next_move() is not None
        return cut is None or cut > end or not cuts_away

    def _settle_steps(self, canvas: tuple[int, int], snap: Snapshot, effects: bool) -> Iterator[str] | None:
        """The steps that make the framing the camera move playing now settles on (drawn at its own
        size once it settles), when it is due (`_settle_due`); None otherwise, or with no move."""
        r, move = self.ctx.renderer, snap.move
        shown = not (self.close_up() or insert_name(snap.shot.value))  # the room is on screen
        if not shown or move is None or move.done(self.t) or not r.moves.wants(r, snap.shot.value, snap):
            self._settle_for = self.director.line_number  # (nothing to settle on in this line)
            return None
        if not self._settle_due(move.t0 + move.duration, snap.shot.value):
            return None
        self._settle_for = self.director.line_number
        s = r.room.shots[snap.shot.value].rect  # the move settles in this shot: drawn then at its own size
        return r.prepare_steps(snap.shot.value, snap, canvas, settled=move.framing_at((s.x, s.y, s.w, s.h), 1.0),
                               effects=effects)

    def _shot_steps(self, canvas: tuple[int, int], snap: Snapshot, shown: bool, effects: bool,
                    cut: Snapshot | None = None) -> Iterator[str] | None:
        """The steps that make the next line's shot (another shot, or a move's large frame)."""
        d, r = self.director, self.ctx.renderer
        shot, move = d.next_shot(), d.next_move()
        # the page again (a line after a written one): its backdrop, the room as that line begins, is
        # drawn in its cut's frame too (made there, the cuts into 28 and 33 were the story's worst, 145-219 ms)
        again = shot is None and snap.shot.value == PAGE_SHOT
        if shot == PAGE_SHOT or again or any(isinstance(cmd, c.Write) for cmd in d.ahead()):
            shot, move = STRIP_SHOT, None  # the page: of the room only its backdrop's shot is drawn, at the line's
            # start (StoryScene._draw_page_shot), in the cut's frame: its parts turned as then (57 turns in the cut to 81)
            cut = replace(cut, shot=Change(STRIP_SHOT), move=None) if cut is not None else None
        new_shot = shot is not None and shot != snap.shot.value
        if new_shot and shot is not None and insert_name(shot) is not None:  # a close shot's parts, light map;
            if not effects:
                return None
            return (r.layers.prepare_insert(shot, snap, self.t, canvas, move)  # or beside another
                    if insert_name(snap.shot.value) is None else r.prepare_beside(shot, canvas, move))
        if new_shot or move is not None:  # another shot, or a move: its large frame
            if cut is not None:  # as the cut's frame shows it: its moment, staging and turns
                return r.prepare_steps(shot or snap.shot.value, cut, canvas, move, shown, effects=effects, turns=True)
            return r.prepare_steps(shot or snap.shot.value, snap, canvas, move, shown, effects=effects)
        return None
