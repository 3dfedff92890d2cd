"""The kiss (line 73), review10 #2: 'from 3 to 8 s nothing happens but a drift of a few px (no breath, no
lean-in, no hand moving on his cheek)': the two heads turned together, so no part moved against another.
Now on each breath she leans up into him and he down into her (opposite turns about the lips), and her
thumb, its own opaque part, strokes along his cheekbone. Measured on the drawn parts as the shot lays
them; each test fails on the art before (commit c04414c: the room between the brows varied by 4 px)."""

from __future__ import annotations

import math
from pathlib import Path

import pygame
import pytest

from game.art.insert_motion import Transform
from game.art.inserts import Inserts, _blit_part, load_spec
from game.art.svg import SvgCache
from tools.faces_close import kiss

INSERTS = Path(__file__).resolve().parents[2] / "assets" / "art" / "inserts"
SIZE = (960, 540)
K = SIZE[0] / 1920
TIMES = [3.0 + 0.5 * i for i in range(11)]  # 3 to 8 s


def _room_between_brows(ins: Inserts, root: Path, u: float) -> int:
    """Design px between her front and his on the row of her brow, as the shot lays the two at `u` s."""
    masks = {}
    for part, tf in zip(load_spec(root, "kiss").parts, ins.transforms("kiss", u), strict=True):
        if part.svg.name in ("her.svg", "him.svg"):
            s = pygame.Surface(SIZE, pygame.SRCALPHA)
            _blit_part(s, ins._raster(part.svg, SIZE), part.pivot, tf, K, {})
            masks[part.svg.name] = pygame.mask.from_surface(s, 160)
    her, him = masks["her.svg"], masks["him.svg"]
    y = round(kiss.HER_AT((-52.0, -240.0))[1] * K)
    mid = round(kiss.CONTACT[0] * K)
    front = max(x for x in range(mid - 200, mid + 60) if her.get_at((x, y)))
    back = min(x for x in range(front + 1, mid + 200) if him.get_at((x, y)))
    return round((back - front) / K)


def test_they_lean_into_each_other_between_3_and_8_s(tmp_path: Path) -> None:
    """Between 3 and 8 s the room between their brows closes and opens by >= 8 design px (a lean on the
    breath, one face against the other; the old art: 4, one drift of the whole picture; now 20)."""
    pygame.init()
    ins = Inserts(INSERTS, SvgCache(tmp_path), seed=7)
    rooms = [_room_between_brows(ins, INSERTS, u) for u in TIMES]
    assert max(rooms) - min(rooms) >= 8, f"the room between their brows 3-8 s: {rooms}"


Moved = dict[str, tuple[tuple[float, float], Transform]]


def _parts(u: float) -> Moved:
    ins = Inserts(INSERTS, None, seed=7)  # type: ignore[arg-type]  # transforms draw nothing
    spec = load_spec(INSERTS, "kiss")
    return {p.svg.name: (p.pivot, tf) for p, tf in zip(spec.parts, ins.transforms("kiss", u), strict=True)}


def _moved(p: tuple[float, float], pivot: tuple[float, float], tf: Transform) -> tuple[float, float]:
    """Where a point of a part lands under `tf` (as game/art/inserts._blit_part turns it)."""
    a = math.radians(tf.rot)
    vx, vy = p[0] - pivot[0], p[1] - pivot[1]
    return (pivot[0] + (vx * math.cos(a) + vy * math.sin(a)) * tf.scale + tf.dx,
            pivot[1] + (-vx * math.sin(a) + vy * math.cos(a)) * tf.scale + tf.dy)


def test_her_thumb_strokes_his_cheek_and_stays_on_her_hand() -> None:
    """Her thumb's tip moves >= 8 design px against his face between 3 and 8 s (old art: no thumb part,
    the hand moved as one), while its root stays on the back of her hand (within 1.5 px, 0 to 10 s) and
    the thumb never fades (an opaque part, no cross-fade)."""
    root = kiss.thumb_root()
    tip = kiss.hand_place()((-120.0, -60.0))  # toward the thumb's tip along its length
    rel = []
    for i in range(101):
        u = i / 10
        at = _parts(u)
        assert math.dist(_moved(root, *at["thumb.svg"]), _moved(root, *at["hand.svg"])) <= 1.5, \
            f"at {u} s her thumb's root leaves her hand"
        assert at["thumb.svg"][1].alpha == 1.0, f"at {u} s her thumb fades"
        if 3.0 <= u <= 8.0:
            a, b = _moved(tip, *at["thumb.svg"]), _moved(tip, *at["him.svg"])
            rel.append((a[0] - b[0], a[1] - b[1]))
    spread = max(math.dist(p, q) for p in rel for q in rel)
    assert spread >= 8.0, f"her thumb moves {spread:.1f} px on his cheek from 3 to 8 s"


@pytest.mark.parametrize("u", [3.0, 5.0, 7.0])
def test_the_lips_stay_joined_as_they_lean(u: float) -> None:
    at = _parts(u)
    her, him = (_moved(kiss.CONTACT, *at[n]) for n in ("her.svg", "him.svg"))
    assert math.dist(her, him) <= 4.0, f"at {u} s the lips part by {math.dist(her, him):.1f} px"
