"""The loop session keeps time on the server and moves through its rounds as promised.

Grades go through the real sandboxed grader and everything is stored in a real SQLite file.
"""

from __future__ import annotations

import pytest

from app.sessions.clock import ManualClock
from app.sessions.service import SessionError, SessionService
from app.store import open_store

LOOP = "fixture-loop"


def test_starting_a_loop_starts_its_clock_and_first_round(service, bank):
    sid = service.start_loop(bank.loops[LOOP])
    view = service.view(sid)
    assert view.phase == "answering"
    assert [r.kind for r in view.rounds] == ["coding", "concept"]
    assert view.clock.round_remaining_s == 15 * 60
    assert view.clock.loop_remaining_s == 20 * 60
    assert view.current.code == bank.problems["prefix-sum-inplace"].starter


def test_the_clock_counts_down_and_warns_at_five_and_one_minutes(service, bank, clock):
    sid = service.start_loop(bank.loops[LOOP])
    clock.advance(9 * 60)
    assert service.tick(sid).clock.warning is None
    clock.advance(60 + 1)
    view = service.tick(sid)
    assert view.clock.round_remaining_s == pytest.approx(5 * 60 - 1)
    assert view.clock.warning == "5 minutes left"
    clock.advance(4 * 60)
    assert service.tick(sid).clock.warning == "1 minute left"


def test_hints_are_revealed_one_step_at_a_time_and_recorded(service, bank):
    sid = service.start_loop(bank.loops[LOOP])
    ladder = len(bank.problems["prefix-sum-inplace"].manifest.hints)
    assert [service.reveal_hint(sid, 0) for _ in range(ladder)] == list(range(1, ladder + 1))
    with pytest.raises(SessionError, match="every hint"):
        service.reveal_hint(sid, 0)
    assert len(service.store.hints(sid)[0]) == ladder


def test_code_is_autosaved_and_snapshotted_at_most_every_interval(service, bank, clock):
    sid = service.start_loop(bank.loops[LOOP])
    for n in range(5):
        clock.advance(2)
        assert service.save_code(sid, 0, f"x = {n}").saved
    assert service.view(sid).current.code == "x = 4", "the latest keystrokes are always stored"
    assert len(service.store.snapshots(sid, 0)) == 1, "snapshots are throttled to one per 30 s"
    clock.advance(31)
    service.save_code(sid, 0, "x = 5")
    assert [s.source for s in service.store.snapshots(sid, 0)] == ["x = 0", "x = 5"]


def test_run_grades_visible_tests_and_submit_grades_all_and_ends_the_round(service, bank, clock, reference):
    sid = service.start_loop(bank.loops[LOOP])
    run = service.wait(service.run(sid, 0, reference)).report
    assert run.status == "pass" and not any(t.hidden for t in run.tests)
    clock.advance(60)
    submitted = service.wait(service.submit(sid, 0, reference)).report
    assert submitted.status == "pass" and any(t.hidden for t in submitted.tests)
    view = service.view(sid)
    assert view.phase == "between" and view.current.end_reason == "submitted"
    assert view.current.code == reference
    assert [a.kind for a in service.store.attempts(sid, 0)] == ["run", "submit"]
    with pytest.raises(SessionError, match="over"):
        service.run(sid, 0, reference)


def test_the_deadline_hands_in_the_code_as_it_stands(service, bank, clock, starter):
    sid = service.start_loop(bank.loops[LOOP])
    service.save_code(sid, 0, starter + "\n# still thinking\n")
    clock.advance(15 * 60 + 5)
    assert not service.save_code(sid, 0, "late code").saved, "code typed after the deadline does not count"
    view = service.tick(sid)
    rnd = view.rounds[0]
    assert rnd.end_reason == "timeout"
    assert rnd.ended_at - rnd.started_at == 15 * 60, "the round ends at its deadline, not at the tick"
    [attempt] = service.store.attempts(sid, 0)
    assert attempt.automatic and attempt.kind == "submit"
    assert attempt.source.endswith("# still thinking\n")
    attempt = service.wait(attempt.id)
    assert attempt.status == "done" and attempt.passed < attempt.total


def test_a_concept_answer_is_locked_then_scored_per_criterion(service, bank, clock, reference):
    sid = service.start_loop(bank.loops[LOOP])
    service.submit(sid, 0, reference)
    view = service.next_round(sid)
    assert view.current.kind == "concept" and view.clock.round_remaining_s == 5 * 60
    with pytest.raises(SessionError, match="lock the answer"):
        service.score_criterion(sid, 1, 0, "strong")
    service.lock_answer(sid, 1, "bias, variance and noise")
    service.score_criterion(sid, 1, 0, "strong")
    service.score_criterion(sid, 1, 1, "good")
    assert service.store.rubric_scores(sid) == {1: {0: "strong", 1: "good"}}
    with pytest.raises(SessionError, match="level"):
        service.score_criterion(sid, 1, 1, "perfect")


def test_a_concept_round_at_its_deadline_locks_the_draft(service, bank, clock, reference):
    sid = service.start_loop(bank.loops[LOOP])
    service.submit(sid, 0, reference)
    service.next_round(sid)
    service.save_answer(sid, 1, "a half-written draft")
    clock.advance(5 * 60)
    rnd = service.tick(sid).rounds[1]
    assert (rnd.end_reason, rnd.answer) == ("timeout", "a half-written draft")


def test_time_between_rounds_never_comes_out_of_the_next_round(service, bank, clock, reference):
    sid = service.start_loop(bank.loops[LOOP])
    clock.advance(14 * 60)
    service.submit(sid, 0, reference)
    clock.advance(10 * 60)  # reading the results for a long time
    view = service.tick(sid)
    assert view.phase == "between"
    assert view.clock.loop_remaining_s == 5 * 60, "the loop's clock runs only inside rounds"
    view = service.next_round(sid)
    assert view.clock.round_remaining_s == 5 * 60, "each round gets its full budget"


def test_the_last_round_at_its_deadline_finishes_the_loop(service, bank, clock, reference):
    sid = service.start_loop(bank.loops[LOOP])
    service.submit(sid, 0, reference)
    service.next_round(sid)
    clock.advance(5 * 60 + 1)
    view = service.tick(sid)
    assert view.phase == "finished"
    assert view.rounds[1].end_reason == "timeout"


def test_ending_early_marks_unreached_rounds(service, bank, clock):
    sid = service.start_loop(bank.loops[LOOP])
    clock.advance(60)
    view = service.finish(sid)
    assert view.phase == "finished"
    assert view.rounds[1].end_reason == "not reached"


def test_a_restarted_server_resumes_the_session_with_the_same_clock(bank, db_url, clock):
    first = SessionService(open_store(db_url), bank, clock)
    sid = first.start_loop(bank.loops[LOOP])
    first.save_code(sid, 0, "def prefix_sum_inplace(arr):\n    return arr\n")
    clock.advance(125)
    second = SessionService(open_store(db_url), bank, ManualClock(clock.now()))
    view = second.view(sid)
    assert view.clock.round_remaining_s == 15 * 60 - 125
    assert view.current.code.startswith("def prefix_sum_inplace")


def test_a_server_down_past_the_deadline_hands_in_at_the_deadline(bank, db_url, clock, starter):
    first = SessionService(open_store(db_url), bank, clock)
    sid = first.start_loop(bank.loops[LOOP])
    later = ManualClock(clock.now() + 16 * 60)
    rnd = SessionService(open_store(db_url), bank, later).tick(sid).rounds[0]
    assert rnd.end_reason == "timeout" and rnd.ended_at == rnd.started_at + 15 * 60


def test_finishing_early_hands_in_the_running_round(service, bank, clock, reference):
    sid = service.start_loop(bank.loops[LOOP])
    service.save_code(sid, 0, reference)
    clock.advance(300)
    view = service.finish(sid)
    assert view.phase == "finished"
    assert view.rounds[0].end_reason == "finished"
    final = service.wait(service.store.attempts(sid, 0)[-1].id)
    assert final.passed == final.total
    assert view.clock.elapsed_s == 300


def test_whiteboard_loops_have_no_run(service, bank, reference):
    loop = bank.loops[LOOP].model_copy(update={"realism": bank.loops[LOOP].realism.model_copy(
        update={"whiteboard": True})})
    sid = service.start_loop(loop)
    with pytest.raises(SessionError, match="whiteboard"):
        service.run(sid, 0, reference)


def test_only_practice_sessions_pause_and_a_pause_stops_the_clock(service, bank, clock):
    loop_sid = service.start_loop(bank.loops[LOOP])
    with pytest.raises(SessionError, match="practice"):
        service.pause(loop_sid)
    sid = service.start_practice("prefix-sum-inplace")
    clock.advance(60)
    service.pause(sid)
    clock.advance(600)
    assert service.view(sid).clock.paused
    service.resume(sid)
    clock.advance(30)
    view = service.tick(sid)
    assert view.clock.elapsed_s == 90 and view.clock.round_remaining_s is None
    assert view.phase == "answering", "practice is untimed: nothing is handed in automatically"


def test_a_practice_clock_stops_at_submit_and_a_retry_starts_on_the_last_code(service, bank, clock, starter):
    sid = service.start_practice("prefix-sum-inplace")
    clock.advance(60)
    service.submit(sid, 0, starter + "\n# attempt one\n")
    clock.advance(600)
    assert service.view(sid).clock.elapsed_s == 60, "the practice clock stops when it is handed in"
    again = service.start_practice("prefix-sum-inplace", code=service.view(sid).current.code)
    assert service.view(again).current.code.endswith("# attempt one\n")
    assert service.view(service.start_practice("prefix-sum-inplace")).current.code == starter


def test_follow_ups_are_answered_after_the_lock_under_the_same_clock(service, bank, clock):
    sid = service.start_practice("fixture-cache-design")
    service.lock_answer(sid, 0, "key by model version")
    rnd = service.view(sid).current
    assert rnd.ended_at is None and rnd.follow_ups_shown == 1, "the lock shows the first probe"
    assert service.next_follow_up(sid, 0) == 2
    with pytest.raises(SessionError, match="no further"):
        service.next_follow_up(sid, 0)
    service.save_answer(sid, 0, "key by model version\n\nshard the cache and cap entries")
    clock.advance(30)
    service.lock_answer(sid, 0, "key by model version\n\nshard the cache and cap entries")
    rnd = service.view(sid).current
    assert rnd.end_reason == "locked" and rnd.answer.endswith("cap entries")


def test_a_question_without_probes_ends_at_the_lock(service, bank, clock, reference):
    sid = service.start_loop(bank.loops[LOOP])
    service.submit(sid, 0, reference)
    service.next_round(sid)
    service.lock_answer(sid, 1, "bias and variance")
    assert service.view(sid).rounds[1].ended_at is not None, "a question without probes ends at the lock"
