"""crossed_legs (line 14): her lap, her reclining torso and her near arm, over the legs of legs.py.

review11 N3: the lap ran from her hip at x 230 to the knee at 1100, three shins long, under a green
slab cut square at the knee. Now her hip joint (HIP) sits a thigh's length behind the crossed
knee (about 1.1 shins), and her torso leans back from it ~30 degrees into the sofa's scroll arm,
as she reclines in the wide at lines 12-13, leaving the frame's top below her shoulder; her near
arm comes down out of the frame, its hand resting on her thigh as in that wide. The dress runs
from her bodice over the lap to a hem that drapes over the crossed knee: a curved hem that rides
up over the kneecap and falls back in flutes where the cloth hangs from the thigh, a fold pulled
from it back across the thigh. Drawn in the legs' design px (legs.framed sets them in the shot).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from tools.hands.geometry import HER, Doc, P, Skin, Xf, set_light, smooth_path
from tools.hands.legs import SEAT_Y, VELVET, VELVET_DK, VELVET_HI, soft, stroke
from tools.hands.reach import HER_LENS, HER_MCP, HER_PALM, HER_THUMB, HER_W, Pose, fingers
from tools.hands.solid import Hand, Rolled, draw

DRESS_HI, DRESS, DRESS_DK, DRESS_DEEP = "#6a9c80", "#46705a", "#2c4838", "#122018"
# her bare arm: the wides' skin (geometry.HER) a shade lighter in the mid and dark tones, so that
# under the insert's dimmer light it reads as the wide's does at line 13, ~(214, 143, 96) lit:
# the dress here renders at ~0.75 of the wide's, so the arm should at ~(160, 107, 72)
ARM_SKIN = Skin(HER.light, "#f0c0a0", "#c08266", HER.line, HER.crease, HER.nail, HER.nail_hi, HER.knuckle)

HIP: P = (830.0, 450.0)  # her near hip joint, under the dress on the cushion
LEAN = 30.0              # the torso's lean back from upright (degrees), as in the wide at line 13


def torso_point(t: float, d: float) -> P:
    """The point t px up her torso's axis from the hip joint, d px toward her front (+, the right)
    or her back (-): the axis leans LEAN degrees back (to the upper left)."""
    a = math.radians(LEAN)
    return (HIP[0] - t * math.sin(a) + d * math.cos(a), HIP[1] - t * math.cos(a) - d * math.sin(a))


# her back from above the frame down to the cushion (t, depth behind the axis), and her front from
# the lap's crease up (t, depth in front): the waist narrowest a third of the way up, the bust's
# swell at the frame's top edge
BACK: tuple[tuple[float, float], ...] = ((440, 66), (340, 64), (260, 60), (180, 56), (120, 60), (60, 76), (20, 90))
FRONT: tuple[tuple[float, float], ...] = ((90, 60), (140, 55), (190, 58), (230, 78), (262, 96), (320, 92), (440, 80))
CREASE: P = (862.0, 356.0)  # where her belly meets the crossed thigh's top
# the hem, from the top of the crossed thigh over the side of the knee and down where the cloth
# hangs from the thigh: two flutes, their hollows between, to the cushion
HEM: tuple[P, ...] = ((1086, 332), (1104, 348), (1108, 372), (1096, 396), (1076, 412), (1058, 424), (1048, 442),
                      (1044, 460), (1040, 478), (1030, 486), (1018, 478), (1008, 468), (1000, 482), (992, 498),
                      (980, 503), (968, 494), (962, 490), (954, 506), (936, 518))
HEM_FLUTES: tuple[P, ...] = ((1032, 486), (982, 503))   # the hem's lowest points, each flute's round
HEM_HOLLOWS: tuple[P, ...] = ((1008, 468), (962, 490))  # where it folds back in between them
LAP_TOP: tuple[P, ...] = ((1086, 332), (1040, 334), (980, 339), (920, 346), CREASE)


def outline() -> list[P]:
    """The dress's outline, clockwise from above the frame: down her back to the cushion, along it
    under the legs, up the hem, back along the crossed thigh to the crease, up her front."""
    back = [torso_point(t, -d) for t, d in BACK]
    seat = [(770.0, SEAT_Y - 2), (820.0, SEAT_Y + 6), (900.0, SEAT_Y + 8)]
    front = [torso_point(t, d) for t, d in FRONT]
    return [*back, *seat, *HEM[::-1], *LAP_TOP[1:], *front]


def torso_outline() -> list[P]:
    """Her torso down to the hip: for the round of the body, separate from the lap's."""
    back = [torso_point(t, -d) for t, d in BACK]
    return [*back, torso_point(0, -40), torso_point(10, 40), CREASE, *[torso_point(t, d) for t, d in FRONT]]


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
        if ny > 0 or (ny == 0 and nx > 0):
            nx, ny = -nx, -ny  # the normal toward the top (or the left) of the frame
        w = half * (0.12 + 0.88 * math.sin(math.pi * i / (n - 1)) ** 0.8)
        up.append((x + nx * w, y + ny * w))
        down.append((x - nx * w, y - ny * w))
    m = n // 2
    g = d.lin(up[m], down[m], [(0, DRESS_HI, 0), (0.26, DRESS_HI, 0.34), (0.46, DRESS_HI, 0), (0.5, DRESS_DEEP, 0),
                               (0.74, DRESS_DEEP, deep), (1, DRESS_DEEP, 0)])
    d.add(f'<path data-fold="1" d="{smooth_path([*up, *down[::-1]], tension=0.8)}" fill="{g}"/>')



# tension folds pulled from the knee back over the thigh toward the lap; the fold that falls into
# the hem's hollow; folds hanging from the thigh's underside to the cushion; the lap's crease
FOLDS: tuple[tuple[float, tuple[P, ...]], ...] = (  # (half-width, the fold's line): kept inside the dress
    (16, ((1090, 376), (1030, 370), (960, 372), (890, 380))),
    (20, ((1066, 410), (1000, 402), (930, 406), (880, 416))),
)
# the cloth hanging from the thigh's underside falls straight down into the hem: a valley down
# into each hollow between the flutes
HANGING: tuple[tuple[P, ...], ...] = (
    ((984, 426), (996, 444), (1004, 458), (1008, 468)),
    ((930, 448), (948, 466), (958, 480), (962, 490)),
)
CREASE_FOLDS: tuple[tuple[P, ...], ...] = (
    ((846, 346), (880, 360), (930, 364)), ((838, 330), (866, 346), (906, 352)), ((850, 372), (890, 384), (940, 388)),
)


def _over(d: Doc, shape: Sequence[P], fill: str, tension: float = 0.6) -> None:
    d.add(f'<path d="{smooth_path(shape, tension=tension)}" fill="{fill}"/>')


def dress() -> Doc:
    """Her green dress: the bodice over her reclining torso, the waist seam, the skirt over her lap
    and the crossed thigh to a hem draped over the knee, hanging from the thigh to the cushion.
    Modelled as cloth over round forms (the key light from the right: the torso's front and the
    thigh's top lit, her back and the cloth between the legs in shade), with painted folds."""
    d = Doc()
    out = outline()
    g = d.lin((620, 0), (1100, 0), [(0, DRESS_DK, 1), (0.45, DRESS, 1), (1, DRESS_HI, 1)])
    d.add(f'<path d="{smooth_path(out, tension=0.6)}" fill="{g}" stroke="#0a120e" stroke-width="3" stroke-opacity="0.8"/>')
    # the torso's round: lit down her front, the core shade two thirds across, her back in shade
    a, b = torso_point(200, 100), torso_point(200, -70)
    _over(d, torso_outline(), d.lin(a, b, [(0, DRESS_HI, 0.5), (0.18, DRESS_HI, 0.15), (0.4, DRESS, 0),
                                           (0.7, DRESS_DEEP, 0.45), (1, DRESS_DEEP, 0.3)]))
    # the lap and the crossed thigh: a lit band along the top, shade under the thigh and between the legs
    lap = [*LAP_TOP[::-1], *[p for p in HEM], (840, SEAT_Y + 8), torso_point(10, 40)]
    _over(d, lap, d.lin((0, 326), (0, 520), [(0, DRESS_HI, 0.0), (0.08, DRESS_HI, 0.5), (0.3, DRESS_HI, 0.0),
                                             (0.5, "#000000", 0.0), (0.75, "#000000", 0.4), (1, "#000000", 0.55)]))
    # toward the knee the cloth catches the light (the key is from the right)
    _over(d, out, d.rad((1070, 370), 200, [(0, DRESS_HI, 0.55), (0.5, DRESS_HI, 0.2), (1, DRESS_HI, 0)]))
    # the waist seam round her (curving over the body's round), the bodice's darts above it
    seam = [torso_point(150, -56), torso_point(154, -10), torso_point(150, 30), torso_point(144, 56)]
    soft(d, seam, DRESS_DEEP, 12, 0.6, layers=6)
    stroke(d, [(x + 2, y + 4) for x, y in seam], DRESS_HI, 2.5, 0.35)
    for dd in (-20, 24):
        cloth_fold(d, [torso_point(160, dd), torso_point(200, dd + 6), torso_point(240, dd + 14)], 10, deep=0.5)
    for half, fold in FOLDS:
        cloth_fold(d, fold, half, deep=0.55)
    for fold in HANGING:
        cloth_fold(d, fold, 12, deep=0.6)
    for fold in CREASE_FOLDS:
        cloth_fold(d, fold, 10, deep=0.55)
    # the hem: its turned edge lit where it crosses the knee, the flutes' fronts catching the light
    # and the hollows between them dark, and the cloth's shadow on the stocking just past it
    stroke(d, HEM[:6], "#8cbaa2", 4, 0.5)
    soft(d, HEM[5:9], DRESS_HI, 10, 0.3, layers=5)   # the hanging edge turning toward the light
    for fx, fy in HEM_FLUTES:   # each flute's round front catching the light
        soft(d, [(fx + 10, fy - 34), (fx + 6, fy - 16), (fx + 2, fy - 4)], DRESS_HI, 14, 0.35, layers=6)
    stroke(d, [(1108, 342), (1114, 370), (1102, 400), (1080, 420)], "#000000", 8, 0.2)
    return d


def sofa_arm(d: Doc) -> None:
    """The sofa's scroll arm behind her back, which she leans into (the wide at line 13), seen
    face-on: a velvet panel rising from the seat whose top rolls outward over toward her into the
    scroll, its spiral on the face, lit from the right; its inner side in shade behind her."""
    face = [(420, 520), (416, 400), (424, 320), (452, 282), (540, 266), (630, 270), (690, 292), (720, 326),
            (716, 366), (690, 384), (668, 380), (664, 430), (676, 520)]
    g = d.lin((420, 0), (720, 0), [(0, VELVET_DK, 1), (0.5, VELVET, 1), (0.85, VELVET_HI, 1), (1, VELVET, 1)])
    d.add(f'<path d="{smooth_path(face, tension=0.5)}" fill="{g}" stroke="#0a0204" stroke-width="2.5"/>')
    # the roll's round: lit along its crest, in shade under it where it curls back into the face
    gr = d.lin((0, 266), (0, 392), [(0, VELVET_HI, 0.55), (0.3, VELVET_HI, 0.0), (0.75, "#000000", 0.0), (1, "#000000", 0.45)])
    d.add(f'<path d="{smooth_path(face[2:11], tension=0.5)}" fill="{gr}"/>')
    stroke(d, [(440, 300), (520, 276), (620, 278), (690, 300)], "#a0303c", 5, 0.4)   # the roll's sheen
    cx, cy = 672.0, 332.0  # the scroll's spiral on the face
    spiral = [(cx + r * math.cos(a), cy + r * math.sin(a)) for r, a in ((38 - 3.4 * i, 0.8 * i) for i in range(10))]
    stroke(d, spiral, "#0a0204", 3.5, 0.6)
    stroke(d, [(x + 2, y - 2) for x, y in spiral], "#a0303c", 2.5, 0.4)
    soft(d, [(668, 400), (672, 460), (676, 516)], "#000000", 30, 0.45)   # its inner face in shade


# her near (right) arm: the shoulder above the frame, the elbow by her waist, the forearm along her
# lap to the hand resting on the crossed thigh, its fingers curving over the thigh's side
SHOULDER: P = (664.0, 120.0)
ELBOW: P = (752.0, 380.0)
WRIST: P = (890.0, 350.0)
HAND_S = 0.33
HAND = Pose(52.0, (-4.0, -1.0, 2.0, 5.0), (0.9, 0.88, 0.86, 0.84), 16.0, (6, 8))


def her_hand() -> Hand:
    rot_arm = math.degrees(math.atan2(WRIST[1] - ELBOW[1], WRIST[0] - ELBOW[0]))
    arm_len = math.dist(ELBOW, WRIST) / HAND_S
    xf = Rolled(WRIST[0], WRIST[1], 14.0, HAND_S, roll=HAND.roll)
    return Hand(xf, ARM_SKIN, list(HER_PALM), fingers(HER_MCP, HER_W, HER_LENS, HAND, 0.7), HER_THUMB,
                Xf(WRIST[0], WRIST[1], rot_arm, HAND_S), arm_len=arm_len, arm_w=(38.0, 50.0), nail_tint="#c97a7a")


def upper_arm(d: Doc) -> None:
    """From the shoulder (above the frame) down to the elbow: a tapering round, lit on its right."""
    ax, ay = ELBOW[0] - SHOULDER[0], ELBOW[1] - SHOULDER[1]
    ln = math.hypot(ax, ay)
    nx, ny = ay / ln, -ax / ln  # toward her front (the light)

    def at(u: float, v: float) -> P:
        return (SHOULDER[0] + ax * u + nx * v, SHOULDER[1] + ay * u + ny * v)
    # its end is the elbow's round, capping the forearm's end (drawn after it)
    half = ((0.0, 30), (0.5, 27), (0.85, 22), (1.0, 21), (1.07, 16))
    shape = [at(u, h) for u, h in half] + [at(1.1, 0)] + [at(u, -h) for u, h in half[::-1]]
    sk = ARM_SKIN
    g = d.lin(at(0.6, 30), at(0.6, -30), [(0, sk.light, 1), (0.35, sk.mid, 1), (0.8, sk.dark, 1), (1, sk.mid, 1)])
    d.add(f'<path d="{smooth_path(shape, tension=0.7)}" fill="{g}" stroke="{sk.line}" stroke-width="2.4" '
          f'stroke-opacity="0.85"/>')
    stroke(d, [at(0.2, 22), at(0.6, 20), at(0.9, 14)], sk.knuckle, 5, 0.35)   # the lit ridge


def arm() -> Doc:
    """Her near arm over the dress: the upper arm, and the forearm and hand on her thigh
    (solid.draw: one opaque silhouette with formed fingers, her slim hand of the reach at line 62)."""
    set_light((0.8, -0.6))  # the key from the right (module state: set it, whatever ran before)
    d = Doc()
    soft(d, [(ELBOW[0] + 20, ELBOW[1] + 16), (WRIST[0], WRIST[1] + 18)], "#000000", 26, 0.35)   # its shadow on the lap
    draw(d, her_hand(), shadow_off=(4, 8), shadow_alpha=0.4)
    upper_arm(d)
    return d
