"""Write the face close-ups' SVG parts: `python -m tools.faces_close [kiss|gaze|lips|tear ...]`.

Each close-up is drawn for its scale from the film's two character models (face.py), modelled
with soft light and shade, carrying the story's face beat at its shot (beats.py), and written
to assets/art/inserts/<insert>/ (the insert.toml there times and moves the parts).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from tools.faces_close import gaze, kiss, lips, tear, twirl

INSERTS = Path(__file__).resolve().parents[2] / "assets" / "art" / "inserts"
WRITERS: dict[str, tuple[str, Callable[[Path], None]]] = {
    "kiss": ("kiss", kiss.write),            # line 73
    "gaze": ("gaze", gaze.write),            # lines 24-25
    "lips": ("trembling_lips", lips.write),  # line 19
    "tear": ("tear", tear.write),            # line 68
    "twirl": ("hair_twirl", twirl.write),    # line 15 (her face; the hand and strand are tools.hands twirl's)
}


def main(argv: list[str]) -> int:
    if any(a in ("-h", "--help") for a in argv):
        print(__doc__.strip())
        print("names: " + ", ".join(f"{k} (assets/art/inserts/{v[0]})" for k, v in WRITERS.items()))
        return 0
    for name in argv or list(WRITERS):
        if name not in WRITERS:
            print(f"unknown insert {name!r} ({', '.join(WRITERS)})", file=sys.stderr)
            return 2
        folder, write = WRITERS[name]
        write(INSERTS / folder)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
