"""The figures' parts as pixels: rasterized once per zoom level, turned per frame, cached.

Each part's SVG goes through the SvgCache at a zoom level quantized to quarter octaves
(so a camera move does not rasterize every frame), is normalised to ARGB (blits from the
loader's ABGR are ~30x slower when no display has converted them), flipped for the
left-facing figure and shaded when on the far side of the body. Per frame the part is
rotated (rotozoom: smooth edges) to its angle quantized to 0.25 degrees, through a cache
(game/art/turn_cache.py, the inserts' policy too) that keeps each part's PER_PART most recent
turns (so the writing arm's churn never evicts the breathing torso's few angles: at 4x a torso
turn costs ~20 ms) within a byte budget, least recently used first but never what the last
frame drew; the zoom-level rasters have a byte budget too, and are kept as their
drawings' boxes (`Raster`; a turn is made from the crop as wide on both sides that holds
one, `sym`: the same turns). In "art" mode its warm rim (the silhouette in firelight,
shifted toward the fire) is baked under it so each part costs one blit, and a turn is kept
without its clear border (`lit`: where it lies in the whole's turn kept beside it). "mask" mode gives solid black shapes for
the shadow and occlusion casters.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Iterator
from concurrent.futures import wait
from dataclasses import dataclass
from pathlib import Path
from typing import cast

import pygame

from game import memory
from game.art import figure_clip
from game.art.figure_clip import BIG_PART as BIG_PART  # (moved there with `clipped`: re-exported)
from game.art.figure_clip import NO_RIM as NO_RIM
from game.art.figure_clip import PARTIAL_SHARE as PARTIAL_SHARE
from game.art.figure_clip import Raster as Raster
from game.art.figure_clip import _at
from game.art.part_pixels import area_of, centre_of, made_turn, placed, tight_box, turned_size
from game.art.part_pixels import centred as centred  # (re-exported: tests and callers name these here)
from game.art.part_pixels import crop as crop
from game.art.rig import FigureSpec, Placed, rotate
from game.art.svg import Looks, SvgCache
from game.art.turn_cache import TurnCache
from game.art.turn_jobs import TurnJobs
from game.art.zoom_levels import ZoomLevels, level_zoom, zoom_level
from game.steps import load
from game.view import View

FAR_SHADE = (185, 160, 150)  # far limbs in shade: a darker skin or cloth, not a grey-brown that reads see-through
# A part's zoom raster made ahead is read on this thread (its PNG decoded, cropped, shaded: her torso
# or head at 4x was a 20 ms step at 1080p in a frame whose ahead-work budget is 10 ms); `base_steps`,
# on game/steps.py LOADER
LOAD_WAIT = 0.002  # seconds a step waits for the loader before it yields (no busy wait)
BaseKey = tuple[str, str, str, int, bool, str]


@dataclass(frozen=True)
class Drawn:
    """One image to blit: which raster, where its pivot is, how it is turned and faded."""

    char: str
    part: str
    variant: str
    placed: Placed
    alpha: float
    squash: float = 1.0  # horizontal squash while the head turns
    mirror: bool = False  # the head turned over the shoulder
    front: bool = False  # drawn in the front layer, over the coffee table


RotKey = tuple[object, ...]
# a turn: its image, the size of the whole raster it was turned from (not the raster: a turn kept the
# raster alive after the raster cache had let go of it), its rim's shift, where the image lies in the
# whole's turn (an art turn is made and drawn without the whole's zero border, `turn`'s tight, and kept
# without any clear border, `lit`: its left and top, not as wide on both sides), the size of the whole's
# turn (without its rim), and the whole's turn once `at` was asked for it (then the image is a part of
# it: `PartRasters.at`). A piece's (`clipped`): where the image lies in the piece's turn, and its size.
Turned = tuple[pygame.Surface, tuple[int, int], tuple[int, int], tuple[int, int], tuple[int, int], pygame.Surface | None]


def _turned_bytes(hit: Turned) -> int:
    full = hit[5] if len(hit) > 5 else None  # (the image's, or the whole's once made)
    return _bytes(full if full is not None else hit[0])


def _bytes(surf: pygame.Surface) -> int:
    return surf.get_width() * surf.get_height() * 4



class PartRasters:
    """Rasters of every figure part, by zoom level, angle and mode. One per `Figures`."""

    PER_PART = 16  # turned images kept per (part, variant, level, mode)
    # the silhouettes' masks (at most MASK_SCALE: small, 0.8 MiB both figures) are kept apart from the
    # art's turns: at line 17 her art turns at 4.8x were over the budget, so the masks (drawn at
    # SILHOUETTE_FPS, spare between) went first and all ~40 were turned again every 0.1 s
    MASK_BUDGET = 4 * 1024 * 1024  # (out of ROT_BUDGET: the art's turns have the rest, `_rot_budget`)
    # bytes of turned images at ROT_SCALE and closer (was 48; 24 thrashed past ~2.2x while the rims' wholes
    # were kept in the turns' place; 28 -> 24 once they were not, `shown`: at 20 a push's breath turned
    # ahead was pushed out before the rims asked for it, test_push_turns; at 16 line 17 turned 7 % more;
    # 24 -> 16 once the turns were kept without their clear border, `lit`: as many turns in 0.57 the bytes)
    ROT_BUDGET = 16 * 1024 * 1024
    ROT_SCALE = 2.0  # further out a turn has (scale / ROT_SCALE)^2 the pixels: the budget shrinks alike,
    ROT_FLOOR = 4 * 1024 * 1024  # so it holds as many turns at any zoom and window (a 480x270 kiosk: 4 MB)
    # the budgets the turns of this frame and the last may hold before LRU lets go of them too (at the push
    # into line 17 at 1080p the frame's own were 22.7 MiB, lit: 1.9 art budgets; 2.5 keeps them from thrashing)
    ROT_OVER = 2.5
    # bytes of zoom-level rasters, cropped to their drawings, in screens of the surface drawn on (the
    # fire close-up at 1080p needs ~22 MiB with its shadows' masks: at a fixed 16 it thrashed, ~450
    # files loaded again in 120 frames, 40 ms a frame); a small kiosk window still has the floor
    # 1080p: 15.8 MiB (a move's canvas: 25.3); 480x270: the floor (3.0 -> 2.0 once the rasters were kept as
    # their drawings' boxes, `Raster`: as many rasters in 0.64 the bytes; at 2.0 before, line 17's cut read ~10 % more)
    RASTER_SCREENS = 2.0
    RASTER_FLOOR = 4 * 1024 * 1024
    RASTER_BUDGET = int(RASTER_SCREENS * 1920 * 1080 * 4)  # before the first draw says the screen's size

    def __init__(self, specs: dict[str, FigureSpec], art_dir: Path, svg: SvgCache) -> None:
        self.specs, self.art_dir, self.svg = specs, art_dir, svg
        self._raster: OrderedDict[BaseKey, pygame.Surface] = OrderedDict()
        self._raster_bytes = 0
        self._loaded: tuple[BaseKey, pygame.Surface] | None = None  # read on the loader (`base_steps`), for `base`
        # a turn: (its image, the size of the raster it was turned from, its rim's shift); the size, not the raster: a turn
        # kept the raster alive after the raster cache had let go of it (at the fire close-up ~19 MiB that no budget
        # counted). A turn's owner: its raster, the key's first six; a frame's turns are kept while it and the next draw them
        self._rot: TurnCache[RotKey, Turned] = TurnCache(_turned_bytes, owner=lambda key: key[:6],
                                                         per_owner=self.PER_PART, over=self.ROT_OVER)
        self._masks: TurnCache[RotKey, Turned] = TurnCache(_turned_bytes, owner=lambda key: key[:6],
                                                           per_owner=self.PER_PART, over=self.ROT_OVER)
        self.frames = 0  # frames begun
        self.measured: dict[str, int] = {}  # figure -> the frame its whole art turns were last asked for (`at`: the rims)
        self._near, self._near_age = 0.0, 0  # the closest zoom turned lately, and turns since
        self._screen = 0  # px of the largest surface drawn on since the last release (0: none yet)
        self._look = Looks()  # the governor's looks: what was not asked for since the last goes
        self._levels = ZoomLevels()  # which levels' rasters are still wanted (`_drop_levels`)
        self._rects: dict[tuple[View, Drawn], pygame.Rect] = {}  # `whole_rect`'s, by view and pose
        self._ahead_px: dict[RotKey, int] = {}  # `ahead`'s turn's px, by its key
        self._jobs = TurnJobs()  # `ahead`'s turns being made on the loader

    def raster_budget(self) -> int:
        """Bytes of zoom rasters kept: RASTER_SCREENS of the surface drawn on (RASTER_BUDGET before
        any draw), at least RASTER_FLOOR. A shot's parts are each rasterized once and kept while
        it lasts; they scale with the screen, and so does this."""
        if self._screen <= 0:
            return self.RASTER_BUDGET
        return max(self.RASTER_FLOOR, int(self.RASTER_SCREENS * self._screen * 4))

    @property
    def _rot_bytes(self) -> int:
        return self._rot.bytes

    def memory_bytes(self) -> int:
        """Bytes of the zoom rasters and the turns kept (the art's and the masks'), and of those made on
        the loader and not taken back yet (`_jobs`)."""
        return self._raster_bytes + self._rot_bytes + self._masks.bytes + self._jobs.held()

    def exchange(self, other: PartRasters) -> None:
        """Trade everything held (zoom rasters, turns, budgets' bookkeeping) with `other`, a
        PartRasters of the same parts: the made-ahead reserve of the next cut
        (game/room/ahead_turns.py) becomes the figures' own in place, so the object the figures
        and the memory governor hold keeps its identity while its contents change."""
        self.__dict__, other.__dict__ = other.__dict__, self.__dict__
        other._jobs.clear()  # (the turns coming for what was drawn: of no use to a reserve)

    def watch(self) -> None:
        """From now on note which rasters and turns are asked for (game.memory.watch). The governor
        watches again at each of its looks (every 2 s): the shot before last's levels, or the room's
        while a close shot shows, were held to their budgets (~56 MiB at 1080p) until pushed out."""
        if self._look.due():
            self.release()
        self._look.watched()
        self._raster = memory.noting(self._raster)
        self._rot.watch()
        self._masks.watch()

    def adopted(self) -> None:
        """Just given a reserve's state (`exchange`): from now on note what is asked for (`watch`),
        letting go of nothing now. (A governor's look between the reserve's making and its cut made
        `watch` release it, none of it asked for yet: the cut into the page, 81, turned every part.)"""
        self._look.released()
        self.watch()

    def release(self) -> None:
        """Keep only the rasters and turns asked for since `watch` (none if not watched)."""
        self._look.released()
        self._raster, self._raster_bytes = memory.kept(self._raster, _bytes)
        self._screen = 0  # the next draw says the screen's size again (a smaller window, the title)
        self._rot.keep_asked()
        self._masks.keep_asked()
        self._jobs.clear()

    def frame(self) -> None:
        """A frame begins (game/scenes/story.py): the turns the last one drew are its working set,
        kept; those it did not draw go first, down to the budget (game/art/turn_cache.py). A
        frame's turns over the budget stay up to ROT_OVER budgets: under plain LRU each pushed
        out the one drawn next (at line 17, 13 turns made again a frame)."""
        self._rot.frame(self._rot_budget())
        self._masks.frame(self.MASK_BUDGET)
        self._drop_levels()
        budget = self.ROT_OVER * self._rot_budget()
        for back, made in self._jobs.back():  # (made on the loader since: kept as coming,
            key = cast(RotKey, back)  # its raster kept, within the budgets: what is coming never pushes out what shows)
            if key[:6] in self._raster and self._rot.ahead(key) is None and self._rot.bytes + _bytes(made[0]) <= budget:
                self._rot.put(key, (*made, None), self._rot_budget(), ahead=True)
        self.frames += 1

    def drawing_at(self, scale: float) -> None:
        """The view draws at `scale` this frame (`clipped`; a move's first frame, game/camera.py): a level left goes now."""
        self._let_go(set(), self._levels.drawn(zoom_level(scale), self.frames))

    def _drop_levels(self) -> None:
        """The rasters of the levels no longer wanted go (game/art/zoom_levels.py): the same pixels made again."""
        self._let_go(self._levels.stale(self.frames), self._levels.left(self.frames))

    def _let_go(self, gone: set[int], left: int | None) -> None:  # (the masks' level may stay at a cut: not `left`'s)
        if not gone and left is None:
            return
        for key in [k for k in self._raster if k[3] in gone or (k[3] == left and k[5] != "mask")]:  # (iterated: unnoted)
            self._raster_bytes -= _bytes(self._raster.pop(key))
        for rkey in [k for k in self._rot if k[3] == left]:
            self._rot.discard(rkey)
        self._jobs.drop(lambda k: k[3] in gone or k[3] == left)  # type: ignore[index]

    def _rot_budget(self) -> float:
        """Bytes of art turns kept: ROT_BUDGET at the closest zoom turned lately, less further out,
        less the masks' (MASK_BUDGET: the census counts both under ROT_BUDGET)."""
        return max(self.ROT_FLOOR, self.ROT_BUDGET * min(1.0, self._near / self.ROT_SCALE) ** 2 - self.MASK_BUDGET)

    def _keep(self, key: RotKey, hit: Turned, scale: float | None = None) -> None:
        """Keep the turn `hit` at `key`, drawn now (those to come are kept by `frame`); the closest zoom
        turned lately sets the art's budget. A mask goes to the masks' cache."""
        if key[5] == "mask":
            self._masks.put(key, hit, self.MASK_BUDGET)
            return
        self._near_age += 1
        if scale is None or scale >= self._near or self._near_age > 2000:
            self._near, self._near_age = self.ROT_SCALE if scale is None else scale, 0
        self._rot.put(key, hit, self._rot_budget())

    def _kept(self, key: RotKey) -> Turned | None:
        """The turn at `key` if kept, drawn now."""
        return (self._masks if key[5] == "mask" else self._rot).get(key)

    def _used(self, key: RotKey) -> None:
        """A turn of the raster at `key` was drawn: the raster is in use too (its next turn needs it),
        so it is the last to go from its cache and kept by a release (governor). Only asked for on a
        turn's miss, the rasters of parts turned every frame from the cache looked unused: pushed
        out or released, and loaded from their files again at the next new angle."""
        self._levels.ask(key[3], self.frames)  # type: ignore[arg-type]  # (its zoom level)
        if key in self._raster:
            self._raster.move_to_end(key)  # type: ignore[arg-type]  # (a turn's key begins with its raster's)

    def whole(self, cid: str, part: str, level: int) -> tuple[int, int]:
        """The size of the part's whole raster at a zoom level (its SVG's box; `base` is cropped)."""
        p = self.specs[cid].parts[part]
        scale = 2.0 ** (level / 4.0)
        return (math.ceil(p.size[0] * scale), math.ceil(p.size[1] * scale))

    def cut(self, cid: str, part: str, level: int, surf: pygame.Surface) -> tuple[int, int]:
        """Px cropped off each side of the crop as wide on both sides (`crop`) that holds `surf`,
        the part's raster at `level` as kept (`base`: its drawing's box)."""
        return self.centred(cid, part, level, surf).topleft

    def centred(self, cid: str, part: str, level: int, surf: pygame.Surface) -> pygame.Rect:
        """The crop as wide on both sides (in the whole raster's px) that holds `surf`, the part's
        raster at `level` as kept: what a turn is made from (`sym`)."""
        return centre_of(pygame.Rect(_at(surf), surf.get_size()), self.whole(cid, part, level))

    def sym(self, cid: str, part: str, level: int, surf: pygame.Surface) -> tuple[pygame.Surface, tuple[int, int]]:
        """`surf` (a raster as kept) given the zero border of the crop as wide on both sides that
        holds it (`centred`), and that crop's `cut`: a turn of it is the whole's turn less a zero
        border, pixel for pixel (`turn`), as a turn of a raster kept so was. Made for a turn and
        let go of with it (~36 % of the kept rasters' bytes was that border: 6.1 of 16.8 MiB at the
        1080p kiosk's peak)."""
        box = self.centred(cid, part, level, surf)
        return area_of(surf, _at(surf), box), box.topleft

    def base(self, cid: str, part: str, variant: str, level: int, flip: bool, mode: str) -> pygame.Surface:
        """The part's raster at a zoom level: its art (mode "art") or a solid mask ("mask"), less
        the zero border round it (`crop`: `cut` tells how much). Only read, never blitted or filled:
        a turn of it made on the loader holds it locked (`ahead`), and a locked surface cannot be blitted."""
        key = (cid, part, variant, level, flip, mode)
        self._levels.ask(level, self.frames)
        surf = self._raster.get(key)
        if surf is not None:
            self._raster.move_to_end(key)
        else:
            loaded, self._loaded = self._loaded, None
            surf = loaded[1] if loaded is not None and loaded[0] == key else self._made(key)
            self._raster[key] = surf
            self._raster_bytes += _bytes(surf)
            while self._raster_bytes > self.raster_budget() and len(self._raster) > 1:
                self._raster_bytes -= _bytes(self._raster.popitem(last=False)[1])
        return surf

    def base_steps(self, cid: str, part: str, variant: str, level: int, flip: bool, mode: str) -> Iterator[str]:
        """`base`'s raster, if not kept, read on the loader thread, a step yielded while it is; the
        next `base` of it takes it (the same pixels: `_made`)."""
        key = (cid, part, variant, level, flip, mode)
        if key in self._raster or (self._loaded is not None and self._loaded[0] == key):
            return
        job = load(self._made, key)
        while not job.done():
            wait([job], timeout=LOAD_WAIT)
            yield "loading"
        self._loaded = (key, job.result())

    def _made(self, key: BaseKey) -> pygame.Surface:
        """`base`'s raster for `key` made from the part's file: pure (it reads the specs and the SVG
        cache's files), so it may run on the loader."""
        cid, part, variant, level, flip, mode = key
        p = self.specs[cid].parts[part]
        file = p.variants.get(variant) or p.variants[p.default]
        w = self.whole(cid, part, level)[0]
        loaded = self.svg.get(self.art_dir / self.specs[cid].id / file, self.whole(cid, part, level), keep=False)
        box = tight_box(loaded)  # cut first (its zeros stay zeros below), so only the drawing is copied
        if flip:  # (flipped at once: the flipped whole's box)
            loaded = pygame.transform.flip(loaded.subsurface(box), True, False)
            box = pygame.Rect(w - box.right, box.y, box.w, box.h)
            src = loaded.get_rect()
        else:
            src = box
        surf = Raster(box.size, pygame.SRCALPHA)  # ARGB: blits 30x faster than the
        surf.blit(loaded, (0, 0), src)  # loader's ABGR (a copy: onto clear pixels a blit copies)
        surf.at = box.topleft
        del loaded
        if p.far and mode == "art":
            surf.fill((*FAR_SHADE, 255), special_flags=pygame.BLEND_RGBA_MULT)
        if mode == "mask":
            surf.fill((0, 0, 0, 255), special_flags=pygame.BLEND_RGBA_MULT)
        return surf

    def image(self, d: Drawn, scale: float, mode: str) -> tuple[pygame.Surface, tuple[float, float]]:
        """The rotated image and the offset from the pivot's screen position to its top-left.

        In "art" mode the part's warm rim is baked in under it (its rotated silhouette in
        firelight, shifted toward the fire), so each part is one blit."""
        img, (ox, oy), _inset, _size = self._image(d, scale, mode)
        return img, (ox, oy)

    def _image(self, d: Drawn, scale: float, mode: str,
               want_whole: bool = True) -> tuple[pygame.Surface, tuple[float, float], tuple[int, int], tuple[int, int]]:
        """`image`: the image, the offset to the top-left of the whole's turn, where in that the
        image lies, and the whole's turn's size (its rim's strip in). An art turn is made without the whole's zero border (at line 17 her face's
        features are each turned in the head's box, 3 MB of zeros each) and drawn so (`_drawn`); the
        whole's turn is made from it only when asked for (`want_whole`: the rims' measures read the
        whole's size, game/fx/rim_art.py) and then kept in its place. A mask is kept whole (the
        silhouettes' boxes are made from it)."""
        level, zoom = level_zoom(scale)
        flip = d.placed.flip != d.mirror
        ang = round(d.placed.angle * 4.0) / 4.0
        key = self.turn_key(scale, d, mode)
        hit = self._kept(key)
        if hit is None:
            made = self._jobs.take(key)  # (made on the loader ahead: `ahead`)
            if made is None:
                made = made_turn([self.sym(d.char, d.part, level, self.base(d.char, d.part, d.variant, level, flip, mode))],
                                 d.squash, ang, zoom, mode == "art", self._rim(d, scale, mode))
            hit = (*made, None)
            self._keep(key, hit, scale)
        else:
            self._used(key[:6])
        if want_whole and hit[3] != (0, 0):  # the whole's turn: made once from the image, kept instead of it
            if hit[5] is None:
                turned = placed(hit[0], hit[3], (hit[4][0] + abs(hit[2][0]), hit[4][1] + abs(hit[2][1])))
                hit = (turned.subsurface((*hit[3], *hit[0].get_size())), *hit[1:3], hit[3], hit[4], turned)
                (self._masks if mode == "mask" else self._rot).replace(key, hit)
            full = hit[5]
            assert full is not None
            return full, self._top_left(d, scale, zoom, ang, hit[1], hit[4], hit[2]), (0, 0), full.get_size()
        img, size, shift, inset, whole, _full = hit
        return img, self._top_left(d, scale, zoom, ang, size, whole, shift), inset, (whole[0] + abs(shift[0]), whole[1] + abs(shift[1]))

    def _top_left(self, d: Drawn, scale: float, zoom: float, ang: float, size: tuple[int, int],
                  turned: tuple[int, int], shift: tuple[int, int]) -> tuple[float, float]:
        """The offset from the pivot's screen position to the top-left of the part's whole raster
        (`size`) turned by `ang` at `zoom` (`turned` px, its rim `shift` added round it)."""
        p = self.specs[d.char].parts[d.part]
        px = (p.size[0] - p.pivot[0]) if d.placed.flip != d.mirror else p.pivot[0]
        bw, bh = size[0] * zoom, size[1] * zoom
        rx, ry = rotate((px * scale * d.squash - bw / 2.0, p.pivot[1] * scale - bh / 2.0), ang)
        return (-rx - turned[0] / 2.0 - max(0, -shift[0]), -ry - turned[1] / 2.0 - max(0, -shift[1]))

    def clipped(self, view: View, d: Drawn, clip: pygame.Rect) -> tuple[pygame.Surface, tuple[int, int]] | None:
        """Like `at(view, d, "art")`, but a large part mostly outside `clip` has only the piece of it
        that `clip` shows turned (game/art/figure_clip.py); None if nothing of it shows."""
        return figure_clip.clipped(self, view, d, clip)

    @staticmethod
    def turn_key(scale: float, d: Drawn, mode: str = "art") -> RotKey:
        """The key of the turn of `d` at `scale` in `mode` (`_image`'s, `figure_clip.clipped`'s, `ahead`'s)."""
        level, zoom = level_zoom(scale)
        return (d.char, d.part, d.variant, level, d.placed.flip != d.mirror, mode, round(d.placed.angle * 4.0) / 4.0,
                round(zoom, 3), round(d.squash, 2))

    def ahead(self, view: View, d: Drawn, least: int, key: RotKey | None = None) -> int:
        """Turn, for a coming frame, the whole turn of the pose `d` (a pose to come) that
        `at(view, d, "art")` gives and `clipped` draws, if it is at least `least` px and the art's turns
        are within ROT_OVER budgets with it; or mark it coming if kept. It is made on the loader thread
        (game/art/turn_jobs.py) from its raster as kept (one not kept is read on this thread: not
        ahead; nor a squashed part, whose turn is keyed by its squash rounded) and kept as coming when
        it is back (`frame`). The px sent (0: kept, sent already, or not sent). What is drawn is the
        same either way: this moves the work of a breath's next angle off the frame that shows it.
        `key`: its key (`turn_key`), if known (game/art/ahead_plan.py). A raster a job turns is held
        locked while it is (rotozoom's), so the rasters are never blitted on the main thread (their
        turns are: a blit of a locked surface fails)."""
        key = key if key is not None else self.turn_key(view.scale, d)
        if self._rot.ahead(key) is not None or key in self._jobs:
            return 0
        if self._jobs.full() or key[:6] not in self._raster or d.squash < 0.995:
            return 0
        px, level, base = self._ahead_px.get(key), key[3], None
        if px is not None:
            self._levels.ask(level, self.frames)  # type: ignore[arg-type]  # (as `base` would)
        else:  # (the turn's size is the key's: found once, not at each frame the moment is ahead)
            base = self.base(d.char, d.part, d.variant, level, key[4], "art")  # type: ignore[arg-type]
            w, h = turned_size(self.centred(d.char, d.part, level, base).size, -key[6], view.scale / 2.0 ** (level / 4.0))  # type: ignore[arg-type,operator]
            if len(self._ahead_px) >= 4096:
                self._ahead_px.clear()
            px = self._ahead_px[key] = w * h
        if px < least or self._rot.bytes + 4 * (px + self._jobs.px) > self.ROT_OVER * self._rot_budget():
            return 0  # (made ahead within what the cache may hold: what is coming never pushes out what shows)
        if base is None:
            base = self.base(d.char, d.part, d.variant, level, key[4], "art")  # type: ignore[arg-type]
        self._jobs.send(key, px, made_turn, [self.sym(d.char, d.part, level, base)],  # type: ignore[arg-type]
                        d.squash, key[6], level_zoom(view.scale)[1], True, self._rim(d, view.scale, "art"))
        return px

    def _rim(self, d: Drawn, scale: float, mode: str) -> tuple[int, int]:
        """The shift of the warm rim baked under an art turn of `d` at `scale` ((0, 0): none)."""
        rim = self.specs[d.char].rim
        if mode != "art" or rim == (0.0, 0.0) or d.part in NO_RIM:
            return (0, 0)
        return (round(rim[0] * scale), round(rim[1] * scale))

    def reach(self, view: View, d: Drawn) -> pygame.Rect:
        """A screen rect sure to hold the part however it is turned (its pivot's circle), to
        skip parts a close-up does not show without rotating them."""
        p = self.specs[d.char].parts[d.part]
        rim = self.specs[d.char].rim
        r = (math.hypot(max(p.pivot[0], p.size[0] - p.pivot[0]), max(p.pivot[1], p.size[1] - p.pivot[1]))
             + abs(rim[0]) + abs(rim[1])) * view.scale + 2.0
        x, y = view.pt(d.placed.x, d.placed.y)
        return pygame.Rect(math.floor(x - r), math.floor(y - r), math.ceil(2 * r), math.ceil(2 * r))

    def at(self, view: View, d: Drawn, mode: str, shift: tuple[float, float] = (0.0, 0.0)) -> tuple[pygame.Surface, tuple[int, int]]:
        """The rotated image for `d` and the top-left pixel it goes to on a surface seen through `view`."""
        if mode == "art":
            self.measured[d.char] = self.frames
        img, (ox, oy), _inset, _size = self._image(d, view.scale, mode)
        sx, sy = view.pt(d.placed.x + shift[0], d.placed.y + shift[1])
        return img, (round(sx + ox), round(sy + oy))

    def shown(self, view: View, d: Drawn) -> tuple[pygame.Surface, tuple[int, int], pygame.Rect]:
        """`at(view, d, "art")` without its whole turn made: the turn as drawn (no zero border), the
        top-left pixel it goes to, and the screen rect the whole's turn covers (`at`'s place and
        size). What the rims' measures and the room's part rects read: blitted, the same pixels as
        the whole (its border is zeros), and the same rects. The wholes `at` made were kept in the
        turns' place (at line 17 all her ~30 turns, 48 MiB where the turns drawn hold 32; a face
        feature's whole is the head's box, 2.9 MiB, its drawing 0.2)."""
        self.measured[d.char] = self.frames
        img, pos, (ix, iy), size = self._drawn_inset(view, d)
        return img, pos, pygame.Rect((pos[0] - ix, pos[1] - iy), size)

    def whole_rect(self, view: View, d: Drawn) -> pygame.Rect:
        """`shown(view, d)`'s rect, found without turning the part (game/art/figure_clip.py), kept by
        view and pose: ~28 us to find, asked for each part drawn and each pose turned ahead (~200 a frame)."""
        hit = self._rects.get((view, d))
        if hit is None:
            if len(self._rects) >= 1024:
                self._rects.clear()
            hit = self._rects[(view, d)] = figure_clip.whole_rect(self, view, d)
        return pygame.Rect(hit)

    def _drawn(self, view: View, d: Drawn) -> tuple[pygame.Surface, tuple[int, int]]:
        """`at(view, d, "art")` as drawn: the turn without the whole's zero border, where it lies
        in the whole's (the same pixels blitted; the border was blended in every frame for nothing)."""
        img, pos, _inset, _size = self._drawn_inset(view, d)
        return img, pos

    def _drawn_inset(self, view: View, d: Drawn) -> tuple[pygame.Surface, tuple[int, int], tuple[int, int], tuple[int, int]]:
        """`_drawn`, where the turn lies in the whole's (its clear border's width left and above) and the whole's size."""
        img, (ox, oy), (ix, iy), size = self._image(d, view.scale, "art", want_whole=False)
        sx, sy = view.pt(d.placed.x, d.placed.y)
        return img, (round(sx + ox) + ix, round(sy + oy) + iy), (ix, iy), size

    @staticmethod
    def put(target: pygame.Surface, img: pygame.Surface, pos: tuple[int, int], alpha: float) -> None:
        if alpha < 0.995:
            img.set_alpha(round(255 * alpha))
            target.blit(img, pos)
            img.set_alpha(255)
        else:
            target.blit(img, pos)

