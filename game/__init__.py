"""Whispers of the Heart: a 2D animated visual novel of a silent conversation."""

import os
import sys

# pygame prints a banner on import; the game's own log says what matters.
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

# OpenSSL's libcrypto stays out of the process. `hashlib` (the game's cache keys: svg, baked art,
# sounds, the title's frame, the light's masks) and `hmac` (numpy.random imports `secrets`) load it
# through `_hashlib` if they can, and its pages stay resident: 3.4 MiB of the kiosk's RSS at 1080p
# (a bare Python 13.7 -> 17.3 MB), for a few sha1/sha256/blake2b digests. Without `_hashlib` both
# use CPython's own modules (`_sha1`, `_sha256`, `_blake2`: 0.1 MB), which give the same digests, so
# every cache key stays the same. Set only if nothing imported it yet (a host that did keeps it).
if "_hashlib" not in sys.modules:
    sys.modules["_hashlib"] = None  # type: ignore[assignment]

__version__ = "0.1.0"
