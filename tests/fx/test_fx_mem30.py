"""FX (stop 30, issues 13 and 16): what the effects keep between frames, cut to what they draw.

- The next light frame made ahead (game/fx/light_next.py) keeps the buffers the last take let go
  of as spares for the next one. A frame that makes nothing ahead (a camera move, a cut: its view
  is not the last frame's) kept them too: two canvases, at a move's size ~8 MiB each at 1080p
  (the kiosk's day peak was in a move). They go now; the next held frame makes its own.
- The golden haze's upscale was a whole canvas whatever part of it holds light, and was kept
  after the glow (no haze: the buffer stayed). It is now the size of what holds light, and goes
  when there is no haze.
- The props' masks the build hands the upscale (their top edges' light) and the figures' map were
  held by the light map after it was made: a close-up's props, ~20 MiB at 1080p, through every
  shot after the last room frame (the notebook's). Let go of once the upscale is done.
- The fire's turbulence textures kept their whole 2 x 2 tiling in float64 (6.3 MiB at the fire's
  close-up for the two); only the rows and columns a window of the grid reads are kept, the same
  flames.
- The occluders' hidden copies (a halo behind a figure) held their sprite and the casters' inverse
  masks to keep their ids: a cut's halos (3-5 MiB each at a 1080p close-up) lived on, uncounted,
  beside their copies until the budget pushed them out. Now held by weak reference; a copy whose
  sprite or masks are gone goes at the next frame.

Asserted by what is held and what is drawn (no timed assertions); each fails on 5fad20f."""

from __future__ import annotations

import gc
import weakref

import numpy as np
import pygame
import pytest

from game.assets import Assets
from game.clock import STEP
from game.context import build_context
from game.fx import light_next, lighting
from game.fx.fire import CLOSE_CELL, Hearth
from game.fx.fire_field import TEX, FlameField
from game.fx.occlusion import Occluders
from game.fx.state import FxState
from game.room.model import Rect
from game.settings import Settings
from game.view import View

SIZE = (640, 360)


def test_a_frame_that_makes_nothing_ahead_lets_go_of_the_map_made() -> None:
    pygame.init()
    canvas = pygame.display.set_mode(SIZE)
    ctx = build_context(Assets(), Settings(), audio=False)
    scene = ctx.scenes.story()
    scene.seek(51, 0.0)  # a held shot: each frame makes a share of the next light frame
    lm = ctx.renderer.layers.fx.light_map
    for _ in range(12):
        scene.update(STEP)
        scene.draw(canvas)
    up = lm.upcoming
    assert up is not None and up.shown is not None and up.built > 0, "the held shot made nothing ahead"
    view, size = up.shown
    moved = View(view.scale, view.ox + 3.0, view.oy)  # the next frame of a camera move
    light_next.advance(ctx.renderer.layers.fx, size, moved, FxState(), 0.0, [], None)
    assert up.work is None, "a move's frame kept the map made ahead"
    pygame.quit()


def _finish(lm: lighting.LightMap, small: pygame.Surface) -> None:
    for _step in lm.finish_steps(small, ("key",)):
        pass


def test_the_haze_buffer_is_what_holds_light_and_goes_with_the_haze() -> None:
    small = pygame.Surface((240, 135))
    small.fill((200, 180, 160))
    light = pygame.Surface((240, 135))
    light.fill((30, 20, 5), (40, 30, 50, 35))
    area = pygame.Rect(40, 30, 50, 35)
    lm = lighting.LightMap()
    lm._add = (light, area, None)
    _finish(lm, small)
    assert lm._add_big is not None
    d = lighting.DOWNSCALE
    assert lm._add_big[0].get_size() == (area.w * d, area.h * d), "the haze's upscale is not the size of its light"
    # the same light added where it was: the upscale of the area, at its place on the canvas
    scene = pygame.Surface((240 * d, 135 * d))
    lm.multiply(scene)
    want = pygame.Surface((area.w * d, area.h * d))
    pygame.transform.smoothscale(light.subsurface(area), want.get_size(), want)
    got = scene.subsurface((area.x * d, area.y * d, area.w * d, area.h * d))
    assert pygame.image.tobytes(got, "RGB") == pygame.image.tobytes(want, "RGB")
    assert scene.get_at((0, 0))[:3] == (0, 0, 0)  # nothing added outside it
    lm._add = None  # the next frame has no haze
    _finish(lm, small)
    assert lm._add_big is None, "the haze's upscale was kept with no haze"


def test_the_build_s_masks_are_let_go_of_once_the_map_is_upscaled() -> None:
    mask = pygame.Surface((64, 48), pygame.SRCALPHA)
    mask.fill((255, 255, 255, 255))
    small = pygame.Surface((80, 45))
    small.fill((120, 120, 120))
    lm = lighting.LightMap()
    lm.edges = [(mask, pygame.Rect(100, 100, 64, 48), 700.0)]
    lm.figures = (small.copy(), [(mask, pygame.Rect(200, 100, 64, 48), 760.0)])
    _finish(lm, small)
    assert lm._big is not None
    assert not lm.edges and lm.figures is None and lm._add is None, "the light map holds the build's masks"


@pytest.mark.parametrize("cell", [CLOSE_CELL, 3.1, 5.0])
def test_the_fire_textures_keep_only_what_the_grid_reads_and_draw_the_same_flames(
        cell: float, monkeypatch: pytest.MonkeyPatch) -> None:
    box = Rect(820.0, 560.0, 190.0, 120.0)  # about the room's hearth
    cut = Hearth(box, 7, False, 700.0, Occluders())
    cut._grid(cell)
    n = cut._texn
    assert cut._tex.shape[0] < 2 * n and cut._tex.shape[1] < 2 * n, "the whole 2 x 2 tiling kept"
    assert cut._tex.nbytes + cut._tex2.nbytes <= 0.8 * 2 * (2 * n) ** 2 * 8
    monkeypatch.setattr(FlameField, "_texture_span", lambda self, n: (2 * n, 2 * n))
    whole = Hearth(box, 7, False, 700.0, Occluders())
    whole._grid(cell)
    assert whole._tex.shape == (2 * n, 2 * n) and round(TEX * 5.0 / cell) == n
    for t in (0.0, 0.37, 1.9, 13.3, 101.7):  # the textures scrolled to many offsets
        assert np.array_equal(cut.field(t, 1.0), whole.field(t, 1.0))


def test_a_hidden_copy_goes_with_its_sprite_and_is_drawn_the_same_while_it_lives() -> None:
    from game.fx import occlusion

    occ = occlusion.Occluders()
    mask = pygame.Surface((40, 40), pygame.SRCALPHA)
    mask.fill((255, 255, 255, 255), (10, 0, 20, 40))  # a figure standing before the glow
    casters = [(mask, pygame.Rect(30, 30, 40, 40), 900.0)]
    halo = pygame.Surface((60, 60))
    halo.fill((200, 120, 40))
    targets = [pygame.Surface((120, 120)) for _ in range(3)]
    for target in targets[:2]:  # drawn twice: the second from the copy kept
        occ.blits(target, [(halo, (20, 20), 700.0)], casters)
    assert len(occ._hidden) == 1 and occ._hidden_bytes == 60 * 60 * 4
    assert pygame.image.tobytes(targets[0], "RGB") == pygame.image.tobytes(targets[1], "RGB")
    assert targets[0].get_at((45, 45))[:3] == (0, 0, 0) and targets[0].get_at((25, 25))[:3] == (200, 120, 40)
    ref = weakref.ref(halo)
    del halo  # the effect let go of it (a shot cut away from)
    gc.collect()
    assert ref() is None, "the hidden copy held its sprite alive"
    occ.blits(targets[2], [], casters)  # the next frame's
    assert not occ._hidden and occ._hidden_bytes == 0, "a hidden copy of a sprite gone was kept"
