"""Whispers of the Heart: a 2D animated visual novel of a silent conversation."""

import os

# pygame prints a banner on import; the game's own log says what matters.
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

__version__ = "0.1.0"
