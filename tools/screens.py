"""Render the story's key moments to docs/screens/ through the game's own --render path.

    python tools/screens.py [--size 1280x720] [--out DIR] [--only NAME ...]

Each moment is found by a phrase of its line (so the list survives edits of the
script) and rendered some seconds after the line began, exactly as `python -m game
--render N --at S` would. Look at every PNG after a visual change.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # `python tools/screens.py`

from game.assets import Assets
from game.capture import render_moment
from game.story.parser import Script, parse_file
from tools._common import SCREENS, headless, save, size_arg

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


def find(script: Script, phrase: str) -> str | None:
    """What `--render` takes for a moment: 'title', 'ending', or the number of the first line
    containing `phrase` (None if no line does)."""
    if phrase in ("title", "ending"):
        return phrase
    for n, line in enumerate(script.lines, 1):
        if phrase in line.text:
            return str(n)
    return None


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--size", type=size_arg, default=(1280, 720), help="canvas WxH (default 1280x720)")
    p.add_argument("--out", type=Path, default=SCREENS, help="folder for the PNGs (default docs/screens)")
    p.add_argument("--only", nargs="+", default=None, metavar="NAME",
                   help="just the moments whose name contains NAME (e.g. 01-title kiss)")
    args = p.parse_args(argv)
    names = [n for n in MOMENTS if not args.only or any(o in n for o in args.only)]
    if not names:
        p.error(f"--only matches no moment; the moments are {', '.join(MOMENTS)}")
    assets = Assets()
    script = parse_file(assets.story)
    headless()
    for name in names:
        phrase, at = MOMENTS[name]
        which = find(script, phrase)
        if which is None:
            print(f"{assets.rel(assets.story)}: no line contains {phrase!r} (moment {name} in tools/screens.py)",
                  file=sys.stderr)
            return 1
        path = save(render_moment(assets, which, at, args.size), args.out / f"story-{name}.png")
        print(f"  {path.name} is --render {which} --at {at}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
