"""clenched_hands (line 7): his right fist clamped in his left hand, knuckles white, trembling.

"His hands were clenched, his fingers white with tension." The camera looks down at his lap
from in front: the knees of his dark suit trousers fill the bottom of the frame, the thighs
run back up toward him, both forearms come down out of his jacket sleeves and shirt cuffs from
the top of the frame, and the right fist sits between the knees, its knuckles toward the camera,
with the left hand clamped over its back (gripping, below). The fist is drawn as one solid
illustration (no finger machinery): the back of the hand, the knuckle ridge, and each finger a
tube bending twice (fist_form.curled_finger: the first phalanx facing us, rounded at the middle
knuckle, the second turning under it in shade to the last knuckle's round). The tension is a
separate layer of skin pulled tight over each knuckle's bone (fist_form.tight_skin: sharp toward
the valleys, fading along the finger) that grows as he grips (insert.toml).
Light: the hearth's warm key from the right.
"""

from __future__ import annotations

import itertools
import math

from tools.hands.fist_form import (
    CREASE,
    LINE,
    PALE,
    SKIN,
    SKIN_DEEP,
    SKIN_DK,
    SKIN_HI,
    SKIN_MID,
    Fn,
    K,
    blob,
    curled_finger,
    drained,
    flush,
    frame,
    lit,
    path,
    pts,
    stroke,
    tight_skin,
    valley,
)
from tools.hands.fist_grip import (  # noqa: F401  (the grip's names, as tests and tools read them here)
    ARM,
    GRIP,
    GRIP_AT,
    GRIP_BACK,
    GRIP_FINGERS,
    GRIP_THUMB,
    STAGE_INSET,
    STAGES,
    grip_caps,
    grip_hand,
    grip_white,
)
from tools.hands.fist_grip import gripping as grip_form
from tools.hands.geometry import (
    INSERTS,
    Doc,
    P,
    set_light,
    smooth_path,
    write,
)
from tools.hands.parts import (
    LINK,
    LINK_DK,
    SHIRT,
    SHIRT_DK,
    SHIRT_HI,
    SUIT,
    SUIT_DEEP,
    SUIT_DK,
    SUIT_HI,
    his_sleeve,
)

OUT = str(INSERTS) + "/clenched_hands/"
CLOTH_HI, CLOTH, CLOTH_DK, CLOTH_DEEP = SUIT_HI, SUIT, SUIT_DK, SUIT_DEEP  # the wides' charcoal suit

# the four fingers folded (local x of each finger's centre, width, top of its first phalanx,
# bottom of the first phalanx, bottom of the second), little finger first, the index next to the thumb (+x)
# (review10 #6: at 60-70 local px the folded first phalanges read as fingers hanging straight down;
# a fist's are short, a knuckle's width or so, the second phalanges tucked right under them)
# review12 B3: they still hung like four blocks with gaps between: now pressed together (each as
# wide as the spacing and more), the first phalanges short (the middle knuckles a second ridge
# just below the first), the second phalanges turned under out of sight but for a dark lip
FINGERS = [(-64.0, 42.0, -14.0, 20.0, 34.0), (-26.0, 46.0, -22.0, 18.0, 34.0),
           (12.0, 47.0, -24.0, 16.0, 32.0), (50.0, 45.0, -22.0, 16.0, 30.0)]
# his left hand (screen right) is not the right one mirrored: clenched harder and turned in on its
# forearm, its knuckle ridge slanting down to the little finger, the fingers crushed tighter
# together (the first phalanges shorter, folded further under), the thumb pressed up along the
# side of the index finger instead of wrapped across the fingers
FINGERS_LEFT = [(-62.0, 33.0, 2.0, 40.0, 66.0), (-27.0, 39.0, -12.0, 40.0, 74.0),
                (11.0, 42.0, -22.0, 38.0, 76.0), (50.0, 42.0, -28.0, 34.0, 70.0)]


def fist(d: Doc, xf: Fn, side: int, fingers: list[tuple[float, float, float, float, float]] = FINGERS,
         thumb: str = "wrap") -> None:
    """One fist resting on a knee, knuckles to the camera, with its forearm up to the cuff."""
    light_dir = 1.0 if side > 0 else -1.0  # local +x is toward the light when side > 0
    def across(y: float, half: float) -> tuple[P, P]:  # gradient ends across the limb, lit end first
        return ((half * light_dir, y), (-half * light_dir, y))
    # contact shadow on the trouser knee under the fist
    for i in range(6):
        c = xf((-6, 102 - i * 2))
        d.add(f'<ellipse cx="{c[0]:.1f}" cy="{c[1]:.1f}" rx="{(150 - i * 14) * K:.1f}" ry="{(40 - i * 4) * K:.1f}" '
              f'fill="#000000" opacity="0.1"/>')
    # forearm, from the wrist up under the cuff
    arm = pts(xf, [(-62, -120), (-70, -230), (-74, -340), (62, -340), (66, -230), (64, -118)])
    a, b = across(-230, 70)
    path(d, arm, lit(d, xf, side, a, b, [(0, SKIN_HI, 1), (0.3, SKIN, 1), (0.75, SKIN_MID, 1), (1, SKIN_DK, 1)]),
         tension=0.5)
    # the forearm's round: the lit band, the core shadow three quarters across, the warm bounce off
    # the trousers at the far edge (a limb, not a bar); the tendons soft, fading toward the elbow
    a, b = across(-230, 76)
    path(d, arm, lit(d, xf, side, a, b, [(0, SKIN_HI, 0.45), (0.15, SKIN_HI, 0.2), (0.35, SKIN_HI, 0),
                                         (0.5, SKIN_DEEP, 0), (0.68, SKIN_DEEP, 0.45), (0.8, SKIN_DEEP, 0.3),
                                         (0.92, SKIN, 0.4), (1, SKIN, 0.55)]), line=None, tension=0.5)
    for wd, op in ((12.0, 0.06), (7.0, 0.08), (3.5, 0.1)):   # soft-edged: stacked strokes
        stroke(d, pts(xf, [(-40, -134), (-44, -220), (-46, -290)]), SKIN_DK, wd * K, op)   # tendon shadow
        stroke(d, pts(xf, [(20, -132), (26, -220), (28, -290)]), SKIN_HI, wd * K, op)      # the radius ridge
    # back of the hand: wrist to the knuckle ridge, the thumb's mound bulging toward +x
    back = pts(xf, [(-64, -124), (-84, -60), (-86, 0), (-50, 10), (-10, 12), (30, 12), (72, 8),
                    (104, -40), (102, -86), (70, -124)])
    a, b = across(-70, 95)
    path(d, back, lit(d, xf, side, a, b, [(0, SKIN_HI, 1), (0.35, SKIN, 1), (0.8, SKIN_MID, 1), (1, SKIN_DK, 1)]),
         line=None, tension=0.7)
    # outlined down its sides and along the knuckles only: across the wrist the forearm runs on
    # into it (no seam)
    d.add(f'<path d="{smooth_path(back, closed=False, tension=0.7)}" fill="none" stroke="{LINE}" '
          f'stroke-width="2.2" stroke-linejoin="round" stroke-opacity="0.8"/>')
    # the back of the hand domes: a sheen toward the light, the wrist's dip in shade below the arm
    dome = xf((28 * light_dir, -62))
    path(d, back, d.rad(dome, 80 * K, [(0, SKIN_HI, 0.4), (0.6, SKIN_HI, 0.12), (1, SKIN_HI, 0)]), line=None, tension=0.7)
    path(d, back, d.lin(xf((0, -124)), xf((0, -70)), [(0, SKIN_DEEP, 0.4), (1, SKIN_DEEP, 0)]), line=None, tension=0.7)
    # the back of the hand in the blood's own tone, a shade under the knuckles' drained skin
    # (review12 B3: the pale over the bones reads against it), clear of the knuckle ridge
    path(d, back, d.lin(xf((0, -120)), xf((0, -22)), [(0, SKIN_DK, 0.3), (0.75, SKIN_DK, 0.3), (1, SKIN_DK, 0)]),
         line=None, tension=0.7)
    # the hand bends down at the knuckles: the ridge catches the light, the slope below is shaded
    for fx, _w, top, _mid, _bot in fingers:
        for wd, op in ((10.0, 0.03), (6.0, 0.035), (3.0, 0.04)):   # tendons, faint and soft-edged (review7 #4: streaks)
            stroke(d, pts(xf, [(fx * 0.78, -80), (fx * 0.9, -46), (fx, top - 4)]), SKIN_HI, wd * K, op)
            stroke(d, pts(xf, [(fx * 0.78 + 5, -78), (fx * 0.9 + 5, -44), (fx + 5, top - 2)]), SKIN_DK, wd * 0.6 * K, op)
    # the fingers folded into the fist, each a tube bending twice (review11 N7: they were square pads)
    for fx, w, top, mid, bot in fingers:
        curled_finger(d, xf, side, fx, w, top, mid, bot)
    # knuckle ridge: four bumps, lit on top (softly: at 0.8 they glowed, review7 #4)
    for fx, w, top, _mid, _bot in fingers:
        blob(d, xf((fx + 3 * light_dir, top + 2)), (w * 0.42) * K, SKIN_HI, 0.45, ry=(w * 0.28) * K)
    _valleys(d, xf, fingers)
    if thumb == "none":  # inside the other hand's grip
        return
    if thumb == "side":
        _thumb_side(d, xf)
        return
    # the thumb: out of its mound, down along the index finger, its tip turned across the
    # second phalanges of the index and middle fingers, nail up (review12 B3: pulled up tight
    # against the middle knuckles, over the tucked phalanges, so the fist reads closed)
    _thumb_wrapped(d, _thumb_frame(xf, 0.78))


def _thumb_wrapped(d: Doc, xf: Fn) -> None:
    """The thumb wrapped across the folded fingers (its own frame, `_thumb_frame`). review13 B3: it
    was a large smooth pale paddle; now a thumb: thick out of its mound, the joint a lit knuckle
    bulging on its outer edge with creases across it, then the last phalanx tapering to a round
    tip, the nail on it near the tip with its cuticle, the pad in shade under it."""
    th = pts(xf, [(96, -58), (110, -14), (106, 22), (108, 42), (102, 58), (88, 72), (62, 82), (34, 86), (8, 84), (-10, 80),
                  (-16, 73), (-9, 66), (14, 62), (40, 56), (58, 44), (68, 12), (66, -30)])
    g = d.lin(xf((70, 0)), xf((10, 96)), [(0, SKIN_HI, 1), (0.4, SKIN, 1), (1, SKIN_MID, 1)])
    d.add(f'<path d="{smooth_path([(a[0] + 6, a[1] + 10) for a in th], tension=0.7)}" fill="#000" opacity="0.28"/>')
    path(d, th, g, tension=0.7)
    stroke(d, pts(xf, [(66, -24), (68, 6), (58, 40), (34, 54), (4, 64)]), SKIN_DK, 6 * K, 0.35)   # its shaded inner edge
    stroke(d, pts(xf, [(98, -30), (104, 0), (100, 30)]), SKIN_HI, 5 * K, 0.45)            # lit edge
    # the pad of the last phalanx, rounded under the nail, in shade along its lower edge
    stroke(d, pts(xf, [(62, 80), (30, 84), (4, 82), (-10, 76)]), SKIN_DEEP, 4 * K, 0.3)
    # the knuckle: a lit round on the joint's outer bulge, the skin creased across it
    c = xf((90, 52))
    d.add(f'<ellipse cx="{c[0]:.1f}" cy="{c[1]:.1f}" rx="{16 * K:.1f}" ry="{13 * K:.1f}" '
          f'fill="{d.rad(c, 16 * K, [(0, SKIN_HI, 0.6), (0.55, SKIN_HI, 0.25), (1, SKIN_HI, 0)])}"/>')
    for dx, op in ((-10.0, 0.35), (-4.0, 0.3), (2.0, 0.22)):   # the creases across the joint's back
        stroke(d, pts(xf, [(79 + dx, 48), (83 + dx, 58), (82 + dx, 68)]), CREASE, 1.1 * K, op)
    stroke(d, pts(xf, [(108, 20), (102, 28), (100, 36)]), SKIN_DK, 3 * K, 0.3)   # the dip before the joint's bulge
    stroke(d, pts(xf, [(70, 46), (62, 64), (62, 80)]), CREASE, 1.5 * K, 0.4)   # where the last phalanx bends off it
    # the nail near the tip, narrower than the phalanx, its free edge toward the tip
    nail = pts(xf, [(34, 64), (8, 65), (-4, 70), (-2, 77), (10, 80), (34, 78)])
    path(d, nail, d.lin(xf((18, 62)), xf((18, 82)), [(0, "#e9c9b4", 1), (0.6, "#d4a88e", 1), (1, "#ad7a62", 1)]),
         line=CREASE, w=1.3, tension=0.6)
    stroke(d, pts(xf, [(36, 64), (38, 71), (36, 78)]), CREASE, 1.6 * K, 0.4)   # the cuticle's fold (a crease, not inked: test_hands_fingers)
    stroke(d, pts(xf, [(26, 68), (6, 69)]), "#fff4ea", 1.6 * K, 0.4)


def _valleys(d: Doc, xf: Fn, fingers: list[tuple[float, float, float, float, float]]) -> None:
    """The dips between the knuckles, dark in both rows (the big knuckles and the middle knuckles
    of the folded fingers), so the pale over the bones reads as ridges (review12 B3); and the back
    of the hand in a soft shade just behind the ridge, where it turns up toward the wrist."""
    behind = [(fx, top - 16) for fx, _w, top, _m, _b in fingers]
    for wd, op in ((22.0, 0.08), (14.0, 0.08), (7.0, 0.08)):   # soft-edged: stacked strokes
        stroke(d, pts(xf, behind), SKIN_DEEP, wd * K, op)
    for a, b in itertools.pairwise(fingers):
        axis = _unit(xf((a[0], a[2])), xf((a[0], a[3])))
        gap = abs(b[0] - a[0])
        valley(d, xf(((a[0] + b[0]) / 2, (a[2] + b[2]) / 2 + 4)), axis, gap * 0.5 * K, gap * 0.14 * K, 3.0)
        valley(d, xf(((a[0] + b[0]) / 2, (a[3] + b[3]) / 2)), axis, gap * 0.4 * K, gap * 0.1 * K, 2.0)


def _thumb_frame(xf: Fn, squash: float) -> Fn:
    """The wrapped thumb's frame: its drawing pressed up toward its root at (.., -58) by `squash`."""
    return lambda p: xf((p[0], -58 + (p[1] + 58) * squash))


def _thumb_side(d: Doc, xf: Fn) -> None:
    """The thumb pressed up along the outside of the index finger, its tip by the index's middle
    knuckle, the nail seen edge-on toward the camera, the joint bulging."""
    th = pts(xf, [(74, -58), (94, -56), (104, -30), (108, 3.4), (106, 34), (98, 59.5), (84, 68), (72, 59.5), (68, 30.6),
                  (68, -4), (64, -36)])
    g = d.lin(xf((112, 0)), xf((62, 0)), [(0, SKIN_HI, 1), (0.45, SKIN, 1), (1, SKIN_MID, 1)])
    d.add(f'<path d="{smooth_path([(a[0] + 5, a[1] + 9) for a in th], tension=0.7)}" fill="#000" opacity="0.3"/>')
    path(d, th, g, tension=0.7)
    stroke(d, pts(xf, [(70, -30), (68, 8.5), (70, 42.5)]), SKIN_DEEP, 5 * K, 0.5)          # pressed into the index's side
    stroke(d, pts(xf, [(102, -24), (106, 5.1), (102, 34)]), SKIN_HI, 4 * K, 0.45)         # lit edge
    stroke(d, pts(xf, [(74, 6.8), (88, 10.2), (104, 6.8)]), CREASE, 1.6 * K, 0.4)            # the joint's crease
    stroke(d, pts(xf, [(76, 13.6), (102, 13.6)]), CREASE, 1.2 * K, 0.3)
    nail = pts(xf, [(76, 42.5), (100, 40.8), (102, 57.8), (92, 64.6), (80, 61.2)])
    path(d, nail, d.lin(xf((88, 40.8)), xf((88, 64.6)), [(0, "#f6dccb", 1), (0.6, "#e2b8a4", 1), (1, "#b98068", 1)]),
         line=CREASE, w=1.4, tension=0.6)
    stroke(d, pts(xf, [(82, 45.9), (96, 45.05)]), "#ffffff", 1.8 * K, 0.5)


def _unit(a: P, b: P) -> P:
    ln = math.hypot(b[0] - a[0], b[1] - a[1]) or 1.0
    return ((b[0] - a[0]) / ln, (b[1] - a[1]) / ln)


def white(d: Doc, xf: Fn, side: int, fingers: list[tuple[float, float, float, float, float]] = FINGERS,
          thumb: str = "wrap", stage: int = 3) -> None:
    """White with tension: the skin pulled tight and pale over each big knuckle's bone and each
    middle knuckle's round (fist_form.tight_skin: a ridge with sharp sides toward the valleys, not
    a soft disc, review11 N7), the valleys between the knuckles darker. review13 B3: the first
    phalanges drained too (fist_form.drained: the finger's own tube, keeping its round), the thumb's
    knuckle pale and the blood pushed into its tip (fist_form.flush). Drawn in three stages laid
    over each other as the grip tightens (insert.toml cuts each in, none fades as a whole), each
    stage's nested bands set between the last's (STAGE_INSET), so no edge is laid three times."""
    k, inset = STAGES[stage - 1], STAGE_INSET * (stage - 1)
    for fx, w, top, mid, _bot in fingers:
        hw = w / 2
        axis = _unit(xf((fx, top)), xf((fx, mid)))
        drained(d, xf, side, fx, w, top, mid, k, inset)
        # the crest narrower than the finger (review12 B3)
        tight_skin(d, xf((fx, top + 4)), axis, hw * 1.3 * K, hw * 0.66 * K, k * 0.95, inset)
        tight_skin(d, xf((fx, mid - 4)), axis, hw * 0.7 * K, hw * 0.6 * K, k * 0.6, inset)   # the middle knuckle's crown
    for a, b in itertools.pairwise(fingers):
        c = xf(((a[0] + b[0]) / 2, (a[2] + b[2]) / 2 + 4))
        valley(d, c, _unit(xf((a[0], a[2])), xf((a[0], a[3]))), abs(b[0] - a[0]) * 0.5 * K, abs(b[0] - a[0]) * 0.1 * K, k * 2.1)
    if thumb != "none":
        blob(d, _thumb_frame(xf, 0.78)((88, 52)) if thumb == "wrap" else xf((88, 10)), (11) * K, PALE, 0.35 * k)
        flush(d, _thumb_frame(xf, 0.78)((16, 73)) if thumb == "wrap" else xf((90, 52)), 14 * K, k)


def sleeve(d: Doc, xf: Fn, side: int) -> None:
    """The shirt cuff with its cufflink, and the jacket sleeve up out of the frame."""
    ld = 1.0 if side > 0 else -1.0
    cuff = pts(xf, [(-82, -320), (-86, -392), (84, -396), (80, -322), (40, -312), (-40, -312)])
    path(d, cuff, d.lin(xf((90 * ld, -350)), xf((-90 * ld, -350)), [(0, SHIRT_HI, 1), (0.5, SHIRT, 1), (1, SHIRT_DK, 1)]),
         line="#4a463c", tension=0.5, part="cuff")
    stroke(d, pts(xf, [(-78, -330), (0, -322), (76, -332)]), "#a49c8c", 2.5 * K, 0.7)
    c = xf((-58, -356))
    d.add(f'<circle cx="{c[0]:.1f}" cy="{c[1]:.1f}" r="{9 * K:.1f}" fill="{LINK}" stroke="{LINK_DK}" stroke-width="2"/>')
    blob(d, (c[0] + 2 * ld, c[1] - 3), (5) * K, "#fff2c0", 0.8)
    jacket = pts(xf, [(-104, -376), (-120, -520), (-150, -720), (150, -720), (122, -520), (106, -380), (60, -366),
                      (0, -362), (-60, -366)])
    path(d, jacket, d.lin(xf((130 * ld, -500)), xf((-130 * ld, -500)),
                          [(0, CLOTH_HI, 1), (0.3, CLOTH_HI, 1), (0.6, CLOTH, 1), (0.9, CLOTH_DK, 1), (1, CLOTH_DK, 1)]),
         line="#050507", w=3, tension=0.5, part="sleeve")
    for k in (-1, 1):
        stroke(d, pts(xf, [(60 * k, -380), (70 * k, -430), (40 * k, -470)]), "#08080b", 4 * K, 0.5)
    stroke(d, pts(xf, [(110 * ld, -390), (124 * ld, -520), (146 * ld, -700)]), "#8a8c9c", 4 * K, 0.4)   # rim light


def knees(d: Doc) -> None:
    """His thighs in the dark trousers, running back up toward him (narrower far off), the
    knees rounded domes near the camera, the shins falling away below; a dark gap between."""
    d.add(f'<rect x="700" y="0" width="520" height="1080" fill="{d.lin((0, 0), (0, 1080), [(0, "#050303", 1), (1, "#0c0706", 1)])}"/>')
    for side in (-1.0, 1.0):
        cx = 960 + side * 330  # the knee's middle

        def X(dx: float, cx: float = cx, side: float = side) -> float:
            return cx + side * dx  # dx > 0: the outer side
        body = [(X(-140), 0), (X(-170), 300), (X(-225), 560), (X(-262), 720), (X(-236), 880), (X(-200), 1080),
                (X(215), 1080), (X(262), 890), (X(296), 720), (X(262), 540), (X(205), 300), (X(180), 0)]
        lit_x, dark_x = (cx + 300, cx - 300) if side > 0 else (cx - 300, cx + 300)
        g = d.lin((lit_x, 0), (dark_x, 0), [(0, CLOTH_HI, 1), (0.22, CLOTH, 1), (0.6, CLOTH_DK, 1), (1, CLOTH_DEEP, 1)])
        if side < 0:  # the left knee is further from the fire: darker overall
            g = d.lin((cx + 260, 0), (cx - 300, 0), [(0, CLOTH, 1), (0.4, CLOTH_DK, 1), (1, CLOTH_DEEP, 1)])
        path(d, body, g, line="#050507", w=3, tension=0.6)
        # the dome of the knee catching the light, the shin falling into shadow below it
        d.add(f'<ellipse cx="{cx + 60:.1f}" cy="660" rx="262" ry="262" '
              f'fill="{d.rad((cx + 60, 660), 260, [(0, "#9a9cac", 0.3 if side > 0 else 0.16), (1, "#9a9cac", 0)])}"/>')
        path(d, body, d.lin((0, 0), (0, 1080), [(0, "#000000", 0.55), (0.4, "#000000", 0), (0.78, "#000000", 0),
                                                 (1, "#000000", 0.6)]), line=None, tension=0.6)
        # cloth folds: pulled round the kneecap and up the thigh
        for fold in ([(X(-200), 600), (X(-120), 560), (X(-60), 470)], [(X(230), 600), (X(160), 540), (X(120), 430)],
                     [(X(-210), 830), (X(-110), 790), (X(0), 800)], [(X(60), 800), (X(160), 810), (X(250), 860)],
                     [(X(-40), 900), (X(-20), 990), (X(-10), 1070)], [(X(-130), 360), (X(-100), 250), (X(-90), 120)]):
            stroke(d, fold, "#07070a", 6, 0.5)
            stroke(d, [(x + 3, y - 4) for x, y in fold], "#70727e", 2.5, 0.28)
        stroke(d, [(X(20), 0), (X(30), 300), (X(30), 560)], "#6a6c78", 2.5, 0.3)   # the pressed crease
        # where the kneecap turns down into the shin: a soft shadowed arc across the leg
        stroke(d, [(X(-236), 880), (X(-100), 850), (X(40), 846), (X(180), 860), (X(262), 890)], "#050507", 10, 0.45)
        stroke(d, [(X(-220), 868), (X(-100), 838), (X(40), 834), (X(180), 848), (X(250), 876)], "#7a7c88", 3, 0.25)
    # the warm rim from the hearth along the right thigh and knee
    stroke(d, [(1466, 0), (1491, 300), (1548, 540), (1582, 720), (1548, 890), (1502, 1080)], "#ff9a50", 5, 0.45)


# His right hand clenched, gripped in his left (review5 #17: two fists apart did not read as
# clenched). review10 #6: the left hand lay loose over the fist, its fingers out straight, and its
# forearm came in flat from the frame's right edge like a second person's arm. Now the left hand
# comes down from above, its forearm running up out of the top of the frame beside the right one
# (both toward his body), and clamps over the back of the right fist (fist_grip.py).
LEFT = frame(850, 590, side=1, rot=-14, s=K)       # his right hand, the fist, its forearm up to the left
PIVOT = (960.0, 600.0)  # the clasp moves as one piece


def forearm_lines() -> list[tuple[P, P]]:
    """Each forearm as (wrist, elbow-ward point) on the canvas: the fist's, then the gripping hand's."""
    return [(LEFT((0, -124)), LEFT((0, -340))), (ARM((0, 0)), ARM((-260, 0)))]


def knuckle_caps() -> list[tuple[P, float]]:
    """Where the pressure whitens the skin, and how big (canvas centre, radius): the fist's four
    big knuckles, then the gripping hand's four big knuckles and the four middle knuckles where
    its fingers bend down into the fist."""
    return [(LEFT((fx, top + 4)), w * 0.5 * K) for fx, w, top, _mid, _bot in FINGERS] + grip_caps()


def gripping(d: Doc) -> None:
    """His left hand clamped over the fist (fist_grip.gripping), its forearm's cuff and sleeve."""
    grip_form(d)
    his_sleeve(d, ARM, x0=-96)


def main() -> None:
    set_light((0.8, -0.6))  # the hearth, right of the frame (module state: set it, whatever ran before)
    d = Doc()
    fist(d, LEFT, 1, FINGERS, "wrap")
    write(OUT + "fist_left.svg", d.svg())
    for stage in (1, 2, 3):
        d = Doc()
        white(d, LEFT, 1, FINGERS, "wrap", stage)
        write(OUT + ("white_left.svg" if stage == 1 else f"white_left{stage}.svg"), d.svg())
        d = Doc()
        grip_white(d, stage)
        write(OUT + ("white_right.svg" if stage == 1 else f"white_right{stage}.svg"), d.svg())
    d = Doc()
    gripping(d)
    write(OUT + "fist_right.svg", d.svg())
    d = Doc()
    sleeve(d, LEFT, 1)
    write(OUT + "sleeves.svg", d.svg())
    d = Doc()
    knees(d)
    write(OUT + "knees.svg", d.svg())
