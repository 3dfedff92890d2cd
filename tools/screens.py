"""Render the story's key moments to docs/screens/ through the game's own --render path.

    python tools/screens.py [--size 1280x720] [--only NAME ...]

Each moment is found by a phrase of its line (so the list survives edits of the
script) and rendered some seconds after the line began, exactly as `python -m game
--render N --at S` would. Look at every PNG after a visual change.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pygame  # noqa: E402

from game.assets import Assets  # noqa: E402
from game.capture import render_moment  # noqa: E402
from game.story.parser import parse_file  # noqa: E402

# name -> (phrase of the line, or "title"/"ending"; seconds after it began)
MOMENTS: dict[str, tuple[str, float]] = {
    "01-title": ("title", 4.0),
    "02-wide-room": ("bathed in the soft glow", 3.0),
    "03-him": ("tailored suit", 3.0),
    "04-her": ("twirled a strand", 3.0),
    "05-notebook": ("rested a leather-bound notebook", 3.0),
    "06-his-first-line": ("I never meant for things", 1.8),
    "07-her-first-line": ("Nor did I", 1.2),
    "08-closing": ("closed the notebook gently", 1.2),
    "09-hours-passing": ("minutes turned into hours", 6.0),
    "10-torrential": ("rain intensified", 5.0),
    "11-hands": ("He reached for her hand", 2.5),
    "12-final-words": ("I don’t want to lose you.", 3.0),
    "13-her-answer": ("I don’t want to lose you either.", 3.0),
    "14-kiss": ("soft and tender kiss", 3.0),
    "15-golden-glow": ("golden glow", 7.0),
    "16-forgotten-notebook": ("lay forgotten", 3.0),
    "17-ending": ("ending", 6.0),
}


def find(phrase: str) -> str:
    if phrase in ("title", "ending"):
        return phrase
    script = parse_file(Assets().story)
    for n, line in enumerate(script.lines, 1):
        if phrase in line.text:
            return str(n)
    raise SystemExit(f"no line contains {phrase!r}")


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--size", default="1280x720")
    p.add_argument("--out", type=Path, default=ROOT / "docs" / "screens")
    p.add_argument("--only", nargs="*", default=None)
    args = p.parse_args()
    w, h = (int(v) for v in args.size.split("x"))
    args.out.mkdir(parents=True, exist_ok=True)
    for name, (phrase, at) in MOMENTS.items():
        if args.only and not any(o in name for o in args.only):
            continue
        which = find(phrase)
        surface = render_moment(Assets(), which, at, (w, h))
        path = args.out / f"story-{name}.png"
        pygame.image.save(surface, str(path))
        print(f"{path.relative_to(ROOT)}  (--render {which} --at {at})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
