"""Pair mode: a partner joins as interviewer, the server checks every role, scoring is blind."""

from __future__ import annotations

import pytest

from app.sessions.service import AccessDenied, LoopAlreadyRunning, SessionError

LOOP = "fixture-loop"


@pytest.fixture
def pair(service, bank):
    """A running pair loop with its candidate and an interviewer who joined by code."""
    sid = service.start_loop(bank.loops[LOOP], pair=True)
    token, code = service.pair_access(sid)
    joined_sid, interviewer_token = service.join(code.lower())
    assert joined_sid == sid, "the join code is not case sensitive"
    return sid, service.actor(sid, token), service.actor(sid, interviewer_token)


def test_a_partner_joins_with_the_code_and_each_side_gets_its_role(pair):
    sid, candidate, interviewer = pair
    assert (candidate.role, interviewer.role) == ("candidate", "interviewer")
    assert candidate.participant_id != interviewer.participant_id


def test_a_pair_loop_clock_waits_until_the_interviewer_joins(service, bank, clock):
    sid = service.start_loop(bank.loops[LOOP], pair=True)
    token, code = service.pair_access(sid)
    candidate = service.actor(sid, token)
    view = service.view(sid)
    assert view.phase == "waiting" and view.clock.round_remaining_s is None
    assert not service.save_code(sid, 0, "x = 1\n", actor=candidate).saved, "nothing to type into yet"
    clock.advance(bank.loops[LOOP].minutes * 60 + 5)  # longer than the whole loop
    assert service.tick(sid).phase == "waiting", "no deadline passes while nobody has started"
    with pytest.raises(SessionError, match="not started"):
        service.next_round(sid, actor=candidate)
    service.join(code)
    view = service.view(sid)
    assert view.phase == "answering"
    assert view.clock.round_remaining_s == view.current.budget_s, "the first round gets its whole budget"
    assert view.clock.loop_remaining_s == bank.loops[LOOP].minutes * 60


def test_the_candidate_may_start_a_pair_loop_alone_and_a_partner_joins_later(service, bank, clock):
    sid = service.start_loop(bank.loops[LOOP], pair=True)
    token, code = service.pair_access(sid)
    candidate = service.actor(sid, token)
    service.begin(sid, actor=candidate)
    started = service.view(sid).current.started_at
    clock.advance(60)
    _, interviewer_token = service.join(code)
    assert service.view(sid).current.started_at == started, "a late join does not restart the clock"
    with pytest.raises(AccessDenied):
        service.begin(sid, actor=service.actor(sid, interviewer_token))


def test_a_pair_loop_ended_before_anyone_joined_has_nothing_to_score(service, bank):
    sid = service.start_loop(bank.loops[LOOP], pair=True)
    candidate = service.actor(sid, service.pair_access(sid)[0])
    service.finish(sid, actor=candidate)
    assert {r.end_reason for r in service.store.rounds(sid)} == {"not reached"}
    assert service.debrief_open(sid), "no round ran, so no blind scores hold the review back"


def test_a_wrong_or_expired_token_or_code_is_refused_clearly(service, bank, pair, reference):
    sid, candidate, _ = pair
    _, code = service.pair_access(sid)
    with pytest.raises(AccessDenied, match="not valid"):
        service.actor(sid, "guessed-token")
    with pytest.raises(AccessDenied, match="not valid"):
        service.actor(sid, None)
    with pytest.raises(AccessDenied, match="No running pair interview"):
        service.join("ZZZZZZ")
    service.finish(sid, actor=candidate)
    with pytest.raises(AccessDenied, match="expire"):
        service.join(code)


def test_the_server_checks_the_role_of_every_call(service, pair, reference):
    sid, candidate, interviewer = pair
    with pytest.raises(AccessDenied):
        service.save_code(sid, 0, "x = 1")  # a pair session needs its actor named
    with pytest.raises(AccessDenied):
        service.run(sid, 0, reference, actor=interviewer)
    with pytest.raises(AccessDenied):
        service.add_note(sid, 0, "a note", actor=candidate)
    with pytest.raises(AccessDenied):
        service.end_round_early(sid, actor=candidate)
    with pytest.raises(AccessDenied, match="debrief"):
        service.notes(sid, actor=candidate)
    assert service.save_code(sid, 0, reference, actor=candidate).saved


def test_the_interviewer_gives_a_hint_that_the_candidate_sees_recorded_as_given(service, pair):
    sid, candidate, interviewer = pair
    assert service.reveal_hint(sid, 0, actor=interviewer) == 1
    assert len(service.store.hints(sid)[0]) == 1, "the candidate's page reads the same hint list"
    assert service.store.hint_givers(sid)[0] == ["interviewer"]


def test_in_a_pair_interview_the_candidate_asks_for_hints_and_the_interviewer_gives_them(service, pair):
    sid, candidate, _ = pair
    with pytest.raises(AccessDenied):
        service.reveal_hint(sid, 0, actor=candidate)
    assert service.store.hints(sid) == {}


def test_the_candidate_finishes_a_pair_loop_by_moving_on_from_its_last_round(service, pair, reference):
    sid, candidate, interviewer = pair
    service.wait(service.submit(sid, 0, reference, actor=candidate))
    service.next_round(sid, actor=candidate)
    service.lock_answer(sid, 1, "bias is error from wrong assumptions", actor=candidate)
    assert service.next_round(sid, actor=candidate).phase == "finished"


def test_the_interviewer_can_end_a_round_early_and_take_timestamped_notes(service, pair, clock, reference):
    sid, candidate, interviewer = pair
    service.save_code(sid, 0, reference, actor=candidate)
    clock.advance(30)
    service.add_note(sid, 0, "clear plan, missed the empty input", actor=interviewer)
    service.end_round_early(sid, actor=interviewer)
    rnd = service.view(sid).rounds[0]
    assert rnd.end_reason == "ended by interviewer"
    [note] = service.notes(sid, actor=interviewer)
    assert note.body.startswith("clear plan") and note.at == clock.now()
    assert service.wait(service.store.attempts(sid, 0)[-1].id).report.status == "pass"


def test_scoring_is_blind_until_both_hand_in_and_the_gap_is_stored(service, pair, reference):
    sid, candidate, interviewer = pair
    service.wait(service.submit(sid, 0, reference, actor=candidate))
    service.score_criterion(sid, 0, 0, "strong", actor=candidate)
    service.score_criterion(sid, 0, 0, "good", actor=interviewer)
    service.hand_in_scores(sid, 0, actor=candidate)
    sheet = service.score_sheet(sid, 0, actor=candidate)
    assert sheet.mine == {0: "strong"} and sheet.partner is None, "the partner's scores stay hidden"
    with pytest.raises(SessionError, match="handed in"):
        service.score_criterion(sid, 0, 0, "weak", actor=candidate)
    service.hand_in_scores(sid, 0, actor=interviewer)
    assert service.score_sheet(sid, 0, actor=candidate).partner == {0: "good"}
    assert service.store.calibration(sid)[0][0] == pytest.approx(2 / 3 - 1.0), "partner minus self"
    assert service.store.rubric_scores(sid) == {0: {0: "strong"}}, "the self-score is kept apart"


def test_solo_loops_work_as_before_without_any_token(service, bank, reference):
    sid = service.start_loop(bank.loops[LOOP])
    assert service.save_code(sid, 0, reference).saved
    with pytest.raises(SessionError, match="not a pair session"):
        service.pair_access(sid)


def test_one_loop_runs_at_a_time_until_it_is_abandoned(service, bank):
    first = service.start_loop(bank.loops[LOOP])
    with pytest.raises(LoopAlreadyRunning) as refused:
        service.start_loop(bank.loops[LOOP])
    assert refused.value.session_id == first
    service.abandon(first)
    view = service.view(first)
    assert view.phase == "finished" and view.session.outcome == "abandoned"
    assert view.rounds[0].end_reason == "abandoned" and not service.store.attempts(first)
    assert service.start_loop(bank.loops[LOOP]) != first
