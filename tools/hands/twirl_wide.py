"""The lock wound round her forefinger in the wides at 16/17: assets/art/figures/her/curl.svg and
curl_w1..3.svg, one drawing per frame of the twirl (game/art/curl.py's helix).

`python -m tools.hands.twirl_wide` rewrites them. Drawn over the hand (hand_curl.svg), so the
coil's far halves are cut where the finger hides them: they show only past the finger's edges,
where the coil turns round it, and between the near halves the finger's skin shows. Each turn is
a ribbon of the hair's chestnut with fine hairs along it (dark and lit lines), its underside in
shade, a sheen where the near half faces the light, and a soft shadow on the finger under it;
the free end tapers to splayed tips (two filled crescents read as brown hooks, review13 D6)."""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path

from game.art import curl

OUT = Path(__file__).resolve().parents[2] / "assets" / "art" / "figures" / "her"
P = tuple[float, float]
BODY, SHADE, FAR, LIT, SHEEN = "#6c3921", "#3e1f0e", "#4a2715", "#a0613a", "#dca46a"  # her hair's (game/art/figures.HAIR body 108,57,33)
HAIRS = (("#1e0e06", -0.2), ("#d4965c", -0.02), ("#1e0e06", 0.16), ("#d4965c", 0.36))  # (colour, offset across the width)
WIDTH = 3.3  # curl.svg units: a lock a few hairs thick (the lock from the temple is 2.4 wide at the finger)
STEP = math.pi / 24  # the helix sampled every 7.5 degrees


def _f(p: P) -> str:
    return f"{p[0]:.2f} {p[1]:.2f}"


def _poly(pts: list[P]) -> str:
    return "M " + " L ".join(_f(p) for p in pts) + " Z"


def _line(pts: list[P]) -> str:
    return "M " + " L ".join(_f(p) for p in pts)


def _clip(pts: list[P], inside: Callable[[P], bool], cross: Callable[[P, P], P]) -> list[P]:
    """A polygon cut by a half-plane (Sutherland-Hodgman): `inside` tests a point, `cross` finds
    where an edge meets the boundary."""
    out: list[P] = []
    for i, b in enumerate(pts):
        a = pts[i - 1]
        if inside(b):
            if not inside(a):
                out.append(cross(a, b))
            out.append(b)
        elif inside(a):
            out.append(cross(a, b))
    return out


def _at_x(x: float) -> Callable[[P, P], P]:
    def cross(a: P, b: P) -> P:
        u = (x - a[0]) / ((b[0] - a[0]) or 1e-9)
        return (x, a[1] + (b[1] - a[1]) * u)
    return cross


def _beside(pts: list[P]) -> list[list[P]]:
    """The parts of a polygon past the finger's two edges (what the finger does not hide)."""
    lo, hi = curl.AXIS_X - curl.FINGER_HALF, curl.AXIS_X + curl.FINGER_HALF
    left = _clip(pts, lambda p: p[0] <= lo, _at_x(lo))
    right = _clip(pts, lambda p: p[0] >= hi, _at_x(hi))
    return [p for p in (left, right) if len(p) >= 3]


def _over(pts: list[P]) -> list[P]:
    """The part of a polygon over the finger."""
    lo, hi = curl.AXIS_X - curl.FINGER_HALF, curl.AXIS_X + curl.FINGER_HALF
    return _clip(_clip(pts, lambda p: p[0] >= lo, _at_x(lo)), lambda p: p[0] <= hi, _at_x(hi))


def _runs(k: int) -> list[tuple[bool, list[float]]]:
    """The helix split into its near (over the finger) and far (behind it) stretches: (near, angles)."""
    n = round(curl.TURNS * 2 * math.pi / STEP)
    thetas = [i * STEP for i in range(n + 1)]
    runs: list[tuple[bool, list[float]]] = []
    for th in thetas:
        front = curl.in_front(th, k)
        if runs and runs[-1][0] == front:
            runs[-1][1].append(th)
        else:
            if runs:
                runs[-1][1].append(th)  # the stretches share their meeting point: no gap in the ribbon
            runs.append((front, [th]))
    return runs


def _offset(k: int, thetas: list[float], o: float, w: float = WIDTH) -> list[P]:
    """A line along the coil `o` (-0.5..0.5) of its width across it."""
    out = []
    for th in thetas:
        (ax, ay), (bx, by) = curl.helix(th - 0.02, k), curl.helix(th + 0.02, k)
        n = math.hypot(bx - ax, by - ay) or 1.0
        x, y = curl.helix(th, k)
        out.append((x - (by - ay) / n * o * w, y + (bx - ax) / n * o * w))
    return out


def _ribbon(k: int, thetas: list[float]) -> list[P]:
    return _offset(k, thetas, 0.5) + _offset(k, thetas, -0.5)[::-1]


def _near(k: int, thetas: list[float]) -> list[str]:
    """A stretch over the finger: its soft shadow on the finger, the ribbon, its shaded underside,
    its lit edge, the hairs along it, the sheen where it faces the light."""
    rib = _ribbon(k, thetas)
    shadow = _over([(x + 0.4, y - 1.3) for x, y in rib])
    out = [f'<path d="{_poly(shadow)}" fill="#5a2e1c" opacity="0.35"/>'] if len(shadow) >= 3 else []
    out.append(f'<path d="{_poly(rib)}" fill="{BODY}"/>')
    under = _offset(k, thetas, -0.5) + _offset(k, thetas, -0.1)[::-1]
    out.append(f'<path d="{_poly(under)}" fill="{SHADE}" opacity="0.45"/>')
    edge = _offset(k, thetas, 0.5) + _offset(k, thetas, 0.2)[::-1]  # its lit edge in the hair's own lit tone (head.svg)
    out.append(f'<path d="{_poly(edge)}" fill="{LIT}" opacity="0.7"/>')
    for colour, o in HAIRS:
        out.append(f'<path d="{_line(_offset(k, thetas, o))}" stroke="{colour}" stroke-width="0.4" fill="none" '
                   f'stroke-linecap="round" opacity="0.5"/>')
    lit = [th for th in thetas if -0.9 < math.sin(curl.start_angle(k) + th) < 0.35]  # facing the window's light
    if len(lit) >= 2:
        band = _offset(k, lit, 0.4) + _offset(k, lit, -0.1)[::-1]
        out.append(f'<path d="{_poly(band)}" fill="{SHEEN}" opacity="0.6"/>')
    return out


def _far(k: int, thetas: list[float]) -> list[str]:
    """A stretch behind the finger: only its turns past the finger's edges, darker (the far side)."""
    out = [f'<path d="{_poly(part)}" fill="{FAR}"/>' for part in _beside(_ribbon(k, thetas))]
    lo, hi = curl.AXIS_X - curl.FINGER_HALF, curl.AXIS_X + curl.FINGER_HALF
    for colour, o in HAIRS[1::2]:
        line = _offset(k, thetas, o)
        for side in ([p for p in line if p[0] <= lo - 0.2], [p for p in line if p[0] >= hi + 0.2]):
            if len(side) >= 2:
                out.append(f'<path d="{_line(side)}" stroke="{colour}" stroke-width="0.35" fill="none" opacity="0.4"/>')
    return out


def _tail(k: int) -> list[str]:
    """The free end: out of the last turn at the finger's edge, falling away beside the finger,
    tapering to splayed tips that swing as she twirls."""
    s = curl.SWAY[k]
    e = curl.helix(curl.TURNS * 2 * math.pi, k)
    mid = [e, (e[0] + 1.6, e[1] - 2.4), (e[0] + 2.6 + 0.6 * s, e[1] - 5.0), (e[0] + 3.0 + 1.4 * s, e[1] - 7.6),
           (e[0] + 2.8 + 2.4 * s, e[1] - 9.6)]
    n = len(mid)

    def side(o: float, splay: float) -> list[P]:
        out = []
        for i, (x, y) in enumerate(mid):
            a, b = mid[max(0, i - 1)], mid[min(n - 1, i + 1)]
            d = math.hypot(b[0] - a[0], b[1] - a[1]) or 1.0
            w = WIDTH * (1 - 0.75 * i / (n - 1)) + splay * (i / (n - 1)) ** 2
            out.append((x - (b[1] - a[1]) / d * o * w, y + (b[0] - a[0]) / d * o * w))
        return out

    out = [f'<path d="{_poly(side(0.5, 0) + side(-0.5, 0)[::-1])}" fill="{BODY}"/>',
           f'<path d="{_poly(side(-0.5, 0) + side(-0.05, 0)[::-1])}" fill="{SHADE}" opacity="0.4"/>']
    for j, (colour, o) in enumerate(HAIRS):
        out.append(f'<path d="{_line(side(o, 2.2 + 0.6 * j))}" stroke="{colour}" stroke-width="0.35" fill="none" '
                   f'stroke-linecap="round" opacity="0.5"/>')
    return out


def drawing(k: int) -> str:
    """Frame `k`'s curl.svg text: the far stretches first, then the free end, then the near ones."""
    runs = _runs(k)
    body = [s for front, th in runs if not front for s in _far(k, th)]
    body += _tail(k)
    body += [s for front, th in runs if front for s in _near(k, th)]
    doc = ('<!-- A lock of her chestnut hair wound two and a half times round her forefinger (the finger runs up the middle,\n'
           f'     x {curl.AXIS_X - curl.FINGER_HALF:.1f}-{curl.AXIS_X + curl.FINGER_HALF:.1f}, its tip at the bottom), '
           f'frame {k} of the twirl: written by tools/hands/twirl_wide.py\n'
           '     from game/art/curl.py (do not edit by hand). The near halves of the turns cross over the finger,\n'
           '     the far halves show only past its edges; fine hairs, a sheen, a shadow on the finger. Pivot (20,20). -->')
    return ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40" width="40" height="40">\n '
            + doc + "\n " + "\n ".join(body) + "\n</svg>\n")


def name(k: int) -> str:
    return "curl.svg" if k == 0 else f"curl_w{k}.svg"


def main() -> None:
    for k in range(curl.FRAMES):
        (OUT / name(k)).write_text(drawing(k), encoding="utf-8")


if __name__ == "__main__":
    main()
