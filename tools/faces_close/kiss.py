"""kiss (story line 73): two faces in close profile, eyes closed, lips meeting.

As they sit in the room: she on the left facing right, he on the right facing left. Each is a
whole profile of its own (brow, nose, closed eye with lashes, mouth, chin), the two silhouettes
apart everywhere but at the lips and the tips of the noses: her face tilted up a little, his
down a little and his mouth a little above hers (his lower lip on her upper lip), so the noses pass
one over the other (his tip in front of her face, hers tucked under his nose) while the room's
warm dark shows between their brows above and between their chins and throats below. Her
chestnut hair falls behind her; his short dark hair is tousled. Her hand lies on his jaw, as in
the next wide (line 74), her bare forearm rising from below between their throats (his hand on
her jaw, tried before, read as her own hand cupping her chin). Under the noses, where his passes
over the tip of hers, he is the nearer face: his profile lies in front with a thin shade cast outside
it, her skin runs on behind it (between.svg, her own colour row by row, no hole to the room), and her
profile there has no line of its own (review7 #1: a patch and a pale seam made one face of two).
(Was: his head turned 30 degrees down across hers, his nose line serving as her profile.)
"""

from __future__ import annotations

import math
from dataclasses import replace
from pathlib import Path

from tools.faces_close import beats, face, kiss_hair, kiss_lips, kiss_motion, kiss_nose, model
from tools.faces_close.crop import LOCK_SHEEN, crown_strays, flame, hair_paint

# (his crop and the gap under the noses live in crop.py and kiss_gap.py: gaze.py and the tests read them here)
from tools.faces_close.crop import NAPE as NAPE
from tools.faces_close.crop import locks as locks
from tools.faces_close.crop import nape as nape
from tools.faces_close.crop import tousle as tousle
from tools.faces_close.eyes_shut import EYE as EYE
from tools.faces_close.eyes_shut import eye_socket, lid
from tools.faces_close.eyes_shut import lashes as lashes
from tools.faces_close.hand import THUMB_ROOT, WRIST_HALF, WRIST_X, back_stops, palm_on_cheek, thumb_on_cheek
from tools.faces_close.kiss_gap import between
from tools.faces_close.kiss_gap import raster as raster
from tools.faces_close.kiss_light import (
    NOSE_SHADE,
    NOSE_WARM,
    WARM,
    cheek,
    far_side,
    glow_on,
    rsoft,
    smooth_cheek,
)
from tools.faces_close.svgkit import Doc, P, Place, limb, psoft, smooth, soft

CONTACT = (960.0, 580.0)  # where the fronts of their lips meet
SCALE = 1.1
HIS_HEAD = 0.96  # his profile model is 1.06x hers: drawn at this much of her scale, ~1.02x hers
PRESS = -7.0  # px between their lips' fronts (negative: her upper lip and his lower lip press ~7-9 px into each other)
HER_TILT = 4.0  # degrees: her face level to his, a touch down (was -14, turned up); far less than his, so
# her nose comes forward under his (her face level, his turned down to hers), in front of his cheek (review12 D4)
HIS_TILT = -14.0  # his a little down to hers (brow forward, chin in)
# his mouth this many px above hers, his lower lip on her upper lip (they share ~11 px of height), with
# PRESS and the tilts: her nose's tip passes under his nose, ~17 px in front of his cheek (her_nose.svg,
# kiss_nose.py), his nose's tip over her face above it, so each nose is a solid shape against the other face
# (review12 D4: at 6 px her tip lay hidden inside his face and her profile ran from brow to lips with no nose;
# at 26 px with her face turned up, lead stop 26, her tip stood in the hollow under his nose, one fused shape)
LIFT = 30.0
LINES = 0.4  # outlines faint: the faces read by their modelling, not by ink rings
# each head in its own person's proportions (model.warp: the wides' eye, nose and chin heights)
HER_AT = Place(CONTACT[0] - PRESS / 2, CONTACT[1] + LIFT / 2, rot=HER_TILT, scale=SCALE, ys=model.warp(True))
HIM_AT = Place(CONTACT[0] + PRESS / 2, CONTACT[1] - LIFT / 2, rot=HIS_TILT, scale=SCALE * HIS_HEAD, mirror=True,
               ys=model.warp(False))
# their necks stand nearly upright under the tilted heads (a neck turned with the head leans like a post)
HER_NECK = Place(HER_AT.x, HER_AT.y, rot=HER_TILT * 0.35, scale=SCALE)
HIS_NECK = Place(HIM_AT.x, HIM_AT.y, rot=HIS_TILT * 0.35, scale=SCALE * HIS_HEAD, mirror=True)

# her nose as the gaze draws it (gaze.py reads it here; the kiss draws model.HER_NOSE, the wide's snub)
HER_NOSE: list[P] = [(-20, -125), (6, -94), (14, -82), (4, -70), (-20, -63)]
profile = model.profile
HER, HIM = model.HER, model.HIM  # the paint, as the wides' (gaze.py reads these too)
NECK = 290.0  # local px from the lips down to where the neck meets the shoulders
COLLAR_TOP = HIS_NECK((-150, NECK))[1] - 70  # the top of his white collar (him())


def _stubble(d: Doc, pl: Place) -> None:
    """A day's shadow of beard on him (cool grey over the warm skin): over the upper lip, on the chin and
    along the jaw to the angle, fading up the cheek; the jaw's edge itself a firmer line of it."""
    # (none over the upper lip: under her nose's tip it read as a scribbled moustache, review12 D4)
    for c, rx, ry, r, a in (((-52, 78), 40, 40, 0, 0.16),
                            ((-140, 110), 96, 30, -12, 0.16), ((-210, 60), 40, 56, 24, 0.12),
                            ((-120, 40), 90, 50, -10, 0.06)):
        psoft(d, pl, c, rx, ry, "#3c3a4c", a, rot=r)
    jaw = [p for p in profile(face.HIM) if p[1] > 60 and p[0] < -20]
    d.path(smooth(pl.all([(x + 4, y - 8) for x, y in jaw]), closed=False), stroke="#3c3a4c",
           width=8 * pl.scale, opacity=0.12)


def _neck(d: Doc, pl: Place, head: Place, m: face.Model) -> None:
    """The neck, nearly upright under the tilted head (face.neck's hard-edged shadow under the jaw, drawn
    in the neck's frame, showed as a block once the head turned on it): its front lit by the light
    between them, its back and the hollow under the jaw in soft shade, laid in the head's own frame."""
    back = -205 if m.she else -272  # his neck a man's, broad at the nape (about 0.6 of his head's depth)
    front = pl.all([(-80, 90), (-92, NECK * 0.6), (-100, NECK)])
    if m.she:
        nape = pl.all([(back - 20, NECK), (back - 6, NECK * 0.5), (back, 40)])
    else:  # his nape rises behind the jaw's angle into the hair, laid in the head's frame so the hair covers it
        nape = [*pl.all([(back - 36, NECK), (back - 30, NECK * 0.5)]), *head.all([(-294, 50), (-336, -80)])]
    # its top tucked inside the jaw (her slim jaw, HER_JAW, rises above the model's: at (-170, 100) the
    # neck's top showed below it as a dark notch under her chin)
    pts = [*front, *nape, *head.all([(-200, -20), (-150, 60) if m.she else (-170, 100)])]
    g = d.lin(pl((-90, 0)), pl((back - 20, 0)), [(0, m.skin, 1), (0.6, m.skin, 1), (1, m.skin_shade, 1)])
    d.path(smooth(pts, tension=0.6), fill=g)
    psoft(d, pl, (back + 30, NECK * 0.55), 50, NECK * 0.5, m.skin_shade, 0.4)
    psoft(d, head, (-130, 150), 90, 44, m.skin_shade, 0.55)   # under the jaw, in the jaw's own frame
    psoft(d, pl, (-100, NECK * 0.55), 18, NECK * 0.35, WARM, 0.18)  # the light between them on the throat
    if not m.she:  # the long muscle from behind the ear to the throat's pit, its back edge in shade
        psoft(d, pl, (-200, NECK * 0.45), 24, NECK * 0.5, face.DEEP, 0.3, rot=-28)
        psoft(d, pl, (-96, NECK * 0.42), 10, 18, m.skin_lit, 0.35)  # the larynx catches the light


# Her hair's front as the wides draw it (her/head.svg: a soft wave over the temple, its edge a hand's breadth
# above the brow; the close model's hairline stood ~80 px higher, a bare forehead the wide never shows):
# a wave of hair from the parting down over the top of her forehead and back over the temple, local frame.
WAVE: list[P] = [(-64, -352), (-56, -318), (-66, -292), (-96, -284), (-140, -292), (-186, -272), (-230, -236),
                 (-262, -214), (-270, -300), (-200, -380), (-120, -400)]
# his (figures/him/head.svg's lock-brow-1/2: fallen over the brow nearly to it): (root, direction, width,
# length, bend), flames as crop.FRINGE's
BROW_LOCKS: list[tuple[P, float, float, float, float]] = [
    ((-84.0, -376.0), 86.0, 32.0, 118.0, 14.0), ((-124.0, -370.0), 98.0, 28.0, 100.0, 10.0)]


def wave(d: Doc, pl: Place, m: face.Model) -> None:
    """Her hair's wave over the top of her forehead (WAVE), in the hair's own paint, lit strands along it."""
    g = d.lin(pl((-70, -420)), pl((-380, -60)), [(0, m.hair_lit, 1), (0.45, m.hair, 1), (1, m.hair_dark, 1)])
    d.path(smooth(pl.all(WAVE), tension=0.85), fill=g)
    for k in range(5):
        o = k * 7.0
        d.path(smooth(pl.all([(-70 - o * 0.3, -340 + o * 0.3), (-84 - o, -300 + o * 0.4), (-150 - o, -300 + o * 0.6),
                              (-230 - o * 0.4, -250 + o * 0.3)]), closed=False),
               stroke=face.HER_SHEEN if k % 2 == 0 else m.hair_lit, width=1.4, opacity=0.45)


def her() -> str:
    d = Doc(line_alpha=LINES)
    pl, m = HER_AT, HER
    kiss_hair.back(d, pl, m)  # chestnut, to her shoulders, as in the wides (72, 74)
    _neck(d, HER_NECK, pl, m)
    # her green dress at the shoulder, seen from the side as she turns to him: the neckline low at the
    # front, the shoulder's round behind it, a puffed sleeve
    x, y = HER_NECK((-150, NECK))
    g = d.lin((x - 200, y - 40), (x + 100, y + 200), [(0, m.cloth_lit, 1), (1, m.cloth, 1)])
    d.path(smooth([(x - 330, y + 260), (x - 290, y - 10), (x - 170, y - 60), (x - 70, y - 30), (x + 60, y - 10),
                   (x + 130, y + 60), (x + 150, y + 260)], tension=0.7), fill=g, stroke="#24381f", width=2)
    d.path(smooth([(x - 270, y + 60), (x - 200, y - 20), (x - 110, y + 10)], closed=False), stroke="#fff0d8", width=2,
           opacity=0.18)
    # her collarbone's hollow at the neckline, in soft shade
    soft(d, (x + 20, y - 10), 70, 24, m.skin_shade, 0.35)
    # the window is behind her: its cold rim lies on her hair, not her nose; her face the far one at the join
    face.head(d, pl, m, rim=0.0, behind=True, prof=profile(m), wing=False)  # (no nostril hook: beside
    # his nose it read as his nostril, one nose see-through)
    glow_on(d, pl, m, 1.1)  # her face is on the room's dim side: the light between them carries it (1.8: the
    # warm spots on her cheekbone and chin read as yellow blotches, review12 D4)
    cheek(d, pl, m)
    _jaw_under(d, pl, m)
    face.ear(d, pl, m)
    kiss_hair.pearl(d, pl)  # her pearl earring, as in the wides
    kiss_lips.lips(d, pl, m)
    # her nose's underside turned from the light (soft: its tip lies on his cheek, kiss_nose.py, where a deep
    # shade stacked with the shade it casts into grey streaks)
    psoft(d, pl, (-2, -76), 18, 7, NOSE_SHADE, 0.3, rot=-24)
    # face.head's nostril hollow and the model's wing groove, under her nose part's lighter tip, mixed into
    # grey-brown smudges round the nostril (review13 D4): her own skin laid over them; kiss_nose.py draws
    # her nostril's wing on her nose part
    psoft(d, pl, (-24, -82), 20, 13, m.skin, 0.6)
    # the candle's warm on her nose and upper lip, nearest the light between them (lit toward the pale
    # skin_lit they read grey-beige beside her rosy cheek)
    psoft(d, pl, (-34, -86), 36, 30, NOSE_WARM, 0.34)  # (inside her face: wider, it spilled past her lips)
    eye_socket(d, pl, m)  # (her lid and lashes are her_lid.svg, her brow her_brow.svg: they move)
    face.hair_front(d, pl, m)
    wave(d, pl, m)
    # the window's cold light on the back of her hair (the side facing it), as on his profile
    d.path(smooth(pl.all([(-240, -448), (-330, -434), (-400, -350), (-442, -180), (-456, 0), (-464, 150)]),
                  closed=False), stroke=face.COOL, width=4 * pl.scale, opacity=0.3)
    return d.text()


def him() -> str:
    d = Doc(line_alpha=LINES)
    pl, m = HIM_AT, HIM
    face.hair_back(d, pl, m)
    _neck(d, HIS_NECK, pl, m)
    # grey suit shoulder and the white collar round his throat (his shoulder behind, the lapel in front)
    x, y = HIS_NECK((-150, NECK))
    g = d.lin((x - 100, y - 40), (x + 250, y + 200), [(0, m.cloth_lit, 1), (1, m.cloth, 1)])
    d.path(smooth([(x - 150, y + 260), (x - 140, y + 20), (x - 60, y - 30), (x + 80, y - 50), (x + 200, y - 20),
                   (x + 320, y + 60), (x + 360, y + 260)], tension=0.7), fill=g, stroke="#1c1e24", width=2)
    d.path(smooth([(x - 120, y + 30), (x - 100, y - 50), (x - 40, y - 70), (x + 40, y - 60), (x + 60, y - 20),
                   (x - 20, y - 30), (x - 80, y + 10)], tension=0.7), fill="#ece4d6", stroke="#8a8070", width=1.5)
    soft(d, (x - 10, y - 40), 60, 14, "#5a5048", 0.3)  # the collar's shade on itself under his jaw
    since = len(d.body)
    # (the window's cold rim a little up on the wides' cooler skin; his nostril hook off: one nostril in the
    # noses' knot, hers, review10 #2)
    face.head(d, pl, m, rim=1.6, prof=profile(m), wing=False)
    _one_contour(d, since, pl, m)
    smooth_cheek(d, pl, m)
    glow_on(d, pl, m, dark=0.8)  # (the head's own shading already turns his darker skin)
    _turn(d, pl, m)
    face.ear(d, ear_place(pl), m)
    _stubble(d, pl)
    # his nose's underside in its own shade, a soft plane inside the outline (review10 #2: three stacked
    # strokes and the pale rim ran round his tip as a beige strap), the tip's round lit
    psoft(d, pl, (4, -70), 18, 7, m.skin_shade, 0.45, rot=-6)
    psoft(d, pl, (18, -88), 9, 7, m.skin_lit, 0.4)
    _nose_plane(d, pl, m)
    kiss_lips.lips(d, pl, m)
    kiss_lips.meeting(d, HER_AT, HIM_AT)  # the small dark gap where the mouths meet
    kiss_lips.front_edge(d, pl, profile(m))  # his mouth's edge over her face
    # (no firm line from his nose's tip down the philtrum: her nose lies in front of it now, kiss_nose.py, and
    # the line ran across her skin and his as a scribble, review12 D4)
    eye_socket(d, pl, m)
    lid(d, pl, m)  # (his brow is his_brow.svg: it moves)
    since = len(d.body)
    face.hair_front(d, pl, m)
    drop(d, since, 'fill="none"')  # its fine strands combed back from the brow: the slicked helmet
    tousle(d, pl, m)
    locks(d, pl, m, strays=False)
    for c, ang, w, ln, bend in BROW_LOCKS:  # two longer locks fallen over his brow, as in the wides
        lock = flame(c, ang, w, ln, bend)
        d.path(smooth(pl.all(lock), tension=0.8), fill=hair_paint(d, pl, m))
        d.path(smooth(pl.all(lock[1:5]), closed=False), stroke=LOCK_SHEEN[0], width=1.6 * pl.scale, opacity=0.4)
    nape(d, pl, m)
    return d.text()


# loose strands at the back of her hair's fall (her head's local frame, root to tip; colour, width), one
# root for all (HER_STRAND_ROOT, behind the ear): they stir about it, the fall's edge against the room
HER_STRAND_ROOT: P = (-450.0, -120.0)
# (they end at her shoulders with the hair's locks, kiss_hair.ENDS: the old ones hung to 470, a tail)
HER_STRANDS: list[tuple[list[P], str, float]] = [
    ([(-450, -120), (-474, 60), (-490, 220), (-506, 330)], HER.hair_lit, 2.6),
    ([(-456, -90), (-484, 100), (-502, 240), (-520, 318)], HER.hair, 1.8),
    ([(-444, -140), (-466, 40), (-476, 200), (-480, 306)], face.HER_SHEEN, 1.5),
    ([(-454, -100), (-490, 120), (-512, 250), (-530, 300)], HER.hair_dark, 2.0),
    ([(-440, -150), (-462, 20), (-468, 180)], face.HER_SHEEN, 1.2),
]
HIS_STRAND_ROOT: P = (-240.0, -450.0)  # the crown, where his strays stand


def her_strands() -> str:
    """Her loose strands (her_strands.svg: they stir), each tapered from its root to a fine end."""
    d = Doc(line_alpha=LINES)
    for pts, colour, w in HER_STRANDS:
        ws = [w * HER_AT.scale * (1 - 0.8 * i / (len(pts) - 1)) for i in range(len(pts))]
        d.path(smooth(limb(HER_AT.all(pts), ws), tension=0.8), fill=colour, opacity=0.8)
    return d.text()


def his_strands() -> str:
    """His strays standing off the crown (his_strands.svg: they stir)."""
    d = Doc(line_alpha=LINES)
    crown_strays(d, HIM_AT, HIM)
    return d.text()


def strand_roots() -> tuple[P, P]:
    """Where her strands and his strays turn from, on the canvas."""
    return HER_AT(HER_STRAND_ROOT), HIM_AT(HIS_STRAND_ROOT)


WING = face.WING  # (gaze.py drops the hook it draws by this)
RIM = 'stroke="#ffe2b4"'  # face.head's warm rim just inside the profile


def drop(d: Doc, since: int, marker: str) -> int:
    """Remove the elements drawn into `d` from body index `since` on that contain `marker`; how many."""
    keep = [e for e in d.body[since:] if marker not in e]
    gone = len(d.body) - since - len(keep)
    d.body[since:] = keep
    return gone


def _one_contour(d: Doc, since: int, pl: Place, m: face.Model) -> None:
    """His nose drawn with one contour where hers passes under it (review10 #2: 'a beige strap loops round
    his nose tip', 'two nostril hooks within 60 px'): face.head's pale rim taken off the nose's tip and
    underside (kept on the brow and bridge above, on the lips and chin below), and its nostril hook taken
    off (face.head(wing=False); a soft hollow in the nose's wing instead), so the nose reads by its outline
    and its shade."""
    if drop(d, since, RIM):
        prof = profile(m)
        for run in (prof[2:9], prof[15:22]):
            d.path(smooth(pl.all([(x - 5, y) for x, y in run]), closed=False), stroke="#ffe2b4", width=4,
                   opacity=0.45)
    psoft(d, pl, (-22, -80), 12, 9, m.skin_shade, 0.35)   # the wing's groove, soft
    psoft(d, pl, (-8, -72), 8, 5, face.DEEP, 0.3)          # the nostril's shade under the tip


def brow(who: str) -> str:
    """`who`'s brow, its own part (it lifts or draws down as the kiss deepens, insert.toml), heavier toward
    the wides' (model.brow_weight), carrying the story's face beat (its variants in faces/)."""
    d = Doc(line_alpha=LINES)
    she = who == "her"
    pl, m = (HER_AT, HER) if she else (HIM_AT, HIM)
    face.brow(d, pl, m, (-92, -196), beats.look("kiss", who).sorrow, weight=model.brow_weight(she))
    return d.text()


def her_lid() -> str:
    d = Doc(line_alpha=LINES)
    lid(d, HER_AT, HER)
    return d.text()


# his ear this many local px forward of the model's (KISS5: 'his face reads broad, almost three-quarter'):
# the band of face in front of it narrower, as a close profile shows it
EAR_FORWARD = 22.0


def ear_place(pl: Place) -> Place:
    """`pl` moved EAR_FORWARD local px toward the face's front (his ear only)."""
    x0, y0 = pl((0.0, 0.0))
    x1, y1 = pl((EAR_FORWARD, 0.0))
    return replace(pl, x=pl.x + x1 - x0, y=pl.y + y1 - y0)


def _turn(d: Doc, pl: Place, m: face.Model) -> None:
    """His cheek turning away from the light between them (KISS5: a wide flat plane of cheek from the
    profile back to the ear read three-quarter): lit only in a band behind the profile, the far part of
    the cheek in shade to the ear (far_side, deeper on him than kiss_light.glow_on's)."""
    far_side(d, pl, m, 0.4)


def _nose_plane(d: Doc, pl: Place, m: face.Model) -> None:
    """His nose's side as one plane in shade, deepest toward its front (review12 D4: his nose over her face
    had her skin's value and read only by its outline, a thin line drawn across her face): a solid shape
    against her lit skin. Laid inside the nose's outline (kiss_nose.his_outline), soft toward its root."""
    g = d.lin(pl((22, -92)), pl((-40, -104)), [(0, m.skin_shade, 0.7), (0.45, m.skin_shade, 0.4), (1, m.skin_shade, 0)])
    d.path(smooth(pl.all(kiss_nose.his_outline(profile(m))), tension=0.3), fill=g)


def _jaw_under(d: Doc, pl: Place, m: face.Model) -> None:
    """The underside of her jaw in shade, turning into the neck (KISS5: 'a broad plane'): deepest just
    under the jaw's edge, the lit edge (kiss_light.cheek) kept above it."""
    psoft(d, pl, (-110, 88), 86, 20, face.DEEP, 0.42, rot=-6)      # the jaw's underside, inside its edge
    # (no spots on the cheek above it, round the angle and on the turn down: they read as a brown blotch on
    # her lower cheek, review12 D4; far_side turns the cheek)
    psoft(d, pl, (-120, 120), 90, 18, face.DEEP, 0.45, rot=-12)     # the neck's top, in the jaw's shade


# her near hand on his jaw, as in the next wide (line 74): the palm on his cheek, the back of her hand to us,
# the heel of it at his jaw's edge, the fingers up toward his temple in front of the ear, the thumb along
# his cheekbone; her bare forearm (short puffed sleeves) drops from the wrist between their throats.
# (An earlier hand, his on her jaw, read as her own cupping her chin: this one comes from her side.)
HAND_WRIST: P = (-110.0, 125.0)   # in his head's local frame: under the jaw's edge
HAND_TIP: P = (-220.0, -150.0)    # the middle finger's tip, at his temple
HAND_LEN = 206.0                  # wrist to middle fingertip in hand.palm_on_cheek's local frame
ELBOW: P = (900.0, 1130.0)        # below the frame, toward her side


def hand_place() -> Place:
    w, t = HIM_AT(HAND_WRIST), HIM_AT(HAND_TIP)
    rot = math.degrees(math.atan2(t[1] - w[1], t[0] - w[0]))
    return Place(w[0], w[1], rot=rot, scale=math.dist(w, t) / HAND_LEN, mirror=True)


def hand() -> str:
    d = Doc(line_alpha=LINES)
    m = HER
    pl = hand_place()
    w = (pl.x, pl.y)
    # the shadow her hand lays on his cheek (the light is between them, below: it falls up and back)
    for k in (0.25, 0.5, 0.75, 0.95):
        c = (w[0] + (HIM_AT(HAND_TIP)[0] - w[0]) * k + 46, w[1] + (HIM_AT(HAND_TIP)[1] - w[1]) * k - 10)
        soft(d, c, 52 * pl.scale, 44 * pl.scale, "#2a1008", 0.2, rot=pl.rot)  # (0.35: dark blotches on his cheek)
    # the forearm from under the back of her hand (its end hidden there) through her wrist, as wide there as
    # the wrist and swelling toward the elbow, in the hand's own paint across it (review16 D15: a lit hand
    # laid over a forearm in shade read as a glove's cuff); the hand ends on it in its own colour
    root, wrist = pl((-30.0, 0.0)), pl((WRIST_X, 0.0))
    mid = ((w[0] + ELBOW[0]) / 2 + 6, (w[1] + ELBOW[1]) / 2)
    d.path(smooth(limb([root, wrist, (w[0] - 14, w[1] + 80), mid, ELBOW],
                       [2 * WRIST_HALF * pl.scale, 2 * WRIST_HALF * pl.scale, 70 * pl.scale, 96 * pl.scale,
                        110 * pl.scale]), tension=0.6),
           fill=_arm_paint(d, pl, wrist), stroke=m.line, width=1.4)
    soft(d, (mid[0] + 22, mid[1]), 16, 120, m.skin_shade, 0.4, rot=-20)
    soft(d, (mid[0] - 22, mid[1] - 20), 10, 110, WARM, 0.35, rot=-20)
    palm_on_cheek(d, pl, m, thumb=False)
    # the candle's warm on the back of the hand's lower edge; her nails' faint gloss
    soft(d, pl((-60, -30)), 70 * pl.scale, 22 * pl.scale, WARM, 0.25, rot=pl.rot)
    return d.text()


def _arm_paint(d: Doc, pl: Place, wrist: P) -> str:
    """Her forearm's paint: the back of the hand's stops (hand.back_stops) across the arm, centred on the
    wrist and turned square to the arm's run to the elbow, so at the wrist it is the hand's own colour."""
    ax, ay = ELBOW[0] - wrist[0], ELBOW[1] - wrist[1]
    n = math.hypot(ax, ay)
    nx, ny = -ay / n, ax / n
    (hx, hy), (kx, ky) = pl((0.0, -46.0)), pl((0.0, 46.0))
    if nx * (kx - hx) + ny * (ky - hy) < 0:  # toward the hand's shaded side (the little finger's)
        nx, ny = -nx, -ny
    r = 46.0 * pl.scale
    return d.lin((wrist[0] - nx * r, wrist[1] - ny * r), (wrist[0] + nx * r, wrist[1] + ny * r), back_stops(HER))


def thumb_root() -> P:
    """Her thumb's root on the canvas: the pivot its part turns about as it strokes his cheek."""
    return hand_place()(THUMB_ROOT)


def thumb() -> str:
    """Her thumb, its own part (insert.toml strokes it along his cheekbone, turning about its root, which
    the back of her hand covers): its soft shadow on his cheek moves with it. Opaque: it moves, it never
    fades (review10 #2: 'no hand moving on his cheek')."""
    d = Doc(line_alpha=LINES)
    pl = hand_place()
    psoft(d, pl, (-84, -44), 40, 12, "#2a1008", 0.3, rot=24)  # its shadow on his cheek, under it
    thumb_on_cheek(d, pl, HER)
    psoft(d, pl, (-70, -40), 30, 8, WARM, 0.2, rot=24)        # the candle's warm on its side
    return d.text()


def glow() -> str:
    """The warm candle light around and between them (the room's dark shows through it)."""
    d = Doc(line_alpha=LINES)
    soft(d, (CONTACT[0], CONTACT[1] + 120), 520, 380, "#ffb35c", 0.14)
    soft(d, (CONTACT[0], CONTACT[1] - 40), 150, 260, "#ffd08a", 0.10)
    # the light caught in the gaps between them: under the noses, between the brows, under the chins
    soft(d, (CONTACT[0] - 4, CONTACT[1] - 50), 40, 44, "#ffc27a", 0.55)
    soft(d, (CONTACT[0] - 10, CONTACT[1] - 230), 90, 140, "#ffc27a", 0.22)
    soft(d, (CONTACT[0] + 10, CONTACT[1] + 150), 80, 110, "#ffc27a", 0.22)
    return d.text()


def light() -> str:
    """The candle's warm on the lit planes of both faces (cheekbones, the lips' surround, her jaw), a
    separate part that the shot moves and fades a little as the flame stirs (insert.toml): during the
    held kiss the light on the skin moves, not only the whole frame's flicker."""
    d = Doc(line_alpha=LINES)
    for pl in (HER_AT, HIM_AT):
        # each round on the canvas: the heads' warp (model.warp) squeezes the mid-face to ~0.7 of its height and
        # so a local ellipse to a horizontal streak across both cheeks (review13 look at 73)
        for c, rx, ry, a in (((-120.0, -116.0), 66, 54, 0.12),   # the cheekbone
                             ((-70.0, 20.0), 60, 60, 0.12),      # round the mouth
                             ((-150.0, 60.0), 80, 50, 0.08)):    # down the cheek to the jaw
            rsoft(d, pl, c, rx, ry, WARM, a, rot=-18 if c[1] < -100 else 0.0)
    return d.text()


def write(out: Path) -> None:
    (out / "her.svg").write_text(her(), encoding="utf-8")
    (out / "him.svg").write_text(him(), encoding="utf-8")
    for gone in ("her_open.svg", "his_open.svg"):  # the eyes shut for the whole shot
        (out / gone).unlink(missing_ok=True)
    (out / "hand.svg").write_text(hand(), encoding="utf-8")
    (out / "thumb.svg").write_text(thumb(), encoding="utf-8")
    (out / "between.svg").write_text(between(her(), him()), encoding="utf-8")
    (out / "her_nose.svg").write_text(kiss_nose.nose(her(), him(), HER_AT, profile(HER), HIM_AT, profile(HIM)), encoding="utf-8")
    (out / "glow.svg").write_text(glow(), encoding="utf-8")
    (out / "light.svg").write_text(light(), encoding="utf-8")
    (out / "her_lid.svg").write_text(her_lid(), encoding="utf-8")
    (out / "her_strands.svg").write_text(her_strands(), encoding="utf-8")
    (out / "his_strands.svg").write_text(his_strands(), encoding="utf-8")
    (out / "her_brow.svg").write_text(brow("her"), encoding="utf-8")
    (out / "his_brow.svg").write_text(brow("him"), encoding="utf-8")
    for old in (out / "faces").glob("*.svg"):  # (the faces' beats are carried by the brows now)
        old.unlink()
    beats.write_variants(out, {"her_brow.svg": ("her", lambda: brow("her")), "his_brow.svg": ("him", lambda: brow("him"))})
    kiss_motion.write(out, thumb_root(), ELBOW, *strand_roots())
