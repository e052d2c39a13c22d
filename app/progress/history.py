"""The list of past sessions, and which problems were solved recently (to avoid repeats).

Both read the stored round results (app.progress.results) in one query each; neither builds a
review nor opens a content file.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.progress.results import catch_up
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
    loop_id: str = ""


def history(service: SessionService, limit: int = 50) -> list[HistoryRow]:
    """Return the most recent sessions with their scores, newest first."""
    catch_up(service.store, service.bank, service.clock.now())
    return [HistoryRow(r["id"], r["title"], r["mode"], r["started_at"], r["finished_at"] is not None,
                       int(r["rounds"]), 100.0 * float(r["earned"] or 0.0) / int(r["rounds"]) if r["rounds"]
                       else 0.0, r["loop_id"])
            for r in service.store.history_rows(limit)]


def recently_solved(service: SessionService, days: float = RECENT_DAYS) -> set[str]:
    """Return the problem ids whose final submission passed every test in the last `days` days."""
    catch_up(service.store, service.bank, service.clock.now())
    return service.store.solved_since(service.clock.now() - days * 86400)
