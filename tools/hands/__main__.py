"""Rewrite every generated close-shot drawing: python -m tools.hands."""

from __future__ import annotations

from tools.hands import clasp, fists, kiss, legs, reach, twirl


def main() -> None:
    for module in (reach, clasp, fists, kiss, legs, twirl):
        module.main()


if __name__ == "__main__":
    main()
