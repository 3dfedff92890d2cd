"""A close shot's part turned and zoomed once per visible step, and kept while it is shown.

An insert's part (game/art/inserts.py) is moved every frame, but turning or zooming it means
rasterizing it again: a face of 1207x1080 zoomed by a breath cost 7-11 ms, the trembling lips'
screen-wide hair 10-19 ms, and line 19 did four of those every frame (32-39 ms CPU a frame): its
breathing zoom (0.7 % over 3.4 s) gave a new key every few frames and the turns' byte budget
(1.5 canvases) could not hold that frame's own four, so each pushed out the next one's.

So here:
- a zoom is rounded to steps that move the part's farthest pixel from its pivot by EDGE_STEP
  canvas px: no pixel is ever more than half a pixel from where the exact zoom puts it, the same
  bound as a part's integer blit position, so the rounded frames are the exact ones to the eye;
  a zoom step is never coarser than the old 1/500 (a small part is not made to jump more);
- a zoom without a turn is made with smoothscale (the same bilinear result, ~1.7x faster);
- the turns kept are let go of least recently used first, but never one the last frame showed:
  the budget bounds the spare turns, not the frame's own, which are one per part shown at most
  (game/art/turn_cache.py: the figures' turns are kept by the same policy);
- the turns of the next frames' moments are made on the loader thread while the main thread draws
  (`ahead`, game/art/turn_jobs.py), and kept as coming, within AHEAD_OVER budgets with those kept.
Every frame is still a function of the time and the seed: the rounding is of the transform.
"""

from __future__ import annotations

import math

import pygame

from game import memory
from game.art.turn_cache import TurnCache
from game.art.turn_jobs import TurnJobs

EDGE_STEP = 1.0  # canvas px a zoom step moves the part's farthest pixel from its pivot
SCALE_STEP_MAX = 1 / 500  # the old fixed zoom step: a small part's steps are never coarser
ROT_STEP = 0.25  # degrees: a turn is rounded to a quarter degree (as before)
KEEP_MAX = 48  # turns kept at most, whatever their bytes
AHEAD_OVER = 2.5  # the turns kept and made ahead (`ahead`) within this many budgets

TurnKey = tuple[int, float, float]  # (id of the part's raster, rounded turn, rounded zoom)
Turns = TurnCache[TurnKey, pygame.Surface]  # an insert's turns, its parts' rasters their owners
TurnStore = Turns | dict[TurnKey, pygame.Surface]  # (a plain dict: a probe's own, keeping every turn)


def reach(size: tuple[int, int], offset: tuple[float, float], pivot: tuple[float, float]) -> float:
    """How far (canvas px) the farthest corner of a part's raster (`size` at `offset`) lies from
    `pivot`: a zoom moves that pixel the most."""
    x0, y0 = offset
    x1, y1 = x0 + size[0], y0 + size[1]
    return max(math.hypot(x - pivot[0], y - pivot[1]) for x in (x0, x1) for y in (y0, y1))


def rounded_scale(scale: float, far: float) -> float:
    """`scale` rounded to the steps of a part whose farthest pixel is `far` px from its pivot."""
    step = min(SCALE_STEP_MAX, EDGE_STEP / max(1.0, far))
    q = round((scale - 1.0) / step)
    return 1.0 if q == 0 else 1.0 + q * step


def rounded_rot(rot: float) -> float:
    """`rot` rounded to ROT_STEP degrees."""
    return round(rot / ROT_STEP) * ROT_STEP


def rounded(size: tuple[int, int], offset: tuple[float, float], pivot: tuple[float, float], rot: float,
            scale: float) -> tuple[float, float]:
    """The turn and zoom a part's raster (`size` at `offset`, turned about `pivot`: canvas px) is drawn
    at for `rot` and `scale`, rounded (`rounded_rot`, `rounded_scale`: a pixel at its far edge)."""
    return rounded_rot(rot), 1.0 if scale == 1.0 else rounded_scale(scale, reach(size, offset, pivot))


def made(img: pygame.Surface, rot: float, scale: float) -> pygame.Surface:
    """`img` turned by `rot` degrees and zoomed by `scale` (centred as rotozoom centres it)."""
    if rot == 0.0:
        w, h = img.get_size()
        return pygame.transform.smoothscale(img, (max(1, round(w * scale)), max(1, round(h * scale))))
    return pygame.transform.rotozoom(img, rot, scale)


def kept_turns() -> Turns:
    """An insert's turns, kept by game/art/turn_cache.py's policy: by bytes, at most KEEP_MAX, never
    one the last frame showed. A turn's owner is the raster it turns."""
    return TurnCache(memory.surface_size, owner=lambda key: key[0], keep_max=KEEP_MAX)


def turn(img: pygame.Surface, rot: float, scale: float, turned: TurnStore, budget: int,
         jobs: TurnJobs | None = None) -> pygame.Surface:
    """`img` turned and zoomed, from `turned` (or made on the loader ahead, `jobs`: `ahead`) or made
    and kept there within `budget` bytes. The inserts begin no frames of their own: a frame draws
    each part once, so a part drawn again begins the next (a drawing two parts share cuts the frame
    short, as it always did). A plain dict (a test's probe) keeps every turn, whatever the budget."""
    key = (id(img), rot, scale)
    if isinstance(turned, dict):
        if key not in turned:
            turned[key] = made(img, rot, scale)
        return turned[key]
    if turned.drawn_now(key):
        turned.frame()
    cached = turned.get(key)
    if cached is None:
        got = jobs.take(key) if jobs is not None else None
        cached = got[1] if got is not None and got[0] is img else None  # (made from this very raster)
        if cached is None:
            turned.make_room(key, made_bytes(img.get_size(), rot, scale), budget)
            cached = made(img, rot, scale)
        turned.put(key, cached, budget)
    return cached


def ahead(img: pygame.Surface, rot: float, scale: float, turned: Turns, jobs: TurnJobs, budget: int) -> None:
    """The turn `turn` makes of `img` at a moment to come: marked coming if kept, else sent to the
    loader (game/art/turn_jobs.py) while the turns kept and on their way are within AHEAD_OVER of the
    `budget` with it (`back` keeps it once made). A kiss pushed in at 1080p turns its faces and hands at
    each zoom step of their breath (every few frames): made on the loader while the main thread draws."""
    if rot == 0.0 and scale == 1.0:
        return
    key = (id(img), rot, scale)
    if turned.ahead(key) is not None or key in jobs or jobs.full():
        return
    size = made_bytes(img.get_size(), rot, scale)
    if turned.bytes + 4 * jobs.px + size <= AHEAD_OVER * budget:
        jobs.send(key, size // 4, _made_from, img, rot, scale)


def _made_from(img: pygame.Surface, rot: float, scale: float) -> tuple[pygame.Surface, pygame.Surface]:
    """`made`, with the raster it was made from (held with the turn: its id, in the key, stays its own)."""
    return img, made(img, rot, scale)


def back(turned: Turns, jobs: TurnJobs, budget: int, rasters: set[int]) -> None:
    """Keep the turns made on the loader since (`ahead`) as coming ones, those of the `rasters` kept (ids);
    once a frame (game/art/turn_jobs.py `back`)."""
    for key, (img, out) in jobs.back():
        if id(img) in rasters and turned.ahead(key) is None:  # type: ignore[arg-type]
            turned.put(key, out, budget, ahead=True)  # type: ignore[arg-type]


def made_bytes(size: tuple[int, int], rot: float, scale: float) -> int:
    """About the bytes of `made` for a raster of `size` (32-bit pixels; a turn's box rounded up a
    px each way): what `TurnCache.make_room` lets go of room for before it is made."""
    w, h = size[0] * scale, size[1] * scale
    a = math.radians(rot)
    c, s = abs(math.cos(a)), abs(math.sin(a))
    return 4 * (math.ceil(w * c + h * s) + 2) * (math.ceil(w * s + h * c) + 2)


def blit_faded(surface: pygame.Surface, img: pygame.Surface, dest: tuple[int, int] | pygame.Rect,
               alpha: float) -> None:
    """`img` blitted at `dest` at `alpha` of its opacity. A part with per-pixel alpha is faded by its
    surface alpha for the one blit (the same pixels, +-1 level), not copied and multiplied each
    frame (a fade held, as the kiss's candle light at 0.7, copied it every frame); an opaque one
    is multiplied as before (which leaves it opaque)."""
    if alpha >= 0.997:
        surface.blit(img, dest)
        return
    a = round(255 * alpha)
    if not img.get_flags() & pygame.SRCALPHA:
        img = img.copy()
        img.fill((255, 255, 255, a), special_flags=pygame.BLEND_RGBA_MULT)
        surface.blit(img, dest)
        return
    before = img.get_alpha()
    img.set_alpha(a)
    try:
        surface.blit(img, dest)
    finally:
        img.set_alpha(before)  # (255: per-pixel blending kept; None would turn it off)


TURN_SLACK = 3  # px round a turned bright box: the centre's rounding and the turn's resampling


def turned_box(box: pygame.Rect, pivot: tuple[float, float], a: float, scale: float,
                shift: tuple[float, float]) -> pygame.Rect:
    """Where `box` (canvas px) lands once its part is turned by `a` radians and zoomed by `scale`
    about `pivot` and moved by `shift`, as `inserts._blit_part` places the turn, with TURN_SLACK round it."""
    c, s = math.cos(a), math.sin(a)
    xs, ys = [], []
    for x, y in ((box.left, box.top), (box.right, box.top), (box.left, box.bottom), (box.right, box.bottom)):
        vx, vy = x - pivot[0], y - pivot[1]
        xs.append(pivot[0] + (vx * c + vy * s) * scale + shift[0])
        ys.append(pivot[1] + (-vx * s + vy * c) * scale + shift[1])
    x0, y0 = math.floor(min(xs)) - TURN_SLACK, math.floor(min(ys)) - TURN_SLACK
    return pygame.Rect(x0, y0, math.ceil(max(xs)) + TURN_SLACK - x0, math.ceil(max(ys)) + TURN_SLACK - y0)
