"""The room's prop art: every drawing exists and fits its box, the window glass stays
clear for the rain, the clock tells the time, and drawing is a pure function of (state, t)."""

from __future__ import annotations

import math
import re
from pathlib import Path

import pygame
import pytest

from game.art.clock import hand_angles, pendulum_angle, sweep, ticks_between
from game.art.prop_outline import Outline, outline_sizes
from game.art.props import LAYERS, PropArt, PropState, read_viewbox
from game.art.svg import SvgCache
from game.room.layers import notebook_shifts
from game.room.model import Rect, Room
from game.room.tmxload import load_room
from game.view import View, camera_view

ROOT = Path(__file__).resolve().parents[2]
ART = ROOT / "assets" / "art" / "props"


@pytest.fixture(scope="module")
def room() -> Room:
    return load_room(ROOT / "scenes" / "room.tmx")


@pytest.fixture(scope="module")
def art(room: Room, tmp_path_factory: pytest.TempPathFactory) -> PropArt:
    pygame.init()
    return PropArt(room, ART, SvgCache(tmp_path_factory.mktemp("svg")))


def _render(art: PropArt, view: View, size: tuple[int, int], state: PropState, t: float) -> pygame.Surface:
    surf = pygame.Surface(size)
    surf.fill((20, 20, 20))
    for layer in LAYERS:
        art.draw(surf, view, state, t, layer)
    return surf


def test_every_prop_and_holder_has_its_art(art: PropArt, room: Room) -> None:
    assert art.missing == []
    names = {p.name for p in art.pieces}
    for prop in ("rug", "window", "clock", "fireplace", "sconce_left", "sconce_right", "sofa", "armchair",
                 "side_table_left", "side_table_right", "coffee_table", "lavender", "pen"):
        assert prop in names
    assert {"notebook_open", "notebook_closed"} <= names
    for candle in room.anchors_of("candle"):
        if candle.props.get("holder") != "sconce":  # sconce cups are part of sconce.svg
            assert candle.name in names, f"{candle.name} has no holder"


def test_no_orphan_drawings(art: PropArt) -> None:
    assert set(ART.glob("*.svg")) == set(art.svg_paths())


class CountingCache(SvgCache):
    def __init__(self, cache_dir: Path) -> None:
        super().__init__(cache_dir)
        self.asked: set[tuple[str, int, int]] = set()

    def get(self, path: Path, size: tuple[int, int], keep: bool = True) -> pygame.Surface:
        self.asked.add((path.name, int(size[0]), int(size[1])))
        return super().get(path, size, keep)


def test_a_close_up_rasterizes_only_what_it_shows(room: Room, tmp_path: Path) -> None:
    pygame.init()
    cache = CountingCache(tmp_path)
    art = PropArt(room, ART, cache)
    shot = Rect(725, 660, 480, 270)  # a 4x close-up on the notebook
    view = camera_view(shot.x, shot.y, shot.w, 480)
    art.prepare(view, (480, 270))
    art.silhouettes(view, (480, 270))
    names = {name for name, _w, _h in cache.asked}
    assert {"coffee_table.svg", "notebook_open.svg", "pen.svg"} <= names
    assert "window.svg" not in names and "fireplace.svg" not in names and "clock.svg" not in names


def test_viewboxes_cover_their_prop_boxes(art: PropArt, room: Room) -> None:
    for piece in art.pieces:
        anchor = room.anchors.get(piece.name) or room.anchors.get("notebook")
        if anchor is None or anchor.kind == "candle":
            continue
        x, y, w, h = piece.box
        r = anchor.rect
        assert x <= 0 and y <= 0 and x + w >= r.w - 0.5 and y + h >= r.h - 0.5, piece.name


def test_gradients_use_units_nanosvg_understands() -> None:
    # nanosvg (SDL_image) misreads bare fractions in objectBoundingBox gradients: use % or userSpaceOnUse
    for path in sorted(ART.glob("*.svg")):
        text = path.read_text(encoding="utf-8")
        read_viewbox(path)
        for grad in re.findall(r"<(?:linear|radial)Gradient[^>]*>", text):
            if 'gradientUnits="userSpaceOnUse"' in grad:
                continue
            for attr, value in re.findall(r'\b(x1|y1|x2|y2|cx|cy|r|fx|fy)="([^"]*)"', grad):
                assert value.endswith("%"), f"{path.name}: {attr}={value!r} in {grad}"


def test_window_glass_is_left_clear_for_the_rain(art: PropArt, room: Room) -> None:
    win = next(p for p in art.pieces if p.name == "window")
    surf = art.svg.get(win.path, (round(win.box[2]), round(win.box[3])))
    rain = room.emitter("rain").rect
    ox, oy = win.x + win.box[0], win.y + win.box[1]
    clear = total = 0
    for gy in range(20):
        for gx in range(20):
            x = rain.x + (gx + 0.5) * rain.w / 20 - ox
            y = rain.y + (gy + 0.5) * rain.h / 20 - oy
            total += 1
            clear += surf.get_at((int(x), int(y))).a == 0
    assert clear / total > 0.85  # only the glazing bars cross the glass
    assert surf.get_at((int(rain.x + 50 - ox), int(rain.y + 50 - oy))).a == 0


def test_firebox_is_dark_behind_the_fire(art: PropArt, room: Room) -> None:
    view = View(1.0)
    surf = _render(art, view, (1920, 1080), PropState(), 0.0)
    fire = room.emitter("fire").rect
    sample = surf.subsurface((int(fire.right) - 40, int(fire.y) + 10, 30, 40))
    mean = pygame.transform.average_color(sample)
    assert sum(mean[:3]) / 3 < 50


def test_clock_maths() -> None:
    assert hand_angles(0.0) == (0.0, 0.0)
    assert hand_angles(3 * 60.0) == (90.0, 0.0)
    h, m = hand_angles(21 * 60 + 45.0)
    assert math.isclose(h, 292.5) and math.isclose(m, 270.0)
    assert all(abs(pendulum_angle(t / 10)) <= 3.5 for t in range(100))
    assert math.isclose(pendulum_angle(0.3), pendulum_angle(2.3), abs_tol=1e-9)
    assert ticks_between(0.0, 10.0) == 10
    assert ticks_between(5.0, 5.0) == 0
    assert sweep(60, 120, 1.0, 2.0, 0.0) == 60 and sweep(60, 120, 1.0, 2.0, 9.0) == 120
    values = [sweep(60, 120, 1.0, 2.0, 1.0 + i / 10) for i in range(21)]
    assert values == sorted(values)


def _clock_region(art: PropArt, room: Room, state: PropState, t: float) -> pygame.Surface:
    c = room.anchors["clock"].rect
    view = camera_view(c.x - 50, c.y, 640, 640)
    return _render(art, view, (640, 360), state, t)


def test_clock_hands_and_pendulum_move(art: PropArt, room: Room) -> None:
    base = _clock_region(art, room, PropState(clock_minutes=600.0), 0.5)
    same = _clock_region(art, room, PropState(clock_minutes=600.0), 0.5)
    later = _clock_region(art, room, PropState(clock_minutes=630.0), 0.5)
    swung = _clock_region(art, room, PropState(clock_minutes=600.0), 1.5)
    raw = pygame.image.tobytes
    assert raw(base, "RGB") == raw(same, "RGB")  # a pure function of (state, t)
    assert raw(base, "RGB") != raw(later, "RGB")
    assert raw(base, "RGB") != raw(swung, "RGB")


def test_notebook_state_changes_the_picture(art: PropArt, room: Room) -> None:
    nb = room.anchors["notebook"].rect
    view = camera_view(nb.x - 100, nb.y - 100, 480, 480)
    shifts = notebook_shifts(room)  # the map's figure anchors say where each holder keeps it
    towards = {who: PropState(notebook_holder=who, notebook_shift=shifts[who]) for who in ("him", "her")}
    shots = {
        key: pygame.image.tobytes(_render(art, view, (480, 270), st, 0.0), "RGB")
        for key, st in {
            "open": PropState(), "closed": PropState(notebook_open=False),
            "him": towards["him"], "nopen": PropState(pen_on_table=False),
        }.items()
    }
    assert len(set(shots.values())) == 4
    assert art.notebook_rect(towards["him"]).x > art.notebook_rect(PropState()).x
    assert art.notebook_rect(towards["her"]).x < art.notebook_rect(PropState()).x
    left, right = art.notebook_pages(PropState())
    assert left.right <= right.x and nb.x <= left.x and right.right <= nb.right


def test_silhouettes_are_cached_masks_in_place(art: PropArt, room: Room) -> None:
    view = View(0.5)
    first = art.silhouettes(view)
    again = art.silhouettes(view)
    assert [s for s, _, _ in first] == [s for s, _, _ in again]
    assert all(a is b for (a, _, _), (b, _, _) in zip(first, again, strict=True))
    by_rect = {round(floor): rect for _s, rect, floor in first}
    sofa = room.anchors["sofa"].rect
    assert round(sofa.bottom) in by_rect
    rect = by_rect[round(sofa.bottom)]
    assert rect.collidepoint(view.ipt(sofa.cx, sofa.cy))
    for surf, rect, _floor in first:  # a prop's outline at the wall shadows' size, the part kept at its own
        if isinstance(surf, Outline):
            assert surf.get_size() == outline_sizes(rect.size)[0]
            held = surf.fine()
            assert held is not None and held[1].size == held[0].get_size()
        else:  # (the clock's case)
            assert surf.get_size() == rect.size


def test_holders_sit_under_their_candles(art: PropArt, room: Room) -> None:
    view = View(1.0)
    surf = pygame.Surface((1920, 1080), pygame.SRCALPHA)
    for layer in LAYERS:
        art.draw(surf, view, PropState(pen_on_table=False), 0.0, layer)
    for candle in room.anchors_of("candle"):
        x, y = candle.pos
        assert surf.get_at((round(x), round(y) + 3)).a > 200, candle.name  # the cup or drip pan


def test_unknown_layer_is_an_error(art: PropArt) -> None:
    with pytest.raises(ValueError):
        art.draw(pygame.Surface((10, 10)), View(1.0), PropState(), 0.0, "middle")
