"""Command-line values checked before anything is loaded: one line each, exit status 2.

argparse checks types; this checks meaning, the way `--lint` checks content, so a value
that would hang, fill memory or end in a traceback is one sentence instead:

- `--at` must be a finite number of seconds within what a line can last (`inf` or `1e9`
  would step the clock forever);
- `--out` must be a file path whose folder is a folder (or can be made), not a folder
  itself, in an image format pygame writes;
- `--story` must be a regular file of story size (`/dev/zero` would fill memory, a FIFO
  would block);
- `--display` is not negative.

A `--render`, `--lint` or `--list-lines` run also asks SDL not to install its signal
handlers: those turn SIGTERM into a window event that nothing reads without a window
loop, so a stuck render could not be stopped.
"""

from __future__ import annotations

import argparse
import math
import os
import stat
from pathlib import Path

from game.story.lint_text import STORY_LIMIT

MAX_AT = 600.0  # seconds after a line began: no line, at the slowest pace, lasts longer
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".bmp", ".tga")


def argument_problems(args: argparse.Namespace) -> list[str]:
    """Every bad command-line value, each as one line naming the option."""
    problems: list[str] = []
    if getattr(args, "render", None) is not None:
        at = args.at
        if not math.isfinite(at) or not 0.0 <= at <= MAX_AT:
            problems.append(f"--at {at:g}: must be a number of seconds from 0 to {MAX_AT:g}")
        problems.extend(_out_problems(args.out))
    story = getattr(args, "story", None)
    if story is not None:
        problems.extend(_story_problems(story))
    display = getattr(args, "display", None)
    if display is not None and display < 0:
        problems.append(f"--display {display}: displays are numbered from 0")
    return problems


def _out_problems(out: Path) -> list[str]:
    if out.suffix.lower() not in IMAGE_SUFFIXES:
        return [f"--out {out}: the file name must end in one of {', '.join(IMAGE_SUFFIXES)}"]
    if out.is_dir():
        return [f"--out {out}: is a folder; give a file name such as {out / 'shot.png'}"]
    for parent in (out.parent, *out.parent.parents):
        if parent.exists():
            if not parent.is_dir():
                return [f"--out {out}: {parent} is a file, not a folder"]
            if not os.access(parent, os.W_OK | os.X_OK):
                return [f"--out {out}: cannot write in {parent}"]
            break
    return []


def _story_problems(story: Path) -> list[str]:
    try:
        info = story.stat()
    except FileNotFoundError:
        return [f"--story {story}: no such file"]
    except OSError as exc:
        return [f"--story {story}: cannot read it ({exc.strerror or exc})"]
    if not stat.S_ISREG(info.st_mode):
        return [f"--story {story}: not a regular file"]
    if info.st_size > STORY_LIMIT:
        return [f"--story {story}: too large for a story ({info.st_size} bytes; at most {STORY_LIMIT})"]
    return []


def quiet_sdl_signals(args: argparse.Namespace) -> None:
    """Leave SIGTERM and SIGINT to Python in runs without a window loop."""
    if getattr(args, "render", None) is not None or getattr(args, "lint", False) or getattr(args, "list_lines", False):
        os.environ.setdefault("SDL_NO_SIGNAL_HANDLERS", "1")
