"""Captions for sounds: what a player who cannot hear the room is told of it.

"[rain grows heavier]", "[the clock ticks]", "[a sigh]", "[music: her theme, rising]".
The words are content: each cue's `caption` in assets/audio/cues.toml, and for another
language a `[captions]` table in that language's words file (`words.fr.toml`) giving the
same cue names other words. The engine only decides *when* a sound is worth naming:
every sound the script plays, the rain when its level changes, the pen when it touches
the paper, and the room's constant sounds (fire, clock) as a scene begins. Each caption
stays ~3 s and fades; a caption already shown is refreshed, not stacked twice. Drawn
small in the top-right corner, above the text band and clear of the notebook; as
every visual, a function of the scene's time.
"""

from __future__ import annotations

import logging
import tomllib
from dataclasses import dataclass
from pathlib import Path

import pygame

from game.audio.roles import Roles, mood_path, read_roles
from game.text.fonts import Fonts

log = logging.getLogger(__name__)

HOLD = 3.0  # seconds a caption stays
FADE = 0.6  # of which the last are a fade
MOST = 3  # captions shown at once (the newest)
SIZE = 30  # logical font size at text size 100%
RIGHT, TOP = 1880, 40  # logical: the right edge and the top of the first caption


def caption_texts(cues: Path, words: Path | None = None) -> dict[str, str]:
    """Cue name -> caption: the catalogue's, overridden by `words`' [captions] table."""
    texts: dict[str, str] = {}
    for path, key in ((cues, ""), (words, "captions")):
        if path is None or not path.exists():
            continue
        try:
            doc = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:  # --lint names it
            log.warning("%s: captions not read (%s)", path, exc)
            continue
        table = doc.get(key, {}) if key else doc
        if not isinstance(table, dict):
            continue
        for name, value in table.items():
            text = value.get("caption") if isinstance(value, dict) else value
            if isinstance(text, str) and text.strip():
                texts[name] = text
    return texts


def music_cues(cues: Path) -> frozenset[str]:
    """The cues that play on the music channel (their presence is read aloud too)."""
    try:
        doc = tomllib.loads(cues.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return frozenset()  # --lint names the problem
    return frozenset(k for k, v in doc.items() if isinstance(v, dict) and v.get("channel") == "music")


@dataclass(frozen=True)
class Shown:
    text: str
    since: float


class Captions:
    """The captions of one run: fed by the story's sounds, drawn by the story scene."""

    def __init__(self, texts: dict[str, str], roles: Roles | None = None,
                 music: frozenset[str] = frozenset()) -> None:
        self.texts = texts
        self.music = music
        self.roles = roles or Roles()
        self.shown: list[Shown] = []
        self._rain: int | None = None
        self._pen_line: object = None
        self._opening = False

    @classmethod
    def load(cls, cues: Path, words: Path | None = None) -> Captions:
        roles, _problems = read_roles(mood_path(cues))  # problems are --lint's to report
        return cls(caption_texts(cues, words), roles, music_cues(cues))

    def music_spoken(self, cues: list[str]) -> str:
        """What self-voicing says of music that begins with a line: its caption, unbracketed."""
        said = [self.texts[c].strip("[] ") for c in cues if c in self.music and self.texts.get(c)]
        return "".join(f"{text}. " for text in said)

    def begin(self) -> None:
        """A scene of the room begins: forget the last one's captions, name the room's constant sounds."""
        self.shown = []
        self._rain = None
        self._pen_line = None
        self._opening = True  # named at the room's first frame, on the scene's own clock

    def heard(self, cue: str, t: float) -> None:
        """The sound `cue` began at `t` (unknown or uncaptioned cues say nothing)."""
        text = self.texts.get(cue, "")
        if not text:
            return
        self.shown = [s for s in self.shown if s.text != text and t - s.since < HOLD] + [Shown(text, t)]
        del self.shown[:-MOST]

    def room(self, rain: float, t: float) -> None:
        """The room's state at `t`: a caption when the rain reaches another level."""
        if self._opening:
            self._opening = False
            for cue in (self.roles.fire, self.roles.clock[0] if self.roles.clock else ""):
                self.heard(cue, t)
        level = min(len(self.roles.rain), max(0, round(rain)))
        if level != self._rain:
            if level > 0:
                self.heard(self.roles.rain[level - 1], t)
            self._rain = level

    def pen(self, kind: str, line: object, t: float) -> None:
        """The pen touched the paper for written line `line` (named once a line)."""
        if line is self._pen_line:
            return
        self._pen_line = line
        cues = self.roles.pen_brush if kind == "brush" else self.roles.pen_nib
        if cues:
            self.heard(cues[0], t)

    def visible(self, t: float) -> list[tuple[str, float]]:
        """(text, opacity 0..1) of each caption shown at `t`, oldest first."""
        out = []
        for s in self.shown:
            age = t - s.since
            if 0.0 <= age < HOLD:
                out.append((s.text, min(1.0, (HOLD - age) / FADE)))
        return out

    def draw(self, surface: pygame.Surface, fonts: Fonts, t: float, size: float = 1.0,
             high_contrast: bool = False) -> None:
        shown = self.visible(t)
        if not shown:
            return
        scale = surface.get_width() / 1920
        pad = round(10 * scale)
        y = round(TOP * scale)
        colour = (255, 255, 255) if high_contrast else (238, 226, 204)
        for text, alpha in shown:
            run = fonts.text("serif_italic", SIZE * size, scale, text, colour)
            w, h = run.get_size()
            x = round(RIGHT * scale) - w
            back = pygame.Surface((w + 2 * pad, h + pad), pygame.SRCALPHA)
            back.fill((8, 5, 6, round((236 if high_contrast else 170) * alpha)))
            surface.blit(back, (x - pad, y - pad // 2))
            run.set_alpha(round(255 * alpha))
            surface.blit(run, (x, y))
            run.set_alpha(255)  # the run is shared
            y += h + pad + round(6 * scale)
