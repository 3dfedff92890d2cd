"""Line 73 (review8 #2: 'her nose is there at 1 s and a see-through ghost behind his cheek from 3 s'):
the noses pass one over the other (KISS4): his tip in front of her face above hers, her tip tucked under
his nose, clear of his profile. (Was: the tips side by side within 12 px, which put them at one point,
her tip drawn inside his cheek; see also test_faces_kiss_profile.)"""

from __future__ import annotations

import itertools

from tools.faces_close import face, kiss


def _x_on(poly: list[tuple[float, float]], y: float) -> float:
    """The least x at which the polyline `poly` crosses height `y` (his front, facing left)."""
    xs = [x0 + (x1 - x0) * (y - y0) / (y1 - y0) for (x0, y0), (x1, y1) in itertools.pairwise(poly)
          if y1 != y0 and min(y0, y1) <= y <= max(y0, y1)]
    return min(xs)


def test_her_nose_tip_clear_of_his_profile() -> None:
    """Her nose's tip lies >= 12 px out in front of his profile on its row (in the hollow between his nose
    and his lip), and his tip lies >= 8 px above hers (old: hers 11 px inside his profile)."""
    hers = kiss.HER_AT(kiss.profile(face.HER)[9])
    his = kiss.HIM_AT.all(kiss.profile(face.HIM)[8:17])
    edge = _x_on(his, hers[1])
    assert edge - hers[0] >= 12, f"her nose's tip is {hers[0] - edge:.0f} px inside his profile"
    tip = min(his, key=lambda p: p[0])
    assert hers[1] - tip[1] >= 8, f"his nose's tip is {hers[1] - tip[1]:.0f} px above hers"
