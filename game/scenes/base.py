"""Scenes and the scene stack: title -> story -> ending -> title, with fades between.

A scene owns its own time (`t`, advanced only by `update(dt)` fixed steps), so it draws
the same picture for the same `t`; nothing reads the wall clock. The stack updates only
the top scene and draws from the bottom-most opaque scene upward (a menu over the story
keeps the story visible). Switching scenes fades to black and back; the fade is itself
a function of stack time, so captures of a fade are exact too. While the old scene fades out,
the new one makes what its first frame draws (`Scene.ahead`), a little each frame drawn.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pygame

from game.scenes.ui import Veil

log = logging.getLogger(__name__)


class Scene:
    """Base class: override what you need. `opaque` scenes hide the scenes below them."""

    opaque = True

    def __init__(self) -> None:
        self.t = 0.0  # scene time: advanced only by update(dt), in fixed steps
        self.lead = 0.0  # while drawing: how far the display's moment is past `t` (< one step)
        self.stack: SceneStack | None = None

    @property
    def now(self) -> float:
        """The moment to draw: the scene time plus the display's lead (0 in captures)."""
        return self.t + self.lead

    def enter(self) -> None:
        """Pushed onto the stack."""

    def exit(self) -> None:
        """Popped off the stack."""

    def pause(self) -> None:
        """Another scene was pushed on top."""

    def resume(self) -> None:
        """The scene on top was popped."""

    def action(self, name: str) -> None:
        """A player action: 'advance', 'rollback', 'menu', 'skip', 'auto', ..."""

    def update(self, dt: float) -> None:
        self.t += dt

    def draw(self, surface: pygame.Surface) -> None:
        raise NotImplementedError

    def ahead(self, canvas: tuple[int, int]) -> Iterator[str] | None:
        """Steps that make ahead what this scene's first frame on a `canvas` draws (None: nothing),
        run while the scene it replaces fades out. Only caches are filled: nothing drawn depends on
        whether, or how far, they ran."""
        return None


# Seconds of each frame drawn while a scene fades out spent making the next one's first frame
# (`Scene.ahead`; a step may run over). The ending's, its vignette and its room (~0.1-0.3 s at 1080p on
# this machine) was made in its first frame, the whole story's worst (stop 43); a fade-out lasts 1.2 s.
AHEAD_BUDGET = 0.006


@dataclass
class _Fade:
    target: Scene | None  # None: pop
    duration: float
    t: float = 0.0
    swapped: bool = False
    steps: Iterator[str] | None = None  # the target's `ahead` (None once run out, or nothing to make) ...
    canvas: tuple[int, int] | None = None  # ... begun for a canvas this size (again if it changes)


class SceneStack:
    # The clock the making ahead's budget is read on (the kiosk soak's deterministic mode counts steps
    # instead: tools/kiosk/fixed.py), as the story scene's (game/scenes/ahead.py).
    ahead_clock: Callable[[], float] = time.perf_counter

    def __init__(self) -> None:
        self.scenes: list[Scene] = []
        self._fade: _Fade | None = None
        self.pointer: tuple[float, float] | None = None  # last pointer position, logical px
        self.requests: list[str] = []  # for the app: "fullscreen", "quit"
        self._veil = Veil((0, 0, 0))

    @property
    def top(self) -> Scene | None:
        return self.scenes[-1] if self.scenes else None

    def push(self, scene: Scene) -> None:
        if self.top is not None:
            self.top.pause()
        scene.stack = self
        self.scenes.append(scene)
        scene.enter()

    def pop(self) -> Scene:
        scene = self.scenes.pop()
        scene.exit()
        if self.top is not None:
            self.top.resume()
        return scene

    def replace(self, scene: Scene) -> None:
        """Swap the top scene at once."""
        if self.scenes:
            self.scenes.pop().exit()
        scene.stack = self
        self.scenes.append(scene)
        scene.enter()

    def fade_to(self, scene: Scene, duration: float = 1.6) -> None:
        """Fade out the top scene, replace it with `scene`, fade in. Ignored while fading."""
        if self._fade is None:
            self._fade = _Fade(scene, max(0.01, duration))

    @property
    def fading(self) -> bool:
        return self._fade is not None

    def action(self, name: str) -> None:
        if self._fade is None and self.top is not None:
            self.top.action(name)

    def update(self, dt: float) -> None:
        fade = self._fade
        if fade is not None:
            fade.t += dt
            if not fade.swapped and fade.t >= fade.duration / 2:
                fade.swapped, fade.steps = True, None  # (what was left unmade is the scene's own first frame's)
                if fade.target is not None:
                    self.replace(fade.target)
            if fade.t >= fade.duration:
                self._fade = None
        if self.top is not None:
            self.top.update(dt)

    def fade_alpha(self) -> float:
        """Black-overlay opacity 0..1 of the fade in progress."""
        fade = self._fade
        if fade is None:
            return 0.0
        half = fade.duration / 2
        x = fade.t / half if fade.t < half else (fade.duration - fade.t) / half
        return max(0.0, min(1.0, x))

    def drop_below_top(self) -> None:
        """Forget every scene under the top one (they are left, not resumed)."""
        for scene in self.scenes[:-1]:
            scene.exit()
        del self.scenes[:-1]

    def abandon(self) -> None:
        """Leave every scene (after a failure: a scene that fails to leave is logged)."""
        for scene in reversed(self.scenes):
            try:
                scene.exit()
            except Exception:
                log.exception("while leaving a failed scene")
        self.scenes.clear()
        self._fade = None

    def draw(self, surface: pygame.Surface, lead: float = 0.0) -> None:
        start = 0
        for i in range(len(self.scenes) - 1, -1, -1):
            if self.scenes[i].opaque:
                start = i
                break
        for scene in self.scenes[start:]:
            scene.lead = lead if scene is self.top else 0.0  # paused scenes stand still
            scene.draw(surface)
            scene.lead = 0.0
        a = self.fade_alpha()
        if a > 0.0:
            self._veil.draw(surface, round(255 * a))
        self._make_ahead(surface.get_size())

    def _make_ahead(self, canvas: tuple[int, int]) -> None:
        """While a scene fades out: its successor's `ahead`, AHEAD_BUDGET of this frame."""
        fade = self._fade
        if fade is None or fade.swapped or fade.target is None:
            return
        if fade.canvas != canvas:  # (the first frame, or the window resized: made for the size drawn)
            fade.steps, fade.canvas = fade.target.ahead(canvas), canvas
        if fade.steps is None:
            return
        t0 = self.ahead_clock()
        for _made in fade.steps:
            if self.ahead_clock() - t0 > AHEAD_BUDGET:
                return
        fade.steps = None
