"""Scenes are made here, by typed calls: `ctx.scenes.title()`, `ctx.scenes.story(start_line=12)`.

One place imports every scene class, so scenes never import each other (the title does
not know the story scene's module, the menu does not know the title's) and there is no
table of scene names to mistype. Imports are inside the methods: the scene modules
import this one's `Context` only for typing, and the title need not pay for the story
scene's imports before it is shown.

The story's first notebook lays out the story's written lines (the first written first) and
warms the pen's stamps, writers' hands and page art at the size the page shot shows them,
about 2 s of CPU at 1080p; `warm_story` does that in a thread while the title plays, and `story` never
waits for it: Begin makes the story scene at once, and the warming goes on while the
narration plays (the story's first written line is many seconds in). The pen's caches are
pure functions of their keys and only ever filled, so the two threads may share them (at
worst one thing is made twice, the same); a line written before its stamps are warm
builds each stamp as its dab is first laid, a few a frame (`game.pen.ink`).
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from game.context import Context
    from game.scenes.base import Scene
    from game.scenes.story import StoryScene
    from game.story import commands as c


log = logging.getLogger(__name__)


class SceneMaker:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self._warming: threading.Thread | None = None

    def warm_story(self) -> None:
        """Warm the pen's stamps for the story in a thread, while the title plays."""
        if self._warming is not None:
            return

        def warm() -> None:
            try:
                import game.scenes.story  # noqa: F401 (its imports now, not at Begin)

                self.ctx.books.new()  # the first notebook warms the stamps; later ones reuse them
            except Exception:  # Begin then warms (or falls back) itself, as it always could
                log.exception("warming the story's pen failed")

        self._warming = threading.Thread(target=warm, name="warm-story", daemon=True)
        self._warming.start()

    def wait_warmed(self) -> None:
        """Wait for the pen's warming to end (the deterministic soak: tools/kiosk/fixed.py)."""
        if self._warming is not None:
            self._warming.join()

    @property
    def warming(self) -> bool:
        """The pen's stamps are still being warmed (in a thread: nothing waits for it)."""
        return self._warming is not None and self._warming.is_alive()

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
