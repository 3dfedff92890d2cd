"""Every effect is a function of (time, seed): the same moment renders the same pixels."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pygame

from game.fx import FxState, RoomFx
from game.fx.noise import hash01, hash01_np, noise1, noise1_np
from game.room.model import Room
from game.room.tmxload import load_room
from game.view import View

ROOT = Path(__file__).resolve().parents[2]
STATE = FxState(rain=3.2, candles=0.6, glow=0.3, fire=1.0)


def _caster(view: View) -> tuple[pygame.Surface, pygame.Rect, float]:
    rect = pygame.Rect(view.rect(1250, 330, 380, 620))
    mask = pygame.Surface(rect.size, pygame.SRCALPHA)
    mask.fill((0, 0, 0, 0))
    pygame.draw.ellipse(mask, (255, 255, 255, 255), (0, 0, rect.w, rect.h))
    return (mask, rect, 950.0)


def render(fx: RoomFx, t: float, size: tuple[int, int] = (640, 360)) -> bytes:
    """Every layer, in the renderer's order, over a flat wall; the frame's bytes."""
    view = View(size[0] / 1920)
    s = pygame.Surface(size)
    s.fill((150, 120, 110))
    casters = [_caster(view)]
    fx.draw_exterior(s, view, STATE, t)
    fx.draw_glass(s, view, STATE, t)
    fx.draw_flames(s, view, STATE, t, casters)
    fx.draw_lighting(s, view, STATE, t, casters)
    fx.draw_sparks(s, view, STATE, t, casters)
    return pygame.image.tobytes(s, "RGB")


def frame_digest(t: float, seed: int = 11) -> str:
    """A hash of the frame at t, from a fresh room and a fresh RoomFx (used across processes)."""
    pygame.init()
    fx = RoomFx(load_room(ROOT / "scenes" / "room.tmx"), seed)
    return hashlib.sha256(render(fx, t)).hexdigest()


def test_same_moment_same_pixels_twice(room: Room) -> None:
    fx = RoomFx(room, 11)
    first = render(fx, 42.25)
    render(fx, 17.0)  # another moment in between (caches, memos) changes nothing
    assert render(fx, 42.25) == first
    assert render(RoomFx(room, 11), 42.25) == first  # a fresh instance agrees


def test_order_of_rendering_does_not_matter(room: Room) -> None:
    a, b = RoomFx(room, 11), RoomFx(room, 11)
    forward = [render(a, t) for t in (5.0, 5.5, 6.0)]
    backward = [render(b, t) for t in (6.0, 5.5, 5.0)][::-1]
    assert forward == backward


def test_different_moments_and_seeds_differ(room: Room) -> None:
    fx = RoomFx(room, 11)
    assert render(fx, 42.25) != render(fx, 42.5)
    assert render(RoomFx(room, 12), 42.25) != render(fx, 42.25)


def test_same_pixels_in_another_process(room: Room) -> None:
    here = frame_digest(42.25)
    code = (f"import runpy, sys; sys.path.insert(0, {str(ROOT)!r}); "
            f"print(runpy.run_path({__file__!r})['frame_digest'](42.25))")
    env = dict(os.environ, SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy", PYGAME_HIDE_SUPPORT_PROMPT="1")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT,
                         check=True)
    assert out.stdout.strip().splitlines()[-1] == here


def test_scalar_and_vector_noise_agree() -> None:
    idx = np.arange(-50, 50)
    assert np.allclose(hash01_np(5, 9, idx), [hash01(5, 9, int(i)) for i in idx])
    ts = np.linspace(-3.0, 7.0, 97)
    assert np.allclose(noise1_np(5, 9, ts), [noise1(5, 9, float(t)) for t in ts])
