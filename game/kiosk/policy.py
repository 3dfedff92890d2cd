"""Kiosk mode as a `LoopPolicy`: what a visitor may do, and what happens when nobody does.

The App's loop asks this object about every event and calls it every frame, so kiosk
behaviour lives here rather than as `if kiosk:` branches through the engine:

- visitors get taps (and Space/Enter) that advance, nothing else: no window close, no Esc
  menu, no fullscreen toggle, no hover; touch-synthesised mouse clicks are dropped so one
  tap is one advance, and taps closer than `TAP_DEBOUNCE` count once;
- held operator chords quit (exit status `OPERATOR_QUIT`) or open the operator panel;
- idling advances the story gently, then fades back to a fresh title (the attract loop);
- any exception in a frame is logged with its traceback and the game starts over at the
  title; errors that keep coming end the process (non-zero) for the supervisor to restart;
- heartbeats go to the supervisor's pipe and to the heartbeat file;
- the window follows the desktop's resolution if it changes.

All timing uses the `now` the loop passes in (the injected clock); the wall clock is
used only to stamp the heartbeat file, and is itself injected.
"""

from __future__ import annotations

import logging
import traceback
from collections import deque
from collections.abc import Callable
from typing import TYPE_CHECKING

import pygame

from game.kiosk.chord import Chord, ChordWatch
from game.kiosk.config import OPERATOR_QUIT, TOO_MANY_ERRORS, KioskConfig
from game.kiosk.health import HeartbeatFile, HeartbeatPipe, rss_bytes
from game.kiosk.idle import Idle, IdleWatch
from game.kiosk.panel import Control, OperatorPanel
from game.scenes.story import StoryScene
from game.scenes.title import TitleScene
from game.view import LOGICAL_H, LOGICAL_W, letterbox

if TYPE_CHECKING:
    from game.app import App
    from game.context import Context

log = logging.getLogger(__name__)

TAP_DEBOUNCE = 0.25
FILE_EVERY = 1.0
STATUS_LOG_EVERY = 600.0
DISPLAY_CHECK_EVERY = 2.0
RESET_FADE = 2.4
INPUT_EVENTS = {pygame.MOUSEBUTTONDOWN, pygame.FINGERDOWN, pygame.KEYDOWN, pygame.MOUSEWHEEL}
VISITOR_KEYS = {pygame.K_SPACE, pygame.K_RETURN, pygame.K_KP_ENTER}


class KioskPolicy:
    def __init__(self, ctx: Context, config: KioskConfig, wall: Callable[[], float],
                 beats: HeartbeatPipe | None = None, heartbeat_file: HeartbeatFile | None = None,
                 desktop_sizes: Callable[[], list[tuple[int, int]]] = pygame.display.get_desktop_sizes) -> None:
        self.ctx = ctx
        self.config = config
        self.wall = wall
        self.beats = beats or HeartbeatPipe(None)
        self.heartbeat_file = heartbeat_file
        self.desktop_sizes = desktop_sizes
        self.baseline = ctx.settings
        self.volume = config.volume
        self.idle = IdleWatch(config.idle_advance_after, config.idle_reset_after)
        self.quit_chord = ChordWatch(Chord.parse(config.quit_chord), config.chord_hold)
        self.panel_chord = ChordWatch(Chord.parse(config.panel_chord), config.chord_hold)
        self.panel: OperatorPanel | None = None
        self.errors = 0
        self.resets = 0
        self._recent_errors: deque[float] = deque()
        self._seen_errors: set[tuple[str, str, int]] = set()
        self._started: float | None = None
        self._now = 0.0
        self._last_tap = -1e9
        self._complete: tuple[int, float] | None = None  # (line, when) it was seen complete while idle
        self._next_beat = self._next_file = self._next_status = self._next_display = 0.0
        self._desktop: tuple[int, int] | None = None

    # --- events ----------------------------------------------------------------------------

    def allow(self, app: App, event: pygame.event.Event) -> bool:
        now = self._now = app.clock.now()
        kind = event.type
        if kind in INPUT_EVENTS and not (kind == pygame.MOUSEBUTTONDOWN and getattr(event, "touch", False)):
            self.idle.touch(now)
        if kind in (pygame.QUIT, pygame.WINDOWCLOSE):
            log.info("close request ignored (kiosk)")
            return False
        if kind == pygame.KEYDOWN:
            self.quit_chord.key_down(event.key, now)
            self.panel_chord.key_down(event.key, now)
        elif kind == pygame.KEYUP:
            self.quit_chord.key_up(event.key)
            self.panel_chord.key_up(event.key)
        elif kind == pygame.WINDOWFOCUSLOST:
            self.quit_chord.clear()
            self.panel_chord.clear()
        elif kind in (pygame.VIDEORESIZE, pygame.WINDOWSIZECHANGED, pygame.WINDOWDISPLAYCHANGED):
            self._next_display = now  # look at the desktop again this frame
        if self.panel is not None:
            return self._panel_event(app, event)
        if kind == pygame.KEYDOWN:
            return event.key in VISITOR_KEYS and not (event.mod & (pygame.KMOD_ALT | pygame.KMOD_CTRL))
        if kind == pygame.FINGERDOWN or (kind == pygame.MOUSEBUTTONDOWN and event.button == 1
                                         and not getattr(event, "touch", False)):
            if now - self._last_tap < TAP_DEBOUNCE:
                return False
            self._last_tap = now
            return True
        return kind not in (pygame.MOUSEBUTTONDOWN, pygame.MOUSEBUTTONUP, pygame.MOUSEWHEEL, pygame.MOUSEMOTION,
                            pygame.KEYUP, pygame.FINGERUP, pygame.FINGERMOTION)  # no hover, no drags

    def _panel_event(self, app: App, event: pygame.event.Event) -> bool:
        assert self.panel is not None
        if event.type == pygame.KEYDOWN:
            self.panel.key(event.key)
        elif event.type == pygame.FINGERDOWN and app.window is not None:
            w, h = app.window.get_size()
            self.panel.tap(*self._logical(app, event.x * w, event.y * h))
        elif event.type == pygame.MOUSEBUTTONDOWN and event.button == 1 and not getattr(event, "touch", False):
            self.panel.tap(*self._logical(app, *event.pos))
        return False

    @staticmethod
    def _logical(app: App, x: float, y: float) -> tuple[float, float]:
        assert app.window is not None
        bx, by, bw, bh = letterbox(*app.window.get_size())
        return ((x - bx) * LOGICAL_W / max(1, bw), (y - by) * LOGICAL_H / max(1, bh))

    # --- every frame -----------------------------------------------------------------------

    def frame(self, app: App, now: float) -> None:
        self._now = now
        if self._started is None:
            self._started = now
            self.idle.touch(now)
            self._apply_volume()
        if self.quit_chord.poll(now):
            log.warning("operator chord %s: quitting", self.config.quit_chord)
            app.quit(OPERATOR_QUIT)
        if self.panel_chord.poll(now) and self.panel is None:
            self.open_panel(app)
        self._idle(app, now)
        if now >= self._next_display:
            self._next_display = now + DISPLAY_CHECK_EVERY
            self._follow_desktop(app)
        self._health(app, now)

    def filter_requests(self, requests: list[str]) -> list[str]:
        """Whatever a scene asks for, a visitor never gets to quit or leave fullscreen."""
        return [r for r in requests if r not in ("quit", "fullscreen")]

    def _idle(self, app: App, now: float) -> None:
        state = self.idle.state(now)
        top = app.scene
        if state is Idle.RESET and not isinstance(top, TitleScene) and not app.changing_scene:
            log.info("idle for %.0f s: back to the attract loop", self.idle.idle_for(now))
            self.reset(app, fade=True)
        elif state is not Idle.ACTIVE and isinstance(top, StoryScene) and not app.changing_scene:
            line = top.director.line_number
            if not top.line_complete():
                self._complete = None
            elif self._complete is None or self._complete[0] != line:
                self._complete = (line, now)
            elif now - self._complete[1] >= self.config.idle_line_pause:
                self._complete = None
                app.act("advance")

    # --- resets, errors --------------------------------------------------------------------

    def reset(self, app: App, fade: bool) -> None:
        """Back to a fresh title with the player's state forgotten (the attract loop)."""
        self.resets += 1
        self.panel = None
        self._complete = None
        app.apply_settings(self.baseline)  # a visitor's menu changes go; the mixer and motion follow
        self._apply_volume()
        app.reset_to_title(fade)

    def failed(self, app: App, exc: Exception) -> None:
        now = self._now
        self.errors += 1
        self._recent_errors.append(now)
        while self._recent_errors and now - self._recent_errors[0] > self.config.error_window:
            self._recent_errors.popleft()
        tb = traceback.extract_tb(exc.__traceback__)
        where = (type(exc).__name__, tb[-1].filename, tb[-1].lineno or 0) if tb else (type(exc).__name__, "", 0)
        if where in self._seen_errors:  # the traceback is in the log already: one line will do
            log.error("error in the game (#%d), again %s at %s:%d: %s; returning to the attract loop",
                      self.errors, where[0], where[1], where[2], exc)
        else:
            self._seen_errors.add(where)
            log.error("error in the game (#%d); returning to the attract loop", self.errors, exc_info=exc)
        if len(self._recent_errors) >= self.config.error_limit:
            log.critical("%d errors in %.0f s: exiting so the supervisor restarts the game",
                         len(self._recent_errors), self.config.error_window)
            app.quit(TOO_MANY_ERRORS)
            return
        try:
            self.reset(app, fade=False)
        except Exception:
            log.exception("cannot even show the title: exiting for a restart")
            app.quit(TOO_MANY_ERRORS)

    # --- the operator panel ----------------------------------------------------------------

    def open_panel(self, app: App) -> None:
        log.info("operator panel opened")

        def volume(d: int) -> None:
            self.volume = min(1.0, max(0.0, round(self.volume + 0.1 * d, 2)))
            self._apply_volume()

        def advance_after(d: int) -> None:
            self.idle.advance_after = min(3600.0, max(10.0, self.idle.advance_after + 5.0 * d))

        def reset_after(d: int) -> None:
            self.idle.reset_after = min(3600.0, max(10.0, self.idle.reset_after + 10.0 * d))

        def restart() -> None:
            log.info("operator: restart the story")
            self.reset(app, fade=True)

        controls = [
            Control("Volume", lambda: f"{round(self.volume * 100)} %", step=volume),
            Control("Idle: advance after", lambda: f"{self.idle.advance_after:.0f} s", step=advance_after),
            Control("Idle: reset after", lambda: f"{self.idle.reset_after:.0f} s more", step=reset_after),
            Control("Restart the story", press=restart),
            Control("Close", press=lambda: self.close_panel(app)),
        ]
        self.panel = OperatorPanel(self.ctx.fonts, controls, self.status_lines, lambda: self.close_panel(app))
        app.show(self.panel)

    def close_panel(self, app: App) -> None:
        if self.panel is not None:
            app.dismiss(self.panel)
        self.panel = None

    def status_lines(self) -> list[str]:
        up = self._now - (self._started or 0.0)
        return [f"up {up / 3600:.1f} h · {self.errors} errors · {self.resets} resets · {rss_bytes() / 2**20:.0f} MB",
                f"quit: hold {self.config.quit_chord} for {self.config.chord_hold:g} s",
                "Esc or a tap outside closes this panel"]

    def _apply_volume(self) -> None:
        """The operator's master volume scales the three channel volumes of the settings."""
        if self.ctx.sound is None:
            return
        s = self.baseline
        for channel, level in (("ambience", s.volume_ambience), ("effects", s.volume_effects), ("pen", s.volume_pen),
                               ("music", s.volume_music)):
            self.ctx.sound.audio.set_volume(channel, level * self.volume)

    # --- display and health ----------------------------------------------------------------

    def _follow_desktop(self, app: App) -> None:
        sizes = self.desktop_sizes()
        if not sizes:
            return
        if app.display_index >= len(sizes):
            log.warning("display %d is gone; using display 0", app.display_index)
            app.display_index = 0
        desktop = sizes[app.display_index]
        if self._desktop is not None and desktop != self._desktop and app.window is not None:
            log.warning("display resolution changed %s -> %s; reopening the window", self._desktop, desktop)
            app.open_window(pygame.NOFRAME)  # borderless, as launch opened it
            pygame.mouse.set_visible(False)
        self._desktop = desktop

    def _health(self, app: App, now: float) -> None:
        if now >= self._next_beat:
            self._next_beat = now + self.config.heartbeat_every
            self.beats.beat()
        if now >= self._next_file and self.heartbeat_file is not None:
            self._next_file = now + FILE_EVERY
            self.heartbeat_file.write(self.status(app, now))
        if now >= self._next_status:
            self._next_status = now + STATUS_LOG_EVERY
            log.info("alive: %s", self.status(app, now))

    def status(self, app: App, now: float) -> dict[str, object]:
        top = app.scene
        line = top.director.line_number if isinstance(top, StoryScene) else None
        return {"scene": type(top).__name__ if top else None, "line": line, "frames": app.frames,
                "errors": self.errors, "resets": self.resets, "rss_mb": round(rss_bytes() / 2**20, 1),
                "idle_s": round(self.idle.idle_for(now), 1), "uptime_s": round(now - (self._started or now), 1),
                "window": list(app.window.get_size()) if app.window is not None else None}
