"""Round results are stored when a round ends and never recomputed from today's content."""

from __future__ import annotations

import dataclasses

from app.content.schema import Criterion
from app.progress.history import history, recently_solved
from app.progress.results import catch_up
from app.progress.review import review_session
from app.sessions.service import SessionService
from app.store import MIGRATIONS, make_engine, migrate
from app.store.repository import Store

QUESTION = "fixture-bias-variance"


def _edit_rubric(service: SessionService) -> None:
    """Give the question's criteria other points and texts, as an author editing the file would."""
    question = service.bank.questions[QUESTION]
    criteria = [Criterion(text=f"rewritten {c.text}", points=c.points + 5, weak=c.weak, good=c.good,
                          strong=c.strong) for c in question.criteria]
    changed = question.model_copy(update={"criteria": criteria})
    service.bank = dataclasses.replace(service.bank, questions={**service.bank.questions, QUESTION: changed})


def test_a_round_stores_its_result_when_it_ends(service, bank, play):
    reference = bank.problems["prefix-sum-inplace"].reference_path.read_text()
    sid = play(service, reference)
    coding, concept = service.store.round_results(sid)
    assert (coding.tests_passed, coding.tests_total) == (coding.points, coding.max_points) != (None, None)
    assert coding.first_submit_pass is True and coding.hints_used == 1 and coding.hints_total >= 1
    assert coding.used_s == 120 and coding.title == "Memory-efficient prefix sum"
    assert coding.topics == tuple(bank.problems["prefix-sum-inplace"].manifest.topics)
    assert concept.rubric["criteria"][0]["points"] == bank.questions[QUESTION].criteria[0].points
    assert concept.points == 2 + 3 / 3 and concept.max_points == 5
    assert concept.scores == {"candidate": (concept.points, 5.0)}
    assert not concept.backfilled


def test_a_rubric_edited_after_the_session_leaves_its_score_unchanged(service, bank, starter_code, play):
    sid = play(service, starter_code)
    before = review_session(service, sid)
    [row] = history(service)
    _edit_rubric(service)
    after = review_session(service, sid)
    assert after.rounds[1].score == before.rounds[1].score
    assert after.percent == before.percent
    assert [c.criterion.text for c in after.rounds[1].criteria] == \
        [c.criterion.text for c in before.rounds[1].criteria], "the review shows the rubric as it was"
    service.score_criterion(sid, 1, 1, "strong")  # rescoring later uses the stored rubric too
    assert review_session(service, sid).rounds[1].score.points == 5
    assert history(service)[0].percent > row.percent


def test_old_rounds_are_backfilled_once_from_that_days_content(sqlite_url, bank, clock, starter_code, play):
    engine = make_engine(sqlite_url)
    migrate(engine, [m for m in MIGRATIONS if m.name != "0006_round_results"])
    old = SessionService(Store(engine), bank, clock)  # an older Mockloop: no results recorded
    sid = play(old, starter_code)
    assert "0006_round_results" in migrate(engine)
    service = SessionService(Store(engine), bank, clock)
    assert all(r.pending for r in service.store.round_results(sid)), "the migration marks old rounds"
    [row] = history(service)
    stored = service.store.round_results(sid)
    assert all(r.backfilled and not r.pending for r in stored)
    assert row.percent == review_session(service, sid).percent
    _edit_rubric(service)
    assert catch_up(service.store, service.bank, clock.now()) == 0, "the backfill runs once"
    assert review_session(service, sid).percent == row.percent


def test_history_and_recently_solved_read_stored_results(service, bank, play):
    reference = bank.problems["prefix-sum-inplace"].reference_path.read_text()
    sid = play(service, reference)
    [row] = history(service)
    assert row.session_id == sid and row.finished and row.rounds == 2
    assert row.percent == review_session(service, sid).percent
    assert recently_solved(service) == {"prefix-sum-inplace"}
    service.clock.advance(15 * 86400)
    assert recently_solved(service) == set()
