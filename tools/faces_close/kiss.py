"""kiss (story line 73): both faces in close profile, eyes closed, lips meeting; his hand at her jaw.

Her head tilts up and his down, so the noses pass each other (his over her cheek, hers
beside his) instead of meeting; the lips touch at one point, CONTACT. His hand lies on her
jaw with its back to the camera (nails on the backs of the fingertips only), coming out of
his cuff and grey sleeve from the lower right, so the hand is always attached to him.
"""

from __future__ import annotations

from pathlib import Path

from tools.faces_close import beats, face
from tools.faces_close.hand import hand_on_cheek
from tools.faces_close.svgkit import Doc, Place, psoft, smooth, soft

CONTACT = (952.0, 590.0)
SCALE = 1.18
# his head a little larger than hers (his profile model is 1.06x hers; drawn at this much of her scale),
# his lips' front a few px into hers, so they press (were 39 px over hers: overlapping, not meeting)
HIS_HEAD = 0.98
SHOULDER = (-60.0, -90.0)
# his hand cups her jaw: the wrist under her chin, the back of the hand along her jaw, the fingertips
# under her ear in her hair, the thumb along her cheek (was lower, on her neck)
HAND_AT = Place(858, 872, rot=54, scale=1.22)  # his suit shoulder and collar moved up and in from where they were
LINES = 0.4  # outlines faint, as in the gaze: the faces read by their modelling, not ink rings
# The heads tilt toward each other (hers a little forward, his turned down 30 degrees), so their brows touch and
# his nose lies along her cheek, in front of hers, and hers tucks behind his cheek: the noses pass instead of
# meeting tip to tip, and no dark wedge of the room shows between the noses and the upper lips (review2 I6);
# the lips meet front to front at one height (tests/art/test_faces_kiss.py).
HER_AT = Place(CONTACT[0] + 2, CONTACT[1], rot=2, scale=SCALE)
HIM_AT = Place(CONTACT[0] + 6, CONTACT[1] + 8, rot=-30, scale=SCALE * HIS_HEAD, mirror=True)


def her() -> str:
    d = Doc(line_alpha=LINES)
    pl = HER_AT
    m = face.HER
    face.hair_back(d, pl, m, fall=700)
    face.neck(d, pl, m, length=560)
    # green dress at the shoulder, short puffed sleeve
    g = d.lin((420, 900), (760, 1080), [(0, m.cloth_lit, 1), (1, m.cloth, 1)])
    d.path(smooth([(420, 1090), (470, 930), (560, 880), (700, 900), (800, 960), (840, 1090)], tension=0.7),
           fill=g, stroke="#24381f", width=2)
    d.path(smooth([(760, 1000), (800, 1040), (690, 960), (640, 930)], closed=False), stroke="#fff0d8", width=2,
           opacity=0.25)
    face.head(d, pl, m)
    _glow_on(d, pl, 1.6)  # her face is on the room's dim side: the glow between them carries it
    # where his hand lies along her jaw, its soft shadow on her skin (in the hand's own frame, offset)
    psoft(d, Place(HAND_AT.x + 10, HAND_AT.y + 14, HAND_AT.rot, HAND_AT.scale), (-90, 0), 130, 60, "#5a2a18", 0.4)
    face.ear(d, pl, m)
    face.lips(d, pl, m)
    face.eye_closed(d, pl, m, sorrow=beats.look("kiss", "her").sorrow)
    face.hair_front(d, pl, m)
    return d.text()


def _glow_on(d: Doc, pl: Place, k: float = 1.0) -> None:
    """The warm light between them on each face's near side: chin, lips, cheek, brow."""
    psoft(d, pl, (-70, 50), 40, 46, "#ffc27a", 0.35 * k)
    psoft(d, pl, (-80, -60), 60, 60, "#ffc27a", 0.25 * k)
    psoft(d, pl, (-104, -226), 34, 46, "#ffc27a", 0.15 * k)


def glow() -> str:
    """A warm glow around them, below the kiss."""
    d = Doc(line_alpha=LINES)
    soft(d, (CONTACT[0], CONTACT[1] + 160), 520, 380, "#ffb35c", 0.16)
    soft(d, (CONTACT[0], CONTACT[1] + 60), 200, 160, "#ffd08a", 0.12)
    # the light between their faces: the gap under the noses is warm, not a black wedge
    soft(d, (CONTACT[0] - 10, CONTACT[1] - 40), 110, 150, "#ffc27a", 0.45, rot=-15)
    # where the profiles part, between her brow and his, and in the notch over his lip: lit, not a hole
    soft(d, (CONTACT[0] - 72, CONTACT[1] - 230), 46, 90, "#ffc27a", 0.7, rot=-20)
    soft(d, (CONTACT[0] - 20, CONTACT[1] - 64), 34, 40, "#ffc27a", 0.7)
    return d.text()


def him() -> str:
    d = Doc(line_alpha=LINES)
    pl = HIM_AT
    m = face.HIM
    face.hair_back(d, pl, m)
    face.neck(d, pl, m, length=400)
    # grey suit shoulder, white collar at his throat: his shoulders close under his head as he leans in, so
    # the neck between jaw and collar is short (a long bare column read as a giraffe's neck)
    dx, dy = SHOULDER
    g = d.lin((1100 + dx, 900 + dy), (1700 + dx, 1080 + dy), [(0, m.cloth_lit, 1), (1, m.cloth, 1)])
    d.path(smooth([(1040 + dx, 1090 + dy), (1090 + dx, 960 + dy), (1200 + dx, 900 + dy), (1450 + dx, 890 + dy),
                   (1640 + dx, 960 + dy), (1720 + dx, 1090 + dy), (1720 + dx, 1200), (1040 + dx, 1200)], tension=0.7),
           fill=g, stroke="#1c1e24", width=2)
    d.path(smooth([(1080 + dx, 980 + dy), (1110 + dx, 900 + dy), (1180 + dx, 880 + dy), (1200 + dx, 940 + dy),
                   (1150 + dx, 1010 + dy)], tension=0.7), fill="#ece4d6", stroke="#8a8070", width=1.5)
    face.head(d, pl, m)
    _glow_on(d, pl)
    face.ear(d, pl, m)
    face.lips(d, pl, m)
    # under his nose, where his upper lip meets hers: shaded skin between the two faces, not a hole to the room
    psoft(d, pl, (-4, -44), 16, 22, m.skin_shade, 0.8)
    # where his lips press hers: their fronts soften into a shared shade and a warm glint, not two cut edges
    psoft(d, pl, (0, -2), 9, 22, "#5a2418", 0.4)
    psoft(d, pl, (-6, 9), 8, 5, "#ffd6b0", 0.3)
    face.eye_closed(d, pl, m, sorrow=beats.look("kiss", "him").sorrow)
    face.hair_front(d, pl, m)
    return d.text()


def hand() -> str:
    d = Doc(line_alpha=LINES)
    pl = HAND_AT
    hand_on_cheek(d, pl, face.HIM)
    # the light between them on the hand's near side, its far side in shade
    psoft(d, pl, (-60, -20), 70, 40, "#ffc27a", 0.22)
    psoft(d, pl, (-70, 40), 80, 30, face.HIM.skin_shade, 0.3)
    # his fingertips slip into her hair behind the jaw, under her ear: a few of her strands fall over them
    m = face.HER
    for k in range(6):
        top = pl((-236 + 4 * k, -44 + 16 * k))
        col = m.hair_lit if k % 2 == 0 else m.hair
        d.path(smooth([(top[0] - 6, top[1] - 40), (top[0], top[1]), (top[0] - 8, top[1] + 50), (top[0] - 26, top[1] + 110)],
                      closed=False), stroke=col, width=2 + (k % 3), opacity=0.8)
    return d.text()


def write(out: Path) -> None:
    (out / "her.svg").write_text(her(), encoding="utf-8")
    (out / "him.svg").write_text(him(), encoding="utf-8")
    (out / "hand.svg").write_text(hand(), encoding="utf-8")
    for gone in ("her_open.svg", "his_open.svg"):  # the eyes are shut for the whole shot: no lid ever shows half-way
        (out / gone).unlink(missing_ok=True)
    (out / "glow.svg").write_text(glow(), encoding="utf-8")
    beats.write_variants(out, {"her.svg": ("her", her), "him.svg": ("him", him)})
