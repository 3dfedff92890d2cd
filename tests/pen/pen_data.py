"""The story's written lines and a line of punctuation, shared by the pen tests."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HANDS = ROOT / "assets" / "hands.toml"
STORY_LINES = [
    ("I never meant for things to end this way.", "elegant"),
    ("Nor did I.", "brush"),
    ("I thought I could handle it, the distance, the secrets, but it’s tearing me apart.", "elegant"),
    ("I understand, but I can’t pretend it doesn’t hurt.", "brush"),
    ("I don’t want to lose you.", "shaky"),
    ("I don’t want to lose you either.", "trembling"),
]
PUNCTUATION = "“Yes—no…” ‘it’s’ (é, è, ê, ë, ç, ñ, ø, æ) – 1, 2; 3: 4! 5? - \"x\" & ’"
