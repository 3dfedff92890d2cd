"""The pen: every written line is written before the player's eyes, stroke by stroke.

Pipeline (one module each): `glyphs` (single-stroke fonts in pen order) -> `charmap`
(’ “ — é … onto strokes, nothing dropped) -> `layout` (placement, seeded variation,
cursive joins, dots and bars after the word, rows) -> `timeline` (timed dabs, pen
position, speed) -> `ink` (cached stamps, blots, persistent page layers) -> `book` /
`motion` (the leather notebook, the pen, page turns) -> `notebook` (the panel). The
hands are data: `assets/hands.toml`, read by `hands.load_hands`.

API for the story scene (one clock `t` in seconds, any origin, the same for every call):

    hands = load_hands(assets / "hands.toml")          # HandsError names file and key
    nb = Notebook(hands, seed=1, scale=rect.w / PANEL_W, transcript_font=garamond_italic)
    nb.warm([("elegant", him_ink), ("brush", her_ink), ...], story_text)  # once a run (PenCache)
    nb.write(text, "elegant", ink=(27, 42, 74), line_seed=17, at=t)
        # lays the line out NOW (queue time, 40-140 ms: layout, timeline, stamp warm-up);
        # opens the notebook and/or turns the page first if needed (included in duration()).
        # line_seed: a stable int per script line (not Python's hash(), it changes per run).
    events = nb.update(t, cps)       # every frame: PenEvent("down"/"up"/"speed", t, x, y, speed)
    nb.draw(surface, rect, t, transcription=settings.transcript)   # after update()
    nb.done                          # the line is fully written and the pen has lifted
    nb.complete()                    # click while writing: all ink now, same final image
    nb.duration(cps)                 # seconds from write() to pen lifted
    nb.set_open(False, t) / nb.set_open(True, t)     # animated close / open (~1.2 s / 1 s)
    nb.visible(t)                    # False once closed and faded out: skip draw()
    nb.turn_page(t)                  # animated turn to a fresh spread (3 s: two leaves go over)
    nb.restore([(text, hand, ink, seed), None, ...]) # rollback: the page at once (None = a turn)
    nb.page_surface                  # the spread with its ink, no pen (captures)

`rect` is the panel in window pixels; its width sets the pixel scale (the logical panel
is PANEL_W x PANEL_H = 1240 x 520; art and stamps are re-rasterised when it changes).
`cps` is the pen-speed setting: at REF_CPS (14, "normal") a line takes a person's time
(`timeline.write_seconds`, with each hand's `pace`), twice that setting halves it. Pen event (x, y) are logical panel px; speed in logical px/s.
Build the Notebook after the display mode is set: its art is then converted to the
display's pixel format, which blits faster.
"""

from __future__ import annotations

from game.pen.book import PANEL_H, PANEL_W, Spread
from game.pen.hands import Hand, HandsError, load_hands, parse_colour
from game.pen.notebook import Notebook, PenCache, PenEvent
from game.pen.timeline import REF_CPS

__all__ = [
    "PANEL_H",
    "PANEL_W",
    "REF_CPS",
    "Hand",
    "HandsError",
    "Notebook",
    "PenCache",
    "PenEvent",
    "Spread",
    "load_hands",
    "parse_colour",
]
