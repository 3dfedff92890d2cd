"""The cover screen: what a visitor sees while the game is being restarted.

Between a crash (or a hang) and the new game's first frame there are seconds in which
the desktop would show, with whatever a window manager offers on it, and after repeated
crashes the supervisor waits longer still. The supervisor therefore runs this small
program beneath the game for as long as it runs, so the moment the game's window goes,
the cover is what shows: it imports nothing of the game but pygame, and opens a
borderless fullscreen window with a still of the title (`cover.jpg`, saved by a running
game, reloaded when it changes) or, without one, a calm dark gradient with a soft glow;
the cursor is hidden and every input ignored (clicks land here, never on the desktop).
The game's child paints the same backdrop into its own window the moment that window
opens (`paint`), before it prepares the title: a freshly mapped window is black until
its first frame, and that black, over the cover, was the gap a visitor could see.
The still is a JPEG (`STILL_NAME`): it is saved while the title plays, where a PNG's
quarter second of encoding would be a visible hitch.
It does not grab the keyboard, which the game above it must be able to grab; the
locked-down window-manager config in docs/kiosk.md leaves no shortcut to press anyway.
It runs until the supervisor ends it (SIGTERM).

    python -m game.kiosk.cover [STILL.jpg] [--display N]
"""

from __future__ import annotations

import math
import os
import signal
import sys
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pygame


def grab_keyboard_hints(environ: dict[str, str] | os._Environ[str]) -> None:
    """SDL hints (read from the environment at init) so that `pygame.event.set_grab(True)`
    grabs the keyboard too (window-manager shortcuts like Alt+Space, Super+D and
    Ctrl+Alt+Right then reach the window, which ignores them) and Alt+Tab stays grabbed."""
    environ["SDL_GRAB_KEYBOARD"] = "1"
    environ["SDL_ALLOW_ALT_TAB_WHILE_GRABBED"] = "0"


STILL_NAME = "cover.jpg"  # in the kiosk's log folder, written by game.kiosk.watchdog


def calm_glow(size: tuple[int, int]) -> pygame.Surface:
    import pygame

    w, h = size
    surf = pygame.Surface(size)
    for y in range(h):  # deep shadow, warmer toward the middle, like the room by candlelight
        u = 1.0 - abs(y / max(1, h - 1) - 0.55) * 1.6
        glow = max(0.0, u) ** 2
        surf.fill((round(11 + 38 * glow), round(7 + 20 * glow), round(8 + 10 * glow)), (0, y, w, 1))
    return surf


def backdrop(size: tuple[int, int], still: Path | None) -> pygame.Surface:
    """What the cover shows at `size`: the still scaled to fit, or the calm glow without one
    (or when it cannot be read). Needs no window (not converted)."""
    image = _still(size, still)
    return image if image is not None else calm_glow(size)


def _still(size: tuple[int, int], still: Path | None) -> pygame.Surface | None:
    import pygame

    if still is None or not still.is_file():
        return None
    try:
        return pygame.transform.smoothscale(pygame.image.load(str(still)), size)
    except (pygame.error, OSError, ValueError):
        return None


def paint(window: pygame.Surface, image: pygame.Surface) -> None:
    """Show `image` (a `backdrop`) in the window now."""
    import pygame

    window.blit(image, (0, 0))
    pygame.display.flip()


def show_painted(image: pygame.Surface) -> pygame.Surface | None:
    """Map the display's window, opened hidden (`pygame.HIDDEN`), with `image` in it at once;
    returns the window's surface (None without one). Painting a visible window is too late: pygame's set_mode
    presents it black first (for 30 to 150 ms here), and a window painted before it is
    mapped shows nothing (X keeps no unmapped pixels). So: map, let the window manager's
    answer in (it may resize the surface), then paint."""
    import warnings

    import pygame

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # pygame-ce 2.5 deprecates it, for no successor yet
        pygame.Window.from_display_module().show()
    pygame.event.pump()
    window = pygame.display.get_surface()
    if window is not None:
        paint(window, image)
    return window


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    display = 0
    if "--display" in args:
        i = args.index("--display")
        display = int(args[i + 1])
        del args[i:i + 2]
    still = Path(args[0]) if args else None
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    os.environ["SDL_VIDEO_MINIMIZE_ON_FOCUS_LOSS"] = "0"
    import pygame

    running = True

    def on_term(_signum: int, _frame: FrameType | None) -> None:
        nonlocal running
        running = False

    signal.signal(signal.SIGTERM, on_term)
    pygame.display.init()
    sizes = pygame.display.get_desktop_sizes()
    size = sizes[display] if 0 <= display < len(sizes) else sizes[0]
    window = pygame.display.set_mode(size, pygame.NOFRAME | pygame.FULLSCREEN, display=display)
    pygame.mouse.set_visible(False)
    calm = calm_glow(size)
    image, seen = None, 0.0
    clock = pygame.time.Clock()
    t = 0.0
    while running:
        stamp = still.stat().st_mtime if still is not None and still.is_file() else 0.0
        if stamp != seen and still is not None:  # a newer still from a running game
            seen = stamp
            loaded = _still(size, still)
            image = loaded.convert() if loaded is not None else None
        shown = image if image is not None else calm
        for event in pygame.event.get():
            if event.type == pygame.QUIT:
                pass  # a visitor cannot close the cover; only the supervisor ends it
        window.blit(shown, (0, 0))
        if image is None:  # one slow breath of light, so the screen is plainly alive
            veil = pygame.Surface((size[0], size[1] // 3), pygame.SRCALPHA)
            veil.fill((255, 179, 92, round(10 + 8 * math.sin(t * 0.8))))
            window.blit(veil, (0, size[1] // 3))
        pygame.display.flip()
        t += clock.tick(10) / 1000.0
    pygame.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
