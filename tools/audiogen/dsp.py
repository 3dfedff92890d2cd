"""Signal building blocks for the synthesized sounds: filters, events, envelopes, a room, files.

Everything is numpy on float64 mono buffers at 44.1 kHz. Filtering is done in the
frequency domain, which is *circular*: a loop built this way wraps without a splice.
The room reverb is a convolution with one seeded impulse response (a small furnished
room, RT60 about 0.45 s), so every sound made here sits in the same room. Files are
written as 16-bit WAV (short one-shots, byte-reproducible) or OGG Vorbis (long loops and
music, where WAV would be megabytes); an OGG is compared by its decoded samples, since
the encoder's stream serial number changes from run to run.
"""

from __future__ import annotations

import io
import wave
import zlib
from collections.abc import Callable
from pathlib import Path

import numpy as np
import soundfile as sf
from numpy.typing import NDArray

SR = 44100
SEED = 1907

Arr = NDArray[np.float64]
Gen = np.random.Generator
Gain = Callable[[Arr], Arr]


def rng_for(name: str) -> Gen:
    """Each sound its own generator, seeded from (SEED, name): retuning one leaves the rest."""
    return np.random.default_rng([SEED, zlib.crc32(name.encode())])


def time_axis(seconds: float) -> Arr:
    return np.arange(round(seconds * SR)) / SR


def lp(f: Arr, fc: float, order: int = 2) -> Arr:
    """Butterworth-like low-pass magnitude."""
    return 1.0 / np.sqrt(1.0 + (f / fc) ** (2 * order))


def hp(f: Arr, fc: float, order: int = 2) -> Arr:
    return 1.0 / np.sqrt(1.0 + (fc / np.maximum(f, 1e-3)) ** (2 * order))


def peak(f: Arr, fc: float, bw: float) -> Arr:
    """A resonance (Lorentzian) centred on fc, about bw wide."""
    return 1.0 / (1.0 + ((f - fc) / bw) ** 2)


def shape(x: Arr, gain: Gain) -> Arr:
    """Filter x circularly: multiply its spectrum by gain(frequencies)."""
    f: Arr = np.asarray(np.fft.rfftfreq(len(x), 1.0 / SR), dtype=np.float64)
    return np.asarray(np.fft.irfft(np.fft.rfft(x) * gain(f), n=len(x)), dtype=np.float64)


def band(lo: float, hi: float) -> Gain:
    """A band-pass gain function for `shape`."""
    return lambda f: hp(f, lo) * lp(f, hi)


def noise(rng: Gen, n: int, gain: Gain | None = None) -> Arr:
    x = rng.standard_normal(n)
    return x if gain is None else shape(x, gain)


def rms(x: Arr) -> float:
    return float(np.sqrt(np.mean(x * x)) + 1e-12)


def unit(x: Arr) -> Arr:
    return x / rms(x)


def place(n: int, kernel: Arr, times: NDArray[np.int64], amps: Arr) -> Arr:
    """Circularly convolve an impulse train (times, amps) with kernel: events that wrap."""
    train = np.zeros(n)
    np.add.at(train, times % n, amps)
    k = np.zeros(n)
    k[: len(kernel)] = kernel
    return np.asarray(np.fft.irfft(np.fft.rfft(train) * np.fft.rfft(k), n=n), dtype=np.float64)


def wander(n: int, rng: Gen, corner: float, depth: float) -> Arr:
    """A random, circular gain 1 +/- depth wandering in a band around `corner` Hz: gusts and
    flicker that never come round again within the buffer, unlike whole-cycle sines. The
    band stops two octaves below the corner: slower swells would be a few big sinusoids in
    a 25 s loop, and a few sinusoids correlate with themselves at some lag."""
    m = noise(rng, n, lambda f: lp(f, corner, 1) * hp(f, corner / 4, 2))
    m /= np.max(np.abs(m))
    return np.asarray(np.clip(1.0 + depth * m, 0.05, None), dtype=np.float64)


def damped(freq: float, decay: float, seconds: float, glide: float = 1.0) -> Arr:
    """A decaying sine (a struck resonance); glide < 1 lets the pitch fall."""
    t = time_axis(seconds)
    f = freq * (glide + (1 - glide) * np.exp(-t / (decay * 0.7)))
    phase = 2 * np.pi * np.cumsum(f) / SR
    return np.asarray(np.sin(phase) * np.exp(-t / decay), dtype=np.float64)


def burst(rng: Gen, seconds: float, decay: float, gain: Gain | None = None) -> Arr:
    """A short noise burst with an exponential tail: the click of an impact."""
    t = time_axis(seconds)
    x = rng.standard_normal(len(t)) * np.exp(-t / decay)
    x[: min(8, len(x))] *= np.linspace(0.2, 1.0, min(8, len(x)))
    return x if gain is None else shape(np.concatenate([x, np.zeros(len(x))]), gain)[: len(x)]


def env(t: Arr, points: list[tuple[float, float]]) -> Arr:
    """Piecewise-linear envelope through (time, level) points."""
    ts, vs = zip(*points, strict=True)
    return np.asarray(np.interp(t, ts, vs), dtype=np.float64)


def add_at(buf: Arr, x: Arr, at: float, gain: float = 1.0) -> None:
    i = round(at * SR)
    j = min(len(buf), i + len(x))
    buf[i:j] += gain * x[: j - i]


# ---------------------------------------------------------------- the room
ROOM_RT60 = 0.45
"""Seconds for the room's reverb to fall 60 dB: a small room with curtains, a sofa, books."""


def room_ir(seconds: float = 0.6) -> Arr:
    """The room's impulse response: a few early reflections (walls 2-4 m away), then a
    diffuse tail of noise decaying at ROOM_RT60, darker as it decays (soft furnishings)."""
    rng = rng_for("room")
    n = round(seconds * SR)
    t = np.arange(n) / SR
    tail = rng.standard_normal(n) * np.exp(-6.91 * t / ROOM_RT60)
    tail *= np.clip((t - 0.004) / 0.02, 0.0, 1.0)  # the diffuse field builds up
    early = np.zeros(n)
    for delay, gain in ((0.0061, 0.5), (0.0093, 0.38), (0.0127, 0.3), (0.0171, 0.22), (0.0232, 0.16)):
        early[round(delay * SR)] += gain * rng.choice([-1.0, 1.0])
    ir = shape(np.concatenate([0.12 * tail + early, np.zeros(n)]), lambda f: lp(f, 5000, 1) * hp(f, 80))[:n]
    return np.asarray(ir / np.sqrt(np.sum(ir * ir)), dtype=np.float64)


def in_room(x: Arr, wet: float, circular: bool = False) -> Arr:
    """x heard in the room: the dry sound plus `wet` of its reverb (energy ratio). A loop is
    convolved circularly so its tail wraps into its start; a one-shot grows by the tail."""
    ir = room_ir()
    n = len(x) if circular else len(x) + len(ir)
    k = np.zeros(n)
    k[: len(ir)] = ir
    xs = np.zeros(n)
    xs[: len(x)] = x
    rev = np.fft.irfft(np.fft.rfft(xs) * np.fft.rfft(k), n=n)
    return np.asarray(xs + np.sqrt(wet) * rms(x) / rms(rev[: len(x)]) * rev, dtype=np.float64)


# ---------------------------------------------------------------- finishing
def finish_oneshot(x: Arr, peak_level: float) -> Arr:
    """Normalise a one-shot's peak and fade its last 10 ms so it never clicks off."""
    x = x - np.mean(x)
    fade = min(len(x), int(0.01 * SR))
    x[-fade:] *= np.linspace(1.0, 0.0, fade)
    x[:16] *= np.linspace(0.0, 1.0, 16)
    return np.asarray(x * (peak_level / np.max(np.abs(x))), dtype=np.float64)


def soft_limit(x: Arr, knee: float = 0.5) -> Arr:
    """Leave the body alone, round off rare transients above knee so nothing clips."""
    over = np.abs(x) > knee
    head = 0.97 - knee
    y = x.copy()
    y[over] = np.sign(x[over]) * (knee + head * np.tanh((np.abs(x[over]) - knee) / head))
    return y


def finish_loop(x: Arr, rms_db: float, knee: float = 0.5) -> Arr:
    x = x - np.mean(x)
    return soft_limit(x * (10 ** (rms_db / 20) / rms(x)), knee)


# ---------------------------------------------------------------- files
def wav_bytes(x: Arr) -> bytes:
    """Mono 16-bit 44.1 kHz WAV; the same samples always give the same bytes."""
    pcm = np.round(np.clip(x, -1.0, 1.0) * 32767).astype("<i2")
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(SR)
        w.writeframes(pcm.tobytes())
    return buf.getvalue()


OGG_QUALITY = 0.55
"""libsndfile's Vorbis compression level (0 best quality .. 1 smallest): about 90 kbit/s for
a mono loop, transparent for rain, fire and piano at the level they are played."""


def ogg_bytes(x: Arr, compression: float = OGG_QUALITY) -> bytes:
    """OGG Vorbis, mono (n,) or stereo (n, 2), 44.1 kHz."""
    buf = io.BytesIO()
    sf.write(buf, np.clip(x, -1.0, 1.0), SR, format="OGG", subtype="VORBIS", compression_level=compression)
    return buf.getvalue()


def read_audio(path: Path) -> Arr:
    """Samples of a WAV or OGG file as float64 (mono (n,), stereo (n, 2))."""
    data, rate = sf.read(str(path), dtype="float64", always_2d=False)
    if rate != SR:
        raise ValueError(f"{path}: {rate} Hz, expected {SR}")
    return np.asarray(data, dtype=np.float64)


def same_audio(path: Path, x: Arr, tolerance_db: float = -10.0, envelope_db: float = 1.0) -> bool:
    """Whether the file holds x: bytes for a WAV. For a lossy OGG: the same length, the
    waveform within the codec's error (residual at least 10 dB below the signal; another
    seed or a changed filter is near 0 dB), and the loudness of every 100 ms within 1 dB."""
    if not path.exists():
        return False
    if path.suffix == ".wav":
        return path.read_bytes() == wav_bytes(x)
    y = read_audio(path)
    ref = np.clip(x, -1.0, 1.0)
    if y.shape != ref.shape:
        return False
    if 20 * np.log10(rms(y - ref) / rms(ref)) > tolerance_db:
        return False
    block = SR // 10
    n = len(ref) // block

    def loudness(z: Arr) -> Arr:
        mono = z if z.ndim == 1 else z.mean(axis=1)
        return np.asarray(10 * np.log10(np.mean(mono[: n * block].reshape(n, block) ** 2, axis=1) + 1e-10))

    return bool(np.abs(loudness(y) - loudness(ref)).max() <= envelope_db)
