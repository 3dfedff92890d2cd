"""Frames and a sound track in, an MP4 or a GIF out, through ffmpeg.

ffmpeg comes from the optional `video` extra (`imageio-ffmpeg`, whose wheel carries a
static ffmpeg binary, so nothing has to be installed by the system); one already on PATH
is used if the extra is not installed. Frames are piped to it raw (RGB24), so it encodes
in its own process while the game draws the next frame. The sound track is only complete
when the last frame is drawn, so an MP4 is made in two passes: the picture, then the
picture copied as is beside the AAC-encoded track. A GIF gets a palette made for it
(palettegen/paletteuse) and loops forever.
"""

from __future__ import annotations

import contextlib
import shutil
import subprocess
from pathlib import Path
from types import TracebackType

GIF_FILTER = ("split[a][b];[a]palettegen=max_colors=160:stats_mode=diff[p];"
              "[b][p]paletteuse=dither=bayer:bayer_scale=4:diff_mode=rectangle")


class EncodeError(RuntimeError):
    """ffmpeg is missing or failed; the message says which and what to do."""


def find_ffmpeg() -> str:
    try:
        import imageio_ffmpeg

        return str(imageio_ffmpeg.get_ffmpeg_exe())
    except (ImportError, RuntimeError):
        found = shutil.which("ffmpeg")
        if found:
            return found
    raise EncodeError("no ffmpeg: pip install 'whispers-of-the-heart[video]' (imageio-ffmpeg), or put ffmpeg on PATH")


class FrameWriter:
    """A running ffmpeg that takes raw RGB frames of one size: `write(frame_bytes)`."""

    def __init__(self, out: Path, size: tuple[int, int], fps: float, gif: bool, ffmpeg: str | None = None) -> None:
        self.out = out
        self.size = size
        exe = ffmpeg or find_ffmpeg()
        source = ["-f", "rawvideo", "-pix_fmt", "rgb24", "-s", f"{size[0]}x{size[1]}", "-r", f"{fps:g}", "-i", "-"]
        if gif:
            codec = ["-vf", GIF_FILTER, "-loop", "0"]
        else:
            # veryfast: a third of x264's CPU at "medium" for this picture (measured at 1080p:
            # 11.6 against 33.5 CPU s for 13.4 s of video), so the encoder keeps up with the
            # game on a second core; CRF 20 keeps the quality, the file came out smaller.
            codec = ["-an", "-c:v", "libx264", "-pix_fmt", "yuv420p", "-crf", "20", "-preset", "veryfast"]
        self.command = [exe, "-hide_banner", "-loglevel", "error", "-y", *source, *codec, str(out)]
        self.proc = subprocess.Popen(self.command, stdin=subprocess.PIPE, stderr=subprocess.PIPE)

    def write(self, frame: bytes) -> None:
        assert self.proc.stdin is not None
        try:
            self.proc.stdin.write(frame)
        except BrokenPipeError:
            self.close()  # raises with ffmpeg's own words

    def close(self) -> None:
        if self.proc.stdin is not None and not self.proc.stdin.closed:
            with contextlib.suppress(BrokenPipeError):
                self.proc.stdin.close()
        err = self.proc.stderr.read().decode(errors="replace") if self.proc.stderr else ""
        if self.proc.wait() != 0:
            raise EncodeError(f"ffmpeg failed writing {self.out}: {err.strip() or self.proc.returncode}")

    def __enter__(self) -> FrameWriter:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if kind is None:
            self.close()
        else:
            self.proc.kill()
            self.proc.wait()


def mux(video: Path, wav: Path, out: Path, ffmpeg: str | None = None) -> None:
    """`out`: the picture of `video`, copied untouched, with `wav` encoded as AAC."""
    cmd = [ffmpeg or find_ffmpeg(), "-hide_banner", "-loglevel", "error", "-y", "-i", str(video), "-i", str(wav),
           "-map", "0:v:0", "-map", "1:a:0", "-c:v", "copy", "-c:a", "aac", "-b:a", "192k",
           "-movflags", "+faststart", str(out)]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise EncodeError(f"ffmpeg failed adding the sound track to {out}: {done.stderr.strip()}")
