"""What the room's layers draw, from a staging snapshot: the figures', the props' and the
effects' small states at a moment (game/room/layers.py turns a `Snapshot` into these and
calls the art in painter's order; the renderer and the camera ask for them too).

Pure functions of the snapshot and time, apart from the drawing (moved from layers.py, which
grew past the house limit of 500 lines; layers.py names them as before).
"""

from __future__ import annotations

from game.art.figures import FigureState
from game.art.props import PropState
from game.easing import ease_between
from game.fx import FxState
from game.fx.state import light_moment
from game.room.model import Rect, Room
from game.story.stage import Change, Snapshot


def figure_states(snap: Snapshot, nib: tuple[float, float] | None = None) -> dict[str, FigureState]:
    """The figures' states; `nib` (room px) is where the writer's pen touches the page."""
    states: dict[str, FigureState] = {}
    for who, pose in snap.poses.items():
        look = snap.looks.get(who)
        states[who] = FigureState(
            pose=pose.value, pose_since=pose.since, prev_pose=pose.previous,
            look=look.value if look else None, look_since=look.since if look else -1e9,
            prev_look=(look.previous or None) if look else None,
            nib=nib if who == snap.writer else None,
            face=snap.faces[who].value if who in snap.faces else None,
        )
    return states


def nib_in_room(pages: tuple[Rect, Rect], uv: tuple[float, float]) -> tuple[float, float]:
    """A point of the notebook panel's spread (u, v in 0..1) on the table's notebook pages."""
    u, v = uv
    page = pages[0] if u < 0.5 else pages[1]
    pu = (u * 2.0) % 1.0 if u < 1.0 else 1.0
    return (page.x + page.w * min(1.0, max(0.0, pu)), page.y + page.h * min(1.0, max(0.0, v)))


def notebook_shifts(room: Room) -> dict[str, float]:
    """Where the notebook rests (room px along the table) while each character holds it:
    the figure anchor's `notebook_shift` property (0 on the table)."""
    return {a.name: float(a.props.get("notebook_shift", 0.0)) for a in room.anchors_of("figure")}


def notebook_shift(holder: Change, t: float, shifts: dict[str, float]) -> float:
    """Where the notebook is on the table, sliding while it is passed."""
    end = shifts.get(holder.value, 0.0)
    p = holder.progress(t)
    if p >= 1.0 or not holder.previous:
        return end
    return ease_between(shifts.get(holder.previous, 0.0), end, p)


WRITING_POSE = "writing"  # the pose whose hand holds the pen (assets/figures/*-rig.toml)


def holds_pen(pose: str) -> bool:
    """A pose whose hand holds the pen: "writing", and "holding_writing" (her hand in his
    near hand, the pen in his far one, line 65-67)."""
    return pose == WRITING_POSE or pose.endswith("_" + WRITING_POSE)


def prop_state(snap: Snapshot, t: float, shifts: dict[str, float]) -> PropState:
    """The props at `t`. The clock's hands show the script's time alone (`clock` lines and their
    sweeps): a scene's running seconds added to it made the hands run back 8 minutes from line 53
    into the ending (whose own t starts at 0) and put a render of line N minutes away from the
    same line played (by however long each line was read). The pendulum still swings with `t`."""
    return PropState(
        clock_minutes=snap.clock_minutes,
        notebook_open=snap.notebook_open.value == "open",
        notebook_holder=snap.notebook_holder.value,
        # the one pen: in a writer's hand, or held in a pose that writes, else on the table
        pen_on_table=not snap.writer and not any(holds_pen(ch.value) for ch in snap.poses.values()),
        notebook_shift=notebook_shift(snap.notebook_holder, t, shifts),
    )


def fx_state(snap: Snapshot) -> FxState:
    """The room's light at the snapshot; the light map's rain at its light frame's moment (FxState.light_stepped)."""
    rain = snap.rain_curve
    return FxState(rain=snap.rain, candles=snap.candles, glow=snap.glow, fire=1.0,
                   light_rain=None if rain is None else rain.value(light_moment(snap.t)))
