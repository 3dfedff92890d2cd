"""game.art.baked: a painter's result comes back from disk exactly, and only while its code is the same."""

from __future__ import annotations

import gc
import os
import weakref
from pathlib import Path

import pygame
import pytest

from game.art import baked as bk

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    where = tmp_path / "baked"
    monkeypatch.setenv(bk.FOLDER_ENV, str(where))
    bk.source_digest.cache_clear()
    return where


def _package(tmp_path: Path, text: str = "X = 1\n") -> Path:
    pkg = tmp_path / "pkg"
    pkg.mkdir(exist_ok=True)
    (pkg / "paint.py").write_text(text)
    return pkg


def _painter(pkg: Path, calls: list[int]):  # type: ignore[no-untyped-def]
    @bk.baked("demo", package=pkg)
    def paint(size: int, seed: int) -> tuple[pygame.Surface, pygame.Surface, tuple[int, float], int]:
        calls.append(size)
        rgba = pygame.Surface((size, size + 1), pygame.SRCALPHA)
        for i in range(size):
            rgba.set_at((i, i), (i * 7 % 256, seed % 256, 200, i * 31 % 256))
        rgba.set_at((0, size), (90, 80, 70, 0))  # colour under zero alpha is kept
        plain = pygame.Surface((3, size))
        plain.fill((seed % 256, 40, 50))
        return rgba, plain, (size, size / 3), seed

    return paint


def _same(a: pygame.Surface, b: pygame.Surface, fmt: str) -> bool:
    return a.get_size() == b.get_size() and pygame.image.tobytes(a, fmt) == pygame.image.tobytes(b, fmt)  # type: ignore[arg-type]


def test_second_call_comes_from_disk_with_the_same_pixels_and_values(store: Path, tmp_path: Path) -> None:
    calls: list[int] = []
    paint = _painter(_package(tmp_path), calls)
    first = paint(9, seed=5)
    second = paint(9, seed=5)
    assert calls == [9]
    assert _same(first[0], second[0], "RGBA") and second[0].get_flags() & pygame.SRCALPHA
    assert second[0].get_at((0, 9)) == pygame.Color(90, 80, 70, 0)
    assert _same(first[1], second[1], "RGB")
    assert second[2:] == ((9, 3.0), 5)


def test_other_arguments_paint_again(store: Path, tmp_path: Path) -> None:
    calls: list[int] = []
    paint = _painter(_package(tmp_path), calls)
    paint(9, seed=5)
    paint(9, seed=6)
    paint(4, seed=5)
    assert calls == [9, 9, 4]


def test_a_change_to_the_painters_code_paints_again_and_drops_the_old_entries(store: Path, tmp_path: Path) -> None:
    calls: list[int] = []
    pkg = _package(tmp_path)
    paint = _painter(pkg, calls)
    paint(9, seed=5)
    before = sorted(p.name for p in store.iterdir())
    (pkg / "paint.py").write_text("X = 2\n")
    bk.source_digest.cache_clear()  # a new process reads the new source
    paint(9, seed=5)
    assert calls == [9, 9]
    after = sorted(p.name for p in store.iterdir())
    assert before and after and not set(before) & set(after)


def test_painters_whose_names_share_a_prefix_keep_each_others_entries(store: Path, tmp_path: Path) -> None:
    """"writer-rest" is not an older "writer": the writing grip of a second look, kept after the
    first look's eased grips, deleted them (read back painted again at the next start)."""
    pkg = _package(tmp_path)
    rest_calls: list[int] = []

    @bk.baked("demo-rest", package=pkg)
    def rest(size: int) -> int:
        rest_calls.append(size)
        return size

    calls: list[int] = []
    paint = _painter(pkg, calls)
    rest(3)
    paint(9, seed=5)  # another painter's entry, written after
    rest(3)
    assert rest_calls == [3]
    assert calls == [9]


def test_a_result_just_painted_is_not_held_by_the_store(store: Path, tmp_path: Path) -> None:
    """Its surfaces go with the caller's last reference, not at the garbage collector's next
    pass (a closure that called itself kept each new result's ~8 MB of a writer's hand)."""
    paint = _painter(_package(tmp_path), [])
    gc.disable()
    try:
        result = paint(9, seed=5)
        gone = weakref.ref(result[0])
        del result
        assert gone() is None
    finally:
        gc.enable()


def test_a_torn_entry_is_painted_again_without_an_error(store: Path, tmp_path: Path) -> None:
    calls: list[int] = []
    paint = _painter(_package(tmp_path), calls)
    paint(9, seed=5)
    for meta in store.glob("*.json"):
        meta.write_text("{ torn")
    again = paint(9, seed=5)
    assert calls == [9, 9]
    assert again[3] == 5


def test_an_unwritable_store_only_paints(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(bk.FOLDER_ENV, str(blocker / "baked"))
    calls: list[int] = []
    paint = _painter(_package(tmp_path), calls)
    assert paint(9, seed=5)[3] == 5
    assert paint(9, seed=5)[3] == 5
    assert calls == [9, 9]


def test_off_keeps_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(bk.FOLDER_ENV, "off")
    calls: list[int] = []
    paint = _painter(_package(tmp_path), calls)
    paint(9, seed=5)
    paint(9, seed=5)
    assert calls == [9, 9]


def test_the_pens_notebook_and_table_come_back_from_disk_identical(store: Path) -> None:
    from game.pen.book import Spread, paint_notebook
    from game.pen.desk import paint_table

    painted = paint_notebook.__wrapped__(0.25, 11, Spread())  # type: ignore[attr-defined]
    paint_notebook(0.25, 11, Spread())  # painted and kept
    kept = paint_notebook(0.25, 11, Spread())  # from disk
    assert list(store.glob("notebook-*.json"))
    for a, b in zip(painted, kept, strict=True):
        assert _same(a, b, "RGBA")
    book = pygame.Rect(40, 30, 120, 60)
    table = paint_table.__wrapped__((240, 135), 11, book)  # type: ignore[attr-defined]
    paint_table((240, 135), 11, book)
    assert _same(table, paint_table((240, 135), 11, book), "RGBA")
    assert list(store.glob("table-*.json"))


def test_the_writers_hand_comes_back_from_disk_identical(store: Path) -> None:
    from game.pen.writer import Look, paint_writer

    look = Look((222, 180, 150), (60, 60, 66), (240, 236, 228), brush=False)
    painted = paint_writer.__wrapped__(0.3, look, relax=0.5)  # type: ignore[attr-defined]
    paint_writer(0.3, look, relax=0.5)
    kept = paint_writer(0.3, look, relax=0.5)
    assert list(store.glob("writer-*.json"))
    assert _same(painted[0], kept[0], "RGBA") and _same(painted[1], kept[1], "RGBA")
    assert kept[2:] == painted[2:]
