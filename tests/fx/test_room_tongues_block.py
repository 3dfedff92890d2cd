"""The hearth's tongues worked out as one block a layer (game/fx/fire_close.py `_all_tongues`),
not a dozen numpy ops a tongue on its own band: the same heat to the bit (issue 13: the flame
field is most of a room frame's effects at 1080p, and its grid is so small that each op's own
cost was most of the work)."""

from __future__ import annotations

import math

import numpy as np
import pytest

from game.fx import RoomFx, fire_close
from game.fx.fire import Hearth, _cell
from game.room.model import Room


def one_at_a_time(h: Hearth, g: fire_close.Grid, ra: int, t: float, strength: float, n: int, stream: int,
                  tall: float, width: float) -> np.ndarray:
    """The tongues' nearest sides as they were drawn before: one tongue, one band at a time."""
    tt = t * (0.55 if h.calm else 1.0)
    rb = ra + len(g.vrow)
    turb = h._turb(h._tex2, t, 30.0 if not h.calm else 12.0, stream * 17)[ra:rb].astype(np.float32)
    ut = g.u + (fire_close.WARP * (turb - 0.5)) * g.vc
    ut *= np.float32(h.gw)
    heat = np.full(g.u.shape, fire_close.FAR, np.float32)
    gw = h.gw
    for k in range(n):
        hk, centre, height, wide, lean = h.tongue(stream, k, n, tt, tall, strength, width, 0.13, 0.74)
        c0 = max(0, math.floor((centre - wide - abs(lean) - 0.14) * gw))
        c1 = min(gw, math.ceil((centre + wide + abs(lean) + 0.14) * gw))
        r0 = max(ra, math.floor(h._fc * (1.0 - height) - 1)) - ra
        if c1 <= c0 or r0 >= rb - ra:
            continue
        vr = g.vrow[r0:]
        rel = np.clip(vr / height, 0, 1)
        half = gw * wide * (1.0 - rel) ** (0.85 + 0.5 * hk[2])
        mid = centre + lean * rel * rel + fire_close.WAVE * np.sin(11.0 * vr - tt * (6.0 + 3.0 * hk[5]) + 6.28 * hk[5]) \
            * np.clip(vr, 0, None)
        d = ut[r0:, c0:c1] - (gw * mid).astype(np.float32)[:, None]
        np.abs(d, out=d)
        ridge = np.maximum(1.0 - d, 0.0)
        ridge *= ridge
        ridge *= 0.5
        np.subtract(half.astype(np.float32)[:, None], d, out=d)
        d -= ridge
        sub = heat[r0:, c0:c1]
        np.maximum(sub, d, out=sub)
    return heat


@pytest.mark.parametrize("scale", [1.0 / 3, 1.0, 4.8])  # a small canvas's wide shot, 1080p's, the fire's close-up
def test_the_block_gives_the_tongues_of_one_at_a_time_to_the_bit(room: Room, scale: float,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    h = RoomFx(room, 11).hearth
    assert h is not None
    h._grid(_cell(scale))
    g = fire_close._grid(h)
    blocks: list[tuple[int, ...]] = []
    sides = fire_close._tongue_sides

    def counted(*args: object, **kw: object) -> np.ndarray:
        out = sides(*args, **kw)  # type: ignore[arg-type]
        blocks.append(out.shape)
        return out

    monkeypatch.setattr(fire_close, "_tongue_sides", counted)
    for i in range(24):
        t = 2.0 + i * 0.37
        for n, stream, tall, width in ((8, 500, 0.58, 0.09), (11, 600, 0.5, 0.055)):
            for ra in (0, 4):
                rows = fire_close._rows(g, ra, h.gh)
                calls = len(blocks)
                # the tongues' part of `tongues`: its nearest sides, before the sheet over the bed and the erosion
                want = one_at_a_time(h, rows, ra, t, 0.9, n, stream, tall, width)
                tt = t * (0.55 if h.calm else 1.0)
                turb = h._turb(h._tex2, t, 30.0, stream * 17)[ra:].astype(np.float32)
                ut = rows.u + (fire_close.WARP * (turb - 0.5)) * rows.vc
                ut *= np.float32(h.gw)
                got = fire_close._all_tongues(h, rows, ra, ut, tt, 0.9, n, stream, tall, width)
                assert got.dtype == want.dtype and np.array_equal(got, want), (scale, t, n, ra)
                assert len(blocks) == calls + 1 and blocks[-1][0] <= n  # one block for the layer's tongues
