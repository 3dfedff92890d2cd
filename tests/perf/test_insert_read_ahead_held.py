"""Issue 16 (the 1080p week's last-day peak, stop 33): the next insert made ahead beside the one on
screen held its backdrop's read (`Inserts._loading`, a whole canvas) beside the opaque copy being
made of it a band of rows a step, for those steps' frames, while the insert shown held its rasters
and light: two canvases beside what the inserts keep (line 14 at 1080p, the twirl's backdrop made
beside the crossed legs: 16.2 MiB of rasters, 7.9 of light, 7.9 read, 7.9 being copied). The
backdrop is made opaque on the loader with its read (game/art/inserts.py `_read_part`): between
steps a read ahead holds one canvas at most.

An insert may draw parts from another insert's folder (eyes_met's backdrop, his body, lids and
flame are the gaze's: `svg = "../gaze/back.svg"`). Named by their folder, the insert on screen's
were let go of as another's when the next insert was made beside it (the least recently used
first) and made again in its next frame, which let go of the next one's: line 61 at 1080p made
eyes_met's backdrop again frame after frame (140-160 ms each) and every part of the reach in the
cut's frame to line 62 (290-390 ms). The parts belong to every insert that draws them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pygame

from game.art.insert_light import InsertLight
from game.art.inserts import PREFIX, Inserts
from game.art.svg import SvgCache
from game.census import census

ROOT = Path(__file__).resolve().parents[2]
INSERTS = ROOT / "assets" / "art" / "inserts"
LIGHT = InsertLight(1, (255, 179, 92), 1.0, (58, 90, 140), 0.5, (40, 30, 30))
SIZE = (480, 270)
CANVAS = SIZE[0] * SIZE[1] * 4


def _beside(ins: Inserts, gen: Any) -> int:
    """Bytes of pixels the inserts and the suspended prepare steps hold beyond what the inserts keep
    (rasters, turns, light maps): the read ahead, and whatever a step holds between steps."""
    kept = {"rasters": ins._rasters, "turned": ins._turned, "light": ins._light}
    roots: dict[str, object] = {**kept, "loading": ins._loading}
    for i, g in enumerate((gen, gen.gi_yieldfrom)):  # (a step `yield from` another: its own locals)
        frame = getattr(g, "gi_frame", None)
        if frame is not None:
            roots[f"step{i}"] = {k: v for k, v in frame.f_locals.items() if k != "pixel"}  # (a turn's 1-px target)
    held = census(roots)  # each surface once, under the first root that reaches it
    return sum(b for path, (b, _n) in held.items() if not path.startswith(tuple(kept)))


def test_the_next_insert_made_beside_the_one_shown_holds_one_canvas_read_ahead(tmp_path: Path) -> None:
    pygame.init()
    ins = Inserts(INSERTS, SvgCache(tmp_path / "svg"), seed=7)
    shown = pygame.Surface(SIZE)
    ins.draw(shown, PREFIX + "crossed_legs", 1.0, LIGHT)  # on screen: its rasters and light kept
    gen = ins.prepare_steps(PREFIX + "hair_twirl", SIZE)  # the next line's, made beside it
    worst, where = 0, ""
    for step in gen:
        beside = _beside(ins, gen)
        if beside > worst:
            worst, where = beside, str(step)
        ins.draw(shown, PREFIX + "crossed_legs", 1.0, LIGHT)  # a frame between steps
    twirl = [r.image.get_size() for k, r in ins._rasters.items() if k[0].parent.name == "hair_twirl"]
    assert SIZE in twirl, "no backdrop made ahead: the test shows nothing"
    assert any(k[0].parent.name == "crossed_legs" for k in ins._rasters), "the insert shown was let go of"
    assert worst <= CANVAS, (f"{worst / CANVAS:.2f} canvases held beside the kept rasters and light "
                             f"(at the step '{where}'): a read ahead held beside its copy")


def test_the_insert_shown_keeps_the_parts_it_draws_from_another_folder(tmp_path: Path) -> None:
    pygame.init()
    ins = Inserts(INSERTS, SvgCache(tmp_path / "svg"), seed=7)
    spec = ins.spec("eyes_met")
    assert spec is not None and any(p.svg.parent.name == "gaze" for p in spec.parts), "no part drawn from the gaze's"
    read: list[Path] = []
    real = ins.svg.get

    def get(path: Path, size: tuple[int, int], **kw: object) -> pygame.Surface:
        read.append(path)
        return real(path, size, **kw)  # type: ignore[arg-type]

    ins.svg.get = get  # type: ignore[method-assign,assignment]
    shown = pygame.Surface(SIZE)
    ins.draw(shown, PREFIX + "eyes_met", 1.0, LIGHT)  # on screen
    first = len(read)
    for _step in ins.prepare_steps(PREFIX + "hand_reach", SIZE):  # the next line's, made beside it
        ins.draw(shown, PREFIX + "eyes_met", 1.0, LIGHT)  # a frame between steps
    again = [p.name for p in read[first:] if p.parent.name != "hand_reach"]
    assert again == [], f"the insert on screen made again while the next was made beside it: {again}"
    made = len(read)
    ins.draw(shown, PREFIX + "hand_reach", 0.0, LIGHT)  # the cut
    assert read[made:] == [], f"the cut's frame read {[p.name for p in read[made:]]}"
