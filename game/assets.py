"""The one place that knows where content lives on disk.

Engine code asks for things by role ("the story", "the room map", "the narration
font"), never by hard-coded path, so the layout of `assets/` and `scenes/` can change in
one file, and tools, tests and the game agree on it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


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
