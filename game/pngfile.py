"""A surface as PNG bytes, fast: the Sub filter in numpy and zlib at a low level.

pygame's own PNG writer (libpng at its default level, with adaptive filtering) spends
about 2 s on one 1920x1080 frame on the kiosk-class machine, most of a `--render`'s time
and a visible stall when a player presses the screenshot key. Here every row gets PNG
filter 1 (Sub: each byte minus the byte one pixel to its left, which smooth painted
pictures turn into small numbers) and zlib level 2: about a tenth of the time, files
about a quarter larger. The file is a plain 8-bit RGB PNG, or RGBA when the surface has
per-pixel alpha; any reader (pygame, browsers, imagemagick) loads it to the same pixels.
"""

from __future__ import annotations

import io
import struct
import zlib
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pygame

from game.safeio import write_atomic

LEVEL = 2
SIGNATURE = b"\x89PNG\r\n\x1a\n"
SUB = 1
BAND = 64  # rows filtered and compressed at a time (encode_png)
RGBA_MASKS = (0xFF, 0xFF00, 0xFF0000, 0xFF000000)  # R, G, B, A bytes in that order (a PNG's, as pygame loads it)


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def encode_png(surface: pygame.Surface, level: int = LEVEL) -> bytes:
    """The PNG file for `surface`, RGBA if it has per-pixel alpha, else RGB. Filtered and
    compressed BAND rows at a time (one zlib stream fed in pieces gives the same bytes as one
    call): the whole picture read, filtered and copied once more for zlib held about three
    copies of it at once (+26 MB for the page's table baked at 1080p, +19 for the notebook)."""
    alpha = bool(surface.get_flags() & pygame.SRCALPHA)
    channels, colour_type = (4, 6) if alpha else (3, 2)
    w, h = surface.get_size()
    deflate = zlib.compressobj(level)
    parts: list[bytes] = []
    rows = np.empty((min(h, BAND), w * channels + 1), np.uint8)
    rows[:, 0] = SUB
    for y in range(0, h, BAND):
        n = min(BAND, h - y)
        band = surface.subsurface((0, y, w, n))
        pixels = np.frombuffer(pygame.image.tobytes(band, "RGBA" if alpha else "RGB"), np.uint8).reshape(n, w * channels)
        out = rows[:n]
        out[:, 1:channels + 1] = pixels[:, :channels]
        np.subtract(pixels[:, channels:], pixels[:, :-channels], out=out[:, channels + 1:])
        parts.append(deflate.compress(out.data))  # (a band of whole rows: contiguous)
    parts.append(deflate.flush())
    crc = zlib.crc32(b"IDAT")
    for part in parts:  # the IDAT chunk's pieces joined once, into the file (not into a chunk first)
        crc = zlib.crc32(part, crc)
    header = struct.pack(">IIBBBBB", w, h, 8, colour_type, 0, 0, 0)
    return b"".join((SIGNATURE, _chunk(b"IHDR", header), struct.pack(">I", sum(map(len, parts))), b"IDAT", *parts,
                     struct.pack(">I", crc & 0xFFFFFFFF), _chunk(b"IEND", b"")))


def save_image(surface: pygame.Surface, path: Path) -> None:
    """Write `surface` to `path` through `write_atomic` (never half a file, never a link).

    A `.png` is encoded here; any other suffix pygame knows (`.jpg`, `.bmp`, `.tga`) by pygame.
    """
    if path.suffix.lower() == ".png":
        data = encode_png(surface)
    else:
        buffer = io.BytesIO()
        pygame.image.save(surface, buffer, path.name)
        data = buffer.getvalue()
    write_atomic(path, data)


def decode_png_crop(path: Path, crop: tuple[int, int, int, int]) -> pygame.Surface | None:
    """The `crop` (x, y, w, h) of the 8-bit RGBA PNG at `path`, decoded a band of rows at a time, so only
    the crop is held, not the whole picture: a big prop's raster was loaded whole to be cropped (at her
    gaze's push, 4.32x at 1080p, the window's 25.8 MiB for a 9.3 MiB crop; at the fire's close-up its
    31.9). Rows are inflated in order and those above the crop passed over; a row filtered Sub (what
    `encode_png` writes) or not at all is read alone. None if the file is not such a PNG, or is cut short
    (the caller loads it whole)."""
    try:
        data = memoryview(path.read_bytes())
    except OSError:
        return None
    if bytes(data[:8]) != SIGNATURE:
        return None
    header: tuple[int, ...] | None = None
    parts: list[memoryview] = []
    pos = 8
    while pos + 8 <= len(data):
        (n,) = struct.unpack(">I", data[pos : pos + 4])
        kind = bytes(data[pos + 4 : pos + 8])
        if kind == b"IHDR" and n == 13:
            header = struct.unpack(">IIBBBBB", data[pos + 8 : pos + 21])
        elif kind == b"IDAT":
            parts.append(data[pos + 8 : pos + 8 + n])
        elif kind == b"IEND":
            break
        pos += 12 + n
    if header is None or tuple(header[2:]) != (8, 6, 0, 0, 0):
        return None
    w, h = header[0], header[1]
    x, y, cw, ch = crop
    if x < 0 or y < 0 or cw <= 0 or ch <= 0 or x + cw > w or y + ch > h:
        return None
    stride, end = 1 + 4 * w, y + ch
    made = pygame.Surface((cw, ch), pygame.SRCALPHA, 32, RGBA_MASKS)  # (the crop's bytes written into it)
    if made.get_pitch() != 4 * cw:
        return None
    out = made.get_buffer()
    held, row = bytearray(), 0
    for piece in _inflated(parts, BAND * stride):
        held += piece
        n = min(len(held) // stride, end - row)
        if n <= 0:
            continue
        rows = np.frombuffer(held, np.uint8, count=n * stride).reshape(n, stride).copy()  # (held is cut below)
        lo, hi = max(row, y), row + n
        if hi > lo:
            got = rows[lo - row : hi - row]
            if not np.isin(got[:, 0], (0, SUB)).all():
                return None
            px = got[:, 1 : 1 + 4 * (x + cw)].reshape(hi - lo, x + cw, 4)
            sub = got[:, 0] == SUB
            px = np.where(sub[:, None, None], np.cumsum(px, axis=1, dtype=np.uint8), px)  # (Sub: a running sum)
            out.write(px[:, x:].tobytes(), (lo - y) * 4 * cw)
        del held[: n * stride]
        row += n
        if row >= end:
            del out
            return made
    return None


def _inflated(parts: list[memoryview], most: int) -> Iterator[bytes]:
    """The zlib stream split over `parts` inflated, at most `most` bytes a piece."""
    inflate = zlib.decompressobj()
    try:
        for part in parts:
            yield inflate.decompress(part, most)
            while inflate.unconsumed_tail:
                yield inflate.decompress(inflate.unconsumed_tail, most)
    except zlib.error:
        return
