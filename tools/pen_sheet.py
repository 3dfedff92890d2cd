"""Contact sheets of the pen, rendered through the game's own `game.pen` (docs/screens/pen-*.png).

Usage: python tools/pen_sheet.py [--out DIR] [--size WxH ...] [--hands FILE] [--backdrop PNG]

Each `--size` is a display (default 1920x1080 and 1280x720); the panel's scale is its width
over 1920. Sheets, written into `--out` (default docs/screens/):
  pen-<hand>.png      for each hand, its longest story line mid-line (pen down, pen lifted)
                      and finished at the first size's scale, then finished (transcription
                      on) at each other size's
  pen-story.png       the story's written lines in order at the last size: the first spread,
                      the notebook closing, the page turn, the last spread with transcription
  pen-punctuation.png every mark the script may use, at the first size
  pen-lines.png       each written line of the story alone, finished, cropped 1:1 to its
                      rows at the first size's scale (with the story's line seeds)
  pen-in-room-<W>x<H>.png
                      the panel mid-line over the room out of focus (`--backdrop`, by default
                      docs/screens/art-lit-1920x1080.png, else a dark fill), placed as
                      suggested: centred at the bottom
`--close-shot` draws the panel at the scale the story's notebook close shot shows it
(1.46 at 1920x1080) instead of width/1920: the pen's real size on screen.
Deterministic: same code, same pixels.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # `python tools/pen_sheet.py`

import pygame

from game.assets import Assets
from game.pen import PANEL_H, PANEL_W, Hand, Notebook, PenCache, Spread, load_hands
from game.pen.glyphs import load_font
from game.pen.layout import layout_line
from game.scenes.story import NOTEBOOK_RECT, line_seed
from game.settings import Settings
from game.story import commands as c
from game.story.parser import parse_file, written_lines
from tools._common import SCREENS, headless, save, size_arg, stack

PUNCT = "“Yes—no…” ‘it’s’ (é, è, ê, ë, ç, ñ, ø) – 1, 2; 3: 4! 5? - \"x\" & ’"
BG = (26, 17, 13)
Hands = Mapping[str, Hand]
Line = tuple[str, str]  # (text, hand)


class Pens:
    """Notebooks that share one `PenCache` (fonts, stamps, paper), as the game's do in a run."""

    def __init__(self, hands: Hands, font: Path) -> None:
        self.hands, self.font, self.cache = hands, font, PenCache()

    def notebook(self, scale: float) -> Notebook:
        return Notebook(self.hands, 1, scale, self.font, cache=self.cache)


def _frame(nb: Notebook, scale: float, t: float, label: str, transcription: bool = False) -> pygame.Surface:
    w, h = round(PANEL_W * scale), round(PANEL_H * scale)
    pad = round(30 * scale)
    surf = pygame.Surface((w + 2 * pad, h + 2 * pad + round(26 * scale)))
    surf.fill(BG)
    nb.update(t, 14.0)
    nb.draw(surf, pygame.Rect(pad, pad + round(26 * scale), w, h), t, transcription)
    font = pygame.font.Font(None, max(14, round(26 * scale)))
    surf.blit(font.render(label, True, (220, 200, 170)), (pad, round(8 * scale)))
    return surf


def hand_sheet(pens: Pens, text: str, hand: str, seed: int, scales: list[float]) -> pygame.Surface:
    frames = []
    for scale in scales:
        nb = pens.notebook(scale)
        nb.write(text, hand, None, seed, at=0.0)
        d = nb.duration(14.0)
        first = scale == scales[0]
        for f in (0.3, 0.62, 1.0) if first else (1.0,):
            t = d * f
            label = f"{hand}: {text}   t={t:.2f}s of {d:.2f}s  ({round(PANEL_W * scale)}x{round(PANEL_H * scale)} px panel)"
            frames.append(_frame(nb, scale, t, label, f == 1.0 and not first))
    return stack(frames, BG)


def story_sheet(pens: Pens, lines: list[Line], scale: float) -> pygame.Surface:
    """The written lines in order: the first spread, closing, opening, a page turn, the rest."""
    nb = pens.notebook(scale)
    frames = []
    first, rest = lines[:4], lines[4:]
    t = 0.0
    for i, (text, hand) in enumerate(first):
        nb.write(text, hand, None, 100 + i, at=t)
        t += nb.duration(14.0) + 1.0
    frames.append(_frame(nb, scale, t, f"lines 1-{len(first)}: the first spread"))
    nb.set_open(False, t)
    frames.append(_frame(nb, scale, t + 0.35, "closing the notebook"))
    frames.append(_frame(nb, scale, t + 0.85, "closed, fading"))
    t += 3.0
    nb.set_open(True, t)
    frames.append(_frame(nb, scale, t + 0.75, "opening again"))
    t += 1.5
    nb.turn_page(t)
    frames.append(_frame(nb, scale, t + 0.4, "a page turn to a fresh spread"))
    t += 1.5
    for i, (text, hand) in enumerate(rest):
        nb.write(text, hand, None, 100 + len(first) + i, at=t)
        d = nb.duration(14.0)
        if i == 1:
            frames.append(_frame(nb, scale, t + d * 0.5, f"{hand} mid-line, transcription on", True))
        t += d + 1.0
    if rest:
        frames.append(_frame(nb, scale, t, f"lines {len(first) + 1}-{len(lines)}: the last spread", True))
    return stack(frames, BG)


def lines_sheet(pens: Pens, lines: list[Line], seeds: list[int], scale: float) -> pygame.Surface:
    """Each written line alone on a fresh page, finished, cropped to the rows it fills."""
    sp = Spread()
    frames = []
    for (text, hand), seed in zip(lines, seeds, strict=True):
        h = pens.hands[hand]
        rows = layout_line(text, h, load_font(h.font, h.base_dir, h.extra_glyphs or None), seed, sp.text_width(), sp.row_pitch).rows
        nb = pens.notebook(scale)
        nb.write(text, hand, None, seed, at=0.0)
        nb.complete()
        nb.draw(pygame.Surface((round(PANEL_W * scale), round(PANEL_H * scale))),
                pygame.Rect(0, 0, round(PANEL_W * scale), round(PANEL_H * scale)), 0.0, pen=False)
        x0, y0 = sp.origin(0, 0)
        box = pygame.Rect(round((x0 - 30) * scale), round((y0 - sp.row_pitch) * scale),
                          round((sp.text_width() + 60) * scale), round((rows + 1) * sp.row_pitch * scale))
        box = box.clip(nb.page_surface.get_rect())
        font = pygame.font.Font(None, max(14, round(22 * scale)))
        frame = pygame.Surface((box.w, box.h + round(26 * scale)))
        frame.fill(BG)
        frame.blit(font.render(f"{hand}: {text}", True, (220, 200, 170)), (4, 2))
        frame.blit(nb.page_surface, (0, round(26 * scale)), box)
        frames.append(frame)
    return stack(frames, BG)


def in_room(pens: Pens, lines: list[Line], backdrop: Path, size: tuple[int, int]) -> pygame.Surface:
    if backdrop.exists():
        bg = pygame.transform.smoothscale(pygame.image.load(str(backdrop)), size)
        # out of focus and dimmed, as the story scene shows the room behind the page
        small = pygame.transform.gaussian_blur(pygame.transform.smoothscale(bg, (size[0] // 4, size[1] // 4)),
                                               max(1, round(size[0] / 320)))
        bg = pygame.transform.smoothscale(small, size)
        bg.fill((196, 186, 178), special_flags=pygame.BLEND_RGB_MULT)
    else:
        bg = pygame.Surface(size)
        bg.fill(BG)
    scale = size[0] / 1920
    nb = pens.notebook(scale)
    for i, (text, hand) in enumerate(lines[:2]):
        nb.write(text, hand, None, 100 + i, at=0.0)
    t = nb.duration(14.0) * 0.6
    rect = pygame.Rect(0, 0, round(PANEL_W * scale), round(PANEL_H * scale))
    rect.midbottom = (size[0] // 2, size[1] - round(6 * scale))
    nb.update(t, 14.0)
    nb.draw(bg, rect, t, True)
    return bg


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=SCREENS, help="folder for the PNGs (default docs/screens)")
    ap.add_argument("--size", type=size_arg, action="append", default=None,
                    help="a display WxH, repeatable (default 1920x1080 and 1280x720)")
    ap.add_argument("--hands", type=Path, default=None, help="the hands file (default assets/hands.toml)")
    ap.add_argument("--backdrop", type=Path, default=SCREENS / "art-lit-1920x1080.png",
                    help="the room behind the in-room sheets (default docs/screens/art-lit-1920x1080.png)")
    ap.add_argument("--close-shot", action="store_true",
                    help="draw the panel at the story's notebook close-shot scale (1.46 at 1920 wide)")
    args = ap.parse_args(argv)
    sizes: list[tuple[int, int]] = args.size or [(1920, 1080), (1280, 720)]
    scales = [w / 1920 for w, _ in sizes]
    if args.close_shot:  # as game.scenes.story draws the page shot
        scales = [round(NOTEBOOK_RECT[2] * w / 1920) / PANEL_W for w, _ in sizes]
    headless()
    assets = Assets()
    pens = Pens(load_hands(args.hands or assets.hands), assets.serif_italic)
    script = parse_file(assets.story)
    lines = written_lines(script)
    seeds = [line_seed(Settings().seed, ln) for ln in script.lines if isinstance(ln, c.Write)]
    if not lines:
        print(f"{assets.rel(assets.story)}: no written lines to show the pen with", file=sys.stderr)
        return 1
    longest: dict[str, tuple[int, str]] = {}  # hand -> (index, text) of its longest line
    for i, (text, hand) in enumerate(lines):
        if len(text) > len(longest.get(hand, (0, ""))[1]):
            longest[hand] = (i, text)
    for hand, (i, text) in longest.items():
        save(hand_sheet(pens, text, hand, 100 + i, scales), args.out / f"pen-{hand}.png")
    save(story_sheet(pens, lines, scales[-1]), args.out / "pen-story.png")
    frames = []
    for hand in list(longest)[:2]:
        nb = pens.notebook(scales[0])
        nb.write(PUNCT, hand, None, 7, at=0.0)
        frames.append(_frame(nb, scales[0], nb.duration(14.0), f"{hand}: punctuation and accents", True))
    save(stack(frames, BG), args.out / "pen-punctuation.png")
    save(lines_sheet(pens, lines, seeds, scales[0]), args.out / "pen-lines.png")
    for size in sizes:
        save(in_room(pens, lines, args.backdrop, size), args.out / f"pen-in-room-{size[0]}x{size[1]}.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
