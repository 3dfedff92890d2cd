"""Self-voicing and captions, through the real loop: lines read aloud by a (fake) speech
engine, the last one stopped; without an engine one message and silence; sounds named on
screen when the setting is on."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import time
from pathlib import Path

import pygame
import pytest
from pilot import Pilot

from game.captions import HOLD, Captions, caption_texts
from game.settings import Settings
from game.speech import ENV_COMMAND, Speaker, find_engine

ROOT = Path(__file__).parents[2]
SHOW = os.environ.get("COMFORTS_SHOW", "")  # a path: the captioned frame is written there to look at


def fake_engine(tmp_path: Path) -> tuple[Path, Path]:
    """A speech engine that records its arguments, then talks for a long time (until stopped)."""
    record = tmp_path / "spoken.jsonl"
    script = tmp_path / "fake-espeak"
    script.write_text(f"#!{sys.executable}\nimport json, sys, time\n"
                      f"open({str(record)!r}, 'a').write(json.dumps(sys.argv[1:]) + '\\n')\n"
                      "time.sleep(60)\n", encoding="utf-8")
    script.chmod(0o755)
    return script, record


def spoken(record: Path, count: int) -> list[list[str]]:
    """The first `count` utterances (waiting for the engine's process to have started: up to 60 s, a
    liveness deadline, not a timing: a loaded CI machine took over 10 s to start the fake engine's Python)."""
    for _ in range(1200):
        if record.exists():
            lines = record.read_text(encoding="utf-8").splitlines()
            if len(lines) >= count:
                return [json.loads(line) for line in lines]
        time.sleep(0.05)
    raise AssertionError(f"{count} utterances never came")


@pytest.fixture
def voiced(pilot: Pilot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The pilot's game with self-voicing on, speaking through the fake engine; its record."""
    script, record = fake_engine(tmp_path)
    monkeypatch.setenv(ENV_COMMAND, str(script))
    pilot.app.ctx.speech = Speaker()
    pilot.app.apply_settings(Settings(self_voicing=True))
    return record


def test_each_line_is_read_aloud_and_a_new_line_stops_the_last(pilot: Pilot, voiced: Path) -> None:
    record = voiced
    ctx = pilot.app.ctx
    lines = ctx.script.lines
    pilot.start_at(1)
    pilot.frames(1)
    assert spoken(record, 1) == [["-v", "en", "--", lines[0].text]]
    first = ctx.speech.process
    assert first is not None and first.poll() is None, "non-blocking: the game did not wait for it"
    pilot.click()
    pilot.frames(1)
    pilot.click()
    pilot.frames(1)
    assert pilot.line == 2
    assert spoken(record, 2)[1] == ["-v", "en", "--", lines[1].text]
    assert first.wait(timeout=60) != 0, "the first line's voice was stopped"
    pilot.post(pygame.QUIT)
    pilot.frames(1)
    ctx.speech.stop()
    assert ctx.speech.process is None


def test_lines_are_silent_when_self_voicing_is_off(pilot: Pilot, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    script, record = fake_engine(tmp_path)
    monkeypatch.setenv(ENV_COMMAND, str(script))
    pilot.app.ctx.speech = Speaker()
    pilot.start_at(1)
    pilot.frames(2)
    assert pilot.app.ctx.speech.process is None and not record.exists()


def test_without_a_speech_engine_one_message_and_silence(pilot: Pilot, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch,
                                                         caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setenv(ENV_COMMAND, str(tmp_path / "no-such-engine"))
    assert find_engine() is None
    pilot.app.ctx.speech = Speaker()
    pilot.app.apply_settings(Settings(self_voicing=True))
    pilot.start_at(1)
    with caplog.at_level(logging.WARNING, logger="game.speech"):
        pilot.frames(1)
        for _ in range(3):
            pilot.click()
            pilot.advance(0.2)
    assert pilot.line is not None and pilot.line > 1
    messages = [r.getMessage() for r in caplog.records if r.name == "game.speech"]
    assert len(messages) == 1 and "no speech engine" in messages[0]


def test_the_real_espeak_ng_speaks_french_when_installed(tmp_path: Path) -> None:
    engine = find_engine({})
    if engine is None or "espeak" not in engine[0]:
        pytest.skip("espeak-ng is not installed")
    wav = tmp_path / "said.wav"
    out = subprocess.run([*engine, "-w", str(wav), "-v", "fr", "--", "« Je ne voulais pas que ça finisse ainsi. »"],
                         capture_output=True, timeout=60)
    assert out.returncode == 0 and wav.stat().st_size > 10_000


def test_captions_come_from_the_cue_catalogue_and_a_languages_words(tmp_path: Path) -> None:
    cues = ROOT / "assets" / "audio" / "cues.toml"
    english = caption_texts(cues)
    assert english["sigh"] == "[a sigh]" and english["rain_heavy"] == "[rain grows heavier]"
    words = tmp_path / "words.xx.toml"
    words.write_text('[words]\n[captions]\nsigh = "[un soupir]"\n', encoding="utf-8")
    other = caption_texts(cues, words)
    assert other["sigh"] == "[un soupir]" and other["rain_heavy"] == english["rain_heavy"]


def test_a_caption_stays_about_three_seconds_and_is_not_stacked_twice() -> None:
    captions = Captions({"sigh": "[a sigh]", "clock_tick": "[the clock ticks]"})
    captions.heard("sigh", 10.0)
    captions.heard("clock_tick", 11.0)
    captions.heard("sigh", 12.0)  # again: refreshed, not a second line
    assert [text for text, _ in captions.visible(12.5)] == ["[the clock ticks]", "[a sigh]"]
    assert [text for text, _ in captions.visible(12.0 + HOLD - 0.1)] == ["[a sigh]"]
    assert captions.visible(12.0 + HOLD - 0.1)[0][1] < 1.0, "fading"
    assert captions.visible(12.0 + HOLD + 0.1) == []


def corner_brightness(pilot: Pilot) -> float:
    image = pilot.snapshot().image
    w, _h = image.get_size()
    pixels = [image.get_at((x, y))[:3] for x in range(w // 2, w - 4, 3) for y in range(4, 50, 2)]
    return sum(sum(p) for p in pixels) / len(pixels)


def test_with_captions_on_the_storys_sounds_are_named_on_screen(pilot: Pilot) -> None:
    ctx = pilot.app.ctx
    him = next(n for n, line in enumerate(ctx.script.lines, 1) if line.text.startswith("He sat on one side"))
    pilot.start_at(him - 1)  # the next line's staging says `sound music_him`
    pilot.frames(2)
    scene = pilot.app.stack.top
    assert scene is not None
    named = [text for text, _ in ctx.captions.visible(scene.now)]
    assert "[the clock ticks]" in named and "[the fire crackles]" in named, "named as the room opens"
    pilot.click()
    pilot.frames(1)
    pilot.click()
    pilot.frames(2)
    assert pilot.line == him
    named = [text for text, _ in ctx.captions.visible(scene.now)]
    assert named[-1] == ctx.captions.texts["music_him"]
    without = corner_brightness(pilot)
    pilot.app.apply_settings(Settings(captions=True))
    pilot.frames(1)
    with_captions = corner_brightness(pilot)
    assert abs(with_captions - without) > 3, "drawn in the top-right corner"
    if SHOW:
        pygame.image.save(pilot.snapshot().image, SHOW)
    pilot.advance(HOLD + 1.0)
    assert ctx.captions.visible(scene.now) == []
    later = corner_brightness(pilot)
    pilot.app.apply_settings(Settings(captions=False))
    pilot.frames(1)
    assert abs(corner_brightness(pilot) - later) < 1, "and gone after ~3 s"


def test_the_voice_follows_the_storys_language(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from pilot import build_app

    script, record = fake_engine(tmp_path)
    monkeypatch.setenv(ENV_COMMAND, str(script))
    french = Pilot(build_app(user_dir=tmp_path, story=ROOT / "scenes" / "whispers.fr.story"))
    try:
        french.app.apply_settings(Settings(self_voicing=True))
        french.start_at(1)
        french.frames(1)
        assert spoken(record, 1) == [["-v", "fr", "--", french.app.ctx.script.lines[0].text]]
        assert french.app.ctx.script.lines[0].text.startswith("La pièce")
    finally:
        french.app.ctx.speech.stop()
        pygame.quit()


def test_music_that_begins_with_a_line_is_named_before_it_is_read(pilot: Pilot, voiced: Path) -> None:
    record = voiced
    ctx = pilot.app.ctx
    lines = ctx.script.lines
    her = next(n for n, line in enumerate(lines, 1) if line.text.startswith("She occupied"))
    pilot.start_at(her - 1)
    pilot.frames(1)
    pilot.click()
    pilot.frames(1)
    pilot.click()
    pilot.frames(1)
    assert pilot.line == her
    caption = caption_texts(ROOT / "assets" / "audio" / "cues.toml")["music_her"].strip("[] ")
    assert spoken(record, 2)[1] == ["-v", "en", "--", f"{caption}. {lines[her - 1].text}"]
    ctx.speech.stop()
