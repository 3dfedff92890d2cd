"""The decoded sounds have byte budgets (game/audio/bank.py DECODED_BUDGET and SHORT_BUDGET, in
game/census.py's table): at a kiosk's 1080p peak they were 19 + 4 MiB in holders with none. The
long sounds' budget holds the most the mixer's rules ever keep decoded at once, worked out here
from the real files as the bank decodes them (the room's loops mono, game/audio/stream.py): the two
longest themes (one coming in, one crossfading), the two longest rain levels (gliding into each
other) and the fire; the short ones are all resident."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pygame
import pytest

from game.assets import Assets
from game.audio import load_cues, load_roles
from game.audio.audio import load_long
from game.audio.bank import DECODED_BUDGET, SHORT_BUDGET, is_long, sound_bytes
from game.census import budget_for, budgets


@pytest.fixture(scope="module")
def decoded() -> Iterator[dict[str, int]]:
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    pygame.mixer.init(frequency=44100, size=-16, channels=2, buffer=512)
    try:
        cues = load_cues(Assets().cues)
        roles = load_roles(Assets().cues)
        loops = frozenset(n for n in (*roles.rain, roles.fire) if n)
        yield {name: sound_bytes(load_long({name: cue}, loops)[0][name]) for name, cue in cues.items()}
    finally:
        pygame.mixer.quit()


def test_the_census_has_a_budget_for_each_sound_holder() -> None:
    table = budgets()
    assert budget_for("ctx.sound.audio.bank._ready", table) is not None
    assert budget_for("ctx.sound.audio._feeder._streams[]", table) is not None
    assert budget_for("ctx.sound.audio._sounds[][]", table) is not None


def test_the_long_sounds_budget_holds_the_mixers_worst_moment(decoded: dict[str, int]) -> None:
    cues = load_cues(Assets().cues)
    themes = sorted((b for n, b in decoded.items() if is_long(cues[n]) and cues[n].channel == "music"), reverse=True)
    rain = sorted((b for n, b in decoded.items() if n.startswith("rain")), reverse=True)
    worst = sum(themes[:2]) + sum(rain[:2]) + decoded["fire"]
    assert worst <= DECODED_BUDGET


def test_the_short_sounds_fit_theirs(decoded: dict[str, int]) -> None:
    cues = load_cues(Assets().cues)
    assert sum(b for n, b in decoded.items() if not is_long(cues[n])) <= SHORT_BUDGET
