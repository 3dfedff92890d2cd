"""The story's statements as frozen dataclasses: what the parser makes and the director plays.

One class per statement, each docstring showing its script syntax, each carrying the
`(file, line)` it came from so that any later check or runtime problem can point at the
script. They are plain data: the script language has no expressions and no escape hatch
into Python, by design.
"""

from __future__ import annotations

from dataclasses import dataclass

RAIN_LEVELS: dict[str, float] = {"none": 0.0, "light": 1.0, "steady": 2.0, "heavy": 3.0, "torrential": 4.0}
NOTEBOOK_ACTIONS = ("open", "close", "turn", "pass")
SOUND_MODES = ("once", "loop", "stop")  # `sound CUE [loop|stop]`; once when no mode is given


@dataclass(frozen=True)
class Source:
    """Where a statement was written."""

    file: str
    line: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}"


@dataclass(frozen=True)
class Title:
    """`title "Whispers of the Heart"`"""

    src: Source
    text: str


@dataclass(frozen=True)
class Subtitle:
    """`subtitle "A Silent Conversation of Love and Redemption"`"""

    src: Source
    text: str


@dataclass(frozen=True)
class Chapter:
    """`chapter "The notebook"`: a part of the story begins (the title's Chapters list)."""

    src: Source
    title: str


@dataclass(frozen=True)
class Character:
    """`character him "He" hand=elegant ink=#1b2a4a [figure=him]`

    `figure` names the drawn figure (its rig in assets/figures/poses.toml); by default the
    character's own id. The room map has a figure anchor named by the character's id."""

    src: Source
    id: str
    name: str
    hand: str
    ink: tuple[int, int, int] | None
    figure: str = ""

    @property
    def figure_id(self) -> str:
        return self.figure or self.id


@dataclass(frozen=True)
class Narrate:
    """`"The room was bathed in the soft glow of a dozen flickering candles."`"""

    src: Source
    text: str


@dataclass(frozen=True)
class Write:
    """`him "I never meant for things to end this way."` or, in another hand, `... hand=shaky`"""

    src: Source
    who: str
    text: str
    hand: str | None  # None: the character's own hand


@dataclass(frozen=True)
class Shot:
    """`shot notebook` or `shot wide over 2.5`"""

    src: Source
    name: str
    over: float


@dataclass(frozen=True)
class Camera:
    """`camera push 1.08 over 8`, `camera drift left 0.03 over 10`, or both: a slow move on
    the current shot, begun when its line begins, ended by the next change of shot"""

    src: Source
    push: float
    dx: float
    dy: float
    over: float


@dataclass(frozen=True)
class Rain:
    """`rain torrential over 4` (none, light, steady, heavy, torrential)"""

    src: Source
    level: str
    over: float

    @property
    def value(self) -> float:
        return RAIN_LEVELS[self.level]


@dataclass(frozen=True)
class ClockTime:
    """`clock 21:00` or `clock 00:40 over 10` (the hands sweep forward)"""

    src: Source
    minutes: int  # minutes after midnight, 0..1439
    over: float


@dataclass(frozen=True)
class Candles:
    """`candles 0.45 over 10` (1.0 new .. 0.0 burnt down)"""

    src: Source
    level: float
    over: float


@dataclass(frozen=True)
class Glow:
    """`glow 1.0 over 6` (the warm golden glow, 0..1)"""

    src: Source
    level: float
    over: float


@dataclass(frozen=True)
class Pose:
    """`pose him leaning`"""

    src: Source
    who: str
    pose: str


@dataclass(frozen=True)
class Look:
    """`look him fireplace` (a character id or a map object)"""

    src: Source
    who: str
    target: str


@dataclass(frozen=True)
class Face:
    """`face her tearful` (an expression listed for the figure in assets/figures/poses.toml)

    The expression holds until the next `face` for that character; a pose's own default
    face is used before the first one."""

    src: Source
    who: str
    expression: str


@dataclass(frozen=True)
class Notebook:
    """`notebook open`, `notebook close`, `notebook turn`, `notebook pass her`"""

    src: Source
    action: str
    to: str | None = None


@dataclass(frozen=True)
class Sound:
    """`sound sigh`, `sound heartbeat loop`, `sound heartbeat stop`"""

    src: Source
    cue: str
    mode: str = "once"


@dataclass(frozen=True)
class Wait:
    """`wait 1.5` (a wordless beat; a click skips it)"""

    src: Source
    seconds: float


@dataclass(frozen=True)
class Label:
    """`label start`"""

    src: Source
    name: str


@dataclass(frozen=True)
class Jump:
    """`jump start`"""

    src: Source
    target: str


@dataclass(frozen=True)
class End:
    """`end` (the ending card, then back to the title)"""

    src: Source


Command = (
    Title | Subtitle | Chapter | Character | Narrate | Write | Shot | Camera | Rain | ClockTime | Candles | Glow
    | Pose | Look | Face | Notebook | Sound | Wait | Label | Jump | End
)
Line = Narrate | Write
