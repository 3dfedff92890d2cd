"""crossed_legs (line 14): her legs crossed, thigh over knee, one foot tapping.

"Her legs were crossed, one foot tapping rhythmically on the floor." Seen from her right side
at seat height, she faces right, sitting on the sofa's seat cushion (its front roll under her
knees). Her near (right) leg is crossed over the far one: its thigh lies over the far knee (so
the far knee is hidden behind it and only the far shin shows, coming out from under it), its
own knee a hand further on, its shin hanging forward, the pump dangling. The far foot is
planted and taps: the heel stays on the floor and the toe lifts as the foot turns at the ankle
(the shin tips back a little on the same beat, so ankle and shoe stay joined); the dangling
foot bobs on the same rhythm, half a beat later.

Anatomy (review10 #13): each shin is drawn from one profile about its knee-to-ankle axis: the
shin's front (the tibia under the skin) a straight line, the calf's swell behind it, largest
a third of the way down, tapering to an ankle under half the calf's depth; the foot's instep
continues the ankle in the same stocking, so no block of another colour sits at the ankle. The
crossed thigh carries the whole knee, with one outline running over the thigh, the kneecap and
into the shin's front (the shin turns under it about the knee's centre, its own outline hidden
under the knee). Her dress, reclining torso and near arm are drawn by tools/hands/lap.py; the
whole is drawn in design px and set in the shot half as large again (`view`, review11 N3); colours
are the wides' (line 13) under the insert's light.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from tools.hands.geometry import INSERTS, Doc, P, smooth_path, write

OUT = str(INSERTS) + "/crossed_legs/"

# stockings over her skin, and the dress, sampled against the wide at line 13 (rendered, RGB within
# ~10 under each shot's light: the old close-up's legs were a pale beige, (127, 87, 62) beside (75, 40, 22))
ST_HI, ST, ST_MID, ST_DK, ST_EDGE = "#a46a4a", "#8c5632", "#703e24", "#4e2616", "#2e140c"
SHEEN = "#d49a72"
LINE = "#24100a"
SHOE_HI, SHOE, SHOE_DK = "#5a3424", "#3c2218", "#160a06"
VELVET_HI, VELVET, VELVET_DK = "#7a1a28", "#52101a", "#22060a"

FLOOR = 800.0
SEAT_Y = 508.0     # the cushion's top where her thighs leave it
SEAT_FRONT = 918.0  # the front of the cushion's roll

# the far (planted) leg: knee centre (hidden behind the crossed thigh), ankle centre, heel tip on the floor
FAR_KNEE: P = (1000.0, 452.0)
FAR_ANKLE: P = (992.0, 720.0)
HEEL_TIP: P = (958.0, 822.0)  # the pump's heel tip on the floor (shoe_point of HEEL): the tap turns about it
# the crossed leg: knee centre (its shin and shoe turn about here), ankle centre
NEAR_KNEE: P = (1110.0, 372.0)
NEAR_ANKLE: P = (1206.0, 622.0)
FAR_SHOE_ANG = 6.0    # the planted pump: heel tip and toe on the floor
NEAR_SHOE_ANG = 52.0  # the dangling pump, pointed
TAP = 12.0            # the planted foot's turn at the top of a tap (degrees, toe up)
FAR_SHADE = 0.3       # the far leg under her lap and behind the near one: darker, as in the wides

# The shot's frame (review11 N3). Everything is drawn in design px (the numbers in this module and
# in tools/hands/lap.py) and shown half as large again: with her hip brought in to a thigh's length
# from the knee, her torso, leaning back ~30 degrees into the sofa's arm as in the wide at line 13,
# then leaves the frame's top below the shoulder (at the old scale her head would be in the shot).
VIEW_K = 1.5
VIEW_AT: P = (-405.0, -330.0)  # where design (0, 0) lands on the canvas


def view(p: P) -> P:
    """A design point on the 1920x1080 canvas."""
    return (VIEW_AT[0] + VIEW_K * p[0], VIEW_AT[1] + VIEW_K * p[1])


def framed(d: Doc) -> Doc:
    """The part's drawing set in the shot's frame: one group scaled and moved as `view` maps."""
    d.body.insert(0, f'<g transform="matrix({VIEW_K} 0 0 {VIEW_K} {VIEW_AT[0]:.1f} {VIEW_AT[1]:.1f})">')
    d.body.append("</g>")
    return d


def stroke(d: Doc, ps: Sequence[P], color: str, w: float, opacity: float, tension: float = 0.9) -> None:
    d.add(f'<path d="{smooth_path(ps, closed=False, tension=tension)}" stroke="{color}" stroke-width="{w:.1f}" '
          f'fill="none" opacity="{opacity:.2f}" stroke-linecap="round" stroke-linejoin="round"/>')


def shadow(d: Doc, c: P, rx: float, ry: float, o: float = 0.55) -> None:
    g = d.rad(c, rx, [(0, "#000000", o), (0.6, "#000000", o * 0.5), (1, "#000000", 0)])
    d.add(f'<ellipse cx="{c[0]:.1f}" cy="{c[1]:.1f}" rx="{rx:.1f}" ry="{ry:.1f}" fill="{g}"/>')


def soft(d: Doc, ps: Sequence[P], color: str, w: float, opacity: float, layers: int = 5, tension: float = 0.9) -> None:
    """A soft-edged band of light or shade along ps (no blur in SDL_image's SVG reader): the same
    stroke laid narrower and narrower, so it is densest along its middle and fades to nothing."""
    for i in range(layers):
        stroke(d, ps, color, w * (layers - i) / layers, opacity / layers * 1.6, tension)


# ---------------------------------------------------------------- the shin's profile

# (u, front, back): u along the knee-to-ankle axis as a share of its length (negative: above the
# knee's centre, hidden under the knee), the half-depths in design px in front of the axis (the
# shin) and behind it (the calf). The front is the tibia under the skin: straight from just
# below the kneecap to the ankle. The calf swells behind, deepest a third of the way down.
PROFILE: tuple[tuple[float, float, float], ...] = (
    (-0.08, 34, 38), (0.0, 40, 42), (0.08, 37, 46), (0.16, 34, 52), (0.26, 32, 57),
    (0.36, 30, 60), (0.46, 28, 56), (0.58, 26, 46), (0.7, 23, 34), (0.82, 20, 23), (0.92, 19, 18), (1.0, 18, 16),
)
CALF_U, ANKLE_U = 0.36, 1.0


def axis_point(knee: P, ankle: P, u: float, v: float) -> P:
    """The point u of the way from knee to ankle, v px toward the shin's front (+) or the calf (-).
    She faces right, so the front is the axis turned a quarter counter-clockwise on screen."""
    ax, ay = ankle[0] - knee[0], ankle[1] - knee[1]
    ln = math.hypot(ax, ay)
    nx, ny = ay / ln, -ax / ln  # (0, 1) down the shin -> (1, 0): forward
    return (knee[0] + ax * u + nx * v, knee[1] + ay * u + ny * v)


def shin_contours(knee: P, ankle: P) -> tuple[list[P], list[P]]:
    """The shin's front (straight tibia) and back (the calf) from above the knee to the ankle."""
    front = [axis_point(knee, ankle, u, f) for u, f, _b in PROFILE]
    back = [axis_point(knee, ankle, u, -b) for u, _f, b in PROFILE]
    return front, back


def leg_fill(d: Doc, shape: Sequence[P], lit: P, dark: P) -> None:
    g = d.lin(lit, dark, [(0, ST_HI, 1), (0.25, ST, 1), (0.7, ST_MID, 1), (1, ST_DK, 1)])
    d.add(f'<path d="{smooth_path(shape, tension=0.8)}" fill="{g}"/>')


def shin(d: Doc, knee: P, ankle: P, outline_from: int, shade: float = 0.0) -> None:
    """A shin from under its knee to the ankle: filled lit at the front, shaded behind; the sheer
    stocking darker at the silhouette, a sheen down the tibia; outlined from PROFILE[outline_from]
    down (above that it lies under the knee or the crossed thigh), open at the ankle. `shade`: a
    film of shadow over it (the far leg, under her lap and behind the near one, is darker in the wides)."""
    front, back = shin_contours(knee, ankle)
    leg_fill(d, [*front, *back[::-1]], axis_point(knee, ankle, 0.4, 34), axis_point(knee, ankle, 0.4, -60))
    for side in (front[outline_from:], back[outline_from:]):
        stroke(d, side, ST_EDGE, 14, 0.22)
        stroke(d, side, ST_EDGE, 6, 0.22)
    # the calf's round: a soft shade inside its swell, the floor's dim bounce under it
    soft(d, [axis_point(knee, ankle, u, -40) for u in (0.14, 0.3, 0.46, 0.62)], ST_DK, 26, 0.35)
    sheen = [axis_point(knee, ankle, u, 18) for u in (0.1, 0.3, 0.55, 0.8, 0.95)]
    stroke(d, sheen, ST_HI, 12, 0.4)
    stroke(d, sheen, SHEEN, 3.5, 0.5)
    if shade:
        d.add(f'<path d="{smooth_path([*front, *back[::-1]], tension=0.8)}" fill="#000000" opacity="{shade:.2f}"/>')
    for side in (front[outline_from:], back[outline_from:]):
        stroke(d, side, LINE, 2.6, 0.85)


# ---------------------------------------------------------------- the pump

def shoe(d: Doc, ankle: P, ang: float, s: float = 0.74, part: str = "all", shade: float = 0.0) -> None:
    """Her low-heeled brown pump (the wide shot's shoe), the ankle at `ankle`, the sole along `ang`,
    scaled by `s`. The instep above the vamp is the ankle carried on in the leg's own stocking
    (the ankle's section, the same colours), with a disc at the ankle's centre under the shin's
    open end, so the foot can turn at the ankle without a gap or a block of another colour.
    `part`: "instep" (drawn under the shin), "body" (the pump, over it) or "all"; `shade` as in `shin`."""
    a = math.radians(ang)

    def T(p: P) -> P:
        x, y = p[0] * s, p[1] * s
        return (ankle[0] + x * math.cos(a) - y * math.sin(a), ankle[1] + x * math.sin(a) + y * math.cos(a))
    if part in ("all", "instep"):
        # lit at the front like the shin it continues, so the stocking runs on without a step
        g = d.lin(T((34, -10)), T((-30, 10)), [(0, ST_HI, 1), (0.3, ST, 1), (0.75, ST_MID, 1), (1, ST_DK, 1)])
        d.add(f'<circle cx="{ankle[0]:.1f}" cy="{ankle[1]:.1f}" r="{25 * s:.1f}" fill="{g}"/>')
        inst = [T(p) for p in [(-26, -14), (28, -14), (44, 8), (84, 24), (124, 34), (120, 52), (40, 52), (-30, 50), (-36, 20)]]
        d.add(f'<path d="{smooth_path(inst, tension=0.7)}" fill="{g}"/>')
        stroke(d, [T((30, 2)), T((56, 16)), T((96, 28))], SHEEN, 3, 0.35)                     # its sheen
        if shade:
            d.add(f'<path d="{smooth_path(inst, tension=0.7)}" fill="#000000" opacity="{shade:.2f}"/>')
        stroke(d, [T((28, -8)), T((46, 10)), T((86, 26)), T((118, 34))], LINE, 2.4, 0.8)    # the instep's line
    if part == "instep":
        return
    # the vamp over the toe box; the heel counter cups the heel
    body = [T(p) for p in [(-44, 14), (-24, 40), (60, 44), (108, 34), (150, 40), (196, 58), (214, 78),
                           (202, 92), (120, 94), (40, 90), (-30, 88), (-52, 66)]]
    g = d.lin(T((0, 14)), T((0, 94)), [(0, SHOE_HI, 1), (0.45, SHOE, 1), (1, SHOE_DK, 1)])
    d.add(f'<path d="{smooth_path(body, tension=0.7)}" fill="{g}" stroke="#120806" stroke-width="3"/>')
    stroke(d, [T((-40, 20)), T((-20, 42)), T((60, 46)), T((106, 36))], "#9a6a4c", 3, 0.6)   # the topline
    heel = [T(p) for p in [(-46, 84), (-14, 88), (-24, 142), (-38, 142)]]
    d.add(f'<path d="M{heel[0][0]:.1f},{heel[0][1]:.1f} L{heel[1][0]:.1f},{heel[1][1]:.1f} '
          f'L{heel[2][0]:.1f},{heel[2][1]:.1f} L{heel[3][0]:.1f},{heel[3][1]:.1f} Z" fill="#1a0c08" stroke="#0a0404" stroke-width="2"/>')
    stroke(d, [T((118, 44)), T((166, 52)), T((200, 70))], "#a87450", 4, 0.5)              # the toe box's gloss
    stroke(d, [T((-10, 92)), T((100, 96)), T((202, 92))], "#0a0404", 5, 1.0)


def shoe_point(ankle: P, ang: float, p: P, s: float = 0.74) -> P:
    """A point of the pump (its own frame, as in `shoe`) on the canvas."""
    a = math.radians(ang)
    x, y = p[0] * s, p[1] * s
    return (ankle[0] + x * math.cos(a) - y * math.sin(a), ankle[1] + x * math.sin(a) + y * math.cos(a))


TOE: P = (212.0, 86.0)        # the pump's toe tip, and its heel tip, in the shoe's frame
HEEL: P = (-31.0, 142.0)


# ---------------------------------------------------------------- the parts

def seat() -> Doc:
    """The sofa's seat cushion under her: its top, sunk a little under her hip, and the front roll
    with the velvet's sheen along it, down to the sofa's base; her weight's shadow on it."""
    d = Doc()
    top = [(-60, 500), (300, 516), (700, 514), (860, SEAT_Y), (SEAT_FRONT - 10, SEAT_Y + 6)]
    roll = [(SEAT_FRONT + 10, SEAT_Y + 30), (SEAT_FRONT + 14, 600), (SEAT_FRONT + 4, 700), (SEAT_FRONT - 10, 724)]
    body = [*top, *roll, (-60, 730)]
    g = d.lin((0, SEAT_Y - 10), (0, 730), [(0, VELVET_HI, 1), (0.12, VELVET, 1), (0.7, VELVET_DK, 1), (1, "#0c0204", 1)])
    d.add(f'<path d="{smooth_path(body, tension=0.5)}" fill="{g}" stroke="#0a0204" stroke-width="2.5"/>')
    gr = d.lin((SEAT_FRONT - 60, 0), (SEAT_FRONT + 16, 0), [(0, VELVET, 0), (0.6, VELVET_HI, 0.5), (1, VELVET_DK, 0.6)])
    d.add(f'<path d="{smooth_path(body, tension=0.5)}" fill="{gr}"/>')
    soft(d, [(40, SEAT_Y + 10), (500, SEAT_Y + 14), (880, SEAT_Y + 10)], "#000000", 40, 0.55)   # her weight's shadow
    stroke(d, [(-60, 600), (500, 604), (SEAT_FRONT + 12, 600)], "#000000", 3, 0.35)           # the piping's seam
    stroke(d, [(-60, 597), (500, 601), (SEAT_FRONT + 10, 597)], VELVET_HI, 2, 0.35)
    shadow(d, (700, 742), 420, 18, 0.7)  # the sofa's shadow on the floor
    return d


def far_shin() -> Doc:
    """The planted leg below the crossed thigh: the shin, turning a little about its (hidden) knee
    as the foot taps; its top lies under the crossed thigh."""
    d = Doc()
    shadow(d, (1060, FLOOR + 8), 190, 20, 0.6)
    shin(d, FAR_KNEE, FAR_ANKLE, 2, shade=FAR_SHADE)
    return d


def far_foot() -> Doc:
    d = Doc()
    shoe(d, FAR_ANKLE, FAR_SHOE_ANG, shade=FAR_SHADE)
    return d


def near_shin() -> Doc:
    """The crossed leg from under its knee down, with its pump: one piece turning about the knee."""
    d = Doc()
    shoe(d, NEAR_ANKLE, NEAR_SHOE_ANG, part="instep")
    shin(d, NEAR_KNEE, NEAR_ANKLE, 2)
    shoe(d, NEAR_ANKLE, NEAR_SHOE_ANG, part="body")
    return d


# the crossed thigh from her hip joint (HIP, under the dress) to the knee: about 1.1 of the shin's
# length (review11 N3: it ran from x 230 to 1100, three shins long)
THIGH_TOP: tuple[P, ...] = ((800, 372), (900, 356), (960, 347), (1040, 340), (1100, 337))
THIGH_UNDER: tuple[P, ...] = ((800, 478), (880, 462), (940, 448), (1000, 436), (1050, 432), (1074, 430))


def knee_cap(knee: P, ankle: P) -> list[P]:
    """Round the front of the knee from the thigh's top to the shin's front below the kneecap
    (where the shin's own outline, under it, takes over)."""
    top = THIGH_TOP[-1]
    low = axis_point(knee, ankle, 0.1, 36.6)
    front = axis_point(knee, ankle, 0.02, 44)
    cap = axis_point(knee, ankle, -0.08, 40)
    return [top, (cap[0], cap[1]), front, low]


def near_thigh() -> Doc:
    """The crossed thigh, from under the dress over the far knee to its own knee: one contour
    over the thigh, the kneecap and into the shin's front, one along its underside into the
    back of the knee. It covers the shin's top, which turns under it."""
    d = Doc()
    cap = knee_cap(NEAR_KNEE, NEAR_ANKLE)
    under_end = axis_point(NEAR_KNEE, NEAR_ANKLE, 0.16, -52)
    top = [*THIGH_TOP, *cap[1:]]
    under = [*THIGH_UNDER, under_end]
    # its weight on the far knee: a soft contact shadow on the far shin just under it
    soft(d, [(978, 450), (1004, 452), (1030, 450)], "#000000", 12, 0.45)
    shape = [*top, axis_point(NEAR_KNEE, NEAR_ANKLE, 0.14, 0), *under[::-1]]
    leg_fill(d, shape, (1000, 336), (1000, 440))
    stroke(d, top, ST_EDGE, 14, 0.22)
    stroke(d, under, ST_EDGE, 14, 0.22)
    # the kneecap's sheen and the thigh's long light along the top
    c = axis_point(NEAR_KNEE, NEAR_ANKLE, 0.0, 20)
    g2 = d.rad(c, 22, [(0, SHEEN, 0.6), (1, SHEEN, 0)])
    d.add(f'<ellipse cx="{c[0]:.1f}" cy="{c[1]:.1f}" rx="22" ry="20" fill="{g2}"/>')
    stroke(d, [(900, 352), (1000, 352), (1090, 354)], ST_HI, 14, 0.35)
    stroke(d, [(900, 350), (1000, 350), (1090, 352)], SHEEN, 3.5, 0.4)
    stroke(d, top, LINE, 2.6, 0.85)
    stroke(d, under, LINE, 2.6, 0.85)
    return d


def far_turn(tap: float) -> float:
    """The planted shin's turn about its knee (degrees, counter-clockwise) that keeps the ankle on
    the foot while the foot turns `tap` degrees about the heel tip: the heel stays on the floor,
    the toe lifts, the ankle swings back a little and the shin tips back with it."""
    a = math.radians(tap)
    vx, vy = FAR_ANKLE[0] - HEEL_TIP[0], FAR_ANKLE[1] - HEEL_TIP[1]
    moved = (HEEL_TIP[0] + vx * math.cos(a) + vy * math.sin(a), HEEL_TIP[1] - vx * math.sin(a) + vy * math.cos(a))
    b0 = math.atan2(FAR_ANKLE[0] - FAR_KNEE[0], FAR_ANKLE[1] - FAR_KNEE[1])
    b1 = math.atan2(moved[0] - FAR_KNEE[0], moved[1] - FAR_KNEE[1])
    return math.degrees(b1 - b0)


def main() -> None:
    from tools.hands import lap  # (lap imports this module's pens and numbers)
    back = seat()
    lap.sofa_arm(back)
    write(OUT + "seat.svg", framed(back).svg())
    write(OUT + "foot_low.svg", framed(far_foot()).svg())
    write(OUT + "shin_low.svg", framed(far_shin()).svg())
    write(OUT + "leg_top.svg", framed(near_thigh()).svg())
    write(OUT + "shin_top.svg", framed(near_shin()).svg())
    write(OUT + "dress.svg", framed(lap.dress()).svg())
    write(OUT + "arm.svg", framed(lap.arm()).svg())
    (hx, hy), (fkx, fky), (kx, ky) = view(HEEL_TIP), view(FAR_KNEE), view(NEAR_KNEE)
    (INSERTS / "crossed_legs" / "insert.toml").write_text(
        TOML.format(hx=hx, hy=hy, tap=TAP, fkx=fkx, fky=fky, turn=far_turn(TAP), kx=kx, ky=ky)
        + "".join(BREATHING.format(svg=svg) for svg in ("dress.svg", "arm.svg")), encoding="utf-8")


TOML = '''# "Her legs were crossed, one foot tapping rhythmically on the floor." (story line 14)
# Her side at seat height, sitting on the sofa's cushion, the near leg crossed over the far knee.
# The planted pump taps: the heel stays on the floor and the toe lifts as the foot turns at the
# ankle (about the heel tip), the shin tipping back about its knee on the same beat so the ankle
# stays in the shoe (a quick lift and drop every 0.85 s). The crossed leg's shin and pump bob
# about its knee, half a beat later. Every part is opaque at all times. Drawn by
# tools/hands/legs.py (see there to change them).
title = "Her crossed legs, the tapping foot"

[[part]]
svg = "back.svg"

[[part]]
svg = "seat.svg"

[[part]]
svg = "foot_low.svg"
pivot = [{hx:.1f}, {hy:.1f}]
[[part.motion]]
kind = "tap"
rot = {tap:.1f}
period = 0.85

[[part]]
svg = "shin_low.svg"
pivot = [{fkx:.1f}, {fky:.1f}]
[[part.motion]]
kind = "tap"
rot = {turn:.2f}
period = 0.85

[[part]]
svg = "shin_top.svg"
pivot = [{kx:.1f}, {ky:.1f}]
[[part.motion]]
kind = "tap"
rot = 6
period = 0.85
phase = 0.5

[[part]]
svg = "leg_top.svg"
'''
# her dress (with her torso) and her arm over it rise and fall together with her breath
BREATHING = '''
[[part]]
svg = "{svg}"
[[part.motion]]
kind = "breathe"
dy = 2
period = 4.2
'''
