"""A shut eye in profile for the kiss (line 73), drawn soft: the ball and socket in the face's part, the lid
and its many fine lashes a part of their own on her (her_lid.svg: it flickers), grown toward the wides'
larger eye (model.eye_size; review11 #4: the close-ups and the wides two styles). Moved out of kiss.py
(KISS stop 26); kiss.py re-exports EYE and lashes."""

from __future__ import annotations

import math
import random

from tools.faces_close import face, model
from tools.faces_close.svgkit import Doc, P, Place, limb, psoft, smooth

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


def eye_at(m: face.Model) -> tuple[P, float]:
    """The shut eye's centre and size in this model: grown toward the wides' larger eye (model.eye_size),
    set back by its growth at the front so the lashes stay clear of the bridge."""
    k = model.eye_size(m.she)
    return (EYE[0] - (k - 1) * face.EYE_FRONT, EYE[1]), k


def _grown(m: face.Model, pts: list[P]) -> list[P]:
    """Points given about EYE (as the model eye draws them) moved to eye_at's centre and size."""
    (cx, cy), k = eye_at(m)
    return [(cx + (x - EYE[0]) * k, cy + (y - EYE[1]) * k) for x, y in pts]


def eye_socket(d: Doc, pl: Place, m: face.Model) -> None:
    """The shut eye's ball and socket (in the face's own part): the socket's shade over the ball, the
    ball's round catching the light, the lid's crease above."""
    (x, y), k = eye_at(m)
    psoft(d, pl, (x - 2 * k, y - 6 * k), 22 * k, 12 * k, m.skin_shade, 0.35)
    psoft(d, pl, (x + 4 * k, y - 5 * k), 10 * k, 6 * k, m.skin_lit, 0.3)
    e = EYE
    d.path(smooth(pl.all(_grown(m, [(e[0] - 20, e[1] - 7), (e[0] - 2, e[1] - 14), (e[0] + 12, e[1] - 10)])),
                  closed=False), stroke=m.skin_shade, width=2.0 * k, opacity=0.5)


def lid(d: Doc, pl: Place, m: face.Model) -> None:
    """A shut lid in profile drawn soft (its own part on her, her_lid.svg: it flickers): the lid's edge a
    fine tapered line (thin at the back corner, fullest over the ball, thin again at the front), a soft
    shade of lash along under it, and many fine lashes falling forward and down from its front
    two-thirds, each tapered to a point."""
    e = EYE
    (cx, cy), k = eye_at(m)
    lid_ = [(x, y + (3 if -23 < x - e[0] < 16 else 0)) for x, y in
            [(e[0] - 23, e[1] + 1), (e[0] - 9, e[1] + 1), (e[0] + 3, e[1] + 1), (e[0] + 12, e[1] + 1),
             (e[0] + 16, e[1] + 1)]]
    psoft(d, pl, (cx + 2 * k, cy + 6 * k), 16 * k, 3.5 * k, m.line, 0.35, rot=4)  # the lashes' soft mass
    d.path(smooth(limb(pl.all(_grown(m, lid_)), [w * pl.scale * k for w in (0.6, 2.0, 2.4, 1.8, 0.8)]),
                  tension=0.8), fill=m.line, opacity=0.8)
    for t, ln, ang in lashes(m):
        x = lid_[0][0] + (lid_[-1][0] - lid_[0][0]) * t
        y = face._y_on(lid_, x)
        a = math.radians(ang)
        tip = (x + ln * math.sin(a), y + ln * math.cos(a))
        curl = (tip[0] - x, tip[1] - y)  # each lash curls a little forward at its tip
        mid = (x + curl[0] * 0.5 - curl[1] * 0.12, y + curl[1] * 0.5 + curl[0] * 0.12)
        d.path(smooth(limb(pl.all(_grown(m, [(x, y), mid, tip])), [0.9 * pl.scale * k, 0.55 * pl.scale * k, 0.12]),
                      tension=0.8), fill=m.line, opacity=0.45 + 0.35 * t)
