"""Attempts as durable grading jobs: written `queued` before any work, then claimed and finished.

Every state change is a guarded UPDATE (`... WHERE status = 'queued'`), so two graders can never
both claim one attempt and a late report can never overwrite a cancelled one.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

from sqlalchemy import Connection, Engine, text

from app.grading.report import GradeReport
from app.states import AttemptStatus
from app.store.records import AttemptRecord

ATTEMPT_COLUMNS = ("id, session_id, round_idx, kind, at, automatic, source, status, passed, total,"
                   " report_json, error, started_at, finished_at")


class AttemptQueries:
    """The attempt methods of the Store (mixed into it; needs `self.engine`)."""

    engine: Engine

    # writing ------------------------------------------------------------------------------------
    def add_attempt(self, session_id: str, idx: int, kind: str, at: float, source: str,
                    report: GradeReport | None = None, automatic: bool = False) -> str:
        """Record an attempt: `queued` for the graders, or already `done` when `report` is given."""
        with self.engine.begin() as conn:
            return insert_attempt(conn, session_id, idx, kind, at, source, automatic, report)

    def end_round(self, session_id: str, idx: int, at: float, reason: str,
                  submit_source: str | None = None, automatic: bool = False) -> tuple[bool, str | None]:
        """End an open round and, for a coding round, queue its Submit in the same transaction.

        Return (whether this call ended the round, the queued attempt's id or None).
        """
        with self.engine.begin() as conn:
            claimed = conn.execute(text(
                "UPDATE rounds SET ended_at = :at, end_reason = :reason"
                " WHERE session_id = :s AND idx = :i AND ended_at IS NULL"),
                {"at": at, "reason": reason, "s": session_id, "i": idx}).rowcount == 1
            if not claimed or submit_source is None:
                return claimed, None
            return True, insert_attempt(conn, session_id, idx, "submit", at, submit_source, automatic)

    def claim_attempt(self, attempt_id: str, now: float) -> AttemptRecord | None:
        """Move a queued attempt to `running` and return it; None if someone else has it."""
        with self.engine.begin() as conn:
            moved = conn.execute(text(
                "UPDATE attempts SET status = 'running', started_at = :now WHERE id = :id"
                " AND status = 'queued'"), {"now": now, "id": attempt_id}).rowcount == 1
        return self.attempt(attempt_id) if moved else None

    def finish_attempt(self, attempt_id: str, report: GradeReport, now: float) -> bool:
        """Store the report of a running attempt; False if it was cancelled meanwhile."""
        with self.engine.begin() as conn:
            return conn.execute(text(
                "UPDATE attempts SET status = 'done', passed = :passed, total = :total,"
                " report_json = :report, finished_at = :now WHERE id = :id AND status = 'running'"),
                {"passed": report.passed, "total": report.total, "now": now, "id": attempt_id,
                 "report": json.dumps(report.to_dict())}).rowcount == 1

    def stop_attempt(self, attempt_id: str, status: AttemptStatus, message: str, now: float) -> bool:
        """End a pending attempt as `error` or `cancelled` with a message; False if it had ended."""
        with self.engine.begin() as conn:
            return conn.execute(text(
                "UPDATE attempts SET status = :status, error = :message, finished_at = :now"
                " WHERE id = :id AND status IN ('queued', 'running')"),
                {"status": str(status), "message": message, "now": now, "id": attempt_id}).rowcount == 1

    def requeue_running(self) -> int:
        """Put attempts left `running` by a dead server back in the queue; return how many."""
        with self.engine.begin() as conn:
            return conn.execute(text(
                "UPDATE attempts SET status = 'queued', started_at = NULL WHERE status = 'running'"
            )).rowcount

    # reading ------------------------------------------------------------------------------------
    def attempt(self, attempt_id: str) -> AttemptRecord | None:
        """Return one attempt, or None."""
        with self.engine.connect() as conn:
            row = conn.execute(text(f"SELECT {ATTEMPT_COLUMNS} FROM attempts WHERE id = :id"),
                               {"id": attempt_id}).mappings().first()
        return _record(row) if row else None

    def attempts(self, session_id: str, idx: int | None = None) -> list[AttemptRecord]:
        """Return a session's attempts (optionally one round's) oldest first."""
        where, params = "session_id = :s", {"s": session_id}
        if idx is not None:
            where, params = where + " AND round_idx = :i", {**params, "i": idx}
        with self.engine.connect() as conn:
            rows = conn.execute(text(f"SELECT {ATTEMPT_COLUMNS} FROM attempts WHERE {where}"
                                     " ORDER BY at, id"), params).mappings().all()
        return [_record(r) for r in rows]

    def pending_attempt_ids(self) -> list[str]:
        """Return every queued or running attempt, oldest first (what a restart must grade)."""
        with self.engine.connect() as conn:
            rows = conn.execute(text("SELECT id FROM attempts WHERE status IN ('queued', 'running')"
                                     " ORDER BY at, id")).all()
        return [r[0] for r in rows]

    def queue_position(self, attempt_id: str) -> int:
        """Return how many queued attempts are ahead of this one (0 when it is next or running)."""
        with self.engine.connect() as conn:
            return int(conn.execute(text(
                "SELECT COUNT(*) FROM attempts a, attempts me WHERE me.id = :id"
                " AND me.status = 'queued' AND a.status = 'queued'"
                " AND (a.at < me.at OR (a.at = me.at AND a.id < me.id))"), {"id": attempt_id}).scalar()
                or 0)


def insert_attempt(conn: Connection, session_id: str, idx: int, kind: str, at: float, source: str,
                   automatic: bool = False, report: GradeReport | None = None) -> str:
    """Insert one attempt row inside the caller's transaction and return its id."""
    attempt_id = uuid.uuid4().hex
    conn.execute(text(
        "INSERT INTO attempts (id, session_id, round_idx, kind, at, automatic, source, status, passed,"
        " total, report_json, started_at, finished_at) VALUES (:id, :s, :i, :kind, :at, :auto, :source,"
        " :status, :passed, :total, :report, :done_at, :done_at)"), {
            "id": attempt_id, "s": session_id, "i": idx, "kind": kind, "at": at, "auto": int(automatic),
            "source": source, "status": "done" if report else "queued",
            "passed": report.passed if report else None, "total": report.total if report else None,
            "report": json.dumps(report.to_dict()) if report else None, "done_at": at if report else None})
    return attempt_id


def _record(row: Any) -> AttemptRecord:
    report = GradeReport.from_dict(json.loads(row["report_json"])) if row["report_json"] else None
    return AttemptRecord(
        id=row["id"], session_id=row["session_id"], round_idx=row["round_idx"], kind=row["kind"],
        at=row["at"], automatic=bool(row["automatic"]), source=row["source"], passed=row["passed"],
        total=row["total"], report=report, status=row["status"], error=row["error"],
        started_at=row["started_at"], finished_at=row["finished_at"])
