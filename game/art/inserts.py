"""Close shots drawn for their scale: an insert is its own illustration, lit by the room.

The story's intimate images (clenched hands, a tapping foot, a twirled strand, trembling
lips, the reach, intertwined fingers, a tear, the kiss) cannot be the wide rig enlarged:
at 1080p a hand of the wide rig is a paddle and a tear a pixel. So each is drawn as a
separate illustration in `assets/art/inserts/<name>/`: SVG parts on a 1920x1080 design
canvas (gradients for volume, fingers and knuckles), listed bottom to top in
`insert.toml`, each with a pivot and motions (game/art/insert_motion.py). A part is
rasterized once at the canvas's real size, cropped to what it covers, and per frame
only moved, turned or faded: solid parts never crossfade, so no limb turns see-through.

A part that carries a face (`face = "her"` in insert.toml) has a drawing per expression that
character can take (NAME/faces/<stem>.<expression>.svg, written by tools/faces_close): the
insert shows the one of the story's `face` beat in force as it is drawn, so a close-up
follows the script live, not only when its generator is re-run.

The script shows one with `shot insert_NAME` (a `shot` object in scenes/room.tmx whose
rectangle is where in the room the close-up is; docs/story-script.md). The room's light
is applied over the illustration (game/art/insert_light.py), from that place: the warm
key from the side of the nearest flame, flickering with it, and the cool window fill
from the other side, so an insert cuts in and out of the wide shot in the same light.
"""

from __future__ import annotations

import logging
import math
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator, Mapping
from concurrent.futures import Future, wait
from dataclasses import dataclass
from pathlib import Path

import pygame

from game.art.insert_light import InsertLight, LightMaps, apply_light, bright_box, from_flame
from game.art.insert_motion import Transform, combined
from game.art.insert_spec import PREFIX as PREFIX  # (an insert's spec, imported from here)
from game.art.insert_spec import InsertSpec as InsertSpec
from game.art.insert_spec import Part as Part
from game.art.insert_spec import available as available
from game.art.insert_spec import check_inserts as check_inserts
from game.art.insert_spec import insert_name as insert_name
from game.art.insert_spec import load_spec as load_spec
from game.art.insert_turns import TurnStore, back, blit_faded, kept_turns, rounded, turn, turned_box
from game.art.insert_turns import ahead as turn_ahead
from game.art.svg import SvgCache
from game.art.turn_jobs import TurnJobs
from game.steps import load, taken

log = logging.getLogger(__name__)

DESIGN = (1920, 1080)
VARIANTS = "faces"  # a part with `face = "ID"` has NAME/faces/<stem>.<expression>.svg, one per face ID can take
# A part's raster made ahead is read (its baked PNG decoded, 15-70 ms at 1080p, pygame lets go of the
# GIL meanwhile) and measured on the loader thread (game/steps.py LOADER, the room's art's), one at a
# time: made ahead on the main thread, each was one step of 50-70 ms in a frame whose ahead-work budget
# is 10 ms (line 70, making the hands' for 71). A backdrop is made opaque there too (`_read_part`); only
# a part's crop's conversion to the display's format is left to the main thread (the same pixels).
LOAD_WAIT = 0.002  # seconds a step waits for the loader before it yields (no busy wait on the main thread)
AHEAD_STEP, AHEAD_MOMENTS = 0.1, 3  # the next frames' moments turned on the loader: how many, at the frames' pace up to this


@dataclass(frozen=True)
class _Raster:
    image: pygame.Surface
    offset: tuple[int, int]  # where the crop's top-left sits on the canvas
    bright: pygame.Rect | None  # where in `image` a highlight can come from (insert_light.bright_box)


class Inserts:
    """Every insert of a story, drawn at the canvas's size with the room's light."""

    RASTER_SCREENS = 3  # parts' rasters kept, in canvases' worth of bytes (the largest insert: ~2.8)
    TURNED_SCREENS = 1.5  # turned (rotozoomed) parts kept, in canvases' worth of bytes
    LIGHT_MAPS = 1  # light maps kept (a canvas each): one insert's light at a time
    LOADING_SCREENS = 1  # a read ahead held till a step takes it: one part's crop, a backdrop's opaque canvas
    IDLE_CALLS = 90  # `has` asked this often about room shots with no insert drawn between: let go ...
    # ... or once this many seconds have passed with no insert drawn (a slow machine's 3 fps made 90 calls
    # ~30 s), after at least this many room frames (not one stall). 0 s (MEM3): the last insert's rasters
    # and light (~37 MiB at 1080p) were held 2 s into the room shot after it, its cut's art made beside them
    IDLE_S = 0.0
    IDLE_MIN_CALLS = 3

    def __init__(self, root: Path, svg: SvgCache, seed: int, calm: bool = False,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.root = root
        self.svg = svg
        self.seed = seed
        self.calm = calm
        self._specs: dict[str, InsertSpec | None] = {}
        self._users: dict[Path, set[str]] = {}  # a part's drawing -> the inserts that draw it (`_inserts_of`)
        self._rasters: OrderedDict[tuple[Path, int, int], _Raster] = OrderedDict()
        self._same: dict[Path, Path] = {}  # a part's drawing -> the first of the same bytes (one raster for both)
        self._light = LightMaps(keep=self.LIGHT_MAPS)
        self._turned = kept_turns()  # by quantized turn (game/art/turn_cache.py)
        self._idle = 0  # room shots asked about since an insert was last drawn
        self._idle_from: float | None = None  # when the first of them was asked about
        self.clock = clock
        self._asked: set[str] | None = None  # inserts drawn since `watch` (None: not watched)
        self._ahead: str | None = None  # the insert made ahead and not drawn yet: a release keeps it
        self._variants: dict[tuple[Path, str], Path] = {}  # (part, expression) -> the drawing shown
        self._shown: str | None = None  # the insert last drawn: its rasters are not let go of for another's
        self._light_for: str | None = None  # the insert whose light map is kept (made ahead or drawn)
        self._loading: dict[tuple[Path, int, int], Future[Read]] = {}  # on the loader
        self._jobs, self._drawn_u = TurnJobs(), 0.0  # turns to come (insert_turns.ahead), the last frame's moment

    def watch(self) -> None:
        """Note from now on which insert is drawn (game.memory's governor and the title call this):
        `release` then keeps that one's rasters and lets go of the rest."""
        self._asked = set()

    def release(self) -> None:
        """Let go of the rasters, turns and light maps (the next insert makes its own): all of them,
        or, when watched, all but those of the insert drawn since `watch` (so the memory governor may
        call this any time: an insert on screen is not made again on its next frame), and the one
        made ahead and not drawn yet (let go of at a look, it was made again in the cut's frame:
        the tear at line 68, 27 -> 240 ms)."""
        ahead = {self._ahead} if self._ahead is not None else set()
        keep = self._asked | ahead if self._asked is not None else set()
        self._asked = None if self._asked is None else set()
        self._keep_loading(keep)
        if not keep:
            self._jobs.clear()
            self._rasters.clear()
            self._turned.clear()
            self._shown = None
            self._light = LightMaps(keep=self.LIGHT_MAPS)
            return
        for k in [k for k in self._rasters if not self._inserts_of(k[0]) & keep]:
            del self._rasters[k]
        mine = {id(r.image) for r in self._rasters.values()}
        for key in [key for key in self._turned if key[0] not in mine]:
            del self._turned[key]
        self._jobs.drop(lambda key: key[0] not in mine)  # type: ignore[index]

    def memory_bytes(self) -> int:
        """Bytes of pixels kept: the parts' rasters, their turns (and those made on the loader, not taken
        back yet) and the light maps."""
        maps: list[pygame.Surface] = list(getattr(self._light, "_maps", {}).values())
        return self._held() + self._jobs.held() + sum(s.get_pitch() * s.get_height() for s in [*self._turned.values(), *maps])

    def _held(self) -> int:
        """Bytes of the parts' rasters (one shared by two inserts counted once)."""
        return sum(img.get_pitch() * img.get_height() for img in {id(r.image): r.image for r in self._rasters.values()}.values())

    def spec(self, name: str) -> InsertSpec | None:
        if name not in self._specs:
            try:
                self._specs[name] = load_spec(self.root, name)
            except ValueError as exc:  # lint reports it; in play the room is drawn instead
                log.warning("%s", exc)
                self._specs[name] = None
            spec = self._specs[name]
            for part in spec.parts if spec is not None else []:
                self._users.setdefault(part.svg, set()).add(name)
        return self._specs[name]

    def _inserts_of(self, svg: Path) -> set[str]:
        """The inserts that draw `svg` (a face variant: those that draw its part). A part may be drawn
        from another insert's folder (eyes_met's backdrop, his body, lids and flame are the gaze's):
        named by its folder, the insert on screen's were let go of as another's, first of all when
        the next insert was made beside it, and made again in its next frame, which let go of the
        next one's (line 61 at 1080p: eyes_met's 8.4 MiB backdrop made again in 17 frames, 140-160 ms
        each; every part of the reach made again in the cut's frame to 62, 290-390 ms)."""
        base = svg.parent.parent / f"{svg.name.split('.')[0]}.svg" if svg.parent.name == VARIANTS else svg
        return self._users.get(base) or {_insert_of(svg)}

    def has(self, shot: str, drawn: bool = False) -> bool:
        """Whether `shot` shows an insert. The room's renderer asks this every frame of a room
        shot: once it has asked IDLE_CALLS times, or IDLE_S seconds have passed (and it has asked
        IDLE_MIN_CALLS times), with no insert drawn between, the inserts' pixels are let go: they
        are only kept while one is shown (issue 16: 90 frames were ~18 s of story at 5 fps, line 7's
        36 MiB still held at line 9). One prepared ahead is kept until it is drawn. `drawn`: asked by
        the room's drawing of `shot` itself (game/room/render.py `draw_shot`, game/camera.py), not by
        the making ahead (which asks about the next room shot while an insert is on screen): the room
        is on screen, so they go at once. Held to the third room frame, the twirl's rasters and light
        (28 MiB at 1080p) stood beside the cut into her gaze (line 16) while its 4x art was made:
        the kiosk's 4 simulated hours' high-water mark there (tools/kiosk/soak.py --peaks)."""
        name = insert_name(shot)
        if name is None:
            self._idle += 1
            if self._idle_from is None:
                self._idle_from = self.clock()
            idle = drawn or self._idle >= self.IDLE_CALLS or (
                self._idle >= self.IDLE_MIN_CALLS and self.clock() - self._idle_from >= self.IDLE_S)
            if idle and self._ahead is not None:  # all but the one made ahead and not drawn yet
                self._keep_only({self._ahead})
            elif idle and (self._rasters or self._turned):
                asked, self._asked = self._asked, None  # nothing drawn: let go of all
                self.release()
                self._asked = None if asked is None else set()
            return False
        return self.spec(name) is not None

    def expect(self, shot: str | None) -> None:
        """A line's making ahead begins for the next line's `shot` (None: no cut): an insert made
        ahead for a line that never came (a visitor walked away, a rollback, a jump) is no longer
        kept until drawn; the next room frame lets its rasters go (`has`). It was held through the
        attract loop and the next visitor's lines: the lips' (line 19, 5.3 MiB at 1080p) beside her
        gaze's push (line 17), the kiosk's high-water mark (tools/kiosk/soak.py --peaks)."""
        if self._ahead is not None and (shot is None or insert_name(shot) != self._ahead):
            self._ahead = None

    def _keep_only(self, names: set[str]) -> None:
        """Let go of the rasters and turns of every insert but `names`, and of the light map if it is
        another's. Only the insert on screen and the one made ahead for the next line are of use: the
        last insert's were held beside them until the budget pushed them out (line 69 at 1080p: the
        twirl's from line 62 and the lips' made ahead, 28 MiB, and the twirl's light map)."""
        self._keep_loading(names)
        gone = [k for k in self._rasters if not self._inserts_of(k[0]) & names]
        for k in gone:
            del self._rasters[k]
        if gone:
            mine = {id(r.image) for r in self._rasters.values()}
            for key in [key for key in self._turned if key[0] not in mine]:
                del self._turned[key]
            self._jobs.drop(lambda key: key[0] not in mine)  # type: ignore[index]
        if self._light_for not in names and (self._light_for is not None or self._light.held()):
            self._light, self._light_for = LightMaps(keep=self.LIGHT_MAPS), None

    def _raster(self, svg: Path, size: tuple[int, int]) -> _Raster:
        key = (svg, size[0], size[1])
        r = self._rasters.get(key)
        if r is None:  # the same drawing in another insert (the hands' three share a backdrop: 8 MiB)
            r = self._rasters.get((self._first_of(svg), size[0], size[1]))
            if r is not None:
                self._rasters[key] = r
        if r is not None:
            self._rasters.move_to_end(key)
        else:
            job = self._loading.pop(key, None)  # read ahead on the loader (never waited for: read now if not done)
            r = _made((taken(job) if job is not None else None) or _read_part(self.svg, svg, size), size)
            self._rasters[key] = r
            budget = self.RASTER_SCREENS * size[0] * size[1] * 4  # least recently used go first,
            held, mine = self._held(), self._inserts_of(svg)
            for k in [k for k in self._rasters if (not self._inserts_of(k[0]) & mine or k[1:] != key[1:])
                      and self._shown not in self._inserts_of(k[0])]:  # (the next insert made beside the one shown)
                if held <= budget:  # but never this insert's own at this size (over the
                    break  # budget, each frame made every part again: 400 ms a frame, the tear at 3.05)
                old = self._rasters.pop(k).image
                if all(r.image is not old for r in self._rasters.values()):
                    held -= old.get_pitch() * old.get_height()
        return r

    def _load_ahead(self, svg: Path, size: tuple[int, int]) -> Future[Read] | None:
        """The raster of `svg` at `size` being read on the loader (None: held already, here or as the
        same drawing of another insert), a backdrop made opaque there too (`_read_part`). Only the
        last asked for is kept waiting: a read no step took (the insert let go of meanwhile) is
        dropped, so at most one canvas is held beside."""
        key = (svg, size[0], size[1])
        if key in self._rasters or (self._first_of(svg), size[0], size[1]) in self._rasters:
            return None
        job = self._loading.get(key)
        if job is None:
            self._keep_loading(set())
            self._loading = {key: load(_read_part, self.svg, svg, size)}
            job = self._loading[key]
        return job

    def _keep_loading(self, names: set[str]) -> None:
        """Keep waiting only for the reads of the inserts `names`: the others are cancelled if the
        loader has not begun them (it is the room's art's too: a read no step will take held it up)."""
        for k, job in list(self._loading.items()):
            if not self._inserts_of(k[0]) & names:
                job.cancel()
                del self._loading[k]

    def _first_of(self, svg: Path) -> Path:
        """The first drawing asked for with the same bytes as `svg` (itself if none)."""
        first = self._same.get(svg)
        if first is None:
            data = svg.read_bytes()
            first = next((p for p in self._same.values() if p.stat().st_size == len(data) and p.read_bytes() == data), svg)
            self._same[svg] = first
        return first

    def transforms(self, name: str, u: float) -> list[Transform]:
        """Each part's transform `u` seconds into the shot (for tests and tools)."""
        spec = self.spec(name)
        return [combined(p.motions, u, self.seed, i, self.calm) for i, p in enumerate(spec.parts)] if spec else []

    def prepare_steps(self, shot: str, size: tuple[int, int], light: InsertLight | None = None,
                      faces: Mapping[str, str] | None = None) -> Iterator[str]:
        """Make `shot`'s first frame ahead while the room is shown (the story knows its next
        shot, as Ren'Py predicts images), a part per step: each part's raster at `size`, its
        turn at the shot's first instant, then the light map for `light`. Only caches are
        filled: what is drawn does not depend on whether, or how far, this ran. What it made is
        kept until the insert is drawn (the idle release waits for it)."""
        name = insert_name(shot)
        spec = self.spec(name) if name else None
        if spec is None or name is None:
            return
        k = size[0] / DESIGN[0]
        pixel = pygame.Surface((1, 1))  # a turn is made by blitting it: onto one pixel, not a canvas
        turned_budget = int(self.TURNED_SCREENS * size[0] * size[1] * 4)
        self._ahead = name
        on_screen = self._shown is not None and self._idle < self.IDLE_MIN_CALLS  # (drawn since the room was)
        self._keep_only({name, self._shown} if on_screen and self._shown is not None else {name})
        for i, part in enumerate(spec.parts):
            svg = self.part_svg(part, faces)
            job = self._load_ahead(svg, size)
            while job is not None and not job.done():  # read on the loader: yield till it is (no spin)
                wait([job], timeout=LOAD_WAIT)
                yield "loading"
            r = self._raster(svg, size)
            del job  # (its read is the raster now, or was let go of: not held to the next step)
            tf = combined(part.motions, 0.0, self.seed, i, self.calm)
            if tf.alpha > 0.003:
                _blit_part(pixel, r, part.pivot, tf, k, self._turned, turned_budget, jobs=self._jobs)
            yield part.svg.stem
        if light is not None:
            self._light.get(from_flame(light, spec.parts), size)
            self._light_for = name
            yield "light"

    def part_svg(self, part: Part, faces: Mapping[str, str] | None) -> Path:
        """The drawing of `part` for the faces in force (character -> expression, the story's live
        `face` beats): a part that carries a character's face shows the variant drawn with that
        expression (faces/<stem>.<expression>.svg); otherwise, or if there is none, its own file
        (drawn with the beat the script gives at the shot)."""
        expr = faces.get(part.face) if faces and part.face else None
        if not expr:
            return part.svg
        key = (part.svg, expr)
        found = self._variants.get(key)
        if found is None:
            alt = part.svg.parent / VARIANTS / f"{part.svg.stem}.{expr}.svg"
            # the variant of the beat the part was drawn with is its own file: one raster, whether
            # the insert was prepared ahead with the faces or not
            found = alt if alt.is_file() and alt.read_bytes() != part.svg.read_bytes() else part.svg
            self._variants[key] = found
        return found

    def draw(self, surface: pygame.Surface, shot: str, u: float, light: InsertLight,
             faces: Mapping[str, str] | None = None, origin: tuple[int, int] = (0, 0),
             size: tuple[int, int] | None = None) -> None:
        """The insert shown by `shot`, `u` seconds after the shot began, in `light`, the faces in it
        with the expressions in `faces` (character -> expression; None: as drawn for the script).
        `size`: the canvas it is drawn for (default `surface`'s), of which `surface` shows the part
        from `origin` on: a camera push's framing that is a whole-pixel crop of the insert drawn
        at the push's scale (a settled push) is drawn straight onto the screen (game/camera.py),
        the same pixels without the large frame, its edges padded and copied."""
        name = insert_name(shot)
        spec = self.spec(name) if name else None
        if spec is None or name is None:
            return
        size = surface.get_size() if size is None else size
        k = size[0] / DESIGN[0]
        self._idle, self._idle_from = 0, None
        self._ahead = None if self._ahead == name else self._ahead
        if self._asked is not None and name:
            self._asked.add(name)
        if self._shown != name:  # another insert than the last drawn: only this one's and the next's are of use
            self._keep_only({name} if self._ahead is None else {name, self._ahead})
            self._shown = name
        turned_budget = int(self.TURNED_SCREENS * size[0] * size[1] * 4)
        back(self._turned, self._jobs, turned_budget, {id(r.image) for r in self._rasters.values()})  # (made since)
        bright: list[pygame.Rect] = []  # where a highlight can be (insert_light.BRIGHT)
        shown: list[tuple[int, Part, _Raster]] = []
        for i, part in enumerate(spec.parts):
            r = self._raster(self.part_svg(part, faces), size)
            tf = combined(part.motions, u, self.seed, i, self.calm)
            if i == 0 and not _covers(r, tf, surface, origin):  # (an opaque backdrop, laid still, covers it)
                surface.fill((0, 0, 0))
            if tf.alpha <= 0.003:
                continue
            shown.append((i, part, r))
            drawn = _blit_part(surface, r, part.pivot, tf, k, self._turned, turned_budget, origin, self._jobs)
            if drawn is not None:
                bright.append(drawn)
        step, self._drawn_u = (u - self._drawn_u if 0.0 < u - self._drawn_u <= AHEAD_STEP else AHEAD_STEP), u
        for n in range(1, AHEAD_MOMENTS + 1):  # the turns of the next frames' moments, made on the loader
            for i, part, r in shown:
                tf = combined(part.motions, u + n * step, self.seed, i, self.calm)
                rot, scale = rounded(r.image.get_size(), r.offset, (part.pivot[0] * k, part.pivot[1] * k), tf.rot, tf.scale)
                turn_ahead(r.image, rot, scale, self._turned, self._jobs, turned_budget)
        light = from_flame(light, spec.parts)  # an insert showing its own flame is keyed from it
        light_map = self._light.get(light, size)
        self._light_for = name
        apply_light(surface, light_map, light, origin, bright)  # the map, the flame's flicker, the glow; highlights kept


Read = tuple[pygame.Surface, pygame.Rect, pygame.Rect | None]


def _read(svg: SvgCache, path: Path, size: tuple[int, int]) -> Read:
    """A part's drawing at `size` as loaded (not converted: only what is kept is), cropped to the box of
    what it covers (a 1-px box if nothing), that box on the canvas, and where in it a highlight can come
    from (None: nowhere, insert_light.bright_box): pure, so it may run on the loader. The crop is a copy
    of its own: a read held until a step takes it (`Inserts._loading`) held the whole canvas (7.9 MiB
    at 1080p) for a part that covers a corner of it; a backdrop covers it all and is returned whole."""
    full = svg.get(path, size, keep=False)
    box = full.get_bounding_rect(1)
    box = box if box.w and box.h else pygame.Rect(0, 0, 1, 1)
    crop = full if box.size == full.get_size() else full.subsurface(box).copy()
    return crop, box, bright_box(crop)


def _read_part(svg: SvgCache, path: Path, size: tuple[int, int]) -> Read:
    """`_read`, a backdrop (a read covering the canvas) made opaque (`_solid`) and the read let go of:
    pure, so a read ahead runs whole on the loader (pygame lets go of the GIL in the blit) and holds
    one canvas, never the read and its opaque copy. Made opaque on the main thread a band of rows a
    step (6 bands, a step each frame or two), the read was held beside the copy being made for those
    frames, while the insert on screen held its rasters and light: line 14 at 1080p making the twirl's
    backdrop beside the crossed legs, 16.2 MiB of rasters, 7.9 of light, 7.9 read and 7.9 being
    copied: 39.9 MiB -> 32.0 (issue 16, the week's last-day peak)."""
    crop, box, bright = _read(svg, path, size)
    if box.size == _canvas(size):
        return _solid(crop), box, bright
    return crop, box, bright


def _made(read: Read, size: tuple[int, int]) -> _Raster:
    """The raster of a read (`_read_part`): a backdrop as it is, opaque already; a part's crop
    converted to the display's format (on the main thread)."""
    crop, box, bright = read
    return _Raster(crop, (0, 0), bright) if box.size == _canvas(size) else _Raster(_native(crop), (box.x, box.y), bright)


def _canvas(size: tuple[int, int]) -> tuple[int, int]:
    """The size a part's drawing is read at for `size` (SvgCache.get's): a read whose box is all of it
    is a backdrop."""
    return max(1, int(size[0])), max(1, int(size[1]))


def _solid(full: pygame.Surface) -> pygame.Surface:
    """A backdrop (a drawing covering the whole canvas) made opaque, drawn several times faster
    than with alpha: blitted over black."""
    solid = pygame.Surface(full.get_size())
    solid.blit(full, (0, 0))
    return solid


def _covers(r: _Raster, tf: Transform, surface: pygame.Surface, origin: tuple[int, int]) -> bool:
    """Whether the part `r` laid by `tf` covers all of `surface` (showing the canvas from `origin`
    on) with opaque pixels: an insert's backdrop, unmoved, so the black under it is never seen
    (filling it first cost ~0.4 ms a frame at 1080p for nothing)."""
    img = r.image
    return (tf == Transform() and r.offset == (0, 0) and not img.get_flags() & pygame.SRCALPHA
            and img.get_alpha() is None and img.get_colorkey() is None
            and pygame.Rect((0, 0), img.get_size()).contains(pygame.Rect(origin, surface.get_size())))


def _native(surf: pygame.Surface) -> pygame.Surface:
    """A copy of `surf` in the display's format (blits from the loader's ABGR are ~30x slower), or
    as it is with no display."""
    if pygame.display.get_init() and pygame.display.get_surface() is not None:
        return surf.convert_alpha()
    return surf.copy()


def _insert_of(svg: Path) -> str:
    """The insert a part's drawing belongs to (a face variant lies one folder deeper)."""
    return svg.parent.parent.name if svg.parent.name == VARIANTS else svg.parent.name


def _blit_part(surface: pygame.Surface, r: _Raster, pivot: tuple[float, float], tf: Transform, k: float,
               turned: TurnStore, budget: int = 1 << 62, origin: tuple[int, int] = (0, 0),
               jobs: TurnJobs | None = None) -> pygame.Rect | None:
    """One part moved, turned about its pivot and faded. A turn is rounded to a quarter degree and a
    zoom to steps of a pixel at the part's far edge, and kept (game/art/insert_turns.py), so a
    trembling, swaying or breathing part is turned once per visible step, not every frame.
    `surface` shows the insert's canvas from `origin` on (whole px: the same pixels, moved).
    Returns where on `surface` the part may have laid a highlight (its bright box, moved; all of a
    turn of one), or None."""
    px, py = pivot[0] * k, pivot[1] * k
    img = r.image
    rot, scale = rounded(img.get_size(), r.offset, (px, py), tf.rot, tf.scale)
    ox, oy = origin
    if rot == 0.0 and scale == 1.0:
        if jobs is not None:  # (no turn of it to come made on the loader meanwhile, nor begun: see `settle`)
            jobs.settle(lambda key: isinstance(key, tuple) and key[0] == id(img))
        dest = (round(r.offset[0] + tf.dx * k) - ox, round(r.offset[1] + tf.dy * k) - oy)
        blit_faded(surface, img, dest, tf.alpha)
        return None if r.bright is None else r.bright.move(dest)
    cached = turn(img, rot, scale, turned, budget, jobs)
    w, h = img.get_size()
    cx, cy = r.offset[0] + w / 2, r.offset[1] + h / 2
    vx, vy = cx - px, cy - py
    a = math.radians(rot)
    # pygame turns counter-clockwise on screen (y down): the centre moves the same way
    rx = (vx * math.cos(a) + vy * math.sin(a)) * scale
    ry = (-vx * math.sin(a) + vy * math.cos(a)) * scale
    centre = (px + rx + tf.dx * k, py + ry + tf.dy * k)
    at = cached.get_rect(center=(round(centre[0]), round(centre[1]))).move(-ox, -oy)
    blit_faded(surface, cached, at, tf.alpha)
    if r.bright is None:
        return None
    return turned_box(r.bright.move(r.offset), (px, py), a, scale, (tf.dx * k - ox, tf.dy * k - oy)).clip(at)
