"""Play the game on the pilot's manual clock with one fault; print how far it got.

    python tests/corpus/fault_game.py WORKDIR [--remove PATH ...] [--user-dir DIR]

`--remove` deletes a content file from a copy of the content (hard links) first;
`--user-dir` is where settings and the save are kept. The game is clicked through its
first lines and a setting is changed (a write); the output says how far it got.
"""

from __future__ import annotations

import argparse
import logging
import os
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("work", type=Path)
    p.add_argument("--remove", action="append", default=[])
    p.add_argument("--user-dir", type=Path, default=None)
    args = p.parse_args()
    logging.basicConfig(level=logging.WARNING, stream=sys.stdout, format="%(levelname)s %(name)s: %(message)s")
    import pilot  # type: ignore[import-not-found]  # tests/pilot.py, on sys.path above

    from game.assets import ROOT, Assets

    if args.remove:
        copy = args.work / "content"
        for folder in ("assets", "scenes"):
            shutil.copytree(ROOT / folder, copy / folder, copy_function=os.link)
        for rel in args.remove:
            (copy / rel).unlink()
        pilot.Assets = lambda: Assets(copy)
    app = pilot.build_app(user_dir=args.user_dir)
    flight = pilot.Pilot(app)
    flight.advance(1.0)
    for _ in range(8):
        flight.click()
        flight.advance(0.6)
        flight.click()
        flight.advance(0.3)
    app.ctx.update_settings(auto_advance=True)  # a write to the settings file
    flight.advance(0.5)
    audio = app.ctx.sound is not None and app.ctx.sound.audio.enabled
    print(f"played to line {flight.line}; audio: {'on' if audio else 'off'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
