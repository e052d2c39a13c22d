"""Grades are durable jobs: written before any work, graded once, in order, and never lost.

These use the real store and, where a grade's outcome matters, the real sandboxed grader; a
grade function that waits on an event stands in only for "the grader is busy right now".
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from app.queue.embedded import EmbeddedQueue
from app.sessions.clock import ManualClock
from app.sessions.service import SessionError, SessionService, StaleEdit, cold_grade
from app.store import open_store

LOOP = "fixture-loop"
ROOT = Path(__file__).resolve().parents[2]


class GateGrader:
    """A real grader that holds every grade until the test opens the gate."""

    def __init__(self) -> None:
        self.gate = threading.Event()
        self.started = threading.Event()
        self.calls: list[str] = []

    def __call__(self, problem, source, include_hidden, cancel=None):
        self.calls.append(source)
        self.started.set()
        while not self.gate.wait(0.02):
            if cancel is not None and cancel.is_set():
                break
        return cold_grade(problem, source, include_hidden, cancel)


@pytest.fixture
def gated(bank, clock, db_url):
    grader = GateGrader()
    service = SessionService(open_store(db_url), bank, clock, grade_fn=grader)
    yield service, grader
    grader.gate.set()


def test_a_run_is_stored_queued_before_any_grading_and_read_back_when_done(gated, bank, reference):
    service, grader = gated
    sid = service.start_loop(bank.loops[LOOP])
    attempt_id = service.run(sid, 0, reference)
    assert service.attempt(attempt_id).status in ("queued", "running")
    assert service.attempt(attempt_id).report is None
    grader.gate.set()
    done = service.wait(attempt_id, timeout=120)
    assert done.status == "done" and done.report.status == "pass"


def test_a_second_run_while_one_is_grading_is_refused_but_submit_is_not(gated, bank, clock, reference):
    service, grader = gated
    sid = service.start_loop(bank.loops[LOOP])
    service.run(sid, 0, reference)
    assert grader.started.wait(10)
    clock.advance(1)
    with pytest.raises(SessionError, match="still being graded"):
        service.run(sid, 0, reference)
    submit_id = service.submit(sid, 0, reference)
    assert service.view(sid).current.end_reason == "submitted"
    grader.gate.set()
    assert service.wait(submit_id, timeout=120).report.status == "pass"
    assert [a.kind for a in service.store.attempts(sid, 0)] == ["run", "submit"]


def test_the_deadline_hands_in_without_grading_inside_the_tick(gated, bank, clock, starter):
    service, grader = gated
    sid = service.start_loop(bank.loops[LOOP])
    clock.advance(15 * 60 + 1)
    began = time.monotonic()
    view = service.tick(sid)
    assert time.monotonic() - began < 5, "the countdown's tick never waits for a grade"
    assert view.rounds[0].end_reason == "timeout"
    [attempt] = service.store.attempts(sid, 0)
    assert attempt.pending and attempt.automatic
    grader.gate.set()
    assert service.wait(attempt.id, timeout=120).status == "done"


def test_a_cancelled_run_is_recorded_at_once_and_its_late_report_is_dropped(gated, bank, reference):
    service, grader = gated
    sid = service.start_loop(bank.loops[LOOP])
    attempt_id = service.run(sid, 0, reference)
    assert grader.started.wait(10)
    assert service.cancel(attempt_id)
    assert service.attempt(attempt_id).status == "cancelled"
    grader.gate.set()
    time.sleep(0.5)
    assert service.attempt(attempt_id).status == "cancelled"
    assert service.attempt(attempt_id).report is None
    again = service.run(sid, 0, reference)
    assert service.wait(again, timeout=120).status == "done", "after a cancel the candidate can run again"


def test_twenty_submissions_at_once_are_all_graded_once_and_in_order(bank, clock, db_url, reference):
    order: list[str] = []
    lock = threading.Lock()

    def record(attempt_id, cancel):
        with lock:
            order.append(attempt_id)
        service.worker.process(attempt_id, cancel)

    service = SessionService(open_store(db_url), bank, clock,
                             queue=EmbeddedQueue(lambda a, c: record(a, c), workers=1))
    sessions = [service.start_practice("prefix-sum-inplace") for _ in range(20)]
    ids: list[str] = []
    threads = [threading.Thread(target=lambda s=s: ids.append(service.submit(s, 0, reference)))
               for s in sessions]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    finished = [service.wait(a, timeout=60) for a in ids]
    assert all(a.status == "done" and a.report.status == "pass" for a in finished), "none is dropped"
    assert sorted(order) == sorted(ids) and len(order) == len(set(order)), "each is graded exactly once"
    queued_order = [a.id for a in sorted(finished, key=lambda a: (a.at, a.id))]
    assert order == queued_order or len(set(a.at for a in finished)) == 1, "first in, first out"


def test_a_job_delivered_twice_is_graded_once(bank, clock, db_url, reference):
    calls = []

    def counting(problem, source, include_hidden, cancel=None):
        calls.append(source)
        return cold_grade(problem, source, include_hidden, cancel)

    service = SessionService(open_store(db_url), bank, clock, grade_fn=counting)
    sid = service.start_practice("prefix-sum-inplace")
    attempt_id = service.submit(sid, 0, reference)
    service.queue.put(attempt_id)
    service.queue.put(attempt_id)
    service.wait(attempt_id, timeout=60)
    time.sleep(0.3)
    assert len(calls) == 1


def test_a_restarted_server_grades_what_the_dead_one_left_running(bank, db_url, clock, reference):
    first = SessionService(open_store(db_url), bank, clock, grade_fn=_never_finishes)
    sid = first.start_loop(bank.loops[LOOP])
    attempt_id = first.submit(sid, 0, reference)
    _wait_for(lambda: first.attempt(attempt_id).status == "running")
    second = SessionService(open_store(db_url), bank, ManualClock(clock.now()))
    assert second.recover() == 1
    done = second.wait(attempt_id, timeout=120)
    assert done.status == "done" and done.report.status == "pass"
    assert len(second.store.attempts(sid, 0)) == 1, "the grade is not duplicated"


def test_kill_9_of_the_server_mid_grade_loses_nothing(bank, db_url, tmp_path):
    """A real process is killed with SIGKILL while grading; the next one grades the Submit."""
    script = tmp_path / "server.py"
    script.write_text(textwrap.dedent(f"""
        import sys, time
        from pathlib import Path
        sys.path.insert(0, {str(ROOT)!r})
        from app.content.loader import load_bank
        from app.sessions.service import SessionService
        from app.store import open_store

        def slow(problem, source, include_hidden, cancel=None):
            time.sleep(600)

        bank = load_bank(Path({str(bank.root)!r}))
        service = SessionService(open_store({db_url!r}), bank, grade_fn=slow)
        sid = service.start_loop(bank.loops["fixture-loop"])
        reference = bank.problems["prefix-sum-inplace"].reference_path.read_text()
        attempt_id = service.submit(sid, 0, reference)
        while service.attempt(attempt_id).status != "running":
            time.sleep(0.05)
        print(sid, attempt_id, flush=True)
        time.sleep(600)
    """))
    proc = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        sid, attempt_id = proc.stdout.readline().split()
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
    restarted = SessionService(open_store(db_url), bank)
    assert restarted.attempt(attempt_id).status == "running", "the dead server left it mid-grade"
    restarted.recover()
    done = restarted.wait(attempt_id, timeout=120)
    assert done.status == "done" and done.report.status == "pass"
    assert restarted.view(sid).rounds[0].end_reason == "submitted"


def test_a_stale_tab_is_told_instead_of_overwriting_newer_code(service, bank):
    sid = service.start_loop(bank.loops[LOOP])
    base = service.view(sid).current.code_version
    first = service.save_code(sid, 0, "x = 'from tab one'", base_version=base)
    assert first.saved
    stale = service.save_code(sid, 0, "x = 'from tab two'", base_version=base)
    assert stale.conflict and not stale.saved
    assert service.view(sid).current.code == "x = 'from tab one'", "nothing is overwritten silently"
    with pytest.raises(StaleEdit):
        service.submit(sid, 0, "x = 'from tab two'", base_version=base)
    assert service.view(sid).current.active, "a stale Submit does not end the round"
    assert service.save_code(sid, 0, "x = 'tab two, reloaded'", base_version=first.version).saved


def test_a_concept_answer_is_saved_as_typed_and_a_stale_tab_is_refused(service, bank, reference):
    sid = service.start_loop(bank.loops[LOOP])
    service.submit(sid, 0, reference)
    service.next_round(sid)
    saved = service.save_answer(sid, 1, "bias", base_version=0)
    saved = service.save_answer(sid, 1, "bias and variance", base_version=saved.version)
    assert saved.saved and service.view(sid).rounds[1].answer == "bias and variance"
    assert service.save_answer(sid, 1, "an old copy", base_version=0).conflict


def _never_finishes(problem, source, include_hidden, cancel=None):
    while not (cancel is not None and cancel.wait(0.05)):
        pass
    raise RuntimeError("stopped")


def _wait_for(condition, timeout: float = 10.0) -> None:
    end = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < end, "timed out"
        time.sleep(0.02)
