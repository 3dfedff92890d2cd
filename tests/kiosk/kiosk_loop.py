"""Helpers for driving the real loop in kiosk mode: a manual clock, posted events, headless."""

from __future__ import annotations

from collections.abc import Callable

import pygame

from game.app import App
from game.assets import Assets
from game.clock import STEP, ManualClock
from game.context import build_context
from game.kiosk.config import KioskConfig
from game.kiosk.health import HeartbeatFile, HeartbeatPipe
from game.kiosk.policy import KioskPolicy
from game.settings import Settings

FRAME = 8 * STEP  # the most one frame may account for: a fast clock the fixed step still honours
CONFIG = KioskConfig(idle_advance_after=10.0, idle_line_pause=2.0, idle_reset_after=30.0)


def make_kiosk(config: KioskConfig = CONFIG, beats: HeartbeatPipe | None = None,
               heartbeat_file: HeartbeatFile | None = None,
               desktop_sizes: Callable[[], list[tuple[int, int]]] | None = None) -> App:
    pygame.init()
    ctx = build_context(Assets(), Settings(), kiosk=True, audio=False)
    clock = ManualClock()
    policy = KioskPolicy(ctx, config, wall=lambda: 1.8e9 + clock.now(), beats=beats,
                         heartbeat_file=heartbeat_file,
                         desktop_sizes=desktop_sizes or pygame.display.get_desktop_sizes)
    app = App(ctx, clock, window_size=(480, 270), policy=policy)
    app.open_window()
    return app


def run_for(app: App, seconds: float, each: Callable[[App, float], None] | None = None) -> int:
    """Run the real loop for `seconds` of clock time; `each(app, t)` runs before every frame."""
    clock = app.clock
    assert isinstance(clock, ManualClock)
    end = clock.now() + seconds

    def hook(a: App) -> None:
        clock.advance(FRAME)
        if clock.now() >= end:
            a.running = False
        elif each is not None:
            each(a, clock.now())

    return app.run(first_scene="title" if app.stack.top is None else None, frame_hook=hook,
                   max_frames=app.frames + int(seconds / FRAME) + 10)


def at(t: float, when: float) -> bool:
    """True on the one frame at which clock time `t` passes `when`."""
    return when <= t < when + FRAME


def post(kind: int, **attrs: object) -> None:
    pygame.event.post(pygame.event.Event(kind, **attrs))


def tap(pos: tuple[int, int] = (240, 135)) -> None:
    """A finger on a touch screen: SDL sends the touch and a synthesised mouse click."""
    post(pygame.FINGERDOWN, x=pos[0] / 480, y=pos[1] / 270, dx=0.0, dy=0.0, finger_id=0, touch_id=1, pressure=1.0)
    post(pygame.MOUSEBUTTONDOWN, button=1, pos=pos, touch=True)
    post(pygame.MOUSEBUTTONUP, button=1, pos=pos, touch=True)
    post(pygame.FINGERUP, x=pos[0] / 480, y=pos[1] / 270, dx=0.0, dy=0.0, finger_id=0, touch_id=1, pressure=0.0)


def click(pos: tuple[int, int] = (240, 135), button: int = 1) -> None:
    post(pygame.MOUSEBUTTONDOWN, button=button, pos=pos, touch=False)
    post(pygame.MOUSEBUTTONUP, button=button, pos=pos, touch=False)


def key_down(key: int, mod: int = 0) -> None:
    post(pygame.KEYDOWN, key=key, mod=mod, unicode="", scancode=0)


def key_up(key: int, mod: int = 0) -> None:
    post(pygame.KEYUP, key=key, mod=mod, unicode="", scancode=0)
