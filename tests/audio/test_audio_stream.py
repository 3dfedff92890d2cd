"""The room's mono loops are streamed in chunks (game/audio/stream.py) from their samples decoded once
into the cache (game/audio/pcm.py), or held mono in memory where the cache cannot be written: none or
half the bytes of the stereo Sound they were, and what is heard is the loop itself, continuous across
the chunks' joins, through slow frames and through a stretch with no updates at all (a menu over the
story)."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pygame
import pytest
from test_audio_disk_mix import CUES, play_all

from game.audio import MixerAudio, SoundState, open_audio
from game.audio.pcm import PcmFile, cached
from game.audio.stream import CHUNK, MonoLoop
from game.census import census

ROOT = Path(__file__).resolve().parents[2]
RATE = 44100


@pytest.fixture(params=["cache", "no cache"])
def audio(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[MixerAudio]:
    monkeypatch.setenv("SDL_AUDIODRIVER", "dummy")
    was_open = pygame.mixer.get_init() is not None
    pcm = tmp_path / "pcm"
    if request.param == "no cache":
        pcm.write_text("a file where the cache's folder would be: nothing can be written")
    made = open_audio(CUES, log=logging.getLogger("test.audio.stream"), seed=3, pcm=pcm)
    assert isinstance(made, MixerAudio)
    yield made
    made.close()
    if not was_open:
        pygame.mixer.quit()


def frames_of(path: Path) -> int:
    return int(pygame.mixer.Sound(str(path)).get_length() * RATE + 0.5)


def test_a_rain_level_and_the_fire_playing_hold_two_chunks_each_and_their_samples_at_most_mono(
    audio: MixerAudio, tmp_path: Path
) -> None:
    """Everything the mixer holds (the census from it): two stereo chunks a stream, and the loops'
    samples nowhere (read from the cache) or once, mono (2 bytes a frame), never the loop's stereo
    Sound (4 bytes a frame: on main, 9.3 MiB for these two)."""
    for _ in range(4):
        audio.wait_loaded(10.0)
        audio.update(1 / 60, SoundState(rain=3.0, fire=1.0))
    streams = [audio._voices[n].stream for n in ("rain_heavy", "fire")]
    assert all(s is not None and s.active for s in streams)
    files = [ROOT / "assets/audio/rain-heavy.ogg", ROOT / "assets/audio/fire.ogg"]
    mono = 2 * sum(frames_of(f) for f in files)
    in_cache = (tmp_path / "pcm").is_dir()
    assert audio.memory_bytes() == (0 if in_cache else mono)
    held = census({"audio": audio})
    sounds = sum(b for path, (b, _) in held.items() if not path.startswith("audio._sounds"))
    assert sounds <= (0 if in_cache else mono) + 2 * 2 * CHUNK * 4 + 4  # (and the sample of silence that stops one)
    if in_cache:  # the samples kept are the loop's, decoded once
        kept = cached(tmp_path / "pcm", files[0])
        assert isinstance(kept, PcmFile)
        decoded = pygame.sndarray.array(pygame.mixer.Sound(str(files[0])))[:, 0]
        assert np.array_equal(kept.read(0, len(kept)), decoded)


def test_a_theme_plays_from_the_cache_holding_its_chunks_alone(audio: MixerAudio, tmp_path: Path) -> None:
    """The score (stereo, played once) is streamed from the cache too: a theme held 5-8 MiB decoded
    (on main, music_her's 5.0 MiB), now two chunks; without a cache, its Sound as before."""
    audio.cue("music_her")
    for _ in range(3):
        audio.wait_loaded(10.0)
        audio.update(1 / 60, SoundState())
    slot = next(s for s in audio._music if s.cue is not None)
    held = census({"audio": audio})
    sounds = sum(b for path, (b, _) in held.items() if not path.startswith("audio._sounds"))
    if (tmp_path / "pcm").is_dir():
        assert slot.stream is not None and slot.stream.active and slot.busy()
        assert sounds <= 2 * CHUNK * 4 + 4
        kept = cached(tmp_path / "pcm", ROOT / "assets/music/her.ogg", 2)
        assert kept is not None and len(kept) == frames_of(ROOT / "assets/music/her.ogg")
    else:
        assert slot.channel.get_busy() and sounds >= 4 * frames_of(ROOT / "assets/music/her.ogg")


def test_a_sound_streamed_once_ends_by_itself(audio: MixerAudio) -> None:
    """A stream played once (a theme) runs to its end and stops: its last chunk is the sound's last
    frames, then nothing more is queued and the stream is done."""
    loop = MonoLoop(pygame.mixer.Sound(buffer=np.ones(CHUNK + 1000, dtype=np.int16).tobytes()))
    stream = audio._music[0].stream
    assert stream is not None
    stream.start(loop, 0.0, once=True)
    assert stream.active and stream.pos == len(loop)  # a chunk and the 1000 frames that end it
    import time

    end = time.monotonic() + 15.0  # the driver plays them in real time; the feeder sees the end
    while stream.active and time.monotonic() < end:
        time.sleep(0.05)
    assert not stream.active and not stream.channel.get_busy()


def test_a_chunk_wraps_round_the_loops_end_and_carries_the_pan(audio: MixerAudio) -> None:
    loop = MonoLoop(pygame.mixer.Sound(buffer=np.arange(-5000, 5000, dtype=np.int16).tobytes()))
    assert len(loop) == 10000
    out = loop.chunk(9998, 4, pan=0.6)  # (0.4, 1.0)
    assert out[:, 1].tolist() == [4998, 4999, -5000, -4999]
    assert out[:, 0].tolist() == [int(v * np.float32(0.4)) for v in (4998, 4999, -5000, -4999)]


def test_a_stereo_take_is_not_taken_for_a_mono_loop(audio: MixerAudio) -> None:
    stereo = np.zeros((100, 2), dtype=np.int16)
    stereo[:, 0] = 7
    assert MonoLoop.of(pygame.sndarray.make_sound(stereo)) is None
    stereo[:, 1] = 7
    loop = MonoLoop.of(pygame.sndarray.make_sound(stereo))
    assert loop is not None and loop.samples.tolist() == [7] * 100


@pytest.fixture(scope="module")
def streamed(tmp_path_factory: pytest.TempPathFactory) -> tuple[np.ndarray, list[int]]:
    mix = play_all(["stream"], tmp_path_factory.mktemp("stream"))["stream"]
    return mix.frames, mix.marks


def test_the_streamed_loop_is_the_loop_itself_across_joins_slow_frames_and_no_updates(
    streamed: tuple[np.ndarray, list[int]],
) -> None:
    """rain_light at full gain, panned left: the left channel is the file's own samples, one after
    the other, over eight chunks' joins (150 ms frames, then 1.6 s with no update, then 60 Hz); the
    right channel is them at 0.4, within a unit (the pan is in the samples now, in SDL's before)."""
    frames, marks = streamed
    pygame.mixer.init(frequency=RATE, size=-16, channels=2)
    try:
        src = pygame.sndarray.array(pygame.mixer.Sound(str(ROOT / "assets/audio/rain-light.ogg")))[:, 0]
    finally:
        pygame.mixer.quit()
    a, b = marks[1] + int(1.3 * RATE), marks[5] - int(0.1 * RATE)  # the rain settled .. the scenario's end
    left = frames[a:b, 0].astype(np.int64)
    assert b - a > 8 * CHUNK
    probe = left[:64]
    starts = np.flatnonzero(src == probe[0])
    found = [int(s) for s in starts if np.array_equal(src[np.arange(s, s + 64) % len(src)], probe)]
    assert len(found) == 1
    expect = src[np.arange(found[0], found[0] + len(left)) % len(src)].astype(np.int64)
    assert np.array_equal(left, expect)
    assert np.abs(frames[a:b, 1] - expect * 0.4).max() <= 1.0


def test_pygame_quitting_under_a_playing_stream_ends_its_feeder_first(tmp_path: Path) -> None:
    """The game quits pygame without closing the audio: the feeder's next look at a channel's queue
    after the mixer is gone would be a segfault (pygame reads freed channel data)."""
    import subprocess
    import sys

    script = tmp_path / "quit.py"
    script.write_text(
        "import time, pygame\n"
        "from game.audio import SoundState, open_audio\n"
        f"audio = open_audio({str(CUES)!r}, seed=1)\n"
        "for _ in range(3):\n"
        "    audio.wait_loaded(10.0)\n"
        "    audio.update(1 / 60, SoundState(rain=2.0, fire=1.0))\n"
        "assert audio._voices['rain_steady'].stream.active\n"
        "time.sleep(0.2)\n"
        "pygame.quit()\n"
        "time.sleep(0.3)\n"
        "print('quit cleanly')\n"
    )
    env = {**__import__("os").environ, "SDL_AUDIODRIVER": "dummy", "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, str(script)], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and "quit cleanly" in done.stdout, done.stderr[-2000:]


def test_a_decoded_copy_deleted_under_its_stream_stops_that_sound_alone_with_one_warning(
    audio: MixerAudio, caplog: pytest.LogCaptureFixture
) -> None:
    """A cache folder cleared while a kiosk plays: the rain's decoded copy is gone when its next chunk
    is read. That sound stops with one warning naming the file; the fire plays on, fed by the same
    thread (an error raised there ended the thread: every stream ran dry for the rest of the run)."""
    for _ in range(4):
        audio.wait_loaded(10.0)
        audio.update(1 / 60, SoundState(rain=3.0, fire=1.0))
    rain, fire = (audio._voices[n].stream for n in ("rain_heavy", "fire"))
    assert rain is not None and fire is not None and rain.active and fire.active
    if not isinstance(rain.loop, PcmFile):
        pytest.skip("held in memory: no decoded copy to lose")
    gone = rain.loop.path
    gone.unlink()
    import time

    end = time.monotonic() + 10.0  # the next chunk is read once the one queued starts (half a second)
    with caplog.at_level(logging.WARNING, logger="game.audio.stream"):
        while rain.active and time.monotonic() < end:
            time.sleep(0.05)
    assert not rain.active, "the sound whose samples are gone stopped"
    said = [r.getMessage() for r in caplog.records if r.name == "game.audio.stream"]
    assert len(said) == 1 and str(gone) in said[0]
    feeds = fire.pos
    end = time.monotonic() + 10.0
    while fire.pos == feeds and time.monotonic() < end:
        time.sleep(0.05)
    assert fire.active and fire.pos != feeds, "the fire is still fed"
