"""game.pngfile: the fast PNG writer behind --render and the screenshot key loses no pixel."""

from __future__ import annotations

import os
from pathlib import Path

import pygame
import pytest

from game.pngfile import decode_png_crop, encode_png, save_image

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")


def _noisy(size: tuple[int, int], alpha: bool, seed: int = 7) -> pygame.Surface:
    import numpy as np

    rng = np.random.default_rng(seed)
    w, h = size
    channels = 4 if alpha else 3
    data = rng.integers(0, 256, (h, w, channels), dtype=np.uint8)
    data[:, : w // 2] = data[:, : w // 2] // 64 * 64  # flat runs beside noise
    surf = pygame.image.frombytes(data.tobytes(), size, "RGBA" if alpha else "RGB")
    assert bool(surf.get_flags() & pygame.SRCALPHA) == alpha
    return surf


@pytest.mark.parametrize("size", [(1, 1), (1, 5), (7, 3), (257, 31), (33, 150)])
@pytest.mark.parametrize("alpha", [False, True])
def test_png_round_trips_every_pixel(tmp_path: Path, size: tuple[int, int], alpha: bool) -> None:
    surf = _noisy(size, alpha)
    path = tmp_path / "x.png"
    save_image(surf, path)
    back = pygame.image.load(str(path))
    fmt = "RGBA" if alpha else "RGB"
    assert back.get_size() == size
    assert pygame.image.tobytes(back, fmt) == pygame.image.tobytes(surf, fmt)


def test_png_is_rgb_without_alpha_and_rgba_with_it() -> None:
    rgb = encode_png(_noisy((4, 4), False))
    rgba = encode_png(_noisy((4, 4), True))
    assert rgb[:8] == b"\x89PNG\r\n\x1a\n"
    # IHDR's colour type is byte 25: 2 truecolour, 6 truecolour with alpha
    assert rgb[25] == 2
    assert rgba[25] == 6


@pytest.mark.parametrize("alpha", [False, True])
def test_banded_encoding_gives_the_bytes_of_the_whole_picture_at_once(alpha: bool) -> None:
    """Filtered and compressed in bands of rows (less held at once), the file is byte for byte
    the one the whole picture filtered and compressed in one call gives."""
    import struct
    import zlib

    import numpy as np

    from game import pngfile

    surf = _noisy((45, pngfile.BAND * 2 + 7), alpha)
    channels = 4 if alpha else 3
    w, h = surf.get_size()
    pixels = np.frombuffer(pygame.image.tobytes(surf, "RGBA" if alpha else "RGB"), np.uint8).reshape(h, w * channels)
    rows = np.empty((h, w * channels + 1), np.uint8)
    rows[:, 0] = pngfile.SUB
    rows[:, 1:channels + 1] = pixels[:, :channels]
    np.subtract(pixels[:, channels:], pixels[:, :-channels], out=rows[:, channels + 1:])
    idat = zlib.compress(rows.tobytes(), pngfile.LEVEL)
    encoded = encode_png(surf)
    at = encoded.index(b"IDAT")
    (length,) = struct.unpack(">I", encoded[at - 4:at])
    assert encoded[at + 4:at + 4 + length] == idat


def test_other_suffixes_go_through_pygame(tmp_path: Path) -> None:
    surf = _noisy((16, 8), False)
    path = tmp_path / "x.bmp"
    save_image(surf, path)
    assert path.read_bytes()[:2] == b"BM"
    assert pygame.image.tobytes(pygame.image.load(str(path)), "RGB") == pygame.image.tobytes(surf, "RGB")


def test_save_replaces_atomically_and_never_follows_a_link(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    path = tmp_path / "shot.png"
    path.symlink_to(victim)
    save_image(_noisy((3, 3), False), path)
    assert victim.read_text() == "keep me"
    assert not path.is_symlink()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_a_crop_is_decoded_alone_to_the_pixels_of_the_whole(tmp_path: Path) -> None:
    """`decode_png_crop` (a big prop's raster read to crop it, without the whole held): the same pixels
    and format as the whole file loaded and cropped, at the edges, across bands, one pixel, all of it."""
    pygame.init()
    path = tmp_path / "a.png"
    path.write_bytes(encode_png(_noisy((700, 300), True, 1)))
    whole = pygame.image.load(str(path))
    for crop in [(0, 0, 700, 300), (13, 70, 400, 130), (699, 299, 1, 1), (300, 0, 1, 300), (0, 64, 700, 64), (5, 63, 17, 2)]:
        got = decode_png_crop(path, crop)
        assert got is not None and got.get_size() == crop[2:]
        assert pygame.image.tobytes(got, "RGBA") == pygame.image.tobytes(whole.subsurface(crop), "RGBA"), crop
        assert got.get_masks() == whole.get_masks() and got.get_flags() & pygame.SRCALPHA


def test_a_png_it_cannot_read_by_rows_is_left_to_the_whole_load(tmp_path: Path) -> None:
    """Another writer's filters, an RGB file, a crop outside, a file cut short: None (the caller loads it whole)."""
    pygame.init()
    theirs, rgb, cut = tmp_path / "theirs.png", tmp_path / "rgb.png", tmp_path / "cut.png"
    pygame.image.save(_noisy((90, 60), True, 2), str(theirs))  # (libpng's adaptive filters: Paeth, Average, Up)
    rgb.write_bytes(encode_png(pygame.Surface((90, 60))))
    data = encode_png(_noisy((90, 60), True, 3))
    cut.write_bytes(data[: len(data) // 2])
    assert decode_png_crop(theirs, (1, 1, 50, 50)) is None
    assert decode_png_crop(rgb, (1, 1, 50, 50)) is None
    assert decode_png_crop(cut, (1, 40, 50, 10)) is None
    assert decode_png_crop(tmp_path / "a.png", (0, 0, 1, 1)) is None  # (no such file)
    whole = tmp_path / "whole.png"
    whole.write_bytes(data)
    assert decode_png_crop(whole, (50, 10, 41, 5)) is None  # (past its right edge)
