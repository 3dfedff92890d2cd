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

import io
import itertools
import math
import random
from dataclasses import replace
from pathlib import Path

import pygame

from tools.faces_close import beats, face
from tools.faces_close.hand import THUMB_ROOT, palm_on_cheek, thumb_on_cheek
from tools.faces_close.svgkit import Doc, P, Place, limb, psoft, smooth, soft

# The two of them painted from the wides' model sheet (review10 #4: 'cutting 72 -> 73 swaps the actors'):
# skin as the wide heads paint the cheek (assets/art/figures/<who>/head.svg's skin gradient at 0.75 across
# the head), its lit front and shaded back the gradient's ends; hair as the wides' hair gradient (his
# near-black is already the sheet's; her chestnut the wide's, with its lit strands' colour). His shade a
# little deeper than the wide's neck (#9a6a4e): the close shot models his face in the candle's light.
HER = replace(face.HER, skin="#dcaa8f", skin_lit="#eec1a4", skin_shade="#8c5c45",
              hair="#904422", hair_lit="#c8743e", hair_dark="#6a3016")
HIM = replace(face.HIM, skin="#d9a783", skin_lit="#e2b08c", skin_shade="#80523a",
              hair="#1a1412", hair_lit="#4a3a32", hair_dark="#0a0808")
CONTACT = (960.0, 580.0)  # where the fronts of their lips meet
SCALE = 1.1
HIS_HEAD = 0.96  # his profile model is 1.06x hers: drawn at this much of her scale, ~1.02x hers
PRESS = -4.0  # px between their lips' fronts (negative: her upper lip and his lower lip press ~4 px into each other)
HER_TILT = -20.0  # degrees: her face turned up to his (chin forward, brow back)
HIS_TILT = -14.0  # his a little down to hers (brow forward, chin in)
# his mouth this many px above hers, his lower lip on her upper lip: so the noses pass one over the other
# (his tip in front of her cheek above her nose's tip, hers tucked under his nose in the hollow over his lip);
# level, the two tips met at one point and her nose's tip showed inside his cheek (two masks pressed together)
LIFT = 26.0
LINES = 0.4  # outlines faint: the faces read by their modelling, not by ink rings
HER_AT = Place(CONTACT[0] - PRESS / 2, CONTACT[1] + LIFT / 2, rot=HER_TILT, scale=SCALE)
HIM_AT = Place(CONTACT[0] + PRESS / 2, CONTACT[1] - LIFT / 2, rot=HIS_TILT, scale=SCALE * HIS_HEAD, mirror=True)
# their necks stand nearly upright under the tilted heads (a neck turned with the head leans like a post)
HER_NECK = Place(HER_AT.x, HER_AT.y, rot=HER_TILT * 0.35, scale=SCALE)
HIS_NECK = Place(HIM_AT.x, HIM_AT.y, rot=HIS_TILT * 0.35, scale=SCALE * HIS_HEAD, mirror=True)
WARM = "#ffc27a"

# The two profiles as this shot draws them (face.py's models with two changes, review9: 'two masks pressed
# together'): his nose longer and higher-bridged, so it stands out past his brow though his head tips
# down (at the model's length the tipped brow came level with its tip and the face read three-quarter);
# her jaw a slim line rising from the chin to under the ear (the model's round jaw, turned up, hung
# below her mouth as a bulging plane).
HIS_NOSE: list[P] = [(-14, -128), (18, -96), (26, -82), (12, -68), (-22, -60)]   # replaces _FACE_HIM[8:13]
HER_NOSE: list[P] = [(-20, -125), (6, -94), (14, -82), (4, -70), (-20, -63)]     # replaces _FACE_HER[7:12]
HER_JAW: list[P] = [(-24, 60), (-32, 86), (-58, 104), (-112, 106), (-170, 76), (-214, 28), (-246, -36)]  # [19:26]


def profile(m: face.Model) -> list[P]:
    """The profile of `m` as drawn in the kiss (face.py's local frame: facing right, lips' front at 0)."""
    prof = list(face._face(m))
    if m.she:
        prof[7:12] = HER_NOSE
        prof[19:26] = HER_JAW
    else:
        prof[8:13] = HIS_NOSE
    return prof
NECK = 290.0  # local px from the lips down to where the neck meets the shoulders
COLLAR_TOP = HIS_NECK((-150, NECK))[1] - 70  # the top of his white collar (him())


def _glow_on(d: Doc, pl: Place, m: face.Model, k: float = 1.0, dark: float = 1.0) -> None:
    """The candle light between them: the face's front lit warm (brow, cheekbone, lips, chin), turning
    through the cheek into shade toward the ear and the hair, so the face is modelled, not a flat plate."""
    sh = m.skin_shade
    # the side of the face away from the light: temple, the cheek's back, the jaw's angle
    psoft(d, pl, (-270, -110), 110, 220, sh, 0.4 * dark)
    psoft(d, pl, (-200, -250), 70, 80, sh, 0.3 * dark)
    psoft(d, pl, (-170, -30), 60, 42, sh, 0.2 * dark, rot=15)   # the hollow under the cheekbone
    psoft(d, pl, (-190, 112), 80, 22, sh, 0.3 * dark, rot=-20)   # along the jaw
    psoft(d, pl, (-112, -206), 34, 26, sh, 0.3)           # the eye's socket under the brow
    psoft(d, pl, (-34, -52), 14, 12, sh, 0.4)             # under the nose
    # the lit planes facing the light: cheekbone, brow, bridge of the nose, the lips' surround, the chin
    psoft(d, pl, (-130, -128), 64, 26, WARM, 0.32 * k, rot=-18)
    psoft(d, pl, (-110, -250), 36, 64, WARM, 0.22 * k)
    psoft(d, pl, (-46, -140), 9, 36, m.skin_lit, 0.4, rot=-28)
    psoft(d, pl, (-70, 50), 40, 46, WARM, 0.28 * k)
    psoft(d, pl, (-80, -60), 60, 60, WARM, 0.2 * k)
    psoft(d, pl, (-44, 84), 26, 22, m.skin_lit, 0.35)
    # the warm rim where the light grazes the profile, forehead to chin
    # (brow to nose: the window's cold rim, face.planes; on her, the far face, none where his edge lies over
    # her upper lip: a pale seam there)
    prof = profile(m)
    # (his from the upper lip down: round his nose's underside it read as a beige strap, review10 #2)
    for run in ((prof[face.JOIN.stop - 1:22],) if m.she else (prof[15:22],)):
        d.path(smooth(pl.all([(x - 6, y) for x, y in run]), closed=False), stroke=WARM, width=5 * pl.scale,
               opacity=0.3 * k)


def _cheek(d: Doc, pl: Place, m: face.Model) -> None:
    """Her cheek as a form, not a plain plate (KISS4: 'a huge plain plane'): the cheekbone's ridge catching
    the light from the eye's corner back toward the ear, a soft shade in the hollow under it running down
    to the jaw's angle, and the jaw's slim edge lit along its underside's turn."""
    psoft(d, pl, (-150, -118), 70, 20, m.skin_lit, 0.5, rot=-16)
    psoft(d, pl, (-128, -126), 30, 10, "#fff0d8", 0.3, rot=-16)
    psoft(d, pl, (-170, -50), 62, 30, m.skin_shade, 0.38, rot=28)
    psoft(d, pl, (-200, 10), 34, 44, m.skin_shade, 0.3, rot=20)
    psoft(d, pl, (-110, 58), 60, 8, m.skin_lit, 0.2, rot=-14)  # above the jaw's underside (_jaw_under)


def _stubble(d: Doc, pl: Place) -> None:
    """A day's shadow of beard on him (cool grey over the warm skin): over the upper lip, on the chin and
    along the jaw to the angle, fading up the cheek; the jaw's edge itself a firmer line of it."""
    for c, rx, ry, r, a in (((-30, -36), 20, 12, 0, 0.14), ((-52, 78), 40, 40, 0, 0.16),
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


def her() -> str:
    d = Doc(line_alpha=LINES)
    pl, m = HER_AT, HER
    face.hair_back(d, pl, m, fall=620)
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
    face.head(d, pl, m, rim=0.0, behind=True, prof=profile(m))
    _glow_on(d, pl, m, 1.8)  # her face is on the room's dim side: the light between them carries it
    _cheek(d, pl, m)
    _jaw_under(d, pl, m)
    face.ear(d, pl, m)
    face.lips(d, pl, m)
    # her nose's own underside (review8 #2: from 3 s her nose dissolved into his): the tip lit, the
    # underside from the tip back to the nostril in shade, so her nose ends at its tip beside his
    psoft(d, pl, (-4, -66), 20, 8, face.DEEP, 0.45, rot=-14)
    psoft(d, pl, (8, -86), 9, 7, m.skin_lit, 0.45)
    # her nose's own edge from the bridge round the tip to the nostril, tucked under his nose: the skin
    # under it (between.svg) is hers too, so without its edge her nose melted into the gap
    d.path(smooth(pl.all(profile(m)[7:12]), closed=False, tension=0.9), stroke=m.line, width=2.0, opacity=0.55)
    _nose_tip(d, pl, m)
    eye_shut(d, pl, m, sorrow=beats.look("kiss", "her").sorrow)
    face.hair_front(d, pl, m)
    # the window's cold light on the back of her hair (the side facing it), as on his profile
    d.path(smooth(pl.all([(-240, -446), (-330, -428), (-410, -256), (-458, -60), (-486, 180)]),
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
    face.head(d, pl, m, rim=1.2, prof=profile(m))  # (the window's cold rim a little up on the wides' cooler skin)
    _one_contour(d, since, pl, m)
    _glow_on(d, pl, m, dark=0.8)  # (the head's own shading already turns his darker skin)
    _turn(d, pl, m)
    face.ear(d, ear_place(pl), m)
    _stubble(d, pl)
    # his nose's underside in its own shade, a soft plane inside the outline (review10 #2: three stacked
    # strokes and the pale rim ran round his tip as a beige strap), the tip's round lit
    psoft(d, pl, (4, -70), 18, 7, m.skin_shade, 0.45, rot=-6)
    psoft(d, pl, (18, -88), 9, 7, m.skin_lit, 0.4)
    _contact(d, pl)
    face.lips(d, pl, m)
    # where his lips press hers: a shared soft shade, not two cut edges
    psoft(d, pl, (0, -2), 8, 18, "#5a2418", 0.3)
    eye_shut(d, pl, m, sorrow=beats.look("kiss", "him").sorrow)
    since = len(d.body)
    face.hair_front(d, pl, m)
    drop(d, since, 'fill="none"')  # its fine strands combed back from the brow: the slicked helmet
    tousle(d, pl, m)
    locks(d, pl, m)
    nape(d, pl, m)
    return d.text()


# face.head's nostril wing (its local points): on him it is dropped, so the noses' knot shows one nostril,
# hers (review10 #2: two nostril hooks within 60 px)
WING: list[P] = [(-8, -74), (-26, -70), (-34, -84), (-24, -96)]
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
    off (a soft hollow in the nose's wing instead), so the nose reads by its outline and its shade."""
    drop(d, since, f'd="{smooth(pl.all(WING), closed=False)}"')
    if drop(d, since, RIM):
        prof = profile(m)
        for run in (prof[2:9], prof[15:22]):
            d.path(smooth(pl.all([(x - 5, y) for x, y in run]), closed=False), stroke="#ffe2b4", width=4,
                   opacity=0.45)
    psoft(d, pl, (-22, -80), 12, 9, m.skin_shade, 0.35)   # the wing's groove, soft
    psoft(d, pl, (-8, -72), 8, 5, face.DEEP, 0.3)          # the nostril's shade under the tip


EYE: P = (-88.0, -194.0)  # the shut eye's centre, as face.eye_closed places it


def lashes(m: face.Model) -> list[tuple[float, float, float]]:
    """The shut eye's lashes, back to front: (place along the lid 0..1, length, angle off straight down
    toward the front, degrees). Many fine ones, uneven in length and spacing, crossing one another, fanning
    from down at the back to forward at the front (review10 #2: five even strokes of full ink read as a
    comb of stitches)."""
    n, reach = (22, 12.0) if m.she else (12, 7.0)
    rng = random.Random(73 if m.she else 37)
    out = []
    for i in range(n):
        t = min(1.0, max(0.0, (i + rng.uniform(-0.6, 0.6)) / (n - 1)))
        out.append((0.2 + 0.8 * t, reach * (0.45 + 0.55 * math.sin(math.pi * (0.25 + 0.6 * t))) * rng.uniform(0.7, 1.1),
                    5 + 45 * t + rng.uniform(-10, 10)))
    return out


def eye_shut(d: Doc, pl: Place, m: face.Model, sorrow: float) -> None:
    """A shut eye in profile drawn soft: the lid's edge a fine tapered line (thin at the back corner,
    fullest over the ball, thin again at the front), a soft shade of lash along under it, and many fine
    lashes falling forward and down from its front two-thirds, each tapered to a point; the ball's round
    under the lid and the crease above in soft light and shade; the brow as face.brow draws it."""
    e = EYE
    lid = [(x, y + (3 if -23 < x - e[0] < 16 else 0)) for x, y in
           [(e[0] - 23, e[1] + 1), (e[0] - 9, e[1] + 1), (e[0] + 3, e[1] + 1), (e[0] + 12, e[1] + 1),
            (e[0] + 16, e[1] + 1)]]
    psoft(d, pl, (e[0] - 2, e[1] - 6), 22, 12, m.skin_shade, 0.35)       # the socket over the ball
    psoft(d, pl, (e[0] + 4, e[1] - 5), 10, 6, m.skin_lit, 0.3)           # the ball's round catches light
    psoft(d, pl, (e[0] + 2, e[1] + 6), 16, 3.5, m.line, 0.35, rot=4)      # the lashes' soft mass under the lid
    d.path(smooth(limb(pl.all(lid), [w * pl.scale for w in (0.6, 2.0, 2.4, 1.8, 0.8)]), tension=0.8),
           fill=m.line, opacity=0.8)
    for t, ln, ang in lashes(m):
        x = lid[0][0] + (lid[-1][0] - lid[0][0]) * t
        y = face._y_on(lid, x)
        a = math.radians(ang)
        tip = (x + ln * math.sin(a), y + ln * math.cos(a))
        curl = (tip[0] - x, tip[1] - y)  # each lash curls a little forward at its tip
        mid = (x + curl[0] * 0.5 - curl[1] * 0.12, y + curl[1] * 0.5 + curl[0] * 0.12)
        d.path(smooth(limb(pl.all([(x, y), mid, tip]), [0.9 * pl.scale, 0.55 * pl.scale, 0.12]), tension=0.8),
               fill=m.line, opacity=0.45 + 0.35 * t)
    d.path(smooth(pl.all([(e[0] - 20, e[1] - 7), (e[0] - 2, e[1] - 14), (e[0] + 12, e[1] - 10)]), closed=False),
           stroke=m.skin_shade, width=2.0, opacity=0.5)
    face.brow(d, pl, m, (-92, -196), sorrow)


# his ear this many local px forward of the model's (KISS5: 'his face reads broad, almost three-quarter'):
# the band of face in front of it narrower, as a close profile shows it
EAR_FORWARD = 22.0


def ear_place(pl: Place) -> Place:
    """`pl` moved EAR_FORWARD local px toward the face's front (his ear only)."""
    x0, y0 = pl((0.0, 0.0))
    x1, y1 = pl((EAR_FORWARD, 0.0))
    return Place(pl.x + x1 - x0, pl.y + y1 - y0, rot=pl.rot, scale=pl.scale, mirror=pl.mirror)


def _turn(d: Doc, pl: Place, m: face.Model) -> None:
    """His cheek turning away from the light between them (KISS5: a wide flat plane of cheek from the
    profile back to the ear read three-quarter): lit only in a band behind the profile, the cheek's far
    part going into shade from the cheekbone's back to the ear and down the jaw's angle."""
    for c, rx, ry, r, a in (((-225, -70), 70, 150, 8, 0.6), ((-225, 50), 70, 80, 20, 0.65),
                            ((-240, -170), 40, 70, 0, 0.45), ((-175, -60), 50, 140, 6, 0.35),
                            ((-160, 90), 60, 40, 10, 0.35), ((-190, -230), 50, 70, 0, 0.4),
                            ((-150, -170), 30, 50, 0, 0.2)):
        psoft(d, pl, c, rx, ry, face.DEEP, a, rot=r)


# his nape: the crop tapering in points down the back of the neck behind the ear (local frame, root to tip,
# width at the root), and lit strands combed back over the side of the head
NAPE: list[tuple[list[P], float]] = [
    ([(-400, -180), (-394, -110), (-380, -50)], 22.0), ([(-372, -150), (-360, -80), (-348, -26)], 20.0),
    ([(-340, -130), (-330, -70), (-316, -24)], 16.0),
]


def nape(d: Doc, pl: Place, m: face.Model) -> None:
    """His hair's shaped nape and its lit strands (KISS5: 'his hair a black helmet'): the crop tapering in
    points behind the ear, and strands catching the light where the side of the head turns (the wides'
    warm brown, review10 #2: grey read as streaks on a helmet)."""
    for pts, w in NAPE:
        outline = limb(pl.all(pts), [w * pl.scale * (1 - 0.85 * i / (len(pts) - 1)) for i in range(len(pts))])
        d.path(smooth(outline, tension=0.8), fill=m.hair_dark)
    for k in range(4):  # short broken strands where the side of the head turns (long arcs read as combed)
        o = k * 22.0
        d.path(smooth(pl.all([(-250 - o * 0.4, -420 + o * 0.5), (-300 - o * 0.4, -380 + o * 0.8),
                              (-336 - o * 0.2, -320 + o * 1.0)]), closed=False),
               stroke=LOCK_SHEEN[k % 3], width=2.0, opacity=0.35)
    for k in range(6):  # lower, over the back of the head behind the ear, down to the nape's points
        o = k * 16.0
        d.path(smooth(pl.all([(-300 - o * 0.3, -330 + o * 0.4), (-350 - o * 0.2, -230 + o * 0.6),
                              (-372 + o * 0.2, -120 + o * 0.5)]), closed=False),
               stroke=LOCK_SHEEN[k % 3], width=1.8, opacity=0.35)


def _nose_tip(d: Doc, pl: Place, m: face.Model) -> None:
    """Her nose's tip given an edge where it meets the skin under his nose (KISS5: it read by its nostril
    only): a thin shade just outside the tip's round, on the skin behind (between.svg), and a thin lit rim
    just inside it."""
    tip = profile(m)[9:12]  # from the tip's front round its underside (the top edge is under his nose)
    # a soft shade on the skin under it, not a stroke (review10 #2: a 4 px dark bar read across his nose)
    _shade_along(d, pl, _outward(tip, -6.0), "#5a2410", 0.22)
    d.path(smooth(pl.all(_outward(tip, 3.0)), closed=False), stroke="#fff0d8", width=2.0 * pl.scale, opacity=0.45)


def _jaw_under(d: Doc, pl: Place, m: face.Model) -> None:
    """The underside of her jaw in shade, turning into the neck (KISS5: 'a broad plane'): deepest just
    under the jaw's edge, the lit edge (_cheek) kept above it."""
    psoft(d, pl, (-110, 88), 86, 20, face.DEEP, 0.42, rot=-6)      # the jaw's underside, inside its edge
    psoft(d, pl, (-178, 48), 40, 34, face.DEEP, 0.3, rot=40)        # on round the angle toward the ear
    psoft(d, pl, (-90, 64), 70, 30, m.skin_shade, 0.3, rot=-8)      # the turn from the cheek down to it
    psoft(d, pl, (-120, 120), 90, 18, face.DEEP, 0.45, rot=-12)     # the neck's top, in the jaw's shade


# his tousled crop: a few locks fallen over the brow, each a tapered curl (local frame: from its root in
# the hair to its tip; width at the root), and a few strays standing off the crown
FRINGE: list[tuple[P, float, float, float, float]] = [  # (base centre, direction (deg), base width, length, bend)
    ((-92.0, -378.0), 62.0, 34.0, 66.0, 10.0), ((-134.0, -372.0), 74.0, 30.0, 54.0, 8.0),
    ((-176.0, -362.0), 96.0, 26.0, 40.0, -6.0),
]


def _flame(c: P, angle: float, w: float, length: float, bend: float) -> list[P]:
    """A lock of hair as a flame: a broad base at `c` (its root running 14 px back into the hair), out
    along `angle` (degrees, local frame) `length` px to a blunt tip set `bend` px to its side."""
    dx, dy = math.cos(math.radians(angle)), math.sin(math.radians(angle))
    px, py = -dy, dx

    def at(u: float, v: float) -> P:  # u along the lock, v across it
        return (c[0] + dx * u + px * v, c[1] + dy * u + py * v)

    return [at(-14, -w / 2), at(0, -w / 2), at(length * 0.45, -w * 0.36 + bend * 0.3),
            at(length * 0.85, -w * 0.16 + bend * 0.8), at(length, bend), at(length * 0.9, w * 0.1 + bend * 0.9),
            at(length * 0.5, w * 0.3 + bend * 0.5), at(0, w / 2), at(-14, w / 2)]


def _hair_paint(d: Doc, pl: Place, m: face.Model) -> str:
    """The light across his hair as face.hair_front paints the mass (same ends, same stops), so a lock
    grows out of it with no edge of its own colour."""
    return d.lin(pl((-60, -480)), pl((-400, -150)), [(0, m.hair_lit, 1), (0.5, m.hair, 1), (1, m.hair_dark, 1)])


def locks(d: Doc, pl: Place, m: face.Model) -> None:
    """His tousled crop's locks fallen over the brow (broad flames of the hair's own colour, a warm light
    down one side: review10 #2, two thin tubes with a pale stroke read as hooks) and a few strays."""
    for k, (c, ang, w, ln, bend) in enumerate(FRINGE):
        lock = _flame(c, ang, w, ln, bend)
        d.path(smooth(pl.all(lock), tension=0.8), fill=_hair_paint(d, pl, m))
        d.path(smooth(pl.all(lock[1:5]), closed=False), stroke=LOCK_SHEEN[k % 3], width=1.6 * pl.scale, opacity=0.45)
    for k in range(7):
        x0 = -130 - 36 * k
        y0 = -470 - (24 if 1 <= k <= 4 else 0)
        d.path(smooth(pl.all([(x0, y0 + 20), (x0 - 10, y0 - 8), (x0 - 28 - 4 * (k % 3), y0 - 16 - 6 * (k % 2))]),
                      closed=False), stroke=m.hair_lit if k % 2 else m.hair, width=2.4, opacity=0.7)


# his crop's outline from the hairline over the crown to the nape (face.HAIR_FRONT_HIM's and
# face.hair_back's outer points, local frame): the tousled locks stand out along it
CROWN: list[P] = [(-70, -396), (-110, -440), (-178, -478), (-230, -490), (-286, -488), (-330, -476),
                  (-388, -420), (-414, -320), (-408, -200), (-390, -120)]
SKULL: P = (-240.0, -260.0)  # about the middle of his skull, for the locks' outward direction
LOCK_SHEEN = ("#7a5238", "#6e4a34", "#5e4636")  # the wides' lit strands in his hair (figures/him/head.svg)


def tousle_locks() -> list[list[P]]:
    """His disheveled crop's locks along CROWN, as the wides draw it (review10 #2: 'his hair here is a
    slicked black helmet, while in every wide it is tousled'): each lock a flame of hair with a broad
    base on the outline, swept back toward the nape, its blunt tip standing 14-30 local px out past it
    (no tubes or hooks: they read as insect legs, review9 #4); uneven in size and spacing (a seeded
    draw). Each is a closed outline, base to tip and back, local frame."""
    rng = random.Random(74)
    out: list[list[P]] = []
    n = 16
    for i in range(n):
        f = min(0.995, max(0.0, (i + 0.5 + rng.uniform(-0.3, 0.3)) / n))
        k = f * (len(CROWN) - 1)
        j = min(int(k), len(CROWN) - 2)
        (ax, ay), (bx, by) = CROWN[j], CROWN[j + 1]
        t = k - j
        ox, oy = ax + (bx - ax) * t, ay + (by - ay) * t
        ln = math.hypot(bx - ax, by - ay) or 1.0
        tx, ty = (bx - ax) / ln, (by - ay) / ln  # along the outline, toward the nape
        nx, ny = ox - SKULL[0], oy - SKULL[1]
        nn = math.hypot(nx, ny) or 1.0
        nx, ny = nx / nn, ny / nn  # out of the head
        # out of the head and swept back toward the nape: the lock's direction between the two
        sweep = math.degrees(math.atan2(ny * 0.55 + ty, nx * 0.55 + tx))
        out.append(_flame((ox - nx * 4, oy - ny * 4), sweep, rng.uniform(30, 44), rng.uniform(36, 58),
                          rng.uniform(-6, 6)))
    return out


# lit crests of locks over the crown and the side of the head: (root, direction (deg), width, length),
# each swept back from the brow toward the crown and the nape (the wides' head.svg: lit lock wedges)
SHEEN_LOCKS: list[tuple[P, float, float, float]] = [
    ((-120.0, -420.0), 200.0, 26.0, 90.0), ((-180.0, -446.0), 200.0, 24.0, 100.0),
    ((-170.0, -384.0), 212.0, 22.0, 80.0), ((-260.0, -440.0), 226.0, 22.0, 90.0),
    ((-310.0, -396.0), 244.0, 20.0, 80.0), ((-236.0, -364.0), 228.0, 20.0, 70.0),
]


def tousle(d: Doc, pl: Place, m: face.Model) -> None:
    """His hair as the wides draw it: the locks of tousle_locks() breaking the crop's outline in the
    hair's own colour (they grow out of the mass, no edge between), a warm light on the crest of some
    so they read against the dark room, and lit strands over the crown (the wides' warm brown, not grey)."""
    for k, lock in enumerate(tousle_locks()):
        d.path(smooth(pl.all(lock), tension=0.8), fill=_hair_paint(d, pl, m))
        if k % 2 == 0:
            d.path(smooth(pl.all(lock[1:5]), closed=False), stroke=LOCK_SHEEN[k % 3], width=1.6 * pl.scale,
                   opacity=0.4)
    for k, (c, ang, w, ln) in enumerate(SHEEN_LOCKS):  # the lit crests of locks inside the mass, as the wides'
        d.path(smooth(pl.all(_flame(c, ang, w, ln, 16.0)), tension=0.9), fill=LOCK_SHEEN[k % 3], opacity=0.28)
        d.path(smooth(pl.all(_flame((c[0] - 4, c[1] + w * 0.6), ang, w * 0.35, ln * 0.8, 12.0)), tension=0.9),
               fill=m.hair_dark, opacity=0.45)  # the parting beside it
    rng = random.Random(11)
    for k in range(9):  # lit strands over the crown, each following the locks' sweep back, broken
        x0, y0 = rng.uniform(-300, -110), rng.uniform(-450, -360)
        ln = rng.uniform(50, 90)
        pts = [(x0, y0), (x0 - ln * 0.5, y0 - 10 + ln * 0.15), (x0 - ln, y0 + ln * 0.45)]
        d.path(smooth(pl.all(pts), closed=False), stroke=LOCK_SHEEN[k % 3], width=rng.uniform(1.4, 2.6),
               opacity=round(rng.uniform(0.3, 0.5), 2))


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
        soft(d, c, 52 * pl.scale, 44 * pl.scale, "#2a1008", 0.35, rot=pl.rot)
    # the forearm, lit on the side toward the candle (her side, the left), its far side in shade
    mid = ((w[0] + ELBOW[0]) / 2 + 6, (w[1] + ELBOW[1]) / 2)
    arm = d.lin((mid[0] - 50, mid[1] - 20), (mid[0] + 50, mid[1] + 20),
                [(0, m.skin_lit, 1), (0.45, m.skin, 1), (1, m.skin_shade, 1)])
    d.path(smooth(limb([(w[0] + 4, w[1] - 10), (w[0] - 14, w[1] + 80), mid, ELBOW],
                       [66 * pl.scale, 78 * pl.scale, 96 * pl.scale, 110 * pl.scale]), tension=0.6),
           fill=arm, stroke=m.line, width=1.4)
    soft(d, (mid[0] + 22, mid[1]), 16, 120, m.skin_shade, 0.4, rot=-20)
    soft(d, (mid[0] - 22, mid[1] - 20), 10, 110, WARM, 0.35, rot=-20)
    palm_on_cheek(d, pl, m, thumb=False)
    # the candle's warm on the back of the hand's lower edge; her nails' faint gloss
    soft(d, pl((-60, -30)), 70 * pl.scale, 22 * pl.scale, WARM, 0.25, rot=pl.rot)
    return d.text()


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


def _contact(d: Doc, pl: Place) -> None:
    """The nearer face's edge where it lies over hers, from his nose's tip down to his upper lip: a thin
    shade cast just outside his profile, onto her skin behind it, so his edge reads in front (review7 #1:
    'the two faces melt into one below the noses'). It stops above the lips, which meet front to front."""
    prof = profile(face.HIM)[11:15]  # from just behind the tip: round the tip it doubled the contour
    run = [*prof, (-10.0, -27.0)]  # on toward the upper lip's front (0, -18)
    # soft, outside his edge (_outward > 0 is into the face: drawn there as a 10 px stroke it lay inside
    # his nose's underside as a grey-beige strap, review10 #2)
    _shade_along(d, pl, _outward(run, -4.0), "#3a140a", 0.2, half=12.0)


def _shade_along(d: Doc, pl: Place, run: list[P], colour: str, alpha: float, half: float = 6.0) -> None:
    """A soft shade `half` local px either side of the polyline `run` (soft ellipses, one per segment):
    no stroke's edge."""
    for a, b in itertools.pairwise(run):
        psoft(d, pl, ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2), math.dist(a, b) / 2 + 8, half, colour, alpha,
              rot=math.degrees(math.atan2(b[1] - a[1], b[0] - a[0])))


def _outward(pts: list[P], by: float) -> list[P]:
    """`pts` along a profile (local frame, facing right; drawn from the nose down) moved `by` to the left
    of the direction of travel in the local frame: `by` > 0 is into the face, < 0 out past its front."""
    out: list[P] = []
    for i, (x, y) in enumerate(pts):
        (ax, ay), (bx, by_) = pts[max(0, i - 1)], pts[min(len(pts) - 1, i + 1)]
        dx, dy = bx - ax, by_ - ay
        ln = math.hypot(dx, dy) or 1.0
        out.append((x - dy / ln * by, y + dx / ln * by))
    return out


SHADE_UNDER = 0.15  # how far her skin at his edge, in the gap under the noses, goes toward her own skin shade
CHEEK_IN = (40, 24)  # the gap's colour is her skin this far (canvas px, far to near) inside her profile
NOSE_SHADE_ROWS = 12  # the gap's top rows, under the noses, in their shade (between()) ...
NOSE_DEEP = 0.8  # ... this much of the skin's light at the top row, easing to 0.95
GAP_ROWS = 110  # canvas rows above the lips' line searched for the gap between the two upper lips


def between(her_svg: str, him_svg: str) -> str:
    """Where the noses pass: the gap between her upper lip and his under the noses, filled with her own
    skin running on behind his face (review5 #4: 'a dark blurred hole where the noses meet'), under
    both drawings. Each canvas row of the gap (measured on the two drawings as they rest, lips pressed)
    is her skin's own colour just inside her profile on that row, from under her face to under his:
    so her skin has no edge of its own there (review7 #1: a flat patch read as a rectangle, its outline
    as a pale line), his profile lies over it with its contact shade (_contact). Cut in only once their
    lips touch."""
    her, him = raster(her_svg), raster(him_svg)
    cx, cy = round(CONTACT[0]), round(CONTACT[1])
    rows: list[tuple[int, int, int, tuple[int, int, int]]] = []
    for y in range(cy - 14, cy - GAP_ROWS, -1):  # up from over the lips' line (their notch is the mouth's) to the noses
        run = _gap_run(her, him, cx, y)
        if run is None:
            if rows:
                break
            continue
        left, right = run
        rows.append((y, left, right, _skin(her, left, y) or (rows[-1][3] if rows else (0, 0, 0))))
    rows.sort()
    # the top rows meet her nose's underside, whose lit skin ran on as a pale line under his nose's tip:
    # there the skin is in the shade under the noses, the row below's a little deeper
    # (review8 #2: with the gap filled flat her nose's underside went with it, her nose dissolving into his
    # from the meeting on): the shade deepest right under her nose's tip, easing out down the rows
    top = NOSE_SHADE_ROWS
    if len(rows) > top:
        cr, cg, cb = rows[top][3]
        def shaded(i: int) -> tuple[int, int, int]:
            k = NOSE_DEEP + (0.95 - NOSE_DEEP) * i / top
            return round(cr * k), round(cg * k), round(cb * k)
        rows = [(y, le, ri, shaded(i)) for i, (y, le, ri, _) in enumerate(rows[:top])] + rows[top:]
    d = Doc(line_alpha=LINES)
    for i, (y, left, right, _) in enumerate(rows):
        near = [rgb for _, _, _, rgb in rows[max(0, i - 2): i + 3]]  # a running mean: no banding row to row
        rgb = tuple(round(sum(c[k] for c in near) / len(near)) for k in range(3))
        # her skin turning away from the light under his face, into the shade his face lays on it: toward
        # his edge a little toward her own warm shade (flat, the lit front of her lip ran on as a pale band
        # to his profile; scaled darker, the skin there went grey against her cheek)
        shade = HER.skin_shade
        deep = tuple(round(v + (int(shade[1 + 2 * k:3 + 2 * k], 16) - v) * SHADE_UNDER) for k, v in enumerate(rgb))
        lit, shade = _hex(rgb), _hex(deep)
        g = d.lin((left, y), (right, y), [(0, lit, 1), (1, shade, 1)])
        pts = [(left - 12, y - 1), (right + 16, y - 1), (right + 16, y + 2), (left - 12, y + 2)]
        d.path(smooth(pts, tension=0.0), fill=g)
    return d.text()


def _hex(rgb: tuple[int, ...]) -> str:
    return "#" + "".join(f"{v:02x}" for v in rgb)


def _skin(her: pygame.Surface, left: int, y: int) -> tuple[int, int, int] | None:
    """Her skin's mean colour on row `y` inside her profile (which ends at `left`): her cheek's own warm
    skin (CHEEK_IN), not the pale lit rim just inside the edge (carried across the gap, it made a paler,
    greyer plane than her cheek beside it); None where that is her lip (its red would run on across the
    gap as a band)."""
    far, near = CHEEK_IN
    cs = [c for c in (her.get_at((x, y)) for x in range(left - far, left - near)) if c.r - c.g < 70 and c.a > 200]
    if not cs:
        return None
    return (round(sum(c.r for c in cs) / len(cs)), round(sum(c.g for c in cs) / len(cs)),
            round(sum(c.b for c in cs) / len(cs)))


def raster(svg: str) -> pygame.Surface:
    return pygame.image.load_sized_svg(io.BytesIO(svg.encode("utf-8")), (1920, 1080))


def _gap_run(her: pygame.Surface, him: pygame.Surface, cx: int, y: int) -> tuple[int, int] | None:
    """The run of canvas row `y` near the lips' x `cx` that neither face covers, or None where the two
    drawings touch (above: the noses, passing; below: the lips)."""
    def clear(x: int) -> bool:
        return her.get_at((x, y)).a < 128 and him.get_at((x, y)).a < 128

    xs = [x for x in range(cx - 40, cx + 41) if clear(x)]
    if not xs:
        return None
    x0 = min(xs, key=lambda x: abs(x - cx))
    left, right = x0, x0
    while left > cx - 80 and clear(left - 1):
        left -= 1
    while right < cx + 80 and clear(right + 1):
        right += 1
    return left, right


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
        psoft(d, pl, (-120, -110), 90, 50, WARM, 0.16, rot=-18)   # the cheekbone
        psoft(d, pl, (-70, 20), 60, 60, WARM, 0.12)               # round the mouth
        psoft(d, pl, (-150, 60), 80, 50, WARM, 0.08)              # down the cheek to the jaw
    return d.text()


def write(out: Path) -> None:
    (out / "her.svg").write_text(her(), encoding="utf-8")
    (out / "him.svg").write_text(him(), encoding="utf-8")
    for gone in ("her_open.svg", "his_open.svg"):  # the eyes shut for the whole shot
        (out / gone).unlink(missing_ok=True)
    (out / "hand.svg").write_text(hand(), encoding="utf-8")
    (out / "thumb.svg").write_text(thumb(), encoding="utf-8")
    (out / "between.svg").write_text(between(her(), him()), encoding="utf-8")
    (out / "glow.svg").write_text(glow(), encoding="utf-8")
    (out / "light.svg").write_text(light(), encoding="utf-8")
    beats.write_variants(out, {"her.svg": ("her", her), "him.svg": ("him", him)})
