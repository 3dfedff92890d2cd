"""The figures' cut-out rig as data and maths: parts, poses, tweening, idle life, kinematics.

Each figure is a tree of flat parts (torso, head, upper arm, forearm, hand, thigh, shin,
foot...) joined at pivots, like a paper puppet. The art of every part is an SVG drawn
*facing right, limbs hanging down*; a pose is a set of joint angles plus an offset of
the hip from its place in the Tiled figure box. Keeping poses as numbers (not pictures)
is what lets a change of pose be a tween of joints instead of a cross-fade, and lets
idle life (breath, a tapping foot, a hand clenching) be added on top as functions of
time and a seed.

Conventions, used by the TOML data (`assets/figures/<id>-rig.toml`):

* Angles are degrees, local to the parent part, clockwise on screen positive, in the
  figure's own right-facing frame. So a torso leaning forward is `+`, an arm or thigh
  swung forward is `-` (a thigh at -90 points straight ahead), a shin at +90 under a
  horizontal thigh hangs straight down.
* `root = [dx, dy]` moves the hip in room pixels, `dx` *toward where the figure faces*.
* A part with `absolute = true` ignores its parent's rotation (a skirt hem hangs down);
  `follow = 0.4` turns with it only partly (long hair when she bows her head).

Nothing here imports pygame: the story linter and the tests use it without a display.
Public: `FigureState`, `FigureSpec`, `load_poses`, `FigureDataError`, `blend`, `solve`.
"""

from __future__ import annotations

import math
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from game.easing import smoothstep as ease

Vec = tuple[float, float]
LEADING = ("head", "torso", "collar")  # parts whose change of drawing (a turn) comes first in a change of pose
# the poses an arm passes through leaving the hair (see `_uncurl`), each at its share of the move
# (eased): the hand at her collarbone behind her jaw, then on her middle above her lap
UNCURL_VIA = (("_uncurl", 0.55), ("_uncurl_low", 0.8))
UNCURL_OPEN = (0.15, 0.45)  # of the move: the curled hand opens (cut at 0.3, as the wound lock slips off)


class FigureDataError(ValueError):
    """A figure data file is wrong; the message names the file and the key."""


@dataclass(frozen=True)
class FigureState:
    """What the director says about one figure at a moment (all times on the story clock)."""

    pose: str
    pose_since: float = -1e9
    prev_pose: str = ""
    look: str | None = None
    look_since: float = -1e9
    prev_look: str | None = None
    nib: tuple[float, float] | None = None  # while writing: where the pen nib is (room px)
    face: str | None = None  # the story's `face` expression (None: the pose's own face)


@dataclass(frozen=True)
class PartSpec:
    name: str
    variants: dict[str, str]  # variant name -> SVG file name
    default: str
    size: Vec  # the SVG's viewBox size, in room pixels
    pivot: Vec  # where it hangs from, in its own SVG coordinates
    parent: str  # "root" or another part
    joint: Vec  # where on the parent it hangs (parent SVG coords; for root, an offset from the hip)
    z: float
    far: bool  # on the far side of the body: drawn darker
    follow: float  # how much it turns with its parent: 1 rigid, 0 plumb (a skirt hem), between (hair)


@dataclass(frozen=True)
class PoseSpec:
    name: str
    root: Vec
    angles: dict[str, float]
    variants: dict[str, str]
    z: dict[str, float]
    gaze: str | None
    eyes: str | None
    idle: tuple[str, ...]
    front: frozenset[str] = frozenset()  # parts drawn over the coffee table (hands on the notebook)


@dataclass(frozen=True)
class FaceSpec:
    """An expression: which drawing each face part shows (`[faces.NAME]` in a rig file),
    e.g. brows = "knit", eyes = "open", mouth = "down"; `tears` (0..1) wets the eyes."""

    name: str
    variants: dict[str, str]
    tears: float = 0.0


@dataclass(frozen=True)
class FigureSpec:
    """One character's rig: parts in drawing-tree order, poses, placement."""

    id: str
    source: str
    facing: int  # +1 right, -1 left: how the right-facing art is turned in the room
    hip_in_box: Vec
    z_base: float
    rim: Vec
    transition: float
    pen_tip: tuple[str, Vec]
    parts: dict[str, PartSpec]
    poses: dict[str, PoseSpec]
    story_poses: tuple[str, ...]
    seed_phase: float = 0.0
    order: tuple[str, ...] = field(default=())
    faces: dict[str, FaceSpec] = field(default_factory=dict)


def _vec(v: Any, where: str) -> Vec:
    if not (isinstance(v, list) and len(v) == 2 and all(isinstance(c, int | float) for c in v)):
        raise FigureDataError(f"{where}: expected [x, y], got {v!r}")
    return (float(v[0]), float(v[1]))


def _read(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise FigureDataError(f"{path}: {exc}") from exc


def _load_faces(path: Path, data: dict[str, Any], parts: dict[str, PartSpec], listed: tuple[str, ...]) -> dict[str, FaceSpec]:
    faces: dict[str, FaceSpec] = {}
    for name, f in data.get("faces", {}).items():
        where = f"{path}: [faces.{name}]"
        variants = {k: v for k, v in f.items() if k != "tears"}
        for part, var in variants.items():
            if part not in parts:
                raise FigureDataError(f"{where}: unknown part {part!r}")
            if not isinstance(var, str) or var not in parts[part].variants:
                raise FigureDataError(f"{where}: part {part!r} has no variant {var!r}")
        tears = f.get("tears", 0.0)
        if not isinstance(tears, int | float) or not 0.0 <= tears <= 1.0:
            raise FigureDataError(f"{where}.tears: expected a number 0..1, got {tears!r}")
        faces[name] = FaceSpec(name, variants, float(tears))
    for name in listed:
        if name not in faces:
            raise FigureDataError(f"{path}: face {name!r} (listed in poses.toml) has no [faces.{name}]")
    return faces


def _load_rig(cid: str, path: Path, story_poses: tuple[str, ...], faces: tuple[str, ...] = ()) -> FigureSpec:
    data = _read(path)
    fig = data.get("figure", {})
    parts: dict[str, PartSpec] = {}
    for name, p in data.get("parts", {}).items():
        where = f"{path}: [parts.{name}]"
        try:
            variants = dict(p["variants"]) if "variants" in p else {"": str(p["file"])}
            default = str(p.get("default", next(iter(variants))))
            parent = str(p.get("parent", "root"))
            if parent != "root" and parent not in parts:
                raise FigureDataError(f"{where}: parent {parent!r} must be defined above it")
            parts[name] = PartSpec(
                name, variants, default, _vec(p["size"], f"{where}.size"), _vec(p["pivot"], f"{where}.pivot"),
                parent, _vec(p.get("joint", [0, 0]), f"{where}.joint"), float(p.get("z", 0)),
                bool(p.get("far", False)), float(p.get("follow", 0.0 if p.get("absolute", False) else 1.0)),
            )
        except KeyError as exc:
            raise FigureDataError(f"{where}: missing key {exc}") from exc
    poses: dict[str, PoseSpec] = {}
    for name, p in data.get("poses", {}).items():
        where = f"{path}: [poses.{name}]"
        for key in (*p.get("angles", {}), *p.get("variants", {}), *p.get("z", {}), *p.get("front", ())):
            if key not in parts:
                raise FigureDataError(f"{where}: unknown part {key!r}")
        for part, var in p.get("variants", {}).items():
            if var not in parts[part].variants:
                raise FigureDataError(f"{where}.variants: part {part!r} has no variant {var!r}")
        poses[name] = PoseSpec(
            name, _vec(p.get("root", [0, 0]), f"{where}.root"),
            {k: float(v) for k, v in p.get("angles", {}).items()}, dict(p.get("variants", {})),
            {k: float(v) for k, v in p.get("z", {}).items()}, p.get("gaze"), p.get("eyes"),
            tuple(p.get("idle", ())), frozenset(p.get("front", ())),
        )
    for name in story_poses:
        if name not in poses:
            raise FigureDataError(f"{path}: pose {name!r} (listed for {cid!r} in poses.toml) has no [poses.{name}]")
    for key in ("_stand", "_walk"):
        if key not in poses:
            raise FigureDataError(f"{path}: missing [poses.{key}] (used when the figure crosses the room)")
    tip = fig.get("pen_tip", {})
    return FigureSpec(
        id=cid, source=str(path), facing=-1 if fig.get("facing", "right") == "left" else 1,
        hip_in_box=_vec(fig.get("hip_in_box", [0.5, 0.7]), f"{path}: [figure].hip_in_box"),
        z_base=float(fig.get("z_base", 0)), rim=_vec(fig.get("rim", [0, 0]), f"{path}: [figure].rim"),
        transition=float(fig.get("transition", 1.0)),
        pen_tip=(str(tip.get("part", "near_hand")), _vec(tip.get("point", [0, 0]), f"{path}: [figure].pen_tip")),
        parts=parts, poses=poses, story_poses=story_poses, seed_phase=float(fig.get("phase", 0.0)),
        order=tuple(parts), faces=_load_faces(path, data, parts, faces),
    )


def load_poses(path: Path) -> dict[str, FigureSpec]:
    """Read `poses.toml` (pose names per character) and each character's rig file beside it."""
    data = _read(path)
    specs: dict[str, FigureSpec] = {}
    for cid, entry in data.items():
        if not isinstance(entry, dict) or not isinstance(entry.get("poses"), list):
            raise FigureDataError(f"{path}: [{cid}] needs poses = [\"name\", ...]")
        rig = entry.get("rig")
        if not isinstance(rig, str):
            raise FigureDataError(f"{path}: [{cid}] needs rig = \"file.toml\"")
        faces = entry.get("faces", [])
        if not isinstance(faces, list):
            raise FigureDataError(f"{path}: [{cid}] faces must be a list of names")
        specs[cid] = _load_rig(cid, path.parent / rig, tuple(str(p) for p in entry["poses"]), tuple(str(f) for f in faces))
    return specs


# --------------------------------------------------------------------- blending


@dataclass
class Blend:
    """A pose in between: what `solve` turns into placed parts."""

    root: Vec
    angles: dict[str, float]
    variants: dict[str, dict[str, float]]  # part -> variant -> weight
    z: dict[str, float]
    idle: dict[str, float]  # idle effect -> weight
    gaze: str | None
    eyes: str | None
    walking: float = 0.0  # weight of the walk cycle (crossing the room)
    front: frozenset[str] = frozenset()


def _pose_blend(spec: FigureSpec, pose: PoseSpec) -> Blend:
    return Blend(
        root=pose.root,
        angles={n: pose.angles.get(n, 0.0) for n in spec.parts},
        variants={n: {pose.variants.get(n, p.default): 1.0} for n, p in spec.parts.items()},
        z={n: pose.z.get(n, p.z) for n, p in spec.parts.items()},
        idle={k: 1.0 for k in pose.idle}, gaze=pose.gaze, eyes=pose.eyes, front=pose.front,
    )


def _mix(a: Blend, b: Blend, u: float) -> Blend:
    variants: dict[str, dict[str, float]] = {}
    mid = ease((u - 0.35) / 0.3)  # swap hand shapes around the middle of the move
    early = ease((u - 0.02) / 0.16)  # a head (and shoulders) turning leads the move: the body follows
    for part in a.variants:
        vu = early if part in LEADING else mid
        w: dict[str, float] = {}
        for k, v in a.variants[part].items():
            w[k] = w.get(k, 0.0) + v * (1 - vu)
        for k, v in b.variants[part].items():
            w[k] = w.get(k, 0.0) + v * vu
        variants[part] = {k: v for k, v in w.items() if v > 0.004}
    idle = {k: v * (1 - u) for k, v in a.idle.items()}
    for k, v in b.idle.items():
        idle[k] = idle.get(k, 0.0) + v * u
    return Blend(
        root=(a.root[0] + (b.root[0] - a.root[0]) * u, a.root[1] + (b.root[1] - a.root[1]) * u),
        angles={n: a.angles[n] + (b.angles[n] - a.angles[n]) * _arm_u(a, b, n, u) for n in a.angles},
        variants=variants, z=b.z if u >= 0.5 else a.z, idle=idle,
        gaze=b.gaze if u >= 0.5 else a.gaze, eyes=b.eyes if u >= 0.7 else a.eyes,
        walking=a.walking + (b.walking - a.walking) * u, front=b.front if u >= 0.5 else a.front,
    )


def _arm_u(a: Blend, b: Blend, part: str, u: float) -> float:
    """How far a part has moved at `u` of a pose change. An arm going up to the hair (the twirl's
    `curl` hand) raises the hand first and lifts the elbow late; leaving it, see `_uncurl`."""
    side, _, limb = part.partition("_")
    if limb not in ("upper", "fore"):
        return u
    if "curl" in b.variants.get(side + "_hand", {}) and "curl" not in a.variants.get(side + "_hand", {}):
        return 1.0 - (1.0 - u) ** 2 if limb == "fore" else u * u
    return u


def _uncurl(spec: FigureSpec, a: Blend, b: Blend, out: Blend, u: float) -> None:
    """An arm leaving the hair (the twirl's `curl` hand, as she sits up at 18) passes through the
    `UNCURL_VIA` poses: the hand slides down behind her jaw to her collarbone (elbow down, forearm
    folded), opening there, then down her bodice to her middle (the elbow drawn back, the forearm
    across her waist), then along her thigh to her lap, the wrist trailing. Tweened straight, or
    elbow first, the raised forefinger crossed her lips at 0.3-0.4 s, a "shush" (review of stop 26);
    unfolded straight from the collarbone to the lap, her forearm stood out level at her chest, a
    hand reaching for nothing (review14 #6)."""
    vias = [(spec.poses[name], at) for name, at in UNCURL_VIA if name in spec.poses]
    if not vias:
        return
    for side in ("near", "far"):
        hand = side + "_hand"
        if "curl" not in a.variants.get(hand, {}) or "curl" in b.variants.get(hand, {}):
            continue
        _along(side, [(a.angles, 0.0), *((v.angles, at) for v, at in vias), (b.angles, 1.0)], out, u)
        opened = ease((u - UNCURL_OPEN[0]) / (UNCURL_OPEN[1] - UNCURL_OPEN[0]))
        weights: dict[str, float] = {}
        for src, share in ((a.variants[hand], 1.0 - opened), (b.variants[hand], opened)):
            for var, wt in src.items():
                weights[var] = weights.get(var, 0.0) + wt * share
        out.variants[hand] = {k2: v for k2, v in weights.items() if v > 0.004}


def _along(side: str, keys: list[tuple[dict[str, float], float]], out: Blend, u: float) -> None:
    """One arm's angles at `u` along its key poses (angles, share of the move), linear between
    neighbours (linear in the eased move: no stop at a waypoint); a key without a part keeps it
    where the move put it. Angles are taken as written (a waypoint may wind the hand past a turn, so
    that it goes the way the drawing needs), but into the last pose the short way round."""
    i = next((j for j in range(1, len(keys)) if u <= keys[j][1]), len(keys) - 1)
    (p, u0), (q, u1) = keys[i - 1], keys[i]
    k = min(1.0, max(0.0, (u - u0) / max(1e-6, u1 - u0)))
    for part in (side + "_upper", side + "_fore", side + "_hand"):
        if part in p and part in q:
            turn = q[part] - p[part]
            if i == len(keys) - 1:
                turn = (turn + 180.0) % 360.0 - 180.0
            out.angles[part] = p[part] + turn * k


def travel_time(spec: FigureSpec, a: str, b: str) -> float:
    """Seconds a change of pose takes; crossing the room means rising, walking, sitting."""
    if a not in spec.poses or a == b:
        return 0.0
    dx = abs(spec.poses[b].root[0] - spec.poses[a].root[0])
    # seated, she shifts along the cushion (up to 220 px: to the sofa's end, making room for
    # him, during the hands insert at line 71); a longer move is rising, walking, sitting
    return spec.transition if dx < 220 else 1.6 + dx / 320.0


def blend(spec: FigureSpec, state: FigureState, t: float) -> Blend:
    """The figure's pose at time t, part way from `prev_pose` to `pose`."""
    new = _pose_blend(spec, spec.poses[state.pose])
    dur = travel_time(spec, state.prev_pose, state.pose)
    if dur <= 0.0 or t - state.pose_since >= dur:
        return new
    old = _pose_blend(spec, spec.poses[state.prev_pose])
    u = max(0.0, (t - state.pose_since) / dur)
    if dur <= spec.transition + 1e-6:
        out = _mix(old, new, ease(u))
        _uncurl(spec, old, new, out, ease(u))
        return out
    # rise (0..0.3), walk across (0.3..0.7), sit or kneel (0.7..1)
    stand = _pose_blend(spec, spec.poses["_stand"])
    walk = _pose_blend(spec, spec.poses["_walk"])
    walk.walking = 1.0
    y = stand.root[1]
    if u < 0.3:
        stand.root = (old.root[0], y)
        return _mix(old, stand, ease(u / 0.3))
    if u < 0.7:
        k = (u - 0.3) / 0.4
        walk.root = (old.root[0] + (new.root[0] - old.root[0]) * ease(k), y)
        stand.root = walk.root
        return _mix(stand, walk, min(1.0, 4 * min(k, 1 - k)))
    stand.root = (new.root[0], y)
    return _mix(stand, new, ease((u - 0.7) / 0.3))


# ------------------------------------------------------------------- kinematics


@dataclass(frozen=True)
class Placed:
    """A part placed in the room: its pivot position, angle (room frame, clockwise +), draw order."""

    part: str
    x: float
    y: float
    angle: float
    z: float
    flip: bool  # drawn mirrored (the figure faces left)


def rotate(v: Vec, deg: float) -> Vec:
    r = math.radians(deg)
    c, s = math.cos(r), math.sin(r)
    return (v[0] * c - v[1] * s, v[0] * s + v[1] * c)


def solve(spec: FigureSpec, b: Blend, hip: Vec) -> dict[str, Placed]:
    """Forward kinematics: every part's pivot in room coordinates, parents before children."""
    sx = spec.facing
    hx, hy = hip[0] + sx * b.root[0], hip[1] + b.root[1]
    canon: dict[str, tuple[Vec, float]] = {}
    out: dict[str, Placed] = {}
    for name in spec.order:
        p = spec.parts[name]
        local = b.angles.get(name, 0.0)
        if p.parent == "root":
            pos, ang = p.joint, local
        else:
            (ppos, pang) = canon[p.parent]
            pp = spec.parts[p.parent]
            off = rotate((p.joint[0] - pp.pivot[0], p.joint[1] - pp.pivot[1]), pang)
            pos = (ppos[0] + off[0], ppos[1] + off[1])
            ang = pang * p.follow + local
        canon[name] = (pos, ang)
        out[name] = Placed(name, hx + sx * pos[0], hy + pos[1], sx * ang, spec.z_base + b.z[name], sx < 0)
    return out


def local_point(spec: FigureSpec, placed: Placed, point: Vec) -> Vec:
    """A point given in a part's own SVG coordinates, in room coordinates."""
    p = spec.parts[placed.part]
    dx, dy = point[0] - p.pivot[0], point[1] - p.pivot[1]
    if placed.flip:
        dx = -dx
    ox, oy = rotate((dx, dy), placed.angle)
    return (placed.x + ox, placed.y + oy)
