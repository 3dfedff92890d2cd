"""One pilot for every test that drives the real loop.

Tests that play the game go through `App.run` itself, the loop a player's window runs,
with a `ManualClock` and real pygame events posted into SDL's queue: no test calls a
scene's `action` or `update` behind the loop's back. This module is the only place that
knows how a test game is built (`build_app`) and how the loop is entered (`_enter_loop`),
so when the engine's construction changes, one function here changes with it.

The pilot's model of time: `advance(seconds)` runs frames, each moving the clock by
`frame` seconds (8 fixed steps: the most one frame may account for, so the simulation is
exact while the drawing is cheap), until the clock has moved `seconds`. Input posted
between two `advance` calls is handled by the next frame, as a player's click is. An
`each(pilot)` callback runs after every frame, to watch or to act at a moment of time.
The loop is left by raising `_Pause` from the frame hook, so the loop never ticks a
frame the test did not ask for, and a loop that returns by itself means the game ended
(its exit status is returned).
"""

from __future__ import annotations

import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pygame

from game.app import App
from game.assets import Assets
from game.clock import STEP, ManualClock
from game.context import build_context
from game.kiosk.config import KioskConfig
from game.kiosk.health import HeartbeatFile, HeartbeatPipe
from game.kiosk.policy import KioskPolicy
from game.settings import Settings
from game.view import LOGICAL_H, LOGICAL_W, letterbox

WINDOW = (480, 270)
FRAME = 8 * STEP  # the most one frame may account for (game.clock.MAX_STEPS)
CENTRE = (LOGICAL_W / 2, LOGICAL_H / 2)
WALL_EPOCH = 1.8e9  # the kiosk's wall clock: a fixed date plus the manual clock

Point = tuple[float, float]
Each = Callable[["Pilot"], None]


@dataclass(frozen=True)
class Snapshot:
    """What the player sees at one moment: the window's pixels, the top scene, the story line."""

    image: pygame.Surface
    scene: str
    line: int | None


class _Pause(Exception):
    """Raised from the frame hook to leave `App.run` before it ticks another frame."""


# --- building the game: the one place that knows how -----------------------------------------


def build_app(*, window: tuple[int, int] = WINDOW, audio: bool = True, kiosk: KioskConfig | None = None,
              user_dir: Path | None = None, start: int | None = None, beats: HeartbeatPipe | None = None,
              heartbeat_file: HeartbeatFile | None = None,
              desktop_sizes: Callable[[], list[tuple[int, int]]] | None = None, story: Path | None = None) -> App:
    """The game as `python -m game` builds it (or `--kiosk-child` with `kiosk`), on a manual clock.

    `user_dir`: where settings and the save are kept (None: nowhere). `start`: open at
    that story line, as `--start N` does, instead of at the title. `story`: another
    .story file (its room and words beside it), as `--story` plays."""
    pygame.init()
    def kept(name: str) -> Path | None:
        return None if user_dir is None else user_dir / name

    ctx = build_context(Assets(), Settings(), story, kiosk=kiosk is not None, audio=audio,
                        settings_file=kept("settings.toml"), save_file=kept("save.toml"), seen_file=kept("seen.toml"))
    clock = ManualClock()
    policy = None
    if kiosk is not None:
        policy = KioskPolicy(ctx, kiosk, wall=lambda: WALL_EPOCH + clock.now(), beats=beats,
                             heartbeat_file=heartbeat_file,
                             desktop_sizes=desktop_sizes or pygame.display.get_desktop_sizes)
    app = App(ctx, clock, window_size=window, policy=policy)
    app.open_window()
    if start is not None:
        _open_story_at(app, start)
    return app


def _open_story_at(app: App, line: int) -> None:
    """The story on the stack at `line`, as `python -m game --start N` opens it."""
    app.stack.push(app.ctx.scenes.story(start_line=line))


def _enter_loop(app: App, hook: Callable[[App], None]) -> int:
    """`App.run` with the pilot's frame hook; the title first if nothing is on the stack yet."""
    return app.run(frame_hook=hook)


def _top_and_line(app: App) -> tuple[str, int | None]:
    from game.scenes.story import StoryScene

    top = app.stack.top
    return (type(top).__name__, top.director.line_number if isinstance(top, StoryScene) else None)


# --- the pilot ------------------------------------------------------------------------------------


class Pilot:
    """Drives one `App` through its real loop: input in, time on, pictures out."""

    def __init__(self, app: App, frame: float = FRAME) -> None:
        clock = app.clock
        assert isinstance(clock, ManualClock), "the pilot needs a ManualClock"
        self.app = app
        self.clock = clock
        self.frame = frame
        self.exit_code: int | None = None  # set when the game ended by itself

    def start_at(self, line: int) -> None:
        """Open the game at story line `line` instead of the title (before the first frame)."""
        assert self.app.stack.top is None, "the game has already started"
        _open_story_at(self.app, line)

    # --- what is on screen ----------------------------------------------------------------

    @property
    def now(self) -> float:
        """The clock time of the last frame."""
        return self.clock.now()

    @property
    def scene(self) -> str:
        """The class name of the top scene ('' before the loop has started)."""
        return _top_and_line(self.app)[0] if self.app.stack.top is not None else ""

    @property
    def line(self) -> int | None:
        """The story line being shown (None when the story is not on top)."""
        return _top_and_line(self.app)[1] if self.app.stack.top is not None else None

    def snapshot(self) -> Snapshot:
        """A copy of the window as last drawn, with the scene and line it shows."""
        window = self.app.window
        assert window is not None, "no window yet"
        return Snapshot(window.copy(), self.scene, self.line)

    # --- input ------------------------------------------------------------------------------

    def window_point(self, logical: Point) -> tuple[int, int]:
        """A point of the 1920x1080 canvas as a window pixel, through the letterbox."""
        window = self.app.window
        assert window is not None, "no window yet"
        x, y, w, h = letterbox(*window.get_size())
        return (round(x + logical[0] * w / LOGICAL_W), round(y + logical[1] * h / LOGICAL_H))

    @staticmethod
    def post(kind: int, **attrs: Any) -> None:
        pygame.event.post(pygame.event.Event(kind, **attrs))

    def click(self, at: Point = CENTRE, button: int = 1) -> None:
        """A mouse click (press and release) at a canvas point."""
        pos = self.window_point(at)
        self.post(pygame.MOUSEBUTTONDOWN, button=button, pos=pos, touch=False)
        self.post(pygame.MOUSEBUTTONUP, button=button, pos=pos, touch=False)

    def tap(self, at: Point = CENTRE) -> None:
        """A finger on a touch screen: SDL sends the touch and a synthesised mouse click."""
        window = self.app.window
        assert window is not None, "no window yet"
        pos = self.window_point(at)
        w, h = window.get_size()
        finger = {"x": pos[0] / w, "y": pos[1] / h, "dx": 0.0, "dy": 0.0, "finger_id": 0, "touch_id": 1}
        self.post(pygame.FINGERDOWN, pressure=1.0, **finger)
        self.post(pygame.MOUSEBUTTONDOWN, button=1, pos=pos, touch=True)
        self.post(pygame.MOUSEBUTTONUP, button=1, pos=pos, touch=True)
        self.post(pygame.FINGERUP, pressure=0.0, **finger)

    def move(self, at: Point) -> None:
        """The mouse moves to a canvas point."""
        self.post(pygame.MOUSEMOTION, pos=self.window_point(at), rel=(1, 1), buttons=(0, 0, 0), touch=False)

    def key_down(self, key: int, mod: int = 0) -> None:
        self.post(pygame.KEYDOWN, key=key, mod=mod, unicode="", scancode=0)

    def key_up(self, key: int, mod: int = 0) -> None:
        self.post(pygame.KEYUP, key=key, mod=mod, unicode="", scancode=0)

    def key(self, key: int, mod: int = 0) -> None:
        """A key pressed and released (with modifiers such as `pygame.KMOD_ALT`)."""
        self.key_down(key, mod)
        self.key_up(key, mod)

    def wheel(self, dy: int) -> None:
        """The mouse wheel: positive is away from the player (up)."""
        self.post(pygame.MOUSEWHEEL, x=0, y=dy, flipped=False, precise_x=0.0, precise_y=float(dy), touch=False)

    def resize(self, width: int, height: int) -> None:
        """The player drags the window to a new size: SDL resizes it and tells the game."""
        with warnings.catch_warnings():  # pygame-ce has no other handle on the display's window
            warnings.simplefilter("ignore", DeprecationWarning)
            pygame.Window.from_display_module().size = (width, height)

    # --- whole journeys ------------------------------------------------------------------------

    def click_through(self, every: float = 0.1, max_seconds: float = 20 * 60) -> tuple[list[str], list[int]]:
        """Click every `every` seconds until the game is back at the title after the ending (or
        `max_seconds` of game time); the scenes passed through and the story lines shown, in order."""
        scenes: list[str] = []
        lines: list[int] = []

        def watch(p: Pilot) -> None:
            if not scenes or scenes[-1] != p.scene:
                scenes.append(p.scene)
            if p.line and (not lines or lines[-1] != p.line):
                lines.append(p.line)

        for _ in range(round(max_seconds / every)):
            self.click()
            self.advance(every, watch)
            if len(scenes) > 3:
                break
        return scenes, lines

    # --- time ---------------------------------------------------------------------------------

    def advance(self, seconds: float, each: Each | None = None) -> int | None:
        """Run frames until the clock has moved `seconds`; None, or the exit status if the game ended."""
        end = self.clock.now() + seconds - 1e-9
        return self._fly(lambda: self.clock.now() >= end, int(seconds / self.frame) + 2, each,
                         f"{seconds} s of game time")

    def frames(self, count: int = 1, each: Each | None = None) -> int | None:
        """Run exactly `count` frames (fewer only if the game ends)."""
        start = self.app.frames
        return self._fly(lambda: self.app.frames - start >= count, count, each, f"{count} frames")

    def until(self, predicate: Callable[[Pilot], bool], max_frames: int, each: Each | None = None) -> None:
        """Run frames until `predicate(pilot)` holds; fails if it does not within `max_frames`."""
        code = self._fly(lambda: predicate(self), max_frames, each, "the awaited moment")
        assert code is None, f"the game ended (status {code}) before the awaited moment"

    def _fly(self, done: Callable[[], bool], limit: int, each: Each | None, what: str) -> int | None:
        assert self.exit_code is None, f"the game has already ended (status {self.exit_code})"
        run = 0

        def hook(_app: App) -> None:
            nonlocal run
            if run and each is not None:
                each(self)
            if done():
                raise _Pause
            if run >= limit:
                raise AssertionError(f"{what} not reached within {limit} frames")
            self.clock.advance(self.frame)
            run += 1

        try:
            code = _enter_loop(self.app, hook)
        except _Pause:
            return None
        if run and each is not None:
            each(self)
        self.exit_code = code
        return code
