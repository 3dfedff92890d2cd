"""crossed_legs (line 14): her legs crossed, thigh over knee, one foot tapping.

"Her legs were crossed, one foot tapping rhythmically on the floor." Seen from her right side
at seat height: she faces right; the lower leg's thigh runs along the sofa to its knee and
its shin drops to the floor, the foot in its pump flat on the boards, tapping its toes about
the heel; the top leg lies over that knee, its shin hanging forward, the foot in the air
bobbing on the same beat (its shin turns about the knee). Each leg is ONE contour from under
the dress to the ankle (the knee and the calf are bends of a single outline, never a joint
between two drawn pieces); sheer stockings: darker at the silhouette, a sheen down the shin
and on the kneecap. The green dress (the wides') lies over the thighs, its hem just over the
top knee. Where a moving piece meets a still one (the ankle into the shoe, the top shin at
the knee) the join is drawn without an outline and in the same colours, so nothing seams.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from tools.hands.geometry import INSERTS, Doc, P, smooth_path, write

OUT = str(INSERTS) + "/crossed_legs/"

ST_HI, ST, ST_MID, ST_DK, ST_EDGE = "#f0cdb4", "#d8a88c", "#b07c64", "#7a4c3c", "#4a2a22"
LINE = "#3a1e14"
SHOE_HI, SHOE, SHOE_DK = "#6a3e2e", "#4a2a1e", "#1c0e0a"
DRESS_HI, DRESS, DRESS_DK, DRESS_DEEP = "#6e9a84", "#46685a", "#243a30", "#101c16"

FLOOR = 800.0


def stroke(d: Doc, ps: Sequence[P], color: str, w: float, opacity: float, tension: float = 0.9) -> None:
    d.add(f'<path d="{smooth_path(ps, closed=False, tension=tension)}" stroke="{color}" stroke-width="{w:.1f}" '
          f'fill="none" opacity="{opacity:.2f}" stroke-linecap="round" stroke-linejoin="round"/>')


def shadow(d: Doc, c: P, rx: float, ry: float, o: float = 0.55) -> None:
    g = d.rad(c, rx, [(0, "#000000", o), (0.6, "#000000", o * 0.5), (1, "#000000", 0)])
    d.add(f'<ellipse cx="{c[0]:.1f}" cy="{c[1]:.1f}" rx="{rx:.1f}" ry="{ry:.1f}" fill="{g}"/>')


def leg(d: Doc, front: Sequence[P], back: Sequence[P], lit_a: P, lit_b: P, sheen: Sequence[P], knee: P,
        open_start: bool = True, open_end: bool = True) -> None:
    """One continuous leg: `front` contour from the start (under the dress) to the end (the
    ankle), `back` contour the same way round; filled as one shape, outlined along both sides
    only (the ends, under the dress and into the shoe, stay open)."""
    shape = [*front, *back[::-1]]
    g = d.lin(lit_a, lit_b, [(0, ST_HI, 1), (0.3, ST, 1), (0.72, ST_MID, 1), (1, ST_DK, 1)])
    d.add(f'<path d="{smooth_path(shape, tension=0.8)}" fill="{g}"/>')
    # sheer stocking: denser where the leg turns away (a dark band inside the silhouette)
    for side in (front, back):
        stroke(d, side, ST_EDGE, 16, 0.22)
        stroke(d, side, ST_EDGE, 7, 0.22)
    # the sheen: a long soft highlight down the lit side, brightest on the kneecap
    stroke(d, sheen, ST_HI, 14, 0.35)
    stroke(d, sheen, "#fff4ec", 4, 0.45)
    g2 = d.rad(knee, 46, [(0, "#fff0e6", 0.55), (1, "#fff0e6", 0)])
    d.add(f'<ellipse cx="{knee[0]:.1f}" cy="{knee[1]:.1f}" rx="46" ry="40" fill="{g2}"/>')
    for side in (front, back):
        stroke(d, side, LINE, 2.6, 0.8)
    del open_start, open_end


def shoe(d: Doc, ankle: P, ang: float, instep_fill: str | None = None) -> None:
    """Her low-heeled brown pump (the wide shot's shoe), the ankle at `ankle`, toe toward `ang`;
    the instep above the vamp is stocking, unoutlined where it runs up into the shin."""
    a = math.radians(ang)

    def T(p: P) -> P:
        return (ankle[0] + p[0] * math.cos(a) - p[1] * math.sin(a), ankle[1] + p[0] * math.sin(a) + p[1] * math.cos(a))
    inst = [T(p) for p in [(-20, -44), (26, -44), (66, -8), (104, 12), (112, 30), (40, 36), (-26, 30)]]
    g = d.lin(T((40, -30)), T((40, 36)), [(0, ST_HI, 1), (0.5, ST, 1), (1, ST_MID, 1)])
    d.add(f'<path d="{smooth_path(inst, tension=0.7)}" fill="{instep_fill or g}"/>')
    stroke(d, [T((26, -40)), T((66, -8)), T((104, 12))], LINE, 2.4, 0.75)   # the instep's line
    stroke(d, [T((30, -20)), T((60, -4)), T((92, 10))], "#fff4ec", 4, 0.35)              # its sheen
    # the vamp rises over the toes from the instep's end: a pump covers the toe box
    body = [T(p) for p in [(-44, 4), (-14, 22), (60, 28), (96, 16), (104, 8), (150, 16), (192, 40), (210, 62),
                           (198, 76), (120, 78), (40, 74), (-30, 72), (-52, 54)]]
    g = d.lin(T((0, 4)), T((0, 78)), [(0, SHOE_HI, 1), (0.45, SHOE, 1), (1, SHOE_DK, 1)])
    d.add(f'<path d="{smooth_path(body, tension=0.7)}" fill="{g}" stroke="#120806" stroke-width="3"/>')
    stroke(d, [T((-40, 10)), T((-10, 26)), T((60, 30)), T((98, 14))], "#b07a5a", 3, 0.6)   # the topline
    heel = [T(p) for p in [(-40, 68), (-12, 72), (-18, 120), (-32, 120)]]
    d.add(f'<path d="M{heel[0][0]:.1f},{heel[0][1]:.1f} L{heel[1][0]:.1f},{heel[1][1]:.1f} '
          f'L{heel[2][0]:.1f},{heel[2][1]:.1f} L{heel[3][0]:.1f},{heel[3][1]:.1f} Z" fill="#1a0c08" stroke="#0a0404" stroke-width="2"/>')
    stroke(d, [T((112, 20)), T((160, 28)), T((196, 50))], "#c08860", 4, 0.5)              # the toe box's gloss
    stroke(d, [T((-10, 76)), T((100, 80)), T((198, 76))], "#0a0404", 5, 1.0)


# the planted leg: knee, ankle; the crossed leg: knee (its shin turns about here), ankle
LOW_KNEE = (1030.0, 470.0)
LOW_ANKLE = (1004.0, 712.0)
# (review8 #13: the legs crossed at the shins, the top knee short of the lower one, so the two shins
# overlapped: now the top thigh rests over the lower knee and its own knee lies a hand past it, the
# top shin hanging forward clear of the lower one)
TOP_KNEE = (1168.0, 330.0)
TOP_ANKLE = (1236.0, 590.0)
LOW_ANG = 10.7   # the planted pump's heel tip and toe on the same floor line
TOP_ANG = 38.0


def low_leg() -> Doc:
    d = Doc()
    shadow(d, (1060, FLOOR + 10), 210, 24, 0.6)
    # (the shin nearly straight in front; the calf swells behind below the knee and tapers to a slim
    # ankle: the old contour ran down as a tube, "elephant legs", review8 #13)
    front = [(520, 372), (760, 376), (930, 384), (1010, 398), (1066, 432), (1084, 486), (1072, 548),
             (1056, 620), (1042, 684), (1034, 720)]
    back = [(520, 548), (760, 548), (880, 540), (960, 528), (952, 562), (942, 604), (950, 646), (972, 684),
            (990, 708), (994, 726)]
    leg(d, front, back, (1090, 440), (930, 520), [(1040, 420), (1070, 480), (1058, 560), (1042, 640), (1032, 700)],
        (1050, 470))
    # the back of the knee: the fold where the calf meets the thigh
    stroke(d, [(958, 530), (956, 546), (952, 562)], LINE, 3, 0.5)
    return d


def low_foot() -> Doc:
    d = Doc()
    shoe(d, LOW_ANKLE, LOW_ANG)
    return d


def top_thigh() -> Doc:
    """The crossed leg's thigh, over the planted knee, to its own knee (its end there is hidden
    by the shin's knee, which turns about TOP_KNEE)."""
    d = Doc()
    front = [(500, 236), (760, 228), (960, 236), (1060, 250), (1120, 262)]   # ends at the knee, where the
    back = [(500, 432), (760, 428), (900, 416), (1000, 404), (1084, 398)]     # shin's knee takes over
    shape = [*front, *back[::-1]]
    g = d.lin((800, 228), (800, 430), [(0, ST_HI, 1), (0.3, ST, 1), (0.72, ST_MID, 1), (1, ST_DK, 1)])
    d.add(f'<path d="{smooth_path(shape, tension=0.8)}" fill="{g}"/>')
    for side in (front, back):
        stroke(d, side, ST_EDGE, 16, 0.22)
        stroke(d, side, ST_EDGE, 7, 0.22)
    stroke(d, [(700, 262), (900, 262), (1060, 276)], ST_HI, 16, 0.3)
    stroke(d, [(700, 262), (900, 262), (1060, 276)], "#fff4ec", 4, 0.35)
    for side in (front, back):
        stroke(d, side, LINE, 2.6, 0.8)
    return d


def top_shin() -> Doc:
    """The crossed leg from the knee down, with its shoe: one piece that turns about the knee."""
    d = Doc()
    # (hanging forward from a knee past the lower one; the calf swells behind just below the knee
    # and tapers to an ankle ~0.4 of its width: it was an untapered tube, review8 #13)
    front = [(1110, 258), (1168, 266), (1204, 296), (1216, 346), (1224, 410), (1236, 480), (1248, 548), (1256, 580)]
    back = [(1064, 400), (1110, 398), (1128, 420), (1130, 458), (1160, 506), (1204, 550), (1220, 598)]
    shape = [*front, *back[::-1]]
    g = d.lin((1240, 440), (1130, 450), [(0, ST_HI, 1), (0.3, ST, 1), (0.72, ST_MID, 1), (1, ST_DK, 1)])
    d.add(f'<path d="{smooth_path(shape, tension=0.8)}" fill="{g}"/>')
    for side in (front[1:], back[1:]):
        stroke(d, side, ST_EDGE, 16, 0.22)
        stroke(d, side, ST_EDGE, 7, 0.22)
    # where the thigh runs into the knee (the thigh lit from above, the shin from the front): one
    # soft patch of the stocking's tone over the join, so no seam shows between the two pieces
    for c, r, o in (((1112.0, 318.0), 58.0, 0.85), ((1100.0, 372.0), 40.0, 0.6)):
        gj = d.rad(c, r, [(0, ST, o), (0.55, ST, o * 0.7), (1, ST, 0)])
        d.add(f'<ellipse cx="{c[0]:.0f}" cy="{c[1]:.0f}" rx="{r:.0f}" ry="{r:.0f}" fill="{gj}"/>')
    sheen = [(1182, 292), (1206, 330), (1214, 400), (1224, 470), (1236, 540)]
    stroke(d, sheen, ST_HI, 14, 0.35)
    stroke(d, sheen, "#fff4ec", 4, 0.45)
    g2 = d.rad((1188, 314), 30, [(0, "#fff0e6", 0.55), (1, "#fff0e6", 0)])
    d.add('<ellipse cx="1188" cy="314" rx="30" ry="30" fill="' + g2 + '"/>')
    stroke(d, front, LINE, 2.6, 0.8)  # (from the thigh's end: one contour over the knee, no notch)
    stroke(d, back, LINE, 2.6, 0.8)
    shoe(d, TOP_ANKLE, TOP_ANG)
    return d


def soft(d: Doc, ps: Sequence[P], color: str, w: float, opacity: float, layers: int = 5, tension: float = 0.9) -> None:
    """A soft-edged band of light or shade along ps (no blur in SDL_image's SVG reader): the same
    stroke laid narrower and narrower, so it is densest along its middle and fades to nothing."""
    for i in range(layers):
        stroke(d, ps, color, w * (layers - i) / layers, opacity / layers * 1.6, tension)


def cloth_fold(d: Doc, line: Sequence[P], half: float, deep: float = 0.6) -> None:
    """One fold of cloth along `line`: a lens that tapers to nothing at both ends, filled across
    with the lit ridge on its upper side and the valley's shade below, transparent at its own
    edges, so it melts into the dress (a painted fold, not an inked line or a piped tube)."""
    n = len(line)
    up, down = [], []
    for i, (x, y) in enumerate(line):
        ax, ay = line[max(0, i - 1)]
        bx, by = line[min(n - 1, i + 1)]
        tx, ty = bx - ax, by - ay
        ln = math.hypot(tx, ty) or 1.0
        nx, ny = ty / ln, -tx / ln
        if ny > 0:
            nx, ny = -nx, -ny  # the normal toward the top of the frame
        w = half * (0.12 + 0.88 * math.sin(math.pi * i / (n - 1)) ** 0.8)
        up.append((x + nx * w, y + ny * w))
        down.append((x - nx * w, y - ny * w))
    m = n // 2
    g = d.lin(up[m], down[m], [(0, DRESS_HI, 0), (0.28, DRESS_HI, 0.38), (0.48, DRESS_HI, 0), (0.56, DRESS_DEEP, 0),
                               (0.72, DRESS_DEEP, deep), (1, DRESS_DEEP, 0)])
    d.add(f'<path data-fold="1" d="{smooth_path([*up, *down[::-1]], tension=0.8)}" fill="{g}"/>')


# the dress's folds (design px, all inside its outline): each a valley of shade with the lit
# ridge of cloth above it. From the knee the cloth is pulled back toward her hip in long
# tension folds that fan out and soften; at the hem it hangs in two short deep folds.
FOLDS: tuple[tuple[P, ...], ...] = (
    ((1004, 252), (900, 240), (780, 228), (640, 214), (470, 196)),
    ((1022, 322), (920, 306), (800, 300), (660, 306), (500, 300)),
    ((986, 404), (900, 386), (780, 390), (640, 410), (470, 420)),
    ((940, 470), (860, 470), (740, 500), (600, 530)),
)
HANGING: tuple[tuple[P, ...], ...] = (((920, 452), (900, 510), (884, 566)), ((864, 520), (846, 560), (826, 588)))


def dress() -> Doc:
    """Her green dress over her lap: over both thighs, the hem just over the top knee and
    hanging in a soft fold down past the lower thigh. Modelled as cloth over the round of the
    thighs (lit along the top, in shade below, the floor's bounce at the bottom edge), with
    painted folds: each a soft valley of shade and a soft lit ridge (not inked lines)."""
    d = Doc()
    dr = [(-40, 110), (620, 130), (860, 160), (980, 196), (1046, 246), (1058, 300), (1030, 370), (978, 424),
          (918, 480), (872, 566), (820, 590), (500, 600), (-40, 620)]
    path = smooth_path(dr, tension=0.6)
    g = d.lin((0, 0), (1060, 0), [(0, DRESS_DEEP, 1), (0.5, DRESS_DK, 1), (0.85, DRESS, 1), (1, DRESS_HI, 1)])
    d.add(f'<path d="{path}" fill="{g}" stroke="#0a120e" stroke-width="3" stroke-opacity="0.8"/>')
    # the round of the thighs under the cloth: a lit band along the top, the core shade below it,
    # the floor's dim bounce at the very bottom
    gv = d.lin((0, 120), (0, 610), [(0, DRESS_HI, 0.0), (0.1, DRESS_HI, 0.4), (0.32, DRESS_HI, 0.0),
                                    (0.55, "#000000", 0.0), (0.82, "#000000", 0.5), (0.94, "#000000", 0.4),
                                    (1, DRESS, 0.3)])
    d.add(f'<path data-model="round" d="{path}" fill="{gv}"/>')
    # toward the knee the cloth catches the light (the key is from the right)
    kr = d.rad((1000, 290), 300, [(0, DRESS_HI, 0.45), (0.5, DRESS_HI, 0.15), (1, DRESS_HI, 0)])
    d.add(f'<path d="{path}" fill="{kr}"/>')
    for fold in FOLDS:
        cloth_fold(d, fold, 30)
    for fold in HANGING:
        cloth_fold(d, fold, 24, deep=0.75)
    # where the dress sinks between the thighs and into the seat, far from the light
    soft(d, [(380, 160), (366, 340), (396, 580)], DRESS_DEEP, 60, 0.35)
    # the lit edge of the hem over the knee (the light is from the right here)
    stroke(d, [(980, 196), (1046, 246), (1058, 300), (1030, 370), (978, 424), (918, 480), (872, 566)], "#a8d4bc", 6, 0.45)
    # its shadow on the stocking just past the hem
    stroke(d, [(1060, 256), (1072, 302), (1044, 376), (992, 432), (934, 488)], "#000000", 10, 0.15)
    return d


def main() -> None:
    write(OUT + "leg_low.svg", low_leg().svg())
    write(OUT + "foot_low.svg", low_foot().svg())
    write(OUT + "leg_top.svg", top_thigh().svg())
    write(OUT + "shin_top.svg", top_shin().svg())
    write(OUT + "dress.svg", dress().svg())
    heel = (LOW_ANKLE[0] - 6, LOW_ANKLE[1] + 28)  # the foot turns at the ankle, so it never leaves the shin
    (INSERTS / "crossed_legs" / "insert.toml").write_text(TOML.format(hx=heel[0], hy=heel[1], kx=TOP_KNEE[0],
                                                                      ky=TOP_KNEE[1]), encoding="utf-8")


TOML = '''# "Her legs were crossed, one foot tapping rhythmically on the floor." (story line 14)
# Her side at seat height: the planted leg's pump taps its toes on the floor (the foot turns at the ankle)
# (a quick lift and drop every 0.85 s); the crossed leg's shin and foot bob on the same beat
# about its knee (a turn of a few degrees, so the dangling foot swings ~30 px). Each leg is
# one contour; the moving pieces meet the still ones without outlines (the ankle into the
# shoe, the shin under the knee). Drawn by tools/hands/legs.py (see there to change them).
title = "Her crossed legs, the tapping foot"

[[part]]
svg = "back.svg"

[[part]]
svg = "foot_low.svg"
pivot = [{hx:.1f}, {hy:.1f}]
[[part.motion]]
kind = "tap"
rot = 16
period = 0.85

[[part]]
svg = "leg_low.svg"

[[part]]
svg = "shin_top.svg"
pivot = [{kx:.1f}, {ky:.1f}]
[[part.motion]]
kind = "tap"
rot = 7
period = 0.85
phase = 0.5

[[part]]
svg = "leg_top.svg"

[[part]]
svg = "dress.svg"
[[part.motion]]
kind = "breathe"
dy = 3
period = 4.2
'''
