"""Benchmark of the pen: queue-time costs and per-frame costs, at 1920x1080 and 1280x720.

Usage: python tools/bench_pen.py [--frames N] [--size WxH ...]

Prints, per display size (the panel's scale is its width over 1920):
  write()      layout + timeline + stamp warm-up for each of the story's written lines
  frame        update() + draw() while the longest line is written at 60 fps, split into
               the panel blit (the page onto the screen, paid even with nothing written) and
               the pen itself: update() + the new ink (the writing frame minus the median
               frame of the same page finished) + the pen sprite (timed alone)
Short on purpose (the machine is shared): one pass over the line, no loops of loops.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Mapping
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # `python tools/bench_pen.py`

import pygame

from game.assets import Assets
from game.pen import PANEL_H, PANEL_W, Hand, Notebook, PenCache, load_hands
from game.pen.sprite import PenSprite
from game.story.parser import parse_file, written_lines
from tools._common import headless, p95, positive_int, size_arg


def _stats(xs: list[float]) -> str:
    return (f"mean {statistics.fmean(xs):.3f} ms, median {statistics.median(xs):.3f}, "
            f"p95 {p95(xs):.3f}, max {max(xs):.3f}")


def bench(hands: Mapping[str, Hand], lines: list[tuple[str, str]], screen: pygame.Surface,
          max_frames: int) -> None:
    """Time the pen for a display of `screen`'s size; `lines` are (text, hand), in story order."""
    scale = screen.get_width() / 1920
    t0 = time.perf_counter()
    cache = PenCache()  # one a run, as the game keeps it
    nb = Notebook(hands, 1, scale, cache=cache)
    print(f"\n== scale {scale:.4f}: panel {round(PANEL_W * scale)}x{round(PANEL_H * scale)} px; construct {1000 * (time.perf_counter() - t0):.0f} ms")
    rect = pygame.Rect(0, 0, round(PANEL_W * scale), round(PANEL_H * scale))
    rect.midbottom = (screen.get_width() // 2, screen.get_height() - 10)
    t0 = time.perf_counter()
    words = " ".join(dict.fromkeys(w for text, _ in lines for w in text.split()))  # as the game warms
    nb.warm([(hand, None) for hand in dict.fromkeys(hand for _, hand in lines)], words)
    print(f"warm() the story's hands (scene load): {1000 * (time.perf_counter() - t0):.0f} ms")
    for i, (text, hand) in enumerate(lines):
        t0 = time.perf_counter()
        nb.write(text, hand, None, 100 + i, at=0.0)
        print(f"write() {hand:9s} {len(text):2d} chars: {1000 * (time.perf_counter() - t0):6.1f} ms")
    nb.restore([])
    text, hand = max(lines, key=lambda line: len(line[0]))  # the longest line
    t0 = time.perf_counter()
    nb.write(text, hand, None, 7, at=0.0)
    print(f"write() again, warm stamps: {1000 * (time.perf_counter() - t0):.1f} ms")
    dur = nb.duration(14.0)
    idle = Notebook(hands, 1, scale, cache=cache)  # the same page, finished: nothing new to draw
    idle.write(text, hand, None, 7, at=0.0)
    idle.complete()
    bg = pygame.Surface(screen.get_size()).convert()
    bg.fill((30, 20, 15))
    n = min(max_frames, int(dur * 60) + 1)
    upd: list[float] = []
    full: list[float] = []
    still: list[float] = []
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
    spr: list[float] = []
    for f in range(min(200, max_frames)):
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


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--frames", type=positive_int, default=600, help="at most this many frames a pass (default 600)")
    ap.add_argument("--size", type=size_arg, action="append", default=None,
                    help="a display WxH, repeatable (default 1920x1080 and 1280x720)")
    args = ap.parse_args(argv)
    headless()
    assets = Assets()
    hands = load_hands(assets.hands)
    lines = written_lines(parse_file(assets.story))
    if not lines:
        print(f"{assets.rel(assets.story)}: no written lines to time the pen with", file=sys.stderr)
        return 1
    for size in args.size or [(1920, 1080), (1280, 720)]:
        bench(hands, lines, pygame.display.set_mode(size), args.frames)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
