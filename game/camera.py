"""Draw a shot while the camera pushes in or drifts on it (a `camera` line of the script).

Why this shape: art is rasterized at the size it is shown, and re-rasterizing every
figure, prop and tile at each intermediate scale of a zoom would cost a full raster per
frame. So for the whole move the room is drawn at one scale, the move's largest (its
tightest framing), over the box that holds every framing of the move (`Move.bounds`);
each frame cuts its own framing out of that and scales it *down* to the canvas, placed to
a fraction of a pixel (`CameraMoves._cut`: a slow push must glide, not step). Animated
things (flames, breathing) are still drawn each frame, but from rasters made once at that
scale. Once the move has settled, the final framing is drawn directly at the canvas size,
which at the largest scale is the same picture, so nothing jumps and later lines pay
nothing. An insert (a close shot drawn as its own illustration) is drawn larger and cut
the same way.

The framing is a pure function of story time (game/view.py), so live play, rollback and
`--render N --at S` show the same frame. Reduce motion keeps the camera still on the
shot as authored. The renderer calls in through one hook (`RoomRenderer.draw_shot`).
"""

from __future__ import annotations

import math
from collections.abc import Generator, Iterator
from typing import TYPE_CHECKING

import pygame

from game import memory
from game.art.insert_light import HIGHLIGHT_SPAN
from game.camera_fit import FIT_TOLERANCE as FIT_TOLERANCE
from game.camera_fit import Axes as Axes
from game.camera_fit import _axes as _axes
from game.camera_fit import _axis as _axis
from game.camera_fit import _crop as _crop
from game.camera_fit import _fit as _fit
from game.camera_fit import large_frame
from game.room.compose import outside
from game.room.model import Rect
from game.steps import finish, labelled
from game.story.stage import Snapshot
from game.view import Box, Move, View, camera_view, scaled_view

if TYPE_CHECKING:
    from game.room.render import RoomRenderer


# No move plate where the holes (the window) cover this much of the large frame. A still shot's limit
# (render.py PLATE_SHARE, 0.4) left her_gaze's push (line 17, holes 0.69) drawing the sofa and the
# window's frame, 3.6 and 2.4 Mpx of alpha, over the whole large frame each frame; its plate saves
# ~10 ms a frame for hole crops of ~7 MB at 1080p.
MOVE_PLATE_SHARE = 0.75

PAD = 32  # the least margin round the large frame, in large px (`margin`)
# Draw only the part of an insert's large frame that the cut reads, and pad only the margins it
# reads: a settled push's large frame is 6-16 % larger than the part it shows (the room's is drawn whole).
DRAW_READ = True


Like = tuple[Box, tuple[int, int]]  # a settled framing and its canvas: the still a move's background continues


def settled_like(move: Move, shot: Box, size: tuple[int, int]) -> Like:
    """The framing `move` settles on over `shot` and the canvas `size`: drawn still from its settle on,
    its tile background is the one a move's large frame lays its tiles as (`_background_steps`)."""
    return move.framing_at(shot, 1.0), size


def settle_grid(renderer: RoomRenderer, view: View, like: Like) -> None:
    """The figures' silhouettes in a move's large frame (`view`) posed on the mask grid of the still it
    settles on (`like`), a whole number of px off it (game/art/mask_grid.py): on the frame's own grid their
    edges lay up to a mask px off the still's, and the light laid by them jumped at the settle."""
    figures = getattr(renderer.layers, "figures", None)
    if figures is not None:
        (x, y, w, _h), size = like
        figures.grid.settle_on(view, camera_view(x, y, w, size[0]))


def _background_steps(renderer: RoomRenderer, area: Box, size: tuple[int, int],
                      like: Like | None) -> Generator[None, None, pygame.Surface]:
    """The tile background of `area` on `size`: a settled framing's (`like` None) as the still shot's
    (`TileBackground.crop`), a move's large frame's laid as its settled framing's still lays its tiles
    (`TileBackground.laid_steps`): the wall in the moving frames where the settled one puts it, beside the
    props. (Cropped itself, its own rounding of the frame's box laid the wall up to 1.1 px off the still's,
    line 13 at 1080p, the whole move, and it jumped there at the settle.)"""
    if like is None:
        return renderer.tiles.crop_steps(Rect(*area), size)
    return renderer.tiles.laid_steps(Rect(*area), size, renderer.tiles.lay(Rect(*like[0]), like[1]))


def margin(canvas_w: int) -> int:
    """Large px round the large frame, copies of its edge columns and rows: a cut to a fraction
    of a pixel reads a little past the framing, and the fitted smoothscale (`_fit`) needs room
    for its lead before the framing (more room, more fractions it reaches without a blend). A
    twenty-fourth of the canvas width keeps the frame within game.memory's MOVE_CANVAS."""
    return max(PAD, canvas_w // 24)


def pad_edges(big: pygame.Surface, size: tuple[int, int], margin: int = 0,
              sides: tuple[bool, bool, bool, bool] | None = None) -> None:
    """Repeat the edge columns and rows of the `size` picture at (`margin`, `margin`) in `big`
    into the rest of `big` on every side (right and bottom only when `margin` is 0), or only on
    `sides` (left, right, top, bottom: `_sides`, those a cut reads)."""
    w, h = size
    m = margin
    if w < 1 or h < 1:
        return
    left, right, top, bottom = sides or (True, True, True, True)
    bw, bh = big.get_size()
    if m and left:
        _stretch(big, (m, m, 1, h), (0, m, m, h))
    if right:
        _stretch(big, (m + w - 1, m, 1, h), (m + w, m, bw - m - w, h))
    if m and top:
        _stretch(big, (0, m, bw, 1), (0, 0, bw, m))
    if bottom:
        _stretch(big, (0, m + h - 1, bw, 1), (0, m + h, bw, bh - m - h))


def _sides(read: pygame.Rect, size: tuple[int, int]) -> tuple[bool, bool, bool, bool]:
    """Which margins (left, right, top, bottom) of a `size` picture the rect `read` (picture px)
    reaches into: only those need padding. (A top or bottom margin's corners are the left or
    right margin's rows stretched: read only where `read` reaches into both, padded both.)"""
    return read.left < 0, read.right > size[0], read.top < 0, read.bottom > size[1]


def _stretch(big: pygame.Surface, line: tuple[int, int, int, int], into: tuple[int, int, int, int]) -> None:
    """Repeat the one-pixel `line` of `big` over its part `into`, scaled straight into place:
    a scaled copy made and blitted is a fresh surface a frame, and at 1080p a fresh surface
    costs more in page faults than the copying."""
    if into[2] > 0 and into[3] > 0:
        pygame.transform.scale(big.subsurface(line), into[2:], big.subsurface(into))


ROW_BAND = 64  # rows of the cut blended down at a time (`_blend_down`)

LIFT_ACROSS, LIFT_DOWN = 1, 2  # levels added before pygame's shrink passes: its filter truncates,
# losing 1-1.9 levels a pass (more in the dark), so a pushed frame came out ~3 levels under the same
# drawing unpushed: line 63's insert (pushed 1.05) opened at mean grey 31.2 on 62's 34.2 (review14 §3 #1).
# These lifts give it back to within 0.1 level on that frame, black staying black.


def _lift(surface: pygame.Surface, levels: int) -> None:
    """Add `levels` to every channel of `surface` (saturating), in place: the shrink's loss paid ahead."""
    surface.fill((levels, levels, levels), special_flags=pygame.BLEND_RGB_ADD)


def _box(renderer: RoomRenderer, shot: str) -> Box:
    s = renderer.room.shots.get(shot) or renderer.room.shots["wide"]
    return (s.rect.x, s.rect.y, s.rect.w, s.rect.h)


class CameraMoves:
    """The moving camera's buffers: the large frame and the tile background it sits on."""

    def __init__(self) -> None:
        self._big: pygame.Surface | None = None
        self._passes: list[pygame.Surface] = []  # the shrink's pass across (and, cut alone, down), kept (`_shrink`)
        self._bg: dict[tuple[Box, int, int], pygame.Surface] = {}
        # a move's back plate (`_plate`) stands in for its tile background in `_bg`: its holes here,
        # each with the tile background under it
        self._holes: dict[tuple[Box, int, int], list[tuple[pygame.Rect, pygame.Surface]]] = {}
        self._ahead: tuple[Box, int, int] | None = None  # the background made ahead for the next move
        self._drawn: tuple[Box, int, int] | None = None  # and the one drawn last
        self._moving = False  # a moving frame was cut since `watch`

    def memory_bytes(self) -> int:
        """Bytes of the large frame, the shrink's buffers and the backgrounds kept (game.memory)."""
        kept = [*self._bg.values(), *self._passes, *(b for b in (self._big,) if b),
                *(c for holes in self._holes.values() for _r, c in holes)]
        return sum(memory.surface_size(s) for s in kept if s.get_parent() is None)  # (a hole: its plate's pixels)

    def watch(self) -> None:
        """From now on note which backgrounds are asked for (game.memory.watch)."""
        self._bg = memory.noting(self._bg)
        self._moving = False

    def release(self) -> None:
        """Keep only the backgrounds asked for since `watch`, and the frame buffers only if a
        move was cut since (the memory governor looks every two seconds: in a move they
        would be made again in the next frame, about 30 MB of fresh pages at 1080p, for
        nothing let go of; the next move makes them again)."""
        self._bg = memory.kept(self._bg)[0]
        self._holes = {k: v for k, v in self._holes.items() if k in self._bg}
        if not self._moving:
            self._big = None
            self._passes = []

    def rest(self) -> None:
        """A shot drawn still: let go of the large frame, the cut's row and every background but
        the one made ahead for the next move (a move cut away from before it settled held them,
        ~30 MB at 1080p, until the memory governor's next look)."""
        self._big, self._passes = None, []
        self._drop_backgrounds()

    def _drop_backgrounds(self, drawn: tuple[Box, int, int] | None = None) -> None:
        """Let go of every move background but the one made ahead for the next move and `drawn`."""
        for old in [k for k in self._bg if k not in (self._ahead, drawn)]:
            del self._bg[old]
            self._holes.pop(old, None)

    def wants(self, renderer: RoomRenderer, shot: str, snap: Snapshot) -> bool:
        """True when `shot` is the snapshot's shot and it has a move to show."""
        if snap.move is None or shot != snap.shot.value:
            return False
        fx = getattr(renderer.layers, "fx", None)
        return not bool(getattr(fx, "reduce_motion", False))

    def draw(self, renderer: RoomRenderer, surface: pygame.Surface, shot: str, snap: Snapshot, t: float,
             nib_uv: tuple[float, float] | None = None) -> None:
        move = snap.move
        assert move is not None
        size = surface.get_size()
        box = _box(renderer, shot)
        inserts = getattr(renderer.layers, "inserts", None)
        is_insert = inserts is not None and inserts.has(shot, drawn=True)
        props = getattr(renderer.layers, "props", None)
        # the shot's still background is of no use (the room from the move's own), nor, under an insert, its light canvas
        (renderer.let_go_room if is_insert else renderer.let_go_still)()
        if move.done(t) and not is_insert:  # settled: the last framing, drawn at its own size
            settle = self._big is not None  # (the move's buffers let go of the frame it ends)
            self._big, self._passes = None, []
            framing = move.framing(box, t)
            if settle and props is not None:  # its props kept as the settled framing asks (at the move's scale)
                view = camera_view(framing[0], framing[1], framing[2], size[0])
                props.settle(view, size, lambda: self._draw_room(renderer, surface, framing, snap, t, nib_uv))
                return
            self._draw_room(renderer, surface, framing, snap, t, nib_uv)
            return
        if is_insert:  # (drawn as its own illustration at `big_size`, settled or not)
            scale = move.largest_scale(box, size[0])
            area, big_size = box, (math.ceil(box[2] * scale), math.ceil(box[3] * scale))
        else:  # the room at the settled framing's own scale: its props and figures' rasters, no others
            area, big_size, scale = large_frame(move, box, size[0])  # (its light map on the settled still's cells)
        pad = margin(size[0])
        padded = (big_size[0] + 2 * pad, big_size[1] + 2 * pad)
        x, y, w, h = move.framing(box, t)
        frame = ((x - area[0]) * scale + pad, (y - area[1]) * scale + pad, w * scale, h * scale)
        axes = _axes(frame, size, padded)  # (once a frame: ~0.3 ms each at 1080p)
        origin = _crop(frame, size, big_size, pad, axes) if is_insert else None
        if origin is not None:  # a whole-pixel crop of the insert at the push's scale: drawn straight
            self._big, self._passes = None, []
            self._drop_backgrounds()
            renderer.layers.draw_insert(surface, shot, snap, t, origin, big_size)
            return
        first = self._big is None or self._big.get_size() != padded
        if first:  # the move's first frame (its buffer made after its background and plate: `_first`)
            self._big = None  # (another move's let go of first)
            if not is_insert:
                self._first(renderer, scale)
        like = settled_like(move, box, size)  # (its wall laid as the still it settles on lays it)
        if not is_insert:
            view = self._ground(renderer, area, big_size, snap, t, scale, like)[1]
            if (first or self._big is None) and props is not None:  # (see `_first`)
                props.silhouettes(view, big_size, begins=False)
        if first or self._big is None:
            self._big = pygame.Surface(padded)
        whole = self._big
        big = whole.subsurface(((pad, pad), big_size))
        (ix, iw, _tw, _a, _u), (iy, ih, _th, _b, _v) = axes
        read = pygame.Rect(ix - pad, iy - pad, iw, ih)  # what the cut reads, in the picture's px
        if is_insert:  # (drawn as its own illustration: no tile background of a move before it is of use)
            self._drop_backgrounds()
            if DRAW_READ:  # only what the cut reads, and the reach of the highlights' search round it
                part = read.inflate(2 * HIGHLIGHT_SPAN, 2 * HIGHLIGHT_SPAN).clip(big.get_rect())
                renderer.layers.draw_insert(big.subsurface(part), shot, snap, t, part.topleft, big_size)
            else:
                renderer.layers.draw_insert(big, shot, snap, t)
        else:  # the room whole (within a clip, a figure's part half out of it is turned for the clip:
            self._draw_room(renderer, big, area, snap, t, nib_uv, scale, like)  # 1 level off on a few px, figure_raster.clipped)
        pad_edges(whole, big_size, pad, _sides(read, big_size) if DRAW_READ else None)
        self._cut(frame, surface, spent=True, axes=axes)

    @staticmethod
    def _first(renderer: RoomRenderer, scale: float) -> None:
        """A room move's first frame, before its large frame is made: its scale's props alone to its settle, the
        still's figure rasters (`drawing_at`) and baked light canvas let go of (a move's map is baked only up to MOVE_BAKE of the window's:
        lighting.py `_bakes`). Then its background and plate (`_ground`), the props' outlines its wall shadows
        read (`draw`: a prop off the frame read whole for its outline, not over the large frame), and last
        its large frame. At her gaze's push (line 17, 1080p) the plate's props were rasterized beside the
        large frame and the still's light canvas, 11.8 and 7.9 MiB (the kiosk's high-water mark 289.2 ->
        270.9 MiB); the outlines first: its first frame's rise 14.4 -> 8.7 MB (lines 15-17, 8 updates a frame)."""
        if (props := getattr(renderer.layers, "props", None)) is not None:
            props.only(scale)
        if (figures := getattr(renderer.layers, "figures", None)) is not None:
            figures.rasters.drawing_at(scale)
        if (light_map := getattr(getattr(renderer.layers, "fx", None), "light_map", None)) is not None:
            light_map.let_go_canvas()

    def _cut(self, frame: Box, surface: pygame.Surface, spent: bool = False, axes: Axes | None = None) -> None:
        """Scale the large frame's part `frame` (x, y, w, h in its pixels, fractional) down onto
        `surface`, placed to a fraction of a pixel: a slow push moves the picture by a tenth
        of a pixel a frame, and a cut rounded to whole pixels jumps a pixel every few frames.

        Along each axis the fraction is laid by the smoothscale itself where it can be (`_fit`):
        its shrink filter averages each output pixel over [j * q, (j + 1) * q) of the source box,
        so a whole-pixel box whose origin lies a whole number of *output* pixels before the
        framing lands the framing's fractional origin; the canvas is that output cropped: one
        smoothscale (made in two passes, `_shrink`) and one opaque blit. Along an axis where no such box fits (at the very end
        of a push the scale is 1, a copy), a whole-pixel box is scaled so that its pixels stand
        the same size as the framing's (`_span`) and the remaining fraction is laid by blending
        the picture with itself one pixel along (bilinear), a full-screen blend per axis.

        With `spent` (the large frame is drawn again before the next cut, as `draw` does) both
        passes are made in place in the large frame (`_shrink_spent`), and the one kept buffer
        is the row blended across, made only for a blend down (at the very end of a push):
        at 1080p 0-8 MB beside the large frame, not 40 (two passes and a row)."""
        assert self._big is not None
        big = self._big
        self._moving = True
        W, H = surface.get_size()
        (ix, iw, tw, a, u), (iy, ih, th, b, v) = axes or _axes(frame, (W, H), big.get_size())
        cols = min(tw - a, W + 1)  # the columns shown (and the one after, for a blend)
        box = big.subsurface((ix, iy, iw, ih))
        scaled = self._shrink_spent(box, tw, th, a, cols) if spent else self._shrink(box, tw, th, a, cols)
        scaled = scaled.subsurface((0, b, cols, min(th - b, H + 1)))
        if v:
            self._blend_down(scaled, surface, u, v, big)
            return
        surface.blit(scaled, (0, 0))
        if u:
            scaled.set_alpha(u)
            surface.blit(scaled, (-1, 0))

    def _blend_down(self, scaled: pygame.Surface, surface: pygame.Surface, u: int, v: int,
                    like: pygame.Surface) -> None:
        """`scaled` (the cut, a row and a column more than `surface`) onto `surface`, blended with
        itself one pixel along at weight `u` across and `v` down, ROW_BAND rows at a time: each band's
        rows blended across (and the one after them) in a kept buffer of ROW_BAND + 1 rows, copied
        down and blended in again one row up. Every pixel is the same per-pixel blend of the same
        pixels as through a whole screen blended across (a kept 8 MiB at 1080p, the last second of
        a push: line 74), in a buffer of half a MiB."""
        W, H = surface.get_size()
        for y0 in range(0, H, ROW_BAND):
            n = min(ROW_BAND, H - y0)
            rows = self._pass(0, (W, n + 1), (W, ROW_BAND + 1), like)
            src = scaled.subsurface((0, y0, scaled.get_width(), n + 1))
            rows.blit(src, (0, 0))
            if u:
                src.set_alpha(u)
                rows.blit(src, (-1, 0))
            surface.blit(rows, (0, y0), (0, 0, W, n))
            rows.set_alpha(v)
            surface.blit(rows, (0, y0), (0, 1, W, n))

    def _shrink(self, box: pygame.Surface, tw: int, th: int, a: int, cols: int) -> pygame.Surface:
        """`box` smoothscaled to (`tw`, `th`), only its columns `a` .. `a + cols` made: the
        same pixels as one `smoothscale` cropped (its filter shrinks across, then down, each
        column on its own), at a third of its cost at 1080p. One call allocates its output
        and a buffer for the pass between, about 18 MB a frame whose first touch is page
        faults (measured in play at line 63: 12.5 ms of which 9.5 in the kernel; these two
        passes into kept buffers, 3.8 ms). The pass down is given only the columns shown.

        The large frame is not spent here, so the level lift (LIFT_ACROSS) cannot be added to
        it: `box` is copied into the pass across's own buffer (kept, the large frame's size),
        lifted there and shrunk in place as `_shrink_spent` does. A fresh lifted copy of the
        box a frame was 8-9 MiB of new pages and ~2 ms at 1080p; the same pixels."""
        most = self._big.get_size() if self._big is not None else box.get_size()  # a shrink is no larger
        w, h = box.get_size()
        own = self._pass(0, (w, h), most, box)
        own.blit(box, (0, 0))
        across = own.subsurface((0, 0, tw, h))
        if tw != w:
            _lift(own, LIFT_ACROSS)
            pygame.transform.smoothscale(own, (tw, h), across)
        shown = across.subsurface((a, 0, cols, h))
        down = self._pass(1, (cols, th), (cols, most[1]), box)  # (apart: a cut alone reuses pass 0 for its row)
        if th != h:
            _lift(shown, LIFT_DOWN)
        pygame.transform.smoothscale(shown, down.get_size(), down)
        return down

    @staticmethod
    def _shrink_spent(box: pygame.Surface, tw: int, th: int, a: int, cols: int) -> pygame.Surface:
        """As `_shrink`, the same pixels, each pass made in place in `box` (spent: the large
        frame's, drawn again before the next cut), no buffer at all: pygame's shrink filter
        reads each row (across) or the rows (down) ahead of where it writes its output, from
        the same corner (a cut is never larger than its box: `_axis`). At 1080p the passes'
        ~20 MB kept beside the large frame, and their first frame's fresh pages, are gone."""
        h = box.get_height()
        across = box.subsurface((0, 0, tw, h))
        if tw != box.get_width():
            _lift(box, LIFT_ACROSS)
            pygame.transform.smoothscale(box, (tw, h), across)
        shown = across.subsurface((a, 0, cols, h))
        down = shown.subsurface((0, 0, cols, th))
        if th != h:
            _lift(shown, LIFT_DOWN)
            pygame.transform.smoothscale(shown, (cols, th), down)
        return down

    def _pass(self, i: int, size: tuple[int, int], most: tuple[int, int],
              like: pygame.Surface) -> pygame.Surface:
        """A `size` part of the kept buffer `i` (in `like`'s pixel format), made again, `most`
        large (what a move can ask of it), only when too small: a move makes each once."""
        while len(self._passes) <= i:
            self._passes.append(pygame.Surface((1, 1), 0, like))
        buf = self._passes[i]
        if buf.get_width() < size[0] or buf.get_height() < size[1]:
            buf = self._passes[i] = pygame.Surface((max(size[0], most[0]), max(size[1], most[1])), 0, like)
        return buf.subsurface((0, 0, *size))

    def moving(self) -> bool:
        """Whether a move's frames are being cut now (its large frame held, not yet settled): the
        next line's move's background is then made once it has settled, or in the last pass before
        a cut it does not settle by (game/room/render.py `prepare_steps`), not beside the large frame
        and its own (line 56 at 1080p: 57's, 9.2 MiB, made beside 56's 8.9 and its frame's 10.9, and
        made again every second, as 56's settled framing's and 57's each let go of the other)."""
        return self._big is not None

    def prepare_steps(self, renderer: RoomRenderer, area: Box, size: tuple[int, int],
                      like: Like | None = None) -> Iterator[str]:
        """The tile background of a move's large frame (`area` at `size`), made ahead of the
        line that starts the move (game/room/render.py `prepare_steps`), a band of tiles a step
        (TileBackground.crop_steps): made whole in one step it was the high-water mark of the
        kiosk's day, 22 MB over the moving frame's buffers at line 17 at 1080p (her gaze's settled
        framing, scaled up past 4x), and one 25-40 ms step. `like`: the move's settled framing and
        canvas, whose still the large frame's tiles are laid as (`_background_steps`)."""
        key = (area, size[0], size[1])
        if key not in self._bg:
            for old in [k for k in self._bg if k != self._drawn]:
                del self._bg[old]
                self._holes.pop(old, None)
            made = yield from labelled(_background_steps(renderer, area, size, like), "move background")
            if key not in self._bg:  # (not made meanwhile by a frame that drew it)
                self._bg[key] = made
        self._ahead = key
        yield "move background"

    def _draw_room(self, renderer: RoomRenderer, surface: pygame.Surface, area: Box, snap: Snapshot,
                   t: float, nib_uv: tuple[float, float] | None, scale: float | None = None,
                   like: Like | None = None) -> None:
        """The room's `area` filling `surface`: a settled framing, or a move's large frame drawn at
        the move's `scale` (`camera_fit.large_frame`: its area is its size at that scale), its tiles laid
        as the still of its settled framing `like` lays them."""
        key, view, holes = self._ground(renderer, area, surface.get_size(), snap, t, scale, like)
        if holes is not None:  # the move's back plate, its holes painted again
            surface.blit(self._bg[key], (0, 0))
            renderer.layers.draw(surface, view, snap, t, nib_uv, holes)
            return
        renderer.paint_room(surface, self._bg[key], view, snap, t, nib_uv)  # kept between frames: only what moved

    def _ground(self, renderer: RoomRenderer, area: Box, size: tuple[int, int], snap: Snapshot, t: float,
                scale: float | None = None, like: Like | None = None,
                ) -> tuple[tuple[Box, int, int], View, list[tuple[pygame.Rect, pygame.Surface]] | None]:
        """What `_draw_room` draws the room's `area` on, on a `size` surface: its tile background (made here
        if not made ahead) or back plate (made at its first frame: `_plate`), its key, view and the plate's
        holes (None: no plate)."""
        key = (area, size[0], size[1])
        bg = self._bg.get(key)
        plates = self._plates(renderer)
        if not plates and self._holes.pop(key, None) is not None:  # (plates switched off: a plate is no background)
            bg = None
        if bg is None:
            bg = finish(_background_steps(renderer, area, size, like))
            self._bg[key] = bg
        if self._ahead == key:  # (drawn now: not kept by `rest` as a move's to come)
            self._ahead = None
        self._drop_backgrounds(key)  # one move at a time: its large box or its settled framing (and the next line's, made ahead)
        self._drawn = key
        view = camera_view(area[0], area[1], area[2], size[0]) if scale is None else scaled_view(area[0], area[1], scale)
        if like is not None:  # its figures' masks on the still's grid
            settle_grid(renderer, view, like)
        return key, view, (self._plate(renderer, key, view, snap, t) if plates else None)

    @staticmethod
    def _plates(renderer: RoomRenderer) -> bool:
        """Whether a move's frames may be drawn over a back plate (as a still shot's: render.py)."""
        layers = renderer.layers
        return layers is not None and renderer.plates and not renderer.keep_frames and layers.plates()

    def _plate(self, renderer: RoomRenderer, key: tuple[Box, int, int], view: View, snap: Snapshot,
               t: float) -> list[tuple[pygame.Rect, pygame.Surface]] | None:
        """The holes of the back plate of the large frame `key` (area, w, h), made at the move's
        first frame over its tile background, which becomes it in `_bg`; None where the layers
        cannot use one (game/room/render.py `_plate`, whose rules these are, but MOVE_PLATE_SHARE). A move draws its
        large frame at one scale over one area for the whole move, so its back props are the
        same every frame but for the holes (`plate_rects`): at line 17 they were ~28 ms a frame."""
        holes = self._holes.get(key)
        if holes is not None:
            return holes
        from game.room.layers import prop_state  # (layers imports the art: not at import time)

        layers = renderer.layers
        size = (key[1], key[2])
        rects = layers.plate_rects(view, size)
        if sum(r.w * r.h for r in rects) >= MOVE_PLATE_SHARE * size[0] * size[1]:
            return None
        # the plate painted over the background itself (its own: `tiles.crop` made it for this move), outside
        # the holes, which keep the tile background: each frame paints a hole again from its own pixels
        # (`draw_albedo`), so they are no copies (at line 17 7.1 MiB at 1080p, the window's) and the plate no
        # copy of the background (9.6 MiB): the same pixels as a plate painted whole over a copy
        plate = self._bg[key]
        state = prop_state(snap, t, layers.shifts)
        for part in outside(plate.get_rect(), rects):
            plate.set_clip(part)
            layers.draw_plate(plate, view, state)
        plate.set_clip(None)
        holes = [(r, plate.subsurface(r)) for r in rects]
        self._holes[key] = holes
        return holes
