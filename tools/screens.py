"""Render the story's key moments to docs/screens/ through the game's own --render path.

    python tools/screens.py [--size 1920x1080] [--out DIR] [--only NAME ...] [--format jpg|png]

Each moment is found by a phrase of its line (so the list survives edits of the
script) and rendered some seconds after the line began, exactly as `python -m game
--render N --at S` would. Besides the pictures it writes `index.md` there: each picture
beside the line number and the sentence it illustrates. Look at every picture after a
visual change.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pygame

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # `python tools/screens.py`

from game.assets import Assets
from game.capture import render_moment
from game.story.parser import Script, parse_file
from tools._common import SCREENS, headless, shown, size_arg

# file stem -> (phrase of the line, or "title"/"ending"; seconds after it began).
# story-* are the beats in order; insert-* the close shots drawn for their scale.
MOMENTS: dict[str, tuple[str, float]] = {
    "story-01-title": ("title", 4.0),
    "story-02-wide-room": ("bathed in the soft glow", 3.0),
    "story-03-shadows": ("Shadows danced upon the walls", 3.0),
    "story-04-rain-tapping": ("rain tapped lightly", 3.0),
    "story-05-him-perched": ("perched on the edge", 3.0),
    "insert-clenched-hands": ("His hands were clenched", 3.0),
    "story-06-gaze-on-the-fire": ("gaze was fixed on the fire", 3.0),
    "story-07-him": ("tailored suit", 3.0),
    "story-08-her": ("nestled in the embrace", 3.0),
    "insert-crossed-legs": ("Her legs were crossed", 3.0),
    "insert-hair-twirl": ("twirled a strand", 3.0),
    "insert-trembling-lips": ("trembling lips", 3.0),
    "story-09-notebook": ("rested a leather-bound notebook", 3.0),
    "story-10-elbows-on-knees": ("resting his elbows on his knees", 3.0),
    "insert-gaze": ("intensity of their gaze", 3.0),
    "story-11-his-first-line": ("I never meant for things", 3.5),
    "story-12-her-first-line": ("Nor did I", 2.5),
    "story-13-confession": ("I thought I could handle it", 6.0),
    "story-14-closing": ("closed the notebook gently", 1.2),
    "story-15-hours-passing": ("minutes turned into hours", 6.0),
    "story-16-torrential": ("rain intensified", 5.0),
    "story-17-eyes-met-again": ("Their eyes met again", 3.0),
    "insert-eyes-met": ("unspoken words had to find", 3.0),
    "insert-hand-reach": ("He reached for her hand", 2.5),
    "insert-hands-intertwined": ("intertwined fingers", 3.0),
    "story-18-final-words": ("I don’t want to lose you.", 5.0),
    "insert-tear": ("Tears welled", 3.0),
    "story-19-her-answer": ("I don’t want to lose you either.", 6.0),
    "insert-hands-tighten": ("hands tightened", 3.0),
    "insert-kiss": ("soft and tender kiss", 3.0),
    "story-20-golden-glow": ("golden glow", 7.0),
    "story-21-rain-subsided": ("rain outside had subsided", 4.0),
    "story-22-embrace": ("Their bodies spoke", 4.0),
    "story-23-forgotten-notebook": ("lay forgotten", 3.0),
    "story-24-ending": ("ending", 6.0),
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


def index(rows: list[tuple[str, str, float, str]]) -> str:
    """docs/screens/index.md: each picture beside the line it illustrates."""
    out = ["# The story's key moments", "",
           "Made by `python tools/screens.py` (each is `python -m game --render LINE --at S`).", "",
           "| picture | line | at (s) | the line |", "| --- | --- | --- | --- |"]
    out += [f"| [{name}]({name}) | {which} | {at:g} | {text} |" for name, which, at, text in rows]
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--size", type=size_arg, default=(1920, 1080), help="canvas WxH (default 1920x1080)")
    p.add_argument("--out", type=Path, default=SCREENS, help="folder for the pictures (default docs/screens)")
    p.add_argument("--only", nargs="+", default=None, metavar="NAME",
                   help="just the moments whose name contains NAME (e.g. 01-title kiss)")
    p.add_argument("--format", choices=("jpg", "png"), default="jpg",
                   help="jpg (default: a 1080p still is a few hundred KB instead of ~2 MB as PNG) or png")
    args = p.parse_args(argv)
    names = [n for n in MOMENTS if not args.only or any(o in n for o in args.only)]
    if not names:
        p.error(f"--only matches no moment; the moments are {', '.join(MOMENTS)}")
    assets = Assets()
    script = parse_file(assets.story)
    headless()
    rows: list[tuple[str, str, float, str]] = []
    for name in names:
        phrase, at = MOMENTS[name]
        which = find(script, phrase)
        if which is None:
            print(f"{assets.rel(assets.story)}: no line contains {phrase!r} (moment {name} in tools/screens.py)",
                  file=sys.stderr)
            return 1
        path = args.out / f"{name}.{args.format}"
        path.parent.mkdir(parents=True, exist_ok=True)
        pygame.image.save(render_moment(assets, which, at, args.size), str(path))
        text = which if not which.isdigit() else script.lines[int(which) - 1].text
        rows.append((path.name, which, at, text.replace("|", "\\|")))
        print(f"wrote {shown(path)}: --render {which} --at {at}")
    if not args.only:
        (args.out / "index.md").write_text(index(rows), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
