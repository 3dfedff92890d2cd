"""How frames reach the screen: the software path when OpenGL would be software anyway.

pygame-ce honours `vsync=1` on a plain window by presenting the window surface through
an SDL renderer, which on Linux is OpenGL. On a PC without a GPU (a kiosk box, a VM,
Xvfb) that OpenGL is Mesa's llvmpipe: presenting one 1080p frame then costs 15-20 ms of
CPU, and the "vsync" it offers is no vsync at all, so the loop ran uncapped on a whole
core. Measured here (Xvfb, 1920x1080, a full-screen blit then flip): through llvmpipe
~24 ms CPU a frame at 36-50 fps; through SDL's own X11 framebuffer (XShm, with
`SDL_FRAMEBUFFER_ACCELERATION=0`) 0.65 ms at any rate. So:

- `software_gl_likely()` guesses before the window opens (no DRI render node, or
  `LIBGL_ALWAYS_SOFTWARE`), which costs nothing;
- `gl_renderer()` asks the OpenGL context SDL made current, after a vsync window opened,
  so a machine with a render node but a software driver is caught too (then the window
  is reopened on the software path, ~30 ms once);
- the loop always caps itself at `display_rate()`, whether or not vsync really blocks
  (`pace`: one sleep to the next deadline of a steady grid, never a busy wait).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import glob
import logging
import os
import sys
import time
from collections.abc import Callable

import pygame

log = logging.getLogger(__name__)

FALLBACK_RATE = 60
SOFTWARE_GL = ("llvmpipe", "softpipe", "software rasterizer", "swrast", "microsoft basic render", "gdi generic")
HINT = "SDL_FRAMEBUFFER_ACCELERATION"


def is_software_renderer(name: str | None) -> bool:
    return name is not None and any(s in name.lower() for s in SOFTWARE_GL)


def software_gl_likely(environ: dict[str, str] | None = None, render_nodes: list[str] | None = None) -> bool:
    """True where OpenGL can only be software: Linux without a GPU render node, or forced."""
    env = os.environ if environ is None else environ
    if env.get("LIBGL_ALWAYS_SOFTWARE", "") not in ("", "0", "false"):
        return True
    if env.get("GALLIUM_DRIVER", "") in ("llvmpipe", "softpipe"):
        return True
    if not sys.platform.startswith("linux"):
        return False
    nodes = glob.glob("/dev/dri/renderD*") + glob.glob("/dev/dri/card*") if render_nodes is None else render_nodes
    return not nodes


def gl_renderer() -> str | None:
    """GL_RENDERER of the OpenGL context current on this thread (None: none, or no libGL)."""
    names = ["libGL.so.1", ctypes.util.find_library("GL") or ""] if sys.platform.startswith("linux") else []
    for name in names:
        if not name:
            continue
        try:
            lib = ctypes.CDLL(name)
            lib.glGetString.restype = ctypes.c_char_p
            lib.glGetString.argtypes = [ctypes.c_uint]
            value = lib.glGetString(0x1F01)  # GL_RENDERER
        except (OSError, AttributeError):
            continue
        return value.decode("utf-8", "replace") if value else None
    return None


def use_software_present() -> None:
    """Present through SDL's own window framebuffer, not a (software) GL texture.

    An operator's own setting of the hint wins."""
    os.environ.setdefault(HINT, "0")


def display_rate(display_index: int = 0) -> int:
    """The display's refresh rate in Hz (60 when SDL does not know, as under Xvfb)."""
    try:
        rates = pygame.display.get_desktop_refresh_rates()
        rate = int(rates[display_index]) if 0 <= display_index < len(rates) else 0
    except (pygame.error, AttributeError, IndexError):
        rate = 0
    return rate if 24 <= rate <= 360 else FALLBACK_RATE


def open_display(size: tuple[int, int], flags: int, display_index: int) -> tuple[pygame.Surface, bool]:
    """Open the window; returns it and whether vsync is real hardware presenting.

    Software OpenGL is refused (see the module docstring): the window then presents
    through SDL's framebuffer and the loop's own cap paces it."""
    if pygame.display.get_driver() not in ("dummy", "offscreen") and not software_gl_likely():
        try:
            window = pygame.display.set_mode(size, flags, vsync=1, display=display_index)
            name = gl_renderer()
            if not is_software_renderer(name):
                return window, True
            log.info("OpenGL is %s (software): presenting through the framebuffer instead", name)
        except pygame.error as exc:
            log.info("no vsync (%s); capping at the display rate", exc)
    use_software_present()
    return pygame.display.set_mode(size, flags, display=display_index), False


def pace(due: float, rate: float, now: Callable[[], float] = time.perf_counter,
         sleep: Callable[[float], None] = time.sleep) -> float:
    """Sleep until the frame that began at `due` has had its 1/rate s; returns the next one's start.

    Deadlines on a steady grid, not a whole-millisecond delay after each frame (pygame's
    Clock.tick(60) waits 16 ms: 62.5 frames a second): a sleep that overshoots by a little
    is taken back by the next frame's shorter one. A frame that ends late starts the grid
    anew from now instead of rushing the next ones to catch up. One sleep a frame, never a
    loop polling the clock: where vsync does not block (software presenting, a compositor
    that ignores it) this is what keeps a frame that finishes early from spinning a core.
    `now` and `sleep` are the clock's (injected by tests)."""
    due += 1.0 / max(1.0, rate)
    wait = due - now()
    if wait > 0:
        sleep(wait)
        return due
    return now()
