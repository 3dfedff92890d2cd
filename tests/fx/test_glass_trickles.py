"""Rain on the glass (issue 12 item 3; review4 'trickle tracks are hard-edged'): the wet track a
running drop leaves is water on glass, a thin lens: its core gathers the night behind it, its
edges bend the light away (a darker rim), a highlight runs along one shoulder, and it has no
hard edge. It was a flat 1-3 px line of one colour (TRACK_RGB) drawn over the night."""

from __future__ import annotations

import numpy as np
import pygame

from game.fx.glass_water import draw_trickles
from game.fx.rain import Rain
from game.room.model import Room
from game.view import View

NIGHT = (28, 38, 62)


def glass(room: Room, with_drops: bool, t: float) -> np.ndarray:
    rain = next(e for e in room.emitters if e.kind == "rain")
    s = pygame.Surface((1920, 1080))
    s.fill(NIGHT)
    r = Rain(rain.rect, 10, False)
    view = View(2.0, -200.0, -150.0)  # the window shot's scale
    if with_drops:
        r.draw_glass(s, view, 0.35, t)
    g = pygame.Rect(view.rect(rain.rect.x, rain.rect.y, rain.rect.w, rain.rect.h)).clip(s.get_rect())
    return pygame.surfarray.array3d(s.subsurface(g)).astype(np.float64).sum(axis=2)


def test_a_track_is_shaded_as_water_on_glass(room: Room) -> None:
    night = sum(NIGHT)
    darker = brighter = 0
    for t in (3.0, 6.5, 11.0):
        lum = glass(room, True, t)
        darker += int((lum < night - 12).sum())  # a rim bending the light away
        brighter += int((lum > night + 150).sum())  # a highlight
    # old: no pixel darker than the night (a flat lighter line); now hundreds
    assert darker > 100, f"only {darker} px of the tracks' rims darker than the night behind"
    assert brighter > 20


def test_a_tracks_edges_are_soft() -> None:
    s = pygame.Surface((60, 200))
    s.fill(NIGHT)
    draw_trickles(s, [[(30.0, 10.0), (30.4, 100.0), (29.6, 190.0)]], 3.0, 0.3)
    row = pygame.surfarray.array3d(s)[:, 150].astype(np.float64).sum(axis=1)
    night = sum(NIGHT)
    touched = np.nonzero(np.abs(row - night) > 2)[0]
    assert touched.size >= 5, "the track is a hard line a px or two wide"
    # from the night to the track's rim: no jump (the old line stepped from the night to its colour)
    edge = [abs(row[touched[0]] - night), abs(row[touched[-1]] - night)]
    assert max(edge) < 30, f"the track's outermost px differ from the night by {max(edge):.0f}"


def test_a_drop_is_a_lens_of_water() -> None:
    # the old bead (sprites.bead) was a dim disc with a bright lower rim: nothing of it darker
    # than the night behind, so it read as a pale ring pasted on the glass
    from game.fx.glass_water import drop

    s = pygame.Surface((40, 40))
    s.fill(NIGHT)
    spr = drop(8.0)
    s.blit(spr, (20 - spr.get_width() // 2, 20 - spr.get_height() // 2))
    lum = pygame.surfarray.array3d(s).astype(np.float64).sum(axis=2)
    night = sum(NIGHT)
    assert (lum < night - 15).sum() >= 12, "no darker edge: the drop does not bend the light away at its rim"
    assert lum.max() > night + 200  # its glint and caustic
    alpha = pygame.surfarray.array_alpha(spr).astype(np.float64)
    ring = alpha[alpha > 0]
    assert np.percentile(ring, 10) < 40, "the drop's outer edge is hard"


def test_splashes_land_on_the_glazing_bars_and_the_sill(room: Room) -> None:
    # the ledges were the window art's own y (131, 238, 354) taken as the glass's: every splash
    # but the sill's struck 28 room px below its bar, in the middle of a pane
    from game.fx.glass_water import splashes

    rain = next(e for e in room.emitters if e.kind == "rain")
    window = room.anchor("window").rect
    bars = [window.y + y for y in (131.0, 238.0, 354.0, 464.0)]  # window.svg: the bars' and the sill's tops
    crowns = [y + 0.5 for t in np.arange(0.0, 6.0, 0.05) for _x, y, r, _b in splashes(3, rain.rect, 1.0, float(t), 40.0)
              if r > 2.0]
    assert len(crowns) > 20
    assert all(min(abs(c - b) for b in bars) < 1.0 for c in crowns), sorted(set(round(c) for c in crowns))
