"""Scenes are made here, by typed calls: `ctx.scenes.title()`, `ctx.scenes.story(start_line=12)`.

One place imports every scene class, so scenes never import each other (the title does
not know the story scene's module, the menu does not know the title's) and there is no
table of scene names to mistype. Imports are inside the methods: the scene modules
import this one's `Context` only for typing, and the title need not pay for the story
scene's imports before it is shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from game.context import Context
    from game.scenes.base import Scene
    from game.scenes.story import StoryScene
    from game.story import commands as c


class SceneMaker:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def title(self) -> Scene:
        from game.scenes.title import TitleScene

        return TitleScene(self.ctx)

    def story(self, start_line: int | None = None) -> StoryScene:
        """The story, from the beginning or from `start_line` (1-based)."""
        from game.scenes.story import StoryScene

        scene = StoryScene(self.ctx)
        scene.start_line = start_line
        return scene

    def ending(self) -> Scene:
        from game.scenes.title import EndingScene

        return EndingScene(self.ctx)

    def chapters(self) -> Scene:
        from game.scenes.chapters import ChaptersScene

        return ChaptersScene(self.ctx)

    def menu(self, story: StoryScene | None = None) -> Scene:
        from game.scenes.menu import MenuScene

        return MenuScene(self.ctx, story)

    def history(self, lines: list[c.Line]) -> Scene:
        from game.scenes.menu import HistoryScene

        return HistoryScene(self.ctx, lines)
