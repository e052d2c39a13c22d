"""Record what each round earned when it ends, so reviews and progress never re-read content files.

A result is written by a round listener (`SessionService.round_listeners`) whenever a round ends,
its Submit is graded or a score or red flag changes. The title, topics, hint count and, for
concept and design rounds, the rubric (criteria with their points, and the pitfalls) are taken
from the bank the first time and then kept: a later change only recomputes points from that
stored rubric and the stored levels. Rounds that ended before results were stored are filled in
once, from the content of the day the backfill runs (`catch_up`).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

from app.content.loader import Bank
from app.sessions.scoring import RoundScore, coding_score, concept_score
from app.store.records import AttemptRecord, RoundRecord
from app.store.repository import Store
from app.store.results import CANDIDATE, TESTS, RoundResult


@dataclass(frozen=True)
class SnapshotCriterion:
    """A rubric criterion as stored with a result (enough to score and to show it)."""

    text: str
    points: int
    weak: str = ""
    good: str = ""
    strong: str = ""


@dataclass(frozen=True)
class RubricSnapshot:
    """The rubric of a concept round as it was when the round ended."""

    criteria: list[SnapshotCriterion] = field(default_factory=list)
    pitfalls: list[str] = field(default_factory=list)

    @property
    def total_points(self) -> int:
        return sum(c.points for c in self.criteria)

    @classmethod
    def from_dict(cls, data: dict) -> RubricSnapshot:
        return cls([SnapshotCriterion(**c) for c in data.get("criteria", [])], list(data.get("pitfalls", [])))

    def to_dict(self) -> dict:
        return {"criteria": [vars(c) for c in self.criteria], "pitfalls": list(self.pitfalls)}


def rubric_of(bank: Bank, item_id: str) -> RubricSnapshot | None:
    """Return today's rubric of a question, or None when it is no longer in the bank."""
    question = bank.questions.get(item_id)
    if question is None:
        return None
    return RubricSnapshot([SnapshotCriterion(c.text, c.points, c.weak, c.good, c.strong)
                           for c in question.criteria], list(question.pitfalls))


def interviewer_rubric_of(bank: Bank) -> RubricSnapshot | None:
    """Return today's interviewer rubric for coding rounds (pair mode), or None without one."""
    criteria = getattr(bank, "interviewer_rubric", None) or []
    if not criteria:
        return None
    return RubricSnapshot([SnapshotCriterion(c.text, c.points, c.weak, c.good, c.strong) for c in criteria])


def listener(store: Store, bank: Bank, now: Callable[[], float]) -> Callable[[str, int], None]:
    """Return a round listener that records the round's result (register it on the service).

    Listeners run on the page's thread and on grading threads at once; each reads the round's
    state and writes its result, so they take turns, or a late grade could write back a result
    read before a score it did not see.
    """
    turn = threading.Lock()

    def record(session_id: str, idx: int) -> None:
        with turn:
            record_session(store, bank, session_id, now(), only=idx)
    return record


def record_session(store: Store, bank: Bank, session_id: str, now: float, only: int | None = None
                   ) -> list[RoundResult]:
    """Write the result of every ended round of a session (or only round `only`); return them."""
    rounds = [r for r in store.rounds(session_id) if r.ended_at is not None and r.started_at is not None
              and (only is None or r.idx == only)]
    if not rounds:
        return []
    existing = {r.round_idx: r for r in store.round_results(session_id)}
    attempts = store.attempts(session_id)
    hints = store.hints(session_id)
    levels = store.levels_by_scorer(session_id, "rubric_scores")
    flags = store.levels_by_scorer(session_id, "red_flags")
    written = []
    for rnd in rounds:
        mine = [a for a in attempts if a.round_idx == rnd.idx]
        result = build_result(bank, rnd, existing.get(rnd.idx), mine, len(hints.get(rnd.idx, [])),
                              {s: v.get(rnd.idx, {}) for s, v in levels.items()},
                              {s: set(v.get(rnd.idx, {})) for s, v in flags.items()}, now)
        before = existing.get(rnd.idx)
        if before is None or replace(before, recorded_at=None) != replace(result, recorded_at=None):
            store.save_round_result(result)  # only when something changed: reviews redraw often
        written.append(result)
    return written


def build_result(bank: Bank, rnd: RoundRecord, before: RoundResult | None, attempts: list[AttemptRecord],
                 hints_used: int, levels: dict[str, dict[int, str]], flags: dict[str, set[int]],
                 now: float) -> RoundResult:
    """Return the result of one ended round, keeping what `before` already fixed (title, rubric)."""
    kept = before if before is not None and not before.pending else None
    title, topics, hints_total = kept_or_today(bank, rnd, kept)
    used = rnd.ended_at - rnd.started_at if rnd.started_at is not None and rnd.ended_at else None
    common = dict(session_id=rnd.session_id, round_idx=rnd.idx, kind=rnd.kind, item_id=rnd.item_id,
                  budget_s=rnd.budget_s, title=title, topics=topics, ended_at=rnd.ended_at, used_s=used,
                  hints_used=hints_used, hints_total=hints_total, recorded_at=now,
                  backfilled=before is not None and (before.pending or before.backfilled))
    if rnd.is_coding:
        score = coding_score(attempts)
        submits = [a for a in attempts if a.kind == "submit"]
        final, first = (submits[-1], submits[0]) if submits else (None, None)
        graded = final is not None and final.graded
        first_pass = (bool(first.total) and first.passed == first.total) if first and first.graded else None
        scores = {TESTS: (score.points, score.max_points)}
        rubric = None
        if any(levels.values()):  # pair mode: both sides also score the code on the interviewer rubric
            rubric = (RubricSnapshot.from_dict(kept.rubric) if kept is not None and kept.rubric is not None
                      else interviewer_rubric_of(bank))
            for scorer, given in levels.items():
                if given:
                    rated = snapshot_score(rubric, given, None, set())
                    scores[scorer] = (rated.points, rated.max_points)
        return RoundResult(**common, runs=sum(a.kind == "run" for a in attempts),
                           tests_passed=final.passed if graded else None,
                           tests_total=final.total if graded else None, first_submit_pass=first_pass,
                           rubric=rubric.to_dict() if rubric else None,
                           points=score.points, max_points=score.max_points, scores=scores)
    rubric = (RubricSnapshot.from_dict(kept.rubric) if kept is not None and kept.rubric is not None
              else rubric_of(bank, rnd.item_id))
    answer = rnd.answer or ""
    scores = {scorer: snapshot_score(rubric, levels.get(scorer, {}), answer, flags.get(scorer, set()))
              for scorer in {CANDIDATE} | set(levels) | set(flags)}
    candidate = scores[CANDIDATE]
    return RoundResult(**common, rubric=rubric.to_dict() if rubric else None, points=candidate.points,
                       max_points=candidate.max_points,
                       scores={k: (v.points, v.max_points) for k, v in scores.items()})


def snapshot_score(rubric: RubricSnapshot | None, levels: dict[int, str], answer: str | None,
                   flags: set[int]) -> RoundScore:
    """Score levels against a stored rubric (0 of 1 when the rubric was never known).

    An empty `answer` scores 0; None means there is no written answer to check (code).
    """
    if rubric is None or not rubric.criteria:
        return RoundScore(0.0, 1.0)
    return concept_score(rubric, levels, answer, flags)  # type: ignore[arg-type]


def kept_or_today(bank: Bank, rnd: RoundRecord, kept: RoundResult | None) -> tuple[str, tuple[str, ...], int]:
    """Return (title, topics, hints total): as first recorded, else from today's bank."""
    if kept is not None:
        return kept.title, kept.topics, kept.hints_total
    problem = bank.problems.get(rnd.item_id)
    if problem is not None:
        m = problem.manifest
        return m.title, tuple(m.topics), len(m.hints)
    question = bank.questions.get(rnd.item_id)
    if question is not None:
        return question.prompt.strip().splitlines()[0], tuple(question.topics), 0
    return f"{rnd.item_id} (no longer in the bank)", (), 0


def catch_up(store: Store, bank: Bank, now: float, session_id: str | None = None) -> int:
    """Record every ended round without a usable result (old rows, a grade that came in unheard)."""
    sessions = store.rounds_needing_results(session_id)
    for session_id in sessions:
        record_session(store, bank, session_id, now)
    return len(sessions)


def record_all(store: Store, bank: Bank, session_ids: Iterable[str], now: float) -> None:
    """Record every ended round of the given sessions."""
    for session_id in session_ids:
        record_session(store, bank, session_id, now)
