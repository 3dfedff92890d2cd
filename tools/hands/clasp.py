"""hands_intertwined (63/64) and hands_tighten (71): her hand into his, fingers between fingers."""

from __future__ import annotations

import itertools
import os
from collections.abc import Sequence

from tools.hands import fingerform, herfinger, laced, paint, reach, solid
from tools.hands.geometry import (
    HER,
    INSERTS,
    Skin,
    add,
    finger,
    finger_geom,
    hand_back,
    mul,
    norm,
    set_light,
    smooth_path,
    soft_shadow,
    sub,
    write,
)
from tools.hands.geometry import Doc as Doc
from tools.hands.geometry import FingerSpec as FingerSpec
from tools.hands.geometry import HandSpec as HandSpec
from tools.hands.geometry import P as P
from tools.hands.geometry import TransformFn as TransformFn
from tools.hands.geometry import Xf as Xf
from tools.hands.parts import bracelet, forearm, his_sleeve
from tools.hands.table import glow, table_back

ROOT = str(INSERTS) + "/"
# the table candle stands beyond the clasp and to his side (upper right in the frame)
LIGHT_CLASP = (0.55, -0.83)

HER_XF = laced.XF
# his hand palm up under hers: the frame of line 62's hand where its slide ends (tools.hands.reach)
HIS_XF = Xf(reach.HIS_AT[0], reach.HIS_AT[1], rot=reach.HIS_AT[2], s=reach.HIS_SCALE, mirror=True)
# one skin for his whole hand (palm, fingers, thumb, wrist): a warm tan deeper than hers, so the
# tone difference across the clasp is between him and her, never between his fingers and his own
# palm (review8 #5: "his laced fingers darker than his own palm")
HIS_SKIN = reach.HIS_TAN
HIS_PALM = HIS_SKIN
# his hand under hers is the hand of line 62 as it ends (palm up, open, where its slide left it):
# the cut 62 -> 63 keeps it (review11 N1: it cut to the back of a hand, a thumb and no fingers)
HIS_AT = (reach.HIS_AT[0] + reach.HIS_SLIDE[-1][1], reach.HIS_AT[1] + reach.HIS_SLIDE[-1][2], reach.HIS_AT[2])
HIS_OPEN = reach.HIS_POSES[-1]

# The interlace, in her hand's frame at the middle of the clasp (local x = LANE_X): eight lanes
# one finger wide, alternating his, hers, his, hers... top (thumbs' side) to bottom, so each of
# his fingers lies between two of hers (and the reverse), their sides just touching.
LANE_W = 28.0
HER_LANES = [-84.0, -28.0, 28.0, 82.0]   # her fingers, spread apart by his between them
HIS_LANES = [-110.0, -56.0, 0.0, 55.0]   # his: index above hers (hugging the edge of her hand), then between
HER_MCP = [(196.0, -84.0), (212.0, -28.0), (206.0, 28.0), (188.0, 82.0)]
HER_W = [30.0, 31.0, 29.0, 25.0]
HER_LENS = [(60, 40, 30), (68, 45, 32), (63, 42, 30), (48, 32, 25)]  # her phalanges, straight (a slimmer hand than his)
HER_ANG = [-2.0, 0.0, 2.0, 5.0]


def her_spec(i: int, curl: float = 0.0) -> FingerSpec:
    """Her finger i, from her knuckle over his open palm (her hand back up, his palm up: the webs
    locked, his fingers rising between hers). `curl` 0: straight, as she places her hand; 1: curled
    into his palm round the roots of his fingers; above 1 (line 64's squeeze, 71's grip) tighter.
    Seen from above a phalanx that turns down toward his palm is foreshortened, so curling shortens
    the middle and last phalanges and bends the finger a little toward the little-finger side."""
    a, b, c = HER_LENS[i]
    lens = (a * (1 - 0.08 * curl), b * max(0.3, 1 - 0.45 * curl), c * max(0.18, 1 - 0.7 * curl))
    return FingerSpec(HER_MCP[i], HER_ANG[i], lens, HER_W[i], (3.0 + 6.0 * curl, 4.0 + 10.0 * curl), "back",
                      taper=0.8 - 0.04 * min(1.0, curl))


HER_FINGERS = [her_spec(i) for i in range(4)]


def her_web() -> Doc:
    """The webs between her finger roots and on to his palm's edge: skin in shade, opaque, its own
    part under her fingers (which run out from under the back of her hand), so between two fingers
    one sees her hand or his, never the table."""
    d = Doc()
    # (her hand's shadow on his palm and the table is here, under her fingers: in her.svg it lay
    # over their roots as a dark scalloped rim)
    soft_shadow(d, [HER_XF(p) for p in her_outline()], (4, 6), 14, 0.3)
    # (only to just past her knuckles: running on over his palm between her fingers it read as a
    # brown box laid over his palm)
    web = [HER_XF(p) for p in [(150, -96), (222, -100), (236, -70), (242, 0), (236, 70), (216, 96), (150, 90)]]
    # (its far end in his palm's tone: pressed deeper at 71 it lay on his palm as a dark band; and
    # fading out past her knuckles, a soft contact shadow on his palm: opaque to its end it stood
    # on his palm behind her knuckles as a darker box with a hard far edge, review14 §3 #4)
    g = d.lin(HER_XF((186, 0)), HER_XF((242, 0)), [(0, HER.mid, 1), (0.4, HER.dark, 1), (0.62, HER.dark, 0.55), (1, HER.dark, 0)])
    d.add(f'<path d="{smooth_path(web, tension=0.6)}" fill="{g}"/>')
    return d


def her_outline() -> list[P]:
    """The back of her hand (local): each knuckle a rounded lobe as wide as its finger, so her
    fingers run out from under round knuckles (palm_outline's single knuckle points, drawn over
    her fingers, read as the pointed tongues of a glove's edge)."""
    pts: list[P] = [(-10, -50), (70, -76), (125, -90), (168, -96)]
    for i, fs in enumerate(HER_FINGERS):
        bx, by = fs.base
        hw = fs.w / 2
        if i > 0:
            pb = HER_FINGERS[i - 1].base
            pts.append(((bx + pb[0]) / 2 - 8, (by + pb[1]) / 2))
        pts += [(bx - 4, by - hw - 1), (bx + 8, by - hw * 0.6), (bx + 12, by), (bx + 8, by + hw * 0.6), (bx - 4, by + hw + 1)]
    return [*pts, (150, 90), (70, 70), (-10, 52)]


def her_back() -> Doc:
    """The back of her hand, her thumb and her forearm; her fingers are their own parts, drawn
    under it so each runs out from under her knuckles with no cap or seam at its root."""
    her = HandSpec(HER_XF, HER)
    her.fingers = HER_FINGERS
    her.palm_pts = her_outline()
    # her thumb along the top of the clasp, out past the edge of her hand (both thumbs show: his
    # crosses over her index, hers lies under his index toward his hand)
    her.thumb = FingerSpec((64, -74), -34, (66, 50), 38, (14,), "back", taper=0.72)
    d = Doc()
    # skin under the join of her wrist and hand (the forearm's end and the palm's outline left a
    # hairline between them along the lower edge, the table seen through)
    fill = [HER_XF(p) for p in [(-20, -52), (70, -72), (70, 67), (-20, 52)]]
    d.add(f'<path d="{smooth_path(fill, tension=0.2)}" fill="{HER.mid}"/>')
    forearm(d, her, length=520, past=60)  # bare to past the frame (past: 63 opens her hand 5 px right, review14 §3 #3): her sleeves are short and puffed (the wides)
    # the web between her thumb and her index, under both (his index arches over it: without it
    # the table showed in the pocket under his finger)
    tw = [HER_XF(p) for p in [(56, -66), (96, -98), (132, -112), (176, -106), (196, -92), (170, -78), (100, -70)]]
    d.add(f'<path d="{smooth_path(tw, tension=0.6)}" fill="{d.lin(HER_XF((110, -70)), HER_XF((130, -112)), [(0, HER.light, 1), (1, HER.mid, 1)])}"/>')
    finger(d, her.thumb, her.xf, her.skin)  # under the back of her hand, which covers its root (no seam)
    hand_back(d, her, tendons=0.0, knuckle_glow=0.35, root_blend=0.0)  # (over her fingers' roots)
    paint.model_back(d, her, shade=0.6, knuckles=0.8, tendons=0.35, crown=1.5)  # (tendons 0.35: at 1.0 their lit streaks read as his fingers seen through her hand, review13 B1; crown 1.5 keeps her hand back modelled and as light as with them; a bright crown on each knuckle, then her finger coming out from under it, read as a dark collar beyond)
    bracelet(d, her.xf)
    return d


# her knuckles drained pale as she grips (line 71): the skin over each joint of her curled
# fingers, drawn into the grip drawings themselves (never a film faded over them)
HER_WHITE = Skin("#f8e0ce", "#e8bca0", "#a87460", "#6e4434", "#b98068", "#f4d2c6", "#fff0e8", "#fff4ec")


def her_finger(d: Doc, i: int, curl: float, white: float = 0.0) -> None:
    """One of her fingers at `curl` (see her_spec), drawn solid: its contact shade on his skin, the finger
    (one opaque form), then, as it curls, the last phalanx turning down into shade (an opaque
    finger darkening, not a see-through one) and the pad pressing a dimple of shade into his palm;
    last, the crevice line round its edge (herfinger.edges)."""
    fs = her_spec(i, curl)
    cp, ws, _ = finger_geom(fs, HER_XF)
    al = norm(sub(cp[-1], cp[-2]))
    sh = fingerform.shape(cp, ws[0], fs.taper)
    # its contact shade on his fingers and palm: a few px hugging each side, where skin meets skin
    # (an offset shadow a finger wide lay on his fingers between hers as a soft dark band, so his
    # read as superimposed, review16 D6)
    herfinger.contact(d, sh, 9.0, 0.22)
    if curl > 0:
        e = add(cp[-1], mul(al, ws[-1] * 0.35))
        r = ws[-1] * (0.7 + 0.2 * min(1.0, curl))
        d.add(f'<ellipse cx="{e[0]:.1f}" cy="{e[1]:.1f}" rx="{r:.1f}" ry="{r:.1f}" '
              f'fill="{d.rad(e, r, [(0, "#1a0b06", 0.45 * min(1.0, curl)), (0.6, "#1a0b06", 0.2 * min(1.0, curl)), (1, "#1a0b06", 0)])}"/>')
    skin = HER if white <= 0 else HER_WHITE
    finger(d, fs, HER_XF, skin, white=white)
    if curl > 0:
        herfinger.curl_shade(d, sh, ws, skin, min(1.0, curl), white)
    herfinger.edges(d, sh, skin)


def her_fingers(curls: Sequence[float], white: float = 0.0) -> Doc:
    """Her four fingers, finger i at curls[i] (drawn little finger first, so each lies a hair over
    the next one's side, as the hand's fingers overlap toward the index)."""
    d = Doc()
    for i in (3, 2, 1, 0):
        her_finger(d, i, curls[i], white)
    return d


def his_palm() -> Doc:
    """His palm-up hand under hers, as line 62 leaves it (the solid drawing of tools.hands.solid,
    in his one tan), without its fingers and thumb (their own drawings, his_open*, lie over it
    until each folds up between hers): the contact shadow of the whole open hand, the palm and
    forearm, his sleeve."""
    full = reach.his_hand(HIS_OPEN, at=HIS_AT)
    d = Doc()
    bare = solid.Hand(full.xf, full.skin, full.palm, [], None, full.arm_xf, full.arm_len, full.arm_w)
    solid.draw(d, bare, shadow_off=HIS_OPEN.shadow, shadow_alpha=0.3)  # (0.45 left a see-through band under the palm's edge)
    his_sleeve(d, full.arm_xf, x0=reach.SLEEVE_X0)
    return d


def his_open_fingers(only: Sequence[int] = range(4)) -> Doc:
    """His open fingers (those in `only`) as line 62 leaves them, over
    his palm: each is cut away as it starts to fold up between hers."""
    full = reach.his_hand(HIS_OPEN, at=HIS_AT)
    d = Doc()
    # their shadows on the table go with them (left under the clasp they read as a dark slab)
    for i in only:
        sh = solid.finger_shape(full.fingers[i], full.xf)
        k = len(sh.left) // 8
        out = [add(p, HIS_OPEN.shadow) for p in [*sh.left[k:], *sh.cap[1:-1], *sh.right[k:][::-1]]]
        d.add(f'<path d="{smooth_path(out, tension=1.0)}" fill="#000" fill-opacity="0.3" stroke="#000" '
              f'stroke-opacity="0.12" stroke-width="{12 * full.xf.s / 1.6:.1f}" stroke-linejoin="round"/>')
    for i in sorted(only)[::-1]:
        solid.draw_digit(d, full, full.fingers[i])
    return d


THUMB_BASE = (386.0, -30.0)  # (the old thumb's root in her hand's frame, kept for tests that place it)


def his_thumb() -> tuple[Doc, P]:
    """His thumb: the one of line 62's open hand (palm up, so on the near side, from the ball of
    the thumb at the bottom of his palm), over the edge of her hand; its own part, so it can
    close and stroke (the old thumb came down from the top edge of his palm, where a right
    palm-up hand has none, and swung up open at the cut: "a thumb up", review11 N1). Returns the
    drawing and its root (the part's pivot)."""
    full = reach.his_hand(HIS_OPEN, at=HIS_AT)
    assert full.thumb is not None
    d = Doc()
    solid.draw_digit(d, full, full.thumb, is_thumb=True)
    return d, full.xf(full.thumb.base)


# His fingers: each one finger out of his palm, in two parts (tools.hands.laced): its base under
# her fingers, its bend over her hand (review13 B1: square-ended bars laid on the hands).
tip_spec = laced.tip_spec
FOLD = laced.FOLD
TIP_BASE_X = laced.ROOTS[1][0]  # his knuckles in his palm, past her fingertips
HIS_LANES = [r[1] for r in laced.ROOTS]
HIS_BACK = HIS_SKIN
GRIP_WHITE = laced.GRIP_WHITE


def his_tip(i: int, white: float = 0.0, curl: float = 0.0, fold: int = 4, d: Doc | None = None) -> tuple[Doc, P]:
    """The bend of his finger i (laced.bend) over her hand at lacing stage `fold` and grip `curl`;
    drawn into `d` if given. Returns the drawing and the finger's root in his palm (canvas)."""
    del white  # (the grip's blanching follows `curl`)
    d = d if d is not None else Doc()
    laced.bend(d, i, curl, fold)
    return d, HER_XF(laced.ROOTS[i])


def his_bases(only: Sequence[int] = range(4), curl: float = 0.0) -> Doc:
    """The bases of his fingers in `only` (laced.base): under her fingers, out of his palm."""
    d = Doc()
    for i in only:
        laced.base(d, i, curl)
    return d


def knuckles(curl: float) -> list[P]:
    """His four middle knuckles (design px, before the parts' motions) at a grip of `curl`."""
    return [finger_geom(tip_spec(i, curl), HER_XF)[0][1] for i in range(4)]


# Line 63's beats (seconds): her hand lands in his (0-1 s); then the lacing: finger by finger,
# index first, one STEP apart, her finger curls from straight into his palm and his rises from
# under her hand between hers and folds over the back of her hand, each through three in-between
# drawings (STAGES), cut from one to the next: a pose replaced on a cut, never a fade (a
# crossfade shows the table through a finger, issue 11 item 4; review10 #1).
LAND, LACE = 1.0, 1.1
STEP = 0.125  # one drawing to the next: each finger goes straight to curled in 4 steps, 0.5 s
STAGES = 4
FRAMES = STAGES + 4  # the last finger starts 3 steps after the first: frames 0..7


def frame_at(k: int) -> float:
    """When lacing frame k replaces the one before."""
    return round(LACE + STEP * k, 3)


def stage(k: int, i: int) -> int:
    """Finger i's stage (0 open/straight .. STAGES laced) in lacing frame k."""
    return max(0, min(STAGES, k - i))


LACED = frame_at(FRAMES - 1)  # every finger home
HELD = round(LACED + 0.5, 3)  # line 64's held clasp: the squeeze and the thumb's stroke loop from here


def his_laced(k: int, curl: float = 0.0) -> Doc:
    """His fingers that have begun to rise in lacing frame k (those at stage >= 1), one drawing; or,
    with k = FRAMES - 1 and `curl`, all four laced and gripping that much (line 64's squeeze)."""
    d = Doc()
    for i in range(4):
        s = stage(k, i)
        if s >= 1:
            his_tip(i, white=curl, curl=curl, fold=s, d=d)
    return d


def _cut(a: float, b: float) -> str:
    """Alpha keys showing a part from `a` s until `b` s (cut in and out, never faded)."""
    keys = [(0.0, 1 if a <= 0 else 0)]
    if a > 0:
        keys += [(a - 0.001, 0), (a, 1)]
    if b < 999:
        keys += [(b - 0.001, 1), (b, 0)]
    return ('[[part.motion]]\nkind = "keys"\nkeys = ['
            + ", ".join(f"[{t:.3f}, 0, 0, 0, 1, {v}]" for t, v in keys) + "]\n")


# Line 64, the held clasp, looping every SQUEEZE_PERIOD from HELD: the two hands press gently
# into each other (4 px each) while their fingers tighten and ease, cut through the drawings
# SQUEEZE (his curl, her curl): his knuckles stand up and his tips draw in (~15 px at 1080p), her
# fingers close further into his palm; his thumb strokes the back of her hand (STROKE).
SQUEEZE_PERIOD = 4.0
SQUEEZE = ((0.0, 1.0), (0.25, 1.12), (0.5, 1.25))  # (his curl, her curl) at squeeze step 0, 1, 2
SQUEEZE_AT = ((0.0, 0), (0.8, 1), (1.05, 2), (2.1, 1), (2.35, 0))  # (s after HELD, step) within a period
HER_SQUEEZE = [(0.0, 0, 0, 0), (0.8, 0, 0, 0), (1.5, 4, 1, -0.6), (2.3, 4, 1, -0.6), (3.2, 0, 0, 0), (SQUEEZE_PERIOD, 0, 0, 0)]
HIS_SQUEEZE = [(0.0, 0, 0, 0), (0.8, 0, 0, 0), (1.5, -4, 1, 0.4), (2.3, -4, 1, 0.4), (3.2, 0, 0, 0), (SQUEEZE_PERIOD, 0, 0, 0)]
# degrees: his thumb lies along the edge of her hand as in 62 (turned in under it, its creases
# showed between her fingers as stray lines); it strokes outward along her hand and back
THUMB_CLOSE = 0.0
STROKE = [(0.0, 0, 0, 0), (1.9, -8, 3, 9), (3.8, 0, 0, 0)]  # (s after HELD, dx, dy, rot): his thumb's tip ~40 px
STROKE_PERIOD = 3.8
GLOW_PERIOD = 6.8
GLOW = [(0.0, -40, -6, 0), (2.9, 36, 8, 0), (4.4, 20, 2, 0), (GLOW_PERIOD, -40, -6, 0)]  # moved, never faded


def _held(keys: Sequence[Sequence[float]], period: float) -> str:
    """A looping `keys` motion that starts once the clasp is held (HELD s) and repeats every `period`."""
    body = ", ".join("[" + ", ".join(f"{v:g}" for v in (round(HELD + k[0], 3), *k[1:])) + "]" for k in keys)
    return f'[[part.motion]]\nkind = "keys"\nperiod = {period:g}\nkeys = [{body}]\n'


def _squeeze_window(step: int) -> str:
    """Periodic alpha keys (from HELD) showing the squeeze drawing `step` only while it is in force."""
    keys: list[tuple[float, int]] = []
    at = [*SQUEEZE_AT, (SQUEEZE_PERIOD, -1)]
    for (t0, s0), (t1, _) in itertools.pairwise(at):
        v = 1 if s0 == step else 0
        keys += [(t0, v), (t1 - 0.001, v)]
    return _held([(t, 0, 0, 0, 1, v) for t, v in keys], SQUEEZE_PERIOD)


def _thumb_caress() -> str:
    """His thumb: open before the clasp, closing over her hand while the fingers lace, then
    (line 64, the warmth of the held clasp) slowly stroking the back of her hand."""
    keys: list[list[float]] = [[0, 0, 0, 0], [frame_at(1), 0, 0, 0], [HELD, 0, 0, THUMB_CLOSE]]  # (never a thumb up, review11 N1)
    return '[[part.motion]]\nkind = "keys"\nkeys = [' + ", ".join(
        "[" + ", ".join(f"{v:g}" for v in k) + "]" for k in keys) + "]\n" + _held(STROKE, STROKE_PERIOD)


BREATHE = '[[part.motion]]\nkind = "breathe"\ndy = 5\nperiod = 4.4\n'

def her_from_62() -> P:
    """Where her hand is at the end of line 62 relative to the clasp's (design px): her middle
    fingertip there, less her middle fingertip here. Line 63 opens with her hand there
    (her fingertips on his open palm, as 62 ends) and she slides it the last way into his."""
    x, y, rot = reach.HER_AT
    # (her fingertips, where they lay on his palm, not her knuckles: hers in 62 are longer)
    was = Xf(x, y, rot, reach.HER_SCALE)((reach.HER_MCP[1][0] + sum(reach.HER_LENS[1]), sum(m[1] for m in reach.HER_MCP) / 4))
    now = HER_XF((HER_MCP[1][0] + sum(HER_LENS[1]), sum(m[1] for m in HER_MCP) / 4))
    return (round(was[0] - now[0]), round(was[1] - now[1]))


HOLD_62 = 0.3  # s: the first moment of 63 holds 62's last pose before she slides her hand in
HER_EASE = ((2.6, 8), (6.0, 6))  # (s, dx): her hand eases a few px on into his as they hold on


def _her_land(across: bool = True) -> str:
    """Her hand's keys: held where 62 left it (her_from_62) for HOLD_62 s, slid into the clasp by
    LAND s, easing on after. `across` False: the same but for the moves across (dx 0)."""
    dx, dy = her_from_62()
    a = 1 if across else 0
    keys = [(0, dx * a, dy), (HOLD_62, dx * a, dy), (LAND, 0, 0), *((t, x * a, 0) for t, x in HER_EASE)]
    return '[[part.motion]]\nkind = "keys"\nkeys = [' + ", ".join(f"[{t:g}, {x:g}, {y:g}, 0, 1.0]" for t, x, y in keys) + "]\n"


HER_LAND = _her_land()
HIS_PIVOT, HER_PIVOT = (1000.0, 478.0), (528.0, 468.0)
# her forearm again, unshifted across (dy and turn as her hand's): her hand opens 63 a few px right
# of the clasp's place (her_from_62) and eases 4-8 px right as they hold on, and its drawing ends at
# the canvas's edge (nothing left of x 0 is drawn), so the frame's edge showed a dark gap beside
# her arm (review14 §3 #3); this copy lies under her hand and fills it at every time
HER_ARM = _her_land(across=False)


def _part(svg: str, pivot: P | None, *motions: str) -> str:
    """One [[part]] of an insert.toml."""
    head = f'\n[[part]]\nsvg = "{svg}"\n' + (f"pivot = [{pivot[0]:g}, {pivot[1]:g}]\n" if pivot else "")
    return head + "".join(motions)


HEAD_63 = """# "She placed her hand in his, / the warmth of their connection radiating through their
# intertwined fingers." (lines 63, 64; one shot). Line 63: her hand comes down into his open
# palm (0-1 s); then the lacing, finger by finger from the index, 0.125 s apart: her finger curls
# from straight into his palm and his folds up between hers and over the back of her hand, each
# through three in-between drawings over 0.5 s, cut from one to the next (never faded), so the
# fingers alternate his, hers, his, hers, every one solid. Line 64: the held clasp loops: the hands
# press into each other and ease, their fingers tighten (his knuckles stand up) and relax, and his
# thumb strokes the back of her hand.
# Drawn by tools/hands/clasp.py (see there to change them).
title = "She places her hand in his; their fingers intertwine"

[[part]]
svg = "back.svg"
"""


def toml_intertwined(thumb: P) -> str:
    """Line 63/64's parts, bottom to top: the table, his open fingers (under her hand as she places
    it, each cut away as it starts to rise), his palm, the back of her hand, his fingers rising
    between hers and folding over her hand (a drawing per lacing frame, then the squeeze's), her
    fingers over his palm curling into it (likewise), his thumb, the candle's light."""
    his = _held(HIS_SQUEEZE, SQUEEZE_PERIOD) + BREATHE
    her = HER_LAND + _held(HER_SQUEEZE, SQUEEZE_PERIOD) + BREATHE
    out = [HEAD_63]
    out.append(_part("his.svg", (1290, 478), his))
    for i in range(4):
        out.append(_part(f"his_open{i}.svg", HIS_PIVOT, _cut(0, frame_at(i + 1)), his))
    # his thumb on the near side of his palm, under the edge of her hand as at the end of 62
    out.append(_part("his_thumb.svg", thumb, _thumb_caress(), his))
    out.append(_part("her_arm.svg", HER_PIVOT, HER_ARM + _held([(k[0], 0, *k[2:]) for k in HER_SQUEEZE], SQUEEZE_PERIOD)
                     + BREATHE))
    out.append(_part("web.svg", HER_PIVOT, her))
    for k in range(1, FRAMES):  # his fingers' bases, under hers (laced.base)
        out.append(_part(f"his_base{k}.svg", HIS_PIVOT, _cut(frame_at(k), 999 if k == FRAMES - 1 else frame_at(k + 1)), his))
    base = _squeeze_window(0)
    for k in range(FRAMES):
        last = k == FRAMES - 1
        out.append(_part(f"her_lace{k}.svg", HER_PIVOT,
                         _cut(0 if k == 0 else frame_at(k), 999 if last else frame_at(k + 1)),
                         *((base,) if last else ()), her))
    for step in (1, 2):
        out.append(_part(f"her_squeeze{step}.svg", HER_PIVOT, _squeeze_window(step), her))
    out.append(_part("her.svg", HER_PIVOT, her))
    for k in range(1, FRAMES):
        last = k == FRAMES - 1
        out.append(_part(f"his_lace{k}.svg", HIS_PIVOT, _cut(frame_at(k), 999 if last else frame_at(k + 1)),
                         *((base,) if last else ()), his))
    for step in (1, 2):
        out.append(_part(f"his_squeeze{step}.svg", HIS_PIVOT, _squeeze_window(step), his))
    out.append(_part("glow.svg", (1000, 400), _held(GLOW, GLOW_PERIOD)))
    return "".join(out)


# Line 71: his fingers drawn at five curls and her fingers at five, cut from one to the next as
# the squeeze comes on (steps of a quarter curl); her knuckles blanch in the same drawings (never
# a film faded over them). Its toml and drawings: tools.hands.tighten.
GRIP_STAGES = (("", 0.0), ("_c1", 0.25), ("_c2", 0.5), ("_c3", 0.75), ("_grip", 1.0))
GRIP_AT = (2.15, 2.4, 2.65, 2.9)  # seconds at which each curl replaces the one before (in the player's 2-4 s)
HER_GRIP = (1.0, 1.1, 1.2, 1.3, 1.4)  # her curl at each stage (1.0: as laced at 63/64)


def main() -> None:
    set_light(LIGHT_CLASP)
    for name in ("hands_intertwined", "hands_tighten"):
        out = ROOT + name + "/"
        for old in os.listdir(out):
            if old.endswith(".svg") and old != "back.svg":
                os.remove(out + old)
        write(out + "back.svg", table_back())
        write(out + "his.svg", his_palm().svg())
        write(out + "her.svg", her_back().svg())
        write(out + "web.svg", her_web().svg())
        write(out + "her_arm.svg", reach.arm_edge().svg())  # (HER_ARM)
        d, _ = his_thumb()
        write(out + "his_thumb.svg", d.svg())
        if name == "hands_intertwined":
            for i in range(4):
                write(out + f"his_open{i}.svg", his_open_fingers(only=[i]).svg())
            for k in range(FRAMES):
                write(out + f"her_lace{k}.svg", her_fingers([stage(k, i) / STAGES for i in range(4)]).svg())
                if k >= 1:
                    write(out + f"his_lace{k}.svg", his_laced(k).svg())
                    write(out + f"his_base{k}.svg", his_bases([i for i in range(4) if stage(k, i) >= 1]).svg())
            for step in (1, 2):
                his_c, her_c = SQUEEZE[step]
                write(out + f"his_squeeze{step}.svg", his_laced(FRAMES - 1, his_c).svg())
                write(out + f"her_squeeze{step}.svg", her_fingers([her_c] * 4).svg())
            write(out + "glow.svg", glow().svg())
            write(out + "insert.toml", toml_intertwined(his_thumb()[1]))
        else:
            from tools.hands import tighten  # (it imports this module)

            tighten.write_all(out)
