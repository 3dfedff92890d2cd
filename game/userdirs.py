"""Where the game keeps the player's and the operator's files, in one place.

Settings and the kiosk config live in the user's config folder, the save, logs and the
heartbeat in the state folder, rasterized art in the cache folder. `platformdirs` knows
each platform's convention (XDG variables on Linux, Application Support on macOS,
AppData on Windows), so no module spells out `~/.config` by hand any more.
"""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_DIR = "whispers-of-the-heart"


def config_dir() -> Path:
    """Settings and the kiosk config ($XDG_CONFIG_HOME/whispers-of-the-heart on Linux)."""
    return platformdirs.user_config_path(APP_DIR, appauthor=False)


def state_dir() -> Path:
    """The save, logs and the heartbeat ($XDG_STATE_HOME/whispers-of-the-heart on Linux)."""
    return platformdirs.user_state_path(APP_DIR, appauthor=False)


def cache_dir() -> Path:
    """What can be rebuilt: rasterized art ($XDG_CACHE_HOME/whispers-of-the-heart on Linux)."""
    return platformdirs.user_cache_path(APP_DIR, appauthor=False)
