"""The game's services, built once and passed down (no globals, no singletons).

`Context` is what scenes receive: the parsed story and room, settings, fonts, the room
renderer, the audio mixer and the pen. It also builds scenes by name, so a scene never
imports another scene's class, and it is where the story's side effects (sound cues,
pen strokes, notebook actions) reach the audio system.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pygame

from game.art.svg import SvgCache
from game.assets import Assets
from game.room.layers import build_layers
from game.room.model import Room
from game.room.render import RoomRenderer, load_tile_background
from game.scenes.plainbook import PlainNotebook
from game.settings import Settings
from game.story.director import Event
from game.story.lint import load_checked
from game.story.parser import Script
from game.text.fonts import Fonts

if TYPE_CHECKING:
    from game.scenes.base import Scene
    from game.scenes.story import StoryScene

log = logging.getLogger(__name__)


@dataclass
class Context:
    assets: Assets
    settings: Settings
    script: Script
    room: Room
    fonts: Fonts
    renderer: RoomRenderer
    svg: SvgCache
    kiosk: bool = False
    audio: Any = None
    hands: dict[str, Any] = field(default_factory=dict)

    def make_scene(self, name: str) -> Scene:
        from game.scenes.story import StoryScene
        from game.scenes.title import EndingScene, TitleScene

        scenes: dict[str, type[Scene]] = {"title": TitleScene, "story": StoryScene, "ending": EndingScene}
        return scenes[name](self)  # type: ignore[call-arg]

    def new_notebook(self) -> Any:
        """The notebook the written lines appear in."""
        return PlainNotebook(self.fonts)

    # --- side effects of the story ------------------------------------------------------

    def on_story_event(self, ev: Event) -> None:
        if self.audio is not None:
            self.audio.story_event(ev)

    def on_pen_events(self, events: list[Any]) -> None:
        if self.audio is not None and events:
            self.audio.pen_events(events)

    def on_story_frame(self, scene: StoryScene) -> None:
        if self.audio is not None:
            self.audio.story_frame(scene)


def build_context(assets: Assets, settings: Settings, story: Path | None = None, kiosk: bool = False,
                  svg_cache: Path | None = None) -> Context:
    """Load and check all content (raises ContentErrors), then build the services.

    Needs pygame initialised (fonts, images); a display is needed only for convert().
    """
    script, room = load_checked(assets, story)
    fonts = Fonts({"serif": assets.serif, "serif_italic": assets.serif_italic})
    svg = SvgCache(svg_cache)
    background = load_tile_background(assets.room_map, room)
    if pygame.display.get_init() and pygame.display.get_surface() is not None:
        background = background.convert()
    layers = build_layers(room, assets, svg, settings)
    renderer = RoomRenderer(room, background, layers)
    return Context(assets, settings, script, room, fonts, renderer, svg, kiosk=kiosk)
