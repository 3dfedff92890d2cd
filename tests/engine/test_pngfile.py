"""game.pngfile: the fast PNG writer behind --render and the screenshot key loses no pixel."""

from __future__ import annotations

import os
from pathlib import Path

import pygame
import pytest

from game.pngfile import encode_png, save_image

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
