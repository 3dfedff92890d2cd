"""A hand is data: the writer's letterforms, nib, rhythm and ink, read from `assets/hands.toml`.

The story script names hands (`character him "He" hand=elegant`); what a name *means*
lives in one TOML table per hand, so a writer can tune his tremor or her slant without
touching Python. `Hand` is a frozen dataclass whose field names are the TOML keys, so
the loader can reject an unknown or mistyped key by name (a typo must not silently fall
back to a default). Sizes are in logical pixels of the 1920x1080 canvas or in x-heights,
as each field says; times are seconds at the reference pace. No pygame here.
"""

from __future__ import annotations

import dataclasses
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

RGB = tuple[int, int, int]
COLOUR_KEYS = ("ink", "skin", "sleeve", "cuff")
NIBS = ("italic", "brush", "pointed")  # broad edge; pressure brush; copperplate's flexible point


@dataclass(frozen=True)
class Hand:
    """How one writer writes. Units: xh = x-heights, lpx = logical pixels."""

    name: str
    font: str  # "hershey:cursive" or a Vara JSON path relative to the TOML file
    extra_glyphs: str = ""  # optional TOML of replacement glyphs, relative to the TOML file
    ink: RGB = (27, 42, 74)  # default ink; a character's `ink=` overrides it
    pace: float = 1.0  # letters per second relative to the text-speed setting
    x_height: float = 19.0  # lpx
    font_slant_deg: float = 18.0  # the font's own lean (sets which way is "down-stroke")
    slant_deg: float = 0.0  # extra lean (+ = more italic)
    xscale: float = 1.0  # letter width factor
    ascender: float = 1.0  # stretch of the letters above the x-height (1.5: an ascender 1 + 1.5 x 1.33 xh)
    descender: float = 1.0  # stretch of the letters below the baseline
    tracking: float = 0.0  # xh added after each letter
    word_space: float = 1.0  # space width factor
    # nib
    nib: str = "italic"  # "italic" (broad nib swept along the path), "brush" or "pointed" (pressure)
    nib_width: float = 3.4  # lpx: broad-nib edge, or the brush's full-pressure diameter
    nib_hairline: float = 0.8  # lpx: broad-nib thickness, or the brush's hairline diameter
    nib_angle_deg: float = 35.0
    down_gain: float = 0.12  # how much down-strokes swell
    down_power: float = 1.3  # pressure ~ (how nearly the pen travels down the slant) ** this: higher,
    # only true down-strokes swell and the oval's tops and the joins stay hairlines (copperplate)
    swell: float = 0.0  # 0..1: a shade's pressure builds and eases along each down-stroke (thinner at its ends)
    taper_in: float = 0.0  # xh to reach full pressure (brush)
    taper_out: float = 0.0  # xh of lift-off taper (brush)
    # variation (all seeded per line)
    glyph_jitter: float = 0.02  # xh
    glyph_scale_jitter: float = 0.025
    glyph_rot_jitter_deg: float = 1.0
    wobble: float = 0.03  # xh, smooth noise field
    wobble_wavelength: float = 2.5  # xh
    baseline_drift: float = 0.07  # xh
    baseline_slope_deg: float = 0.3
    # rhythm
    speed_jitter: float = 0.12
    lift_time: float = 0.25  # time units of one x-height written
    air_speed: float = 2.5  # pen-up travel speed / writing speed
    word_pause: float = 2.0  # time units between words
    join_gap: float = 1.25  # xh: strokes closer than this join without a lift
    break_prob: float = 0.0  # chance of an unplanned lift at a join
    # ink behaviour
    pool: float = 0.5  # darkening at pen-down, 0..1
    pool_len: float = 0.6  # xh for the pool to fade
    dwell_dark: float = 0.15  # darker where the pen is slow
    dry: float = 0.0  # lighter toward the end of long strokes (brush)
    dry_len: float = 8.0  # xh
    # a failing hand
    tremor: float = 0.0  # lpx amplitude
    tremor_wavelengths: tuple[float, ...] = (0.45, 0.7, 1.1)  # xh along the path
    tremor_press: float = 0.09  # how far the pressure wavers with each tremor wave (a share of full)
    shiver: float = 0.0  # lpx: a quick irregular waver across the stroke (seeded noise, not sines), in bursts
    shiver_wavelength: float = 0.6  # xh along the path between the shiver's turns
    word_wobble: float = 0.0  # xh: each word lifted or dropped off the baseline and tilted (a shaking hand)
    hesitations: int = 0  # pauses with the pen resting (ink pools)
    hesitation_time: float = 0.5  # s
    hesitation_gap: float = 0.0  # xh: > 0, the pen stops mid-stroke instead (the ink pools in a dot),
    # lifts and comes down again this far on, leaving a gap in the stroke
    blot_at_end: float = 0.0  # xh radius of the blot where the pen rests at the end
    blot_at_hesitation: float = 0.0  # xh radius of blots at hesitations
    # the writer's hand seen over the page (game.pen.writer): skin, sleeve (None: a bare
    # forearm) and the shirt cuff between them (None: no cuff)
    skin: RGB = (222, 168, 128)
    sleeve: RGB | None = None
    cuff: RGB | None = None
    hand_size: float = 1.0  # the hand's size against his (hers is slimmer and smaller)
    writes_from: str = "right"  # the side of the book the writer sits on: "right" or "left"
    base_dir: Path = field(default=Path("."), compare=False)


class HandsError(ValueError):
    """A hands file is wrong; the message names the file and the key."""


_FIELDS = {f.name: f for f in dataclasses.fields(Hand) if f.name not in ("name", "base_dir")}


def parse_colour(text: str) -> RGB:
    """'#rrggbb' -> (r, g, b)."""
    s = text.strip().lstrip("#")
    if len(s) != 6:
        raise ValueError(f"not a #rrggbb colour: {text!r}")
    return (int(s[0:2], 16), int(s[2:4], 16), int(s[4:6], 16))


def _coerce(path: Path, hand: str, key: str, value: Any, default: Any) -> Any:
    where = f"{path}: [{hand}] {key}"
    if key in COLOUR_KEYS:
        if not isinstance(value, str):
            raise HandsError(f"{where}: expected a colour like \"#1b2a4a\", got {value!r}")
        try:
            return parse_colour(value)
        except ValueError as e:
            raise HandsError(f"{where}: {e}") from e
    if isinstance(default, tuple):
        if not isinstance(value, list) or not all(isinstance(v, int | float) for v in value):
            raise HandsError(f"{where}: expected a list of numbers, got {value!r}")
        return tuple(float(v) for v in value)
    if isinstance(default, bool | str):
        if type(value) is not type(default):
            raise HandsError(f"{where}: expected {type(default).__name__}, got {value!r}")
        return value
    if isinstance(default, int) and not isinstance(default, bool):
        if not isinstance(value, int) or isinstance(value, bool):
            raise HandsError(f"{where}: expected an integer, got {value!r}")
        return value
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise HandsError(f"{where}: expected a number, got {value!r}")
    return float(value)


def load_hands(path: Path) -> dict[str, Hand]:
    """Read every `[name]` table of a hands TOML file. Raises HandsError naming file and key."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise HandsError(f"{path}: cannot read hands file: {e}") from e
    except tomllib.TOMLDecodeError as e:
        raise HandsError(f"{path}: not valid TOML: {e}") from e
    hands: dict[str, Hand] = {}
    for name, table in data.items():
        if not isinstance(table, dict):
            raise HandsError(f"{path}: {name}: expected a [{name}] table")
        if "font" not in table:
            raise HandsError(f"{path}: [{name}] font: missing (e.g. font = \"hershey:cursive\")")
        kwargs: dict[str, Any] = {}
        for key, value in table.items():
            f = _FIELDS.get(key)
            if f is None:
                raise HandsError(f"{path}: [{name}] {key}: unknown key (known: {', '.join(sorted(_FIELDS))})")
            default = f.default if f.default is not dataclasses.MISSING else ""
            kwargs[key] = _coerce(path, name, key, value, default)
        if kwargs.get("nib", "italic") not in NIBS:
            raise HandsError(f"{path}: [{name}] nib: must be one of {', '.join(NIBS)}, got {kwargs['nib']!r}")
        if kwargs.get("writes_from", "right") not in ("right", "left"):
            raise HandsError(f"{path}: [{name}] writes_from: must be right or left, got {kwargs['writes_from']!r}")
        for key in ("x_height", "nib_width", "nib_hairline", "pace"):
            if key in kwargs and kwargs[key] <= 0:
                raise HandsError(f"{path}: [{name}] {key}: must be > 0, got {kwargs[key]!r}")
        hands[name] = Hand(name=name, base_dir=path.parent, **kwargs)
    if not hands:
        raise HandsError(f"{path}: no hands defined")
    return hands
