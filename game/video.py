"""`--capture`: the story played at the pace of auto-advance, rendered to a video.

Nothing here draws or sounds on its own. The capture builds the game's services the way
`--render` does (`game.capture.capture_context`), pushes the story scene onto a scene stack
with auto-advance on, and steps it in the game's fixed 1/60 s steps, exactly as the loop
would, drawing a frame whenever the video's clock reaches the next frame. The sound
comes from the same bridge the game plays through (`RoomSound`), fed to `OfflineAudio`,
which mixes the track as the steps go. So the video is a pure function of the story,
the settings and the seed: the same command gives the same frames and samples.

From line N (`--from`) through line M (`--to`, default: the end, then the ending card for
a few seconds). A GIF (`--gif`) is silent and by default one line long: a loop for a page.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from game.assets import Assets
from game.clock import STEP
from game.encode import EncodeError, FrameWriter, find_ffmpeg, mux

if TYPE_CHECKING:
    from game.soundtrack import OfflineAudio

ENDING_SHOWN = 8.0  # seconds of the ending card after the last line, when capturing to the end
STALL = 600.0  # seconds one line may last before the capture gives up (a story that never advances)


@dataclass(frozen=True)
class CaptureSpec:
    out: Path
    first: int = 1
    last: int | None = None  # None: through the ending
    size: tuple[int, int] = (1280, 720)
    fps: float = 30.0
    gif: bool = False


class Progress:
    """One status line on the terminal, rewritten in place (a line every 10 s of video when piped)."""

    def __init__(self, spec: CaptureSpec, lines: int, stream: TextIO = sys.stderr) -> None:
        self.spec, self.lines, self.stream = spec, lines, stream
        self.tty = stream.isatty()
        self.created = self.started = time.perf_counter()
        self.startup = 0.0
        self._shown = -1e9

    def show(self, frames: int, line: int, video_s: float, final: bool = False) -> None:
        if frames == 1:  # the speed is the steady rate: from the first frame on, after loading
            self.started = time.perf_counter()
            self.startup = self.started - self.created
        wall = time.perf_counter() - self.started
        if not final and (wall - self._shown < 0.25 if self.tty else video_s - self._shown < 10.0):
            return
        self._shown = wall if self.tty else video_s
        last = self.spec.last or self.lines
        speed = video_s / wall if wall > 0 else 0.0
        text = (f"capture: line {min(line, last)}/{last}  {video_s:6.1f} s of video  frame {frames}"
                f"  {frames / wall if wall > 0 else 0.0:5.1f} fps  {speed:.2f}x real time")
        self.stream.write(("\r" + text + "   " if self.tty else text + "\n") + ("\n" if final and self.tty else ""))
        self.stream.flush()


def spec_from_args(args: argparse.Namespace, lines: int) -> CaptureSpec:
    """Check the command line; ValueError says what is wrong."""
    gif = bool(args.gif) or args.capture.suffix.lower() == ".gif"
    first = args.from_line
    last = args.to_line if args.to_line is not None else (first if gif else None)
    if not 1 <= first <= lines:
        raise ValueError(f"--from {first}: the story has lines 1..{lines}")
    if last is not None and not first <= last <= lines:
        raise ValueError(f"--to {last}: must be within {first}..{lines}")
    fps = args.fps if args.fps is not None else (15.0 if gif else 30.0)
    if not 1.0 <= fps <= 120.0:
        raise ValueError(f"--fps {fps:g}: must be within 1..120")
    size = args.size or ((480, 270) if gif else (1280, 720))
    if not gif and (size[0] % 2 or size[1] % 2):
        raise ValueError(f"--size {size[0]}x{size[1]}: an MP4 needs an even width and height")
    return CaptureSpec(args.capture, first, last if last != lines or gif else None, size, fps, gif)


def play(assets: Assets, spec: CaptureSpec, args: argparse.Namespace,
         frame: Callable[[bytes], None], progress: Progress | None = None) -> tuple[int, OfflineAudio]:
    """Play the story from spec.first and hand every frame (RGB bytes) to `frame`.

    Returns (frames drawn, the OfflineAudio holding the sound track)."""
    import pygame

    from game.capture import capture_context, run_settings
    from game.context import channel_mutes, channel_volumes
    from game.roomsound import RoomSound
    from game.scenes.base import SceneStack
    from game.soundtrack import OfflineAudio

    settings = run_settings(args).with_changes(auto_advance=True)
    ctx = capture_context(assets, settings, args.story)
    audio = OfflineAudio.from_catalogue(assets.cues, settings.seed, channel_volumes(settings),
                                        channel_mutes(settings))
    ctx.sound = RoomSound(audio, ctx.renderer.layers.spark_bursts_between)
    stack = SceneStack()
    story = ctx.scenes.story(spec.first if spec.first > 1 else None)  # line 1: as a player begins
    stack.push(story)
    canvas = pygame.Surface(spec.size)
    frames, steps, line, line_since = 0, 0, story.director.line_number, 0.0
    while True:
        video_s = steps * STEP
        if video_s >= frames / spec.fps - 1e-9:
            stack.draw(canvas)
            frame(pygame.image.tobytes(canvas, "RGB"))
            frames += 1
            if progress is not None:
                progress.show(frames, line, video_s)
        stack.update(STEP)
        steps += 1
        if stack.top is story:
            if story.director.line_number != line:
                line, line_since = story.director.line_number, steps * STEP
            if spec.last is not None and (line > spec.last or story.director.finished):
                break
            if steps * STEP - line_since > STALL:
                raise RuntimeError(f"line {line} did not advance in {STALL:g} s of auto-advance")
        elif stack.top is not None and not stack.fading and stack.top.t >= ENDING_SHOWN:
            break
    if progress is not None:
        progress.show(frames, line, steps * STEP, final=True)
    return frames, audio


def capture(assets: Assets, spec: CaptureSpec, args: argparse.Namespace, lines: int) -> tuple[int, float]:
    """Render `spec` to its file; returns (frames, seconds of start-up before the first frame)."""
    from game.soundtrack import write_wav

    ffmpeg = find_ffmpeg()
    spec.out.parent.mkdir(parents=True, exist_ok=True)
    progress = Progress(spec, lines)
    with tempfile.TemporaryDirectory(prefix="whispers-capture-") as tmp:
        picture = spec.out if spec.gif else Path(tmp) / "picture.mp4"
        with FrameWriter(picture, spec.size, spec.fps, spec.gif, ffmpeg) as writer:
            frames, audio = play(assets, spec, args, writer.write, progress)
        if not spec.gif:
            wav = Path(tmp) / "sound.wav"
            write_wav(wav, audio.track())
            mux(picture, wav, spec.out, ffmpeg)
    return frames, progress.startup


def capture_to_file(assets: Assets, args: argparse.Namespace) -> int:
    """`python -m game --capture OUT ...`: exit 0, or 2 with one clear message."""
    from game.story.lint import load_checked

    script, _room = load_checked(assets, args.story)  # ContentErrors: reported by the caller
    try:
        spec = spec_from_args(args, len(script.lines))
        started = time.perf_counter()
        frames, startup = capture(assets, spec, args, len(script.lines))
    except (ValueError, EncodeError, RuntimeError) as exc:
        print(f"--capture: {exc}", file=sys.stderr)
        return 2
    wall = time.perf_counter() - started
    seconds = frames / spec.fps
    steady = seconds / max(1e-6, wall - startup)
    print(f"wrote {spec.out}: {frames} frames, {seconds:.1f} s at {spec.size[0]}x{spec.size[1]},"
          f" in {wall:.1f} s: {startup:.1f} s loading, then {steady:.2f}x real time")
    return 0
