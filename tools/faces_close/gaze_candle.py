"""The gaze's candle and flame (story lines 24-25, and 60-61 hours later: eyes_met): a short ivory candle
in a brass chamberstick on the table between the two faces, drawn through the shot's view with its flame
as its own part so it can flicker. Split out of gaze.py, which draws the heads."""

from __future__ import annotations

from tools.faces_close.svgkit import Doc, P, View, smooth, soft

# the candle is short, in a brass chamberstick standing on the table: its foot sits well above the
# caption band (review2 I9: a bare metre-tall taper had run off the frame's bottom)
WAX_H = 44  # the wax from its lit top down to the drip pan (a stub, burnt low)
FOOT_BELOW = WAX_H + 80  # the holder's foot on the table, below the flame (seen through the view: above the captions)


def candle(view: View, flame_at: P, lines: float, burnt: float = 0.0) -> str:
    """The candle on the table between them: a short ivory candle lit on its top and the side facing us,
    in a brass holder (drip pan, a short turned stem, a round foot) whose rims catch the flame, standing
    on the table, where the flame lays a warm pool and the holder a soft shadow. `burnt` (px of wax
    gone, hours later at 60, eyes_met) lowers its top toward the pan, which stays where it is (the same
    holder as at 24: review13 D2, the pan and stem had sunk with the top, the wax as tall as at 24), and
    runs wax down its side into the pan."""
    d = Doc(line_alpha=lines, view=view)
    x, top = flame_at[0], flame_at[1] + 40 + burnt
    foot = flame_at[1] + FOOT_BELOW
    pan = flame_at[1] + 40 + WAX_H
    k = (pan - top) / WAX_H  # the wax left: its lit streak shortens with it
    # the table under it: the flame's warm pool on the wood, and the holder's contact shadow
    soft(d, (x, foot + 4), 190, 26, "#ffb870", 0.22)
    soft(d, (x + 8, foot + 6), 80, 10, "#120804", 0.55)
    brass = d.lin((x - 60, 0), (x + 60, 0), [(0, "#4a3010", 1), (0.35, "#e8c070", 1), (0.5, "#fff0b8", 1),
                                              (0.7, "#b08430", 1), (1, "#3a2408", 1)])
    # the foot: a low dome, its rim lit toward the flame above
    d.path(f"M {x - 62},{foot} C {x - 60},{foot - 16} {x - 30},{foot - 22} {x},{foot - 22} "
           f"C {x + 30},{foot - 22} {x + 60},{foot - 16} {x + 62},{foot} "
           f"C {x + 40},{foot + 9} {x - 40},{foot + 9} {x - 62},{foot} Z", fill=brass)
    d.path(smooth([(x - 50, foot - 12), (x, foot - 20), (x + 50, foot - 12)], closed=False), stroke="#fff2c0",
           width=2, opacity=0.7)
    # the turned stem from the foot up to the pan
    d.path(f"M {x - 9},{foot - 20} C {x - 6},{foot - 30} {x - 14},{pan + 16} {x - 10},{pan + 6} L {x + 10},{pan + 6} "
           f"C {x + 14},{pan + 16} {x + 6},{foot - 30} {x + 9},{foot - 20} Z", fill=brass)
    # the wax, short, lit on the side toward us and the flame
    wax = d.lin((x - 18, 0), (x + 18, 0), [(0, "#a89880", 1), (0.45, "#fff4dc", 1), (1, "#8a7a62", 1)])
    d.path(f"M {x - 17},{top} L {x + 17},{top} L {x + 17},{pan} L {x - 17},{pan} Z", fill=wax)
    d.path(smooth([(x - 17, top + 1), (x, top - 5), (x + 17, top + 1), (x, top + 7)], tension=0.8), fill="#fff8e6")
    d.path(smooth([(x - 13, top + 2), (x - 9, top + 26 * k), (x - 7, top + 54 * k), (x - 12, top + 60 * k),
                   (x - 15, top + 26 * k)],
                  tension=0.6), fill="#fffaf0", opacity=0.8)
    d.path(f"M {x},{top} L {x},{top - 12}", stroke="#2a1a10", width=2.5)
    # the drip pan: a shallow dish round the candle's foot, its near lip lit
    d.path(f"M {x - 46},{pan} C {x - 40},{pan + 12} {x + 40},{pan + 12} {x + 46},{pan} "
           f"C {x + 30},{pan - 7} {x - 30},{pan - 7} {x - 46},{pan} Z", fill=brass)
    d.path(smooth([(x - 44, pan + 1), (x, pan + 8), (x + 44, pan + 1)], closed=False), stroke="#fff0b0",
           width=2.2, opacity=0.75)
    soft(d, (x, pan - 2), 20, 5, "#2a1a08", 0.35)
    soft(d, (x, top + 16 * k), 40, 26 * k, "#ffd89a", 0.5)
    if burnt:
        wax_runs(d, x, top, pan)
    return d.text()


def wax_runs(d: Doc, x: float, top: float, pan: float) -> None:
    """Wax run down a burnt candle: drips from the rim (lit ivory, each ending in a bead, one reaching the
    pan) and the spilt wax pooled in the pan, so the hours read on the candle, not only its height."""
    for x0, length, w in ((-14, 0.95, 4.2), (-4, 0.5, 3.4), (9, 0.75, 3.8), (15, 0.35, 3.0)):
        y1 = top + (pan - top) * length
        d.path(smooth([(x + x0 - w, top + 1), (x + x0 - w * 0.6, y1 - 4), (x + x0, y1 + w * 0.9),
                       (x + x0 + w * 0.6, y1 - 4), (x + x0 + w, top + 1)], tension=0.7), fill="#fff6e2")
        d.path(smooth([(x + x0 + w * 0.2, top + 3), (x + x0 + w * 0.5, y1 - 4), (x + x0 + w * 0.1, y1 + w * 0.6)],
                      closed=False), stroke="#b8a488", width=1.2, opacity=0.6)
    d.path(f"M {x - 30},{pan - 1} C {x - 24},{pan - 6} {x + 22},{pan - 6} {x + 34},{pan - 1} "
           f"C {x + 20},{pan + 4} {x - 20},{pan + 4} {x - 30},{pan - 1} Z", fill="#efe2c8")


def flame(view: View, flame_at: P, lines: float) -> str:
    """The flame between them with its glow, its own part (insert.toml flickers it)."""
    d = Doc(line_alpha=lines, view=view)
    soft(d, flame_at, 360, 300, "#ffb35c", 0.16)
    soft(d, flame_at, 120, 120, "#ffc070", 0.3)
    fx, fy = flame_at
    d.path(smooth([(fx, fy - 46), (fx + 11, fy - 14), (fx + 10, fy + 10), (fx, fy + 22), (fx - 10, fy + 10),
                   (fx - 11, fy - 14)], tension=0.9),
           fill=d.lin((fx, fy - 46), (fx, fy + 22), [(0, "#fff6c0", 0.1), (0.35, "#ffd070", 1), (0.8, "#fff8e0", 1),
                                                     (1, "#6a8cff", 0.8)]))
    d.path(smooth([(fx, fy - 14), (fx + 5, fy + 4), (fx, fy + 14), (fx - 5, fy + 4)], tension=0.9), fill="#fffef4")
    return d.text()
