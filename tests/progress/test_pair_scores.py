"""Pair mode: each scorer's points are stored per round, and the partner chart and FSRS use them."""

from __future__ import annotations

from app.progress import charts


def test_both_scorers_points_are_stored_and_drawn_against_each_other(service, bank, starter_code):
    sid = service.start_loop(bank.loops["fixture-loop"], pair=True)
    token, code = service.pair_access(sid)
    _, partner_token = service.join(code)
    candidate, interviewer = service.actor(sid, token), service.actor(sid, partner_token)
    service.wait(service.submit(sid, 0, starter_code, actor=candidate))
    service.score_criterion(sid, 0, 0, "strong", actor=candidate)
    service.score_criterion(sid, 0, 0, "weak", actor=interviewer)
    service.next_round(sid, actor=candidate)
    service.lock_answer(sid, 1, "my answer", actor=candidate)
    service.score_criterion(sid, 1, 0, "strong", actor=candidate)
    service.score_criterion(sid, 1, 1, "strong", actor=candidate)
    service.score_criterion(sid, 1, 0, "missed", actor=interviewer)
    service.finish(sid, actor=candidate)
    coding, concept = service.store.round_results(sid)
    assert set(coding.scores) == {"tests", "candidate", "interviewer"}
    assert coding.scores["candidate"][0] > coding.scores["interviewer"][0]
    assert coding.points == coding.scores["tests"][0], "the headline of code stays its tests"
    assert coding.rubric and coding.rubric["criteria"], "the interviewer rubric is stored with the result"
    assert concept.scores["candidate"] == (5.0, 5.0) and concept.scores["interviewer"] == (0.0, 5.0)
    pairs = charts.self_vs_partner(charts.load(service))
    assert len(pairs) == 2 and (pairs["self_percent"] > pairs["partner_percent"]).all()
