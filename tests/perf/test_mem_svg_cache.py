"""The SVG cache's memory stays within its byte budget (issue 16/13): one raster larger than the
whole budget (an insert's part drawn on a full canvas, 8 MB at 1080p) is not kept beside the
caller's own copy, and a raster let go of is made again the same pixels (from the disk cache)."""

from __future__ import annotations

from pathlib import Path

import pygame

from game.art.svg import SvgCache

ROOT = Path(__file__).resolve().parents[2]


def _svg(tmp: Path, n: int) -> Path:
    p = tmp / f"dot{n}.svg"
    p.write_text(f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">'
                 f'<circle cx="5" cy="5" r="{2 + n % 3}" fill="#a{n % 10}3"/></svg>')
    return p


def test_stays_under_its_budget_after_many_rasters(tmp_path: Path) -> None:
    cache = SvgCache(tmp_path / "disk", memory_budget=64 * 64 * 4 * 3)
    for n in range(12):
        cache.get(_svg(tmp_path, n), (64, 64))
        assert cache.memory_bytes() <= cache.memory_budget
    assert cache.memory_bytes() == 64 * 64 * 4 * 3  # the three newest are kept


def test_a_raster_over_the_whole_budget_is_not_kept(tmp_path: Path) -> None:
    cache = SvgCache(tmp_path / "disk", memory_budget=64 * 64 * 4 * 3)
    small = _svg(tmp_path, 1)
    kept = cache.get(small, (64, 64))
    big = cache.get(_svg(tmp_path, 2), (300, 300))
    assert big.get_size() == (300, 300)
    assert cache.memory_bytes() == 64 * 64 * 4  # the big one is the caller's alone; the small stays
    assert cache.get(small, (64, 64)) is kept


def test_a_raster_let_go_of_is_made_again_the_same(tmp_path: Path) -> None:
    cache = SvgCache(tmp_path / "disk", memory_budget=64 * 64 * 4)
    art = ROOT / "assets" / "art" / "props"
    path = sorted(art.glob("*.svg"))[0]
    first = pygame.image.tobytes(cache.get(path, (120, 90)), "RGBA")
    cache.get(_svg(tmp_path, 3), (300, 300))
    cache.release()  # nothing watched: all let go of
    assert cache.memory_bytes() == 0
    again = cache.get(path, (120, 90))
    assert pygame.image.tobytes(again, "RGBA") == first
    fresh = SvgCache(tmp_path / "other-disk").get(path, (120, 90))  # rasterized anew, no disk cache
    assert pygame.image.tobytes(fresh, "RGBA") == first
