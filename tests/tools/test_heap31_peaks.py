"""tools/kiosk/peaks.py names the segment of a frame that raised the high-water mark (soak.py
`--peaks`), and soak.py's tracemalloc diff names the lines that grew (`--trace`). HEAP, stop 31."""

from __future__ import annotations

import mmap
import sys
import tracemalloc
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[2] / "tools" / "kiosk"))

import peaks as peaks_module
import soak


@pytest.mark.skipif(not peaks_module.available(), reason="no /proc/self/clear_refs (Linux only)")
def test_a_transient_inside_a_segment_is_found_there_though_freed_before_it_ends() -> None:
    """48 MiB allocated, touched and freed between two marks: that segment's peak is >= 40 MiB
    over its start and its end, and the segment after it (nothing allocated) rose < 8 MiB."""
    peaks = peaks_module.Peaks(keep=4, where=lambda: "here")
    peaks.begin()
    peaks.mark("before")
    # (its own mapping, resident as written and unmapped when closed: a bytearray came from malloc, which in a
    # worker that had run other tests reused pages already resident: CI saw the segment rise 27 MiB, not 48)
    block = mmap.mmap(-1, 48 * 2**20)
    for i in range(0, len(block), 4096):
        block[i] = 1
    block.close()
    peaks.mark("transient")
    peaks.mark("quiet")
    big, quiet = peaks.rises["transient"], peaks.rises["quiet"]
    assert big.peak - big.start >= 40 and big.peak - big.end >= 40
    assert quiet.peak - quiet.start < 8
    assert peaks.top[0].label == "transient" and peaks.high >= big.peak


def test_the_steps_made_ahead_are_each_a_segment_named_by_what_they_yield() -> None:
    if not peaks_module.available():
        pytest.skip("Linux only")
    peaks = peaks_module.Peaks(keep=8)
    peaks.begin()
    steps = peaks.steps(iter(["background", "sofa"]))
    assert steps is not None and list(steps) == ["background", "sofa"]
    assert {"ahead:background", "ahead:sofa", "ahead:end", "draw"} <= set(peaks.rises)


def test_the_trace_diff_names_the_line_that_grew() -> None:
    tracemalloc.start(1)
    try:
        then = tracemalloc.take_snapshot()
        grown = [bytes(4096) for _ in range(256)]  # ~1 MiB held, allocated on this line
        now = tracemalloc.take_snapshot()
    finally:
        tracemalloc.stop()
    top = soak.trace_diff(now, then, 3).splitlines()[1]  # (the first: the traced totals)
    assert grown and f"{Path(__file__).name}:" in top
    assert float(top.split()[0]) >= 0.9  # MiB grown
