"""Procedural art painted once per machine: `@baked("name")` keeps a painter's result on disk.

The pen's notebook (leather and paper), each writer's hand (relief-lit, writing and at
rest) and the page shot's walnut table are painted in numpy: 0.3 to 2 s of CPU each at
1080p, and the same pixels every time for the same code and arguments. Painted in a
frame they are a hitch (the writer's hand at a written line's start, the notebook when a
story begins); in `--render` they were most of a page-shot still. A baked painter looks
its result up in the cache folder first (`$XDG_CACHE_HOME/whispers-of-the-heart/baked`),
beside the rasterized SVGs.

The key is the painter's name, a digest of its arguments' `repr` and a digest of the
source of the package it lives in (every `.py` file of `game/pen` for the pen's painters),
so any change to the code that paints invalidates what it painted; entries of an older
source are deleted when a new one is written. A result is a Surface or a tuple of
Surfaces and JSON values (ints, floats, tuples of them). Surfaces are stored as PNG
(lossless: per-pixel alpha and the colour under zero alpha survive), the rest in a small
JSON file written last, so a torn entry is only a miss. Nothing here can fail a painter:
an unreadable or unwritable cache paints as before and says so in the log.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

import pygame

from game.pngfile import encode_png
from game.safeio import read_small_text, write_atomic
from game.userdirs import cache_dir

log = logging.getLogger(__name__)

P = ParamSpec("P")
R = TypeVar("R")
FOLDER_ENV = "WHISPERS_BAKED_DIR"  # tests point this at a temporary folder; "off" disables the store


def folder() -> Path | None:
    where = os.environ.get(FOLDER_ENV)
    if where == "off":
        return None
    return Path(where) if where else cache_dir() / "baked"


@functools.cache
def source_digest(package: Path) -> str:
    """A digest of every .py file's bytes in `package` (sorted by name): the painter's code."""
    h = hashlib.sha1()
    for path in sorted(package.glob("*.py")):
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:12]


def _encode(result: Any) -> tuple[list[pygame.Surface], Any] | None:
    """(the surfaces, the JSON of the result with each surface replaced by its index), or
    None if the result is not something the store can keep exactly."""
    surfaces: list[pygame.Surface] = []
    try:
        return surfaces, _walk(result, surfaces)
    except TypeError as exc:
        log.info("not baked: %s", exc)
        return None


def _walk(value: Any, surfaces: list[pygame.Surface]) -> Any:
    """`value` as JSON, each surface appended to `surfaces` and replaced by its index. (A
    function of its own, not a closure that calls itself: that is a reference cycle, which
    held every freshly painted result's surfaces, ~8 MB for a writer's hand at 1080p, until
    the garbage collector's next full pass.)"""
    if isinstance(value, pygame.Surface):
        if value.get_colorkey() is not None or value.get_alpha() not in (None, 255):
            raise TypeError("a colour key or a surface alpha is not kept by PNG")
        surfaces.append(value)
        return {"surface": len(surfaces) - 1}
    if isinstance(value, tuple):
        return {"tuple": [_walk(v, surfaces) for v in value]}
    if isinstance(value, bool | int | float | str) or value is None:
        return value
    raise TypeError(f"cannot keep a {type(value).__name__}")


def _decode(shape: Any, surfaces: list[pygame.Surface]) -> Any:
    if isinstance(shape, dict) and "surface" in shape:
        return surfaces[shape["surface"]]
    if isinstance(shape, dict) and "tuple" in shape:
        return tuple(_decode(v, surfaces) for v in shape["tuple"])
    return shape


def _load(meta: Path, stem: str) -> Any:
    shape = json.loads(read_small_text(meta))
    surfaces = [pygame.image.load(str(meta.with_name(f"{stem}.{i}.png"))) for i in range(int(shape["count"]))]
    return _decode(shape["result"], surfaces)


def _store(where: Path, name: str, stamp: str, stem: str, result: Any) -> None:
    encoded = _encode(result)
    if encoded is None:
        return
    surfaces, shape = encoded
    where.mkdir(parents=True, exist_ok=True)
    mine = re.compile(rf"{re.escape(name)}-[0-9a-f]{{12}}-[0-9a-f]{{16}}\.")  # not another painter's ("writer-rest")
    for old in where.glob(f"{name}-*"):  # what an older source of this painter left
        if mine.match(old.name) and not old.name.startswith(f"{name}-{stamp}-"):
            old.unlink(missing_ok=True)
    for i, surf in enumerate(surfaces):
        write_atomic(where / f"{stem}.{i}.png", encode_png(surf), durable=False)  # a cache: no fsync
    meta = json.dumps({"count": len(surfaces), "result": shape}).encode()
    write_atomic(where / f"{stem}.json", meta, durable=False)


def baked(name: str, package: Path | None = None) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Keep `name`'s results on disk, keyed by its arguments and its package's source."""

    def wrap(paint: Callable[P, R]) -> Callable[P, R]:
        home = package or Path(sys.modules[paint.__module__].__file__ or ".").parent

        @functools.wraps(paint)
        def cached(*args: P.args, **kwargs: P.kwargs) -> R:
            where = folder()
            if where is None:
                return paint(*args, **kwargs)
            stamp = source_digest(home)
            key = hashlib.sha1(repr((args, sorted(kwargs.items()))).encode()).hexdigest()[:16]
            stem = f"{name}-{stamp}-{key}"
            meta = where / f"{stem}.json"
            if meta.exists():
                try:
                    return _load(meta, stem)  # type: ignore[no-any-return]
                except (OSError, ValueError, KeyError, TypeError, pygame.error) as exc:
                    log.warning("%s: unreadable baked art (%s); painting it again", meta, exc)
            result = paint(*args, **kwargs)
            try:
                _store(where, name, stamp, stem, result)
            except OSError as exc:
                log.info("cannot keep baked art in %s: %s", where, exc)
            return result

        return cached

    return wrap
