"""Idle life for the figures: the small motions that keep a still pose alive.

Each motion is a pure function of (t, seed), layered onto a pose's joint angles with the
weight the pose gives it (so it fades in and out with a change of pose): breath for both,
his fists clenching and unclenching, her foot tapping, the hair twirled round her finger,
a writing hand's drift along the line, the tremble of a hand, a slow sway in the embrace,
the stride while crossing the room, and blinks at seeded moments. Kept apart from the
drawing code so it can be read (and tuned) as one page of motion.
"""

from __future__ import annotations

import math
import random

from game.art.rig import Blend, FigureSpec

TWO_PI = 2.0 * math.pi


def wave(t: float, period: float, phase: float = 0.0) -> float:
    return math.sin(TWO_PI * t / period + phase)


def _noise(t: float, seed: float) -> float:
    """Smooth pseudo-noise in -1..1: a few incommensurate sines (cheap, pure)."""
    return (math.sin(t * 1.7 + seed) + math.sin(t * 3.1 + seed * 2.3) * 0.6 + math.sin(t * 5.3 + seed * 0.7) * 0.3) / 1.9


def add_idle(spec: FigureSpec, b: Blend, t: float, seed: int) -> None:
    """Layer the idle motions named by the pose (weighted by the blend) onto its angles."""
    a = b.angles
    ph = spec.seed_phase + (seed % 97) * 0.37
    breath = wave(t, 4.4, ph)
    a["torso"] = a.get("torso", 0.0) + 1.7 * breath  # a few px at the shoulders in the wide shot, not only in a close-up
    a["head"] = a.get("head", 0.0) - 1.2 * breath
    if "hair" in a:
        a["hair"] += 1.2 * wave(t, 5.3, ph + 0.5)
    w = b.idle.get("clench", 0.0)
    if w:
        squeeze = max(0.0, wave(t, 2.9, ph)) ** 2
        for side in ("near", "far"):
            a[f"{side}_fore"] += -2.0 * squeeze * w
            a[f"{side}_hand"] += 4.0 * squeeze * w
            hand = b.variants.get(f"{side}_hand", {})
            if "fist" in hand:
                f = hand.pop("fist")
                hand["clench"] = hand.get("clench", 0.0) + f * squeeze
                hand["fist"] = f * (1 - squeeze)
    w = b.idle.get("tap", 0.0)
    if w:
        tap = max(0.0, wave(t, 0.62, ph)) ** 3
        a["near_foot"] += -22.0 * tap * w
        a["near_shin"] += -2.0 * tap * w
    w = b.idle.get("twirl", 0.0)
    if w:
        # small: the finger stays at her temple's hairline (at 14 degrees it swept 16 px, over her cheek)
        a["near_fore"] += 1.5 * wave(t, 1.3, ph) * w
        a["near_hand"] += 5.0 * wave(t, 1.3, ph + 1.2) * w
    for side, suffix in (("near", ""), ("far", "_far")):
        w = b.idle.get("write" + suffix, 0.0)
        if w:
            drift = (t / 3.4 + ph) % 1.0  # across a line, then back
            a[f"{side}_upper"] += (-5.0 + 10.0 * drift) * w
            a[f"{side}_fore"] += (3.0 * wave(t, 0.37, ph) - 4.0 * drift) * w
            a[f"{side}_hand"] += 5.0 * wave(t, 0.19, ph) * w
        w = b.idle.get("tremble" + suffix, 0.0)
        if w:
            a[f"{side}_hand"] += 4.0 * _noise(t * 9.0, ph) * w
            a[f"{side}_fore"] += 1.0 * _noise(t * 7.0, ph + 3) * w
    w = b.idle.get("lips", 0.0)
    if w and "lips" in a:  # her trembling lower lip
        a["lips"] += 1.5 * _noise(t * 11.0, ph + 7.0) * w
    w = b.idle.get("sway", 0.0)
    if w:
        a["torso"] += 1.6 * wave(t, 6.0, ph) * w
    if b.walking:
        step = wave(t, 1.1, ph)
        for side, sgn in (("near", 1.0), ("far", -1.0)):
            a[f"{side}_thigh"] += 22.0 * step * sgn * b.walking
            a[f"{side}_shin"] += 18.0 * max(0.0, -step * sgn) * b.walking
            a[f"{side}_upper"] += -14.0 * step * sgn * b.walking
        b.root = (b.root[0], b.root[1] - 5.0 * abs(step) * b.walking)


def blink(t: float, seed: int) -> bool:
    """True during a blink: one in every 4.5 s slot, at a seeded moment, 0.15 s long."""
    slot = math.floor(t / 4.5)
    start = slot * 4.5 + random.Random(seed * 7919 + slot).random() * 4.2
    return start <= t < start + 0.15
