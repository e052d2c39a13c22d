"""A round is never graded twice at once: a second click while grading is refused."""

from __future__ import annotations

import threading

import pytest

from app.sessions.locks import GradingBusy, GradingJobs

LOOP = "fixture-loop"


def test_a_second_run_while_one_is_grading_is_refused(service, bank, reference):
    sid = service.start_loop(bank.loops[LOOP])
    started, release = threading.Event(), threading.Event()
    real = service.grade_fn

    def slow_grade(problem, source, include_hidden):
        started.set()
        release.wait(10)
        return real(problem, source, include_hidden)

    service.grade_fn = slow_grade
    worker = threading.Thread(target=service.run, args=(sid, 0, reference))
    worker.start()
    assert started.wait(10)
    with pytest.raises(GradingBusy):
        service.submit(sid, 0, reference)
    release.set()
    worker.join(30)
    assert [a.kind for a in service.store.attempts(sid, 0)] == ["run"]


def test_jobs_start_once_per_key_until_done():
    jobs = GradingJobs(workers=2)
    gate = threading.Event()
    assert jobs.start("k", lambda: gate.wait(5))
    assert not jobs.start("k", lambda: None), "a second job for the same key must not start"
    assert jobs.running("k")
    gate.set()
    jobs.wait("k", 5)
    assert jobs.take_error("k") is None
    assert jobs.start("k", lambda: 1 / 0)
    jobs.wait("k", 5)
    assert "division" in jobs.take_error("k")
