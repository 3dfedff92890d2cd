"""A figure part's raster keeps its drawing, not the empty box round it. Each part's SVG is
drawn in a box shared with others (the collar in the torso's, the mouth in the head's): ~45 %
of the rasters' bytes were zero pixels (at his fire close-up 30 MiB of rasters where 16 hold
the drawings). The raster is cropped the same on both sides, so its centre stays put, and a
turn of it is the whole's turn pixel for pixel, the zero border given back (same size, same
place): nothing drawn from it changes. The whole raster is not kept by the SVG cache either
(the figures keep their own copy). Bytes and pixels are compared; nothing is timed."""

from __future__ import annotations

import random
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pygame
import pytest

from game.art import figure_raster, part_pixels
from game.art.figure_raster import Drawn, PartRasters, crop
from game.art.part_pixels import turn, uncrop
from game.art.rig import Placed, load_poses
from game.art.svg import SvgCache
from game.view import View

ROOT = Path(__file__).resolve().parents[2]


def _rasters(tmp_path: Path) -> PartRasters:
    pygame.init()
    specs = load_poses(ROOT / "assets" / "figures" / "poses.toml")
    return PartRasters(specs, ROOT / "assets" / "art" / "figures", SvgCache(tmp_path))


def test_the_rasters_hold_the_drawings_not_their_boxes(tmp_path: Path) -> None:
    r = _rasters(tmp_path)
    whole = held = 0
    for cid, spec in r.specs.items():
        for part, p in spec.parts.items():
            surf = r.base(cid, part, p.default, 4, False, "art")
            w, h = r.whole(cid, part, 4)
            whole += w * h
            held += surf.get_width() * surf.get_height()
    assert held < 0.7 * whole, f"{held / whole:.2f} of the boxes' pixels kept"  # (1.0 before)
    assert r.svg.memory_bytes() == 0, "the SVG cache keeps the figures' whole rasters as well"


def test_a_cropped_rasters_turn_is_the_wholes_turn(tmp_path: Path) -> None:
    r = _rasters(tmp_path)
    random.seed(5)
    for cid, part in (("him", "collar"), ("him", "torso"), ("her", "head"), ("her", "mouth")):
        p = r.specs[cid].parts[part]
        full = r.svg.get(r.art_dir / r.specs[cid].id / p.variants[p.default], r.whole(cid, part, 3), keep=False)
        native = pygame.Surface(full.get_size(), pygame.SRCALPHA)
        native.blit(full, (0, 0))
        small, cut = crop(native)
        assert cut != (0, 0)
        assert pygame.surfarray.array2d(uncrop(small, cut)).tobytes() == pygame.surfarray.array2d(native).tobytes()
        for ang in (0.0, 0.25, -11.75, 37.5, 90.0, random.uniform(-180, 180)):
            for zoom in (1.0, 0.917, 0.8409):
                want = pygame.transform.rotozoom(native, ang, zoom)
                got = turn(small, cut, ang, zoom)
                assert got.get_size() == want.get_size(), (part, ang, zoom)
                assert pygame.surfarray.array2d(got).tobytes() == pygame.surfarray.array2d(want).tobytes(), (part, ang, zoom)


def test_the_turned_parts_are_placed_as_before(tmp_path: Path) -> None:
    """`at` gives the same image at the same place as turning the whole raster, and `clipped` draws
    the same pixels (the crop switched off: `crop_box`, which figure_raster crops by, gives the
    whole surface; `clipped` draws a turn without the whole's zero border, so its image differs)."""
    r, whole = _rasters(tmp_path), _rasters(tmp_path)
    random.seed(9)
    cases = []
    for cid, spec in r.specs.items():
        for part, p in spec.parts.items():
            ang = random.choice([0.0, 0.25, -3.5, 12.75, 45.25])
            d = Drawn(cid, part, p.default, Placed(part, 300.3, 200.7, ang, 0, random.random() < 0.5), 1.0,
                      random.choice([1.0, 1.0, 0.9]))
            scale = random.choice([0.5, 1.745, 4.8])
            cases.append((d, View(scale, -250 * scale + 0.37, -150 * scale + 0.11), random.choice(["art", "mask"])))

    clip = pygame.Rect(400, 300, 500, 400)

    def look(rasters: PartRasters) -> list[object]:
        out: list[object] = []
        for d, v, mode in cases:
            img, pos = rasters.at(v, d, mode)
            out += [pos, img.get_size(), pygame.surfarray.array2d(img).tobytes()]
            c = rasters.clipped(v, d, clip) if mode == "art" else None
            if c is not None:  # (what it draws: a turn drawn without its zero border, or a piece, is the same)
                canvas = pygame.Surface((1400, 1000), pygame.SRCALPHA)
                canvas.set_clip(clip)
                canvas.blit(*c)
                out.append(pygame.surfarray.array2d(canvas).tobytes())
        return out

    got = look(r)
    with _uncropped():
        want = look(whole)
    assert all(s.get_size() == whole.whole(k[0], k[1], k[3]) for k, s in whole._raster.items()), "the crop is on"
    assert got == want


@contextmanager
def _uncropped(shift: tuple[int, int] = (0, 0)) -> Iterator[None]:
    """figure_raster's `tight_box` as a box of the whole surface (no crop), or, with `shift`, the
    crop a turn is made from (`centre_of`) moved off its centre by that many px (a misplaced crop,
    which the comparison must catch)."""
    real_box, real_centre = part_pixels.tight_box, part_pixels.centre_of

    def box(surf: pygame.Surface) -> pygame.Rect:
        return pygame.Rect((0, 0), surf.get_size()) if shift == (0, 0) else real_box(surf)

    def centre(got: pygame.Rect, size: tuple[int, int]) -> pygame.Rect:
        return real_centre(got, size).move(shift)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(figure_raster, "tight_box", box)  # (the names figure_raster calls)
        mp.setattr(figure_raster, "centre_of", centre)
        yield


def test_a_misplaced_crop_would_be_caught(tmp_path: Path) -> None:
    """The comparison above can fail: a crop moved 1 px off its centre places the turns elsewhere."""
    d = Drawn("her", "head", "", Placed("head", 300.3, 200.7, 12.75, 0, False), 1.0)  # (her head has one drawing)
    view = View(1.745, -250 * 1.745 + 0.37, -150 * 1.745 + 0.11)
    right = _rasters(tmp_path).at(view, d, "art")
    with _uncropped((1, 0)):
        wrong = _rasters(tmp_path).at(view, d, "art")
    assert (right[1], pygame.surfarray.array2d(right[0]).tobytes()) != (wrong[1], pygame.surfarray.array2d(wrong[0]).tobytes())
