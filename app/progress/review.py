"""Everything the review page shows about one finished (or running) session.

Scores of ended rounds come from their stored results (app.progress.results), so a rubric edited
after the session never changes what it earned; only rounds still running are scored live.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from app.content.loader import Bank
from app.content.schema import Criterion
from app.grading.report import TestResult
from app.progress.results import RubricSnapshot, SnapshotCriterion, record_session
from app.sessions.scoring import (
    RoundScore,
    coding_score,
    concept_score,
    final_submission,
    loop_percent,
)
from app.sessions.service import SessionService, SessionView
from app.store.records import AttemptRecord, RoundRecord
from app.store.results import RoundResult


@dataclass(frozen=True)
class CriterionReview:
    """One rubric criterion with the level the candidate gave their answer."""

    index: int
    criterion: Criterion | SnapshotCriterion
    level: str  # a level from LEVELS, or "unscored" when the scorer gave none

    @property
    def missed(self) -> bool:
        return self.level in ("missed", "unscored")


@dataclass(frozen=True)
class RoundReview:
    """One round as reviewed: score, time, tests, hidden test sources, hints and rubric."""

    record: RoundRecord
    title: str
    score: RoundScore
    used_s: float | None
    hints_used: int
    hints_total: int
    runs: int = 0
    submission: AttemptRecord | None = None
    hidden_sources: dict[str, str] = field(default_factory=dict)
    model_answer: str = ""
    criteria: list[CriterionReview] = field(default_factory=list)
    red_flags: list[str] = field(default_factory=list)
    result: RoundResult | None = None

    @property
    def failures(self) -> list[TestResult]:
        """Return the tests the final submission did not pass."""
        if self.submission is None or self.submission.report is None:
            return []
        return [t for t in self.submission.report.tests if t.status != "pass"]


@dataclass(frozen=True)
class SessionReview:
    """A whole session's review: the view, each round's review and the total."""

    view: SessionView
    rounds: list[RoundReview]

    @property
    def percent(self) -> float:
        return loop_percent([r.score for r in self.rounds])

    @property
    def used_s(self) -> float:
        """Time spent inside rounds; reading results between rounds costs nothing."""
        return sum(r.used_s or 0.0 for r in self.rounds)


def review_session(service: SessionService, session_id: str) -> SessionReview:
    """Gather the review of a session from the store (stored results) and the bank (model answers)."""
    view = service.view(session_id)
    record_session(service.store, service.bank, session_id, service.clock.now())
    results = {r.round_idx: r for r in service.store.round_results(session_id)}
    hints = service.store.hints(session_id)
    levels = service.store.rubric_scores(session_id)
    flags = service.store.red_flags(session_id)
    attempts = service.store.attempts(session_id)
    rounds = []
    for rnd in view.rounds:
        mine = [a for a in attempts if a.round_idx == rnd.idx]
        used = (rnd.ended_at - rnd.started_at) if rnd.started_at is not None and rnd.ended_at else None
        result = results.get(rnd.idx)
        if rnd.is_coding:
            item = _coding_review(service.bank, rnd, mine, used, len(hints.get(rnd.idx, [])))
        else:
            item = _concept_review(service.bank, rnd, used, levels.get(rnd.idx, {}),
                                   flags.get(rnd.idx, set()), result)
        rounds.append(_with_result(item, result))
    return SessionReview(view, rounds)


def _with_result(item: RoundReview, result: RoundResult | None) -> RoundReview:
    """Return the review scored from its stored result (when the round has ended)."""
    if result is None:
        return item
    return replace(item, score=RoundScore(result.points, result.max_points), title=result.title or item.title,
                   result=result)


def _coding_review(bank: Bank, rnd: RoundRecord, attempts: list[AttemptRecord], used: float | None,
                   hints_used: int) -> RoundReview:
    problem = bank.problems.get(rnd.item_id)
    if problem is None:
        return RoundReview(rnd, f"{rnd.item_id} (no longer in the bank)", coding_score(attempts), used,
                           hints_used, 0, submission=final_submission(attempts))
    hidden = {name: (problem.folder / name).read_text(encoding="utf-8")
              for name in problem.manifest.tests.hidden if (problem.folder / name).is_file()}
    return RoundReview(
        record=rnd, title=problem.manifest.title, score=coding_score(attempts), used_s=used,
        hints_used=hints_used, hints_total=len(problem.manifest.hints),
        runs=sum(a.kind == "run" for a in attempts), submission=final_submission(attempts),
        hidden_sources=hidden)


def _concept_review(bank: Bank, rnd: RoundRecord, used: float | None, levels: dict[int, str],
                    flags: set[int], result: RoundResult | None) -> RoundReview:
    question = bank.questions.get(rnd.item_id)
    rubric = RubricSnapshot.from_dict(result.rubric) if result is not None and result.rubric else None
    if question is None and rubric is None:
        return RoundReview(rnd, f"{rnd.item_id} (no longer in the bank)", RoundScore(0, 1), used, 0, 0)
    if rubric is None:
        criteria_src: list = list(question.criteria)
        pitfalls = list(question.pitfalls)
        score = concept_score(question, levels, rnd.answer or "", flags)
    else:
        criteria_src, pitfalls = list(rubric.criteria), rubric.pitfalls
        score = RoundScore(0, rubric.total_points)
    criteria = [CriterionReview(i, c, levels.get(i, "unscored")) for i, c in enumerate(criteria_src)]
    return RoundReview(
        record=rnd, title=question.prompt.strip().splitlines()[0] if question else rnd.item_id,
        score=score, used_s=used, hints_used=0, hints_total=0,
        model_answer=question.model_answer if question else "", criteria=criteria,
        red_flags=[pitfalls[p] for p in sorted(flags) if p < len(pitfalls)])
