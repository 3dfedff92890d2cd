"""OpenSSL's libcrypto stays out of the game's process (game/__init__.py): 3.4 MiB resident at 1080p."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import sys
import game.app, numpy.random  # numpy.random imports secrets -> hmac, which would load it
from game.art import baked, svg
from game import firstframe
import hashlib
maps = open("/proc/self/maps").read()
print("libcrypto" in maps, sys.modules.get("_hashlib") is None)
print(hashlib.sha1(b"abc").hexdigest(), hashlib.sha256(b"abc").hexdigest()[:16], hashlib.blake2b(b"abc", digest_size=16).hexdigest())
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/maps")
def test_the_game_loads_no_libcrypto_and_digests_stay_the_same() -> None:
    env = {**os.environ, "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy", "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    assert out.returncode == 0, out.stderr
    mapped, blocked = out.stdout.split("\n")[0].split()
    assert (mapped, blocked) == ("False", "True")
    # the same digests as OpenSSL's (known vectors): cache keys on disk do not change
    assert out.stdout.split("\n")[1].split() == [
        "a9993e364706816aba3e25717850c26c9cd0d89d", "ba7816bf8f01cfea", "cf4ab791c62b8d2b2109c90275287816"]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/maps")
def test_the_kiosk_soak_measures_the_game_without_libcrypto() -> None:
    """The soak's own imports must not map what the game keeps out: it would count 3.5 MB the game never holds."""
    probe = "import tools.kiosk.soak\nprint('libcrypto' in open('/proc/self/maps').read())"
    env = {**os.environ, "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy", "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["False"]
