"""Build hook: the wheel carries the story, the map and the assets inside the package.

The repository keeps content where authors look for it (`scenes/`, `assets/` at the top,
beside `game/`), but an installed game has no checkout beside it. So `build_py` copies
both folders into the built package as `game/_content/`, where `game.assets` finds them
through `importlib.resources`. An editable install skips the copy: the checkout itself is
the content root then, so an author's edit is live without reinstalling. Everything else
about the package lives in pyproject.toml.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
CONTENT = ("assets", "scenes")  # top-level folders shipped as game/_content/<name>
SKIP = shutil.ignore_patterns("__pycache__", "*.pyc", ".*")


class BuildWithContent(build_py):
    """build_py, plus a copy of the content folders into the built package."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # the checkout is the content root
        target = Path(self.build_lib) / "game" / "_content"
        for name in CONTENT:
            source = HERE / name
            if not source.is_dir():
                raise SystemExit(f"setup.py: {source} is missing: the wheel would not play")
            dest = target / name
            if dest.exists():
                shutil.rmtree(dest)
            shutil.copytree(source, dest, ignore=SKIP)


setup(cmdclass={"build_py": BuildWithContent})
