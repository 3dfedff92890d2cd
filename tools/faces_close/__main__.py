"""Write the face close-ups' SVG parts: `python -m tools.faces_close [kiss|gaze ...]`."""

from __future__ import annotations

import sys
from pathlib import Path

from tools.faces_close import gaze, kiss, lips, tear

INSERTS = Path(__file__).resolve().parents[2] / "assets" / "art" / "inserts"


def main(argv: list[str]) -> int:
    names = argv or ["kiss", "gaze", "lips", "tear"]
    for name in names:
        if name == "kiss":
            kiss.write(INSERTS / "kiss")
        elif name == "gaze":
            gaze.write(INSERTS / "gaze")
        elif name == "lips":
            lips.write(INSERTS / "trembling_lips")
        elif name == "tear":
            tear.write(INSERTS / "tear")
        else:
            print(f"unknown insert {name!r} (kiss, gaze, lips, tear)", file=sys.stderr)
            return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
