"""The main loop: events -> actions -> fixed-step updates -> draw -> present.

One window, resizable, showing a 16:9 canvas letterboxed inside it at the window's real
pixel size (so text and art are rasterized for the size they are seen at). The loop
reads time from an injected `Clock`, turns it into whole 1/60 s steps with `FixedStep`,
and draws once per display refresh (vsync where it is real hardware, and always capped
at the display's rate: game/present.py). Window close and SIGTERM end the loop cleanly. Tests drive the very same
loop with a manual clock and real posted pygame events through `frame_hook`.

An optional `LoopPolicy` (kiosk mode) is consulted for every event and every frame and
is handed any exception raised inside a frame; without one the loop behaves exactly as
before and exceptions propagate.
"""

from __future__ import annotations

import logging
import signal
import time
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Protocol

import pygame

from game.clock import STEP, Clock, FixedStep
from game.context import Context
from game.framelog import Autopilot, FrameLog, story_line
from game.identity import set_window_icon
from game.input import Controllers, translate
from game.memory import Governor, Watched, release, watch
from game.present import display_rate, open_display, pace
from game.scenes.base import Scene, SceneStack
from game.screenshot import write_screenshot
from game.settings import Settings
from game.view import LOGICAL_H, LOGICAL_W, letterbox, letterbox_bars

log = logging.getLogger(__name__)

TITLE = "Whispers of the Heart"
DEFAULT_WINDOW = (1280, 720)



class LoopPolicy(Protocol):
    """Something that watches over the loop (kiosk mode): filters events, acts each frame."""

    def allow(self, app: App, event: pygame.event.Event) -> bool:
        """False swallows the event before `App.handle` sees it."""
        ...

    def frame(self, app: App, now: float) -> None:
        """Called once a frame, after events and before the simulation steps."""
        ...

    def failed(self, app: App, exc: Exception) -> None:
        """An exception escaped a frame; may reset to the title or quit."""
        ...

    def filter_requests(self, requests: list[str]) -> list[str]:
        """What the scenes asked of the app this frame ("fullscreen", "quit"), as the policy allows."""
        ...


class App:
    def __init__(self, ctx: Context, clock: Clock, fullscreen: bool = False,
                 window_size: tuple[int, int] = DEFAULT_WINDOW, display_index: int = 0,
                 policy: LoopPolicy | None = None) -> None:
        self.ctx = ctx
        self.clock = clock
        self.fullscreen = fullscreen
        self.window_size = window_size
        self.display_index = display_index
        self.stack = SceneStack()
        self.step = FixedStep()
        self.running = False
        self.frames = 0
        self.window: pygame.Surface | None = None
        self._vsync = False
        self.policy = policy
        self.controllers = Controllers()  # game controllers, opened as they are plugged in
        self.exit_code = 0
        self.failures = 0  # errors the loop's policy caught (the autopilot ends a --quit-at-end run on one)
        self.rate = 60  # frames a second the loop is capped at (the display's rate once open)
        self.frame_log: FrameLog | None = None  # --frame-log: what each frame cost
        self.autopilot: Autopilot | None = None  # --autoplay / --quit-at-end
        self._title_seen = 0  # id() of the title whose first frame was seen
        self._played = False  # a scene other than the title has been on top since
        self.governor = Governor()  # all caches within one total, the heap trimmed as the process's is tuned (game/memory.py)

    # --- window -------------------------------------------------------------------------

    def open_window(self, extra_flags: int = 0) -> None:
        """`extra_flags`: more window flags (the kiosk's: opened unmapped and borderless, game.kiosk.launch)."""
        pygame.display.set_caption(TITLE)
        set_window_icon(self.ctx.assets)  # before set_mode: the window opens with its icon
        flags = (pygame.FULLSCREEN if self.fullscreen else pygame.RESIZABLE) | extra_flags
        size = (0, 0) if self.fullscreen else self.window_size
        # vsync only where it is real hardware; software OpenGL is refused (game/present.py)
        self.window, self._vsync = open_display(size, flags, self.display_index)
        self.rate = display_rate(self.display_index)

    def toggle_fullscreen(self) -> None:
        """Into or out of desktop fullscreen; a window comes back at the size it had."""
        self.fullscreen = not self.fullscreen
        self.open_window()

    def screenshot(self) -> Path | None:
        """The window as shown, to a PNG in the player's pictures folder (logged; None if not written)."""
        if self.window is None:
            return None
        try:
            path = write_screenshot(self.window)
        except OSError as exc:
            log.warning("cannot write a screenshot: %s", exc)
            return None
        log.info("screenshot: %s", path)
        return path

    def canvas(self) -> pygame.Surface:
        assert self.window is not None
        x, y, w, h = letterbox(*self.window.get_size())
        return self.window.subsurface((x, y, w, h))

    # --- events -------------------------------------------------------------------------

    def to_logical(self, pos: tuple[float, float]) -> tuple[float, float] | None:
        """A window pixel as a point of the 1920x1080 canvas (None: in the letterbox bars)."""
        if self.window is None:
            return None
        x, y, w, h = letterbox(*self.window.get_size())
        lx, ly = (pos[0] - x) * LOGICAL_W / w, (pos[1] - y) * LOGICAL_H / h
        return (lx, ly) if 0 <= lx < LOGICAL_W and 0 <= ly < LOGICAL_H else None

    def handle(self, event: pygame.event.Event) -> None:
        if event.type == pygame.QUIT:
            self.running = False
            return
        if event.type in (pygame.WINDOWSIZECHANGED, pygame.VIDEORESIZE) and not self.fullscreen and self.window:
            self.window_size = self.window.get_size()  # kept for leaving fullscreen
        size = self.window.get_size() if self.window is not None else None
        for intent in translate(event, size, self.controllers):
            if intent.keyboard:
                self.stack.pointer = None
            elif intent.pointer is not None:
                self.stack.pointer = self.to_logical(intent.pointer)
            if intent.action == "fullscreen":
                self.stack.requests.append("fullscreen")  # served next frame, as the policy allows
            elif intent.action == "screenshot":
                self.screenshot()
            else:
                self.stack.action(intent.action)

    def serve_requests(self) -> None:
        """What scenes asked of the app (the menu's Fullscreen and Quit).

        Served at the start of the next frame, after a policy has seen (and may have
        struck out) what was asked: the kiosk strikes out Quit and Fullscreen."""
        requests, self.stack.requests = self.stack.requests, []
        if self.policy is not None:
            requests = self.policy.filter_requests(requests)
        for what in requests:
            if what == "fullscreen":  # F11, Alt+Enter or the menu: the choice is kept in the settings
                self.toggle_fullscreen()
                self.ctx.update_settings(fullscreen=self.fullscreen)
            elif what == "quit":
                self.running = False

    # --- what a policy (the kiosk) may do -----------------------------------------------------

    @property
    def scene(self) -> Scene | None:
        """The scene on top (the one that gets the player's actions)."""
        return self.stack.top

    @property
    def changing_scene(self) -> bool:
        """A fade between scenes is under way."""
        return self.stack.fading

    def act(self, action: str) -> None:
        """Do what a player's input would ("advance", "menu", ...)."""
        self.stack.action(action)

    def show(self, overlay: Scene) -> None:
        """Put a scene over the current one (an operator panel)."""
        self.stack.push(overlay)

    def dismiss(self, overlay: Scene) -> None:
        """Take `overlay` away if it is on top."""
        if self.stack.top is overlay:
            self.stack.pop()

    def reset_to_title(self, fade: bool) -> None:
        """A fresh title with nothing of the story kept: fading from what is shown, or at once
        on a fresh stack (after a failure, so nothing of a broken scene survives)."""
        title = self.ctx.scenes.title()
        if fade:
            self.stack.drop_below_top()
            self.stack.fade_to(title, 2.4)
            return
        old, self.stack = self.stack, SceneStack()
        old.abandon()
        self.stack.push(title)

    def apply_settings(self, settings: Settings) -> None:
        """Put `settings` in force for this run (not saved): the mixer and the motion follow."""
        self.ctx.prefs.replace(settings)

    def quit(self, code: int = 0) -> None:
        """End the loop after this frame with exit status `code`."""
        self.exit_code = code
        self.running = False

    # --- loop ---------------------------------------------------------------------------

    def run(self, first: Scene | None = None,
            frame_hook: Callable[[App], None] | None = None, max_frames: int | None = None) -> int:
        """Play until the window closes (or `quit`). Starts with `first`, or the title when the
        stack is empty."""
        if self.window is None:
            self.open_window()
        if first is not None:
            self.stack.push(first)
        elif not self.stack.scenes:
            self.stack.push(self.ctx.scenes.title())
        self.running = True
        previous = signal.getsignal(signal.SIGTERM)

        def on_term(_signum: int, _frame: FrameType | None) -> None:
            self.running = False

        signal.signal(signal.SIGTERM, on_term)
        due = time.perf_counter()  # when the next frame may start (the cap: display_rate)
        try:
            while self.running:
                if frame_hook is not None:
                    frame_hook(self)
                if self.policy is None:
                    self.tick()
                else:
                    try:
                        self.tick()
                    except Exception as exc:  # the policy logs it and decides what happens next
                        self.failures += 1
                        self.policy.failed(self, exc)
                self.frames += 1
                if max_frames is not None and self.frames >= max_frames:
                    break
                if self.autopilot is not None and not self.autopilot.frame(self.stack, self.failures):
                    self.exit_code = self.autopilot.status or self.exit_code
                    break
                if frame_hook is None:  # capped at the display rate even with vsync: it may not block
                    due = pace(due, self.rate)
        finally:
            signal.signal(signal.SIGTERM, previous)
        return self.exit_code

    def tick(self) -> None:
        """One frame: events, fixed steps, draw."""
        for event in pygame.event.get():
            if self.policy is None or self.policy.allow(self, event):
                self.handle(event)
        now = self.clock.now()
        if self.policy is not None:
            self.policy.frame(self, now)
        self.serve_requests()
        c0, t0 = time.thread_time(), time.perf_counter()
        for _ in range(self.step.frame(now)):
            self.stack.update(STEP)
        t1 = time.perf_counter()
        watched = self._back_at_title()
        try:
            self.draw()
        finally:
            if watched is not None:  # the story's caches let go of, but what the title just drew
                release(self.ctx, watched)
        if self.window is not None:
            self.governor.frame(self.ctx, self.window.get_size())
        if self.frame_log is not None:
            self.frame_log.frame(t1 - t0, time.perf_counter() - t1, story_line(self.stack), time.thread_time() - c0)

    def _back_at_title(self) -> Watched | None:
        """At a title's first frame after the story has played (a kiosk reset, the ending): start
        noting what the frame draws (game/memory.py: everything else is let go of after it)."""
        top = self.stack.top
        if top is None or id(top) == self._title_seen:
            return None
        if type(top).__name__ != "TitleScene":
            self._played = True
            return None
        self._title_seen = id(top)
        if not self._played:  # the run's first title: its caches are the title's own
            return None
        self._played = False
        return watch(self.ctx)

    def draw(self) -> None:
        """Only the letterbox bars are cleared: an opaque scene paints every pixel of its canvas
        (the room, the page, the title and the ending over the room), so clearing the canvas too
        was a full-screen fill a frame thrown away (0.2-0.35 ms at 1080p). Without an opaque
        scene (none on the stack) the whole window is cleared, as before."""
        assert self.window is not None
        if any(scene.opaque for scene in self.stack.scenes):
            for bar in letterbox_bars(*self.window.get_size()):
                self.window.fill((0, 0, 0), bar)
        else:
            self.window.fill((0, 0, 0))
        # Drawn at the display's time, not the last step's: between two 1/60 s steps a 120 or
        # 144 Hz display gets distinct frames (every visual is a function of time).
        self.stack.draw(self.canvas(), lead=self.step.alpha * self.step.step)
        pygame.display.flip()
