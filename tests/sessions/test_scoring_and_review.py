"""Scores add up as documented, and the review shows what the candidate needs to learn from."""

from __future__ import annotations

from app.progress.history import history, recently_solved
from app.progress.review import review_session
from app.sessions.custom import custom_loop
from app.sessions.scoring import LEVELS

LOOP = "fixture-loop"


def test_a_full_loop_is_scored_per_round_and_in_total(service, bank, clock, reference):
    sid = service.start_loop(bank.loops[LOOP])
    service.reveal_hint(sid, 0)
    clock.advance(120)
    service.wait(service.submit(sid, 0, reference))
    clock.advance(300)  # reading the result between rounds
    service.next_round(sid)
    clock.advance(60)
    service.lock_answer(sid, 1, "my answer")
    service.score_criterion(sid, 1, 0, "strong")  # 2 of 2 points
    service.score_criterion(sid, 1, 1, "weak")  # 1 of 3 points
    service.finish(sid)
    review = review_session(service, sid)
    coding, concept = review.rounds
    assert coding.score.fraction == 1.0 and coding.failures == []
    assert coding.used_s == 120 and coding.hints_used == 1
    assert "def test_" in coding.hidden_sources["test_hidden.py"], "hidden tests are shown in full"
    assert coding.submission.source == reference
    assert concept.score.points == 2 + 3 * LEVELS["weak"]
    assert concept.score.max_points == 5
    assert concept.model_answer.startswith("Expected test error")
    assert [c.level for c in concept.criteria] == ["strong", "weak"]
    assert review.percent == (100.0 + 100.0 * 3 / 5) / 2
    assert review.used_s == 120 + 60, "time between rounds is not time used"


def test_failures_carry_the_graders_messages(service, bank, starter):
    sid = service.start_loop(bank.loops[LOOP])
    service.wait(service.submit(sid, 0, starter))
    coding = review_session(service, sid).rounds[0]
    assert coding.score.fraction < 1.0
    assert coding.failures and all(t.message for t in coding.failures)


def test_history_lists_sessions_and_solved_problems_are_avoided(service, bank, reference):
    sid = service.start_loop(bank.loops[LOOP])
    service.wait(service.submit(sid, 0, reference))
    service.finish(sid)
    [row] = history(service)
    assert row.session_id == sid and row.finished and row.rounds == 2
    assert recently_solved(service) == {"prefix-sum-inplace"}


def test_a_custom_loop_shares_its_minutes_and_selects_from_the_bank(service, bank):
    loop = custom_loop(["coding", "concept"], topics=[], difficulty=["easy"], minutes=30)
    assert [r.minutes for r in loop.rounds] == [15, 15] and loop.minutes == 30
    view = service.view(service.start_loop(loop))
    assert [r.item_id for r in view.rounds] == ["prefix-sum-inplace", "fixture-bias-variance"]


def test_an_empty_answer_scores_zero_even_when_self_scored_strong(service, bank, reference):
    sid = service.start_loop(bank.loops[LOOP])
    service.wait(service.submit(sid, 0, reference))
    service.next_round(sid)
    service.lock_answer(sid, 1, "   ")
    for criterion in range(len(bank.questions["fixture-bias-variance"].criteria)):
        service.score_criterion(sid, 1, criterion, "strong")
    assert review_session(service, sid).rounds[1].score.points == 0


def test_each_red_flag_ticked_costs_a_quarter_of_the_points(service, bank, reference):
    question = bank.questions["fixture-bias-variance"]
    sid = service.start_loop(bank.loops[LOOP])
    service.wait(service.submit(sid, 0, reference))
    service.next_round(sid)
    service.lock_answer(sid, 1, "bias, variance and noise")
    for criterion in range(len(question.criteria)):
        service.score_criterion(sid, 1, criterion, "strong")
    service.flag_pitfall(sid, 1, 0, True)
    concept = review_session(service, sid).rounds[1]
    assert concept.score.points == question.total_points * 0.75
    assert concept.red_flags == [question.pitfalls[0]]
    service.flag_pitfall(sid, 1, 0, False)
    assert review_session(service, sid).rounds[1].score.points == question.total_points


def test_criteria_left_unscored_are_shown_as_unscored_not_missed(service, bank, reference):
    sid = service.start_loop(bank.loops[LOOP])
    service.wait(service.submit(sid, 0, reference))
    service.next_round(sid)
    service.lock_answer(sid, 1, "bias and variance")
    service.score_criterion(sid, 1, 0, "good")
    levels = [c.level for c in review_session(service, sid).rounds[1].criteria]
    assert levels[0] == "good" and set(levels[1:]) == {"unscored"}
