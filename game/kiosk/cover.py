"""The cover screen: what a visitor sees while the game is being restarted.

Between a crash (or a hang) and the new game's first frame there are seconds in which
the desktop would show, with whatever a window manager offers on it, and after repeated
crashes the supervisor waits longer still. The supervisor therefore runs this small
program beneath the game for as long as it runs, so the moment the game's window goes,
the cover is what shows: it imports nothing of the game but pygame, and opens a
borderless fullscreen window with a still of the title (`cover.png`, saved by a running
game, reloaded when it changes) or, without one, a calm dark gradient with a soft glow;
the cursor is hidden and every input ignored (clicks land here, never on the desktop).
It does not grab the keyboard, which the game above it must be able to grab; the
locked-down window-manager config in docs/kiosk.md leaves no shortcut to press anyway.
It runs until the supervisor ends it (SIGTERM).

    python -m game.kiosk.cover [STILL.png] [--display N]
"""

from __future__ import annotations

import math
import os
import signal
import sys
from pathlib import Path
from types import FrameType


def grab_keyboard_hints(environ: dict[str, str] | os._Environ[str]) -> None:
    """SDL hints (read from the environment at init) so that `pygame.event.set_grab(True)`
    grabs the keyboard too (window-manager shortcuts like Alt+Space, Super+D and
    Ctrl+Alt+Right then reach the window, which ignores them) and Alt+Tab stays grabbed."""
    environ["SDL_GRAB_KEYBOARD"] = "1"
    environ["SDL_ALLOW_ALT_TAB_WHILE_GRABBED"] = "0"


def _calm(size: tuple[int, int]) -> object:
    import pygame

    w, h = size
    surf = pygame.Surface(size)
    for y in range(h):  # deep shadow, warmer toward the middle, like the room by candlelight
        u = 1.0 - abs(y / max(1, h - 1) - 0.55) * 1.6
        glow = max(0.0, u) ** 2
        surf.fill((round(11 + 38 * glow), round(7 + 20 * glow), round(8 + 10 * glow)), (0, y, w, 1))
    return surf


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
    calm = _calm(size)
    image, seen = None, 0.0
    clock = pygame.time.Clock()
    t = 0.0
    while running:
        stamp = still.stat().st_mtime if still is not None and still.is_file() else 0.0
        if stamp != seen and still is not None:  # a newer still from a running game
            seen = stamp
            try:
                image = pygame.transform.smoothscale(pygame.image.load(str(still)).convert(), size)
            except (pygame.error, OSError, ValueError):
                image = None
        backdrop = image if image is not None else calm
        for event in pygame.event.get():
            if event.type == pygame.QUIT:
                pass  # a visitor cannot close the cover; only the supervisor ends it
        window.blit(backdrop, (0, 0))  # type: ignore[arg-type]
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
