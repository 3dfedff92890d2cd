"""The kiss (line 73) drawn at plausible sizes (review: "his head ~1.4x hers, a long neck, the lips
overlap rather than press").

His head is a little larger than hers, not a head and a half: his profile is drawn at about her
size and his short hair covers the back of his skull, so the bare face each shows is within 12%.
His shoulders come up under his leaning head, so the bare neck between his jaw and his collar is
short. Their lips meet front to front at the same height, pressed a few pixels into each other,
not his lying across hers."""

from __future__ import annotations

import math

from tools.faces_close import face, kiss
from tools.faces_close.svgkit import Place

P = tuple[float, float]


def _inside(pt: P, poly: list[P]) -> bool:
    x, y = pt
    c = False
    for i in range(len(poly)):
        (x1, y1), (x2, y2) = poly[i], poly[(i + 1) % len(poly)]
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            c = not c
    return c


def _bare_face(m: face.Model, pl: Place) -> float:
    """Canvas px² of the head's skin not under its front hair (the profile, sampled every 4 local px)."""
    prof, hair = face._face(m), face.HAIR_FRONT_HER if m.she else face.HAIR_FRONT_HIM
    n = sum(1 for y in range(-520, 160, 4) for x in range(-440, 40, 4)
            if _inside((x, y), prof) and not _inside((x, y), hair))
    return n * 16 * pl.scale ** 2


def _length(m: face.Model, pl: Place) -> float:
    pts = pl.all(face._face(m))
    return max(math.dist(a, b) for a in pts for b in pts)


def test_his_head_is_about_a_tenth_larger_than_hers() -> None:
    size = _length(face.HIM, kiss.HIM_AT) / _length(face.HER, kiss.HER_AT)
    assert 1.0 <= size <= 1.15, f"his head is {size:.2f}x hers"
    bare = math.sqrt(_bare_face(face.HIM, kiss.HIM_AT) / _bare_face(face.HER, kiss.HER_AT))
    assert 1.0 <= bare <= 1.12, f"his bare head reads {bare:.2f}x hers (a bald skull under a cap of hair?)"


def test_his_neck_is_short_between_jaw_and_collar() -> None:
    pl = kiss.HIM_AT
    chin = max(pl.all(face._face(face.HIM)), key=lambda p: p[1])
    crown = min(pl.all(face.HAIR_FRONT_HIM), key=lambda p: p[1])
    collar = 880 + kiss.SHOULDER[1]  # the top of his collar (kiss.him)
    assert collar - chin[1] < 0.15 * (chin[1] - crown[1]), \
        f"{collar - chin[1]:.0f} px of bare neck under a head {chin[1] - crown[1]:.0f} px tall"


def test_their_lips_meet_and_press_not_overlap() -> None:
    her = kiss.HER_AT.all(face.LIP_UP + face.LIP_LO)
    his = kiss.HIM_AT.all(face.LIP_UP + face.LIP_LO)
    press = max(p[0] for p in her) - min(p[0] for p in his)
    assert 2.0 <= press <= 10.0, f"the lips {'overlap' if press > 10 else 'do not touch'} by {press:.0f} px"
    line_her = kiss.HER_AT((-14.0, 0.0))[1]  # the line between the lips, at their fronts
    line_his = kiss.HIM_AT((-14.0, 0.0))[1]
    assert abs(line_her - line_his) <= 6.0, f"the mouths are {line_her - line_his:.0f} px apart in height"
