"""The Store writes and reads back sessions, rounds, attempts, snapshots, hints and scores."""

from __future__ import annotations

from app.grading.report import GradeReport
from app.grading.report import TestResult as Result
from app.store import open_store
from app.store.records import RoundRecord, SessionRecord


def _session(sid: str = "s1") -> tuple[SessionRecord, list[RoundRecord]]:
    session = SessionRecord(id=sid, mode="interview", loop_id="l", title="Loop", spec_json="{}",
                            started_at=100.0, budget_s=600.0, current_round=0, finished_at=None,
                            paused_at=None, paused_total_s=0.0)
    rounds = [RoundRecord(sid, i, "coding", "p", 300.0, 100.0 if i == 0 else None, None, None,
                          "code", None, None) for i in range(2)]
    return session, rounds


def test_a_session_and_its_rounds_survive_reopening_the_file(db_url):
    store = open_store(db_url)
    session, rounds = _session()
    store.create_session(session, rounds)
    again = open_store(db_url)
    assert again.session("s1") == session
    assert again.rounds("s1") == rounds


def test_only_open_rounds_can_be_claimed(fresh_store):
    fresh_store.create_session(*_session())
    assert fresh_store.update_round("s1", 0, only_if_open=True, ended_at=150.0, end_reason="submitted")
    assert not fresh_store.update_round("s1", 0, only_if_open=True, ended_at=160.0, end_reason="timeout")
    assert fresh_store.rounds("s1")[0].end_reason == "submitted"


def test_attempts_round_trip_their_grade_report(fresh_store):
    fresh_store.create_session(*_session())
    report = GradeReport(status="fail", message="1 of 2", duration_s=1.0, tests=[
        Result("test_a", "pass"), Result("test_b", "fail", "wrong", hidden=True)])
    fresh_store.add_attempt("s1", 0, "submit", 120.0, "src", report, automatic=True)
    [attempt] = fresh_store.attempts("s1", 0)
    assert (attempt.passed, attempt.total, attempt.automatic) == (1, 2, True)
    assert attempt.report.tests[1] == Result("test_b", "fail", "wrong", hidden=True)


def test_hints_snapshots_and_rubric_scores_are_kept_per_round(fresh_store):
    fresh_store.create_session(*_session())
    fresh_store.add_hint("s1", 0, 0, 110.0)
    fresh_store.add_hint("s1", 0, 1, 115.0)
    fresh_store.add_snapshot("s1", 1, 130.0, "autosave", "x = 1")
    fresh_store.set_rubric_score("s1", 1, 0, "weak", 140.0)
    fresh_store.set_rubric_score("s1", 1, 0, "strong", 141.0)
    assert fresh_store.hints("s1") == {0: [110.0, 115.0]}
    assert fresh_store.last_snapshot_at("s1", 1) == 130.0
    assert fresh_store.rubric_scores("s1") == {1: {0: "strong"}}


def test_sessions_are_listed_newest_first(fresh_store):
    for sid, start in (("old", 1.0), ("new", 2.0)):
        session, rounds = _session(sid)
        fresh_store.create_session(session.__class__(**{**vars(session), "started_at": start}), rounds)
    assert [s.id for s in fresh_store.sessions()] == ["new", "old"]
