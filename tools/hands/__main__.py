"""Rewrite the generated close-shot drawings: python -m tools.hands [module ...].

With no argument every insert HANDS owns is rewritten; the kiss (owned by another drawer since
round 2, who may redraw it by other means) only when named: python -m tools.hands kiss.
"""

from __future__ import annotations

import sys

from tools.hands import clasp, fists, kiss, legs, reach, twirl

MODULES = {"reach": reach, "clasp": clasp, "fists": fists, "kiss": kiss, "legs": legs, "twirl": twirl}
DEFAULT = ("reach", "clasp", "fists", "legs", "twirl")


def main(argv: list[str] | None = None) -> None:
    names = argv if argv else list(DEFAULT)
    for name in names:
        if name not in MODULES:
            raise SystemExit(f"tools.hands: unknown part {name!r} (one of {', '.join(MODULES)})")
        MODULES[name].main()


if __name__ == "__main__":
    main(sys.argv[1:])
