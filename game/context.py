"""The game's services, built once per run and passed down (no globals, no singletons).

`Context` is what scenes receive. Each field is one typed service, built once by
`build_context`: the checked content (script, room, the words the screens show), fonts,
the art cache, the room renderer, the notebook maker (`Books`: the pen's hands and
stamps, warmed once), the player's preferences and saved place, the room's sound, and
the scene maker (`SceneMaker`: scenes are made by typed calls, never by name). The only
behaviour here is the bridge from the story's side effects (events, pen strokes, a
frame of the room) to the sound, which is optional: a run without audio has none.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from game.art.svg import SvgCache
from game.assets import Assets
from game.captions import Captions
from game.content import load_content, words_path
from game.i18n import follow_language, original_of
from game.pen import Hand, PenEvent
from game.prefs import Preferences, SaveSlot, SettingValue, changed
from game.room.layers import build_layers
from game.room.model import Room
from game.room.render import RoomRenderer
from game.room.tiles import TileBackground
from game.roomsound import RoomSound
from game.scenes.book import Books
from game.scenes.factory import SceneMaker
from game.seen import Seen
from game.settings import Settings
from game.speech import Speaker
from game.story.director import Event
from game.story.parser import Script
from game.story.stage import Snapshot
from game.text.fonts import Fonts
from game.words import Words

log = logging.getLogger(__name__)


@dataclass
class Context:
    assets: Assets
    script: Script
    room: Room
    words: Words
    fonts: Fonts
    svg: SvgCache
    renderer: RoomRenderer
    books: Books
    prefs: Preferences
    saves: SaveSlot
    seen: Seen
    sound: RoomSound | None = None
    kiosk: bool = False
    captions: Captions = field(default_factory=lambda: Captions({}))  # sounds named on screen (issue 14)
    speech: Speaker = field(default_factory=lambda: Speaker(find=False))  # self-voicing (issue 14)
    title_frame: Path | None = None  # where the title keeps its first frame for the next start (game/firstframe.py)
    scenes: SceneMaker = field(init=False)

    def __post_init__(self) -> None:
        self.scenes = SceneMaker(self)

    @property
    def settings(self) -> Settings:
        """The settings in force now (they change only through `prefs`)."""
        return self.prefs.current

    def update_settings(self, **changes: SettingValue) -> None:
        self.prefs.change(**changes)

    # --- side effects of the story ------------------------------------------------------

    def on_story_event(self, ev: Event) -> None:
        if ev.kind == "sound" and ev.arg != "stop":
            self.captions.heard(ev.name, ev.t)
        if self.sound is not None:
            self.sound.story_event(ev)

    def on_pen_events(self, events: list[PenEvent], hand: str) -> None:
        if self.sound is not None:
            self.sound.pen_events(events, self.books.kind(hand))

    def on_room_frame(self, snap: Snapshot, t: float, dt: float) -> None:
        self.captions.room(snap.rain, t)
        if self.sound is not None:
            self.sound.frame(snap, t, dt)

    def leave_room(self) -> None:
        """A scene that showed the room is going away: let its sounds fade."""
        if self.sound is not None:
            self.sound.pen_lifted()


def channel_volumes(s: Settings) -> dict[str, float]:
    return {"ambience": s.volume_ambience, "effects": s.volume_effects, "pen": s.volume_pen,
            "music": s.volume_music}


def channel_mutes(s: Settings) -> dict[str, bool]:
    return {"ambience": s.muted or s.mute_ambience, "effects": s.muted or s.mute_effects,
            "pen": s.muted or s.mute_pen, "music": s.muted or s.mute_music}


def _load_hands(assets: Assets) -> dict[str, Hand]:
    try:
        from game.pen import load_hands

        return dict(load_hands(assets.hands))
    except Exception as exc:  # the lint already vouched for the names; this is the pen's data
        log.warning("%s: cannot load the hands (%s); written lines are typeset", assets.rel(assets.hands), exc)
        return {}


def build_context(assets: Assets, settings: Settings, story: Path | None = None, *, kiosk: bool = False,
                  svg_cache: Path | None = None, audio: bool = True, settings_file: Path | None = None,
                  file_settings: Settings | None = None, save_file: Path | None = None,
                  seen_file: Path | None = None) -> Context:
    """Load and check all content (raises ContentErrors), then build the services once.

    Needs pygame initialised (fonts, images); a display is needed only for convert().
    Missing pieces that are not content (the audio device, the pen's stroke data) are
    logged and the game goes on without them. `settings_file`, `save_file` and
    `seen_file` are where changes, the place in the story and what was seen are kept
    (None: nothing is written); a kiosk keeps none of them.
    """
    content = load_content(assets, story)
    script, room, words = content.script, content.room, content.words
    cast = {who: ch.figure_id for who, ch in script.characters.items()}
    fonts = Fonts({"serif": assets.serif, "serif_italic": assets.serif_italic})
    svg = SvgCache(svg_cache)
    layers = build_layers(room, assets, svg, settings, cast)
    renderer = RoomRenderer(room, TileBackground(room.path, room), layers)
    books = Books(script, _load_hands(assets), fonts, settings.seed, assets.serif_italic)
    prefs = Preferences(settings, settings_file, file_settings)
    original = original_of(content.story)  # a translation keeps its original's place and seen lines
    kept_as = script.file if original is None else assets.rel(original)
    saves = SaveSlot(None if kiosk else save_file, kept_as, len(script.lines))
    seen = Seen(None if kiosk else seen_file, kept_as)
    ctx = Context(assets, script, room, words, fonts, svg, renderer, books, prefs, saves, seen, kiosk=kiosk)
    ctx.captions = Captions.load(assets.cues, words_path(assets, content.story))
    ctx.speech = Speaker()
    follow_language(ctx, original or content.story)  # the menu's Language row

    def rebuild_motion(old: Settings, new: Settings) -> None:
        if old.reduce_motion != new.reduce_motion:
            renderer.layers = build_layers(room, assets, svg, new, cast)
            if ctx.sound is not None:
                ctx.sound.bursts = renderer.layers.spark_bursts_between

    prefs.subscribe(rebuild_motion)
    if audio:
        from game.audio import open_audio

        mixer = open_audio(assets.cues, volumes=channel_volumes(settings), muted=channel_mutes(settings),
                             log=log, seed=settings.seed)
        ctx.sound = RoomSound(mixer, renderer.layers.spark_bursts_between)

        def follow_mixer(old: Settings, new: Settings) -> None:
            channels = channel_volumes(new)  # the settings each channel follows, derived from its name
            if changed(old, new) & ({f"volume_{c}" for c in channels} | {f"mute_{c}" for c in channels} | {"muted"}):
                for channel, volume in channel_volumes(new).items():
                    mixer.set_volume(channel, volume)
                for channel, muted in channel_mutes(new).items():
                    mixer.set_muted(channel, muted)

        prefs.subscribe(follow_mixer)
    return ctx
