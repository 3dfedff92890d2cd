"""The bridge from the story to the mixer: cues, loops, the pen, the hush at the kiss, fire pops."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from game.audio import Audio, Roles, SilentAudio, SoundState
from game.roomsound import RoomSound, clock_seconds
from game.story.director import Event
from game.story.stage import Change, Stage


@dataclass
class Recorder(SilentAudio):
    calls: list[tuple[str, Any]] = field(default_factory=list)
    states: list[SoundState] = field(default_factory=list)
    hushing: frozenset[str] = frozenset({"kiss"})

    @property
    def roles(self) -> Roles:
        return Roles(hush_poses=self.hushing)

    def update(self, dt: float, mood: SoundState) -> None:
        self.states.append(mood)

    def cue(self, name: str, pan: float | None = None) -> None:
        self.calls.append(("cue", name))

    def loop(self, name: str) -> None:
        self.calls.append(("loop", name))

    def stop(self, name: str) -> None:
        self.calls.append(("stop", name))

    def fire_pop(self) -> None:
        self.calls.append(("pop", None))


@dataclass(frozen=True)
class Pen:
    kind: str
    speed: float


def test_script_cues_become_cues_loops_and_stops() -> None:
    rec = Recorder()
    sound = RoomSound(rec)
    sound.story_event(Event(1.0, "sound", "sigh", "once"))
    sound.story_event(Event(2.0, "sound", "heartbeat", "loop"))
    sound.story_event(Event(3.0, "sound", "heartbeat", "stop"))
    sound.story_event(Event(3.0, "notebook", "close"))
    assert rec.calls == [("cue", "sigh"), ("loop", "heartbeat"), ("stop", "heartbeat")]


def test_the_pen_is_heard_only_while_down_with_its_hand_and_speed() -> None:
    rec = Recorder()
    sound = RoomSound(rec)
    stage = Stage()
    sound.pen_events([Pen("down", 0.0), Pen("speed", 640.0)], "brush")
    sound.frame(stage.at(1.0), 1.0, 1 / 60)
    sound.pen_events([Pen("up", 0.0)], "brush")
    sound.frame(stage.at(1.1), 1.1, 1 / 60)
    assert (rec.states[0].pen_down, rec.states[0].pen_speed, rec.states[0].pen_hand) == (True, 640.0, "brush")
    assert (rec.states[1].pen_down, rec.states[1].pen_speed) == (False, 0.0)


def test_the_room_follows_the_stage_and_hushes_at_the_kiss() -> None:
    rec = Recorder()
    sound = RoomSound(rec)
    stage = Stage()
    stage.rain = stage.rain.to(4.0, 0.0, 0.0)
    stage.loops.add("heartbeat")
    stage.poses["him"] = Change("kiss")
    sound.frame(stage.at(5.0), 5.0, 1 / 60)
    st = rec.states[-1]
    assert st.rain == 4.0 and st.hush == 1.0 and st.loops == frozenset({"heartbeat"})
    assert st.clock_seconds == clock_seconds(stage.at(5.0), 5.0)


def test_which_poses_hush_the_room_is_content_not_engine() -> None:
    rec = Recorder(hushing=frozenset({"embrace"}))
    sound = RoomSound(rec)
    stage = Stage()
    stage.poses["him"] = Change("kiss")
    sound.frame(stage.at(1.0), 1.0, 1 / 60)
    stage.poses["her"] = Change("embrace")
    sound.frame(stage.at(2.0), 2.0, 1 / 60)
    assert [s.hush for s in rec.states] == [0.0, 1.0]


def test_every_audio_meets_the_protocol() -> None:
    audios: list[Audio] = [Recorder(), SilentAudio()]  # mypy checks these against the Protocol
    assert all(not a.enabled for a in audios)


def test_visible_spark_bursts_pop_in_step() -> None:
    rec = Recorder()
    sound = RoomSound(rec, bursts=lambda t0, t1: [t for t in (1.05, 2.5) if t0 <= t < t1])
    stage = Stage()
    for k in range(0, 61):
        t = 1.0 + k / 60
        sound.frame(stage.at(t), t, 1 / 60)
    assert rec.calls == [("pop", None)]
