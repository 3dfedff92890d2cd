"""The lock wound round her raised forefinger in the wides at 16/17 (curl.svg and its phases).

Shared by the drawing (tools/hands/twirl_wide.py writes curl.svg, curl_w1..3.svg from it) and
the figures (game/art/figures.py shows the phase of the moment and ends the lock from her temple
where the coil begins), so the drawn lock and the coil meet at one point in every phase.

The coil is a helix round the finger (the finger runs up curl.svg's middle, its tip at the
bottom): two and a half turns from the tip end (where the lock from the temple comes in) toward the
knuckles, the free end falling from the last turn. Seen from the side it passes over the finger
and behind it in turn. As she twirls the helix turns to and fro on the finger (its crossings slide
along it, the lock's entry slides round the finger's near side) and the free end swings
(two brown crescents hooked on the finger did not read as hair wound round it, review13 D6)."""

from __future__ import annotations

import math

FRAMES = 4  # drawings of the coil through a twirl: curl.svg is frame 0, curl_w1..3.svg the others
PERIOD = 1.3  # s: one twirl to and fro (the old rock's period)
PART_SCALE = 0.75  # curl part units (room px) per curl.svg unit: the 40-unit drawing is shown 30 px
AXIS_X = 20.4  # curl.svg: the finger's middle (hand_curl.svg's forefinger under the curl's joint)
FINGER_HALF = 4.1  # curl.svg units: the finger's half width under the coil
RADIUS = 4.7  # the coil's radius: a lock wound loosely stands a little off the finger
ENTRY_Y, END_Y = 30.0, 12.0  # the coil's ends along the finger: the tip end (the lock comes in) and the knuckle end
TURNS = 2.5  # ends at the finger's right edge (in curl.svg), where the free end falls away on the far side from her face
TILT = 1.4  # seen a little from the tip's side: the near halves bow toward the tip, the far ones toward the knuckles
PHASES = (0.0, 1 / 12, 1 / 6, 1 / 12)  # turns of the helix on the finger in each frame: to and fro
SWAY = (-1.0, 0.0, 1.0, 0.0)  # the free end's swing in each frame


def frame(t: float) -> int:
    """The coil's drawing shown at `t` seconds."""
    return int(t * FRAMES / PERIOD) % FRAMES


def variant(k: int) -> str:
    """The rig's name of frame `k`'s drawing (her-rig.toml [parts.curl] variants)."""
    return f"w{k}"


def start_angle(k: int) -> float:
    """The helix's angle round the finger where the lock comes in, in frame `k`: -pi/2 is the
    finger's left edge, 0 its near side's middle."""
    return -math.pi / 2 + 2 * math.pi * PHASES[k]


def helix(theta: float, k: int) -> tuple[float, float]:
    """The coil's middle at `theta` (radians wound from the entry) in frame `k`, in curl.svg units."""
    a = start_angle(k) + theta
    pitch = (ENTRY_Y - END_Y) / TURNS
    return (AXIS_X + RADIUS * math.sin(a), ENTRY_Y - pitch * theta / (2 * math.pi) + TILT * math.cos(a))


def in_front(theta: float, k: int) -> bool:
    """Whether the coil at `theta` passes over the finger (its near side), else behind it."""
    return math.cos(start_angle(k) + theta) > 0


def entry(k: int) -> tuple[float, float]:
    """Where the lock from her temple joins the coil in frame `k`, in the curl part's own units
    (room px from its top-left corner: game/art/rig.local_point's `point`)."""
    x, y = helix(0.0, k)
    return (x * PART_SCALE, y * PART_SCALE)
