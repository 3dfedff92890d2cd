"""The one place that knows where content lives on disk.

Engine code asks for things by role ("the story", "the room map", "the narration
font"), never by hard-coded path, so the layout of `assets/` and `scenes/` can change in
one file, and tools, tests and the game agree on it.

Where that content is depends on how the game was installed, and only `content_root`
knows: a built wheel or the standalone app carries it inside the package as
`game/_content/` (copied there by setup.py's build hook, found through
`importlib.resources`); a checkout (an editable install, `python -m game` from the
repository) uses its own `assets/` and `scenes/`, so edits are live.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path

PACKAGED = "_content"  # game/_content/{assets,scenes} in a built package (see setup.py)


def content_root(package: Path | None = None) -> Path:
    """The folder holding `assets/` and `scenes/`: the packaged copy, else the checkout.

    `package` is the `game` package's folder (default: found by importlib.resources)."""
    here = resources.files("game") if package is None else package
    packaged = here / PACKAGED
    if isinstance(packaged, Path) and (packaged / "scenes").is_dir():
        return packaged.resolve()
    return Path(str(here)).resolve().parent


ROOT = content_root()


@dataclass(frozen=True)
class Assets:
    root: Path = ROOT

    def rel(self, path: Path) -> str:
        """A path as shown in messages: relative to the project when it is inside it."""
        try:
            return str(path.resolve().relative_to(self.root))
        except ValueError:
            return str(path)

    @property
    def scenes(self) -> Path:
        return self.root / "scenes"

    @property
    def story(self) -> Path:
        return self.scenes / "whispers.story"

    @property
    def room_map(self) -> Path:
        return self.scenes / "room.tmx"

    @property
    def fonts(self) -> Path:
        return self.root / "assets" / "fonts"

    @property
    def serif(self) -> Path:
        return self.fonts / "EBGaramond12-Regular.otf"

    @property
    def serif_italic(self) -> Path:
        return self.fonts / "EBGaramond12-Italic.otf"

    @property
    def hands(self) -> Path:
        return self.root / "assets" / "hands.toml"

    @property
    def poses(self) -> Path:
        return self.root / "assets" / "figures" / "poses.toml"

    @property
    def cues(self) -> Path:
        return self.root / "assets" / "audio" / "cues.toml"

    @property
    def art(self) -> Path:
        return self.root / "assets" / "art"

    @property
    def icon(self) -> Path:
        """The application icon (window, desktop entry, standalone app)."""
        return self.root / "assets" / "icon" / "whispers-of-the-heart.svg"
