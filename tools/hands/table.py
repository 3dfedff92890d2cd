"""The table under the clasp of lines 63/64 and 71 (back.svg of both inserts): the wood, and the
corner of the notebook he pushed aside. Split out of tools.hands.clasp (which draws the hands)."""

from __future__ import annotations

from tools.hands.geometry import Doc, add, smooth_path

# The table under the clasp (back.svg of both inserts): the wood as it was drawn, and in the top
# left corner the leather notebook lying where he pushed it (review10 #19: it was a flat grey card,
# 85 % opaque, with no thickness): its cover, the stack of page edges along the two sides toward
# the hands, the top page with its faint rules, a soft contact shadow on the wood, and the light of
# the candle (upper right, the table's sheen) along its lit edges.
WOOD = ('<linearGradient id="wood" x1="0" y1="0" x2="0" y2="1080" gradientUnits="userSpaceOnUse"><stop offset="0" '
        'stop-color="#2a140a"/><stop offset="0.4" stop-color="#4a2412"/><stop offset="1" stop-color="#1a0c06"/></linearGradient>\n'
        '<radialGradient id="sheen" cx="1300" cy="300" r="900" gradientUnits="userSpaceOnUse"><stop offset="0" '
        'stop-color="#b06a30" stop-opacity="0.55"/><stop offset="1" stop-color="#b06a30" stop-opacity="0"/></radialGradient>')
GRAIN = ((90, 3), (180, 2), (300, 4), (420, 2), (560, 3), (700, 2), (840, 3), (980, 2))
COVER = [(-40.0, -20.0), (548.0, -20.0), (500.0, 250.0), (488.0, 264.0), (-40.0, 282.0)]  # its corner rounded
PAGE = [(-40.0, -20.0), (520.0, -20.0), (474.0, 230.0), (-40.0, 248.0)]
STACK = 12.0  # the page stack's edge, seen below and right of the top page (design px)


def table_back() -> str:
    """The wood and the notebook's corner, as one SVG."""
    d = Doc()
    body = ['<rect width="1920" height="1080" fill="url(#wood)"/>']
    body += [f'<path d="M0,{y} C600,{y + 14} 1200,{y - 12} 1920,{y + 6}" stroke="#1a0a04" stroke-width="{w}" fill="none" opacity="0.55"/>'
             for y, w in GRAIN]
    body.append('<rect width="1920" height="1080" fill="url(#sheen)"/>')
    for k, (dx, dy, op) in enumerate(((18, 26, 0.12), (12, 18, 0.16), (7, 11, 0.22))):  # the contact shadow
        pts = [add(p, (dx, dy)) for p in COVER]
        body.append(f'<path d="{smooth_path(pts, tension=0.15)}" fill="#0a0402" opacity="{op:.2f}" '
                    f'stroke="#0a0402" stroke-width="{14 - 4 * k}" stroke-opacity="{op:.2f}" stroke-linejoin="round"/>')
    body.append(f'<path d="{smooth_path(COVER, tension=0.15)}" fill="{d.lin((0, -20), (0, 282), [(0, "#3a1a10", 1), (1, "#5e2c18", 1)])}" '
                'stroke="#1c0c06" stroke-width="3"/>')
    lit = [(548.0, -20.0), (500.0, 250.0), (488.0, 264.0)]  # the cover's edge toward the candle
    body.append(f'<path d="{smooth_path(lit, closed=False, tension=0.3)}" stroke="#a0603a" stroke-width="3" fill="none" opacity="0.7"/>')
    # the page stack: the top page's outline pushed out toward the hands in thin leaves
    for k in range(6, 0, -1):
        off = STACK * k / 6
        pts = [(-40.0, -20.0), (520.0 + off, -20.0), (474.0 + off, 230.0 + off * 0.7), (-40.0, 248.0 + off)]
        tone = "#d9caa4" if k % 2 else "#a8966f"
        body.append(f'<path d="{smooth_path(pts, tension=0.1)}" fill="{tone}"/>')
    body.append(f'<path d="{smooth_path(PAGE, tension=0.1)}" fill="{d.lin((0, -20), (520, 240), [(0, "#e9ddc0", 1), (0.7, "#f1e7cf", 1), (1, "#d8c9a6", 1)])}"/>')
    # the page lies in the same light as the wood: darker away from the candle (left, bottom)
    body.append(f'<path d="{smooth_path(PAGE, tension=0.1)}" fill="{d.lin((520, 0), (-40, 250), [(0, "#000000", 0), (1, "#2a1408", 0.35)])}"/>')
    for y0, y1, x1 in ((60, 50, 420), (110, 100, 400), (160, 150, 380), (210, 201, 370)):
        body.append(f'<path d="M40,{y0} L{x1},{y1}" stroke="#7a6a4a" stroke-width="2" opacity="0.35"/>')
    body.append('<path d="M520,-20 L474,230" stroke="#fff4dc" stroke-width="2" opacity="0.55"/>')  # the lit page edge
    defs = "\n".join([WOOD, *d.defs])
    return ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1920 1080" width="1920" height="1080">\n'
            f"<defs>\n{defs}\n</defs>\n" + "\n".join(body) + "\n</svg>\n")


def glow() -> Doc:
    """The table candle's light on the clasp: a soft warm pool over the hands (moved by the toml,
    so the light drifts over the skin while they hold on)."""
    d = Doc()
    c, r = (1000.0, 400.0), 300.0
    d.add(f'<ellipse cx="{c[0]:.0f}" cy="{c[1]:.0f}" rx="{r:.0f}" ry="{r * 0.8:.0f}" '
          f'fill="{d.rad(c, r, [(0, "#ffd8a0", 0.16), (0.5, "#ffc080", 0.07), (1, "#ffc080", 0)])}"/>')
    return d
