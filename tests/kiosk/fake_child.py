"""A stand-in for the game under the supervisor: beats on its pipe, then crashes, hangs or quits.

    python fake_child.py MODE BEATS STAMPS_DIR
MODE: forever | hang | crash | quit | stall | mute. After BEATS heartbeats (one every 0.1 s)
it does MODE: `hang` goes silent, `stall` reports a stuck main loop (`!`, as the game's
heartbeat thread does), `mute` never beats at all (a start-up that hangs before the
heartbeat thread runs). The first beat carries `+` (the first frame is drawn).
Each beat rewrites STAMPS_DIR/<pid> with time.monotonic(), which on Linux is one clock for
every process, so a test can tell exactly when the last beat was sent.
"""

import os
import sys
import time

mode, beats, stamps = sys.argv[1], int(sys.argv[2]), sys.argv[3]
fd = int(os.environ["WHISPERS_HEARTBEAT_FD"])
sent = 0
if mode == "mute":
    time.sleep(3600)
while True:
    os.write(fd, b"+." if sent == 0 else b".")
    stamp = os.path.join(stamps, str(os.getpid()))
    with open(stamp + ".tmp", "w") as f:  # written whole, then renamed: a reader never sees it empty
        f.write(repr(time.monotonic()))
    os.replace(stamp + ".tmp", stamp)
    sent += 1
    if sent >= beats and mode != "forever":
        if mode == "hang":
            time.sleep(3600)  # alive, but silent
        if mode == "stall":
            os.write(fd, b"!")
            time.sleep(3600)
        sys.exit(4 if mode == "quit" else 1)
    time.sleep(0.1)
