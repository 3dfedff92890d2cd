"""A kiosk's error at stop 34 (tests/kiosk/test_kiosk_loop's monkey, on the tree before bec227b): an
insert's part being read ahead on the loader (`Inserts._load_ahead`) is cancelled when another frame lets
go of every insert but those it keeps (`_keep_loading`: a release, an idle room, the next insert made
ahead), while the prepare step that asked for it is suspended waiting for it. The step then called
`job.result()` on the cancelled read: `CancelledError` in the draw, the kiosk back at its attract loop.
A step takes its read through `Inserts._raster` (`game.steps.taken`): one cancelled is read there."""

from __future__ import annotations

import threading
from pathlib import Path

import pygame

from game.art.inserts import PREFIX, Inserts
from game.art.svg import SvgCache
from game.steps import LOADER

ROOT = Path(__file__).resolve().parents[2]
INSERTS = ROOT / "assets" / "art" / "inserts"
SIZE = (480, 270)


def test_a_prepare_step_whose_read_was_cancelled_reads_it_itself(tmp_path: Path) -> None:
    pygame.init()
    ins = Inserts(INSERTS, SvgCache(tmp_path / "svg"), seed=7)
    hold = threading.Event()
    busy = LOADER.submit(hold.wait, 30)  # the loader busy: the part's read stays queued, cancellable
    try:
        gen = ins.prepare_steps(PREFIX + "hair_twirl", SIZE)
        assert next(gen) == "loading", "the step waits for its read on the loader"
        waited = list(ins._loading.values())
        assert waited and not waited[0].done()
        ins._keep_loading(set())  # another frame lets go of every read
        assert waited[0].cancelled()
        hold.set()
        steps = list(gen)  # (on the tree before: CancelledError here)
    finally:
        hold.set()
        busy.result()
    twirl = {k[0].name for k in ins._rasters if k[0].parent.name == "hair_twirl"}
    spec = ins.spec("hair_twirl")
    assert spec is not None
    assert {p.svg.name for p in spec.parts if p.svg.parent.name == "hair_twirl"} <= twirl, "every part made"
    assert steps, "the steps went on to the other parts"
