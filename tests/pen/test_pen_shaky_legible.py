"""67, "his penmanship shaky": the tremor shakes his strokes but keeps every letter's shape (review10
#11: "want" read as "wamt", the jitter broke the n). His shaky line against the same line by the same
hand without its tremor (same letters, breaks and seed), at the close shot's scale: every stroke of the
steady line has shaky ink within a couple of px (no arch lost or broken off), and the shaky ink strays
no further from it."""

from __future__ import annotations

import dataclasses

import numpy as np
import pygame

from game.pen import Hand, Notebook

SCALE = 1810 / 1240  # the close shot at 1920x1080
LINE = "I don’t want to lose you."


def _ink(hands: dict[str, Hand]) -> np.ndarray:
    nb = Notebook(hands, 3, SCALE)
    blank = pygame.surfarray.array3d(nb.page_surface).astype(int)
    nb.restore([(LINE, "shaky", None, 11)])
    rgb = pygame.surfarray.array3d(nb.page_surface).astype(int)
    return (blank - rgb).sum(axis=2) > 150  # his dark blue ink over the bare page


def _grow(mask: np.ndarray, r: int) -> np.ndarray:
    out = mask.copy()
    for dx in range(-r, r + 1):
        for dy in range(-r, r + 1):
            if dx * dx + dy * dy <= r * r:
                out |= np.roll(np.roll(mask, dx, axis=0), dy, axis=1)
    return out


def test_the_shaky_line_keeps_its_letters(hands: dict[str, Hand]) -> None:
    shaky = _ink(hands)
    steady = _ink({**hands, "shaky": dataclasses.replace(hands["shaky"], tremor=0.0)})
    assert steady.sum() > 2000 and shaky.sum() > 2000
    # (0 px either way at his tremor 0.9; 21 lost and 40 strayed at 2.5, 123 and 230 at 4)
    lost = steady & ~_grow(shaky, 3)
    stray = shaky & ~_grow(steady, 3)
    assert lost.sum() < 0.005 * steady.sum(), f"{lost.sum()} px of the letters' strokes lost to the tremor"
    assert stray.sum() < 0.005 * shaky.sum(), f"{stray.sum()} px of ink strayed off the letters"
