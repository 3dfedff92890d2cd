"""Operator chords: a key combination that must be *held* for a few seconds to count.

A visitor can press anything on an exposed keyboard, but not three keys held together
for three seconds by accident. Held keys are tracked from KEYDOWN/KEYUP events (not
`pygame.key.get_pressed()`), so posted events in tests behave exactly like real ones, and
the hold is measured on the loop's injected clock. A chord fires once per hold.
"""

from __future__ import annotations

from dataclasses import dataclass

import pygame

_MOD_KEYS: dict[str, tuple[int, ...]] = {
    "ctrl": (pygame.K_LCTRL, pygame.K_RCTRL),
    "shift": (pygame.K_LSHIFT, pygame.K_RSHIFT),
    "alt": (pygame.K_LALT, pygame.K_RALT),
    "meta": (pygame.K_LGUI, pygame.K_RGUI, pygame.K_LMETA, pygame.K_RMETA),
}


_NAMED: dict[str, int] = {"space": pygame.K_SPACE, "return": pygame.K_RETURN, "backspace": pygame.K_BACKSPACE,
          "tab": pygame.K_TAB, "delete": pygame.K_DELETE, "insert": pygame.K_INSERT, "home": pygame.K_HOME,
          "end": pygame.K_END, "pause": pygame.K_PAUSE,
          **{f"f{n}": getattr(pygame, f"K_F{n}") for n in range(1, 13)}}


def key_of(name: str) -> int:
    """The key code of a config key name ('q', '7', 'f9', 'space'); no pygame.init() needed."""
    if len(name) == 1 and name.isascii() and name.isalnum():
        return ord(name.lower())  # SDL key codes of letters and digits are their ASCII codes
    if name in _NAMED:
        return _NAMED[name]
    raise ValueError(f"unknown key name {name!r}")


def _part_of(key: int) -> str | None:
    for name, codes in _MOD_KEYS.items():
        if key in codes:
            return name
    return None


@dataclass(frozen=True)
class Chord:
    """Modifiers plus one key, e.g. `Chord.parse("ctrl+shift+q")`."""

    mods: frozenset[str]
    key: int
    text: str

    @classmethod
    def parse(cls, text: str) -> Chord:
        parts = [p.strip() for p in text.lower().split("+")]
        mods = frozenset(p for p in parts if p in _MOD_KEYS)
        names = [p for p in parts if p not in _MOD_KEYS]
        if len(names) != 1:
            raise ValueError(f"not a chord: {text!r}")
        return cls(mods, key_of(names[0]), text)


class ChordWatch:
    """Fires once when `chord` has been held for `hold` seconds."""

    def __init__(self, chord: Chord, hold: float) -> None:
        self.chord = chord
        self.hold = hold
        self._held: set[str | int] = set()
        self._since: float | None = None
        self._fired = False

    def _complete(self) -> bool:
        return self.chord.key in self._held and all(m in self._held for m in self.chord.mods)

    def key_down(self, key: int, now: float) -> None:
        self._held.add(_part_of(key) or key)
        if self._since is None and self._complete():
            self._since = now

    def key_up(self, key: int) -> None:
        self._held.discard(_part_of(key) or key)
        if not self._complete():
            self._since = None
            self._fired = False

    def clear(self) -> None:
        """Forget held keys (the window lost focus, so their KEYUPs may never come)."""
        self._held.clear()
        self._since = None
        self._fired = False

    @property
    def pressing(self) -> bool:
        return self._since is not None

    def poll(self, now: float) -> bool:
        if self._since is None or self._fired or now - self._since < self.hold:
            return False
        self._fired = True
        return True
