"""Benchmark of the pen: queue-time costs and per-frame costs, at 1920x1080 and 1280x720.

Usage: SDL_VIDEODRIVER=dummy python tools/bench_pen.py [--frames N]

Prints, per scale:
  write()      layout + timeline + stamp warm-up for each of the six story lines (queue time)
  frame        update() + draw() while the longest line is written at 60 fps, split into
               the panel blit (the page onto the screen, paid even with nothing written) and
               the pen itself: update() + the new ink (the writing frame minus the median
               frame of the same page finished) + the pen sprite (timed alone)
Short on purpose (the machine is shared): one pass over the line, no loops of loops.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

import pygame

from game.assets import Assets
from game.pen import PANEL_H, PANEL_W, Notebook, load_hands
from game.pen.sprite import PenSprite
from game.story.parser import parse_file, written_lines

ROOT = Path(__file__).resolve().parent.parent
LINES = written_lines(parse_file(Assets().story))  # (text, hand) of the story's six written lines


def _stats(xs: list[float]) -> str:
    xs = sorted(xs)
    p95 = xs[min(len(xs) - 1, int(len(xs) * 0.95))]
    return f"mean {statistics.fmean(xs):.3f} ms, median {statistics.median(xs):.3f}, p95 {p95:.3f}, max {xs[-1]:.3f}"


def bench(scale: float, screen: pygame.Surface, max_frames: int) -> None:
    t0 = time.perf_counter()
    hands = load_hands(ROOT / "assets" / "hands.toml")
    nb = Notebook(hands, 1, scale)
    print(f"\n== scale {scale:.4f}: panel {round(PANEL_W * scale)}x{round(PANEL_H * scale)} px; construct {1000 * (time.perf_counter() - t0):.0f} ms")
    rect = pygame.Rect(0, 0, round(PANEL_W * scale), round(PANEL_H * scale))
    rect.midbottom = (screen.get_width() // 2, screen.get_height() - 10)
    t0 = time.perf_counter()
    nb.warm([(hand, None) for hand in ("elegant", "brush", "shaky", "trembling")])
    print(f"warm() all four hands (scene load): {1000 * (time.perf_counter() - t0):.0f} ms")
    for i, (text, hand) in enumerate(LINES):
        t0 = time.perf_counter()
        nb.write(text, hand, None, 100 + i, at=0.0)
        print(f"write() {hand:9s} {len(text):2d} chars: {1000 * (time.perf_counter() - t0):6.1f} ms")
    nb.restore([])
    text, hand = LINES[2]
    t0 = time.perf_counter()
    nb.write(text, hand, None, 7, at=0.0)
    print(f"write() again, warm stamps: {1000 * (time.perf_counter() - t0):.1f} ms")
    dur = nb.duration(14.0)
    idle = Notebook(hands, 1, scale)  # the same page, finished: nothing new to draw
    idle.write(text, hand, None, 7, at=0.0)
    idle.complete()
    bg = pygame.Surface(screen.get_size()).convert()
    bg.fill((30, 20, 15))
    n = min(max_frames, int(dur * 60) + 1)
    upd, full, still = [], [], []
    for f in range(n):  # pass 1: the line being written
        t = f / 60
        screen.blit(bg, (0, 0))
        a = time.perf_counter()
        nb.update(t, 14.0)
        b = time.perf_counter()
        nb.draw(screen, rect, t)
        upd.append(1000 * (b - a))
        full.append(1000 * (time.perf_counter() - a))
    for _ in range(n):  # pass 2, same conditions: the finished page, pen resting
        screen.blit(bg, (0, 0))
        a = time.perf_counter()
        idle.update(dur + 5, 14.0)
        idle.draw(screen, rect, dur + 5)
        still.append(1000 * (time.perf_counter() - a))
    sprite = PenSprite(scale)
    spr = []
    for f in range(200):
        a = time.perf_counter()
        sprite.draw(screen, rect.x + 300 + f % 40, rect.y + 200, (f % 16) / 15)
        spr.append(1000 * (time.perf_counter() - a))
    base = statistics.median(still)
    ink = [x - u - base for x, u in zip(full, upd, strict=True)]
    print(f"writing {n} frames ({dur:.2f} s line at 14 cps):")
    print(f"  update() + draw(), everything:    {_stats(full)}")
    print(f"  finished page + resting pen:      {_stats(still)}   (mostly the panel blit)")
    print(f"  update(): events, pen position:   {_stats(upd)}")
    print(f"  pen sprite alone:                 {_stats(spr)}")
    print(f"  new ink (everything - update - finished-page median): {_stats(ink)}")
    pen = [u + i + statistics.median(spr) for u, i in zip(upd, ink, strict=True)]
    print(f"  THE PEN = update + new ink + sprite: {_stats(pen)}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--frames", type=int, default=600)
    args = ap.parse_args()
    pygame.init()
    for w, h in ((1920, 1080), (1280, 720)):
        screen = pygame.display.set_mode((w, h))
        bench(w / 1920, screen, args.frames)


if __name__ == "__main__":
    main()
