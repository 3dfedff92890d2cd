"""FIGHANDS (review9 new #10): at line 60, "Their eyes met again...", the notebook and pen, the
scene's key props, lay under the caption's words while the middle of the frame was bare wall. The
`faces_met` shot is now framed higher and tighter, so at both ends of its camera push the notebook
(and the pen beside it) sit on the table above the first line of words."""

from __future__ import annotations

import pygame
from story_walk import lines_played

from game.assets import Assets
from game.room.tmxload import load_room
from game.scenes.ui import LINE_H, TEXT_BOTTOM, NarrationBand
from game.story import commands as c
from game.text.fonts import Fonts

CLEAR = 8  # logical px the props keep above the top of the words


def test_the_notebook_sits_above_the_words_on_faces_met() -> None:
    pygame.init()
    assets = Assets()
    room = load_room(assets.room_map)
    band = NarrationBand(Fonts({"serif": assets.serif, "serif_italic": assets.serif_italic}))
    r = room.shots["faces_met"].rect
    box = (r.x, r.y, r.w, r.h)
    seen = 0
    for d, now in lines_played(assets.story, 30.0):
        snap = d.stage.at(now + 30.0)
        if snap.shot.value != "faces_met" or not isinstance(d.current, c.Narrate):
            continue
        seen += 1
        top = TEXT_BOTTOM - len(band.lines(d.current.text, 1.0)) * LINE_H
        frames = [box] if snap.move is None else [snap.move.framing_at(box, 0.0), snap.move.framing_at(box, 1.0)]
        for _fx, fy, fw, _fh in frames:
            k = 1920 / fw
            for name in ("notebook", "pen"):
                a = room.anchor(name).rect
                bottom = (a.y + a.h - fy) * k
                assert bottom <= top - CLEAR, f"line {d.line_number}: the {name}'s foot at y {bottom:.0f}, the words from {top}"
    assert seen, "the story no longer shows the faces_met shot"
