"""eyes_met (story lines 60-61, "Their eyes met again, and in that moment, they both knew"): the gaze
close-up of line 24 again, the two faces nearer each other.

Why: seated on the sofa and in the armchair their eyes stay ~510 room px apart, so the wide two-shot
`faces_met` was ~880 px (1080p) of bare wall between the faces, 44-51 % of the frame (review11 #16),
and the story keeps them in their seats (he reaches across the table at 62 and writes from his chair
at 65). The close two-face framing of 24 holds both faces on one eye line; here she is moved `SHIFT`
px toward him (her whole figure; the eyes stay on their line), so the dark between the noses is under
a quarter of the frame, and "again" is seen: the same two profiles as their first look, closer.

The drawings are the gaze's own (../gaze/*.svg, their face variants with them, so a change to the gaze
art shows here too); this writes only eyes_met/insert.toml from gaze/insert.toml:
python -m tools.faces_close.eyes_met."""

from __future__ import annotations

import re
from pathlib import Path

INSERTS = Path(__file__).resolve().parents[2] / "assets" / "art" / "inserts"
# design px (1080p) each figure moves toward the other: her whole figure right; his stays (his jacket's
# back ends at the frame's right edge: moved left, its cut edge showed against the dark)
SHIFT = {"her": 200.0, "his": 0.0}
TITLE = 'title = "Their eyes meet again over the candle, nearer than at first"'


def _shift(name: str) -> float:
    """How far the part `name` (a gaze svg) moves: her parts right, his left, the rest stay."""
    return next((dx for who, dx in SHIFT.items() if name.startswith(who)), 0.0)


def insert_toml(gaze: str) -> str:
    """The gaze's insert.toml with its drawings read from ../gaze/ and each face's parts moved by a
    constant key (added to the gaze's own moves)."""
    out = ['# "Their eyes met again, and in that moment, they both knew" (story lines 60-61)\n'
           '# Written by python -m tools.faces_close.eyes_met from gaze/insert.toml: do not edit.\n', TITLE, "\n"]
    body = gaze[gaze.index("[[part]]"):]
    for part in body.split("[[part]]")[1:]:
        name = re.search(r'svg = "([^"]+)"', part)
        assert name, part
        part = part.replace(f'svg = "{name[1]}"', f'svg = "../gaze/{name[1]}"', 1)
        dx = _shift(name[1])
        if dx:
            part = part.rstrip("\n") + f'\n[[part.motion]]\nkind = "keys"\nkeys = [[0, {dx:g}, 0, 0]]\n\n'
        out.append("\n[[part]]" + part)
    return "".join(out).rstrip("\n") + "\n"


def main() -> None:
    gaze = (INSERTS / "gaze" / "insert.toml").read_text(encoding="utf-8")
    (INSERTS / "eyes_met" / "insert.toml").write_text(insert_toml(gaze), encoding="utf-8")


if __name__ == "__main__":
    main()
