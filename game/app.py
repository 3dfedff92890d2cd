"""The main loop: events -> actions -> fixed-step updates -> draw -> present.

One window, resizable, showing a 16:9 canvas letterboxed inside it at the window's real
pixel size (so text and art are rasterized for the size they are seen at). The loop
reads time from an injected `Clock`, turns it into whole 1/60 s steps with `FixedStep`,
and draws once per display refresh (vsync where the driver offers it, otherwise a
60 Hz cap). Window close and SIGTERM end the loop cleanly. Tests drive the very same
loop with a manual clock and real posted pygame events through `frame_hook`.

An optional `LoopPolicy` (kiosk mode) is consulted for every event and every frame and
is handed any exception raised inside a frame; without one the loop behaves exactly as
before and exceptions propagate.
"""

from __future__ import annotations

import logging
import signal
from collections.abc import Callable
from types import FrameType
from typing import Protocol

import pygame

from game.clock import STEP, Clock, FixedStep
from game.context import Context
from game.scenes.base import SceneStack
from game.view import LOGICAL_H, LOGICAL_W, letterbox

log = logging.getLogger(__name__)

TITLE = "Whispers of the Heart"
DEFAULT_WINDOW = (1280, 720)

ADVANCE_KEYS = {pygame.K_SPACE, pygame.K_RETURN, pygame.K_KP_ENTER}
KEY_ACTIONS = {
    pygame.K_PAGEUP: "rollback", pygame.K_BACKSPACE: "rollback", pygame.K_TAB: "skip", pygame.K_a: "auto",
    pygame.K_ESCAPE: "menu", pygame.K_h: "history", pygame.K_UP: "up", pygame.K_DOWN: "down",
    pygame.K_LEFT: "left", pygame.K_RIGHT: "right",
}


class LoopPolicy(Protocol):
    """Something that watches over the loop (kiosk mode): filters events, acts each frame."""

    def allow(self, app: App, event: pygame.event.Event) -> bool:
        """False swallows the event before `App.handle` sees it."""
        ...

    def frame(self, app: App, now: float) -> None:
        """Called once a frame, after events and before the simulation steps."""
        ...

    def failed(self, app: App, exc: Exception) -> None:
        """An exception escaped a frame; may reset the stack or stop the loop (`exit_code`)."""
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
        self.exit_code = 0

    # --- window -------------------------------------------------------------------------

    def open_window(self) -> None:
        pygame.display.set_caption(TITLE)
        flags = pygame.FULLSCREEN if self.fullscreen else pygame.RESIZABLE
        size = (0, 0) if self.fullscreen else self.window_size
        self._vsync = False
        if pygame.display.get_driver() not in ("dummy", "offscreen"):
            try:
                self.window = pygame.display.set_mode(size, flags, vsync=1, display=self.display_index)
                self._vsync = True
                return
            except pygame.error as exc:
                log.info("no vsync (%s); capping at 60 fps", exc)
        self.window = pygame.display.set_mode(size, flags, display=self.display_index)

    def toggle_fullscreen(self) -> None:
        self.fullscreen = not self.fullscreen
        if not self.fullscreen and self.window is not None:
            self.window_size = DEFAULT_WINDOW
        self.open_window()

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
        elif event.type == pygame.MOUSEBUTTONDOWN and event.button == 1:
            self.stack.pointer = self.to_logical(event.pos)
            self.stack.action("advance")
        elif event.type == pygame.MOUSEBUTTONDOWN and event.button == 3:
            self.stack.action("menu")
        elif event.type == pygame.FINGERDOWN:
            if self.window is not None:
                w, h = self.window.get_size()
                self.stack.pointer = self.to_logical((event.x * w, event.y * h))
            self.stack.action("advance")
        elif event.type == pygame.MOUSEWHEEL and event.y != 0:
            self.stack.action("rollback" if event.y > 0 else "down")
        elif event.type == pygame.KEYDOWN:
            self.stack.pointer = None
            alt = bool(event.mod & pygame.KMOD_ALT)
            if event.key == pygame.K_F11 or (alt and event.key in (pygame.K_RETURN, pygame.K_KP_ENTER)):
                self.toggle_fullscreen()
            elif event.key in ADVANCE_KEYS:
                self.stack.action("advance")
            elif event.key in KEY_ACTIONS:
                self.stack.action(KEY_ACTIONS[event.key])

    def serve_requests(self) -> None:
        """What scenes asked of the app (the menu's Fullscreen and Quit).

        Served at the start of the next frame, after a policy has seen (and may have
        struck out) what was asked: the kiosk strikes out Quit and Fullscreen."""
        requests, self.stack.requests = self.stack.requests, []
        for what in requests:
            if what == "fullscreen":
                self.toggle_fullscreen()
                self.ctx.update_settings(fullscreen=self.fullscreen)
            elif what == "quit":
                self.running = False

    # --- loop ---------------------------------------------------------------------------

    def run(self, first_scene: str | None = "title",
            frame_hook: Callable[[App], None] | None = None, max_frames: int | None = None) -> int:
        if self.window is None:
            self.open_window()
        if first_scene is not None:
            self.stack.push(self.ctx.make_scene(first_scene))
        self.running = True
        previous = signal.getsignal(signal.SIGTERM)

        def on_term(_signum: int, _frame: FrameType | None) -> None:
            self.running = False

        signal.signal(signal.SIGTERM, on_term)
        limiter = pygame.time.Clock()
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
                        self.policy.failed(self, exc)
                self.frames += 1
                if max_frames is not None and self.frames >= max_frames:
                    break
                if not self._vsync and frame_hook is None:
                    limiter.tick(60)
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
        for _ in range(self.step.frame(now)):
            self.stack.update(STEP)
        self.draw()

    def draw(self) -> None:
        assert self.window is not None
        self.window.fill((0, 0, 0))
        self.stack.draw(self.canvas())
        pygame.display.flip()
