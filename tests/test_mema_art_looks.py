"""Issue 16 (MEMA): the art's caches keep only what is of use at 1080p.

- At each of the memory governor's looks (it watches every keyed cache again after each), the SVG
  cache, the props and the figures' rasters let go of what was not asked for since the last look,
  even when the governor itself released nothing (all caches together under its total): they held
  the shots before the last, and the room's art under a close shot, to their own budgets.
- An insert's rasters are let go of when another insert is drawn, or when the next one is made
  ahead while the room is on screen (the twirl's 14 MiB were held at line 69 beside the lips').
"""

from __future__ import annotations

from pathlib import Path

import pygame

from game.art.insert_light import InsertLight
from game.art.inserts import PREFIX, Inserts
from game.art.svg import SvgCache
from game.memory import Governor

ROOT = Path(__file__).resolve().parents[1]
INSERTS = ROOT / "assets" / "art" / "inserts"
LIGHT = InsertLight(1, (255, 179, 92), 1.0, (58, 90, 140), 0.5, (40, 30, 30))
SIZE = (240, 135)


SQUARE = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8"><rect width="{w}" height="8" fill="#3{n}a"/></svg>'


def _svg(tmp: Path, n: int) -> Path:
    (tmp / f"square{n}.svg").write_text(SQUARE.format(w=n + 2, n=n))
    return tmp / f"square{n}.svg"


def test_a_look_lets_go_of_what_was_not_asked_for_since_the_last_one(tmp_path: Path) -> None:
    pygame.init()
    cache = SvgCache(tmp_path / "disk")
    ctx = type("Ctx", (), {})()
    ctx.svg = cache
    gov = Governor(total=lambda size: 1 << 40)  # never over its total: it releases nothing itself
    old, now = _svg(tmp_path, 1), _svg(tmp_path, 2)
    cache.get(old, (32, 32))
    cache.get(now, (32, 32))
    gov.found(ctx)  # the first window
    cache.get(now, (32, 32))
    gov.check(ctx, SIZE)  # a look: the old shot's raster goes, the one drawn stays
    assert cache.memory_bytes() == 32 * 32 * 4
    assert [k[0] for k in cache._memory] == [str(now)]
    cache.get(now, (32, 32))
    gov.check(ctx, SIZE)
    assert cache.memory_bytes() == 32 * 32 * 4, "what is drawn at every look was let go of"


def test_a_release_by_the_governor_is_not_followed_by_a_second_at_its_watch(tmp_path: Path) -> None:
    pygame.init()
    cache = SvgCache(tmp_path / "disk")
    cache.watch()
    cache.get(_svg(tmp_path, 1), (32, 32))
    cache.release()  # the governor's (or the title's) release: keeps what was asked for
    cache.watch()  # ... then its watch: nothing asked for in between, and nothing let go of again
    assert cache.memory_bytes() == 32 * 32 * 4


def test_drawing_another_insert_lets_go_of_the_last_ones_rasters(tmp_path: Path) -> None:
    pygame.init()
    ins = Inserts(INSERTS, SvgCache(tmp_path / "svg"), seed=7)
    ins.draw(pygame.Surface(SIZE), PREFIX + "kiss", 1.0, LIGHT)
    ins.draw(pygame.Surface(SIZE), PREFIX + "clenched_hands", 1.0, LIGHT)
    assert ins._rasters and all(k[0].parent.name == "clenched_hands" for k in ins._rasters)
    assert len(ins._light._maps) == 1


def test_the_next_insert_made_ahead_under_the_room_lets_go_of_the_last_one(tmp_path: Path) -> None:
    pygame.init()
    ins = Inserts(INSERTS, SvgCache(tmp_path / "svg"), seed=7)
    ins.draw(pygame.Surface(SIZE), PREFIX + "kiss", 1.0, LIGHT)
    for _ in range(Inserts.IDLE_MIN_CALLS):  # the room is drawn again
        ins.has("wide")
    list(ins.prepare_steps(PREFIX + "tear", SIZE, LIGHT))
    assert ins._rasters and all(k[0].parent.name == "tear" for k in ins._rasters)
    for _ in range(2 * Inserts.IDLE_CALLS):  # made ahead: kept however long the room shows
        ins.has("wide")
    assert ins._rasters and all(k[0].parent.name == "tear" for k in ins._rasters)
    assert ins._light.held(), "the light map made ahead was let go of"


def test_the_next_insert_made_beside_the_one_on_screen_keeps_both(tmp_path: Path) -> None:
    pygame.init()
    ins = Inserts(INSERTS, SvgCache(tmp_path / "svg"), seed=7)
    ins.draw(pygame.Surface(SIZE), PREFIX + "kiss", 1.0, LIGHT)
    list(ins.prepare_steps(PREFIX + "tear", SIZE))
    assert {k[0].parent.name for k in ins._rasters} == {"kiss", "tear"}


def test_inserts_drawn_on_the_same_backdrop_share_its_raster(tmp_path: Path) -> None:
    pygame.init()
    ins = Inserts(INSERTS, SvgCache(tmp_path / "svg"), seed=7)
    backs = [INSERTS / n / "back.svg" for n in ("hand_reach", "hands_intertwined")]
    assert backs[0].read_bytes() == backs[1].read_bytes(), "the hands' backdrops are no longer one drawing"
    ins.draw(pygame.Surface(SIZE), PREFIX + "hand_reach", 1.0, LIGHT)
    list(ins.prepare_steps(PREFIX + "hands_intertwined", SIZE))
    rasters = [ins._rasters[(b, *SIZE)] for b in backs]
    assert rasters[0].image is rasters[1].image
    assert ins._held() < sum(r.image.get_pitch() * r.image.get_height() for r in ins._rasters.values())
    ins.draw(pygame.Surface(SIZE), PREFIX + "hands_intertwined", 0.0, LIGHT)  # the reach let go of:
    assert (backs[1], *SIZE) in ins._rasters  # its backdrop stays, the intertwined hands' own


def test_an_insert_part_is_kept_once_and_in_the_displays_format(tmp_path: Path) -> None:
    pygame.init()
    pygame.display.set_mode((8, 8))
    try:
        svg = SvgCache(tmp_path / "svg")
        ins = Inserts(INSERTS, svg, seed=7)
        ins.draw(pygame.Surface(SIZE), PREFIX + "kiss", 1.0, LIGHT)
        assert svg.memory_bytes() == 0, "the SVG cache kept a part the insert keeps a crop of"
        shown = pygame.display.get_surface()
        assert shown is not None
        for r in ins._rasters.values():
            if r.image.get_flags() & pygame.SRCALPHA:
                assert r.image.get_masks() == shown.convert_alpha().get_masks()
    finally:
        pygame.display.quit()
