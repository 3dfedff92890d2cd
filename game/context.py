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

from game.art.svg import SvgCache
from game.assets import Assets
from game.errors import Problem
from game.room.layers import build_layers
from game.room.model import Room
from game.room.render import RoomRenderer
from game.room.tiles import TileBackground
from game.roomsound import RoomSound
from game.saves import Save, load_save, write_save
from game.scenes.plainbook import PlainNotebook
from game.settings import Settings, save_settings
from game.story import commands as c
from game.story.director import Event
from game.story.lint import load_checked
from game.story.parser import Script
from game.story.stage import Snapshot
from game.text.fonts import Fonts

if TYPE_CHECKING:
    from game.scenes.base import Scene

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
    sound: RoomSound | None = None
    hands: dict[str, Any] = field(default_factory=dict)
    settings_file: Path | None = None  # where changed settings are kept (None: not kept)
    file_settings: Settings | None = None  # the settings as in the file (without command-line overrides)
    save_file: Path | None = None  # where the story position is kept (None: not kept)

    def load_save(self) -> Save | None:
        """The player's saved place in this story, if there is a sound one (never in kiosk mode)."""
        if self.save_file is None or self.kiosk:
            return None
        problems: list[Problem] = []
        save = load_save(self.save_file, self.script.file, len(self.script.lines), problems)
        for problem in problems:
            log.warning("%s", problem)
        return save

    def remember_line(self, line: int) -> None:
        if self.save_file is None or self.kiosk:
            return
        try:
            write_save(self.save_file, Save(line, self.settings.seed, self.script.file))
        except OSError as exc:
            log.warning("%s: cannot save: %s", self.save_file, exc)

    def update_settings(self, **changes: Any) -> None:
        """Change settings now: the mixer follows, motion is rebuilt, the file is rewritten."""
        old = self.settings
        self.settings = old.with_changes(**changes)
        if self.sound is not None:
            for channel, volume in channel_volumes(self.settings).items():
                self.sound.audio.set_volume(channel, volume)
            for channel, muted in channel_mutes(self.settings).items():
                self.sound.audio.set_muted(channel, muted)
        if self.settings.reduce_motion != old.reduce_motion:
            self.renderer.layers = build_layers(self.room, self.assets, self.svg, self.settings)
        if self.settings_file is not None:
            kept = (self.file_settings or old).with_changes(**changes)
            self.file_settings = kept
            try:
                save_settings(self.settings_file, kept)
            except OSError as exc:
                log.warning("%s: cannot save settings: %s", self.settings_file, exc)

    def make_scene(self, name: str) -> Scene:
        from game.scenes.story import StoryScene
        from game.scenes.title import EndingScene, TitleScene

        scenes: dict[str, type[Scene]] = {"title": TitleScene, "story": StoryScene, "ending": EndingScene}
        return scenes[name](self)  # type: ignore[call-arg]

    def new_notebook(self) -> Any:
        """The stroke-by-stroke pen notebook; the typeset one if the pen cannot be built."""
        if self.hands:
            try:
                from game.pen import Notebook

                book = Notebook(self.hands, seed=self.settings.seed, scale=1.0,
                                transcript_font=self.assets.serif_italic)
                hands = {(ch.hand, ch.ink) for ch in self.script.characters.values()}
                hands |= {(ln.hand, self.script.characters[ln.who].ink) for ln in self.script.lines
                          if isinstance(ln, c.Write) and ln.hand is not None}
                book.warm(sorted(hands, key=str))  # stamp caches now, not in the first written frame
                return book
            except Exception as exc:  # the story must play even without the pen
                log.warning("handwriting pen unavailable (%s); written lines are typeset", exc)
        return PlainNotebook(self.fonts)

    def hand_kind(self, hand: str) -> str:
        """'brush' or 'nib', for the pen's sound."""
        spec = self.hands.get(hand)
        return "brush" if spec is not None and getattr(spec, "nib", "") == "brush" else "nib"

    # --- side effects of the story ------------------------------------------------------

    def on_story_event(self, ev: Event) -> None:
        if self.sound is not None:
            self.sound.story_event(ev)

    def on_pen_events(self, events: list[Any], hand: str) -> None:
        if self.sound is not None:
            self.sound.pen_events(events, self.hand_kind(hand))

    def on_room_frame(self, snap: Snapshot, t: float, dt: float) -> None:
        if self.sound is not None:
            self.sound.frame(snap, t, dt)

    def leave_room(self) -> None:
        """A scene that showed the room is going away: let its sounds fade."""
        if self.sound is not None:
            self.sound.pen_lifted()


def channel_volumes(s: Settings) -> dict[str, float]:
    return {"ambience": s.volume_ambience, "effects": s.volume_effects, "pen": s.volume_pen}


def channel_mutes(s: Settings) -> dict[str, bool]:
    return {"ambience": s.muted or s.mute_ambience, "effects": s.muted or s.mute_effects,
            "pen": s.muted or s.mute_pen}


def build_context(assets: Assets, settings: Settings, story: Path | None = None, kiosk: bool = False,
                  svg_cache: Path | None = None, audio: bool = True) -> Context:
    """Load and check all content (raises ContentErrors), then build the services.

    Needs pygame initialised (fonts, images); a display is needed only for convert().
    Missing pieces that are not content (the audio device, the pen's stroke data) are
    logged and the game goes on without them.
    """
    script, room = load_checked(assets, story)
    fonts = Fonts({"serif": assets.serif, "serif_italic": assets.serif_italic})
    svg = SvgCache(svg_cache)
    layers = build_layers(room, assets, svg, settings)
    renderer = RoomRenderer(room, TileBackground(assets.room_map, room), layers)
    ctx = Context(assets, settings, script, room, fonts, renderer, svg, kiosk=kiosk)
    try:
        from game.pen import load_hands

        ctx.hands = dict(load_hands(assets.hands))
    except Exception as exc:  # the lint already vouched for the names; this is the pen's data
        log.warning("%s: cannot load the hands (%s); written lines are typeset", assets.rel(assets.hands), exc)
    if audio:
        from game.audio import Audio

        mixer = Audio.create(assets.cues, volumes=channel_volumes(settings), muted=channel_mutes(settings),
                             log=log, seed=settings.seed)
        ctx.sound = RoomSound(mixer, getattr(layers, "spark_bursts_between", None))
    return ctx
