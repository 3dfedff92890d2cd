"""Stop 30 (HEAP): an insert's part read ahead on the loader is held as the crop of what it covers.

`Inserts._loading` keeps the last read the loader made until a prepare step takes it; it held the
whole canvas the part was drawn on (7.9 MiB at 1080p, no budget) although only its covered box is
kept. The read is cropped on the loader now: the future holds the box's pixels, the same ones the
raster is made of, and a backdrop (covering the canvas) whole.
"""

from __future__ import annotations

from pathlib import Path

import pygame

from game.art.insert_light import InsertLight
from game.art.inserts import PREFIX, Inserts
from game.art.svg import SvgCache

ROOT = Path(__file__).resolve().parents[1]
INSERTS = ROOT / "assets" / "art" / "inserts"
LIGHT = InsertLight(1, (255, 179, 92), 1.0, (58, 90, 140), 0.5, (40, 30, 30))
SIZE = (480, 270)


def test_a_parts_read_ahead_holds_its_crop_not_the_canvas(tmp_path: Path) -> None:
    pygame.init()
    ins = Inserts(INSERTS, SvgCache(tmp_path / "svg"), seed=7)
    spec = ins.spec("kiss")
    assert spec is not None
    sizes = []
    for part in spec.parts:
        job = ins._load_ahead(part.svg, SIZE)
        assert job is not None
        image, box, _ = job.result()
        assert image.get_size() == box.size, f"{part.svg.name}: the read holds {image.get_size()}, covers {box.size}"
        sizes.append(box.size)
    assert any(s != SIZE for s in sizes), "every part of the kiss covers its canvas: the test shows nothing"
    assert any(s == SIZE for s in sizes), "no backdrop: a whole canvas read is not tried"


def test_an_insert_drawn_from_reads_ahead_is_the_same_as_read_in_the_frame(tmp_path: Path) -> None:
    pygame.init()
    ahead, now = (Inserts(INSERTS, SvgCache(tmp_path / n), seed=7) for n in ("a", "b"))
    list(ahead.prepare_steps(PREFIX + "kiss", SIZE, LIGHT))
    a, b = pygame.Surface(SIZE), pygame.Surface(SIZE)
    ahead.draw(a, PREFIX + "kiss", 1.0, LIGHT)
    now.draw(b, PREFIX + "kiss", 1.0, LIGHT)
    assert pygame.image.tobytes(a, "RGB") == pygame.image.tobytes(b, "RGB")
