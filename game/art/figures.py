"""Him and her: the two figures, drawn as cut-out puppets with idle life and moving gazes.

The rig (`game.art.rig`) says where every part is, `game.art.figure_idle` adds the small
motions; this module aims the heads, bends a writing arm to the pen, and draws.
Files: `assets/figures/poses.toml` (pose names per character, the story linter's list)
-> `<id>-rig.toml` (parts, poses as joint angles) -> `assets/art/figures/<id>/*.svg`.
Gaze: a `look` turns the head toward a room anchor or the other figure (a target behind
is looked toward by pitch only, never over the shoulder) and lowers the eyes;
whichever of `pose` and `look` the director set last wins, so a new pose brings its own
gaze (`gaze` in the rig data). Only the difference from the pose's own head angle is
turned, so a bowed reader is not bowed twice.

Drawing: parts are drawn in z order across both figures (her arm may lie over his
shoulder, his over her back), each one blit of a cached, rotated raster with its warm rim
baked in (`game.art.figure_raster`). Both figures cost ~1.3 ms a frame at 1080p wide and
~2.6 ms in a 2.4x close-up; parts the shot does not show are skipped before they are
turned. Silhouettes (for wall shadows and for hiding flames) are a SILHOUETTE_FPS
animation, posed at floor(t * fps) / fps with the pen nib rounded to NIB_STEP room px,
so they are the same objects for a few frames (the effects cache their work by mask
object: new masks every frame meant re-baking every shadow and re-inverting every
occluder every frame) and still a pure function of the moment; and they are rasterized
at most at MASK_SCALE (the light map is 1/8 size; a flame hidden behind a figure gets a
slightly softer edge).

Public API::

    specs = load_poses(Path("assets/figures/poses.toml"))      # no display needed
    figures = Figures(room, specs, Path("assets/art/figures"), svg_cache, seed)
    states = {"him": FigureState(pose, pose_since, prev_pose, look, look_since, prev_look, nib, face), ...}
    figures.draw(surface, view, states, t)              # or layer="back", then "front" after
                                                        # the front props (hands on the table)
    figures.silhouettes(view, states, t) -> [(alpha mask, screen Rect, floor y in room)]
    figures.hand_pos("him", states, t) -> (x, y)        # the pen nib, room coordinates
    figures.head_pos("her", states, t) -> (x, y)        # centre of the head, room coordinates

`FigureState.nib`: while a figure writes, where the pen's nib is (room px); the pen arm
bends (CCD through elbow, shoulder, a little lean and slide) to put the nib there.
"""

from __future__ import annotations

import logging
import math
from dataclasses import replace
from pathlib import Path

import pygame

from game.art import curl
from game.art.ahead_plan import AheadPlans
from game.art.figure_clip import RIM_REACH
from game.art.figure_idle import add_idle, blink, wave
from game.art.figure_raster import Drawn, PartRasters
from game.art.figure_reach import idle_nib, reach, sweeps, two_bone
from game.art.mask_grid import MaskGrid
from game.art.rig import (
    Blend,
    FigureDataError,
    FigureSpec,
    FigureState,
    Placed,
    blend,
    load_poses,
    local_point,
    rotate,
    solve,
)
from game.art.svg import SvgCache
from game.art.zoom_levels import zoom_level
from game.easing import fade
from game.room.model import Room
from game.view import View

__all__ = ["FigureDataError", "FigureSpec", "FigureState", "Figures", "load_poses"]

log = logging.getLogger(__name__)

HEAD_PARTS = ("head", "brows", "eyes", "mouth", "tears", "lips")  # parts sharing the head's frame and pivot
STRAND = "strand"  # the lock of hair from behind her ear to the twirling finger (drawn, not an SVG)
# Turns made ahead (`Figures._turn_ahead`): a breath turns her torso, arms, hair and head a quarter
# degree together every ~0.1-0.2 s; at line 17's push (4.8x) that step was ~1 Mpx of turns in one
# frame, and the rims (game/fx/rim_art.py, posed at 5 fps and a pose on) asked for two poses' worth
# at once: 70-120 ms frames at 1080p, every frame in play at 5 fps. The poses to come are a pure
# function of time, so their parts are turned in the frames before, on the loader thread (game/art/
# turn_jobs.py; on the main thread, a share of each frame, until stop 44), the nearest moment first: the large,
# slow parts of the next AHEAD_STEP moments within AHEAD_DRAW s (drawn), and every part of the rims'
# moments within AHEAD_RIM s (asked for a step before they show) of a figure the rims measured lately.
AHEAD_STEP = 0.05  # s between the drawn moments turned ahead for
AHEAD_DRAW = 0.15  # s: how far ahead the drawn moments go
RIM_STEP = 0.2  # s between the rims' poses (1 / game.fx.figure_light.RIM_POSE_FPS)
AHEAD_RIM = 0.4  # s: how far ahead the rims' moments go (the pose after next is asked for at the next)
RIM_LATELY = 30  # frames: a figure measured by the rims within these has its rims' poses turned ahead
AHEAD_LEAST = 150_000  # px: a drawn moment's part turned smaller is left to its frame (cheap)
AHEAD_FAST = 4.0  # degrees a second: a drawn moment's part turning faster is left to its frame (its
# angle then a guess: a twirling hand, a trembling lip, a tapping foot); a breath turns ~2.4 at most
SILHOUETTE_FPS = 10  # silhouettes are posed at floor(t * SILHOUETTE_FPS): every other light-map frame (20 fps)
MASK_SCALE = 0.5  # silhouettes are rasterized at most at this view scale (room px per mask px)
NIB_STEP = 16.0  # room px: the writer's nib is rounded to this for the silhouettes
STRAND_ROOT = (56.0, 36.0)  # where it leaves the hair: at the temple, just inside the hair's front edge above the ear (head.svg coordinates), where her finger winds it in the close insert at 15 (below the ear, at 16, the place and the hand disagreed with 15, review11); the finger stays at the hairline so the lock never crosses her cheek (a cord from the hairline across it, review10 #15)
HAIR = ((74, 39, 21), (160, 97, 58), (108, 57, 33))  # her hair's own chestnut (head.svg: shade #4a2715, sheen #a0613a, body near the painted hair's mean, 95,49,28): the lock's underside, sheen, body (a lighter lock, 158,96,58, read as skin beside her neck, review11 N5)


STRAND_SHOWN = 0.9  # twirl weight above which the lock runs from her hair to the finger: as the hand leaves (she sits up at 18) a drawn lock stretched from her temple to it, a cord
CURL_GONE = 0.7  # twirl weight at which the wound curl is gone (a half-faded curl floated by the lowering hand at 18)
STRAND_HALF = (3.4, 1.25)  # room px: the lock's half width at the root (several strands wide) and at the finger (as wide as the coil it winds into, game/art/curl.py)
STRAND_SAG = 7.0  # room px: the lock bows back (away from her face, over her hair) and down with its weight
STRAND_BANDS = (((-1.0, -0.45), (84, 44, 25)), ((0.35, 0.95), HAIR[1]))  # (span across the half width, colour): its underside in shade, its lit edge, filled (fibre lines and an outline read as loops of wire, review12 D6)

STRAND_HAIRS = ((-0.2, (69, 35, 19)), (0.1, (160, 102, 62)), (0.6, (69, 35, 19)))  # (across the half width, colour): single lines as the coil's


def strand_band(spec: FigureSpec, head: Placed, finger: tuple[float, float], t: float) -> list[tuple[float, float, float, float, float]]:
    """The twirled lock in room coordinates, root to finger: (x, y, normal x, normal y, half width)
    at 17 points. It leaves the side hair at STRAND_ROOT and bows back, away from her face,
    sagging with its weight (bowed forward, it crossed her jaw: a chin strap, review11)."""
    x0, y0 = local_point(spec, head, STRAND_ROOT)
    x1, y1 = finger
    cx = (x0 + x1) / 2 - spec.facing * (STRAND_SAG + 1.0 * wave(t, 1.3))
    cy = (y0 + y1) / 2 + STRAND_SAG * 0.5
    centre = [((1 - u) ** 2 * x0 + 2 * u * (1 - u) * cx + u * u * x1, (1 - u) ** 2 * y0 + 2 * u * (1 - u) * cy + u * u * y1)
              for u in (i / 16 for i in range(17))]
    band = []
    for i, (px, py) in enumerate(centre):
        (ax, ay), (bx, by) = centre[max(i - 1, 0)], centre[min(i + 1, 16)]
        n = math.hypot(bx - ax, by - ay) or 1.0
        u = i / 16
        taper = min(1.0, 0.45 + 4.4 * u)  # the root end narrows into the hair: cut square, it read as a strap's end
        band.append((px, py, -(by - ay) / n, (bx - ax) / n, (STRAND_HALF[0] * (1 - u) ** 0.8 + STRAND_HALF[1] * u) * taper))
    return band


LOWERED_EYES = ("soft",)  # face eye drawings already looking down: a downward gaze keeps them

TURNED = "turned"  # the head's three-quarter drawing (looking back over the near shoulder) and its face parts
TURNED_FEATURES = ("brows", "mouth")  # drawn as their `turned` variant with that head (the eyes: `turned`/`turned_closed`)


def head_turned(spec: FigureSpec, b: Blend) -> bool:
    """True while the figure's head shows its three-quarter `turned` drawing."""
    return "head" in spec.parts and solid_variant(b.variants.get("head", {spec.parts["head"].default: 1.0}))[0] == TURNED


def solid_variant(weights: dict[str, float]) -> tuple[str, float]:
    """The one drawing of a part to show while a pose changes: the heaviest, fully opaque.
    Two drawings dissolved into each other let the room show through the limb, so a change
    of drawing is a cut at the halfway point (the part's motion stays smooth)."""
    var = max(weights, key=lambda k: weights[k])
    return var, min(1.0, sum(weights.values()))


def _moments(t: float) -> list[tuple[float, bool]]:
    """The moments after `t` whose poses are turned ahead (`Figures._turn_ahead`), nearest first,
    each with whether the rims measure it: the AHEAD_STEP grid to AHEAD_DRAW s on, and the rims'
    RIM_STEP grid to AHEAD_RIM s on."""
    drawn = {round(k * AHEAD_STEP, 6) for k in range(math.floor(t / AHEAD_STEP) + 1, math.floor((t + AHEAD_DRAW) / AHEAD_STEP) + 1)}
    rims = {round(k * RIM_STEP, 6) for k in range(math.floor(t / RIM_STEP) + 1, math.floor((t + AHEAD_RIM) / RIM_STEP) + 1)}
    return sorted((m, m in rims) for m in drawn | rims)


class Figures:
    """Both figures: posing, idle life, gaze, drawing. One instance per room."""

    def __init__(self, room: Room, specs: dict[str, FigureSpec], art_dir: Path, svg: SvgCache, seed: int) -> None:
        self.room, self.specs, self.art_dir, self.svg, self.seed = room, specs, art_dir, svg, seed
        self.rasters = PartRasters(specs, art_dir, svg)
        self._warned: set[tuple[str, str, str]] = set()
        self._last: tuple[object, tuple[list[Drawn], dict[str, dict[str, Placed]]]] | None = None
        self._sil: tuple[object, list[tuple[pygame.Surface, pygame.Rect, float]]] | None = None
        self._sil_next: tuple[object, list[tuple[pygame.Surface, pygame.Rect, float]]] | None = None  # made ahead (fx/light_next.py)
        self._ahead_poses: dict[tuple[float, object], list[Drawn]] = {}  # the poses to come turned ahead for (`_coming`)
        self._plans = AheadPlans()  # what `_turn_ahead` reads of their parts, found once a moment
        self._shown: tuple[View, float] | None = None  # the view and time the figures were last drawn at
        self.grid = MaskGrid()  # a move's large frame's masks posed on its settled still's grid

    # -------------------------------------------------------------- posing

    def _hip(self, cid: str) -> tuple[float, float]:
        spec = self.specs[cid]
        box = self.room.anchor(cid).rect
        return (box.x + box.w * spec.hip_in_box[0], box.y + box.h * spec.hip_in_box[1])

    def _bodies(self, states: dict[str, FigureState], t: float) -> dict[str, tuple[Blend, dict[str, Placed]]]:
        out = {}
        for cid, st in states.items():
            spec = self.specs[cid]
            if st.pose not in spec.poses or (st.prev_pose and st.prev_pose not in spec.poses):
                if (cid, st.pose, st.prev_pose) not in self._warned:  # the linter should have said so
                    log.warning("%s: unknown pose %r (from %r); using %r", cid, st.pose, st.prev_pose, spec.story_poses[0])
                    self._warned.add((cid, st.pose, st.prev_pose))
                good = st.pose if st.pose in spec.poses else spec.story_poses[0]
                st = replace(st, pose=good, prev_pose=st.prev_pose if st.prev_pose in spec.poses else good)
            b = blend(spec, st, t)
            nib = st.nib if st.nib is not None else self._idle_nib(spec, b, t, self.seed + sum(map(ord, cid)), self._hip(cid))
            if nib is not None:  # the pen's timeline (or the idle line) moves the hand: no joint-angle scribble
                b.idle.pop("write", None)
                b.idle.pop("write_far", None)
            add_idle(spec, b, t, self.seed + sum(map(ord, cid)))
            placed = solve(spec, b, self._hip(cid))
            if nib is not None:
                placed = self._reach(spec, b, placed, nib, self._hip(cid), lean=st.nib is not None)
            out[cid] = (b, placed)
        return out

    # the pen arm's reach (game/art/figure_reach.py), named here as before
    _idle_nib = staticmethod(idle_nib)
    _reach = staticmethod(reach)
    _two_bone = staticmethod(two_bone)
    _sweeps = staticmethod(sweeps)

    def _target(self, name: str | None, bodies: dict[str, tuple[Blend, dict[str, Placed]]]) -> tuple[float, float] | None:
        if name is None:
            return None
        if name in bodies:
            return self._head_centre(name, bodies[name][1])
        if name in self.room.anchors:
            r = self.room.anchors[name].rect
            return (r.cx, r.cy + (r.h * 0.25 if name == "fireplace" else 0.0))
        return None

    def _head_centre(self, cid: str, placed: dict[str, Placed]) -> tuple[float, float]:
        spec, h = self.specs[cid], placed["head"]
        piv = spec.parts["head"].pivot
        return local_point(spec, h, (piv[0] + 40.0, piv[1] - 85.0))

    def _gaze(self, cid: str, st: FigureState, b: Blend, placed: dict[str, Placed], bodies: dict[str, tuple[Blend, dict[str, Placed]]], t: float) -> tuple[float, float, float]:
        """How to turn the head toward the look target: (extra room-frame rotation of the
        head, turned-over-the-shoulder 0..1, the gaze's pitch in degrees, down +), eased
        from the previous target. The pose's own head angle is kept where it already
        points the right way: only the difference is turned, and at most 35 degrees."""
        spec = self.specs[cid]
        # eyes closed (the kiss, the embrace): the pose holds the head, no look aims it
        explicit = st.look is not None and st.look_since >= st.pose_since and b.eyes != "closed"
        now = st.look if explicit else b.gaze
        before = (st.prev_look if explicit else None) or b.gaze
        u = min(1.0, max(0.0, (t - st.look_since) / 0.7)) if explicit else 1.0
        u = fade(u)
        head = placed["head"]
        res = []
        for name in (before, now):
            p = self._target(name, bodies) if name != cid else None
            dx = (p[0] - head.x) * spec.facing if p is not None else 1.0
            # never over the shoulder: a profile head mirrored on a body facing the other way
            # read as an owl's neck; a target behind is looked toward by pitch alone
            turned = 0.0
            f = (-1.0 if head.flip else 1.0) * (1.0 - 2.0 * turned)
            gain = 0.85
            if head_turned(spec, b):  # the three-quarter head faces back: nose down is the other way round;
                f, gain = -f, 0.45    # it tips less (a long bare neck), its drawn eyes look down the rest
            current = head.angle * f
            pitch = current
            if p is not None:
                pitch = max(-30.0, min(50.0, math.degrees(math.atan2(p[1] - (head.y - 60.0), abs(dx) + 1e-6))))
            res.append((f * max(-35.0, min(35.0, gain * (pitch - current))), turned, pitch))
        return tuple(x0 + (x1 - x0) * u for x0, x1 in zip(res[0], res[1], strict=True))  # type: ignore[return-value]

    def _scene(self, states: dict[str, FigureState], t: float) -> tuple[list[Drawn], dict[str, dict[str, Placed]]]:
        """Everything to draw at time t, in order (the last result is kept: draw and
        silhouettes ask for the same moment in one frame)."""
        states = {k: v for k, v in states.items() if k in self.specs}  # a narrator has no figure
        key = (t, tuple(sorted(states.items())))
        if self._last is not None and self._last[0] == key:
            return self._last[1]
        result = self._compose(states, t)
        self._last = (key, result)
        return result

    def _compose(self, states: dict[str, FigureState], t: float) -> tuple[list[Drawn], dict[str, dict[str, Placed]]]:
        bodies = self._bodies(states, t)
        drawn: list[Drawn] = []
        final: dict[str, dict[str, Placed]] = {}
        for cid, st in states.items():
            spec = self.specs[cid]
            b, placed = bodies[cid]
            turn, turned, pitch = self._gaze(cid, st, b, placed, bodies, t)
            placed = dict(placed)
            for hp in HEAD_PARTS:
                if hp in placed:
                    q = placed[hp]
                    placed[hp] = Placed(q.part, q.x, q.y, q.angle + turn, q.z, q.flip)
            self._carry(spec, placed, turn)
            final[cid] = placed
            face = spec.faces.get(st.face or "")
            face_parts = face.variants if face is not None else {}
            face_eyes = face_parts.get("eyes", "open")
            # a look down lowers the eyes, unless the face's own eye is already lowered (the tender,
            # half-closed eye: the `down` drawing showed a staring iris under a hard lid at 72)
            eyes = b.eyes or ("down" if pitch > 16.0 and face_eyes not in LOWERED_EYES else face_eyes)
            if blink(t + spec.seed_phase, self.seed + len(cid)) and eyes != "closed":
                eyes = "closed"
            if head_turned(spec, b):  # a three-quarter head: its own face drawings
                face_parts = {n: TURNED for n in TURNED_FEATURES if n in spec.parts and TURNED in spec.parts[n].variants}
                eyes = TURNED + "_closed" if eyes == "closed" else TURNED
            wet = max(b.idle.get("tears", 0.0), face.tears if face is not None else 0.0)
            tears = wet * (0.75 + 0.25 * wave(t, 1.6))
            # a head turn: the profile narrows (seen edge-on), flips, and widens again;
            # only the instant of the flip is dissolved
            mirror_w = min(1.0, max(0.0, (turned - 0.44) / 0.12))
            squash = 1.0 - 0.5 * math.sin(math.pi * turned)
            for name in spec.order:
                q = placed[name]
                alpha_parts: list[tuple[str, float]]
                if name == "eyes":
                    alpha_parts = [(eyes, 1.0)]
                elif name == "tears":
                    alpha_parts = [("", tears)] if tears > 0.02 else []
                elif name == "curl":  # the coil's drawing of the moment: it turns to and fro on the finger (game/art/curl.py)
                    w = b.idle.get("twirl", 0.0)
                    w = max(0.0, (w - CURL_GONE) / (1.0 - CURL_GONE))  # slips off the finger early as the hand leaves
                    alpha_parts = [(curl.variant(curl.frame(t)), w)] if w > 0.05 else []
                elif name in face_parts:  # the expression's drawing, cut (never dissolved)
                    alpha_parts = [(face_parts[name], 1.0)]
                else:
                    alpha_parts = [solid_variant(b.variants.get(name, {spec.parts[name].default: 1.0}))]
                for var, w in alpha_parts:
                    if w <= 0.01 or var == "none":  # a part shown only in some poses (his thumb over her hand)
                        continue
                    front = name in b.front
                    # a head turn cuts to the mirrored drawing halfway (a dissolve would be see-through)
                    mirrored = name in HEAD_PARTS and mirror_w >= 0.5
                    drawn.append(Drawn(cid, name, var, q, w, squash if name in HEAD_PARTS else 1.0, mirrored, front))
            tw = b.idle.get("twirl", 0.0)
            if tw > STRAND_SHOWN and "curl" in placed:
                drawn.append(Drawn(cid, STRAND, "", placed["curl"], tw))
        drawn.sort(key=lambda d: d.placed.z)
        return drawn, final

    @staticmethod
    def _carry(spec: FigureSpec, placed: dict[str, Placed], turn: float) -> None:
        """Carry the parts hung from the head (her long hair) round the head's pivot by the gaze's
        `turn`, turning them by their `follow` of it. Left where the unturned head put them, her
        hair hung in front of her neck when she lifted her face to him (line 72), the skull's
        back bare: a swim cap (review8 #18)."""
        if not turn or "head" not in placed:
            return
        h = placed["head"]
        for name, part in spec.parts.items():
            if part.parent != "head" or name in HEAD_PARTS or name not in placed:
                continue
            q = placed[name]
            dx, dy = rotate((q.x - h.x, q.y - h.y), turn)
            placed[name] = Placed(q.part, h.x + dx, h.y + dy, q.angle + turn * part.follow, q.z, q.flip)

    # ------------------------------------------------------------- drawing

    def draw(self, surface: pygame.Surface, view: View, states: dict[str, FigureState], t: float, layer: str = "all") -> None:
        """Draw the figures named in `states` onto `surface` through `view`.

        `layer`: "all"; or "back" (before the front props) then "front" (after them: the
        arms and hands a pose lays on the coffee table, over the notebook)."""
        drawn, final = self._scene(states, t)
        clip = surface.get_clip()
        for d in drawn:
            if (layer == "back" and d.front) or (layer == "front" and not d.front):
                continue
            if d.part == STRAND:
                self._strand(surface, view, d, final[d.char], t)
                continue
            if not self._on(clip, view, d):
                continue  # out of the shot: not even turned
            if d.part == "curl":
                self._warm_curl(view, d)
            shown = self.rasters.clipped(view, d, clip)
            if shown is not None:
                self.rasters.put(surface, *shown, d.alpha)
        if layer != "back":
            last, self._shown = self._shown, (view, t)
            if last is not None and last[0] == view and 0.0 < t - last[1] <= AHEAD_DRAW:
                self._turn_ahead(view, states, t, clip)  # (in a shot going on: not at a cut, nor a still moment)

    def _turn_ahead(self, view: View, states: dict[str, FigureState], t: float, clip: pygame.Rect) -> None:
        """Turn the parts of the poses to come (`_moments`, nearest first) that are not kept, on the
        loader thread while what it has on hand is within its share (game/art/turn_jobs.py), and mark
        those kept as coming, so the budget keeps them till then (game/art/turn_cache.py). A frame draws
        the same pixels whatever was made ahead: this only moves the work off the frame that shows it. (What it reads of a moment's
        parts is found once while the moment is ahead: game/art/ahead_plan.py.)"""
        rasters = self.rasters
        now = {(d.char, d.part, d.variant): d.placed.angle for d in self._scene(states, t)[0]}
        rims = clip.inflate(2 * RIM_REACH, 2 * RIM_REACH)
        on, key = (lambda d: self._on(clip, view, d)), (lambda d: rasters.turn_key(view.scale, d))
        for when, rim in _moments(t):
            fast = AHEAD_FAST * (when - t)
            for p in self._plans.plan(when, view, clip, self._coming(states, when, t), t, AHEAD_RIM, on, key, STRAND):
                d = p.d
                measured = rim and rasters.frames - rasters.measured.get(d.char, -RIM_LATELY) < RIM_LATELY
                # (the rims measure a figure's parts that lie on their canvas, rim_art.people: not its every part)
                if measured and p.near is None:
                    p.near = rims.colliderect(rasters.whole_rect(view, d))
                measured = measured and bool(p.near)
                if not (measured or p.on):
                    continue  # (as `draw` skips it)
                if not measured and abs(d.placed.angle - now.get((d.char, d.part, d.variant), math.inf)) > fast:
                    continue
                rasters.ahead(view, d, 0 if measured else AHEAD_LEAST, p.key)  # (on the loader: game/art/turn_jobs.py)

    def _on(self, clip: pygame.Rect, view: View, d: Drawn) -> bool:
        """Whether part `d` shows in `clip`: its reach meets it, and its whole turn's rect (found without
        turning it) does. (By its reach alone, line 17's push drew her thighs, shins and far arm wholly
        off its canvas, each turned anew at every breath: 6.8 MiB of the turns held at its peak.)"""
        reach = self.rasters.reach(view, d)
        return clip.contains(reach) or (clip.colliderect(reach) and clip.colliderect(self.rasters.whole_rect(view, d)))

    def _coming(self, states: dict[str, FigureState], t: float, now: float) -> list[Drawn]:
        """The parts to draw at the moment `t` to come (those of the moments after `now` kept)."""
        states = {k: v for k, v in states.items() if k in self.specs}
        key: tuple[float, object] = (t, tuple(sorted(states.items())))
        drawn = self._ahead_poses.get(key)
        if drawn is None:
            drawn = self._compose(states, t)[0]
            self._ahead_poses = {k: v for k, v in self._ahead_poses.items()
                                 if now < k[0] <= now + AHEAD_RIM} if len(self._ahead_poses) < 16 else {}
            self._ahead_poses[key] = drawn
        return drawn

    def _warm_curl(self, view: View, d: Drawn) -> None:
        """Rasterize all the coil's frames when one shows: the twirl turns to a new one every
        PERIOD / FRAMES s, and a shot's art is made once, not as its frames come up mid-shot."""
        level = zoom_level(view.scale)  # PartRasters.image's zoom level
        for k in range(curl.FRAMES):
            self.rasters.base(d.char, d.part, curl.variant(k), level, d.placed.flip != d.mirror, "art")

    def _strand(self, surface: pygame.Surface, view: View, d: Drawn, placed: dict[str, Placed], t: float) -> None:
        """A lock of hair from the side hair below her ear to the curl on her finger: a chestnut
        band that tapers from the root to the finger, shaded under and lit along one edge, all filled
        (a single ruled line read as a cord; a wide near-black one as a strap; a dark outline all round
        as a cord again, review8 #14; one of constant width over her jaw as a chin strap, review11;
        drawn fibre lines with an outline as wire loops, review12 D6); single anti-aliased hairs inside
        the bands, as on the coil it winds into (review13 D6: flat bands did not run on into a coil of hairs)."""
        spec = self.specs[d.char]
        end = local_point(spec, d.placed, curl.entry(curl.frame(t)))  # where the coil begins round the finger
        band = strand_band(spec, placed["head"], end, t)
        left = [view.pt(x + nx * h, y + ny * h) for x, y, nx, ny, h in band]
        right = [view.pt(x - nx * h, y - ny * h) for x, y, nx, ny, h in band]
        pygame.draw.polygon(surface, HAIR[2], left + right[::-1])
        for (k0, k1), colour in STRAND_BANDS:  # filled bands down it: the shade under, the lit edge; lines read as outline loops (review12 D6)
            a = [view.pt(x + nx * h * k0, y + ny * h * k0) for x, y, nx, ny, h in band]
            b = [view.pt(x + nx * h * k1, y + ny * h * k1) for x, y, nx, ny, h in band]
            pygame.draw.polygon(surface, colour, a + b[::-1])
        for k, colour in STRAND_HAIRS:  # fine hairs inside it, the coil's own (curl.svg), so the lock runs on into it
            pygame.draw.aalines(surface, colour, False, [view.pt(x + nx * h * k, y + ny * h * k) for x, y, nx, ny, h in band])
        pygame.draw.aalines(surface, HAIR[2], False, left)  # its edges smoothed (stair-steps at 2.5x)
        pygame.draw.aalines(surface, STRAND_BANDS[0][1], False, right)

    def silhouettes(self, view: View, states: dict[str, FigureState], t: float) -> list[tuple[pygame.Surface, pygame.Rect, float]]:
        """Per figure: an alpha mask of its shape, its screen rect, and the room y of its floor line.

        Posed at floor(t * SILHOUETTE_FPS) / SILHOUETTE_FPS (the nib rounded to NIB_STEP)
        and kept while that moment lasts. The mask covers the rect but may be coarser
        than it (at most MASK_SCALE room px per mask px), posed on the grid of the still a move's
        large frame settles on (`grid`, game/art/mask_grid.py)."""
        tq = math.floor(t * SILHOUETTE_FPS) / SILHOUETTE_FPS
        states = {k: v for k, v in states.items() if k in self.specs}
        states = {k: v if v.nib is None else replace(v, nib=(round(v.nib[0] / NIB_STEP) * NIB_STEP,
                                                             round(v.nib[1] / NIB_STEP) * NIB_STEP))
                  for k, v in states.items()}
        k = min(1.0, MASK_SCALE / view.scale)
        mview, (dx, dy) = self.grid.mask_view(view, k)
        key = (view, mview, tq, tuple(sorted(states.items())))
        if self._sil is not None and self._sil[0] == key:
            return self._sil[1]
        if self._sil_next is not None and self._sil_next[0] == key:  # the next light frame's, made ahead
            self._sil, self._sil_next = self._sil_next, None
            return self._sil[1]
        drawn, _ = self._compose(states, tq)
        out = []
        for cid in states:
            blits = [(self.rasters.at(mview, d, "mask"), d.alpha) for d in drawn if d.char == cid and d.part not in ("eyes", "tears", "curl", STRAND)]
            if not blits:
                continue
            rect = pygame.Rect(blits[0][0][1], blits[0][0][0].get_size()).unionall(
                [pygame.Rect(pos, img.get_size()) for (img, pos), _ in blits])
            surf = pygame.Surface(rect.size, pygame.SRCALPHA)
            surf.fill((0, 0, 0, 0))
            for (img, pos), alpha in blits:
                self.rasters.put(surf, img, (pos[0] - rect.x, pos[1] - rect.y), alpha)
            if k < 1.0:  # the screen rect the coarse mask covers
                x0, y0 = round(rect.x / k), round(rect.y / k)
                rect = pygame.Rect(x0, y0, round(rect.right / k) - x0, round(rect.bottom / k) - y0)
            out.append((surf, rect.move(dx, dy), self.room.anchor(cid).rect.bottom))
        self._sil = (key, out)
        return out

    def hand_pos(self, cid: str, states: dict[str, FigureState], t: float) -> tuple[float, float]:
        """Where the figure's pen nib is (the hand holding the pen; by default the near
        hand), in room coordinates."""
        drawn, final = self._scene(states, t)
        spec = self.specs[cid]
        part, point = spec.pen_tip
        pens = [(d.alpha, d.part) for d in drawn if d.char == cid and d.variant == "pen"]
        if pens:
            part = max(pens)[1]
        return local_point(spec, final[cid][part], point)

    def head_pos(self, cid: str, states: dict[str, FigureState], t: float) -> tuple[float, float]:
        """The centre of the figure's head, in room coordinates (for the camera or a glow)."""
        _, final = self._scene(states, t)
        return self._head_centre(cid, final[cid])
