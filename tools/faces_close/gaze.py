"""gaze (story lines 23-25): he leans in, forearms on his knees, and their eyes meet over a candle.

Both heads are the film's models (tools/faces_close/face.py), modelled with soft light and
shade, in profile across the frame, irises turned fully to each other; brows and mouths
follow the story's face beats in force at the shot (beats.py: longing, both). She sits
upright on the left; he sits on the right, bent forward from the hips so his head comes
lower and nearer to hers: his back curves down to the frame's edge, his upper arm drops
from the shoulder to the elbow resting on his knee, the forearm runs forward to the hands
loosely clasped in front of the knee (drawn by faces_close.hand). A candle stands on the
table between them, below their faces, and lights each face's near side and his hands;
its flame is its own part so it flickers (insert.toml).
"""

from __future__ import annotations

import math
from dataclasses import replace
from itertools import pairwise, takewhile
from pathlib import Path

from tools.faces_close import beats, face, gaze_candle, gaze_hair, gaze_head, kiss, kiss_hair, model
from tools.faces_close.hand import clasped
from tools.faces_close.svgkit import Doc, P, Place, View, f, limb, psoft, smooth, soft

SCALE = 0.6  # the heads against the bodies (the wide framing's proportions)
# A close two-shot (line 24, 'the intensity of their gaze'): drawn in the wide framing's coordinates and
# seen through a nearer camera, so the two heads fill the frame and each eye is ~50 px long at 1080p (at
# the wide framing's 0.6 they were ~20 px: the eyes could not carry the look). EYE: the eyes drawn a
# little longer than the kiss's, with the lid's shadow on the iris and a second catch-light.
VIEW = View(1.55, (956.0, 392.0))
NEARER = 80.0  # he (head and body) is drawn this much nearer her than in the wide framing: the close shot's
# Their eyes on one line (line 24, 'the intensity of their gaze'): drawn where the wide framing has them,
# her eye sat ~110 px (1080p) above his, so she looked over his head and he at her chin. Through the close
# camera she is seen LOWER px lower and he (head and body) RAISE px higher, so the two eyes lie at one
# height with the candle between them, his shoulders and her dress still running off the frame's foot.
LOWER, RAISE = 48.0, 78.0  # canvas px at 1080p
VIEW_HER = View(VIEW.z, (VIEW.c[0], VIEW.c[1] - LOWER / VIEW.z))
VIEW_HIM = View(VIEW.z, (VIEW.c[0] + NEARER, VIEW.c[1] + RAISE / VIEW.z))  # a candle's width apart, not a table's
EYE = 1.35
_HER = Place(716, 396, rot=4, scale=SCALE)            # where the heads are drawn (the wide framing)
_HIM = Place(1196, 480, rot=-12, scale=SCALE, mirror=True)
HER_AT, HIM_AT = VIEW_HER.place(_HER), VIEW_HIM.place(_HIM)  # where they land on the canvas
EYE_AT = face.eye_centre(EYE)  # the open eye's centre, the head's frame
# the eye line: from her eye's centre to his on the canvas (degrees, y down)
EYE_LINE = math.degrees(math.atan2(HIM_AT(EYE_AT)[1] - HER_AT(EYE_AT)[1], HIM_AT(EYE_AT)[0] - HER_AT(EYE_AT)[0]))


def aimed(pl: Place) -> Place:
    """The eye's frame: the head's `pl` turned about the eye's centre so the eye's axis (its iris at
    the front, face.eye_open's `look`) runs along EYE_LINE, whatever the head's tilt: his head bends 12
    degrees down and hers 4, and an iris aimed along the head's axis looked under her eyes and over his
    (face.eye_open moves the iris along the eye's axis only)."""
    at = Place(0.0, 0.0, EYE_LINE, pl.scale, pl.mirror)
    (qx, qy), (bx, by) = pl(EYE_AT), at(EYE_AT)
    return Place(qx - bx, qy - by, EYE_LINE, pl.scale, pl.mirror)


_FLAME = (904.0, 484.0)                               # the flame drawn between them, by the chins
FLAME = VIEW(_FLAME)
WARM = "#ffc27a"
# The two of them from the wides' model sheet (review10 #4/#7: 'two art styles'): skin and hair as model.py
# (one model per person, fed from assets/art/figures/<who>/head.svg) paints them, her dress the wides' teal
# green and his jacket the wides' charcoal (figures/<who>/torso.svg's gradients).
# her hair painted lighter and less red than the kiss's: the gaze's candle light multiplies it by about
# (0.43, 0.36, 0.31), so #a04c26 rendered a red (69,28,11) against the wide's chestnut (93,46,26) one line
# earlier (review11 #4); #d67c50 rendered ~(92,45,25) but its lit locks read orange beside 23's chestnut
# (saturation 0.76 against 0.62-0.74): less saturated, the lit locks by 0.16 and a little darker (#f2aa76 ->
# #dcac8e), the middle by 0.02 (the wide head's paint within 10 levels, test_gaze_model), the dark by 0.12
HER = replace(model.HER, cloth="#3b594b", cloth_lit="#58806b",
              hair="#d68554", hair_lit="#dcac8e", hair_dark="#70402e")
HIM = replace(model.HIM, cloth="#2c2e36", cloth_lit="#5c606d")
DRESS_DEEP, DRESS_EDGE = "#1f3129", "#16241d"
LEAN = 15.0  # degrees: each neck leans forward from the vertical (review10 #7: 'a vertical plank')
# where each neck turns (local, the head's frame): the neck's top, behind the jaw and under the ear
NECK_TOP: P = (-190.0, 60.0)
LINES = 0.4  # outlines faint (the kiss's): the forms read by their modelling, with the wides' line a little


def _prof(m: face.Model) -> list[tuple[float, float]]:
    """The profile the shot draws: each the wide head's own outline scaled about the eye (gaze_head;
    review11 N6 and #4: the close-up's long nose and long upper lip were not the wides' people)."""
    return gaze_head.her_profile() if m.she else gaze_head.his_profile()


def leaned(pl: Place) -> Place:
    """The neck's frame: the head's `pl` turned about NECK_TOP so the neck's axis leans LEAN degrees
    forward of the vertical on screen (its foot back toward the shoulders, its top under the jaw where it
    was), whatever the head's own tilt (review10 #7: the necks stood as vertical planks under the chins)."""
    rot = -LEAN if pl.mirror else LEAN
    at = Place(0.0, 0.0, rot, pl.scale, pl.mirror)
    (qx, qy), (bx, by) = pl(NECK_TOP), at(NECK_TOP)
    return Place(qx - bx, qy - by, rot, pl.scale, pl.mirror)


def _neck(d: Doc, pl: Place, m: face.Model, length: float) -> None:
    """The neck under the jaw (review8 #3: 'plank necks meeting mid-jaw'): its front, the throat, starts
    under the jaw a third of the way back from the chin, its back under the ear behind the jaw's angle,
    narrower than the head; the long neck muscle (sternocleidomastoid) runs from behind the ear down and
    forward to the pit of the throat as a soft ridge with its shade behind it, and the throat under the
    jaw is in the jaw's shadow."""
    back = -250 if m.she else -262
    front = -118 if m.she else -126
    pts = [(front, 70), (front - 8, length * 0.55), (front - 14, length), (back + 8, length), (back, length * 0.5),
           (back - 10, 0), (-200, -20)]
    g = d.lin(pl((front, 0)), pl((back, 0)), [(0, m.skin, 1), (0.4, m.skin, 1), (0.85, m.skin_shade, 1), (1, face.DEEP, 1)])
    d.path(smooth(pl.all(pts), tension=0.6), fill=g)
    top, pit = (back + 14, 40), (front - 16, length * 0.92)
    rot = math.degrees(math.atan2(pit[1] - top[1], pit[0] - top[0]))
    mid = ((top[0] + pit[0]) / 2, (top[1] + pit[1]) / 2)
    ln = math.dist(top, pit) / 2
    psoft(d, pl, (mid[0] - 14, mid[1] + 6), ln, 16, face.DEEP, 0.28, rot=rot)       # the shade behind the muscle
    psoft(d, pl, (mid[0] + 8, mid[1] - 4), ln * 0.9, 9, m.skin_lit, 0.3, rot=rot)  # its lit ridge
    if not m.she:
        psoft(d, pl, (front + 2, length * 0.45), 8, 16, m.skin_lit, 0.35)          # the Adam's apple


def her() -> str:
    d = Doc(line_alpha=LINES, view=VIEW_HER)
    pl = _HER
    m = HER
    gaze_hair.back(d, pl, m)
    _neck_into_shoulders(d, pl, m)
    _dress(d, m)
    _jaw_shadow(d, pl, m)
    _head(d, pl, m)
    lk = beats.look("gaze", "her")
    prof = _prof(m)
    gaze_head.closed_lips(d, pl, prof, gaze_head.landmarks(prof), droop=lk.droop)  # (closed: the shot's held look)
    # intent and longing (line 24): the lid lowered over the iris's top, the brow drawn a little toward
    # the nose, its inner end still lifted by the beat's sorrow (review10 #7: 'lids relaxed, brows neutral')
    _open_eye(d, pl, m, sorrow=lk.sorrow + 2.4, lid=HER_LID, knit=1.2)
    _narrowed(d, aimed(pl), m)
    gaze_hair.front(d, pl, m)
    gaze_head.locks(d, pl, m, gaze_head.HER_LOCKS)
    return d.text()


# her shoulder and arm sit this far back of where the upright neck had them: under the leaning neck's foot
BODY_BACK = -56.0
BODY_UP = -88.0  # and the whole body this much higher: the neck's foot in the dress, not a long stalk (the
# lead's crops at -24: her neck too long for her jaw)
HIS_BODY_UP = -24.0  # his body as much higher, its collar nearer his jaw (at 0 his neck stood long under it)


def _dress(d: Doc, m: face.Model) -> None:
    """Her dress as in the wides (teal green, short puffed sleeves, a round neckline at the neck's foot):
    the back, the bust and waist, the neckline wrapping the neck's foot from the nape round to the front,
    where the cloth's edge lies on the skin with its shadow (review10 #7: the neck ended on a beige triangle
    of bare shoulder); the bare arm from the sleeve down to the elbow and forward to her lap."""
    d.body.append(f'<g transform="translate(0 {BODY_UP:g})">')
    dress = d.lin((440, 560), (760, 1080), [(0, m.cloth_lit, 1), (0.5, m.cloth, 1), (1, DRESS_DEEP, 1)])
    neckline = [(518, 548), (546, 566), (580, 586), (614, 602), (646, 610)]
    d.path(smooth([(430, 1100), (456, 900), (466, 760), (480, 664), (494, 594), (506, 560), *neckline, (690, 634),
                   (730, 700), (716, 790), (712, 870), (770, 1000), (790, 1100)], tension=0.7), fill=dress,
           stroke=DRESS_EDGE, width=1.6)
    soft(d, (716, 700), 40, 90, WARM, 0.35)         # the candle on the bust's near side
    soft(d, (500, 800), 70, 240, "#0f1a15", 0.4)    # the back in shade
    soft(d, (670, 860), 60, 30, "#0f1a15", 0.3)     # under the bust
    # the neckline's hem: a turned edge catching the light, its shadow on the cloth under it
    d.path(smooth([(p[0], p[1] + 5) for p in neckline], closed=False), stroke=DRESS_DEEP, width=4, opacity=0.45)
    d.path(smooth(neckline, closed=False), stroke=m.cloth_lit, width=3, opacity=0.8)
    d.body.append(f'<g transform="translate({BODY_BACK:g} 0)">')
    arm = d.lin((610, 0), (720, 0), [(0, m.skin_shade, 1), (0.7, m.skin, 1), (1, m.skin_lit, 1)])
    d.path(smooth(limb([(640, 640), (644, 760), (652, 866)], [84, 72, 62]), tension=0.6), fill=arm,
           stroke=m.line, width=1.4)
    d.path(smooth(limb([(640, 866), (720, 930), (800, 980)], [64, 56, 50]), tension=0.6), fill=arm,
           stroke=m.line, width=1.4)
    soft(d, (676, 780), 14, 110, WARM, 0.4)
    soft(d, (730, 920), 60, 16, WARM, 0.3, rot=35)
    sleeve = d.lin((580, 590), (700, 720), [(0, m.cloth_lit, 1), (1, m.cloth, 1)])
    d.path(smooth([(586, 600), (636, 572), (694, 590), (716, 650), (694, 704), (636, 712), (594, 690),
                   (578, 640)], tension=0.8), fill=sleeve, stroke=DRESS_EDGE, width=1.6)
    for a, b in (((616, 584), (612, 704)), ((656, 578), (666, 708))):
        d.path(smooth([a, ((a[0] + b[0]) / 2 - 6, (a[1] + b[1]) / 2), b], closed=False), stroke=DRESS_EDGE,
               width=1.4, opacity=0.5)
    # modelling: the puffed sleeve round (lit on top, its hem's shadow on the arm), the arm's far edge
    # in shade, soft folds where the dress gathers at her waist as she sits
    soft(d, (646, 604), 44, 18, "#8ab4a0", 0.22, rot=-10)
    soft(d, (650, 712), 52, 12, "#2a140a", 0.45)
    soft(d, (618, 790), 12, 90, "#5a2a18", 0.35)
    for cx, cy, ln, rot in ((560, 860, 60, -70), (600, 990, 70, -50), (516, 990, 50, -80)):
        soft(d, (cx, cy), ln, 8, "#0f1a15", 0.35, rot=rot)
        soft(d, (cx - 4, cy - 8), ln * 0.85, 5, "#7aa890", 0.16, rot=rot)
    d.body.append("</g></g>")


def _neck_into_shoulders(d: Doc, pl: Place, m: face.Model) -> None:
    """Her neck leaning forward (leaned) from behind the jaw down under the dress's neckline (review5 #18:
    a plank floating above the neckline; review10 #7: upright, with a bare flare of shoulder poking out
    behind it): the dress drawn over it cuts it where the cloth lies; the round of the neck in soft shade,
    its lit front toward the candle."""
    nl = leaned(pl)
    _neck(d, nl, m, length=288)  # its foot under the dress's neckline (BODY_UP)
    psoft(d, nl, (-250, 300), 60, 90, m.skin_shade, 0.45)            # the nape's turn away from the light
    psoft(d, nl, (-150, 250), 26, 80, m.skin_shade, 0.25, rot=-20)   # the long neck muscle's shade
    psoft(d, nl, (-104, 240), 16, 70, WARM, 0.35)                    # the throat's front toward the candle
    psoft(d, nl, (-124, 300), 16, 12, face.DEEP, 0.35)               # the pit of the throat


def _jaw_shadow(d: Doc, pl: Place, m: face.Model) -> None:
    """The jaw's edge against the neck (review8 #3: the neck a plank running into the face mid-jaw, no jaw
    line): under the head (drawn before it), the throat just below the jaw line in shade from the chin
    back to the jaw's angle under the ear, deepest at the angle, so the lit underside of the jaw ends at
    an edge and the neck starts under it."""
    prof = _prof(m)
    jaw = [q for q in prof if q[1] > 44 and q[0] < -20]
    if m.she:  # her jaw rises to the ear (review12 D7): from the chin's point back along it to the angle
        chin = prof.index(gaze_head.landmarks(prof)["menton"])
        jaw = list(takewhile(lambda q: q[1] > 20, prof[chin:]))
    for i, ((x0, y0), (x1, y1)) in enumerate(pairwise(jaw)):
        rot = math.degrees(math.atan2(y1 - y0, x1 - x0))
        deep = 0.4 + 0.25 * i / max(1, len(jaw) - 2)  # deeper toward the angle, away from the candle
        psoft(d, pl, ((x0 + x1) / 2, (y0 + y1) / 2 + 7), math.dist((x0, y0), (x1, y1)) / 2 + 12, 11, face.DEEP,
              round(deep, 3), rot=rot)
    back = jaw[-1]
    psoft(d, pl, (back[0] - 6, back[1] + 40), 26, 60, face.DEEP, 0.35)  # behind the jaw's angle, under the ear


def _candlelit(d: Doc, pl: Place, m: face.Model) -> None:
    """The candle below and in front lights his chin, the underside of the jaw and the near cheek (hers:
    gaze_head.skin). The lights sit inside the wide's profile (his chin stands further back than the
    close model's: a light laid for that one glowed off his chin)."""
    k = 1.0
    psoft(d, pl, (-72, 64), 30, 34, WARM, 0.35 * k)
    psoft(d, pl, (-70, -40), 50, 60, WARM, 0.22 * k)
    psoft(d, pl, (-30, -110), 18, 30, WARM, 0.3 * k)
    psoft(d, pl, (-60, -230), 30, 40, WARM, 0.15 * k)
    # the flame is below their faces: it lights them from under, on the side facing it (review5 #18:
    # 'the candle between them lights neither face'). The undersides catch it most: the chin and the
    # jaw's underside, the nostril's wing and the upper lip under the nose, the lower lip; and a warm
    # rim runs up the front of the profile from the throat to the brow, brightest low down
    prof = _prof(m)
    psoft(d, pl, (-54, 70), 20, 22, "#ffe0b0", 0.4 * k)          # the chin's ball
    psoft(d, pl, (-168, 52), 74, 24, m.skin, 0.3 * k, rot=-24)   # over face.head's jaw shade, now by the line
    psoft(d, pl, (-32, -52), 12, 14, WARM, 0.45 * k)             # the upper lip under the nose
    psoft(d, pl, (-30, -84), 24, 12, "#ffe0b0", 0.35 * k)        # the underside of the nose
    psoft(d, pl, (-110, -20), 70, 90, WARM, 0.2 * k)             # the cheek's near plane
    # the nose's tip down to the chin's front (on round under the jaw it lay half on the neck: a pale
    # second jaw line below the first, review6 #4)
    lm = gaze_head.landmarks(prof)
    tip, men = prof.index(lm["tip"]), prof.index(gaze_head.chin_front(prof, lm))
    brow = next(i for i, (x, y) in enumerate(prof) if y > -330 and x > -120)
    low = [(x - 5, y) for x, y in prof[tip:men]]  # (ending at the chin's front: on round under it, a strap)
    d.path(smooth(pl.all(low), closed=False), stroke="#ffd8a0", width=8 * pl.scale, opacity=0.45)
    d.path(smooth(pl.all([(x - 4, y) for x, y in prof[brow:tip + 1]]), closed=False), stroke="#ffd8a0",
           width=8 * pl.scale, opacity=0.3)


def his_head() -> str:
    d = Doc(line_alpha=LINES, view=VIEW_HIM)
    pl = _HIM
    m = HIM
    face.hair_back(d, pl, m)
    _neck(d, leaned(pl), m, length=192)  # its foot at the collar (HIS_BODY_UP)
    _collar(d, over=True)
    _jaw_shadow(d, pl, m)
    _head(d, pl, m)
    lk = beats.look("gaze", "him")
    prof = _prof(m)  # his mouth shut and held (review8 #3: 'his mouth hangs oddly open'), his own lips' colour
    gaze_head.closed_lips(d, pl, prof, gaze_head.landmarks(prof), droop=min(lk.droop, 0.25), paint=HIS_LIPS)
    knit = 1.1  # his intent look (line 24, 'the intensity of their gaze'): the brows drawn together, whatever the beat
    _open_eye(d, pl, m, sorrow=lk.sorrow, lid=HIS_LID, knit=knit)
    _narrowed(d, aimed(pl), m)
    # his hair as the wides and the kiss draw it (review10 #7: 'a black helmet here, tousled one line
    # earlier'): the fine combed strands off, the crop's outline broken by swept locks, locks over the brow
    since = len(d.body)
    face.hair_front(d, pl, m, fringe=False)
    kiss.drop(d, since, 'fill="none"')
    kiss.tousle(d, pl, m)
    kiss.locks(d, pl, m)
    kiss.nape(d, pl, m)
    return d.text()


# his lips drawn as hers (review12: 'a blurred blob at 1:1'): his own lip colours, a deep brown parting,
# a dull light on the lower lip, his chin's light laid by _candlelit
HIS_LIPS = gaze_head.LipPaint(HIM.lip_shade, HIM.lip, "#8a5038", dark="#3a1a10", shine=HIM.lip_lit, ball=0.0)
HER_LID, HIS_LID = -0.25, -0.35  # the upper lids lowered (1: open; 0 was the lowest face.eye_open drew): narrowed


# face.head's soft lights and shades at the model's chin and lips (the chin's ball, its lit flat, the
# lower lip's shade on the chin, the stubble over the lip): his wide chin stands further back, so they lay
# off his face as a glow and a dark blot in the air before it
OFF_HIS_CHIN: list[P] = [(-40, 70), (-34, 84), (-16, 36), (-26, -38)]


def _head(d: Doc, pl: Place, m: face.Model) -> None:
    """The head as face.head draws it with the shot's profile, lit from the candle below, its nostril
    drawn soft (review10 #7: 'the nose a 20 px hook'): face.head's inked nostril hook taken off (as the
    kiss does, kiss.WING) for a shaded wing groove and the nostril's shade under the tip."""
    prof = _prof(m)
    if m.she:  # the wide's face: its own skin, planes, nose and candle light (gaze_head)
        gaze_head.skin(d, pl, m, prof)
        gaze_head.solid_ear(d, gaze_head.ear_shift(pl), m)
        kiss_hair.pearl(d, gaze_head.ear_shift(pl))  # her pearl under the lobe, as the wides (23, 59) show it
        return
    since = len(d.body)
    face.head(d, pl, m, rim=0.0, under=0.25, prof=prof)  # the candle below lights the jaw's underside; no
    # window here (its cold rim, laid at the model's points, stood as a white streak at his hairline)
    kiss.drop(d, since, f'd="{smooth(pl.all(kiss.WING), closed=False)}"')  # the model's nostril hook
    for c in OFF_HIS_CHIN:  # face.head's lights and shades laid for the model's chin, now off his
        x, y = pl(c)
        kiss.drop(d, since, f'transform="translate({f(x)} {f(y)})')
    lm = gaze_head.landmarks(prof)
    gaze_head.nose(d, pl, m, lm)
    gaze_head.cel_planes(d, pl, m, prof, jaw_y=lm["menton"][1], chin=lm["lip_lo"])
    _candlelit(d, pl, m)
    gaze_head.solid_ear(d, pl, m)


def _lid_skin(svg: str, pl: Place, at: P) -> str:
    """The skin's colour in the drawn head `svg` (canvas place `pl`) round the local point `at`: the
    shut lid is filled with the skin round the eye as the head draws it (its socket's shade included)."""
    surf = kiss.raster(svg)
    cs = [surf.get_at((round(x + dx), round(y + dy))) for x, y in (pl(at),) for dx in (-3, 0, 3) for dy in (-3, 0, 3)]
    return "#" + "".join(f"{round(sum(c[k] for c in cs) / len(cs)):02x}" for k in range(3))


def lids(head: str, m: face.Model, lid: float) -> str:
    """The shut lid over the open eye of the head drawn as `head` (her() or his_head()): the eye's opening
    filled edge to edge with the lid's skin (the skin above the eye to the skin below, sampled from the
    drawn head), its lash line low along the lower rim, her lashes falling from it; a part of its own,
    shown for a blink's few frames over the open eye (insert.toml: a cut, never a fade)."""
    view, drawn = (VIEW_HER, _HER) if m.she else (VIEW_HIM, _HIM)
    pl = aimed(drawn)  # over the eye as eye_open draws it (aimed along the eye line)
    cpl = view.place(pl)
    d = Doc(line_alpha=LINES, view=view)
    e = face.eye_centre(EYE)

    def at(pts: list[P]) -> list[P]:  # the eye's local points grown EYE times about its centre, as eye_open
        return pl.all([(e[0] + (x - e[0]) * EYE, e[1] + (y - e[1]) * EYE) for x, y in pts])

    # (the open lid's heavy line covered, and at the front her lashes curling up off it)
    up = [(x, y - (3.0 if x < e[0] else 7.0)) for x, y in face._lid_up(e, 0.55 + 0.45 * lid)]
    lo = [(x, y + 1.5) for x, y in face._lid_lo(e)]
    above, below = _lid_skin(head, cpl, (e[0] - 2, e[1] - 16 * EYE)), _lid_skin(head, cpl, (e[0] - 2, e[1] + 14 * EYE))
    g = d.lin(pl((e[0], e[1] - 14 * EYE)), pl((e[0], e[1] + 10 * EYE)), [(0, above, 1), (1, below, 1)])
    d.path(smooth([*at([(up[0][0] - 3, up[0][1] + 1), *up, (up[-1][0] + 5, up[-1][1] + 2)]),
                   *at(list(reversed(lo))[1:-1])], tension=0.6), fill=g)
    d.path(smooth(at([(x, y - 1.0) for x, y in lo]), closed=False), stroke=m.line, width=2.2 * min(EYE, 1.3),
           opacity=0.85)  # the lash line where the lids meet
    psoft(d, pl, (e[0], e[1] - 2 * EYE), 18 * EYE, 6 * EYE, m.skin_shade, 0.3)  # the ball's round under the lid
    if m.she:
        for i in range(4):
            x = e[0] + 2 + 4 * i
            y = face._y_on(lo, x) - 1.0
            d.path(smooth(at([(x, y), (x + 4, y + 4), (x + 8, y + 5)]), closed=False), stroke=m.line, width=1.4)
    return d.text()


def _open_eye(d: Doc, pl: Place, m: face.Model, sorrow: float, lid: float, knit: float) -> None:
    """face.eye_open's eye (iris at the front, look 1) aimed along the eye line (aimed), its brow where
    the head has it: turned with the eye, his knitted brow's inner end rose off the frown's crease. The
    crease stays on his face only (with her brow drawn low it stood above it as a stray tick: her look is
    longing, not a frown)."""
    since = len(d.body)
    face.eye_open(d, aimed(pl), m, look=1.0, sorrow=sorrow, with_brow=False, lid=lid, size=EYE, knit=knit)
    del d.body[since]  # the skin patch eye_open lays when it overlays a shut eye (none here)
    del d.body[-1]     # the frown's crease, drawn with the eye's turn
    face.brow(d, pl, m, (EYE_AT[0] - 4 + 2 * knit, EYE_AT[1] + 6 * knit * EYE), sorrow - 2 * knit)
    if not m.she:  # the crease as eye_open draws it, in the head's frame
        c = (EYE_AT[0] + 18 * EYE, EYE_AT[1] - 34 * EYE)
        d.path(smooth(pl.all([(c[0] - 2, c[1] - 10), c, (c[0] + 1, c[1] + 9)]), closed=False), stroke=m.skin_shade,
               width=2.4, opacity=0.6 * knit)


def _narrowed(d: Doc, pl: Place, m: face.Model) -> None:
    """The look narrowed from below too: the lower lid pushed up a little, its edge a soft shaded line
    with a lit rim under it, and the cheek's muscle gathered under the eye (the intent look's tension)."""
    e = face.eye_centre(EYE)
    k = EYE
    low = [(e[0] - 22 * k, e[1] + 6 * k), (e[0] - 4 * k, e[1] + 10 * k), (e[0] + 12 * k, e[1] + 6 * k)]
    d.path(smooth(pl.all(low), closed=False), stroke=m.skin_shade, width=2.2 * pl.scale, opacity=0.55)
    d.path(smooth(pl.all([(x, y + 4 * k) for x, y in low]), closed=False), stroke=m.skin_lit, width=2.4 * pl.scale,
           opacity=0.4)
    psoft(d, pl, (e[0] - 6 * k, e[1] + 22 * k), 26 * k, 9 * k, m.skin_shade, 0.25, rot=-8)


def his_body() -> str:
    d = Doc(line_alpha=LINES, view=VIEW_HIM)
    d.body.append(f'<g transform="translate(0 {HIS_BODY_UP:g})">')
    m = HIM
    edge = "#16181e"
    suit = d.lin((1320, 540), (1900, 960), [(0, m.cloth_lit, 1), (0.45, m.cloth, 1), (1, "#24262c", 1)])
    trousers = d.lin((1400, 800), (1400, 980), [(0, "#5c5a62", 1), (0.5, "#3a383f", 1), (1, "#1e1d22", 1)])
    sleeve = d.lin((1360, 0), (1500, 0), [(0, m.cloth_lit, 1), (0.6, m.cloth, 1), (1, "#2a2c33", 1)])
    fore = d.lin((0, 770), (0, 860), [(0, m.cloth_lit, 1), (0.6, m.cloth, 1), (1, "#2a2c33", 1)])
    # the far shin, in shade behind the near leg
    d.path(smooth(limb([(1330, 900), (1318, 1000), (1312, 1100)], [112, 100, 96]), tension=0.5), fill="#1c1d22")
    # the torso bent forward from the hips: from the collar the back arches over the shoulder blade
    # and down to the hip at the frame's right edge; the chest faces down towards the knees
    d.path(smooth([(1300, 580), (1380, 530), (1500, 526), (1640, 570), (1790, 660), (1940, 780), (1940, 1000),
                   (1760, 960), (1600, 900), (1480, 800), (1380, 690), (1310, 630)], tension=0.7), fill=suit,
           stroke=edge, width=1.6)
    d.path(smooth([(1400, 530), (1520, 530), (1660, 578), (1800, 666), (1930, 770)], closed=False),
           stroke="#8c909a", width=3, opacity=0.4)
    soft(d, (1650, 720), 150, 90, "#9096a2", 0.14, rot=32)
    # modelled, not flat: the underside of the bent torso turned from the candle into shade, and the
    # cloth gathered in soft folds where he bends at the waist (a dark hollow with its lit ridge)
    soft(d, (1610, 860), 200, 50, "#0e0f13", 0.5, rot=30)
    soft(d, (1500, 740), 70, 60, "#0e0f13", 0.3)
    for cx, cy, ln in ((1690, 770, 80), (1770, 820, 70), (1620, 730, 60)):
        soft(d, (cx, cy), ln, 9, "#111217", 0.45, rot=-58)
        soft(d, (cx - 9, cy - 6), ln * 0.9, 5, "#8a909c", 0.22, rot=-58)
    # the jacket's front falling open as he bends: the white shirt and a dark red tie hanging from its knot
    d.path(smooth([(1262, 606), (1300, 600), (1330, 640), (1352, 700), (1340, 730), (1296, 680)], tension=0.6),
           fill=d.lin((1270, 600), (1340, 720), [(0, "#f2ece0", 1), (1, "#a8a094", 1)]))
    d.path(smooth(limb([(1280, 616), (1286, 660), (1298, 712)], [16, 20, 18]), tension=0.5), fill="#6a1c22",
           stroke="#3a0e12", width=1.2)
    d.path(smooth([(1272, 604), (1292, 602), (1294, 622), (1278, 624)], tension=0.6), fill="#7a2228",
           stroke="#3a0e12", width=1.2)
    d.path(smooth([(1310, 610), (1352, 660), (1392, 740), (1380, 760), (1336, 690), (1300, 630)], tension=0.6),
           fill="#3a3d46", stroke=edge, width=1.4)
    _collar(d)
    # the cloth over the shoulder blade catches the light; a crease where he bends at the waist
    soft(d, (1560, 600), 120, 50, "#a8aeb8", 0.18, rot=25)
    d.path(smooth([(1640, 880), (1700, 850), (1780, 860)], closed=False), stroke=edge, width=2, opacity=0.45)
    # the near thigh from the hip forward to a rounded knee, the shin dropping from it
    d.path(smooth(limb([(1940, 960), (1720, 920), (1540, 890), (1400, 878)], [190, 180, 166, 156]), tension=0.6),
           fill=trousers, stroke=edge, width=1.6)
    d.path(smooth(limb([(1380, 900), (1364, 1000), (1356, 1100)], [136, 122, 114]), tension=0.5), fill=trousers,
           stroke=edge, width=1.6)
    d.path(smooth([(1700, 836), (1520, 810), (1400, 802), (1332, 836)], closed=False), stroke="#aaa29e", width=3,
           opacity=0.45)
    soft(d, (1340, 830), 50, 26, "#c0b8b4", 0.3)    # the knee's top catches the candle
    # the far forearm, behind the near one, its wrist towards the hands
    d.path(smooth(limb([(1440, 806), (1340, 830), (1250, 862)], [78, 70, 58]), tension=0.6), fill="#2a2c33",
           stroke=edge, width=1.4)
    # the near upper arm from the rounded shoulder down to the elbow resting on the knee
    d.path(smooth(limb([(1424, 580), (1424, 640), (1434, 730), (1446, 820)], [122, 114, 98, 88]), tension=0.6),
           fill=sleeve, stroke=edge, width=1.6)
    soft(d, (1380, 700), 16, 110, "#c8ccd6", 0.3)
    soft(d, (1468, 700), 24, 110, "#101116", 0.4)          # its far side in shade
    soft(d, (1392, 720), 16, 90, WARM, 0.16)               # the candle on its near side
    soft(d, (1440, 792), 40, 9, "#101116", 0.4, rot=10)    # the sleeve creased at the elbow
    # the near forearm forward from the elbow, over the knee, to the wrist
    d.path(smooth(limb([(1470, 828), (1440, 840), (1340, 856), (1250, 884)], [84, 92, 80, 64]), tension=0.6),
           fill=fore, stroke=edge, width=1.6)
    d.path(smooth([(1420, 798), (1330, 814), (1262, 846)], closed=False), stroke="#c8ccd6", width=3, opacity=0.5)
    d.path(smooth([(1452, 852), (1478, 832), (1462, 810)], closed=False), stroke=edge, width=1.6, opacity=0.6)
    # white cuff
    d.path(smooth(limb([(1262, 882), (1236, 890)], [68, 64]), tension=0.4), fill="#ece4d6", stroke="#8a8070",
           width=1.4)
    hands(d, m)
    soft(d, (1130, 900), 120, 80, WARM, 0.22)       # the candle on his hands
    d.body.append("</g>")
    return d.text()


def _collar(d: Doc, over: bool = False) -> None:
    """The shirt's collar round the neck's base, the jacket's collar behind it. `over`: the collar's back
    half drawn again in the head's part (over the body's, moving with it) over the neck's foot, with the
    jacket's collar running on behind the neck (the collar raised by HIS_BODY_UP: the neck's straight foot
    stood on the jacket); its front, under the chin, is the body's only."""
    edge = "#16181e"
    jacket = [(1372, 560), (1340, 586), (1300, 598), (1262, 600)]
    shirt = [(1360, 556), (1330, 576), (1296, 588), (1264, 592)]
    if not over:
        d.path(smooth(limb(jacket, [26, 24, 22, 18]), tension=0.6), fill="#4a4e58", stroke=edge, width=1.2)
        d.path(smooth(limb(shirt, [18, 17, 16, 14]), tension=0.6), fill="#ece4d6", stroke="#8a8070", width=1.2)
        return
    d.body.append(f'<g transform="translate(0 {HIS_BODY_UP:g})">')
    d.path(smooth(limb([(1440, 536), (1400, 548), (1370, 566), (1340, 588)], [30, 34, 32, 26]), tension=0.6),
           fill="#34373f", stroke=edge, width=1.2)
    d.path(smooth(limb(jacket[:3], [26, 24, 22]), tension=0.6), fill="#4a4e58")
    d.path(smooth(limb(shirt[:3], [18, 17, 16]), tension=0.6), fill="#ece4d6")
    d.body.append("</g>")


def hands(d: Doc, m: face.Model) -> None:
    """Loosely clasped in front of the knee, hanging a little lower than the wrists (hand.clasped)."""
    clasped(d, Place(1246, 886, rot=-25, scale=0.95), m)


WAX_H = gaze_candle.WAX_H  # the candle's wax height, where the shot's tests read it


def candle(burnt: float = 0.0) -> str:
    """The candle between them (gaze_candle.py); `burnt` px of wax gone (hours later: eyes_met)."""
    return gaze_candle.candle(VIEW, _FLAME, LINES, burnt)


def flame() -> str:
    return gaze_candle.flame(VIEW, _FLAME, LINES)


def write(out: Path) -> None:
    (out / "her.svg").write_text(her(), encoding="utf-8")
    (out / "his_head.svg").write_text(his_head(), encoding="utf-8")
    (out / "her_lids.svg").write_text(lids(her(), HER, HER_LID), encoding="utf-8")
    (out / "his_lids.svg").write_text(lids(his_head(), HIM, HIS_LID), encoding="utf-8")
    (out / "his_body.svg").write_text(his_body(), encoding="utf-8")
    (out / "candle.svg").write_text(candle(), encoding="utf-8")
    (out / "flame.svg").write_text(flame(), encoding="utf-8")
    beats.write_variants(out, {"her.svg": ("her", her), "his_head.svg": ("him", his_head)})
