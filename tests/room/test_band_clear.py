"""The narration band keeps off the people in a wide shot: a one-line caption sits on the lower
of the two text lines and its band starts just above it, so the feet (room y ~870-950 in the
wide, where a canvas px is a room px) stay clear above the words. Two lines keep their place."""

from __future__ import annotations

import numpy as np
import pygame

from game.assets import Assets
from game.scenes.ui import NarrationBand
from game.text.fonts import Fonts

SIZE = (1920, 1080)


def drawn_rows(text: str) -> np.ndarray:
    """The canvas rows the band and text changed on a mid-grey canvas."""
    pygame.init()
    surface = pygame.Surface(SIZE)
    surface.fill((128, 128, 128))
    assets = Assets()
    band = NarrationBand(Fonts({"serif": assets.serif, "serif_italic": assets.serif_italic}))
    band.draw(surface, text, len(text), 0.0, False)
    px = pygame.surfarray.array3d(surface).astype(np.int16)
    return np.nonzero((np.abs(px - 128).max(axis=2) > 6).any(axis=0))[0]


def test_a_one_line_caption_leaves_the_feet_clear() -> None:
    rows = drawn_rows("The room was bathed in the soft glow of a dozen flickering candles.")
    assert rows.min() > 880, f"the band darkens from canvas y {rows.min()}"  # it was 820


def test_two_lines_keep_their_band() -> None:
    rows = drawn_rows("The room, with its dimly lit ambiance and the scent of lavender, had witnessed a silent "
                      "conversation that had transcended words, a conversation of the heart.")
    assert 820 <= rows.min() < 880


def _band_alpha(text: str) -> np.ndarray:
    """How much the band and words darkened each canvas px of a white canvas (0 none, 1 black)."""
    pygame.init()
    surface = pygame.Surface(SIZE)
    surface.fill((255, 255, 255))
    assets = Assets()
    band = NarrationBand(Fonts({"serif": assets.serif, "serif_italic": assets.serif_italic}))
    band.draw(surface, text, len(text), 0.0, True)
    dark: np.ndarray = 1.0 - pygame.surfarray.array3d(surface).astype(np.float64).min(axis=2) / 255.0
    return dark


def test_the_page_shot_keeps_the_pen_and_the_book_out_of_the_band() -> None:
    """Line 21, the notebook seen from above, "The notebook was open, its pages blank,": the band
    darkened the pen lying on the table beside the book to near black (it is full width); the band's
    shade now ends past the words, so the pen and the book's bottom board are lit. Every line shown
    in the page shot (21, 28, 33, 81, both languages) leaves the book's cover untouched."""
    import math

    from game.pen.book import Spread
    from game.scenes.story import NOTEBOOK_RECT, PANEL_W, PEN_LYING

    k = NOTEBOOK_RECT[2] / PANEL_W
    x, y, angle = PEN_LYING
    length = 230.0 * k  # game.pen.sprite: the pen from its tip to its cap end, at the shot's scale
    along = [(x + f * length * math.cos(math.radians(angle)), y + f * length * math.sin(math.radians(angle)))
             for f in np.linspace(0.0, 1.0, 24)]
    dark = _band_alpha("The notebook was open, its pages blank,")
    over_pen = max(dark[round(px), min(SIZE[1] - 1, round(py))] for px, py in along)
    assert over_pen < 0.1, f"the band darkens the lying pen by {over_pen:.0%}"  # it was 80%
    cover = Spread().cover
    bottom = NOTEBOOK_RECT[1] + (cover.y + cover.h) * k
    for text in ("The notebook was open, its pages blank,",
                 "He scribbled the words, his penmanship elegant and precise.",
                 "Her script was delicate, like the brushstrokes of a calligrapher.",
                 "The notebook lay forgotten on the coffee table, its pages empty,",
                 "Son écriture était délicate, comme les coups de pinceau d’une calligraphe."):
        dark = _band_alpha(text)
        assert dark[:, : math.floor(bottom)].max() < 0.02, f"the band is over the book's bottom board: {text!r}"


def _strips(surface: pygame.Surface, band: pygame.Surface, alpha: int, edge: float) -> None:
    """The band's fading end as it was blitted before stop 40: ~8 logical px strips, each at its own
    surface alpha (the reference the one surface `NarrationBand._faded` makes must match)."""
    import math

    from game.scenes.ui import BAND_FADE

    w, h = surface.get_size()
    bh = band.get_height()
    fade = BAND_FADE * w / 1920
    n = max(1, math.ceil(fade / max(1.0, 8 * w / 1920)))
    for i in range(n):
        x0, x1 = round(edge + fade * i / n), round(edge + fade * (i + 1) / n)
        if x0 >= w:
            break
        u = (i + 0.5) / n
        band.set_alpha(round(alpha * (1.0 - u * u * (3.0 - 2.0 * u))))
        surface.blit(band, (x0, h - bh), pygame.Rect(x0, 0, x1 - x0, bh))
    band.set_alpha(255)


def test_the_bands_fading_end_is_the_strips_it_was_in_one_blit() -> None:
    """Its ~60 strips, each blitted at its own alpha (a line's every frame at 1080p), made into one
    surface with each strip's share in its alpha: the same pixels on the window's format, at any size,
    any alpha of the band's fade-in, edges running off the canvas."""
    pygame.init()
    pygame.display.set_mode((64, 64))
    rng = np.random.default_rng(4)
    assets = Assets()
    narration = NarrationBand(Fonts({"serif": assets.serif, "serif_italic": assets.serif_italic}))
    for size in ((1920, 1080), (1280, 720), (641, 360)):
        canvas = pygame.Surface(size).convert()
        px = pygame.surfarray.pixels3d(canvas)
        px[...] = rng.integers(0, 256, px.shape)
        del px
        band = narration._band_surface(size, round(size[1] * 0.72), False)
        for alpha, edge in ((255, size[0] * 0.41), (97, size[0] * 0.63 + 0.4), (12, size[0] * 0.9), (255, size[0] - 3.0)):
            made, want = canvas.copy(), canvas.copy()
            faded = narration._faded(band, size[0], alpha, edge)
            assert faded is not None
            made.blit(faded[0], (faded[1], size[1] - band.get_height()))
            _strips(want, band, alpha, edge)
            assert np.array_equal(pygame.surfarray.array3d(made), pygame.surfarray.array3d(want)), (size, alpha, edge)
            assert not np.array_equal(pygame.surfarray.array3d(made), pygame.surfarray.array3d(canvas))
