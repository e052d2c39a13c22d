"""The loop-session state machine: start, tick, hints, autosave, run, submit, lock, score, finish.

Every method reads the stored state, checks the move is allowed at the clock's `now`, and writes
the change; nothing is kept in memory between calls except the per-round grading locks, so a
second tab or a restarted server sees exactly the same session.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Collection
from dataclasses import dataclass

from app.content.assembly import PlannedRound, assemble
from app.content.loader import Bank, Problem
from app.content.schema import LoopSpec, Question, RoundSpec
from app.grading.grader import grade
from app.grading.report import GradeReport
from app.sessions.clock import Clock, SystemClock
from app.sessions.locks import GradingBusy, KeyedLocks
from app.sessions.scoring import LEVELS
from app.sessions.timing import Clockface, clockface, loop_deadline, round_deadline
from app.store.records import RoundRecord, SessionRecord
from app.store.repository import Store, new_id

GradeFn = Callable[[Problem, str, bool], GradeReport]


class SessionError(ValueError):
    """A move that is not allowed in the session's current state; the message is for the user."""


@dataclass(frozen=True)
class SessionView:
    """A session as the pages draw it: its loop, rounds, the current round and the clock."""

    session: SessionRecord
    loop: LoopSpec
    rounds: list[RoundRecord]
    clock: Clockface

    @property
    def id(self) -> str:
        return self.session.id

    @property
    def practice(self) -> bool:
        return self.session.mode == "practice"

    @property
    def current(self) -> RoundRecord:
        return self.rounds[self.session.current_round]

    @property
    def phase(self) -> str:
        """Return 'finished', 'answering' (current round running) or 'between' (it has ended)."""
        if self.session.finished_at is not None:
            return "finished"
        return "answering" if self.current.active else "between"

    @property
    def is_last_round(self) -> bool:
        return self.session.current_round == len(self.rounds) - 1


class SessionService:
    """Run interview loops and practice sessions against a Store, a content Bank and a Clock."""

    def __init__(self, store: Store, bank: Bank, clock: Clock | None = None, grade_fn: GradeFn = grade,
                 snapshot_every_s: float = 30.0) -> None:
        self.store = store
        self.bank = bank
        self.clock = clock or SystemClock()
        self.grade_fn = grade_fn
        self.snapshot_every_s = snapshot_every_s
        self.locks = KeyedLocks()

    # starting -----------------------------------------------------------------------------------
    def start_loop(self, loop: LoopSpec, rng: random.Random | None = None,
                   avoid: Collection[str] = ()) -> str:
        """Assemble `loop` from the bank, start its clock and first round; return the session id."""
        return self._create("interview", loop, assemble(self.bank, loop, rng, avoid))

    def start_practice(self, item_id: str) -> str:
        """Open one problem or question untimed; return the session id."""
        if item_id in self.bank.problems:
            manifest = self.bank.problems[item_id].manifest
            kind, minutes, title = manifest.kind, manifest.minutes, manifest.title
        elif item_id in self.bank.questions:
            question = self.bank.questions[item_id]
            kind, minutes, title = question.kind, question.minutes, question.prompt.strip().splitlines()[0]
        else:
            raise SessionError(f"'{item_id}' is not in the bank")
        minutes = min(minutes, 120)
        loop = LoopSpec(id="practice", title=f"Practice: {title[:80]}", minutes=minutes,
                        rounds=[RoundSpec(kind=kind, minutes=minutes, ids=[item_id])])
        return self._create("practice", loop, [PlannedRound(kind=kind, minutes=minutes, item_id=item_id)])

    def _create(self, mode: str, loop: LoopSpec, planned: list[PlannedRound]) -> str:
        now = self.clock.now()
        session = SessionRecord(
            id=new_id(), mode=mode, loop_id=loop.id, title=loop.title, spec_json=loop.model_dump_json(),
            started_at=now, budget_s=None if mode == "practice" else loop.minutes * 60.0,
            current_round=0, finished_at=None, paused_at=None, paused_total_s=0.0)
        rounds = [RoundRecord(
            session_id=session.id, idx=i, kind=p.kind, item_id=p.item_id, budget_s=p.minutes * 60.0,
            started_at=now if i == 0 else None, ended_at=None, end_reason=None,
            code=self._starter(p.item_id), code_saved_at=None, answer=None) for i, p in enumerate(planned)]
        self.store.create_session(session, rounds)
        return session.id

    def _starter(self, item_id: str) -> str | None:
        problem = self.bank.problems.get(item_id)
        return problem.starter if problem else None

    # reading ------------------------------------------------------------------------------------
    def view(self, session_id: str) -> SessionView:
        """Return the stored session with its clock at the current time."""
        session = self.store.session(session_id)
        if session is None:
            raise SessionError(f"no session '{session_id}'")
        rounds = self.store.rounds(session_id)
        loop = LoopSpec.model_validate(json.loads(session.spec_json))
        face = clockface(session, rounds[session.current_round], self.clock.now())
        return SessionView(session, loop, rounds, face)

    def problem(self, rnd: RoundRecord) -> Problem:
        """Return the problem a coding round asks."""
        return self.bank.problems[rnd.item_id]

    def question(self, rnd: RoundRecord) -> Question:
        """Return the question a concept or design round asks."""
        return self.bank.questions[rnd.item_id]

    # the clock ----------------------------------------------------------------------------------
    def tick(self, session_id: str) -> SessionView:
        """Hand in whatever is overdue: the round at its deadline, the whole loop at its end."""
        view = self.view(session_id)
        if view.phase == "finished" or view.practice:
            return view
        now = self.clock.now()
        rnd = view.current
        deadline = round_deadline(view.session, rnd)
        if rnd.active and deadline is not None and now >= deadline:
            try:
                with self.locks.hold(self._key(rnd)):
                    self._hand_in(view.session, self.store.rounds(session_id)[rnd.idx], at=deadline,
                                  reason="timeout", automatic=True)
            except GradingBusy:
                return view  # a Run or Submit is grading; the next tick sees its outcome
        whole = loop_deadline(view.session)
        if whole is not None and now >= whole:
            self._finish(session_id, at=whole)
        return self.view(session_id)

    # coding rounds ------------------------------------------------------------------------------
    def save_code(self, session_id: str, idx: int, source: str) -> bool:
        """Store the editor's code while the round runs; return False once it is too late."""
        session, rnd = self._open_round(session_id, idx, need=("coding", "ml_coding"), strict=False)
        if session is None or rnd.code == source:
            return session is not None
        now = self.clock.now()
        deadline = round_deadline(session, rnd)
        if deadline is not None and now >= deadline:
            return False  # keystrokes after time is up do not count
        if not self.store.update_round(session_id, idx, only_if_open=True, code=source, code_saved_at=now):
            return False
        last = self.store.last_snapshot_at(session_id, idx)
        if last is None or now - last >= self.snapshot_every_s:
            self.store.add_snapshot(session_id, idx, now, "autosave", source)
        return True

    def reveal_hint(self, session_id: str, idx: int) -> int:
        """Reveal the next hint of a running coding round; return how many are now shown."""
        _, rnd = self._open_round(session_id, idx, need=("coding", "ml_coding"))
        shown = len(self.store.hints(session_id).get(idx, []))
        if shown >= len(self.problem(rnd).manifest.hints):
            raise SessionError("every hint is already shown")
        self.store.add_hint(session_id, idx, shown, self.clock.now())
        return shown + 1

    def run(self, session_id: str, idx: int, source: str) -> GradeReport:
        """Grade `source` against the visible tests and record the attempt."""
        view = self.view(session_id)
        if view.loop.realism.whiteboard and not view.practice:
            raise SessionError("whiteboard mode: there is no Run, only Submit at the end")
        _, rnd = self._open_round(session_id, idx, need=("coding", "ml_coding"))
        with self.locks.hold(self._key(rnd)):
            self.save_code(session_id, idx, source)
            now = self.clock.now()
            self.store.add_snapshot(session_id, idx, now, "run", source)
            report = self.grade_fn(self.problem(rnd), source, False)
            self.store.add_attempt(session_id, idx, "run", now, source, report)
        return report

    def submit(self, session_id: str, idx: int, source: str) -> GradeReport | None:
        """Hand in `source`: grade it against every test, end the round and record the attempt.

        Return None when the deadline's automatic hand-in got there first.
        """
        session, rnd = self._open_round(session_id, idx, need=("coding", "ml_coding"))
        with self.locks.hold(self._key(rnd)):
            self.save_code(session_id, idx, source)
            deadline = round_deadline(session, rnd)
            now = self.clock.now()
            late = deadline is not None and now >= deadline
            return self._hand_in(session, self.store.rounds(session_id)[idx],
                                 at=deadline if late else now, reason="timeout" if late else "submitted")

    # concept rounds -----------------------------------------------------------------------------
    def save_answer(self, session_id: str, idx: int, text: str) -> bool:
        """Store a draft answer while the round runs; return False once it is too late."""
        session, _ = self._open_round(session_id, idx, need=("concept", "design"), strict=False)
        if session is None:
            return False
        return self.store.update_round(session_id, idx, only_if_open=True, answer=text)

    def lock_answer(self, session_id: str, idx: int, text: str) -> None:
        """Lock the answer: the round ends and its model answer and rubric can be shown."""
        session, rnd = self._open_round(session_id, idx, need=("concept", "design"))
        self.store.update_round(session_id, idx, only_if_open=True, answer=text)
        deadline = round_deadline(session, rnd)
        now = self.clock.now()
        late = deadline is not None and now >= deadline
        self._hand_in(session, self.store.rounds(session_id)[idx], at=deadline if late else now,
                      reason="timeout" if late else "locked")

    def score_criterion(self, session_id: str, idx: int, criterion: int, level: str) -> None:
        """Record the level the candidate gives their locked answer on one rubric criterion."""
        rnd = self.store.rounds(session_id)[idx]
        if rnd.is_coding or rnd.ended_at is None:
            raise SessionError("lock the answer before scoring it")
        if level not in LEVELS:
            raise SessionError(f"level must be one of {', '.join(LEVELS)}")
        if not 0 <= criterion < len(self.question(rnd).criteria):
            raise SessionError(f"no criterion {criterion}")
        self.store.set_rubric_score(session_id, idx, criterion, level, self.clock.now())

    # moving on ----------------------------------------------------------------------------------
    def next_round(self, session_id: str) -> SessionView:
        """Start the next round after the current one has ended (or finish after the last)."""
        view = self.tick(session_id)
        if view.phase != "between":
            raise SessionError("finish the current round first" if view.phase == "answering"
                               else "this session is over")
        if view.is_last_round:
            return self.finish(session_id)
        nxt = view.session.current_round + 1
        self.store.update_round(session_id, nxt, started_at=self.clock.now())
        self.store.update_session(session_id, current_round=nxt)
        return self.view(session_id)

    def finish(self, session_id: str) -> SessionView:
        """End the session now, handing in the running round as it stands."""
        view = self.tick(session_id)
        if view.phase == "answering":
            with self.locks.hold(self._key(view.current)):
                self._hand_in(view.session, view.current, at=self.clock.now(), reason="finished")
        if view.phase != "finished":
            self._finish(session_id, at=self.clock.now())
        return self.view(session_id)

    def pause(self, session_id: str) -> None:
        """Stop a practice session's clock."""
        view = self.view(session_id)
        if not view.practice:
            raise SessionError("only practice sessions can be paused")
        if view.session.paused_at is None:
            self.store.update_session(session_id, paused_at=self.clock.now())

    def resume(self, session_id: str) -> None:
        """Start a paused practice session's clock again."""
        session = self.view(session_id).session
        if session.paused_at is not None:
            total = session.paused_total_s + self.clock.now() - session.paused_at
            self.store.update_session(session_id, paused_at=None, paused_total_s=total)

    # internals ----------------------------------------------------------------------------------
    @staticmethod
    def _key(rnd: RoundRecord) -> tuple[str, int]:
        return (rnd.session_id, rnd.idx)

    def _open_round(self, session_id: str, idx: int, need: tuple[str, ...], strict: bool = True
                    ) -> tuple[SessionRecord | None, RoundRecord]:
        """Return the session and round if the round is running and of a needed kind."""
        view = self.view(session_id)
        if not 0 <= idx < len(view.rounds):
            raise SessionError(f"no round {idx}")
        rnd = view.rounds[idx]
        problem = None
        if rnd.kind not in need:
            problem = f"round {idx + 1} is a {rnd.kind} round"
        elif view.phase == "finished" or not rnd.active:
            problem = "this round is over"
        elif view.session.paused_at is not None:
            problem = "resume the session first"
        if problem and strict:
            raise SessionError(problem)
        return (None if problem else view.session), rnd

    def _hand_in(self, session: SessionRecord, rnd: RoundRecord, at: float, reason: str,
                 automatic: bool = False) -> GradeReport | None:
        """End a running round at `at`; a coding round's code is graded against every test."""
        # Claiming the round first means two tabs reaching the deadline together grade only once.
        claimed = self.store.update_round(session.id, rnd.idx, only_if_open=True, ended_at=at,
                                          end_reason=reason)
        if not claimed:
            return None
        if not rnd.is_coding:
            return None
        source = rnd.code if rnd.code is not None else self.problem(rnd).starter
        now = self.clock.now()
        self.store.add_snapshot(session.id, rnd.idx, now, "submit", source)
        report = self.grade_fn(self.problem(rnd), source, True)
        self.store.add_attempt(session.id, rnd.idx, "submit", now, source, report, automatic=automatic)
        return report

    def _finish(self, session_id: str, at: float) -> None:
        for rnd in self.store.rounds(session_id):
            if rnd.started_at is None:
                self.store.update_round(session_id, rnd.idx, end_reason="not reached")
        self.store.update_session(session_id, finished_at=at)
