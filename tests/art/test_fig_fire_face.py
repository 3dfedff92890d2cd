"""Review 10 #8 (lines 6/8): "His gaze was fixed on the fire crackling in the hearth". His knees point
at her and his head was turned right round to the fire, so we saw the back of his head (a 150-180
degree neck twist) and of the face only an ear, the lashes' tips and an orange sliver of cheek: the
fire lighting his face was never shown. Now the head turned to the fire is a three-quarter front view
on shoulders turned toward us: the face is seen, and its side toward the fire is lit warm."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pygame

ROOT = Path(__file__).resolve().parents[2]
HEAD = (560, 160, 280, 260)  # x, y, w, h at 1920x1080: his head and neck above the collar at line 8 (the mantel starts right of it)


def _frame(tmp: Path, line: int, at: float) -> np.ndarray:
    out = tmp / f"L{line}.png"
    env = dict(os.environ, SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy")
    subprocess.run([sys.executable, "-m", "game", "--render", str(line), "--at", str(at), "--size", "1920x1080", "--out", str(out)],
                   cwd=ROOT, env=env, check=True, capture_output=True, timeout=240)
    return pygame.surfarray.array3d(pygame.image.load(str(out))).swapaxes(0, 1).astype(int)


def test_at_line_8_his_face_is_seen_and_its_fire_side_is_lit_warm(tmp_path: Path) -> None:
    x, y, w, h = HEAD
    c = _frame(tmp_path, 8, 2.0)[y:y + h, x:x + w]
    r, g, b = c[..., 0], c[..., 1], c[..., 2]
    skin = (r > 110) & (r > g + 15) & (g > b) & (r - b > 45)
    # the face, not an ear and a neck: the back of his head showed 5.7k px of skin here, the face 10k
    assert skin.sum() >= 8500, f"only {skin.sum()} px of his skin in the head's box: the face is turned away"
    xs = np.nonzero(skin)[1]
    x0, x1 = np.percentile(xs, 5), np.percentile(xs, 95)
    cols = np.arange(w)[None, :]
    fire, far = skin & (cols > x1 - 0.3 * (x1 - x0)), skin & (cols < x0 + 0.3 * (x1 - x0))
    lum = 0.299 * r + 0.587 * g + 0.114 * b
    lf, lr = lum[fire].mean(), lum[far].mean()
    wf, wr = (r - b)[fire].mean(), (r - b)[far].mean()
    # the side toward the fire (right) clearly brighter and warmer than the side away from it (was 1.35x, +35)
    assert lf >= 1.45 * lr, f"the fire-side cheek {lf:.0f} vs the far side {lr:.0f}: not lit by the fire"
    assert wf >= wr + 45, f"the fire-side cheek's warmth (R-B) {wf:.0f} vs the far side {wr:.0f}"
