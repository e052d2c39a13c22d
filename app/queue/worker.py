"""Grade one attempt: claim it, grade its stored source, store the report (exactly once)."""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable

from app.content.loader import Bank, Problem
from app.grading.report import GradeReport
from app.sessions.clock import Clock, SystemClock
from app.states import AttemptKind, AttemptStatus
from app.store.repository import Store

GradeFn = Callable[[Problem, str, bool, "threading.Event | None"], GradeReport]


class GradingWorker:
    """Turns an attempt id into a stored report, whatever the grader does."""

    def __init__(self, store: Store, bank: Bank, grade_fn: GradeFn, clock: Clock | None = None,
                 on_graded: Callable[[str, int], None] | None = None) -> None:
        self.store = store
        self.bank = bank
        self.grade_fn = grade_fn
        self.clock = clock or SystemClock()
        self.on_graded = on_graded

    def process(self, attempt_id: str, cancel: threading.Event | None = None) -> None:
        """Grade the attempt if it is still queued; a cancelled or taken one is left alone."""
        attempt = self.store.claim_attempt(attempt_id, self.clock.now())
        if attempt is None:
            return
        rnd = self.store.rounds(attempt.session_id)[attempt.round_idx]
        problem = self.bank.problems.get(rnd.item_id)
        if problem is None:
            message = f"The problem '{rnd.item_id}' is no longer in the bank."
            self.store.stop_attempt(attempt_id, AttemptStatus.ERROR, message, self.clock.now())
            return
        try:
            report = self.grade_fn(problem, attempt.source, attempt.kind == AttemptKind.SUBMIT, cancel)
        except Exception as exc:  # a grader bug must end the attempt, not leave it running
            traceback.print_exc()
            self.store.stop_attempt(attempt_id, AttemptStatus.ERROR,
                                    f"The grader failed: {type(exc).__name__}: {exc}", self.clock.now())
            return
        if cancel is not None and cancel.is_set():
            return  # the Cancel button already recorded the attempt as cancelled
        if self.store.finish_attempt(attempt_id, report, self.clock.now()) and self.on_graded:
            self.on_graded(attempt.session_id, attempt.round_idx)
