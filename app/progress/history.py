"""The list of past sessions, and which problems were solved recently (to avoid repeats)."""

from __future__ import annotations

from dataclasses import dataclass

from app.progress.review import review_session
from app.sessions.service import SessionService

RECENT_DAYS = 14


@dataclass(frozen=True)
class HistoryRow:
    """One past session in the history list."""

    session_id: str
    title: str
    mode: str
    started_at: float
    finished: bool
    rounds: int
    percent: float


def history(service: SessionService, limit: int = 50) -> list[HistoryRow]:
    """Return the most recent sessions with their scores, newest first."""
    rows = []
    for record in service.store.sessions(limit):
        review = review_session(service, record.id)
        rows.append(HistoryRow(record.id, record.title, record.mode, record.started_at,
                               record.finished_at is not None, len(review.rounds), review.percent))
    return rows


def recently_solved(service: SessionService, days: float = RECENT_DAYS) -> set[str]:
    """Return the problem ids whose final submission passed every test in the last `days` days."""
    since = service.clock.now() - days * 86400
    solved: set[str] = set()
    for record in service.store.sessions():
        if record.started_at < since:
            continue
        rounds = {r.idx: r for r in service.store.rounds(record.id)}
        for attempt in service.store.attempts(record.id):
            if attempt.kind == "submit" and attempt.total and attempt.passed == attempt.total:
                solved.add(rounds[attempt.round_idx].item_id)
    return solved
