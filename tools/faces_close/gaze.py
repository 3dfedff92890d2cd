"""gaze (story lines 23-25): he leans forward, elbows on his knees, and their eyes meet.

Both heads are the film's models (tools/faces_close/face.py) in profile across the frame,
irises turned fully towards each other, brows lifted at the inner end and mouths a little
down at the corners: longing and regret, no smile. His body is one seated, leaning figure:
the thigh in grey trousers running from the hip to a rounded knee, the shin dropping from it,
the elbow planted on the knee, the forearm reaching forward to two loosely clasped hands
(the near hand's fingers folded over the far hand's, its thumb along the top).
"""

from __future__ import annotations

from pathlib import Path

from tools.faces_close import face
from tools.faces_close.hand import _finger
from tools.faces_close.svgkit import Doc, Place, smooth

SCALE = 0.74
HER_AT = Place(660, 450, rot=-2, scale=SCALE)
HIM_AT = Place(1130, 430, rot=6, scale=SCALE, mirror=True)
ID = Place(0, 0)


def her() -> str:
    d = Doc()
    pl = HER_AT
    m = face.HER
    face.hair_back(d, pl, m, fall=720)
    face.neck(d, pl, m, length=290)
    # green dress: shoulders, a short puffed sleeve, the bare upper arm below it
    g = d.lin((400, 640), (700, 1080), [(0, m.cloth_lit, 1), (1, m.cloth, 1)])
    d.path(smooth([(300, 1090), (330, 740), (420, 660), (540, 640), (640, 670), (700, 760), (720, 1090)],
                  tension=0.7), fill=g, stroke="#24381f", width=2)
    d.path(smooth([(462, 760), (470, 1090), (566, 1090), (572, 770)], tension=0.5),
           fill=d.lin((460, 0), (570, 0), [(0, m.skin_shade, 1), (1, m.skin, 1)]), stroke=m.line, width=1.8)
    d.path(smooth([(436, 660), (520, 642), (584, 690), (584, 770), (520, 800), (448, 792), (420, 730)], tension=0.8),
           fill=d.lin((440, 660), (560, 820), [(0, m.cloth_lit, 1), (1, m.cloth, 1)]), stroke="#24381f", width=2)
    for a, b in (((474, 668), (476, 786)), ((526, 656), (534, 792))):
        d.path(smooth([a, ((a[0] + b[0]) / 2 - 8, (a[1] + b[1]) / 2), b], closed=False), stroke="#24381f",
               width=1.5, opacity=0.6)
    # neckline
    d.path(smooth([(590, 670), (630, 700), (660, 680)], closed=False), stroke="#24381f", width=2)
    face.head(d, pl, m)
    face.ear(d, pl, m)
    face.lips(d, pl, m, droop=0.5)
    face.eye_open(d, pl, m, look=1.0, sorrow=1.0)
    face.hair_front(d, pl, m)
    return d.text()


def his_head() -> str:
    d = Doc()
    pl = HIM_AT
    m = face.HIM
    face.hair_back(d, pl, m)
    face.neck(d, pl, m, length=260)
    # white collar and the knot of a dark tie at his throat
    d.path(smooth([(1170, 600), (1230, 660), (1300, 650), (1330, 600), (1250, 630)], tension=0.6), fill="#ece4d6",
           stroke="#8a8070", width=1.5)
    face.head(d, pl, m)
    face.ear(d, pl, m)
    face.lips(d, pl, m, droop=0.7)
    face.eye_open(d, pl, m, look=1.0, sorrow=1.2)
    face.hair_front(d, pl, m)
    return d.text()


def his_body() -> str:
    d = Doc()
    m = face.HIM
    suit = d.lin((1300, 600), (1800, 1000), [(0, m.cloth_lit, 1), (1, m.cloth, 1)])
    trousers = d.lin((1300, 740), (1300, 900), [(0, "#55525a", 1), (1, "#26242a", 1)])
    edge = "#1c1e24"
    # torso leaning forward: shoulders over the knees, back curving down to the hip
    d.path(smooth([(1180, 610), (1300, 572), (1430, 578), (1570, 622), (1710, 700), (1810, 800), (1870, 880),
                   (1760, 850), (1560, 790), (1400, 742), (1300, 700), (1200, 660)], tension=0.7), fill=suit, stroke=edge,
           width=2)
    d.path(smooth([(1860, 874), (1760, 846), (1560, 786), (1400, 738)], closed=False), stroke="#9aa0aa", width=2.5,
           opacity=0.5)
    d.path(smooth([(1480, 600), (1620, 680), (1740, 790)], closed=False), stroke=edge, width=1.6, opacity=0.45)
    d.path(smooth([(1250, 612), (1300, 650), (1340, 700)], closed=False), stroke=edge, width=2, opacity=0.7)
    # far leg: shin just visible behind the near one
    d.path(smooth([(1170, 800), (1180, 1090), (1250, 1090), (1250, 820)], tension=0.4), fill="#2e3036", stroke=edge,
           width=2)
    # near thigh from the hip to a rounded knee, then the shin dropping to the floor
    d.path(smooth([(1860, 860), (1600, 772), (1350, 746), (1262, 748), (1216, 788), (1222, 836), (1240, 1090),
                   (1345, 1090), (1332, 890), (1385, 858), (1600, 886), (1860, 950)], tension=0.6),
           fill=trousers, stroke=edge, width=2)
    d.path(smooth([(1840, 856), (1600, 770), (1350, 745), (1262, 748), (1226, 780)], closed=False), stroke="#b0a8a0",
           width=3, opacity=0.6)
    d.path(smooth([(1248, 762), (1224, 795), (1232, 826)], closed=False), stroke="#c0b8b0", width=4, opacity=0.7)
    d.path(smooth([(1318, 900), (1345, 872), (1372, 884)], closed=False), stroke=edge, width=1.6, opacity=0.6)
    d.path(smooth([(1560, 800), (1440, 800), (1350, 820)], closed=False), stroke=edge, width=1.4, opacity=0.45)
    arm = d.lin((1300, 600), (1380, 750), [(0, m.cloth_lit, 1), (1, m.cloth, 1)])
    # forearm: from the elbow on the knee forward to the wrist
    d.path(smooth([(1330, 702), (1220, 690), (1140, 688), (1136, 742), (1220, 750), (1300, 756), (1342, 742)],
                  tension=0.6), fill=arm, stroke=edge, width=2)
    # upper arm from the shoulder down to the elbow planted on the knee: tapering, a point at the elbow
    d.path(smooth([(1300, 586), (1420, 588), (1406, 660), (1352, 738), (1300, 758), (1270, 742), (1282, 668)],
                  tension=0.6), fill=arm, stroke=edge, width=2)
    d.path(smooth([(1300, 700), (1278, 722), (1300, 740)], closed=False), stroke=edge, width=1.6, opacity=0.6)
    d.path(smooth([(1330, 700), (1220, 690), (1150, 688)], closed=False), stroke="#c8ccd4", width=3, opacity=0.5)
    # white cuff
    d.path(smooth([(1140, 686), (1172, 686), (1174, 746), (1140, 744)], tension=0.3), fill="#ece4d6",
           stroke="#8a8070", width=1.5)
    hands(d, m)
    return d.text()


def hands(d: Doc, m: face.Model) -> None:
    """Loosely clasped, fingers interlaced: the near hand's back to the camera, its fingers running
    forward; the far hand's fingers come round from the far side between them, tips back towards
    the wrist (their nails seen); the near thumb lies along the top."""
    back = [(1145, 688), (1100, 684), (1048, 692), (1030, 712), (1030, 752), (1048, 770), (1100, 762), (1145, 748)]
    d.path(smooth(back, tension=0.8), fill=d.lin((1080, 684), (1080, 770), [(0, m.skin_lit, 1), (0.6, m.skin, 1),
                                                                          (1, m.skin_shade, 1)]),
           stroke=m.line, width=2)
    for yy in (704, 724, 744):
        d.path(smooth([(1130, yy - 4), (1090, yy - 2), (1052, yy)], closed=False), stroke=m.skin_shade, width=1.8,
               opacity=0.35)
    # near fingers, index on top, running forward and a little down
    for i, y in enumerate((700, 719, 738, 756)):
        _finger(d, ID, m, (1042, y), 182 - 3 * i, 74 - 8 * abs(i - 1.2), 20, 14, nail=False)
    # far fingers coming round between them, tips back towards his wrist
    for i, y in enumerate((711, 729, 747)):
        _finger(d, ID, m, (978, y + 2), -4 + 2 * i, 82 - 6 * i, 18, 4, nail=True)
    # near thumb along the top
    _finger(d, ID, m, (1120, 700), 188, 70, 24, 5, nail=True)


def write(out: Path) -> None:
    (out / "her.svg").write_text(her(), encoding="utf-8")
    (out / "his_head.svg").write_text(his_head(), encoding="utf-8")
    (out / "his_body.svg").write_text(his_body(), encoding="utf-8")
