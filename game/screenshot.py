"""The screenshot key: what the window shows, as a PNG in the player's pictures folder.

`~/Pictures/Whispers of the Heart/whispers-2026-12-03-214233.png` (platformdirs knows
each platform's pictures folder). The PNG is encoded in memory, then written through
`game.safeio.write_atomic`, so a planted link or a full disk cannot hurt another file,
and a second shot in the same second gets its own name.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import platformdirs
import pygame

from game.pngfile import save_image

FOLDER = "Whispers of the Heart"


def pictures_dir() -> Path:
    return platformdirs.user_pictures_path() / FOLDER


def write_screenshot(surface: pygame.Surface, folder: Path | None = None, now: datetime | None = None) -> Path:
    """Write `surface` as a new PNG in `folder` (default: the pictures folder); its path."""
    folder = folder or pictures_dir()
    folder.mkdir(parents=True, exist_ok=True)
    stem = f"whispers-{(now or datetime.now()).strftime('%Y-%m-%d-%H%M%S')}"
    path = folder / f"{stem}.png"
    k = 2
    while path.exists():
        path, k = folder / f"{stem}-{k}.png", k + 1
    save_image(surface, path)
    return path
