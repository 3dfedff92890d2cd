"""What the game is called and how it shows itself: its version and its window icon.

The version is read from the installed package's metadata (pyproject.toml is its one
source), so `--version` tells the truth for a wheel, an editable checkout and the
standalone app alike (the app build copies the metadata in). The icon is the same SVG
the desktop entry uses, rasterized at the size window managers ask for; a missing or
unreadable icon is logged and the window opens without one.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from game.assets import Assets

if TYPE_CHECKING:  # pygame only when a window is opened: the kiosk supervisor never loads it
    import pygame

DIST = "whispers-of-the-heart"
TITLE = "Whispers of the Heart"
ICON_SIZE = 64  # px: what X11 and Wayland window managers scale from for title bars and docks

log = logging.getLogger(__name__)


def version() -> str:
    """The installed version, or "unknown" when run from a checkout that was never installed."""
    from importlib import metadata  # here: ~20 ms of imports no start-up needs before its first frame

    try:
        return metadata.version(DIST)
    except metadata.PackageNotFoundError:
        return "unknown"


def version_line() -> str:
    return f"{TITLE} {version()}"


def window_icon(assets: Assets, size: int = ICON_SIZE) -> pygame.Surface | None:
    """The icon rasterized at size x size, or None (logged) if it cannot be read."""
    import pygame

    try:
        return pygame.image.load_sized_svg(str(assets.icon), (size, size))
    except (pygame.error, OSError, FileNotFoundError) as exc:
        log.warning("%s: no window icon (%s)", assets.rel(assets.icon), exc)
        return None


def set_window_icon(assets: Assets) -> None:
    """Give the next window opened its icon (call before pygame.display.set_mode)."""
    import pygame

    icon = window_icon(assets)
    if icon is not None:
        pygame.display.set_icon(icon)
