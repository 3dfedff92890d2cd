"""The director plays a parsed script: which line is showing, and the staging around it.

It is pure logic over story time (seconds, passed in by the caller), so it is tested and
used by the capture tool without a window. Playing runs commands from the program
counter until a line to show, a `wait`, or `end`. Staging met on the way becomes tweens
starting *now*, so a transition begins when its line begins. `goto_line(n)` rebuilds
any moment by replaying the script with every earlier transition finished, which is
what rendering a given line, rollback and resuming a save all need.

Side effects the engine must act on (sound cues, notebook actions) are queued as
`Event`s and drained by the story scene each frame; replay produces none.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from game.story import commands as c
from game.story.parser import Script
from game.story.stage import Change, Stage
from game.view import Move

POSE_TWEEN = 1.0  # seconds a pose change takes to settle
LOOK_TWEEN = 0.6
FACE_TWEEN = 0.0  # a change of expression is a cut between drawings (a dissolve would show two mouths)


@dataclass(frozen=True)
class Event:
    """Something that happened at story time `t`: a sound cue or a notebook action."""

    t: float
    kind: str  # "sound" | "notebook"
    name: str  # cue name, or notebook action
    arg: str = ""  # sound mode, or who the notebook passes to
    src: c.Source | None = None


@dataclass
class Director:
    script: Script
    stage: Stage = field(default_factory=Stage)
    pc: int = 0
    current: c.Line | None = None
    line_number: int = 0  # 1-based index of `current` among script.lines (0 before the first)
    line_started: float = 0.0
    waiting_until: float | None = None
    finished: bool = False
    history: list[c.Line] = field(default_factory=list)  # lines shown so far, current last
    # written since the last page turn; a turn staged before a narration line keeps them through
    # that line (its page is restored written and turned on screen), cleared as the next one shows
    page_lines: list[c.Write] = field(default_factory=list)
    _events: list[Event] = field(default_factory=list)
    _replaying: bool = False
    _turn: str = ""  # "staged": a page turn before the line to show; "shown": the line it came before

    def __post_init__(self) -> None:
        self._line_index = {id(line): i + 1 for i, line in enumerate(self.script.lines)}

    # --- playing ------------------------------------------------------------------------

    def start(self, now: float) -> None:
        """Begin at `label start` with a fresh stage."""
        self.stage = Stage()
        self.pc = self.script.labels.get("start", 0)
        self.current, self.line_number, self.finished = None, 0, False
        self.waiting_until = None
        self.history.clear()
        self.page_lines.clear()
        self._turn = ""
        self._events.clear()
        self.advance(now)

    def advance(self, now: float) -> None:
        """Leave the current line (or wait) and play on to the next line, wait or end."""
        self.current = None
        self.waiting_until = None
        cmds = self.script.commands
        while self.pc < len(cmds):
            cmd = cmds[self.pc]
            self.pc += 1
            if isinstance(cmd, c.Narrate | c.Write):
                self._show(cmd, now)
                return
            if isinstance(cmd, c.Wait) and not self._replaying:
                self.waiting_until = now + cmd.seconds
                return
            if isinstance(cmd, c.End):
                self.finished = True
                return
            if isinstance(cmd, c.Jump):
                self.pc = self.script.labels[cmd.target]
                continue
            self._stage(cmd, now)
        self.finished = True  # running off the end is an implicit `end`

    def update(self, now: float) -> None:
        """Let a `wait` run out."""
        if self.waiting_until is not None and now >= self.waiting_until:
            self.advance(now)

    def drain_events(self) -> list[Event]:
        events, self._events = self._events, []
        return events

    @property
    def total_lines(self) -> int:
        return len(self.script.lines)

    # --- jumping (render, rollback, resume) ----------------------------------------------

    def goto_line(self, number: int, now: float) -> None:
        """Show line `number` (1-based) as if the player had just reached it at `now`.

        Everything before it is replayed with transitions finished; the staging just
        before the line starts at `now`, as it would have in play. Waits are skipped.
        """
        if not 1 <= number <= self.total_lines:
            raise ValueError(f"line {number} is outside 1..{self.total_lines}")
        if number == 1:
            self.start(now)
        else:
            self._replaying = True
            try:
                self.start(-1e6)
                step = 0  # each line replayed a millisecond after the last: what came later stays later
                while self.line_number < number - 1 and not self.finished:
                    step += 1
                    self.advance(-1e6 + step * 1e-3)
                self.stage.settle(-1e6 + (step + 1) * 1e-3)
            finally:
                self._replaying = False
            self._events.clear()
            self.advance(now)
        while self.waiting_until is not None:
            self.advance(now)

    def rollback(self, now: float) -> bool:
        """Go back one line; False when there is nothing before."""
        if self.line_number <= 1:
            return False
        self.goto_line(self.line_number - 1, now)
        return True

    # --- reading ahead (what the scene prepares while a line plays) -----------------------

    def ahead(self) -> Iterator[c.Command]:
        """The script's commands from here up to its next line, that line last (following jumps)."""
        cmds, pc = self.script.commands, self.pc
        for _ in range(len(cmds)):
            if pc >= len(cmds) or isinstance(cmds[pc], c.End):
                return
            cmd = cmds[pc]
            pc += 1
            if isinstance(cmd, c.Jump):
                pc = self.script.labels.get(cmd.target, len(cmds))
                continue
            yield cmd
            if isinstance(cmd, c.Narrate | c.Write):
                return

    def next_shot(self) -> str | None:
        """The shot the script cuts to before its next line (None: it stays on this one)."""
        shot = None
        for cmd in self.ahead():
            if isinstance(cmd, c.Shot):
                shot = cmd.name
        return shot

    def next_move(self) -> Move | None:
        """The camera move the script starts with its next line (None: a still camera)."""
        move = None
        for cmd in self.ahead():
            if isinstance(cmd, c.Shot):
                move = None  # a new shot starts still
            elif isinstance(cmd, c.Camera):
                move = Move(cmd.push, cmd.dx, cmd.dy, 0.0, cmd.over)
        return move

    # --- internals ----------------------------------------------------------------------

    def _show(self, line: c.Line, now: float) -> None:
        self.history.append(line)  # every line shown so far, the current one last
        self.current = line
        self.line_number = self._line_index[id(line)]
        self.line_started = now
        self.stage.writer = line.who if isinstance(line, c.Write) else ""
        if self._turn == "shown" or (self._turn == "staged" and isinstance(line, c.Write)):
            self.page_lines.clear()
            self._turn = ""
        elif self._turn == "staged":
            self._turn = "shown"
        if isinstance(line, c.Write):
            self.page_lines.append(line)

    def _emit(self, now: float, kind: str, name: str, arg: str, src: c.Source) -> None:
        if not self._replaying:
            self._events.append(Event(now, kind, name, arg, src))

    def _stage(self, cmd: c.Command, now: float) -> None:
        st = self.stage
        if isinstance(cmd, c.Rain):
            st.rain = st.rain.to(cmd.value, now, cmd.over)
        elif isinstance(cmd, c.ClockTime):
            current = st.clock.value(now)
            target = float(cmd.minutes)
            while target < current - 1e-6:  # clock hands only go forward
                target += 24 * 60
            st.clock = st.clock.to(target, now, cmd.over)
        elif isinstance(cmd, c.Candles):
            st.candles = st.candles.to(cmd.level, now, cmd.over)
        elif isinstance(cmd, c.Glow):
            st.glow = st.glow.to(cmd.level, now, cmd.over)
        elif isinstance(cmd, c.Shot):
            if cmd.name != st.shot.value:
                st.shot = st.shot.to(cmd.name, now, cmd.over)  # a cut; `over S` dissolves, where time passes
                st.move = None  # a new shot starts still
        elif isinstance(cmd, c.Camera):
            st.move = Move(cmd.push, cmd.dx, cmd.dy, now, cmd.over)  # eased, a pure function of time
        elif isinstance(cmd, c.Pose):
            old = st.poses.get(cmd.who)
            if old is None:
                st.poses[cmd.who] = Change(cmd.pose, now)
            elif old.value != cmd.pose:
                st.poses[cmd.who] = old.to(cmd.pose, now, POSE_TWEEN)
        elif isinstance(cmd, c.Look):
            old = st.looks.get(cmd.who)
            st.looks[cmd.who] = Change(cmd.target, now) if old is None else old.to(cmd.target, now, LOOK_TWEEN)
        elif isinstance(cmd, c.Face):
            old = st.faces.get(cmd.who)
            st.faces[cmd.who] = Change(cmd.expression, now) if old is None else old.to(cmd.expression, now, FACE_TWEEN)
        elif isinstance(cmd, c.Notebook):
            self._notebook(cmd, now)
        elif isinstance(cmd, c.Sound):
            if cmd.mode == "loop":
                st.loops.add(cmd.cue)
            elif cmd.mode == "stop":
                st.loops.discard(cmd.cue)
            self._emit(now, "sound", cmd.cue, cmd.mode, cmd.src)
        # Title, Subtitle, Chapter, Character, Label: declarations, nothing to play.

    def _notebook(self, cmd: c.Notebook, now: float) -> None:
        st = self.stage
        if cmd.action == "open" and st.notebook_open.value != "open":
            st.notebook_open = st.notebook_open.to("open", now, 0.8)
        elif cmd.action == "close" and st.notebook_open.value != "closed":
            st.notebook_open = st.notebook_open.to("closed", now, 0.8)
        elif cmd.action == "turn":
            if self._turn == "shown":  # a second turn: the first one's page is over
                self.page_lines.clear()
            self._turn = "staged"  # the page is cleared as the line shows, or after it (_show)
        elif cmd.action == "pass" and cmd.to is not None:
            st.notebook_holder = st.notebook_holder.to(cmd.to, now, 1.0)
        self._emit(now, "notebook", cmd.action, cmd.to or "", cmd.src)

