"""The main loop: events -> actions -> fixed-step updates -> draw -> present.

One window, resizable, showing a 16:9 canvas letterboxed inside it at the window's real
pixel size (so text and art are rasterized for the size they are seen at). The loop
reads time from an injected `Clock`, turns it into whole 1/60 s steps with `FixedStep`,
and draws once per display refresh (vsync where the driver offers it, otherwise a
60 Hz cap). Window close and SIGTERM end the loop cleanly. Tests drive the very same
loop with a manual clock and real posted pygame events through `frame_hook`.
"""

from __future__ import annotations

import logging
import signal
from collections.abc import Callable
from types import FrameType

import pygame

from game.clock import STEP, Clock, FixedStep
from game.context import Context
from game.scenes.base import SceneStack
from game.view import letterbox

log = logging.getLogger(__name__)

TITLE = "Whispers of the Heart"
DEFAULT_WINDOW = (1280, 720)

ADVANCE_KEYS = {pygame.K_SPACE, pygame.K_RETURN, pygame.K_KP_ENTER}
KEY_ACTIONS = {
    pygame.K_PAGEUP: "rollback", pygame.K_BACKSPACE: "rollback", pygame.K_TAB: "skip", pygame.K_a: "auto",
    pygame.K_ESCAPE: "menu",
}


class App:
    def __init__(self, ctx: Context, clock: Clock, fullscreen: bool = False,
                 window_size: tuple[int, int] = DEFAULT_WINDOW, display_index: int = 0) -> None:
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

    def handle(self, event: pygame.event.Event) -> None:
        if event.type == pygame.QUIT:
            self.running = False
        elif event.type == pygame.MOUSEBUTTONDOWN and event.button == 1:
            self.stack.action("advance")
        elif event.type == pygame.MOUSEBUTTONDOWN and event.button == 3:
            self.stack.action("menu")
        elif event.type == pygame.FINGERDOWN:
            self.stack.action("advance")
        elif event.type == pygame.MOUSEWHEEL and event.y > 0:
            self.stack.action("rollback")
        elif event.type == pygame.KEYDOWN:
            alt = bool(event.mod & pygame.KMOD_ALT)
            if event.key == pygame.K_F11 or (alt and event.key in (pygame.K_RETURN, pygame.K_KP_ENTER)):
                self.toggle_fullscreen()
            elif event.key in ADVANCE_KEYS:
                self.stack.action("advance")
            elif event.key in KEY_ACTIONS:
                self.stack.action(KEY_ACTIONS[event.key])

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
                for event in pygame.event.get():
                    self.handle(event)
                for _ in range(self.step.frame(self.clock.now())):
                    self.stack.update(STEP)
                self.draw()
                self.frames += 1
                if max_frames is not None and self.frames >= max_frames:
                    break
                if not self._vsync and frame_hook is None:
                    limiter.tick(60)
        finally:
            signal.signal(signal.SIGTERM, previous)
        return 0

    def draw(self) -> None:
        assert self.window is not None
        self.window.fill((0, 0, 0))
        self.stack.draw(self.canvas())
        pygame.display.flip()
