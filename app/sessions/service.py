"""The loop-session state machine: start, tick, hints, autosave, run, submit, finish.

Every method reads the stored state, checks the move is allowed at the clock's `now`, and writes
the change; nothing is kept in memory between calls, so a second tab or a restarted server sees
exactly the same session. Grading never happens in a call: Run, Submit and the deadline's
hand-in write an attempt row `queued` and put its id on the grading queue; pages poll the row.
Concept rounds (answer, lock, follow-ups, scoring) are in `concept.py`, pair mode in `pairing.py`.
"""

from __future__ import annotations

import json
import random
import threading
import time
import traceback
from collections.abc import Callable, Collection
from dataclasses import dataclass

from app.content.assembly import PlannedRound, assemble
from app.content.loader import Bank, Problem
from app.content.schema import Criterion, LoopSpec, Question, RoundSpec
from app.content.titles import short_title
from app.grading.grader import grade
from app.grading.report import GradeReport
from app.queue import GradingQueue
from app.queue.embedded import EmbeddedQueue
from app.queue.worker import GradeFn, GradingWorker
from app.sessions.actors import Actor, new_join_code, new_token
from app.sessions.clock import Clock, SystemClock
from app.sessions.concept import ConceptRoundsMixin
from app.sessions.errors import AccessDenied, LoopAlreadyRunning, SessionError, StaleEdit
from app.sessions.pairing import PairingMixin
from app.sessions.timing import Clockface, clockface, round_deadline
from app.states import AttemptKind, AttemptStatus, EndReason, Mode, Outcome, Phase, Role
from app.store.drafts import DraftSave
from app.store.records import AttemptRecord, RoundRecord, SessionRecord
from app.store.repository import Store, new_id


def cold_grade(problem: Problem, source: str, include_hidden: bool,
               cancel: threading.Event | None = None) -> GradeReport:
    """Grade on a fresh sandboxed interpreter (the path every grade took before warm workers)."""
    return grade(problem, source, include_hidden)




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
        return self.session.mode == Mode.PRACTICE

    @property
    def current(self) -> RoundRecord:
        return self.rounds[self.session.current_round]

    @property
    def phase(self) -> str:
        """Return 'finished', 'answering' (current round running), 'between' (it has ended) or
        'waiting' (a pair loop's first round, until its interviewer joins)."""
        if self.session.finished_at is not None:
            return Phase.FINISHED
        if self.current.active:
            return Phase.ANSWERING
        return Phase.WAITING if self.current.started_at is None else Phase.BETWEEN

    @property
    def is_last_round(self) -> bool:
        return self.session.current_round == len(self.rounds) - 1


class SessionService(ConceptRoundsMixin, PairingMixin):
    """Run interview loops and practice sessions against a Store, a content Bank and a Clock."""

    def __init__(self, store: Store, bank: Bank, clock: Clock | None = None, grade_fn: GradeFn = cold_grade,
                 snapshot_every_s: float = 30.0, queue: GradingQueue | None = None, workers: int = 2) -> None:
        self.store = store
        self.bank = bank
        self.clock = clock or SystemClock()
        self.snapshot_every_s = snapshot_every_s
        # Called with (session_id, round_idx) whenever what a round earned may have changed: it
        # ended, its Submit was graded, or a score or red flag was given (progress records it).
        self.round_listeners: list[Callable[[str, int], None]] = []
        self.worker = GradingWorker(store, bank, grade_fn, self.clock, on_graded=self._round_changed)
        self.queue = queue if queue is not None else EmbeddedQueue(self.worker, workers)

    def close(self, timeout: float = 30.0) -> None:
        """Stop the grading workers once the queued work is done (tests and shutdown)."""
        if isinstance(self.queue, EmbeddedQueue):
            self.queue.close(timeout)
        else:
            self.queue.close()

    def recover(self) -> int:
        """Queue again every attempt a previous server left unfinished; return how many."""
        self.store.requeue_running()
        pending = self.store.pending_attempt_ids()
        for attempt_id in pending:
            self.queue.put(attempt_id)
        return len(pending)

    # starting -----------------------------------------------------------------------------------
    def start_loop(self, loop: LoopSpec, rng: random.Random | None = None,
                   avoid: Collection[str] = (), pair: bool = False) -> str:
        """Assemble `loop` from the bank, start its clock and first round; return the session id.

        One interview loop runs at a time: start another only after finishing or abandoning it.
        With `pair`, the loop gets a join code and the candidate a token (see `pair_access`), and
        its clock waits for the interviewer to join (or the candidate to `begin` without them).
        """
        running = self.store.unfinished_sessions(Mode.INTERVIEW)
        if running:
            raise LoopAlreadyRunning(running[0])
        planned = assemble(self.bank, loop, rng, avoid)
        return self._create(Mode.INTERVIEW, loop, planned, pair=pair)

    def running_loop(self) -> str | None:
        """Return the id of the interview loop still running, if any."""
        running = self.store.unfinished_sessions(Mode.INTERVIEW)
        return running[0] if running else None

    def abandon(self, session_id: str, actor: Actor | None = None) -> None:
        """End a loop without scoring it: its running round is closed, nothing is graded."""
        view = self.view(session_id)
        self._require(view.session, actor, Role.CANDIDATE)
        if view.phase == Phase.FINISHED:
            return
        now = self.clock.now()
        if view.phase == Phase.ANSWERING:
            self.store.end_round(session_id, view.current.idx, now, EndReason.ABANDONED)
        self._finish(session_id, at=now, outcome=Outcome.ABANDONED)

    def start_practice(self, item_id: str, code: str | None = None) -> str:
        """Open one problem or question untimed (a coding one on `code` if given); return its id."""
        if item_id in self.bank.problems:
            manifest = self.bank.problems[item_id].manifest
            kind, minutes, title = manifest.kind, manifest.minutes, manifest.title
        elif item_id in self.bank.questions:
            question = self.bank.questions[item_id]
            kind, minutes, title = question.kind, question.minutes, question.prompt.strip().splitlines()[0]
        else:
            raise SessionError(f"'{item_id}' is not in the bank")
        minutes = min(minutes, 120)
        loop = LoopSpec(id="practice", title=f"Practice: {short_title(title, 80)}", minutes=minutes,
                        rounds=[RoundSpec(kind=kind, minutes=minutes, ids=[item_id])])
        sid = self._create(Mode.PRACTICE, loop, [PlannedRound(kind=kind, minutes=minutes, item_id=item_id)])
        if code is not None and item_id in self.bank.problems:
            self.store.save_draft(sid, 0, "code", code, self.clock.now())
        return sid

    def _create(self, mode: str, loop: LoopSpec, planned: list[PlannedRound], pair: bool = False) -> str:
        now = self.clock.now()
        session = SessionRecord(
            id=new_id(), mode=mode, loop_id=loop.id, title=loop.title, spec_json=loop.model_dump_json(),
            started_at=now, budget_s=None if mode == Mode.PRACTICE else loop.minutes * 60.0,
            current_round=0, finished_at=None, paused_at=None, paused_total_s=0.0, pair=int(pair),
            join_code=new_join_code() if pair else None)
        rounds = [RoundRecord(
            session_id=session.id, idx=i, kind=p.kind, item_id=p.item_id, budget_s=p.minutes * 60.0,
            started_at=now if i == 0 and not pair else None, ended_at=None, end_reason=None,
            code=self._starter(p.item_id), code_saved_at=None, answer=None) for i, p in enumerate(planned)]
        self.store.create_session(session, rounds)
        if pair:
            self.store.add_participant(session.id, Role.CANDIDATE, new_token(), now)
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
        face = clockface(session, rounds[session.current_round], self.clock.now(), rounds)
        return SessionView(session, loop, rounds, face)

    def problem(self, rnd: RoundRecord) -> Problem:
        """Return the problem a coding round asks."""
        return self.bank.problems[rnd.item_id]

    def question(self, rnd: RoundRecord) -> Question:
        """Return the question a concept or design round asks."""
        return self.bank.questions[rnd.item_id]

    # the clock ----------------------------------------------------------------------------------
    def tick(self, session_id: str) -> SessionView:
        """Hand in the running round once its deadline has passed (graded later, by the queue)."""
        view = self.view(session_id)
        if view.phase == Phase.FINISHED or view.practice:
            return view
        rnd = view.current
        deadline = round_deadline(view.session, rnd)
        if rnd.active and deadline is not None and self.clock.now() >= deadline:
            self._hand_in(rnd, at=deadline, reason=EndReason.TIMEOUT, automatic=True)
            if view.is_last_round:
                self._finish(session_id, at=deadline)
            return self.view(session_id)
        return view

    # coding rounds ------------------------------------------------------------------------------
    def save_code(self, session_id: str, idx: int, source: str, base_version: int | None = None,
                  actor: Actor | None = None) -> DraftSave:
        """Store the editor's code while the round runs.

        With `base_version` (the version this tab last saw) a save over newer code from another
        tab is refused as a conflict instead of overwriting it.
        """
        session, rnd = self._open_round(session_id, idx, need=("coding", "ml_coding"), strict=False)
        self._require(self.store.session(session_id), actor, Role.CANDIDATE)
        if session is None:
            return DraftSave(False, rnd.code_version, closed=True)
        if rnd.code == source and (base_version is None or base_version == rnd.code_version):
            return DraftSave(True, rnd.code_version)
        now = self.clock.now()
        deadline = round_deadline(session, rnd)
        if deadline is not None and now >= deadline:
            return DraftSave(False, rnd.code_version, closed=True)  # keystrokes after time is up
        saved = self.store.save_draft(session_id, idx, "code", source, now, base_version)
        if saved.saved:
            last = self.store.last_snapshot_at(session_id, idx)
            if last is None or now - last >= self.snapshot_every_s:
                self.store.add_snapshot(session_id, idx, now, "autosave", source)
        return saved

    def reveal_hint(self, session_id: str, idx: int, actor: Actor | None = None) -> int:
        """Reveal the next hint of a running coding round; return how many are now shown.

        In a pair interview the interviewer gives hints, as in a real one; the candidate asks.
        """
        view = self.view(session_id)
        self._require(view.session, actor, *((Role.INTERVIEWER,) if view.session.pair
                                             else (Role.CANDIDATE, Role.INTERVIEWER)))
        if view.loop.realism.exam and not view.practice:
            raise SessionError("exam mode: no hints")
        _, rnd = self._open_round(session_id, idx, need=("coding", "ml_coding"))
        shown = len(self.store.hints(session_id).get(idx, []))
        if shown >= len(self.problem(rnd).manifest.hints):
            raise SessionError("every hint is already shown")
        self.store.add_hint(session_id, idx, shown, self.clock.now(),
                            given_by=actor.role if actor is not None else Role.CANDIDATE)
        return shown + 1

    def run(self, session_id: str, idx: int, source: str, base_version: int | None = None,
            actor: Actor | None = None) -> str:
        """Queue `source` to be graded against the visible tests; return the attempt's id."""
        view = self.view(session_id)
        self._require(view.session, actor, Role.CANDIDATE)
        if view.loop.realism.whiteboard and not view.practice:
            raise SessionError("whiteboard mode: there is no Run, only Submit at the end")
        self._open_round(session_id, idx, need=("coding", "ml_coding"))
        if any(a.pending and a.kind == AttemptKind.RUN for a in self.store.attempts(session_id, idx)):
            raise SessionError("a Run of this round is still being graded")
        self._save_or_refuse(session_id, idx, source, base_version, actor)
        now = self.clock.now()
        self.store.add_snapshot(session_id, idx, now, "run", source)
        attempt_id = self.store.add_attempt(session_id, idx, AttemptKind.RUN, now, source)
        self.queue.put(attempt_id)
        return attempt_id

    def submit(self, session_id: str, idx: int, source: str, base_version: int | None = None,
               actor: Actor | None = None) -> str | None:
        """Hand in `source`: end the round and queue its grade against every test.

        Return the attempt's id, or None when the deadline's automatic hand-in got there first.
        """
        session, rnd = self._open_round(session_id, idx, need=("coding", "ml_coding"))
        self._require(session, actor, Role.CANDIDATE)
        deadline = round_deadline(session, rnd)
        now = self.clock.now()
        if deadline is not None and now >= deadline:
            return self._hand_in(rnd, at=deadline, reason=EndReason.TIMEOUT, automatic=True)
        self._save_or_refuse(session_id, idx, source, base_version, actor)
        return self._hand_in(self.store.rounds(session_id)[idx], at=now, reason=EndReason.SUBMITTED)

    def attempt(self, attempt_id: str) -> AttemptRecord | None:
        """Return an attempt as stored now (pages poll this)."""
        return self.store.attempt(attempt_id)

    def queue_position(self, attempt_id: str) -> int:
        """Return how many grades are queued ahead of this attempt."""
        return self.store.queue_position(attempt_id)

    def cancel(self, attempt_id: str, actor: Actor | None = None) -> bool:
        """Stop a pending Run now and record it as cancelled; return whether it was pending."""
        attempt = self.store.attempt(attempt_id)
        if attempt is not None:
            self._require(self.store.session(attempt.session_id), actor, Role.CANDIDATE)
        if attempt is None or attempt.kind != AttemptKind.RUN:
            raise SessionError("only a Run can be cancelled; a Submit is always graded")
        stopped = self.store.stop_attempt(attempt_id, AttemptStatus.CANCELLED, "Cancelled.", self.clock.now())
        self.queue.cancel(attempt_id)
        return stopped

    def wait(self, attempt_id: str, timeout: float = 300.0, poll_s: float = 0.05) -> AttemptRecord:
        """Block until the attempt is no longer pending or `timeout` passes; return it as stored.

        For the CLI and tests; a page waits only a moment after a click, then polls.
        """
        end = time.monotonic() + timeout
        while True:
            attempt = self.store.attempt(attempt_id)
            if attempt is None:
                raise SessionError(f"no attempt '{attempt_id}'")
            if not attempt.pending or time.monotonic() >= end:
                return attempt
            time.sleep(poll_s)

    # moving on ----------------------------------------------------------------------------------
    def next_round(self, session_id: str, actor: Actor | None = None) -> SessionView:
        """Start the next round after the current one has ended (or finish after the last)."""
        view = self.tick(session_id)
        self._require(view.session, actor, Role.CANDIDATE)
        if view.phase != Phase.BETWEEN:
            raise SessionError({Phase.ANSWERING: "finish the current round first",
                                Phase.WAITING: "the loop has not started yet"}.get(
                                    view.phase, "this session is over"))
        if view.is_last_round:
            return self.finish(session_id, actor=actor)
        nxt = view.session.current_round + 1
        self.store.update_round(session_id, nxt, started_at=self.clock.now())
        self.store.update_session(session_id, current_round=nxt)
        return self.view(session_id)

    def finish(self, session_id: str, actor: Actor | None = None) -> SessionView:
        """End the session now, handing in the running round as it stands."""
        view = self.tick(session_id)
        self._require(view.session, actor, Role.CANDIDATE)
        if view.phase == Phase.ANSWERING:
            self._hand_in(view.current, at=self.clock.now(), reason=EndReason.FINISHED)
        if view.phase != Phase.FINISHED:
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
        elif view.phase == Phase.WAITING:
            problem = "the loop starts when your interviewer joins"
        elif view.phase == Phase.FINISHED or not rnd.active:
            problem = "this round is over"
        elif view.session.paused_at is not None:
            problem = "resume the session first"
        if problem and strict:
            raise SessionError(problem)
        return (None if problem else view.session), rnd

    def _require(self, session: SessionRecord | None, actor: Actor | None, *roles: Role) -> None:
        """Refuse unless the actor may do this: solo sessions act as their candidate."""
        if session is None:
            raise SessionError("no such session")
        if not session.pair:
            if actor is not None and actor.role != Role.CANDIDATE:
                raise AccessDenied("this session has no interviewer")
            return
        if actor is None or actor.session_id != session.id:
            raise AccessDenied("This is a pair interview: open it from your own link.")
        if actor.role not in roles:
            raise AccessDenied(f"the {actor.role} cannot do that")

    def rubric_for(self, rnd: RoundRecord) -> list[Criterion]:
        """Return the criteria a round is scored on: its question's, or the interviewer rubric."""
        if rnd.is_coding:
            return list(self.bank.interviewer_rubric)
        return list(self.question(rnd).criteria)

    def _save_or_refuse(self, session_id: str, idx: int, source: str, base_version: int | None,
                        actor: Actor | None = None) -> None:
        saved = self.save_code(session_id, idx, source, base_version, actor)
        if saved.conflict:
            raise StaleEdit(saved.version)
        if not saved.saved:
            raise SessionError("this round is over")

    def _hand_in(self, rnd: RoundRecord, at: float, reason: EndReason, automatic: bool = False) -> str | None:
        """End a running round at `at`; a coding round's stored code is queued against every test.

        Ending the round and writing its Submit happen in one transaction, so a crash can never
        leave a round handed in without the attempt that grades it. Return that attempt's id.
        """
        source = None
        if rnd.is_coding:
            fresh = self.store.rounds(rnd.session_id)[rnd.idx]
            source = fresh.code if fresh.code is not None else self.problem(rnd).starter
        claimed, attempt_id = self.store.end_round(rnd.session_id, rnd.idx, at, reason, source, automatic)
        if claimed:
            self._round_changed(rnd.session_id, rnd.idx)
        if attempt_id is not None:
            self.store.add_snapshot(rnd.session_id, rnd.idx, self.clock.now(), "submit", source or "")
            self.queue.put(attempt_id)
        return attempt_id

    def _round_changed(self, session_id: str, idx: int) -> None:
        for listener in self.round_listeners:
            try:
                listener(session_id, idx)
            except Exception:  # a listener's bug must never undo or block the candidate's move
                traceback.print_exc()

    def _finish(self, session_id: str, at: float, outcome: Outcome = Outcome.COMPLETED) -> None:
        for rnd in self.store.rounds(session_id):
            if rnd.started_at is None:
                self.store.update_round(session_id, rnd.idx, end_reason=EndReason.NOT_REACHED)
        self.store.update_session(session_id, finished_at=at, outcome=outcome, join_code=None)
