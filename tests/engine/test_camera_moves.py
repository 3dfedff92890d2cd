"""The camera's slow moves: a pure function of story time, the same live and rendered, still
under reduce motion.

The live frame comes through the real loop (`tests/pilot.py`), the rendered one from
`game.capture.render_moment` (what `--render N --at S` writes). The room's flames flicker
with the scene clock, which differs between a played and a rendered moment, so frames are
compared by their strongest outlines (brightness normalised per frame): the same framing
agrees far better than a framing a second and a half along the same push.
"""

from __future__ import annotations

import numpy as np
import pygame
import pytest
from pilot import Pilot

from game.assets import Assets
from game.capture import capture_context, render_moment
from game.errors import ContentErrors
from game.scenes.story import StoryScene
from game.settings import Settings
from game.story import commands as c
from game.story.director import Director
from game.story.parser import parse_file, parse_text
from game.view import Move

PUSH_LINE = 38  # "She read his words, her heart aching in response.": `camera push 1.05 over 7`
HELD_LINE = 48  # "the weight of his responsibilities…": the push begun at 47 goes on
SHOT = (330.0, 300.0, 900.0, 506.25)


def _script() -> Director:
    return Director(parse_file(Assets().story))


def test_camera_statements_parse_and_bad_ones_are_named() -> None:
    script = parse_text('label start\ncamera push 1.08 over 6\ncamera drift left 0.05 over 9\n'
                        'camera push 0.9 drift up 0.02 over 4\n"A line."\n', "t.story")
    moves = [cmd for cmd in script.commands if isinstance(cmd, c.Camera)]
    assert [(m.push, m.dx, m.dy, m.over) for m in moves] == [
        (1.08, 0.0, 0.0, 6.0), (1.0, -0.05, 0.0, 9.0), (0.9, 0.0, -0.02, 4.0)]
    for bad in ("camera push 1.08", "camera push 3 over 6", "camera drift sideways 0.1 over 4",
                "camera over 5", "camera push 1.1 zoom over 5"):
        with pytest.raises(ContentErrors) as err:
            parse_text(f'label start\n{bad}\n"A line."\n', "t.story")
        assert "t.story:2" in str(err.value)


def test_a_push_eases_from_the_shot_to_its_centre_and_stays_inside_its_bounds() -> None:
    move = Move(1.08, 0.02, -0.01, t0=10.0, duration=6.0)
    assert move.framing(SHOT, 9.0) == pytest.approx(SHOT)
    x, y, w, h = move.framing(SHOT, 17.0)
    assert y + h / 2 == pytest.approx(300 + 506.25 / 2 - 0.01 * 506.25)
    assert w == pytest.approx(900 / 1.08) and h == pytest.approx(w * 9 / 16)
    assert x + w / 2 == pytest.approx(330 + 450 + 0.02 * 900)
    bx, by, bw, bh = move.bounds(SHOT)
    last = move.framing(SHOT, 10.0)
    for t in np.linspace(10.0, 16.0, 25):
        fx, fy, fw, fh = move.framing(SHOT, float(t))
        assert bx - 1e-9 <= fx and fx + fw <= bx + bw + 1e-9 and by - 1e-9 <= fy and fy + fh <= by + bh + 1e-9
        assert fw <= last[2] + 1e-9  # only ever closer
        last = (fx, fy, fw, fh)
    # eased: it barely moves in its first and last tenth of a second
    assert move.framing(SHOT, 10.1)[2] == pytest.approx(900, abs=0.05)
    assert move.framing(SHOT, 15.9)[2] == pytest.approx(900 / 1.08, abs=0.05)


def test_played_and_jumped_to_lines_frame_alike() -> None:
    """Played click by click at odd moments, or jumped to: the framing `s` seconds into the
    push line is the same; a cut ends a push; a line jumped to past its start shows it settled."""
    live = _script()
    live.start(0.0)
    now = 0.0
    while live.line_number < PUSH_LINE:
        now += 0.37 + (live.line_number % 5) * 1.3
        live.advance(now)
    jumped = _script()
    jumped.goto_line(PUSH_LINE, 5000.0)
    for s in (0.0, 1.5, 3.2, 6.9, 20.0):
        a = live.stage.at(live.line_started + s)
        b = jumped.stage.at(jumped.line_started + s)
        assert a.move is not None and b.move is not None
        assert a.move.framing(SHOT, live.line_started + s) == pytest.approx(b.move.framing(SHOT, jumped.line_started + s))
    assert live.stage.at(live.line_started + 3.0).move.framing(SHOT, live.line_started + 3.0)[2] < 890  # it moves
    jumped.goto_line(PUSH_LINE + 1, 100.0)  # the next line cuts to the notebook on the table
    assert jumped.stage.at(100.0).shot.value == "pass" and jumped.stage.move is None
    jumped.goto_line(HELD_LINE, 300.0)  # a push begun on the line before: settled when jumped to
    settled = jumped.stage.at(300.0).move
    assert settled is not None and settled.done(300.0)
    jumped.goto_line(HELD_LINE - 1, 400.0)  # ... and under way from its own line
    assert jumped.stage.move is not None and jumped.stage.move.t0 == 400.0


def _edges(surface: pygame.Surface) -> np.ndarray:
    """The strongest 5 % of brightness edges above the text band, brightness normalised per
    frame: outlines of furniture, figures and the window, not the soft dancing shadows."""
    rgb = pygame.surfarray.array3d(surface).astype(float)
    grey = rgb.mean(axis=2)[:, : round(surface.get_height() * 0.72)]
    grey = grey / (grey.mean() + 1e-9)
    gx, gy = np.zeros_like(grey), np.zeros_like(grey)
    gx[1:-1] = grey[2:] - grey[:-2]
    gy[:, 1:-1] = grey[:, 2:] - grey[:, :-2]
    strength = np.hypot(gx, gy)
    return np.asarray(strength > np.quantile(strength, 0.95))


def _distance(a: pygame.Surface, b: pygame.Surface) -> float:
    """1 - the overlap of the two frames' strong edges (0: the same outlines)."""
    ea, eb = _edges(a), _edges(b)
    return 1.0 - float((ea & eb).sum()) / float((ea | eb).sum())


def _with_and_without_the_move(settings: Settings) -> tuple[np.ndarray, np.ndarray]:
    """Line PUSH_LINE 6.5 s in, drawn as staged and again with its camera move taken away."""
    ctx = capture_context(Assets(), settings)
    scene = ctx.scenes.story()
    scene.seek(PUSH_LINE, 6.5)
    assert scene.director.stage.move is not None
    canvas = pygame.Surface((480, 270))
    scene.draw(canvas)
    staged = pygame.surfarray.array3d(canvas).copy()
    scene.director.stage.move = None
    scene.draw(canvas)
    return staged, pygame.surfarray.array3d(canvas)


def test_reduce_motion_keeps_the_camera_still() -> None:
    staged, still = _with_and_without_the_move(Settings(reduce_motion=True))
    assert np.array_equal(staged, still)  # the shot exactly as authored
    staged, still = _with_and_without_the_move(Settings())
    assert np.abs(staged.astype(int) - still).max(axis=2).mean() > 8  # without it, the camera has moved


def _story(pilot: Pilot) -> StoryScene:
    top = pilot.app.stack.top
    assert isinstance(top, StoryScene)
    return top


def test_a_live_push_frame_is_the_rendered_frame(pilot: Pilot) -> None:
    pilot.start_at(PUSH_LINE - 2)
    pilot.frames(1)
    for _ in range(60):
        if pilot.line == PUSH_LINE:
            break
        pilot.click()
        pilot.frames(2)
    assert pilot.line == PUSH_LINE
    pilot.advance(3.5)  # half way through the push
    scene = _story(pilot)
    since = scene.now - scene.director.line_started
    live = pilot.snapshot().image
    size = live.get_size()
    same = _distance(live, render_moment(Assets(), str(PUSH_LINE), since, size))
    for other in (since - 1.5, since + 1.5, 9.0):  # earlier, later, settled
        assert same < 0.7 * _distance(live, render_moment(Assets(), str(PUSH_LINE), other, size))
