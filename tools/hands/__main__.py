"""Rewrite the generated close-shot drawings: python -m tools.hands [part ...].

Each part writes one or two inserts' SVGs (and, for some, their insert.toml) under
assets/art/inserts/:

  reach   hand_reach         (line 62)  his hand slides across the table to hers
  clasp   hands_intertwined  (63-64)    her hand into his, fingers interlacing
          hands_tighten      (71)       the clasp tightening
  fists   clenched_hands     (7)        his fists on his knees, knuckles whitening
  legs    crossed_legs       (14)       her crossed legs, the foot tapping
  twirl   hair_twirl         (15)       her finger winding a strand (hand and strand only)

With no argument every part is rewritten (the kiss is drawn by tools.faces_close). The drawings
are deterministic: run it twice and git sees no change.
"""

from __future__ import annotations

import sys

from tools.hands import clasp, fists, legs, reach, twirl

MODULES = {"reach": reach, "clasp": clasp, "fists": fists, "legs": legs, "twirl": twirl}
DEFAULT = ("reach", "clasp", "fists", "legs", "twirl")


def main(argv: list[str] | None = None) -> None:
    names = argv if argv else list(DEFAULT)
    if any(n in ("-h", "--help") for n in names):
        print(__doc__)
        return
    for name in names:
        if name not in MODULES:
            raise SystemExit(f"tools.hands: unknown part {name!r} (one of {', '.join(MODULES)})")
        MODULES[name].main()


if __name__ == "__main__":
    main(sys.argv[1:])
