"""Contact sheets of the pen, rendered through the game's own `game.pen` (docs/screens/pen-*.png).

Usage: SDL_VIDEODRIVER=dummy python tools/pen_sheet.py [--out docs/screens]

Sheets:
  pen-elegant.png, pen-brush.png, pen-shaky.png, pen-trembling.png
      one story line per hand, mid-line (pen down, pen lifted) and finished, at the
      1920x1080 panel scale (1.0), then the finished panel at 1280x720 (0.6667)
  pen-story.png       the six written lines in story order at 1280x720: the first spread,
                      the notebook closing, the page turn, the last spread with transcription
  pen-punctuation.png every mark the script may use, at 1920x1080
  pen-in-room-1920x1080.png, pen-in-room-1280x720.png
                      the panel mid-line over the room (docs/screens/art-lit-1920x1080.png if
                      present, else a dark fill), placed as suggested: centred at the bottom
Deterministic: same code, same pixels.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

import pygame

from game.assets import Assets
from game.pen import PANEL_H, PANEL_W, Notebook, load_hands
from game.story.parser import parse_file, written_lines

ROOT = Path(__file__).resolve().parent.parent
FONT = ROOT / "assets" / "fonts" / "EBGaramond12-Italic.otf"
LINES = written_lines(parse_file(Assets().story))  # (text, hand) of the story's six written lines
PUNCT = "“Yes—no…” ‘it’s’ (é, è, ê, ë, ç, ñ, ø) – 1, 2; 3: 4! 5? - \"x\" & ’"
BG = (26, 17, 13)


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


def _stack(frames: list[pygame.Surface]) -> pygame.Surface:
    w = max(f.get_width() for f in frames)
    out = pygame.Surface((w, sum(f.get_height() for f in frames)))
    out.fill(BG)
    y = 0
    for f in frames:
        out.blit(f, (0, y))
        y += f.get_height()
    return out


def hand_sheet(hands_path: Path, text: str, hand: str, seed: int) -> pygame.Surface:
    hands = load_hands(hands_path)
    frames = []
    for scale in (1.0, 2 / 3):
        nb = Notebook(hands, 1, scale, FONT)
        nb.write(text, hand, None, seed, at=0.0)
        d = nb.duration(14.0)
        times = (0.3, 0.62, 1.0) if scale == 1.0 else (1.0,)
        for f in times:
            t = d * f
            frames.append(_frame(nb, scale, t, f"{hand}: {text}   t={t:.2f}s of {d:.2f}s  ({round(PANEL_W * scale)}x{round(PANEL_H * scale)} px panel)", f == 1.0 and scale < 1))
    return _stack(frames)


def story_sheet(hands_path: Path) -> pygame.Surface:
    hands = load_hands(hands_path)
    scale = 2 / 3
    nb = Notebook(hands, 1, scale, FONT)
    frames = []
    t = 0.0
    for i, (text, hand) in enumerate(LINES[:4]):
        nb.write(text, hand, None, 100 + i, at=t)
        t += nb.duration(14.0) + 1.0
    frames.append(_frame(nb, scale, t, "lines 1-4: the first spread"))
    nb.set_open(False, t)
    frames.append(_frame(nb, scale, t + 0.35, "\"He closed the notebook gently\": closing"))
    frames.append(_frame(nb, scale, t + 0.85, "closed, fading"))
    t += 3.0
    nb.set_open(True, t)
    frames.append(_frame(nb, scale, t + 0.75, "opening again"))
    t += 1.5
    nb.turn_page(t)
    frames.append(_frame(nb, scale, t + 0.4, "a page turn to a fresh spread"))
    t += 1.5
    for i, (text, hand) in enumerate(LINES[4:]):
        nb.write(text, hand, None, 104 + i, at=t)
        d = nb.duration(14.0)
        if i == 1:
            frames.append(_frame(nb, scale, t + d * 0.5, "her reply mid-line, transcription on", True))
        t += d + 1.0
    frames.append(_frame(nb, scale, t, "lines 5-6: his shaky line and her trembling reply", True))
    return _stack(frames)


def in_room(hands_path: Path, size: tuple[int, int]) -> pygame.Surface:
    room = ROOT / "docs" / "screens" / "art-lit-1920x1080.png"
    if room.exists():
        bg = pygame.transform.smoothscale(pygame.image.load(room), size)
    else:
        bg = pygame.Surface(size)
        bg.fill(BG)
    scale = size[0] / 1920
    nb = Notebook(load_hands(hands_path), 1, scale, FONT)
    nb.write(LINES[0][0], LINES[0][1], None, 100, at=0.0)
    nb.write(LINES[1][0], LINES[1][1], None, 101, at=0.0)
    t = nb.duration(14.0) * 0.6
    rect = pygame.Rect(0, 0, round(PANEL_W * scale), round(PANEL_H * scale))
    rect.midbottom = (size[0] // 2, size[1] - round(6 * scale))
    nb.update(t, 14.0)
    nb.draw(bg, rect, t, True)
    return bg


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "screens")
    ap.add_argument("--hands", type=Path, default=ROOT / "assets" / "hands.toml")
    args = ap.parse_args()
    pygame.init()
    args.out.mkdir(parents=True, exist_ok=True)
    picks = {"elegant": (LINES[2][0], 102), "brush": (LINES[3][0], 103), "shaky": (LINES[4][0], 104), "trembling": (LINES[5][0], 105)}
    for hand, (text, seed) in picks.items():
        path = args.out / f"pen-{hand}.png"
        pygame.image.save(hand_sheet(args.hands, text, hand, seed), path)
        print(path)
    path = args.out / "pen-story.png"
    pygame.image.save(story_sheet(args.hands), path)
    print(path)
    hands = load_hands(args.hands)
    frames = []
    for hand in ("elegant", "brush"):
        nb = Notebook(hands, 1, 1.0, FONT)
        nb.write(PUNCT, hand, None, 7, at=0.0)
        frames.append(_frame(nb, 1.0, nb.duration(14.0), f"{hand}: punctuation and accents", True))
    path = args.out / "pen-punctuation.png"
    pygame.image.save(_stack(frames), path)
    print(path)
    for size in ((1920, 1080), (1280, 720)):
        path = args.out / f"pen-in-room-{size[0]}x{size[1]}.png"
        pygame.image.save(in_room(args.hands, size), path)
        print(path)


if __name__ == "__main__":
    main()
