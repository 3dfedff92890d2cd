"""--capture: the story at auto-advance pace, to MP4 (with its sound track) or GIF."""

from __future__ import annotations

import hashlib
import re
import subprocess
import sys
from pathlib import Path

import pytest

from game.__main__ import build_parser, main
from game.assets import Assets
from game.soundtrack import RATE
from game.video import CaptureSpec, play

ROOT = Path(__file__).resolve().parents[2]


def _ffmpeg() -> str | None:
    try:
        from game.encode import find_ffmpeg

        return find_ffmpeg()
    except Exception:
        return None


@pytest.mark.parametrize(("extra", "message"), [
    (["--from", "0"], "--from 0: the story has lines 1.."),
    (["--from", "3", "--to", "2"], "--to 2: must be within 3.."),
    (["--size", "641x360"], "an MP4 needs an even width and height"),
    (["--fps", "500"], "--fps 500: must be within 1..120"),
])
def test_bad_capture_options_are_one_clear_message(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                   extra: list[str], message: str) -> None:
    assert main(["--capture", str(tmp_path / "out.mp4"), *extra]) == 2
    err = capsys.readouterr().err
    assert err.startswith("--capture: ") and message in err and "Traceback" not in err
    assert not (tmp_path / "out.mp4").exists()


@pytest.mark.slow
def test_the_same_capture_gives_the_same_frames_and_samples(tmp_path: Path) -> None:
    args = build_parser().parse_args(["--capture", str(tmp_path / "x.mp4")])
    spec = CaptureSpec(tmp_path / "x.mp4", first=1, last=1, size=(96, 54), fps=10.0)
    runs = []
    for _ in range(2):
        frames: list[str] = []
        count, audio = play(Assets(), spec, args, lambda f, into=frames: into.append(hashlib.sha1(f).hexdigest()))
        assert count == len(frames) > 10
        runs.append((frames, audio.track().tobytes()))
        # the sound track and the picture keep the same time (within one frame)
        assert abs(audio.seconds() - count / spec.fps) <= 1 / spec.fps + 1 / 60
        assert len(set(frames)) > count // 2  # the room moves: rain, flames, typing
    assert runs[0] == runs[1]
    assert len(runs[0][1]) > 4 * RATE  # more than a second of 16-bit stereo


@pytest.mark.slow
@pytest.mark.skipif(_ffmpeg() is None, reason="no ffmpeg: pip install '.[video]'")
def test_capture_writes_an_mp4_with_sound_and_a_looping_gif(tmp_path: Path) -> None:
    mp4, gif = tmp_path / "story.mp4", tmp_path / "loop.gif"
    cmd = [sys.executable, "-m", "game", "--capture", str(mp4), "--to", "1", "--size", "160x90", "--fps", "10"]
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert "capture: line 1/1" in done.stderr and f"wrote {mp4}" in done.stdout
    probe = subprocess.run([str(_ffmpeg()), "-hide_banner", "-i", str(mp4)], capture_output=True, text=True,
                           check=False).stderr
    assert re.search(r"Video: h264.*160x90", probe) and re.search(r"Audio: aac.*44100 Hz, stereo", probe)
    frames = int(re.search(r": (\d+) frames", done.stdout).group(1))  # type: ignore[union-attr]
    h, m, s = re.search(r"Duration: (\d+):(\d+):([\d.]+)", probe).groups()  # type: ignore[union-attr]
    assert abs(int(h) * 3600 + int(m) * 60 + float(s) - frames / 10) < 0.25

    done = subprocess.run([sys.executable, "-m", "game", "--capture", str(gif), "--gif", "--size", "128x72",
                           "--fps", "5"], cwd=ROOT, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert gif.read_bytes()[:6] == b"GIF89a"


def test_without_ffmpeg_the_capture_says_what_to_install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    import builtins

    real_import = builtins.__import__

    def no_imageio(name: str, *args: object, **kwargs: object) -> object:
        if name == "imageio_ffmpeg":
            raise ImportError(name)
        return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(builtins, "__import__", no_imageio)
    monkeypatch.setenv("PATH", str(tmp_path))  # no ffmpeg there either
    assert main(["--capture", str(tmp_path / "out.mp4"), "--to", "1"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("--capture: no ffmpeg: pip install 'whispers-of-the-heart[video]'") and "Traceback" not in err
