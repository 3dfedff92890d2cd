"""Synthesize every sound of the game into `assets/audio/` (mono, 44.1 kHz).

Why synthesis: every sound then has a known origin (this file plus its seed) and can be
regenerated. Why this shape: loops are built *circularly* (noise filtered in the frequency
domain, drops and crackles placed modulo the loop length), so the last sample flows into
the first with no splice. The rain and the fire are long (23 to 29 s) and their gusts and
flicker are random processes, not whole-cycle sines, so their loudness never comes round
again within 20 s: the ear hears weather, not a machine (tests/audio measure it). Each
sound draws from its own generator, seeded from (SEED, sound name), and is heard in one
room (`audiogen.dsp.in_room`). The people and the paper aim at measured targets written
beside each function (spectrum and envelope of the real thing); tests/audio checks them.

Files: short one-shots are WAV (byte-reproducible); the long loops are OGG Vorbis, which
`--check` compares by decoded samples (the encoder's stream serial changes every run).

Run: `python tools/make_audio.py [names...]` writes them; `--check` only compares with
the committed files and exits 1 on a difference.
"""

from __future__ import annotations

import argparse
import functools
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # `python tools/make_audio.py`

from tools.audiogen.dsp import (
    SR,
    Arr,
    add_at,
    band,
    burst,
    damped,
    env,
    finish_loop,
    finish_oneshot,
    hp,
    in_room,
    lp,
    noise,
    ogg_bytes,
    peak,
    place,
    rms,
    rng_for,
    same_audio,
    shape,
    time_axis,
    unit,
    wander,
    wav_bytes,
)

OUT = Path(__file__).resolve().parent.parent / "assets" / "audio"


# ---------------------------------------------------------------- rain
RAIN = {
    #             seconds taps/s patter/s plinks/s bed  rumble gust  rms dB
    "light": (23.0, 9, 45, 2, 0.6, 0.0, 0.25, -31.0),
    "steady": (24.5, 30, 260, 6, 0.8, 0.05, 0.25, -26.0),
    "heavy": (26.0, 70, 900, 12, 1.4, 0.35, 0.3, -21.0),
    "torrential": (27.5, 120, 2200, 16, 2.2, 0.7, 0.35, -17.0),
}
GUST_CORNER = 2.0
"""Hz: a gust swells and falls within about a second, then is forgotten."""


def rain(level: str) -> Arr:
    """Rain on the pane. Heard: glassy taps, soft patter, plinks in a puddle, a pink wash,
    for the heavier levels a low rumble; loudness wandering with gusts, never periodic."""
    seconds, taps, patter, plinks, bed_gain, rumble, gust, level_db = RAIN[level]
    rng = rng_for("rain_" + level)
    n = round(seconds * SR)
    gusts = wander(n, rng, GUST_CORNER, gust)
    out = np.zeros(n)

    def rain_on(kernel: Arr, count: int, amps: Arr) -> Arr:
        times = rng.integers(0, n, count)
        return place(n, kernel, times, amps * gusts[times])

    for _ in range(8):  # taps on the windowpane: a click and a small glassy ring
        click = burst(rng, 0.03, 0.0006, lambda f: hp(f, 1500) * lp(f, 6000))
        ring = damped(rng.uniform(2300, 5200), rng.uniform(0.003, 0.009), 0.03)
        count = int(taps * seconds / 8) + 1
        amps = rng.lognormal(0.0, 0.6, count) * rng.choice([-1.0, 1.0], count)
        out += rain_on(click / np.max(np.abs(click)) + 0.3 * ring, count, amps)
    for _ in range(4):  # patter: many small distant drops on sill and roof, duller
        k = burst(rng, 0.02, rng.uniform(0.0004, 0.0015), lambda f: hp(f, 500) * lp(f, 4500))
        count = int(patter * seconds / 4) + 1
        amps = 0.35 * rng.lognormal(0.0, 0.5, count) * rng.choice([-1.0, 1.0], count)
        out += rain_on(k / np.max(np.abs(k)), count, amps)
    for _ in range(6):  # plinks: drops into the puddle on the sill, a bubble ringing up
        k = damped(rng.uniform(1400, 3800), rng.uniform(0.006, 0.014), 0.05, glide=1.35)
        k[:20] *= np.linspace(0.0, 1.0, 20)
        count = int(plinks * seconds / 6) + 1
        out += rain_on(0.3 * k, count, rng.lognormal(0.0, 0.4, count))
    drops_rms = rms(out)
    bed = unit(noise(rng, n, lambda f: hp(f, 300) * lp(f, 5000) / np.sqrt(np.maximum(f, 20.0) / 1000)))
    out += bed_gain * drops_rms * bed * gusts
    if rumble > 0:  # low rumble of a downpour on roofs and gutters
        body = unit(noise(rng, n, lambda f: hp(f, 25) * lp(f, 140)))
        out += rumble * rms(out) * body * gusts
    return finish_loop(in_room(out, 0.12, circular=True), level_db, knee=0.35)


# ---------------------------------------------------------------- fire
FIRE_SECONDS = 29.0


def fire_loop() -> Arr:
    """The hearth: a brown roar flickering at random, a gas hiss, crackles placed at random
    (singles, and clusters where a log settles), all in the room."""
    rng = rng_for("fire")
    seconds = FIRE_SECONDS
    n = round(seconds * SR)
    roar = unit(noise(rng, n, lambda f: hp(f, 30) * lp(f, 700) / np.maximum(f, 30.0)))
    hiss = unit(noise(rng, n, lambda f: hp(f, 2500) * lp(f, 7000)))
    out = 0.9 * roar * wander(n, rng, 1.6, 0.35) + 0.08 * hiss * wander(n, rng, 3.0, 0.5)
    times: list[int] = list(rng.integers(0, n, int(9 * seconds)))
    for centre in rng.integers(0, n, int(3 * seconds)):
        times += list(centre + rng.normal(0, 0.05 * SR, rng.geometric(0.2)).astype(np.int64))
    t_arr = np.array(times, dtype=np.int64)
    groups = rng.integers(0, 6, len(t_arr))
    for g in range(6):
        k = burst(rng, 0.01, rng.uniform(0.0002, 0.0012), band(rng.uniform(900, 2600), 6500))
        sel = t_arr[groups == g]
        amps = 0.9 * rng.lognormal(0.0, 0.7, len(sel)) * rng.choice([-1.0, 1.0], len(sel))
        out += place(n, k / np.max(np.abs(k)), sel, amps)
    return finish_loop(in_room(out, 0.15, circular=True), -24.0)


def fire_pop(variant: int) -> Arr:
    rng = rng_for(f"fire_pop_{variant}")
    buf = np.zeros(round(0.45 * SR))
    snap = burst(rng, 0.04, rng.uniform(0.0008, 0.002), lambda f: hp(f, 400) * lp(f, 7000))
    add_at(buf, snap / np.max(np.abs(snap)), 0.005)
    add_at(buf, damped(rng.uniform(180, 480), 0.018, 0.12), 0.005, 0.45)
    add_at(buf, damped(rng.uniform(1200, 2600), 0.005, 0.05), 0.005, 0.25)
    for i in range(int(rng.integers(4, 11))):  # the spray of sparks after the pop
        tick = burst(rng, 0.01, rng.uniform(0.0002, 0.0006), lambda f: hp(f, 2000) * lp(f, 7000))
        add_at(buf, tick / np.max(np.abs(tick)), 0.02 + rng.uniform(0, 0.3), 0.5 * 0.8**i)
    return finish_oneshot(in_room(buf, 0.1), 0.85)


# ---------------------------------------------------------------- clock
def clock(which: str) -> Arr:
    rng = rng_for("clock_" + which)
    f0, body = (2400.0, 330.0) if which == "tick" else (2050.0, 285.0)
    buf = np.zeros(round(0.14 * SR))
    click = burst(rng, 0.02, 0.0004, lambda f: hp(f, 1800) * lp(f, 8000))
    for at, g in ((0.002, 1.0), (0.0075, 0.45)):  # escapement: a click and its echo
        add_at(buf, click / np.max(np.abs(click)), at, g)
        for ratio, decay, amp in (
            (1.0, 0.022, 0.5),
            (1.52, 0.014, 0.35),
            (2.33, 0.009, 0.25),
            (3.1, 0.006, 0.2),
        ):
            add_at(buf, damped(f0 * ratio * rng.uniform(0.995, 1.005), decay, 0.1), at, g * amp)
    add_at(buf, damped(body, 0.03, 0.12), 0.002, 0.35)  # the wooden case
    return finish_oneshot(in_room(buf, 0.15), 0.7)


# ---------------------------------------------------------------- pen
PEN = {
    #              lo     hi     grains/s grain-amp  tooth  rms dB
    "nib_slow": (1500.0, 5500.0, 320, 2.2, 0.55, -23.0),
    "nib_fast": (2200.0, 7500.0, 1100, 0.9, 0.3, -22.0),
    "brush_slow": (250.0, 2000.0, 60, 0.5, 0.35, -31.0),
    "brush_fast": (400.0, 3200.0, 160, 0.4, 0.2, -29.0),
}


def pen(kind: str) -> Arr:
    lo, hi, grains, grain_amp, tooth, level_db = PEN[kind]
    rng = rng_for("pen_" + kind)
    n = round(1.2 * SR)
    friction = unit(noise(rng, n, lambda f: hp(f, lo) * lp(f, hi)))
    # paper tooth: the drag roughens and smooths many times a second
    rough = unit(noise(rng, n, lambda f: lp(f, 40.0, 1) * hp(f, 2.0)))
    out = friction * np.clip(1.0 + tooth * rough, 0.05, None)
    k = burst(rng, 0.006, 0.0003, lambda f: hp(f, lo * 1.2) * lp(f, hi * 1.3))
    k /= np.max(np.abs(k))
    count = int(grains * 1.2)
    amps = grain_amp * rng.lognormal(0.0, 0.7, count) * rng.choice([-1.0, 1.0], count)
    out += place(n, k, rng.integers(0, n, count), amps)
    return finish_loop(out, level_db)


# ---------------------------------------------------------------- paper and people
def notebook_open() -> Arr:
    """Target: a leather creak (stick-slip pulses at 300-1500 Hz) for about 0.35 s, a page's
    flutter, then the cover landing: a low thump (most energy below 300 Hz) 0.6-0.8 s in."""
    rng = rng_for("notebook_open")
    buf = np.zeros(round(1.0 * SR))
    t = 0.02  # the leather spine creaks: stick-slip pulses exciting the cover
    creak = damped(640, 0.006, 0.03) + 0.6 * damped(1130, 0.004, 0.03)
    while t < 0.36:
        add_at(buf, creak, t, 0.25 * np.sin(np.pi * t / 0.38) * rng.uniform(0.6, 1.0))
        t += rng.uniform(0.011, 0.02)
    flutter = unit(noise(rng, round(0.45 * SR), lambda f: hp(f, 800) * lp(f, 5500)))
    tt = time_axis(0.45)
    crinkle = np.abs(unit(noise(rng, len(tt), lambda f: lp(f, 90.0, 1))))
    add_at(buf, flutter * crinkle * np.sin(np.pi * tt / 0.45) ** 2, 0.28, 0.12)
    add_at(buf, damped(115, 0.045, 0.25, glide=0.85), 0.72, 0.55)
    add_at(buf, burst(rng, 0.06, 0.004, lambda f: lp(f, 2200)), 0.72, 0.25)
    return finish_oneshot(in_room(buf, 0.15), 0.7)


def notebook_close() -> Arr:
    """Target: a faint breath of air, then the cover shutting: a thump with 70% or more of
    its energy below 300 Hz, at its peak within 20 ms and 20 dB down within 0.25 s."""
    rng = rng_for("notebook_close")
    buf = np.zeros(round(0.75 * SR))
    tt = time_axis(0.3)
    air = unit(noise(rng, len(tt), lambda f: hp(f, 150) * lp(f, 1400)))
    add_at(buf, air * (tt / 0.3) ** 2, 0.0, 0.08)
    add_at(buf, damped(92, 0.06, 0.35, glide=0.8), 0.3, 0.7)
    add_at(buf, damped(185, 0.03, 0.2), 0.3, 0.3)
    add_at(buf, burst(rng, 0.08, 0.006, lambda f: lp(f, 3000) * hp(f, 60)), 0.3, 0.35)
    return finish_oneshot(in_room(buf, 0.15), 0.75)


def page_turn(variant: int) -> Arr:
    """Target: a broadband paper rustle, 65% or more of its energy at 1-8 kHz, noise-like
    (spectral flatness 0.6 or more), swelling to its loudest in the middle of the gesture
    (not at its start), irregular (several crinkle onsets), 0.5-1.2 s long."""
    rng = rng_for(f"page_turn_{variant}")
    length = 0.62 * rng.uniform(0.85, 1.15)  # each variant its own sheet and gesture
    buf = np.zeros(round((length + 0.3) * SR))
    tt = time_axis(length)
    sheet = unit(noise(rng, len(tt), band(rng.uniform(900, 1300), rng.uniform(6000, 8000))))
    crinkle = unit(noise(rng, len(tt), lambda f: lp(f, 160.0, 1)))
    spiky = np.clip(crinkle, 0, None) ** 2 + 0.15
    top = rng.uniform(0.45, 0.65)
    swell = env(tt / length, [(0.0, 0.0), (0.16, 0.25), (top, 1.0), (0.88, 0.5), (1.0, 0.0)])
    add_at(buf, sheet * spiky * swell, 0.03, 0.2)
    land = length + 0.02  # the page settling
    add_at(buf, damped(rng.uniform(180, 240), 0.02, 0.12), land, 0.12)
    add_at(buf, burst(rng, 0.05, 0.005, band(300, 2500)), land, 0.12)
    return finish_oneshot(in_room(buf, 0.12), 0.6)


def notebook_slide(variant: int) -> Arr:
    """Target: leather dragged on wood, half or more of its energy at 100 Hz-1 kHz, pushed
    and gliding: a smooth rise (10% to 90% of its peak over 0.1 s or more, no impact),
    then coming to rest, 0.9-1.6 s in all."""
    rng = rng_for(f"notebook_slide_{variant}")
    length = 1.05 * rng.uniform(0.85, 1.15)
    buf = np.zeros(round((length + 0.25) * SR))
    tt = time_axis(length)
    speed = np.sin(np.pi * tt / length) ** rng.uniform(1.2, 1.8)  # pushed, gliding, slowing to a stop
    dull = unit(noise(rng, len(tt), band(120, rng.uniform(800, 1000))))
    bright = unit(noise(rng, len(tt), band(900, 3500)))
    grain = np.clip(1.0 + 0.6 * unit(noise(rng, len(tt), lambda f: lp(f, 60.0, 1))), 0.1, None)
    add_at(buf, (dull + 0.5 * speed * bright) * grain * speed, 0.03, 0.3)
    add_at(buf, damped(rng.uniform(130, 170), 0.03, 0.15), length + 0.02, 0.25)  # comes to rest
    return finish_oneshot(in_room(buf, 0.12), 0.6)


def sigh() -> Arr:
    """Target: a breath in (short, thin, at most half as loud), then a long breath out
    (0.8-2 s above a tenth of its peak) through an open vocal tract: noise shaped by
    formants (F1 about 650 Hz, F2 about 1100 Hz) with the spectral tilt of breath, 70% or
    more of its energy at 300-3500 Hz and its strongest band below 1 kHz; no tone."""
    rng = rng_for("sigh")
    buf = np.zeros(round(2.5 * SR))
    ti = time_axis(0.55)  # a short breath in, high and thin
    inhale = unit(noise(rng, len(ti), lambda f: hp(f, 1500) * lp(f, 5000) * (0.4 + peak(f, 2700, 600))))
    add_at(buf, inhale * np.sin(np.pi * ti / 0.55) ** 2, 0.0, 0.12)
    te = time_axis(1.6)  # a long breath out through an open mouth, darkening as it fades
    formants = [(650, 180), (1100, 220), (2500, 400), (3500, 500)]

    def breath(f: Arr) -> Arr:  # formants over breath noise, falling ~6 dB an octave
        shaped = np.zeros_like(f)
        for fc, bw in formants:
            shaped += peak(f, fc, bw)
        return shaped * hp(f, 200) * lp(f, 1200, 1)

    bright = unit(noise(rng, len(te), breath))
    dark = unit(
        noise(rng, len(te), lambda f: sum(peak(f, fc * 0.8, bw) for fc, bw in formants[:2]) * lp(f, 1800))
    )
    body = env(te, [(0.0, 0.0), (0.12, 1.0), (0.5, 0.75), (1.6, 0.0)]) ** 1.5
    mix = np.clip(te / 1.2, 0, 1)
    add_at(buf, body * ((1 - mix) * bright + mix * dark), 0.75, 0.3)
    return finish_oneshot(in_room(buf, 0.15), 0.55)


def heartbeat() -> Arr:
    """Target: a heart at rest, heard close (dry, inside): lub-dub at 65 a minute (a 0.92 s
    loop), the dub 0.25-0.35 s after the lub and softer, 80% or more of the energy at
    40-150 Hz, each thump gone within 0.15 s."""
    rng = rng_for("heartbeat")
    n = round(0.92 * SR)  # one beat at 65 per minute; it loops
    out = np.zeros(n)
    for at, f0, decay, g in ((0.01, 60.0, 0.09, 1.0), (0.31, 74.0, 0.07, 0.7)):  # lub ... dub
        thump = damped(f0, decay, 0.4, glide=0.7) + 0.35 * damped(f0 * 2.4, decay * 0.5, 0.4, glide=0.8)
        thump[: int(0.006 * SR)] *= np.linspace(0, 1, int(0.006 * SR))
        add_at(out, np.tanh(3.0 * thump) / np.tanh(3.0), at, g)  # grit, so small speakers carry it
        add_at(out, burst(rng, 0.06, 0.012, band(60, 450)), at, 0.3 * g)
    # a chest, not a sub-woofer: lift the 100-300 Hz thud that small speakers can play
    return finish_oneshot(shape(out, lambda f: hp(f, 35) * (0.5 + 4.0 * peak(f, 170, 110))), 0.9)


# ---------------------------------------------------------------- catalogue
LONG = {f"rain-{lv}" for lv in RAIN} | {"fire"}
"""Written as OGG Vorbis: tens of seconds each."""
LOOP_COMPRESSION = 0.75
"""libsndfile's Vorbis level for the loops (about 70 kbit/s mono): noise codes cheaply."""

SOUNDS: dict[str, Callable[[], Arr]] = {
    **{f"rain-{lv}": functools.partial(rain, lv) for lv in RAIN},
    "fire": fire_loop,
    **{f"fire-pop-{i}": functools.partial(fire_pop, i) for i in (1, 2, 3)},
    "clock-tick": lambda: clock("tick"),
    "clock-tock": lambda: clock("tock"),
    **{f"pen-{k.replace('_', '-')}": functools.partial(pen, k) for k in PEN},
    "notebook-open": notebook_open,
    "notebook-close": notebook_close,
    **{f"page-turn-{i}": functools.partial(page_turn, i) for i in (1, 2, 3)},
    **{f"notebook-slide-{i}": functools.partial(notebook_slide, i) for i in (1, 2, 3)},
    "sigh": sigh,
    "heartbeat": heartbeat,
}


def file_name(name: str) -> str:
    return f"{name}.ogg" if name in LONG else f"{name}.wav"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--check", action="store_true", help="compare with assets/audio, write nothing")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("names", nargs="*", help="only these sounds (default: all)")
    args = ap.parse_args(argv)
    unknown = sorted(set(args.names) - set(SOUNDS))
    if unknown:
        ap.error(f"no sound named {unknown[0]!r} (known: {', '.join(SOUNDS)})")
    stale = []
    for name in args.names or list(SOUNDS):
        x = SOUNDS[name]()
        path = args.out / file_name(name)
        if args.check:
            if not same_audio(path, x):
                stale.append(name)
            continue
        data = ogg_bytes(x, LOOP_COMPRESSION) if name in LONG else wav_bytes(x)
        args.out.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        print(f"{path.name:24s} {len(x) / SR:6.2f} s {len(data) / 1024:7.1f} KiB")
    if stale:
        print("differs from the generator: " + ", ".join(stale), file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    raise SystemExit(main())
